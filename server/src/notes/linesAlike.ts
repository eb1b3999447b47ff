import { parseNotes, type ParseOptions } from './parse';
import { readNotesFromLines } from './textLines';
import type { NotesModel } from './types';

/**
 * Texts the reading by lines (textLines.ts) reads as remark does (parse.ts), so that a run over a
 * class reads them by lines, four times faster. Measured on every corpus file and every version of
 * every notes file in the class's history (1,036 texts), `check` and `summary` by lines say what
 * they say by remark, word for word, for all of them. HTML in a list item was the last reading of
 * the history the two sources told apart (scripts/lineSourceParity.ts); they read all of it alike
 * since 2026-11-28, but where HTML stands in an item the reading by lines follows micromark's
 * most intricate rules: such a text is still read by remark, slower and surely alike.
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
