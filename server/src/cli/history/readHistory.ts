import path from 'node:path';
import type { HistoryOptions } from '../args';
import type { SettingsFinder } from '../config';
import type { Candidate } from '../inputs';
import { readingFor, type Services } from '../load';
import { ClassHistory, type ReadingOf } from './classHistory';
import { gradingTime, readExtensions, sameStudent } from './deadlines';
import { studentRepos } from './studentRepos';

/**
 * The class's history for `summary`: the student repositories under the folder arguments, read
 * once. None when no student folder is a repository and neither --at nor --extensions asks for
 * one: a class of plain folders is summarised as before. Problems with --at or the extensions
 * file end the run (exit 2) before anything is graded at a wrong time.
 */
export async function readClassHistory(options: HistoryOptions, candidates: readonly Candidate[], finder: SettingsFinder, cwd: string, services: Services): Promise<ClassHistory | undefined> {
  const roots = [...new Set(candidates.filter((candidate) => !candidate.explicit && !candidate.stdin).map((candidate) => path.resolve(cwd, candidate.argument)))];
  const repos = await studentRepos(roots);
  if (!repos.length && options.at === undefined && options.extensions === undefined) return undefined;
  const readingOf: ReadingOf = async (file) => {
    try {
      return await readingFor(services, finder.forFile(file));
    } catch {
      // Broken settings are said for the student's files; their history is not graded against a guess.
      return undefined;
    }
  };
  const first = candidates.find((candidate) => !candidate.stdin)?.file;
  const reading = await readingOf(path.resolve(cwd, first ?? 'README.md'));
  const rules = reading?.course.rules ?? { levels: [], rounds: [] };
  const time = gradingTime(options.at, rules);
  const extensions = options.extensions === undefined ? [] : readExtensions(options.extensions, rules);
  if (extensions.length && 'deadline' in time) services.warnings.push(`${options.extensions}: not used: --at names a date, not a round`);
  const students = new Set([...repos.map((repo) => path.basename(repo.folder)), ...candidates.map((candidate) => path.relative(path.resolve(cwd, candidate.argument), path.resolve(cwd, candidate.file)).split(path.sep)[0])]);
  for (const extension of extensions) if (![...students].some((student) => sameStudent(student, extension.student))) services.warnings.push(`${extension.where}: no student folder "${extension.student}" in the class`);
  return new ClassHistory(time, repos, extensions, readingOf, cwd);
}
