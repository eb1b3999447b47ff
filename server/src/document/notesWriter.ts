import type { CatalogModule } from '../notes/catalog';
import { amountInColumn, bareAmount, isDelimiterRow, timeColumnOver, type TimeColumn } from '../notes/tableRow';
import { unitWordsOf } from '../notes/timeEstimate';
import type { Module, NotesModel, OpenerStyle, Position } from '../notes/types';
import type { NotesDocument } from './notesDocument';

/**
 * How a document writes its modules, learned from the modules it already has, so that what the
 * editor inserts (a completed module, a quick fix's estimate) reads like the student's own text.
 */

/** Minutes written when neither the student nor the catalog says how long a module takes. */
export const placeholderMinutes = 30;

/** How this document writes its estimates. */
export interface EstimateStyle {
  /** Text before the number, including the space after the title: " (time: ". */
  before: string;
  /** Between the number and the unit: "" for "45min", " " for "45 min". */
  gap: string;
  unit: string;
  after: string;
}

const defaultEstimateStyle: EstimateStyle = { before: ' (time: ', gap: ' ', unit: 'min', after: ')' };

/** A bare time reads only after a link (`[…](…) 25 min`): after a title without one it goes in parentheses. */
export function styleAfterTitle(style: EstimateStyle, linked: boolean): EstimateStyle {
  return linked || style.before.trim() !== '' || style.after.trim() !== '' ? style : { ...style, before: ' (', after: ')' };
}

const estimateShapes: { pattern: RegExp; before: string; after: string }[] = [
  { pattern: /^\(\s*time\s*:/i, before: ' (time: ', after: ')' },
  { pattern: /^\(/, before: ' (', after: ')' },
  { pattern: /^-+\s/, before: ' - ', after: '' },
  { pattern: /^~/, before: ' ~', after: '' },
  // `[Video: Why Queues? Note](pdf) 25 min`: a bare time after the link.
  { pattern: /^\d/, before: ' ', after: '' },
];

/** A time in minutes, in any language the reader reads: `45 min`, `25 minutos`, `40 Minuten`. */
const minuteUnits = unitWordsOf(1).join('|');
const minuteAfterAmount = new RegExp(String.raw`\d\s*(${minuteUnits})(?!\p{L})`, 'iu');
const amountInMinutes = new RegExp(String.raw`(\d+(?:\.\d+)?)(\s*)(${minuteUnits})(?!\p{L})`, 'iu');

/** The estimate shape most modules of the document use; the default when none is recognised. */
export function detectEstimateStyle(document: NotesDocument): EstimateStyle {
  return mostVoted(document.model.modules.map((module) => (module.estimate?.kind === 'minutes' ? estimateStyleOf(module.estimate.text) : undefined))) ?? defaultEstimateStyle;
}

/** The style of one estimate written in minutes; undefined for hours or unknown shapes. */
function estimateStyleOf(text: string): EstimateStyle | undefined {
  const shape = estimateShapes.find((candidate) => candidate.pattern.test(text.trim()));
  const unit = minuteAfterAmount.exec(text);
  if (!shape || !unit) return undefined;
  return { before: shape.before, after: shape.after, unit: unit[1], gap: /\d\s/.test(unit[0]) ? ' ' : '' };
}

/** The most frequent value by JSON shape; `preferred` (else the first one seen) wins a tie. */
function mostVoted<T>(values: readonly (T | undefined)[], preferred?: T): T | undefined {
  const votes = new Map<string, { value: T; count: number }>();
  for (const value of values) {
    if (value === undefined) continue;
    const key = JSON.stringify(value);
    const vote = votes.get(key) ?? { value, count: 0 };
    vote.count++;
    votes.set(key, vote);
  }
  let best = preferred === undefined ? undefined : votes.get(JSON.stringify(preferred));
  for (const vote of votes.values()) if (!best || vote.count > best.count) best = vote;
  return best?.value;
}

/** Where a module's estimate stands: after the title, inside the link text (`[Why Queues ~10 mins](url)`), or on the next line. */
export type EstimatePlace = 'after' | 'in-link' | 'next-line';

/** The shape of a module opener and of the first notes line under it. */
export interface OpenerShape {
  style: OpenerStyle;
  /** Indentation before the marker (nested module lists). */
  indent: string;
  /** `### `, `* `, `1. `, `> `, or '' for a paragraph. */
  marker: string;
  /** Whether titles are links to the resource. */
  linked: boolean;
  estimatePlace: EstimatePlace;
  estimate: EstimateStyle;
  /** Text around the number on a line of its own: `**Time: ` and ` min**`, prefix included. */
  estimateLine?: { before: string; after: string };
  /** What a notes line starts with, after the opener's indentation: '', `- `, `  * `, `> `. */
  notesPrefix: string;
  /** A blank line between the opener and its notes. */
  notesGap: boolean;
  /** `- Why Docker? (10 min) - it ships …`: the notes go on in the opener's line, after this. */
  notesInline?: string;
  /** Rows of a table whose header names the unit of its times (`Time (min)`): where and how they are written. */
  tableTimes?: TableTimes;
}

/** The course template's style (`[Title](url) (time: 30 min)`, notes on the next line), for notes without modules yet. */
export const templateShape: OpenerShape = { style: 'link-paragraph', indent: '', marker: '', linked: true, estimatePlace: 'after', estimate: defaultEstimateStyle, notesPrefix: '', notesGap: false };

/** What one module shows of the document's style; its estimate and notes only when it has them. */
interface Sample {
  container: Pick<OpenerShape, 'style' | 'indent' | 'marker' | 'linked'>;
  estimate?: Pick<OpenerShape, 'estimatePlace' | 'estimate' | 'estimateLine'>;
  notes?: Pick<OpenerShape, 'notesPrefix' | 'notesGap' | 'notesInline'>;
}

/**
 * The shape most modules use, counting the modules of the area at `near` when it has any (students
 * change style between areas; the line being typed is not one of them); the module nearest above
 * `near` breaks ties. Modules that show no estimate learn it from the rest of the document.
 */
export function detectOpenerShape(document: NotesDocument, near?: Position): OpenerShape {
  const modules = votingModules(document, near);
  if (modules.length === 0) return templateShape;
  const samples = modules.map((module) => sampleOf(document, module));
  const nearest = near ? lastIndexWhere(modules, (module) => module.openerRange.start.line <= near.line) : -1;
  const container = mostVoted(samples.map((sample) => sample.container), samples[Math.max(0, nearest)].container) ?? templateShape;
  const alike = samples.filter((sample) => JSON.stringify(sample.container) === JSON.stringify(container));
  const everywhere = () => mostVoted(document.model.modules.map((module) => sampleOf(document, module).estimate));
  const estimate = mostVoted(alike.map((sample) => sample.estimate)) ?? everywhere() ?? templateShape;
  const notes = alike.find((sample) => sample.notes)?.notes ?? templateShape;
  const tableTimes = container.style === 'table-row' ? nearestTableTimes(document, modules, nearest) : undefined;
  return { ...container, estimatePlace: estimate.estimatePlace, estimate: estimate.estimate, estimateLine: estimate.estimateLine, notesPrefix: notes.notesPrefix, notesGap: notes.notesGap, notesInline: 'notesInline' in notes ? notes.notesInline : undefined, ...(tableTimes && { tableTimes }) };
}

/** The time column of the table of the nearest module written as a table's row. */
function nearestTableTimes(document: NotesDocument, modules: readonly Module[], nearest: number): TableTimes | undefined {
  const isRow = (module: Module): boolean => module.style === 'table-row';
  const row = modules.slice(0, nearest + 1).filter(isRow).at(-1) ?? modules.find(isRow);
  return row && tableTimesAt(document, row.openerRange.start.line);
}

/** Where a table's header names the unit of its times: their column, and whether its rows write them as bare numbers in that unit. */
export interface TableTimes {
  column: TimeColumn;
  bare: boolean;
}

/**
 * The times of the table whose row is `line`: bare numbers where its nearest timed row above
 * (else its first) writes one (`| Why Docker? | 10 |` under `Time (min)`) or no row has a time yet.
 */
export function tableTimesAt(document: NotesDocument, line: number): TableTimes | undefined {
  const column = timeColumnOver(document.lines, line);
  if (!column) return undefined;
  const { lines } = document;
  let first = line;
  while (first > 0 && lines.lineText(first - 1).includes('|')) first--;
  let last = line;
  while (last + 1 < lines.lineCount && lines.lineText(last + 1).includes('|')) last++;
  const timed = document.model.modules.filter((module) => module.style === 'table-row' && module.estimate?.kind === 'minutes' && module.openerRange.start.line >= first && module.openerRange.start.line <= last);
  const nearest = timed.filter((module) => module.openerRange.start.line < line).at(-1) ?? timed[0];
  return { column, bare: !nearest || bareAmount.test(nearest.estimate?.text ?? '') };
}

function votingModules(document: NotesDocument, near: Position | undefined): Module[] {
  const { model } = document;
  if (!near) return model.modules;
  const written = model.modules.filter((module) => module.openerRange.start.line !== near.line);
  const areaIndex = lastIndexWhere(model.areas, (area) => area.headingRange.start.line <= near.line);
  const inArea = areaIndex < 0 ? [] : written.filter((module) => module.areaIndex === areaIndex);
  return inArea.length > 0 ? inArea : written;
}

/** Array.prototype.findLastIndex, which the ES2022 library lacks. */
export function lastIndexWhere<T>(items: readonly T[], test: (item: T) => boolean): number {
  for (let index = items.length - 1; index >= 0; index--) if (test(items[index])) return index;
  return -1;
}

const markerPatterns: Partial<Record<OpenerStyle, RegExp>> = {
  heading: /^\s*(#{1,6})\s*/,
  'list-item': /^(\s*)((?:[-*+]|\d+[.)])\s+)/,
  blockquote: /^\s*((?:>\s?)+)/,
};

function sampleOf(document: NotesDocument, module: Module): Sample {
  const line = document.lines.lineText(module.openerRange.start.line);
  const { indent, marker } = markerOf(module.style, line);
  const sample: Sample = { container: { style: module.style, indent, marker, linked: module.url !== undefined && line.includes('](') }, estimate: estimateSample(document, module) };
  const notes = module.notesRange;
  if (!notes) return sample;
  if (notes.start.line === module.openerRange.start.line) return { ...sample, notes: { notesPrefix: '', notesGap: false, notesInline: inlineSeparator(document, notes.start.character, module) } };
  const prefix = /^\s*(?:>\s?)*(?:(?:[-*+]|\d+[.)])\s+)?/.exec(document.lines.lineText(notes.start.line))?.[0] ?? '';
  const lastOpenerLine = sample.estimate?.estimatePlace === 'next-line' ? (module.estimate?.range.end.line ?? 0) : module.openerRange.end.line;
  sample.notes = { notesPrefix: (prefix.startsWith(indent) ? prefix.slice(indent.length) : prefix).replace(/\d+([.)])/, '1$1'), notesGap: notes.start.line > lastOpenerLine + 1 };
  return sample;
}

/** The separator before the notes a student wrote on in a module's line (` - `, `: `), a dash where it is only a space. */
function inlineSeparator(document: NotesDocument, notesStart: number, module: Module): string {
  const before = document.lines.lineText(module.openerRange.start.line).slice(0, notesStart);
  const separator = /[\s\-–—:;,.]*$/.exec(before)?.[0] ?? '';
  return separator.trim() === '' ? ' - ' : separator;
}

function markerOf(style: OpenerStyle, line: string): { indent: string; marker: string } {
  const match = markerPatterns[style]?.exec(line);
  if (!match) return { indent: '', marker: '' };
  if (style === 'heading') return { indent: '', marker: `${match[1]} ` };
  if (style === 'list-item') return { indent: match[1], marker: match[2].replace(/\s+$/, ' ') };
  return { indent: '', marker: match[1] };
}

/** Only estimates read in minutes teach a style: "(1 hr)" says nothing of how to write "30 min". */
function estimateSample(document: NotesDocument, module: Module): Sample['estimate'] {
  const estimate = module.estimate;
  if (estimate?.kind !== 'minutes') return undefined;
  // Past the title's last line (a link's text may be wrapped over two), the time has a line of its own.
  if (estimate.range.start.line > module.titleRange.end.line) return estimateLineOf(document.lines.lineText(estimate.range.start.line));
  const style = estimateStyleOf(estimate.text);
  if (!style) return undefined;
  const { titleRange } = module;
  const inTitle = estimate.range.start.line === titleRange.start.line && estimate.range.start.character >= titleRange.start.character && estimate.range.end.character <= titleRange.end.character;
  return { estimatePlace: inTitle && module.url !== undefined ? 'in-link' : 'after', estimate: style };
}

/** `**Time: 15 minutes**` is `**Time: ` + number + ` minutes**`. */
function estimateLineOf(lineText: string): Sample['estimate'] {
  const number = amountInMinutes.exec(lineText);
  if (!number) return undefined;
  const after = /^[)*_]*/.exec(lineText.slice(number.index + number[0].length))?.[0] ?? '';
  return { estimatePlace: 'next-line', estimate: { before: '', gap: number[2], unit: number[3], after: '' }, estimateLine: { before: lineText.slice(0, number.index), after } };
}

/** The shape with the marker the student typed themselves (`- [`, `### [`): their choice of container wins. */
export function withTypedMarker(shape: OpenerShape, typed: string): OpenerShape {
  const style: OpenerStyle = /^#/.test(typed) ? 'heading' : /^>/.test(typed) ? 'blockquote' : /^([-*+]|\d+[.)])/.test(typed) ? 'list-item' : /^\|/.test(typed) ? 'table-row' : shape.style;
  if (style === shape.style) return { ...shape, indent: '', marker: typed };
  const notesPrefix = style === 'list-item' ? ' '.repeat(typed.length) : style === 'blockquote' ? typed : '';
  return { ...shape, style, indent: '', marker: typed, estimatePlace: shape.estimatePlace === 'next-line' ? 'after' : shape.estimatePlace, estimateLine: undefined, notesPrefix, notesGap: false };
}

/**
 * The number of the next item of a numbered module list: one more than the nearest numbered module
 * above. Students number each level's modules from 1 (every corpus file that numbers more than one
 * level does): the count goes on across a level's heading only where the notes' own levels do so.
 */
export function numberedMarker(document: NotesDocument, shape: OpenerShape, near: Position): OpenerShape {
  const numbered = /^\d+([.)]) $/.exec(shape.marker);
  if (!numbered) return shape;
  const opens = levelsCountOn(document) ? 0 : sectionStart(document.model, near.line);
  const above = document.model.modules.filter((module) => module.style === 'list-item' && module.openerRange.start.line >= opens && module.openerRange.start.line < near.line).at(-1);
  const previous = above && itemNumber(document, above);
  return { ...shape, marker: `${previous ? previous + 1 : 1}${numbered[1]} ` };
}

function itemNumber(document: NotesDocument, module: Module): number | undefined {
  const number = /^\s*(\d+)[.)]/.exec(document.lines.lineText(module.openerRange.start.line));
  return number ? Number(number[1]) : undefined;
}

/** A level after the first whose numbered modules start past 1: the notes number on across levels. */
function levelsCountOn(document: NotesDocument): boolean {
  const firsts = document.model.levels.flatMap((level) => {
    const first = level.modules.find((module) => module.style === 'list-item');
    const number = first && itemNumber(document, first);
    return number === undefined ? [] : [number];
  });
  return firsts.slice(1).some((number) => number > 1);
}

/** The line of the last level marker or area heading at or above `line`: where its list of modules begins. */
function sectionStart(model: NotesModel, line: number): number {
  const markers = [...model.areas.map((area) => area.headingRange.start.line), ...model.levels.map((level) => level.markerRange.start.line)];
  return Math.max(0, ...markers.filter((start) => start <= line));
}

/**
 * The module's opener and a first notes line, as a snippet: the minutes are the first
 * placeholder (`${1:30}`), the notes line is where the cursor ends (`$0`). `indent` is what the
 * line already holds before the inserted text.
 */
export function renderOpener(module: CatalogModule, shape: OpenerShape, indent = shape.indent): string {
  const linked = shape.linked && module.url !== undefined;
  const estimate = styleAfterTitle(shape.estimate, linked);
  const time = `\${1:${module.minutes ?? placeholderMinutes}}${literal(estimate.gap + estimate.unit)}`;
  const inline = `${literal(estimate.before)}${time}${literal(estimate.after)}`;
  const place = linked || shape.estimatePlace !== 'in-link' ? shape.estimatePlace : 'after';
  if (shape.style === 'table-row') return tableRow(module, linked, time, shape.tableTimes);
  const title = linked ? `[${literal(linkText(module.title))}${place === 'in-link' ? inline : ''}](${literal(linkDestination(module.url!))})` : literal(module.title);
  const lines = [`${literal(shape.marker)}${title}${place === 'after' ? inline : ''}`];
  if (shape.notesInline !== undefined && place !== 'next-line') return `${lines[0]}${literal(shape.notesInline)}$0`;
  if (place === 'next-line') lines.push(`${literal(shape.estimateLine?.before ?? 'Time: ')}${time}${literal(shape.estimateLine?.after ?? '')}`);
  // A blank line inside a quote keeps its `>`, or the notes would leave the quote.
  if (shape.notesGap) lines.push(shape.notesPrefix.trimStart().startsWith('>') ? literal(indent + shape.notesPrefix).trimEnd() : '');
  lines.push(`${literal(indent + shape.notesPrefix)}$0`);
  return lines.join('\n');
}

/**
 * A row of the student's table of modules: the title, the time, the notes (a `|` in a title is no
 * border). Under a header that names the unit of its times, the time is a bare number in that unit,
 * in its column.
 */
function tableRow(module: CatalogModule, linked: boolean, time: string, times: TableTimes | undefined): string {
  const title = linkText(module.title).replace(/\|/g, '\\|');
  const amount = times?.bare ? amountInColumn(module.minutes ?? placeholderMinutes, times.column) : undefined;
  const timeAt = times && times.column.column > 0 ? times.column.column : 1;
  const cells = Array.from({ length: Math.max(timeAt + 1, 3) }, () => '');
  cells[0] = linked ? `[${literal(title)}](${literal(linkDestination(module.url!))})` : literal(title);
  cells[timeAt] = amount === undefined ? time : `\${1:${amount}}`;
  cells[cells.indexOf('')] = '$0';
  return `| ${cells.join(' | ')} |`;
}

/** Snippet syntax gives `$`, `}` and `\` a meaning: titles and URLs are taken literally. */
function literal(text: string): string {
  return text.replace(/[$}\\]/g, '\\$&');
}

function linkText(title: string): string {
  return title.replace(/[[\]]/g, '\\$&');
}

/** A URL with spaces or parentheses would end the link early; angle brackets keep it whole. */
function linkDestination(url: string): string {
  return /[\s()]/.test(url) ? `<${url}>` : url;
}

/**
 * The module rendered to stand at `position` of the document (the "Insert module" commands): in the
 * document's style, separated from the text around it so it opens a block of its own.
 */
export function renderModuleAt(document: NotesDocument, module: CatalogModule, position: Position): string {
  const shape = numberedMarker(document, detectOpenerShape(document, position), position);
  const lineText = document.lines.lineText(position.line);
  const before = lineText.slice(0, position.character);
  const after = lineText.slice(position.character);
  const onEmptyLine = before.trim() === '';
  // After a paragraph's text a module needs a blank line to open a block of its own; a list item,
  // a quote or a table's row does not, unless the text is a quote's (a level marker's), which would
  // take it in. A blank line would end the table.
  const above = onEmptyLine ? position.line - 1 : position.line;
  // Away from a table, a row would be a paragraph: it comes under a head like the student's own.
  const head = shape.style === 'table-row' && !isTableLine(document, above) ? tableHead(document, position) : '';
  const gap = inQuote(document, above) ? '\n' : onEmptyLine || ['list-item', 'blockquote'].includes(shape.style) || (shape.style === 'table-row' && !head) ? '' : '\n';
  const lead = onEmptyLine ? gap + shape.indent.slice(gap ? 0 : before.length) : `\n${gap}${shape.indent}`;
  return `${lead}${head}${renderOpener(module, shape)}${after.trim() === '' ? '' : '\n'}`;
}

function isTableLine(document: NotesDocument, line: number): boolean {
  return line >= 0 && document.lines.lineText(line).includes('|');
}

/** The header and delimiter rows of the table of the nearest module written in one (above `near` first). */
function tableHead(document: NotesDocument, near: Position): string {
  const rows = document.model.modules.filter((module) => module.style === 'table-row');
  const row = rows.filter((module) => module.openerRange.start.line < near.line).at(-1) ?? rows[0];
  if (!row) return '';
  let header = row.openerRange.start.line - 1;
  while (header > 0 && !isDelimiterRow(document.lines.lineText(header + 1))) header--;
  return `${literal(document.lines.lineText(header))}\n${literal(document.lines.lineText(header + 1))}\n`;
}

/** A `>` line, or a line that ends a quote by opening a block of its own (Markdown's paragraph interrupters). */
const quoteLine = /^ {0,3}>/;
const blockOpener = /^ {0,3}(?:#{1,6}(?:\s|$)|[-*+]\s|1[.)]\s|```|~~~|<|(?:[-*_] *){3,}$)/;

/**
 * Whether `line` stands in a quote (a `>` line, or a line continuing one lazily), such as a level
 * marker's `> Basics Level`: a module written on the next line would continue the quote, be read
 * as the marker's text or a quoted module's notes and shown inside the quote on GitHub, so it needs
 * a blank line first.
 */
export function inQuote(document: NotesDocument, line: number): boolean {
  for (let above = line; above >= 0; above--) {
    const text = document.lines.lineText(above);
    if (text.trim() === '') return false;
    if (quoteLine.test(text)) return true;
    if (blockOpener.test(text)) return false;
  }
  return false;
}

/** "Basics Level": one word reads as a level only with "Level" after it; a phrase is a level as it stands. */
export function levelMarkerText(level: string): string {
  return /\s/.test(level.trim()) ? level : `${level} Level`;
}
