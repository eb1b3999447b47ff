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
 * by the folder, as a student folder of a class is. A class folder is not one: the files in it
 * (a README, a LICENSE) place no module of the course; its students' pages lie in their folders.
 */
export function classFolders(notesRoots: readonly string[], skipped: readonly SkippedFile[], cwd: string, placesAny: (pages: readonly SkippedFile[]) => boolean): ClassFolders {
  const withNotes = new Set(notesRoots.map((root) => path.resolve(cwd, root)));
  const roots = [...new Set(skipped.map((entry) => path.resolve(cwd, entry.root)))];
  const repositories = new Set(roots.filter((root) => !withNotes.has(root) && path.dirname(root) !== root && placesAny(skipped.filter((entry) => path.dirname(path.resolve(cwd, entry.file)) === root))));
  return {
    skipped: skipped.map((entry) => (repositories.has(path.resolve(cwd, entry.root)) ? { ...entry, root: path.dirname(path.resolve(cwd, entry.root)) } : entry)),
    classRoots: [...notesRoots, ...skipped.map((entry) => entry.root)].filter((root) => !repositories.has(path.resolve(cwd, root))),
  };
}
