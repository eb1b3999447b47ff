import type { CodeLens } from 'vscode-languageserver-types';
import { progressOfAreas } from '../course/notesAreas';
import type { StudentView } from '../document/studentView';
import { levelsText, roundText, unsureText } from '../course/progressText';
import type { NotesDocument } from '../document/notesDocument';

/** Given `pickCommand` (a command the editor runs), a click on an area's lens lists what its next level still needs; `rounds`: the rounds have lenses too. */
export interface LensOptions {
  pickCommand?: string;
  rounds?: boolean;
}

/**
 * On each area heading, how far the student's notes go in the course's area: "Basics ✓ ·
 * Advanced 7/12 (2 h 40 min left)", and what the tool could not place. An area the course does
 * not know gets none. With a pick command, a click lists what the next level still needs: the
 * command gets the document and the heading's line. Without it, or once every level is met, the
 * lens is read, not clicked. With `rounds`, each round's verdict stands on the notes' title, or
 * over their first area: "Round 1 (due 2018-10-29): met".
 */
export function progressLenses(document: NotesDocument, { progress, file }: StudentView, { pickCommand, rounds }: LensOptions = {}): CodeLens[] {
  const ofAreas = progressOfAreas(document.model.areas, file, progress);
  const areaLenses = document.model.areas.flatMap((area, index) => {
    const areaProgress = ofAreas[index];
    if (!areaProgress) return [];
    const unsure = unsureText(areaProgress);
    const title = unsure ? `${levelsText(areaProgress)} · ${unsure}` : levelsText(areaProgress);
    const clicked = pickCommand && areaProgress.next !== undefined ? { command: pickCommand, arguments: [document.uri, area.headingRange.start.line] } : { command: '' };
    return [{ range: area.headingRange, command: { title, ...clicked } }];
  });
  if (!rounds || areaLenses.length === 0) return areaLenses;
  const range = document.model.title?.range ?? areaLenses[0].range;
  return [...areaLenses, ...progress.rounds.map((round) => ({ range, command: { title: roundText(round), command: '' } }))];
}
