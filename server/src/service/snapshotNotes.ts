import type { Course } from '../catalog/course';
import { courseProgress, type CourseProgress } from '../course/progress';
import { summariseNotes, type NotesSummary } from '../course/studentNotes';
import type { CatalogIndex } from '../notes/catalog';
import { readNotesFromLines } from '../notes/textLines';
import type { NotesModel } from '../notes/types';
import { isNotesDocument, rememberingLookups } from '../document/notesDocument';
import type { StudyNotesSettings } from '../document/settings';

/** What reading a student's notes of another time needs: the catalog they are read with, the course, the notesFiles globs. */
export interface SnapshotReading {
  catalog: CatalogIndex;
  course: Course;
  settings: Pick<StudyNotesSettings, 'notesFiles'>;
}

/** A Markdown file of a commit, read. */
export interface SnapshotNotes {
  /** In the student's folder, `/`-separated. */
  path: string;
  text: string;
  model: NotesModel;
  isNotes: boolean;
}

/**
 * A file as it was at a commit, read as the editor reads the files it has not opened: by lines
 * (notes/textLines.ts), about fifty times faster than remark, which is what lets a class's
 * histories be graded in a minute. `globPath` is the path the notesFiles globs match.
 */
export function readSnapshotNotes(path: string, text: string, reading: SnapshotReading, globPath = path): SnapshotNotes {
  const model = readSnapshotModel(text, reading.catalog);
  return { path, text, model, isNotes: isNotesDocument({ uri: `snapshot:${path}`, model, path: globPath }, reading.settings) };
}

export function readSnapshotModel(text: string, catalog: CatalogIndex): NotesModel {
  return readNotesFromLines(text, { catalog: rememberingLookups(catalog) });
}

export function snapshotSummary(notes: SnapshotNotes): NotesSummary {
  return summariseNotes(notes.path, notes.model, notes.text, notes.isNotes);
}

/** The student's progress at a commit: their files there counted together, as progress counts today's. */
export function snapshotProgress(files: readonly SnapshotNotes[], course: Course): CourseProgress {
  return courseProgress(files.map(snapshotSummary), course);
}
