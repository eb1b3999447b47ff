import type { CodeLens } from 'vscode-languageserver-types';
import { progressOfAreas } from '../course/notesAreas';
import type { StudentView } from '../document/studentView';
import { levelsText, unsureText } from '../course/progressText';
import type { NotesDocument } from '../document/notesDocument';

/**
 * On each area heading, how far the student's notes go in the course's area: "Basics ✓ ·
 * Advanced 7/12 (2 h 40 min left)", and what the tool could not place. An area the course does
 * not know gets none. Given `pickCommand` (a command the editor runs), a click lists what the next
 * level still needs: the command gets the document and the heading's line. Without it, or once
 * every level is met, the lens is read, not clicked.
 */
export function progressLenses(document: NotesDocument, { progress, file }: StudentView, pickCommand?: string): CodeLens[] {
  const ofAreas = progressOfAreas(document.model.areas, file, progress);
  return document.model.areas.flatMap((area, index) => {
    const areaProgress = ofAreas[index];
    if (!areaProgress) return [];
    const unsure = unsureText(areaProgress);
    const title = unsure ? `${levelsText(areaProgress)} · ${unsure}` : levelsText(areaProgress);
    const clicked = pickCommand && areaProgress.next !== undefined ? { command: pickCommand, arguments: [document.uri, area.headingRange.start.line] } : { command: '' };
    return [{ range: area.headingRange, command: { title, ...clicked } }];
  });
}
