import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { courseProgress, type AreaProgress, type PlacedModule, type RoundProgress } from '../course/progress';
import { summariseNotes, type NotesSummary } from '../course/studentNotes';
import type { Course } from '../catalog/course';
import { hiddenByGitignore } from './hiddenStudents';
import type { NotesFile, SkippedFile } from './load';

/** The progress fields of a file or a student in `summary --format json`. */
export interface ProgressFields {
  progress: AreaProgress[];
  rounds: RoundProgress[];
  /** Modules with notes under no area of the course that match no module of it. */
  unplaced: PlacedModule[];
  /** The student's Markdown files that hold nothing the tool could place: a TA reads them by hand. */
  unread: string[];
}

/** A file's path in the student's folder, `/`-separated: what their links say. */
export function pathInFolder(file: string, folder: string, cwd: string): string {
  return path.relative(folder, path.resolve(cwd, file)).split(path.sep).join('/');
}

/** What progress reads of a notes file, taken once it is read: its text and model can then be dropped. */
export function notesSummaryOf(notes: NotesFile, folder: string, cwd: string): NotesSummary {
  return summariseNotes(pathInFolder(notes.file, folder, cwd), notes.model, notes.text, notes.isNotes);
}

/**
 * A student's files count together: a module done in any of them is done, a page of notes a module
 * links to (or named for it) counts for it. `notes`: their files' summaries (notesSummaryOf).
 */
export function progressOf(notes: readonly NotesSummary[], pages: readonly SkippedFile[], course: Course, folder: string, cwd: string): ProgressFields {
  const summaries: NotesSummary[] = [...notes, ...pages.flatMap((page) => (page.summary ? [{ ...page.summary, path: pathInFolder(page.file, folder, cwd) }] : []))];
  const { areas, rounds, unplaced, unread } = courseProgress(summaries, course);
  return { progress: areas, rounds, unplaced, unread };
}

export function countsAny({ progress }: Pick<ProgressFields, 'progress'>): boolean {
  return progress.some((area) => area.likely.length > 0 || area.levels.some((level) => level.done > 0));
}

/** Whether pages of notes (files read, not as notes) place some module of their course: a LICENSE.md places none. */
export function pagesPlaceAny(pages: readonly SkippedFile[], cwd: string): boolean {
  const course = pages.find((page) => page.course)?.course;
  const read = pages.filter((page) => page.summary?.hasText);
  if (!course || !read.length) return false;
  return countsAny(progressOf([], read, course, cwd, cwd));
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
      absent.push({ student, problem: why ?? (names.length ? `nothing read as notes in ${names.join(', ')}` : (hiddenByGitignore(folder, cwd) ?? bareRepository(folder, cwd) ?? 'no notes file')) });
    }
  }
  return absent;
}

/** `git clone --bare` or `--mirror` (`alice.git`): a repository with no files to read, only their history. */
function bareRepository(folder: string, cwd: string): string | undefined {
  const isBare = existsSync(path.join(folder, 'HEAD')) && existsSync(path.join(folder, 'objects')) && existsSync(path.join(folder, 'refs'));
  return isBare ? `a bare git repository, with no files to read: clone it (git clone ${path.relative(cwd, folder)}) and summarise the clone` : undefined;
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
  return [...fields.progress.map((area) => area.area), ...fields.rounds.map((round) => `${round.name} (${round.due})${round.judgedAt ? ' as of the date graded' : ''}`)];
}

export function progressCells(fields: ProgressFields): string[] {
  return [...fields.progress.map((area) => area.reached ?? 'none'), ...fields.rounds.map((round) => (round.met ? 'met' : 'not met'))];
}
