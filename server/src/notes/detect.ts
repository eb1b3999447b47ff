import type { NotesDetection, NotesModel } from './types';
import { opensWithAreaWord } from './markers';

/**
 * Whether a Markdown file is a notes document, from its structure: an ordinary README with
 * `## Installation` and a list of links has no areas, no level markers and no timed modules.
 * The reasons are kept so a user (or the CLI) can see why a file was or was not served.
 */
export function detectNotes(model: Omit<NotesModel, 'detection'>): NotesDetection {
  const numberedAreas = model.areas.filter((area) => area.number !== undefined || opensWithAreaWord(area.heading)).length;
  const timed = model.modules.filter((module) => module.estimate?.kind === 'minutes').length;
  const reasons: string[] = [];
  if (model.areas.length > 0) reasons.push(`${model.areas.length} area heading(s), ${numberedAreas} of them "Area N"`);
  if (model.levels.length > 0) reasons.push(`${model.levels.length} level marker(s)`);
  if (model.modules.length > 0) reasons.push(`${model.modules.length} module(s), ${timed} with a time estimate`);
  if (model.placeholders.length > 0) reasons.push(`${model.placeholders.length} notes-template placeholder(s)`);
  const isNotes =
    numberedAreas > 0 ||
    (model.areas.length > 0 && (model.levels.length > 0 || model.modules.length > 0 || model.placeholders.length > 0)) ||
    (model.levels.length > 0 && model.modules.length > 0) ||
    timed >= 2;
  if (!isNotes) reasons.push(reasons.length === 0 ? 'no areas, levels or modules' : 'too little structure for notes');
  return { isNotes, reasons };
}
