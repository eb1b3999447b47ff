import path from 'node:path';
import type { SkippedFile } from './load';

/** The files of a run as its summary groups them into students. */
export interface ClassFolders {
  skipped: SkippedFile[];
  /** The folders the run searched for students' folders (a student's own repository is none). */
  classRoots: string[];
}

/**
 * A folder named that holds no notes file, only pages lying in it (a student's repository of one
 * page per module, its README the template, as a TA clones it): its pages are one student's, named
 * by the folder, as a student folder of a class is. A class folder is not one: its pages lie in
 * more folders under it than in it.
 */
export function classFolders(notesRoots: readonly string[], skipped: readonly SkippedFile[], cwd: string): ClassFolders {
  const withNotes = new Set(notesRoots.map((root) => path.resolve(cwd, root)));
  const repositories = new Set([...new Set(skipped.map((entry) => path.resolve(cwd, entry.root)))].filter((root) => !withNotes.has(root) && holdsOwnPages(root, skipped, cwd)));
  return {
    skipped: skipped.map((entry) => (repositories.has(path.resolve(cwd, entry.root)) ? { ...entry, root: path.dirname(path.resolve(cwd, entry.root)) } : entry)),
    classRoots: [...notesRoots, ...skipped.map((entry) => entry.root)].filter((root) => !repositories.has(path.resolve(cwd, root))),
  };
}

function holdsOwnPages(root: string, skipped: readonly SkippedFile[], cwd: string): boolean {
  if (path.dirname(root) === root) return false;
  const pages = skipped.filter((entry) => entry.summary?.hasText && path.resolve(cwd, entry.root) === root).map((entry) => path.dirname(path.resolve(cwd, entry.file)));
  const inRoot = pages.filter((folder) => folder === root).length;
  const subfolders = new Set(pages.filter((folder) => folder !== root).map((folder) => path.relative(root, folder).split(path.sep)[0])).size;
  return inRoot > 0 && inRoot >= subfolders;
}
