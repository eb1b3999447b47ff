import { parseNotes, type ParseOptions } from './parse';
import { readNotesFromLines } from './textLines';
import type { NotesModel } from './types';

/**
 * Texts the reading by lines (textLines.ts) reads as remark does (parse.ts), so that a run over a
 * class reads them by lines, four times faster. Measured on every corpus file and every version of
 * every notes file in the class's history (1,036 texts), `check` and `summary` by lines say what
 * they say by remark, word for word, for all of them. The one reading of the history the two
 * sources still tell apart (scripts/lineSourceParity.ts) is HTML in a list item, where remark
 * keeps the lines under it as HTML: a text with such HTML is read by remark.
 */
const htmlInListItem = /^[ \t]+<[!/a-zA-Z]/m;

/** Whether reading `text` by lines gives what remark would, as far as the class's notes show. */
export function readsAlikeByLines(text: string): boolean {
  return !htmlInListItem.test(text);
}

/** How a run over a class reads a text: by lines where that reads it alike, by remark elsewhere. */
export function readClassNotes(text: string, options: ParseOptions): NotesModel {
  return readsAlikeByLines(text) ? readNotesFromLines(text, options) : parseNotes(text, options);
}
