import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { corpusRoot } from './corpus';

/** The class's real git history (../shared/corpus/class-history.bundle): one branch per student. */
export const classBundle = path.join(corpusRoot, 'class-history.bundle');

export function classHistoryAvailable(): boolean {
  return existsSync(classBundle);
}

/** Call at the top of a suite's before(): says in one line why the suite did not run. */
export function skipWithoutClassHistory(context: Mocha.Context): void {
  if (classHistoryAvailable()) return;
  console.log(`    (skipped: the class history is not at ${classBundle}; it lives in ../shared beside the project)`);
  context.skip();
}

/** The students of the class history: its branches `students/<name>`. */
export function classStudents(): string[] {
  const heads = execFileSync('git', ['bundle', 'list-heads', classBundle], { encoding: 'utf8' });
  return [...heads.matchAll(/ refs\/heads\/students\/(\S+)$/gm)].map((match) => match[1]).sort();
}

/**
 * The class as a TA has it: one folder per student, each a clone of the student's branch
 * (`git clone -q --branch students/<name> <bundle> <dir>/<name>`), a few cloned at a time.
 */
export async function cloneClass(dir: string, students = classStudents()): Promise<string[]> {
  const clone = (student: string) =>
    new Promise<void>((resolve, reject) => execFile('git', ['clone', '-q', '--branch', `students/${student}`, classBundle, path.join(dir, student)], (error) => (error ? reject(error) : resolve())));
  for (let at = 0; at < students.length; at += 4) await Promise.all(students.slice(at, at + 4).map(clone));
  return students;
}

/** A bare clone of the class history, read with the git binary; dispose() removes it. */
export class ClassHistory {
  private readonly dir = mkdtempSync(path.join(tmpdir(), 'study-notes-class-'));

  constructor() {
    this.git('clone', '-q', '--mirror', classBundle, this.dir);
  }

  /** The Markdown files of a student's repository at a commit, with their text. */
  filesAt(commit: string): { path: string; text: string }[] {
    const paths = this.git('-C', this.dir, 'ls-tree', '-r', '-z', '--name-only', commit).split('\0').filter((file) => /\.(md|markdown)$/i.test(file));
    return paths.map((file) => ({ path: file, text: this.git('-C', this.dir, 'show', `${commit}:${file}`) }));
  }

  /** Every version of a Markdown file in the whole history, once each (by its blob), with a path it had. */
  markdownVersions(): { path: string; text: string }[] {
    const versions = new Map<string, string>();
    for (const line of this.git('-C', this.dir, 'rev-list', '--objects', '--all').split('\n')) {
      const [blob, file] = [line.slice(0, line.indexOf(' ')), line.slice(line.indexOf(' ') + 1)];
      if (line.includes(' ') && /\.(md|markdown)$/i.test(file) && !versions.has(blob)) versions.set(blob, file);
    }
    return [...versions].map(([blob, file]) => ({ path: file, text: this.git('-C', this.dir, 'cat-file', 'blob', blob) }));
  }

  dispose(): void {
    rmSync(this.dir, { recursive: true, force: true });
  }

  private git(...args: string[]): string {
    return execFileSync('git', args, { encoding: 'utf8', maxBuffer: 1 << 28 });
  }
}
