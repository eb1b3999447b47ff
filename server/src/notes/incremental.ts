import { detectNotes } from './detect';
import { LineIndex } from './lineIndex';
import { normalizeIdentifier } from 'micromark-util-normalize-identifier';
import { fencedLines } from './fencedLines';
import { parseNotes, type ParseOptions } from './parse';
import type { Area, CodeSpan, Level, LoggedTime, Module, NotesModel, Placeholder, Position, Range, TableOfContents, TimeEstimate } from './types';
import { sameRange, shiftRange } from './shown';
import { editOf } from './textEdit';
import { trimEndMatching } from './trimRuns';

/**
 * Re-reads only the part of a document an edit can change.
 *
 * A document falls into areas at its area headings. When the heading of an area is a plain
 * `## …` line at the left margin, every Markdown block before it is closed there, and the notes
 * reader starts the area afresh: it closes the open module and level, and what it reads until
 * the next area depends only on the area's own text, the catalog and the depth of the first area
 * heading. So an edit inside one area (or a run of areas) is read by parsing just that text, the
 * reader resuming at its area heading in the state a whole read is in there (notesReader.ts
 * resumeHere), and the rest of the model is kept, moved by the number of lines the edit added or
 * removed.
 *
 * The next area heading is parsed with the edited text: if it is no longer an area heading (an
 * unclosed fence or HTML comment swallowed it, a module heading now holds it), the edit reached
 * across areas and the whole text is parsed. So is anything this cannot show to be local:
 * edits before the first area, areas whose headings are not plain `#` lines, link reference or
 * footnote definitions the edited text may use or change, and summaries of times that give
 * modules elsewhere their estimates (summaries elsewhere are parsed along whenever there are any).
 * The same re-reading makes a first reading by lines precise an area at a time (rereadAreas,
 * readByAreas.ts): there the text is unchanged, so the areas may hold a summary or a higher area
 * heading, and the definitions elsewhere they use are read along where their lines read alone.
 * Tests compare the result with a full parse after many random edits.
 */

export interface NotesSnapshot {
  readonly text: string;
  readonly model: NotesModel;
  /** Line index of `text`, if the caller has one. */
  readonly lines?: LineIndex;
}

export type NotesParse = (text: string, options: ParseOptions) => NotesModel;

export interface NotesUpdate {
  model: NotesModel;
  /** True when only the edited area(s) were parsed. */
  incremental: boolean;
  /** Why the whole text was parsed, for tests and the benchmark. */
  fallback?: string;
  /** Characters parsed for this update (the whole text on a fallback). */
  parsedChars: number;
}

export function updateNotes(previous: NotesSnapshot, text: string, options: ParseOptions = {}, parse: NotesParse = parseNotes): NotesModel {
  return updateNotesDetailed(previous, text, options, parse).model;
}

export function updateNotesDetailed(previous: NotesSnapshot, text: string, options: ParseOptions = {}, parse: NotesParse = parseNotes): NotesUpdate {
  const outcome = readEditAlone(previous, text, options, parse);
  if (typeof outcome !== 'string') return outcome;
  return { model: parse(text, options), incremental: false, fallback: outcome, parsedChars: text.length };
}

/** The model of the edited text when the edit can be read alone; undefined when it takes a whole read. */
export function updateNotesLocally(previous: NotesSnapshot, text: string, options: ParseOptions, parse: NotesParse): NotesModel | undefined {
  const outcome = readEditAlone(previous, text, options, parse);
  return typeof outcome === 'string' ? undefined : outcome.model;
}

function readEditAlone(previous: NotesSnapshot, text: string, options: ParseOptions, parse: NotesParse): NotesUpdate | string {
  if (previous.text === text) return { model: previous.model, incremental: true, parsedChars: 0 };
  try {
    return tryIncremental(previous, text, options, parse);
  } catch (error) {
    return `error: ${error instanceof Error ? error.message : String(error)}`;
  }
}

/** A plain ATX heading at the left margin: outside every container, it closes all open blocks. */
const marginHeading = /^(#{1,6})(?:[ \t]|$)/;

/** Whether an area heading's line closes every block before it, so that its area can be read alone. */
export function isMarginHeading(lineText: string): boolean {
  return marginHeading.test(lineText);
}

function tryIncremental(previous: NotesSnapshot, text: string, options: ParseOptions, parse: NotesParse): NotesUpdate | string {
  const edited = locateEdit(previous, text);
  if (typeof edited === 'string') return edited;
  return readAreasAgain({ ...previous, lines: edited.oldLines }, text, edited, options, parse);
}

/**
 * Where in the edited text the areas an edit falls in lie: what re-reading it parses, besides the
 * summaries and definitions read along; undefined when the edit is not read by its areas.
 */
export function editedAreasSpan(previous: NotesSnapshot, text: string): { from: number; to: number } | undefined {
  if (previous.text === text) return undefined;
  const edited = locateEdit(previous, text);
  if (typeof edited === 'string') return undefined;
  const { first, last, charDelta, oldLines } = edited;
  const next = previous.model.areas[last + 1];
  const oldEnd = next ? oldLines.lineStart(next.headingRange.start.line) : previous.text.length;
  return { from: oldLines.lineStart(previous.model.areas[first].headingRange.start.line), to: oldEnd + charDelta };
}

/** Areas first..last of the previous text hold the edit, their headings' lines (and the break before the next one) untouched. */
function locateEdit(previous: NotesSnapshot, text: string): (AreasRead & { oldLines: LineIndex }) | string {
  const { model, text: old } = previous;
  const areas = model.areas;
  if (areas.length === 0) return 'no areas';
  const oldLines = previous.lines ?? new LineIndex(old);
  if (oldLines.lineCount !== model.lineCount) return 'line index does not match the model';

  const { start, oldEnd, newEnd } = editOf(old, text);
  let first = -1;
  for (let index = areas.length - 1; index >= 0; index--) {
    if (oldLines.lineStart(areas[index].headingRange.start.line + 1) <= start && areas[index].headingRange.start.line + 1 < oldLines.lineCount) {
      first = index;
      break;
    }
  }
  if (first < 0) return 'the edit is before the first area body';
  let last = first;
  while (last + 1 < areas.length && oldEnd > oldLines.lineEnd(areas[last + 1].headingRange.start.line - 1)) last++;
  return { first, last, charDelta: newEnd - oldEnd, oldLines };
}

/**
 * The model of an unchanged text with areas first..last read again by `parse`, the rest kept:
 * how a first reading (by lines) is made precise an area at a time (readByAreas.ts). A reason
 * when those areas cannot be read alone.
 */
export function rereadAreas(previous: NotesSnapshot, first: number, last: number, options: ParseOptions, parse: NotesParse): NotesModel | string {
  const lines = previous.lines ?? new LineIndex(previous.text);
  if (lines.lineCount !== previous.model.lineCount) return 'line index does not match the model';
  if (first < 0 || first > last || last >= previous.model.areas.length) return 'the model has no such areas';
  const outcome = readAreasAgain({ ...previous, lines }, previous.text, { first, last, charDelta: 0 }, options, parse);
  return typeof outcome === 'string' ? outcome : outcome.model;
}

interface AreasRead {
  first: number;
  last: number;
  /** Characters the edit added (negative: removed) within those areas. */
  charDelta: number;
}

/** Areas first..last of the previous text, as `text` has them now, parsed alone and put in the model's place. */
function readAreasAgain(previous: NotesSnapshot & { lines: LineIndex }, text: string, { first, last, charDelta }: AreasRead, options: ParseOptions, parse: NotesParse): NotesUpdate | string {
  const { text: old, model, lines: oldLines } = previous;
  const areas = model.areas;
  if (!marginHeading.test(oldLines.lineText(areas[0].headingRange.start.line))) return 'the first area heading is not a plain heading line';
  // The highest area heading so far sets the depth other area headings are read at, as the reader took
  // each heading; the first area's (a margin heading) where the edit is in it.
  const areaDepth = depthOver(areas.slice(0, Math.max(first, 1)), Infinity);
  const next = areas[last + 1];

  const startLine = areas[first].headingRange.start.line;
  if (!marginHeading.test(oldLines.lineText(startLine))) return 'the area heading is not a plain heading line';
  if (next && !marginHeading.test(oldLines.lineText(next.headingRange.start.line))) return 'the next area heading is not a plain heading line';

  const regionStart = oldLines.lineStart(startLine);
  const oldRegionEnd = next ? oldLines.lineStart(next.headingRange.start.line) : old.length;
  const newRegionEnd = oldRegionEnd + charDelta;
  const oldRegion = old.slice(regionStart, oldRegionEnd);
  const newRegion = text.slice(regionStart, newRegionEnd);
  const oldNextLine = next ? next.headingRange.start.line : model.lineCount;
  const lineDelta = countBreaks(newRegion) - countBreaks(oldRegion);
  // The next heading's line goes along, so that the parse shows whether it still opens an area.
  const nextHeadingLine = next ? text.slice(newRegionEnd, oldLines.lineEnd(next.headingRange.start.line) + charDelta) : '';

  // An area heading higher than those before it sets the depth of areas for the rest of the text:
  // the areas after the edited ones were read with the depth those left, and are kept while it stays.
  const unchanged = text === old;
  const oldDepthAfter = depthOver(areas.slice(first, last + 1), areaDepth);

  const definitions = unchanged ? definitionsUsed(text, oldLines, areas, regionStart, oldRegionEnd, oldRegion) : checkDefinitions(text, regionStart, newRegionEnd, oldRegion, newRegion);
  if (typeof definitions === 'string') return definitions;
  // A summary lends times to modules elsewhere, kept as read with its old text; unchanged, it lends what it lent.
  if (!unchanged && (hasSummaryHeading(oldRegion) || hasSummaryHeading(newRegion))) return 'the edited areas may hold a summary of times';

  // Summaries of times elsewhere give estimates to modules without one of their own, before
  // times logged in their notes do: the areas are read with them whenever there are any.
  const summaries = summaryAreas(model);
  const elsewhere = summaries.some((flag, part) => flag && (part - 1 < first || part - 1 > last));
  const spans = elsewhere ? summarySpans(text, oldLines, areas, summaries, { first, last, charDelta }, lineDelta) : [];
  if (typeof spans === 'string') return spans;
  const read = [...(definitions ?? []), ...spans];
  const isolated = readIsolated(parse, options, areaDepth, read, newRegion, nextHeadingLine, startLine, first);
  if (typeof isolated === 'string') return isolated;
  if (!unchanged && depthOver(isolated.areas, areaDepth) !== oldDepthAfter) return 'the edit changed the depth of the area headings after it';
  const parsedChars = newRegion.length + nextHeadingLine.length + read.reduce((sum, span) => sum + span.text.length, 0);

  // The next area must read as it did: then the reader goes on from it exactly as before.
  if (next) {
    const after = isolated.nextArea;
    const expected = shiftRange(next.headingRange, lineDelta);
    if (!after || after.heading !== next.heading || after.number !== next.number || after.topic !== next.topic || !sameRange(after.headingRange, expected)) {
      return 'the edit changed how the next area heading reads';
    }
    const oldLevels = model.levels.filter((level) => level.markerRange.start.line === next.headingRange.start.line);
    if (!sameLevels(isolated.nextLevels, oldLevels, lineDelta)) return 'the edit changed the level of the next area heading';
  }

  const merged = merge(model, isolated, { first, last, startLine, oldNextLine, lineDelta });
  return { model: merged, incremental: true, parsedChars };
}

/** The depth of area headings after these areas, `from` the depth before them. */
function depthOver(areas: readonly Area[], from: number): number {
  return areas.reduce((depth, area) => Math.min(depth, area.depth ?? depth), from);
}

// ---- the isolated parse

interface Isolated {
  areas: Area[];
  levels: Level[];
  modules: Module[];
  placeholders: Placeholder[];
  tablesOfContents: TableOfContents[];
  summaries: Range[];
  loggedTimes: LoggedTime[];
  code: CodeSpan[];
  nextArea?: Area;
  nextLevels: Level[];
}

interface SummarySpan {
  text: string;
  /** Document line of the span's first line, in the new text. */
  line: number;
}

function readIsolated(parse: NotesParse, options: ParseOptions, areaDepth: number, spans: SummarySpan[], region: string, nextHeading: string, startLine: number, areaBase: number): Isolated | string {
  // Each summary span is closed by a depth-1 heading, so that no block of one runs into the next;
  // the reader then resumes at the region's area heading as a whole read reaches it.
  const closer = '# Close Summary\n\n';
  const closerLines = countBreaks(closer);
  let head = '';
  // Counted as the head grows, each piece once: counting the whole head again for each span cost
  // as much as all the spans times their number (thirty summaries in 10 MB: 0.15 s an edit).
  let headLines = 0;
  const spanLines: { from: number; to: number; line: number }[] = [];
  for (const span of spans) {
    const piece = trimEndMatching(span.text, /[\r\n]/) + '\n\n';
    const pieceLines = countBreaks(piece);
    spanLines.push({ from: headLines, to: headLines + pieceLines - 2, line: span.line });
    head += piece + closer;
    headLines += pieceLines + closerLines;
  }
  const regionLines = countBreaks(region);
  const mapLine = (line: number): number => {
    if (line >= headLines) return line - headLines + startLine;
    for (const span of spanLines) if (line >= span.from && line <= span.to) return span.line + line - span.from;
    return -1;
  };
  const isolated = parse(head + region + nextHeading, { ...options, resume: { line: headLines, areaDepth, documentLine: mapLine } });
  // Without a next heading the region runs to the end of the text, its last line unbroken.
  const inRegion = (range: Range): boolean => range.start.line >= headLines && (nextHeading === '' || range.start.line < headLines + regionLines);
  const atNext = (range: Range): boolean => nextHeading !== '' && range.start.line === headLines + regionLines;

  // Areas the summary spans opened come before the region's first area.
  const regionAreaIndexes = isolated.areas.map((area, index) => (inRegion(area.headingRange) ? index : -1)).filter((index) => index >= 0);
  if (regionAreaIndexes.length === 0 || isolated.areas[regionAreaIndexes[0]].headingRange.start.line !== headLines) return 'the area heading did not read as an area';
  const firstRegionArea = regionAreaIndexes[0];
  const lastRegionArea = regionAreaIndexes[regionAreaIndexes.length - 1];
  if (lastRegionArea - firstRegionArea + 1 !== regionAreaIndexes.length) return 'areas out of order';
  const nextIndex = lastRegionArea + 1;
  const nextArea = isolated.areas[nextIndex];
  if (nextHeading !== '' && (!nextArea || !atNext(nextArea.headingRange) || nextIndex !== isolated.areas.length - 1)) return 'the next area heading did not read as an area';
  if (nextHeading === '' && nextIndex !== isolated.areas.length) return 'areas after the region';

  const relocate = makeRelocator(mapLine);
  const reindex = (index: number | undefined): number | undefined => (index === undefined ? undefined : index - firstRegionArea + areaBase);
  const modules = new Map<Module, Module>();
  const moveModule = (module: Module): Module => {
    let moved = modules.get(module);
    if (!moved) {
      moved = { ...relocateModule(module, relocate), areaIndex: reindex(module.areaIndex) };
      modules.set(module, moved);
    }
    return moved;
  };
  const moveLevel = (level: Level): Level => ({
    ...level,
    markerRange: relocate.range(level.markerRange),
    range: relocate.range(level.range),
    areaIndex: reindex(level.areaIndex),
    modules: level.modules.map(moveModule),
  });

  const regionModules = isolated.modules.filter((module) => inRegion(module.range));
  for (const module of regionModules) {
    if (module.areaIndex === undefined || module.areaIndex < firstRegionArea || module.areaIndex > lastRegionArea) return 'a module outside the region areas';
  }
  const regionLevels = isolated.levels.filter((level) => inRegion(level.markerRange));
  for (const level of regionLevels) {
    if (level.areaIndex === undefined || level.areaIndex < firstRegionArea || level.areaIndex > lastRegionArea) return 'a level outside the region areas';
  }
  const movedModules = regionModules.map(moveModule);
  const movedLevels = regionLevels.map(moveLevel);
  const levelMap = new Map(regionLevels.map((level, index) => [level, movedLevels[index]]));
  const movedAreas = isolated.areas.slice(firstRegionArea, lastRegionArea + 1).map((area) => {
    const levels = area.levels.map((level) => levelMap.get(level));
    if (levels.some((level) => level === undefined)) throw new Error('an area level outside the region');
    return { ...area, headingRange: relocate.range(area.headingRange), range: relocate.range(area.range), levels: levels as Level[], modules: area.modules.map(moveModule) };
  });
  if (relocate.failed) return 'a range outside the region';

  const result: Isolated = {
    areas: movedAreas,
    levels: movedLevels,
    modules: movedModules,
    placeholders: isolated.placeholders.filter((placeholder) => inRegion(placeholder.range)).map((placeholder) => ({ ...placeholder, range: relocate.range(placeholder.range) })),
    tablesOfContents: isolated.tablesOfContents
      .filter((toc) => inRegion(toc.range))
      .map((toc) => ({ range: relocate.range(toc.range), entries: toc.entries.map((entry) => ({ ...entry, range: relocate.range(entry.range) })) })),
    summaries: isolated.summaries.filter(inRegion).map((range) => relocate.range(range)),
    loggedTimes: isolated.loggedTimes.filter((logged) => inRegion(logged.range)).map((logged) => relocateLogged(logged, relocate)),
    code: isolated.code.filter((span) => inRegion(span.range)).map((span) => relocateCode(span, relocate)),
    nextArea: nextArea && nextHeading !== '' ? { ...nextArea, headingRange: relocate.range(nextArea.headingRange) } : undefined,
    nextLevels: isolated.levels.filter((level) => atNext(level.markerRange)).map((level) => ({ ...level, markerRange: relocate.range(level.markerRange), modules: [] })),
  };
  if (relocate.failed) return 'a range outside the region';
  return result;
}

// ---- merging

interface Splice {
  first: number;
  last: number;
  /** Line of the first re-read area's heading (the same in both texts). */
  startLine: number;
  /** Old line of the first area heading after the edited ones (lineCount when none). */
  oldNextLine: number;
  lineDelta: number;
}

function merge(model: NotesModel, isolated: Isolated, splice: Splice): NotesModel {
  const { first, last, startLine, oldNextLine, lineDelta } = splice;
  const areaDelta = isolated.areas.length - (last - first + 1);
  // Nothing outside the edited areas moved (a character typed within a line): keep it all as it is.
  const still = lineDelta === 0 && areaDelta === 0;
  const before = (range: Range): boolean => range.start.line < startLine;
  const after = (range: Range): boolean => range.start.line >= oldNextLine;
  // Kept ranges lie before or after the edited areas; only estimates read from a summary elsewhere may lie after while their module lies before.
  const relocate = makeRelocator((line) => (line < startLine ? line : line >= oldNextLine ? line + lineDelta : -1));
  const reindex = (index: number | undefined): number | undefined => (index === undefined || index < first ? index : index + areaDelta);

  const modules = new Map<Module, Module>();
  const keepModule = (module: Module): Module => {
    let kept = modules.get(module);
    if (!kept) {
      kept = still || (before(module.range) && !(module.estimate && !before(module.estimate.range))) ? module : { ...relocateModule(module, relocate), areaIndex: reindex(module.areaIndex) };
      modules.set(module, kept);
    }
    return kept;
  };
  const keptModules = (list: Module[]): Module[] => list.map((module) => (before(module.range) || after(module.range) ? keepModule(module) : undefined)).filter((module): module is Module => module !== undefined);

  const levelMap = new Map<Level, Level>();
  const keepLevel = (level: Level): Level => {
    let kept = levelMap.get(level);
    if (still) return level;
    if (!kept) {
      const moved = !before(level.markerRange);
      kept = {
        ...level,
        markerRange: moved ? relocate.range(level.markerRange) : level.markerRange,
        range: moved ? relocate.range(level.range) : level.range,
        areaIndex: reindex(level.areaIndex),
        modules: level.modules.map(keepModule),
      };
      levelMap.set(level, kept);
    }
    return kept;
  };
  const keepArea = (area: Area): Area => {
    if (still) return area;
    const moved = !before(area.headingRange);
    return {
      ...area,
      headingRange: moved ? relocate.range(area.headingRange) : area.headingRange,
      range: moved ? relocate.range(area.range) : area.range,
      levels: area.levels.map(keepLevel),
      modules: area.modules.map(keepModule),
    };
  };

  const levelsBefore = model.levels.filter((level) => before(level.markerRange));
  const levelsAfter = model.levels.filter((level) => after(level.markerRange));
  const result: Omit<NotesModel, 'detection'> = {
    title: model.title,
    areas: [...model.areas.slice(0, first).map(keepArea), ...isolated.areas, ...model.areas.slice(last + 1).map(keepArea)],
    levels: [...levelsBefore.map(keepLevel), ...isolated.levels, ...levelsAfter.map(keepLevel)],
    modules: [...keptModules(model.modules.filter((module) => before(module.range))), ...isolated.modules, ...keptModules(model.modules.filter((module) => after(module.range)))],
    placeholders: [
      ...model.placeholders.filter((placeholder) => before(placeholder.range)),
      ...isolated.placeholders,
      ...model.placeholders.filter((placeholder) => after(placeholder.range)).map((placeholder) => (still ? placeholder : { ...placeholder, range: relocate.range(placeholder.range) })),
    ],
    tablesOfContents: [
      ...model.tablesOfContents.filter((toc) => before(toc.range)),
      ...isolated.tablesOfContents,
      ...model.tablesOfContents
        .filter((toc) => after(toc.range))
        .map((toc) => (still ? toc : { range: relocate.range(toc.range), entries: toc.entries.map((entry) => ({ ...entry, range: relocate.range(entry.range) })) })),
    ],
    summaries: [...model.summaries.filter(before), ...isolated.summaries, ...model.summaries.filter(after).map((range) => (still ? range : relocate.range(range)))],
    loggedTimes: [
      ...model.loggedTimes.filter((logged) => before(logged.range)),
      ...isolated.loggedTimes,
      ...model.loggedTimes.filter((logged) => after(logged.range)).map((logged) => (still ? logged : relocateLogged(logged, relocate))),
    ],
    code: [...model.code.filter((span) => before(span.range)), ...isolated.code, ...model.code.filter((span) => after(span.range)).map((span) => (still ? span : relocateCode(span, relocate)))],
    lineCount: model.lineCount + lineDelta,
  };
  if (relocate.failed) throw new Error('a kept range inside the edited areas');
  return { ...result, detection: detectNotes(result) };
}

// ---- ranges

interface Relocator {
  range(range: Range): Range;
  line(line: number): number;
  failed: boolean;
}

function makeRelocator(mapLine: (line: number) => number): Relocator {
  const relocator: Relocator = {
    failed: false,
    line(line: number): number {
      const mapped = mapLine(line);
      if (mapped < 0) relocator.failed = true;
      return mapped;
    },
    range(range: Range): Range {
      return { start: position(range.start), end: position(range.end) };
    },
  };
  const position = (at: Position): Position => ({ line: relocator.line(at.line), character: at.character });
  return relocator;
}

function relocateModule(module: Module, relocate: Relocator): Module {
  const moved: Module = {
    ...module,
    openerRange: relocate.range(module.openerRange),
    titleRange: relocate.range(module.titleRange),
    range: relocate.range(module.range),
    estimate: module.estimate && relocateEstimate(module.estimate, relocate),
  };
  if (module.notesRange) moved.notesRange = relocate.range(module.notesRange);
  return moved;
}

function relocateEstimate<E extends TimeEstimate>(estimate: E, relocate: Relocator): E {
  return { ...estimate, range: relocate.range(estimate.range) };
}

function relocateLogged(logged: LoggedTime, relocate: Relocator): LoggedTime {
  return { ...logged, estimate: relocateEstimate(logged.estimate, relocate), range: relocate.range(logged.range) };
}

function relocateCode(span: CodeSpan, relocate: Relocator): CodeSpan {
  return { ...span, range: relocate.range(span.range), lines: span.lines.map((line) => ({ ...line, line: relocate.line(line.line) })) };
}

function sameLevels(read: Level[], old: Level[], lineDelta: number): boolean {
  return read.length === old.length && read.every((level, index) => level.name === old[index].name && level.text === old[index].text && sameRange(level.markerRange, shiftRange(old[index].markerRange, lineDelta)));
}

// ---- text


/** Line breaks as LineIndex counts them: \n, \r\n and a lone \r. */
function countBreaks(text: string): number {
  let count = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10) count++;
    else if (code === 13 && text.charCodeAt(i + 1) !== 10) count++;
  }
  return count;
}

// ---- definitions: link references and footnotes resolve across the whole document

/**
 * Every `[label]:` wherever it stands, over lines too: more than the definitions there are (a
 * definition in a list item's quote or a footnote's text, `[IMAGE]:[TAG]` in code), so that no
 * definition the edit could use or change goes unseen.
 */
const labelBeforeColon = /\[((?:[^[\]\\]|\\[^])+)\]:/g;
/** A bracket's content holding no bracket: what a reference may name a label by (a label holds none). */
const innermostBracket = /\[((?:[^[\]\\]|\\[^])*)\]/g;
/** A `[` its line does not close, the last on its line (a label holds no `[`): a label may go on over the lines after it. */
const unclosedBracket = /\[(?:[^[\]\\\r\n]|\\[^\r\n])*\\?(?=[\r\n])/g;

/**
 * A definition whose label runs over lines (`[Docker\nIntro]: https://…`), whose line alone the
 * areas read along cannot carry. A label ends at its first unescaped `]` and holds no unescaped `[`
 * and no blank line (CommonMark, as micromark reads it), so a `[` left open on its line is a
 * definition's only if that `]` comes before either and a `:` follows it. A link's text wrapped
 * over lines (`[AWS Tutorial: Deploy a …` then `App](https://…)`) is none, whatever `]:` stands
 * elsewhere (`event['Records']:` in code): taken for one, it sent every edit of a corpus file to a
 * whole read. Each look ahead stops at the next bracket, so the lines are looked at once.
 */
function labelMaySpanLines(part: string): boolean {
  if (!part.includes(']:')) return false;
  for (const match of part.matchAll(unclosedBracket)) {
    if (closesAsDefinition(part, match.index + match[0].length)) return true;
  }
  return false;
}

/** Whether the label left open before `from` closes with `]:`, read as micromark reads a label. */
function closesAsDefinition(text: string, from: number): boolean {
  for (let at = from; at < text.length; at++) {
    const code = text.charCodeAt(at);
    if (code === 92) at++;
    else if (code === 91) return false;
    else if (code === 93) return text.charCodeAt(at + 1) === 58;
    else if (code === 10 || (code === 13 && text.charCodeAt(at + 1) !== 10)) {
      blankLine.lastIndex = at + 1;
      if (blankLine.test(text)) return false;
    }
  }
  return false;
}

const blankLine = /[ \t]*(?:\r|\n|$)/y;

function labelsOf(text: string): string[] {
  return [...text.matchAll(labelBeforeColon)].map((match) => normalizeIdentifier(match[1]));
}

/** What the texts may name a label by: each bracket's content, compared as micromark compares labels (trimmed, case folded both ways). */
interface Bracketed {
  labels: Set<string>;
  anyBracket: boolean;
}

function bracketedIn(...texts: string[]): Bracketed {
  const labels = new Set<string>();
  for (const text of texts) for (const match of text.matchAll(innermostBracket)) labels.add(normalizeIdentifier(match[1]));
  return { labels, anyBracket: texts.some((text) => text.includes('[')) };
}

/** Whether a text may refer to the label (a label with an escape in it could be written many ways). */
function mayUse({ labels, anyBracket }: Bracketed, label: string): boolean {
  return label.includes('\\') ? anyBracket : labels.has(label);
}

/**
 * Definitions resolve references anywhere in the document. The edited areas are parsed alone, so
 * they must not use a definition from elsewhere, and no text elsewhere may use one of theirs
 * (before or after the edit): then what the edit does to definitions stays inside the areas.
 */
function checkDefinitions(text: string, regionStart: number, regionEnd: number, oldRegion: string, newRegion: string): string | undefined {
  if (!text.includes(']:') && !oldRegion.includes(']:')) return undefined;
  for (const part of [oldRegion, newRegion]) if (labelMaySpanLines(part)) return 'a definition label may span lines';
  const before = text.slice(0, regionStart);
  const after = text.slice(regionEnd);
  const outsideLabels: string[] = [];
  for (const part of [before, after]) {
    if (labelMaySpanLines(part)) return 'a definition label may span lines';
    outsideLabels.push(...labelsOf(part));
  }
  if (outsideLabels.length > 0) {
    const region = bracketedIn(newRegion);
    if (outsideLabels.some((label) => mayUse(region, label))) return 'the edited areas may use a definition from elsewhere';
  }
  const regionLabels = [...labelsOf(oldRegion), ...labelsOf(newRegion)];
  if (regionLabels.length > 0) {
    const outside = bracketedIn(before, after);
    if (regionLabels.some((label) => mayUse(outside, label))) return 'a definition in the edited areas may be used elsewhere';
  }
  return undefined;
}

/**
 * Areas read again in an unchanged text see the definitions elsewhere they may use: each such
 * definition's line is read along before them, as a summary's text is, where that line alone reads
 * as it does in its place (definitionReadsAlone). Any other (in a list item's quote, a footnote or
 * a fence, its address on the next line) has the whole text read instead.
 */
function definitionsUsed(text: string, lines: LineIndex, areas: readonly Area[], regionStart: number, regionEnd: number, region: string): SummarySpan[] | string {
  if (!text.includes(']:')) return [];
  const spans: SummarySpan[] = [];
  const named = bracketedIn(region);
  for (const [from, to] of [[0, regionStart], [regionEnd, text.length]]) {
    const part = text.slice(from, to);
    if (!part.includes(']:')) continue;
    if (labelMaySpanLines(part)) return 'a definition label may span lines';
    for (const match of part.matchAll(labelBeforeColon)) {
      if (!mayUse(named, normalizeIdentifier(match[1]))) continue;
      const line = lines.positionAt(from + match.index).line;
      if (!definitionReadsAlone(lines, areas, line, from + match.index)) return 'the areas may use a definition that reads otherwise alone';
      spans.push({ text: lines.lineText(line), line });
    }
  }
  return spans;
}

/** `[label]: address "title"`, whole on its line at the margin. */
const wholeDefinition = /^ {0,3}\[(?:[^[\]\\]|\\.)+\]:[ \t]*\S+(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^()]*\)))?[ \t]*$/;
const blankOrHeading = /^(?:[ \t]*|[ \t]{0,3}#{1,6}(?:[ \t].*)?)$/;

/**
 * A definition line that reads alone as in its place: whole on its line at the margin, the lines
 * around it no paragraph it could continue or be continued by, outside fenced code and with no
 * HTML block opened in its area before it.
 */
function definitionReadsAlone(lines: LineIndex, areas: readonly Area[], line: number, at: number): boolean {
  const text = lines.lineText(line);
  if (!wholeDefinition.test(text) || at - lines.lineStart(line) > 3) return false;
  if (line > 0 && !blankOrHeading.test(lines.lineText(line - 1))) return false;
  if (line + 1 < lines.lineCount && !/^[ \t]*$/.test(lines.lineText(line + 1))) return false;
  // Blocks start afresh at an area heading: from there, no fence open and no HTML block begun.
  let start = 0;
  for (const area of areas) if (area.headingRange.start.line < line) start = area.headingRange.start.line + 1;
  const fenced = fencedLines();
  for (let before = start; before < line; before++) {
    const lineText = lines.lineText(before);
    if (fenced(lineText) === false && (/^ {0,3}</.test(lineText) || containedBlockOpener.test(lineText))) return false;
  }
  return !fenced(text);
}

/** `- <pre>`, `> ~~~`, a fence four columns into an item: a block opened in a container, which the line tracker cannot follow. */
const containedBlockOpener = /^(?:[ \t]*(?:>[ \t]?|(?:[-*+]|\d{1,9}[.)])[ \t]+))+[ \t]*(?:`{3,}|~{3,}|<)|^(?: {4,}|\t)[ \t]*(?:`{3,}|~{3,}|<)/;

// ---- summaries of times: the reader takes a module's estimate from a summary anywhere in the document

/**
 * A heading that may open a summary of times, read generously: the reader removes markup before
 * it matches, so letters are compared without it. ATX lines (in quotes and items too, and
 * `#Title` paragraph lines) and setext headings are headings.
 */
const atxLikeLines = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)*#.*$/gm;
const setextUnderlines = /^[ \t>]*(?:=+|-+)[ \t]*$/gm;
const summaryWords = /checklist|timespen|timelog|timesumm|timetabl|timeshee|timereco|summaryof|progress/;

function mayBeSummaryTitle(text: string): boolean {
  if (/&#?[a-z0-9]+;/i.test(text)) return true;
  const letters = text
    .toLowerCase()
    .replace(/<[^>]*>/g, '')
    .replace(/\]\([^)]*\)/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, '');
  return summaryWords.test(letters);
}

/** Offsets in `text` of lines that may be summary headings (or the paragraphs a setext underline makes headings). */
function summaryHeadingOffsets(text: string): number[] {
  const found: number[] = [];
  for (const match of text.matchAll(atxLikeLines)) if (mayBeSummaryTitle(match[0])) found.push(match.index);
  for (const match of text.matchAll(setextUnderlines)) {
    // The paragraph above the underline: back to the last blank (or quote-only) line.
    let start = match.index;
    let lines = 0;
    for (;;) {
      const lineEnd = start - 1;
      if (lineEnd < 0) break;
      let lineStart = lineEnd;
      while (lineStart > 0 && text.charCodeAt(lineStart - 1) !== 10 && text.charCodeAt(lineStart - 1) !== 13) lineStart--;
      const line = text.slice(lineStart, lineEnd).replace(/\r$/, '');
      // A blank line or an ATX heading ends the paragraph a setext underline makes a heading.
      if (/^[ \t>]*$/.test(line) || /^[ \t>]*#{1,6}(?:[ \t]|$)/.test(line)) break;
      start = lineStart;
      if (++lines > 200) return [0];
    }
    if (start < match.index && mayBeSummaryTitle(text.slice(start, match.index))) found.push(start);
  }
  return found.sort((a, b) => a - b);
}

function hasSummaryHeading(text: string): boolean {
  return summaryHeadingOffsets(text).length > 0;
}

/** Whether the text before the first area (index 0) and each area (index i + 1) holds a summary the reader read; a summary ends at an area heading at the latest. */
export function summaryAreas(model: NotesModel): boolean[] {
  const flags = [false, ...model.areas.map(() => false)];
  let part = 0;
  for (const summary of model.summaries) {
    while (part < model.areas.length && model.areas[part].headingRange.start.line <= summary.start.line) part++;
    flags[part] = true;
  }
  return flags;
}

/** The text of every area (or the part before the first area) outside the edited areas that may hold a summary. */
function summarySpans(text: string, oldLines: LineIndex, areas: Area[], flags: boolean[], { first, last, charDelta }: AreasRead, lineDelta: number): SummarySpan[] | string {
  const oldText = oldLines.text;
  const spans: SummarySpan[] = [];
  for (let part = -1; part < areas.length; part++) {
    if (!flags[part + 1]) continue;
    // Read again unchanged, the areas read their own summary as a whole read does.
    if (part >= first && part <= last && text === oldText) continue;
    if (part >= first && part <= last) return 'a summary inside the edited areas';
    const start = part < 0 ? 0 : oldLines.lineStart(areas[part].headingRange.start.line);
    const end = part + 1 < areas.length ? oldLines.lineStart(areas[part + 1].headingRange.start.line) : oldText.length;
    const line = part < 0 ? 0 : areas[part].headingRange.start.line;
    if (start === 0 && oldText.charCodeAt(0) === 0xfeff) return 'a summary at the start of a text with a byte order mark';
    const afterEdit = part > last;
    spans.push({
      text: afterEdit ? text.slice(start + charDelta, end + charDelta) : text.slice(start, end),
      line: afterEdit ? line + lineDelta : line,
    });
  }
  return spans;
}
