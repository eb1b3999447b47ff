import type { CatalogIndex } from './catalog';
import { textLine, type SourceLine } from './lines';
import { readOpener, type OpenerCandidate } from './openers';
import type { SourceMap } from './source';
import { scanEstimate, shiftTime } from './timeEstimate';

/**
 * The module a row of a table of modules opens: `| [Video: Why Docker?](…) | 16 min | Containers
 * start in seconds |`. Its first cell names one of the course's modules in full (its page, or every
 * word of its title), and links it or has a time: a comparison table's first cell may name a module
 * in passing. In a table whose rows above opened modules (`amongModules`), a row left without either
 * is a module still, its time missing. A cell that is a time alone gives the time; the first other
 * cell starts the notes.
 */
export function tableRowOpener(row: SourceLine, source: SourceMap, catalog: CatalogIndex, amongModules: boolean): OpenerCandidate | undefined {
  const [first, ...rest] = tableCells(row);
  const candidate = first && readOpener(first, source);
  if (!candidate || !catalog.findWhole(candidate.title, candidate.url)) return undefined;
  const timeCell = candidate.estimate ? undefined : rest.find(isTimeAlone);
  if (!candidate.estimate && !timeCell && candidate.url === undefined && !amongModules) return undefined;
  const estimate = candidate.estimate ?? (timeCell && shiftTime(scanEstimate(timeCell.raw), timeCell.start - candidate.lineStart));
  const notes = rest.find((cell) => cell !== timeCell);
  return { ...candidate, estimate, notesStart: candidate.notesStart ?? notes?.start };
}

/** The cells of a row with text in them, each trimmed, where they stand in the text. */
function tableCells(row: SourceLine): SourceLine[] {
  const cells: SourceLine[] = [];
  let from = 0;
  for (const at of [...cellBorders(row.raw), row.raw.length]) {
    const cell = row.raw.slice(from, at);
    const content = cell.trim();
    if (content) cells.push(textLine(row.start + from + cell.length - cell.trimStart().length, content));
    from = at + 1;
  }
  return cells;
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
