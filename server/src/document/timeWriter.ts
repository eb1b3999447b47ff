import { TextEdit, type Range } from 'vscode-languageserver-types';
import type { Module, TimeEstimate } from '../notes/types';
import { trimEndMatching } from '../notes/trimRuns';
import { durationSpan, unitMinutes } from '../notes/timeEstimate';
import { amountInColumn, bareAmount, cellOfColumn, timeCellAfter, timeColumnOver } from '../notes/tableRow';
import type { NotesDocument } from './notesDocument';
import { detectEstimateStyle, detectOpenerShape, styleAfterTitle, tableTimesAt, type EstimateStyle } from './notesWriter';

/**
 * How a module's time is written into the notes, in the notes' own words: a module without one gets
 * it where and how the document's other modules have theirs; an estimate already there keeps its
 * label, markup and units, only its numbers change (`**Time: 15 minutes**` → `**Time: 40 minutes**`).
 */

/** "45 min", "1 minute": the number and the unit as the style writes them. */
export function timeText(minutes: number, style: Pick<EstimateStyle, 'gap' | 'unit'>): string {
  return `${minutes}${style.gap}${unitFor(style.unit, minutes)}`;
}

/** The edits that make the module's estimate say `minutes`; 0 or less takes the estimate away. */
export function moduleMinutesEdits(document: NotesDocument, module: Module, minutes: number): TextEdit[] {
  const { estimate } = module;
  if (minutes <= 0) return estimate ? [removeEstimate(document, estimate)] : [];
  if (!estimate) return [newEstimate(document, module, minutes)];
  const inColumn = module.style === 'table-row' && estimate.kind === 'minutes' ? amountInTimeColumn(document, estimate, minutes) : undefined;
  if (inColumn) return [TextEdit.replace(estimate.range, inColumn)];
  const duration = estimate.kind === 'minutes' ? durationIn(estimate.text) : undefined;
  if (duration) return [TextEdit.replace(rangeInEstimate(document, estimate, duration.start, duration.end), durationText(minutes, duration))];
  // `(time: )`, `Time: TODO`, `(time: 30)`: what follows the label is the time.
  return [fillEstimate(document, estimate, timeText(minutes, detectEstimateStyle(document)))];
}

/** A new estimate where the document writes them: after the title, inside the link's text, or on the line below. */
function newEstimate(document: NotesDocument, module: Module, minutes: number): TextEdit {
  const shape = detectOpenerShape(document, module.openerRange.start);
  const time = timeText(minutes, shape.estimate);
  if (shape.estimatePlace === 'next-line') {
    // A link's text may go on over the next line: the time goes under the whole opener.
    const last = Math.max(module.openerRange.end.line, module.titleRange.end.line);
    const end = { line: last, character: document.lines.lineText(last).length };
    return TextEdit.insert(end, `${lineBreakAfter(document, last)}${shape.estimateLine?.before ?? 'Time: '}${time}${shape.estimateLine?.after ?? ''}`);
  }
  if (module.style === 'table-row') return timeInRow(document, module, minutes, time);
  const inLink = shape.estimatePlace === 'in-link' ? linkTextEnd(document, module) : undefined;
  if (inLink) return TextEdit.insert(inLink, `${shape.estimate.before}${time}${shape.estimate.after}`);
  const style = styleAfterTitle(shape.estimate, module.url !== undefined);
  // Else on the line the title ends on, where the notes reader looks for it (and the missing-time fix
  // writes it): the opener's own line, or the last of a link's text wrapped over lines.
  const line = module.titleRange.end.line;
  if (module.notesRange?.start.line === line) return timeBeforeNotes(document, module, style, time);
  return TextEdit.insert({ line, character: document.lines.lineText(line).trimEnd().length }, `${style.before}${time}${style.after}`);
}

/**
 * Notes that go on in the title's line (`- Why Docker: it ships …`, `(https://…)describes …`) keep
 * the time before them, by the title and past the bracket that closes it. A time parted from the
 * notes by nothing but a space would read as their first words: there it is in parentheses.
 */
function timeBeforeNotes(document: NotesDocument, module: Module, style: EstimateStyle, time: string): TextEdit {
  const { start, end } = module.titleRange;
  const text = document.lines.lineText(end.line);
  const closes = start.line === end.line && start.character > 0 && `${text[start.character - 1]}${text[end.character]}`.match(/^(?:\(\)|<>)$/);
  const at = { line: end.line, character: end.character + (closes ? 1 : 0) };
  const parted = /^[*_]*\s*[:：\-–—]/.test(text.slice(at.character)) || /[([]/.test(style.before);
  return TextEdit.insert(at, parted ? `${style.before}${time}${style.after}` : ` (${time})`);
}

/** In the row's cell of the table's time column where its header names the unit, written as the table writes its times; else in the first empty cell after the title. */
function timeInRow(document: NotesDocument, module: Module, minutes: number, time: string): TextEdit {
  const { line, character } = module.titleRange.end;
  const raw = document.lines.lineText(line);
  const times = tableTimesAt(document, line);
  const columnCell = times && cellOfColumn(raw, times.column.column);
  if (times && columnCell && columnCell.start > character && raw.slice(columnCell.start, columnCell.end).trim() === '') {
    const amount = times.bare ? amountInColumn(minutes, times.column) : undefined;
    return TextEdit.replace({ start: { line, character: columnCell.start }, end: { line, character: columnCell.end } }, ` ${amount ?? time} `);
  }
  const cell = timeCellAfter(raw, character);
  return TextEdit.replace({ start: { line, character: cell.start }, end: { line, character: cell.end } }, cell.empty ? ` ${time} ` : ` (${time})`);
}

/**
 * A bare number in a table's time column (`10` under `Time (min)`) stays a bare number in the
 * header's unit where that unit says the minutes in two decimals; else it takes the unit the notes write.
 */
function amountInTimeColumn(document: NotesDocument, estimate: TimeEstimate, minutes: number): string | undefined {
  if (!bareAmount.test(estimate.text)) return undefined;
  const column = timeColumnOver(document.lines, estimate.range.start.line);
  return column && (amountInColumn(minutes, column) ?? timeText(minutes, detectEstimateStyle(document)));
}

/** Where the title's link text ends (before `](`), when the title is a link's text. */
function linkTextEnd(document: NotesDocument, module: Module): Range['end'] | undefined {
  const end = module.titleRange.end;
  return module.url !== undefined && document.lines.lineText(end.line).startsWith('](', end.character) ? end : undefined;
}

/** The document's own line break (CRLF files stay CRLF). */
export function lineBreakAfter(document: NotesDocument, line: number): string {
  const { lines, text } = document;
  const own = text.slice(lines.lineEnd(line), lines.lineStart(line + 1));
  if (own) return own;
  return /\r\n/.test(text.slice(0, lines.lineEnd(0) + 2)) ? '\r\n' : '\n';
}

/** Replaces what follows "time:" (or the whole text) but keeps the student's label and markup. */
export function fillEstimate(document: NotesDocument, estimate: TimeEstimate, time: string): TextEdit {
  // One space after the label is kept: a snippet's empty `(time:  min)` has two, the time goes between.
  const label = /time\s*:\s?/i.exec(estimate.text);
  const start = label ? label.index + label[0].length : 0;
  const end = start + trimEndMatching(estimate.text.slice(start), /[)*_\s]/).length;
  const space = label && !/\s$/.test(label[0]) ? ' ' : '';
  return TextEdit.replace(rangeInEstimate(document, estimate, start, Math.max(start, end)), `${space}${time}`);
}

export function offsetInEstimate(document: NotesDocument, estimate: TimeEstimate, index: number): Range['start'] {
  return document.lines.positionAt(document.lines.offsetAt(estimate.range.start) + index);
}

function rangeInEstimate(document: NotesDocument, estimate: TimeEstimate, start: number, end: number): Range {
  return { start: offsetInEstimate(document, estimate, start), end: offsetInEstimate(document, estimate, end) };
}

/**
 * An estimate on a line of its own goes with its line; one beside the title goes with the spaces
 * before it (`[Title](url) (time: 45 min)` → `[Title](url)`).
 */
function removeEstimate(document: NotesDocument, estimate: TimeEstimate): TextEdit {
  const { lines } = document;
  const { start, end } = estimate.range;
  const text = lines.lineText(start.line);
  const rest = text.slice(0, start.character) + lines.lineText(end.line).slice(end.character);
  if (start.line === end.line && /^[\s>*_]*$/.test(rest)) return TextEdit.del(lines.range(lines.lineStart(start.line), lines.lineStart(start.line + 1)));
  const before = trimEndMatching(text.slice(0, start.character), /\s/).length;
  return TextEdit.del({ start: { line: start.line, character: before }, end });
}

/** Where the numbers and units of an estimate stand in its text, and how it writes them. */
interface Duration {
  start: number;
  end: number;
  gap: string;
  hourUnit?: string;
  minuteUnit?: string;
}

/** The duration as the notes reader reads it, in the units it is written in. */
function durationIn(text: string): Duration | undefined {
  const span = durationSpan(text);
  if (!span) return undefined;
  const unit = (minutes: number) => span.units.find((written) => unitMinutes(written) === minutes);
  return { start: span.start, end: span.end, gap: span.gap, hourUnit: unit(60), minuteUnit: unit(1) };
}

/** The minutes in the estimate's own units: hours and minutes where it writes hours. */
function durationText(minutes: number, { gap, hourUnit, minuteUnit }: Duration): string {
  const hours = hourUnit ? Math.floor(minutes / 60) : 0;
  const rest = minutes - hours * 60;
  const parts = [hours > 0 ? timeText(hours, { gap, unit: hourUnit! }) : '', rest > 0 ? timeText(rest, { gap, unit: minuteUnit ?? 'min' }) : ''];
  return parts.filter(Boolean).join(' ');
}

/**
 * The forms of a unit written out, by number: one and others, or Russian's one, few and many. A
 * word of two languages takes the first group that has it: `minute` is English before German,
 * `minuto` Spanish before Italian.
 */
const unitForms: readonly (readonly string[])[] = [
  ['minute', 'minutes'], ['hour', 'hours'],
  ['minuto', 'minutos'], ['hora', 'horas'], ['heure', 'heures'],
  ['minute', 'minuten'], ['stunde', 'stunden'],
  ['minuto', 'minuti'], ['ora', 'ore'],
  ['минута', 'минуты', 'минут'], ['час', 'часа', 'часов'],
];

/** "1 minute", "2 minutes", "2 horas", "5 минут", "1 hr": a unit written out agrees with its number; an abbreviation stays. */
function unitFor(unit: string, amount: number): string {
  const lower = unit.toLowerCase();
  const forms = unitForms.find((group) => group.includes(lower));
  if (forms) return inCaseOf(unit, forms[formFor(amount, forms.length)]);
  if (amount === 1 && unit.length > 2 && /s$/i.test(unit)) return unit.slice(0, -1);
  return unit;
}

/** Which form a whole number takes: 1, or Russian's 2–4 (not 12–14) and the rest. */
function formFor(amount: number, forms: number): number {
  if (forms === 2) return amount === 1 ? 0 : 1;
  const ones = amount % 10;
  const tens = amount % 100;
  if (ones === 1 && tens !== 11) return 0;
  return ones >= 2 && ones <= 4 && (tens < 12 || tens > 14) ? 1 : 2;
}

/** `Stunden` for `Stunde`, `HORAS` for `HORA`: the written unit's case. */
function inCaseOf(written: string, word: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return word.toUpperCase();
  return written[0] === written[0].toUpperCase() ? word[0].toUpperCase() + word.slice(1) : word;
}
