import { existsSync } from 'node:fs';
import path from 'node:path';
import { display } from './inputs';
import type { SkippedFile } from './load';

/** A file of the run: where it lies, and the folder argument it was found under (none for a file named). */
interface RunFile {
  file: string;
  root?: string;
}

/** The files of a run as its summary groups them into students. */
export interface ClassFolders<T extends RunFile> {
  files: T[];
  skipped: SkippedFile[];
  /** The folders the run searched for students' folders (a student's own repository is none). */
  classRoots: string[];
  /** For each folder named whose files lying side by side are read as one student's: a line saying so, and how to read them otherwise. */
  notices: string[];
}

/**
 * A folder named that is one student's repository, as a TA clones it, is read as a student folder
 * of a class: its files are one student's, named by the folder. It is one when:
 * - it holds no notes file, only pages lying in it (one page per module, its README the template);
 *   a class folder is not one: the files in it (a README, a LICENSE) place no module of the course;
 * - its notes files all lie in it, none in a subfolder (a class's students each have theirs), and
 *   it is a git repository's top (`Round 1 Note.md`, `Round2 note.md`), or one of them is its README
 *   with modules in it (not the course's template): its subfolders hold pages (`Docker/Basic.md`),
 *   or it is the only Markdown file there, with modules (`bob/notes.md`).
 * A class kept as one file per student in a repository, or of one page per student, reads as one
 * student: the run says so, and how to read it as a class (name its files).
 */
export function classFolders<T extends RunFile>(files: readonly T[], skipped: readonly SkippedFile[], cwd: string, places: { pagesPlaceAny: (pages: readonly SkippedFile[]) => boolean; hasModules: (file: T) => boolean }): ClassFolders<T> {
  const rootOf = (entry: RunFile) => (entry.root === undefined ? undefined : path.resolve(cwd, entry.root));
  const notesRoots = new Set(files.flatMap((file) => rootOf(file) ?? []));
  const pagesRoots = [...new Set(skipped.flatMap((entry) => rootOf(entry) ?? []))];
  const named = (root: string) => path.dirname(root) !== root;
  const liesIn = (root: string) => (entry: RunFile) => path.dirname(path.resolve(cwd, entry.file)) === root;
  const pagesOnly = pagesRoots.filter((root) => !notesRoots.has(root) && named(root) && places.pagesPlaceAny(skipped.filter(liesIn(root))));
  const notesOf = (root: string) => files.filter((file) => rootOf(file) === root);
  const ownNotes = [...notesRoots].filter((root) => named(root) && isOwnNotes(notesOf(root), root, liesIn(root), places.hasModules, !skipped.some((entry) => rootOf(entry) === root)));
  const repositories = new Set([...pagesOnly, ...ownNotes]);
  const reRooted = <E extends RunFile>(entry: E): E => {
    const root = rootOf(entry);
    return root !== undefined && repositories.has(root) ? { ...entry, root: path.dirname(root) } : entry;
  };
  return {
    files: files.map(reRooted),
    skipped: skipped.map(reRooted),
    classRoots: [...new Set([...files, ...skipped].flatMap((entry) => entry.root ?? []))].filter((root) => !repositories.has(path.resolve(cwd, root))),
    notices: [...repositories].flatMap((root) => joinedNotice(root, notesOf(root).length, skipped.filter((entry) => entry.summary?.hasText && liesIn(root)(entry)).length, cwd)),
  };
}

/** Files lying side by side read as one student's may be a class's, one file per student: said, with how to read them so. */
function joinedNotice(root: string, notesFiles: number, pages: number, cwd: string): string[] {
  if (notesFiles + pages < 2) return [];
  const shown = root === path.resolve(cwd) ? '.' : display(root, cwd);
  const joined = [notesFiles && `${notesFiles} notes ${notesFiles === 1 ? 'file' : 'files'}`, pages && `${pages} ${pages === 1 ? 'page' : 'pages'}`].filter(Boolean).join(' and ');
  return [`${shown}: read as one student's notes, its ${joined} together; to read a class of one file per student, name its files (study-notes summary ${shown === '.' ? '' : `${shown}/`}*.md)`];
}

/** The notes files of a folder named are one student's: they all lie in it, and it is a repository, or their README has modules. */
function isOwnNotes<T extends RunFile>(files: readonly T[], root: string, liesIn: (file: RunFile) => boolean, hasModules: (file: T) => boolean, alone: boolean): boolean {
  if (!files.every(liesIn)) return false;
  // The course's template alone (a README with no module) is no student's notes: a class kept in git may hold it.
  if (existsSync(path.join(root, '.git'))) return files.some(hasModules);
  // `bob/notes.md` named as `bob`, the only Markdown file there: its folder's student, not a student called "notes".
  if (alone && files.length === 1 && hasModules(files[0])) return true;
  return files.some((file) => /^(readme|index)\.(md|markdown)$/i.test(path.basename(file.file)) && hasModules(file));
}
