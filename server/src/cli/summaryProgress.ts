import { readdirSync } from 'node:fs';
import path from 'node:path';
import { courseProgress, type AreaProgress, type CourseProgress, type RoundProgress } from '../course/progress';
import type { Course } from '../catalog/userCourse';
import type { NotesFile, SkippedFile } from './load';

/** The progress fields of a file or a student in `summary --format json`. */
export interface ProgressFields {
  progress: AreaProgress[];
  rounds: RoundProgress[];
}

/** A student's files count together: a module done in any of them is done. */
export function progressOf(files: readonly NotesFile[], course: Course): ProgressFields {
  const { areas, rounds }: CourseProgress = courseProgress(files, course);
  return { progress: areas, rounds };
}

/** A student folder the summary found no notes in, and why, so the TA sees it instead of a missing row. */
export interface AbsentStudent {
  student: string;
  problem: string;
}

/**
 * The folders directly under each folder argument that gave no notes: no Markdown file at all,
 * or only files that do not read as notes (a template never filled in).
 */
export function absentStudents(roots: readonly string[], present: ReadonlySet<string>, skipped: readonly SkippedFile[], cwd: string): AbsentStudent[] {
  const absent: AbsentStudent[] = [];
  for (const root of new Set(roots)) {
    for (const student of studentFolders(root)) {
      if (present.has(student)) continue;
      const folder = path.join(root, student);
      const unread = skipped.filter((entry) => path.resolve(cwd, entry.file).startsWith(folder + path.sep));
      const names = unread.map((entry) => path.relative(folder, path.resolve(cwd, entry.file)));
      const why = unread.find((entry) => entry.problem)?.problem;
      absent.push({ student, problem: why ?? (names.length ? `nothing read as notes in ${names.join(', ')}` : 'no notes file') });
    }
  }
  return absent;
}

function studentFolders(root: string): string[] {
  try {
    return readdirSync(root, { withFileTypes: true })
      .filter((entry) => entry.isDirectory() && !entry.name.startsWith('.') && entry.name !== 'node_modules')
      .map((entry) => entry.name)
      .sort();
  } catch {
    return [];
  }
}

/** CSV columns after the class table's own: the level reached per catalog area, then each round. */
export function progressHeader(fields: ProgressFields): string[] {
  return [...fields.progress.map((area) => area.area), ...fields.rounds.map((round) => `${round.name} (${round.due})`)];
}

export function progressCells(fields: ProgressFields): string[] {
  return [...fields.progress.map((area) => area.reached ?? 'none'), ...fields.rounds.map((round) => (round.met ? 'met' : 'not met'))];
}
