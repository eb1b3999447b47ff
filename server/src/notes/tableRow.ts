import type { CatalogIndex } from './catalog';
import { textLine, type SourceLine } from './lines';
import type { LineIndex } from './lineIndex';
import { isShortTitle, readOpener, type OpenerCandidate } from './openers';
import type { SourceMap } from './source';
import { scanEstimate, shiftTime, type EstimateMatch } from './timeEstimate';

/**
 * The module a row of a table of modules opens: `| [Video: Why Docker?](…) | 16 min | Containers
 * start in seconds |`. Its first cell names one of the course's modules in full (its page, or every
 * word of its title), and links it or has a time: a comparison table's first cell may name a module
 * in passing. In a table whose rows above opened modules (`amongModules`), a row left without either
 * is a module still, its time missing. A cell that is a time alone gives the time; the first other
 * cell starts the notes.
 */
export function tableRowOpener(row: SourceLine, source: SourceMap, catalog: CatalogIndex, { amongModules, inTable }: RowsAbove, timeColumn?: TimeColumn): OpenerCandidate | undefined {
  const [first, ...rest] = tableCells(row);
  const candidate = first && readOpener(first, source);
  if (!candidate) return undefined;
  const named = catalog.findWhole(candidate.title, candidate.url) !== undefined;
  // In a table of modules, a title the course does not name in full (`Lab: Hashing and Password Craking`)
  // is the student's module still, placed by likeness or listed as not placed; a total is none.
  if (!named && !(inTable && isShortTitle(candidate) && !totalRow.test(candidate.title))) return undefined;
  const timeCell = candidate.estimate ? undefined : (rest.find(isTimeAlone) ?? rest.find((cell) => amountIn(cell, timeColumn) !== undefined));
  if (!candidate.estimate && !timeCell && candidate.url === undefined && !(named && amongModules)) return undefined;
  const estimate = candidate.estimate ?? (timeCell && shiftTime(amountIn(timeCell, timeColumn) ?? scanEstimate(timeCell.raw), timeCell.start - candidate.lineStart));
  const notes = rest.find((cell) => cell !== timeCell);
  return { ...candidate, estimate, notesStart: candidate.notesStart ?? notes?.start };
}

/**
 * A row of a time log's table (`| Lab: Docker Intro | 30 min | images |`, `| 2018-10-02 | Lab: Docker
 * Intro | 30 min |`): the first cell that is a time alone gives the time, the first other cell with a
 * word that is no date names the module, whatever the other cells hold. A row without such a cell
 * reads as a line.
 */
export function timeLogRow(row: SourceLine, source: SourceMap): OpenerCandidate | undefined {
  if (!/^\s*\|/.test(row.raw)) return undefined;
  const cells = tableCells(row);
  const timeCell = cells.find(isTimeAlone);
  const titleCell = timeCell && cells.find((cell) => cell !== timeCell && /\p{L}/u.test(cell.raw) && !dateCell.test(cell.raw) && !checkBox.test(cell.raw));
  const candidate = titleCell && readOpener(titleCell, source);
  if (!candidate || !timeCell) return undefined;
  // Read as the row's line: its time where it stands in the row.
  const estimate = candidate.estimate ? shiftTime(candidate.estimate, candidate.lineStart - row.start) : shiftTime(scanEstimate(timeCell.raw), timeCell.start - row.start);
  return { ...candidate, estimate, lineStart: row.start };
}

/** `[x]`, `[ ]`: a column of check marks. */
const checkBox = /^\[[ xX]?\]$/;

/** `2018-10-02`, `10/2/2018`, `Oct 2`, `Mon 10/2`: when, not what. */
const dateCell = /^(?:[a-z]{3,9}\.?,?\s+)?(?:\d{1,4}[-/.]\d{1,2}(?:[-/.]\d{1,4})?|\d{1,2}(?:st|nd|rd|th)?(?:\s+[a-z]{3,9}\.?)?(?:,?\s+\d{4})?|[a-z]{3,9}\.?\s+\d{1,2}(?:st|nd|rd|th)?(?:,?\s+\d{4})?)$/i;

/** What stands above a row: modules (`amongModules`), in its own table or named so by its header (`inTable`). */
export interface RowsAbove {
  amongModules: boolean;
  inTable: boolean;
}

/** `| Total | 5.5 |`: the sum of the rows above, no module. */
const totalRow = /^[*_]*(?:grand\s+)?(?:total|sum|overall|altogether)\b/i;

/** `| Module | Hours | What I learned |`: a header that says its rows are modules. */
export function headsModuleTable(header: SourceLine): boolean {
  const [first] = tableCells(header);
  return first !== undefined && moduleColumn.test(first.raw.replace(/[*_]/g, '').trim());
}

const moduleColumn = /^(?:course\s+)?(?:modules?|labs?|videos?|tutorials?|resources?|titles?|tasks?|activit(?:y|ies)|items?|names?)$/i;

/** The column of a table's header that holds times, and the minutes in one of its bare numbers: `Time (min)`, `Hours`. */
export interface TimeColumn {
  column: number;
  minutesEach: number;
}

/** `| Module | Time (min) | Notes |`: the column whose bare numbers are times, where the header names their unit. */
export function timeColumnOf(header: SourceLine): TimeColumn | undefined {
  for (const cell of tableCells(header)) {
    const words = cell.raw.toLowerCase();
    if (!/\b(?:time|duration|spent|hours?|hrs?|minutes?|mins?)\b/.test(words)) continue;
    if (/\b(?:hours?|hrs?|h)\b/.test(words)) return { column: cell.column, minutesEach: 60 };
    if (/\b(?:minutes?|mins?|m)\b/.test(words)) return { column: cell.column, minutesEach: 1 };
  }
  return undefined;
}

/** A bare number in the time column (`| Why Docker? | 10 | … |` under `Time (min)`): the time in the header's unit. */
function amountIn(cell: TableCell, timeColumn: TimeColumn | undefined): EstimateMatch | undefined {
  if (!timeColumn || cell.column !== timeColumn.column || !bareAmount.test(cell.raw)) return undefined;
  const minutes = Number(cell.raw.replace(',', '.')) * timeColumn.minutesEach;
  return { kind: 'minutes', minutes: { min: minutes, max: minutes }, start: 0, end: cell.raw.length, labelled: false };
}

/** `10`, `0.5`: a time in a table's time column, in the unit its header names. */
export const bareAmount = /^\d{1,4}(?:[.,]\d+)?$/;

/** A cell with text in it, trimmed, where it stands in the text, and its column (the first is 0, edge pipes or not). */
type TableCell = SourceLine & { column: number };

function tableCells(row: SourceLine): TableCell[] {
  const cells: TableCell[] = [];
  const borders = cellBorders(row.raw);
  let column = opensWithBorder(row.raw, borders) ? -1 : 0;
  let from = 0;
  for (const at of [...borders, row.raw.length]) {
    const cell = row.raw.slice(from, at);
    const content = cell.trim();
    if (content) cells.push({ ...textLine(row.start + from + cell.length - cell.trimStart().length, content), column });
    from = at + 1;
    column++;
  }
  return cells;
}

/** `| a | b |`: the pipe at the row's start opens its first cell. */
function opensWithBorder(raw: string, borders: readonly number[]): boolean {
  return borders.length > 0 && raw.slice(0, borders[0]).trim() === '';
}

/** Where a row's cells are parted: its pipes, but for an escaped `\|` (GFM). */
function cellBorders(raw: string): number[] {
  return [...raw.matchAll(/(?<!\\)\|/g)].map((border) => border.index);
}

/** `16 min`, `about 45 minutes`, `Time: 1 h`: a cell that holds a time and hardly anything else. */
function isTimeAlone(cell: SourceLine): boolean {
  const match = scanEstimate(cell.raw);
  return match !== undefined && (cell.raw.slice(0, match.start) + cell.raw.slice(match.end)).replace(/[\s*_~:()[\]]+/g, ' ').trim().length <= 12;
}

const delimiterRow = /^[ \t]*\|?[ \t]*:?-+:?[ \t]*(\|[ \t]*:?-+:?[ \t]*)*\|?[ \t]*$/;

/** `|---|:--:|`: the line under a table's header. */
export function isDelimiterRow(raw: string): boolean {
  return delimiterRow.test(raw);
}

/** How many cells a table's line has: a table's header has as many as its delimiter row (GFM). */
export function cellCount(raw: string): number {
  const line = raw.trim();
  const borders = cellBorders(line);
  return borders.length + 1 - (borders[0] === 0 ? 1 : 0) - (borders.length > 0 && borders.at(-1) === line.length - 1 ? 1 : 0);
}

/** The time column of the table row `row` stands in, from the header over the table's delimiter row. */
export function timeColumnOver(lines: LineIndex, row: number): TimeColumn | undefined {
  for (let line = row - 1; line >= 1; line--) {
    const raw = lines.lineText(line);
    if (isDelimiterRow(raw)) return timeColumnOf(textLine(lines.lineStart(line - 1), lines.lineText(line - 1)));
    if (cellBorders(raw).length === 0) return undefined;
  }
  return undefined;
}

/** Where the cell of `column` is in a row's text, between its borders (columns counted as the reader counts them). */
export function cellOfColumn(raw: string, column: number): { start: number; end: number } | undefined {
  const borders = cellBorders(raw);
  const edges = opensWithBorder(raw, borders) ? borders : [-1, ...borders];
  return column + 1 < edges.length ? { start: edges[column] + 1, end: edges[column + 1] } : undefined;
}

/** `minutes` as the time column writes them, a bare number in its unit; undefined when that unit cannot say them in two decimals. */
export function amountInColumn(minutes: number, { minutesEach }: TimeColumn): string | undefined {
  return (minutes * 100) % minutesEach === 0 ? String(minutes / minutesEach) : undefined;
}

/**
 * Where a time goes in a row after its title (at `from` in the row's text): the first empty cell
 * after it, between its borders; else the end of the title's own cell.
 */
export function timeCellAfter(raw: string, from: number): { start: number; end: number; empty: boolean } {
  const borders = cellBorders(raw);
  const next = borders.findIndex((border) => border >= from);
  for (let index = Math.max(next, 0); next >= 0 && index + 1 < borders.length; index++) {
    if (raw.slice(borders[index] + 1, borders[index + 1]).trim() === '') return { start: borders[index] + 1, end: borders[index + 1], empty: true };
  }
  const end = next < 0 ? raw.trimEnd().length : raw.slice(0, borders[next]).trimEnd().length;
  return { start: end, end, empty: false };
}
