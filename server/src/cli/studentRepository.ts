import { existsSync } from 'node:fs';
import path from 'node:path';
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
}

/**
 * A folder named that is one student's repository, as a TA clones it, is read as a student folder
 * of a class: its files are one student's, named by the folder. It is one when:
 * - it holds no notes file, only pages lying in it (one page per module, its README the template);
 *   a class folder is not one: the files in it (a README, a LICENSE) place no module of the course;
 * - its one notes file is its README, and its subfolders hold pages alone (`Docker/Basic.md`,
 *   `notes/docker/beginner/…/index.md`): a class's students each have their notes files;
 * - it is a git repository's top with notes files lying in it (`Round 1 Note.md`, `Round2 note.md`),
 *   or its README lying beside them reads as notes: a class kept as one file per student is a
 *   folder of a repository, or has no README of notes. To read such a class anyway, name its files.
 */
export function classFolders<T extends RunFile>(files: readonly T[], skipped: readonly SkippedFile[], cwd: string, placesAny: (pages: readonly SkippedFile[]) => boolean): ClassFolders<T> {
  const rootOf = (entry: RunFile) => (entry.root === undefined ? undefined : path.resolve(cwd, entry.root));
  const notesRoots = new Set(files.flatMap((file) => rootOf(file) ?? []));
  const pagesRoots = [...new Set(skipped.flatMap((entry) => rootOf(entry) ?? []))];
  const named = (root: string) => path.dirname(root) !== root;
  const pagesOnly = pagesRoots.filter((root) => !notesRoots.has(root) && named(root) && placesAny(skipped.filter((entry) => path.dirname(path.resolve(cwd, entry.file)) === root)));
  const ownNotes = [...notesRoots].filter((root) => named(root) && isOwnNotes(files.filter((file) => rootOf(file) === root), root, cwd));
  const repositories = new Set([...pagesOnly, ...ownNotes]);
  const reRooted = <E extends RunFile>(entry: E): E => {
    const root = rootOf(entry);
    return root !== undefined && repositories.has(root) ? { ...entry, root: path.dirname(root) } : entry;
  };
  return {
    files: files.map(reRooted),
    skipped: skipped.map(reRooted),
    classRoots: [...new Set([...files, ...skipped].flatMap((entry) => entry.root ?? []))].filter((root) => !repositories.has(path.resolve(cwd, root))),
  };
}

/** The notes files of a folder named are one student's: its README's and those beside it, or a repository's. */
function isOwnNotes(files: readonly RunFile[], root: string, cwd: string): boolean {
  const lying = files.filter((file) => path.dirname(path.resolve(cwd, file.file)) === root);
  if (!lying.length) return false;
  if (existsSync(path.join(root, '.git'))) return true;
  const hasReadme = lying.some((file) => /^(readme|index)\.(md|markdown)$/i.test(path.basename(file.file)));
  return hasReadme && lying.length === files.length;
}
