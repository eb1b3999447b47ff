import { detectNotes } from './detect';
import { editedAreasSpan, isMarginHeading, rereadAreas, summaryAreas, updateNotesLocally, type NotesParse, type NotesSnapshot } from './incremental';
import { LineIndex } from './lineIndex';
import { parseNotes, type ParseOptions } from './parse';
import { readNotesFromLines } from './textLines';
import type { NotesModel, Range } from './types';

/**
 * remark's time grows faster than the text it parses (micromark's EditMap: 2% of a parse at 100 KB,
 * 29% at 1 MB): 1 MB of corpus notes took 2.4 s parsed whole and 0.9 s parsed an area at a time.
 * So a long text is read precisely in pieces of whole areas, each read as a whole read reaches it
 * (the reader resumes at the area heading, as for an edit: incremental.ts). Between pieces the
 * caller may let others run: a request waits for one piece, not for the whole text.
 *
 * Where the areas start comes from a first reading of the same text (by lines, textLines.ts). A
 * piece that does not read as that plan says (the plan misread a heading, a definition or a
 * summary reaches across areas) makes the text read whole, so the result is always what one
 * parse of the whole text gives.
 */
export function* readByAreas(text: string, plan: NotesModel, options: ParseOptions, parse: NotesParse, pieceChars = defaultPieceChars): Generator<void, NotesModel> {
  const lines = new LineIndex(text);
  const starts = pieceStarts(plan, lines, pieceChars);
  if (starts.length < 2 || lines.lineCount !== plan.lineCount) return parse(text, options);
  let model = readBeforeAreas(text, lines, plan, options, parse);
  for (let piece = 0; typeof model !== 'string' && piece < starts.length; piece++) {
    yield;
    const last = piece + 1 < starts.length ? starts[piece + 1] - 1 : plan.areas.length - 1;
    model = rereadAreas({ text, model, lines }, starts[piece], last, options, parse);
    // The pieces are cut at the plan's areas: one that read another number of them moved every cut after it.
    if (typeof model !== 'string' && model.areas.length !== plan.areas.length) model = 'a piece read another number of areas than the plan';
  }
  // Each piece read the summaries of times elsewhere where the plan had them: right if the plan was.
  if (typeof model !== 'string' && sameFlags(summaryAreas(model), summaryAreas(plan))) return model;
  yield;
  return parse(text, options);
}

/** A text read precisely: by areas when it is long enough for that to pay (after a reading by lines that maps them), else whole. */
export function readPrecisely(text: string, options: ParseOptions, parse: NotesParse = parseNotes): NotesModel {
  if (text.length < 2 * defaultPieceChars) return parse(text, options);
  return readAllByAreas(text, readNotesFromLines(text, options), options, parse);
}

/**
 * A later version of a text read precisely before: only the areas its edits fall in are parsed,
 * where they can be read alone (incremental.ts), else the whole text is read. Edits across most
 * of the text (a replacement made everywhere) are read as a first reading is, an area at a time:
 * their areas in one parse would take remark longer than the whole text in pieces.
 */
export function readPreciselyAfter(previous: NotesSnapshot | undefined, text: string, options: ParseOptions, parse: NotesParse = parseNotes): NotesModel {
  if (previous?.text === text) return previous.model;
  const span = previous && editedAreasSpan(previous, text);
  const local = span && span.to - span.from <= text.length / 2 ? updateNotesLocally(previous, text, options, parse) : undefined;
  return local ?? readPrecisely(text, options, parse);
}

/** Reads a text by areas at once, for callers that have nothing else to do meanwhile. */
export function readAllByAreas(text: string, plan: NotesModel, options: ParseOptions, parse: NotesParse, pieceChars?: number): NotesModel {
  const reading = readByAreas(text, plan, options, parse, pieceChars);
  for (;;) {
    const step = reading.next();
    if (step.done) return step.value;
  }
}

/**
 * Enough text in a piece that remark's cost per parse is small beside its cost per character, and
 * little enough that it does not grow faster than the text (1 MB: 0.9 s in 16 KB pieces).
 */
const defaultPieceChars = 16 * 1024;

/** The areas each piece starts at: runs of whole areas, each cut at a heading that closes every block before it. */
function pieceStarts(plan: NotesModel, lines: LineIndex, pieceChars: number): number[] {
  const starts: number[] = [];
  let pieceStart = -pieceChars;
  for (const [index, area] of plan.areas.entries()) {
    const line = area.headingRange.start.line;
    const offset = lines.lineStart(line);
    if (offset - pieceStart < pieceChars || !isMarginHeading(lines.lineText(line))) continue;
    starts.push(index);
    pieceStart = offset;
  }
  return starts[0] === 0 ? starts : [];
}

/**
 * The text before the first area (the title, a contents list) parsed whole, with the area's
 * heading line so that it ends as in a whole read; it replaces the plan's reading of that text.
 */
function readBeforeAreas(text: string, lines: LineIndex, plan: NotesModel, options: ParseOptions, parse: NotesParse): NotesModel | string {
  const firstLine = plan.areas[0].headingRange.start.line;
  const head = parse(text.slice(0, lines.lineEnd(firstLine)), options);
  const first = head.areas[0];
  const planned = plan.areas[0];
  if (head.areas.length !== 1 || first.headingRange.start.line !== firstLine || first.heading !== planned.heading) return 'the text before the first area does not end at its heading';
  const before = (range: Range): boolean => range.start.line < firstLine;
  // Before any area a module may take its time from a summary further on (before a time logged in its notes), which the piece does not hold.
  if (plan.summaries.length > 0 && head.modules.some((module) => before(module.range))) return 'a module before the first area may take its time from a summary';
  const after = (range: Range): boolean => !before(range);
  const result: Omit<NotesModel, 'detection'> = {
    title: head.title,
    areas: plan.areas,
    levels: [...head.levels.filter((level) => before(level.markerRange)), ...plan.levels.filter((level) => after(level.markerRange))],
    modules: [...head.modules.filter((module) => before(module.range)), ...plan.modules.filter((module) => after(module.range))],
    placeholders: [...head.placeholders.filter((placeholder) => before(placeholder.range)), ...plan.placeholders.filter((placeholder) => after(placeholder.range))],
    tablesOfContents: [...head.tablesOfContents.filter((toc) => before(toc.range)), ...plan.tablesOfContents.filter((toc) => after(toc.range))],
    summaries: [...head.summaries.filter(before), ...plan.summaries.filter(after)],
    loggedTimes: [...head.loggedTimes.filter((logged) => before(logged.range)), ...plan.loggedTimes.filter((logged) => after(logged.range))],
    code: [...head.code.filter((span) => before(span.range)), ...plan.code.filter((span) => after(span.range))],
    lineCount: plan.lineCount,
  };
  return { ...result, detection: detectNotes(result) };
}

function sameFlags(a: readonly boolean[], b: readonly boolean[]): boolean {
  return a.length === b.length && a.every((flag, index) => flag === b[index]);
}
