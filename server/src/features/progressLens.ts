import type { CodeLens } from 'vscode-languageserver-types';
import { progressOfArea } from '../course/notesAreas';
import { courseProgress, type ReadNotes } from '../course/progress';
import type { Course } from '../catalog/userCourse';
import { levelsText } from '../course/progressText';

/**
 * On each area heading, how far the notes go in the course's area: "Beginner ✓ · Intermediate
 * 7/12 · 2 h 40 min left". An area the course does not know gets none. The lens runs no command:
 * it is read, not clicked.
 */
export function progressLenses(notes: ReadNotes, course: Course): CodeLens[] {
  const areas = courseProgress([notes], course).areas;
  return notes.model.areas.flatMap((area) => {
    const progress = progressOfArea(area, areas, course);
    return progress ? [{ range: area.headingRange, command: { title: levelsText(progress), command: '' } }] : [];
  });
}
