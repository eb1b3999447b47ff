import { inlineLines } from './code';
import type { LineIndex } from './lineIndex';
import type { CodeLine, CodeSpan } from './types';

/**
 * Code blocks as the text line source finds them, given as remark gives them (notes/code.ts), so that
 * the docker features read a text alike whichever source read it: the block's range from its fence
 * to the end of its last line, and each line of its code where the code starts on the document's line.
 */

/** Where a fenced block stands: in `quoteDepth` quotes, its code `indent` columns in, its fence at offset `at` (else where its first line's text starts). */
export interface FenceSite {
  quoteDepth: number;
  indent: number;
  at?: number;
}

/** A fenced block from its opening fence to `last`, its closing fence when `closed`. */
export function fencedCode(lines: LineIndex, first: number, last: number, closed: boolean, site: FenceSite): CodeSpan {
  const text = lines.text;
  const openingEnd = lines.lineEnd(first);
  const content = quotesEnd(text, lines.lineStart(first), openingEnd, site.quoteDepth);
  const fenceAt = indentEnd(text, content, openingEnd);
  const indent = Math.max(site.indent, columnsBetween(text, content, fenceAt));
  const start = site.at ?? fenceAt;
  const info = text.slice(start, openingEnd).replace(/^(`+|~+)/, '').trim();
  let contentLast = closed ? last - 1 : last;
  // The text's last line, empty after its final line break, holds no code.
  if (!closed && last === lines.lineCount - 1 && lines.lineStart(last) === lines.lineEnd(last)) contentLast--;
  const code: CodeLine[] = [];
  for (let line = first + 1; line <= contentLast; line++) {
    const [from, to] = [lines.lineStart(line), lines.lineEnd(line)];
    code.push(codeLine(lines, line, from, codeStart(text, quotesEnd(text, from, to, site.quoteDepth), to, indent)));
  }
  // A block left open runs over the blank lines at its end, to the start of the line after them.
  const endsBlank = !closed && code.length > 0 && /^[ \t]*$/.test(code[code.length - 1].text) && contentLast + 1 < lines.lineCount;
  const end = endsBlank ? lines.lineStart(contentLast + 1) : lines.lineEnd(last);
  return { kind: 'block', lang: info === '' ? undefined : info.split(/\s/)[0].toLowerCase(), range: lines.range(start, end), lines: blockValue(code) };
}

/**
 * An indented block of lines `first` to `last` in a container whose content starts `container` columns
 * in (past the markers of the `quoteDepth` quotes it stands in): its code four columns further.
 */
export function indentedCode(lines: LineIndex, first: number, last: number, container = 0, quoteDepth = 0): CodeSpan {
  const code: CodeLine[] = [];
  const contentStart = (line: number): number => quotesEnd(lines.text, lines.lineStart(line), lines.lineEnd(line), quoteDepth);
  for (let line = first; line <= last; line++) code.push(codeLine(lines, line, lines.lineStart(line), codeStart(lines.text, contentStart(line), lines.lineEnd(line), container + 4)));
  // Its range takes in the indented blank lines at its end (`\t`); its code, all but the last.
  if (code.length > 1 && code[code.length - 1].text === '') code.pop();
  const start = Math.max(contentStart(first), codeStart(lines.text, contentStart(first), lines.lineEnd(first), container));
  return { kind: 'block', range: lines.range(start, lines.lineEnd(last)), lines: blockValue(code) };
}

/** A line's code from offset `at` on (the line's start `from` where `at` is -1). */
function codeLine(lines: LineIndex, line: number, from: number, at: number): CodeLine {
  const start = at < 0 ? from : at;
  return { line, character: start - from, text: lines.text.slice(start, lines.lineEnd(line)) };
}

/** A block whose code is nothing at all has no lines; one blank line among others is a line. */
function blockValue(code: CodeLine[]): CodeLine[] {
  return code.length === 1 && code[0].text === '' ? [] : code;
}

/** Where a line's text starts (`from` to `to`) past the markers of the `depth` quotes it stands in, each with one space after it. */
function quotesEnd(text: string, from: number, to: number, depth: number): number {
  let at = from;
  for (let level = 0; level < depth; level++) {
    let marker = at;
    while (marker < to && marker - at < 3 && isIndent(text.charCodeAt(marker))) marker++;
    if (text.charCodeAt(marker) !== 62 /* > */ || marker >= to) break;
    at = marker + 1;
    if (at < to && isIndent(text.charCodeAt(at))) at++;
  }
  return at;
}

/**
 * Where the code starts on a line: past up to `columns` columns of indentation from `from`. Where a
 * tab reaches past them, remark's code begins with spaces the line does not have, and is mapped to
 * the line's start: -1 says so.
 */
function codeStart(text: string, from: number, to: number, columns: number): number {
  const { at, over } = pastColumns(text, from, to, columns);
  return over ? -1 : at;
}

/** Past up to `columns` columns of indentation from `from`: where that ends, and how far past them a tab there reaches (0: none does). */
function pastColumns(text: string, from: number, to: number, columns: number): { at: number; over: number } {
  let column = 0;
  let at = from;
  for (; at < to && column < columns; at++) {
    const code = text.charCodeAt(at);
    if (code === 32) column++;
    else if (code !== 9) break;
    else if (column + 4 - (column % 4) > columns) return { at, over: column + 4 - (column % 4) - columns };
    else column += 4 - (column % 4);
  }
  return { at, over: 0 };
}

function indentEnd(text: string, from: number, to: number): number {
  let at = from;
  while (at < to && isIndent(text.charCodeAt(at))) at++;
  return at;
}

function columnsBetween(text: string, from: number, to: number): number {
  let columns = 0;
  for (let at = from; at < to; at++) columns += text.charCodeAt(at) === 9 ? 4 - (columns % 4) : 1;
  return columns;
}

const isIndent = (code: number): boolean => code === 32 || code === 9;

/** The text less up to `columns` columns of its indentation; a tab that reaches past them leaves the rest as spaces. */
export function stripColumns(text: string, columns: number): string {
  const { at, over } = pastColumns(text, 0, text.length, columns);
  return over ? ' '.repeat(over) + text.slice(at + 1) : text.slice(at);
}

/** A run of backticks: where it starts, how long it is, and whether a backslash escapes its first backtick. */
interface BacktickRun {
  at: number;
  length: number;
  escaped: boolean;
}

/** A text's code spans, found as each of its paragraphs ends, which none reaches past: in the text's order. */
export class ParagraphCode {
  readonly spans: CodeSpan[] = [];
  /** The paragraph being read, as offsets from and to, line by line: its first `size` numbers (kept, not emptied, between paragraphs). */
  private readonly text: number[] = [];
  private size = 0;
  /** The first backtick at or after `searchedFrom` (-1: none): paragraphs come in the text's order, so the text is searched once, not once a paragraph. */
  private nextBacktick = -1;
  private searchedFrom = Infinity;

  constructor(private readonly lines: LineIndex) {}

  /** The first backtick at or after `from`, or -1. */
  private backtickFrom(from: number): number {
    if (from < this.searchedFrom || (this.nextBacktick !== -1 && this.nextBacktick < from)) {
      this.nextBacktick = this.lines.text.indexOf('`', from);
      this.searchedFrom = from;
    }
    return this.nextBacktick;
  }

  /** More text of the paragraph being read. */
  add(start: number, end: number): void {
    this.text[this.size++] = start;
    this.text[this.size++] = end;
  }

  /** A line that is text of its own: a heading, a table's row. */
  line(start: number, end: number): void {
    this.end();
    this.add(start, end);
    this.end();
  }

  /** The paragraph ends. */
  end(): void {
    if (this.size === 0) return;
    // Most paragraphs hold no backtick at all.
    const first = this.backtickFrom(this.text[0]);
    if (first !== -1 && first < this.text[this.size - 1]) for (const span of inlineCode(this.lines, this.text.slice(0, this.size), (from) => this.backtickFrom(from))) this.spans.push(span);
    this.size = 0;
  }
}

/**
 * The code spans of one paragraph (or heading, or table row), given as the offsets its text spans
 * line by line: a run of backticks opens one that the next run as long closes, within the paragraph
 * (CommonMark). A run with none as long after it is text. Each run is looked at once.
 */
function inlineCode(lines: LineIndex, segments: readonly number[], backtickFrom: (from: number) => number): CodeSpan[] {
  const runs = backtickRuns(lines.text, segments, backtickFrom);
  // For each length, the runs that long in order, and how far the search for a closer has gone.
  const byLength = new Map<number, number[]>();
  runs.forEach((run, index) => {
    const same = byLength.get(run.length);
    if (same) same.push(index);
    else byLength.set(run.length, [index]);
  });
  const searched = new Map<number, number>();
  const spans: CodeSpan[] = [];
  for (let index = 0; index < runs.length; index++) {
    const run = runs[index];
    const [at, length] = run.escaped ? [run.at + 1, run.length - 1] : [run.at, run.length];
    const closers = byLength.get(length);
    if (!closers) continue;
    let next = searched.get(length) ?? 0;
    while (next < closers.length && closers[next] <= index) next++;
    searched.set(length, next);
    if (next === closers.length) continue;
    const closer = runs[closers[next]];
    spans.push({ kind: 'inline', range: lines.range(at, closer.at + closer.length), lines: inlineLines(lines, at, closer.at + closer.length) });
    index = closers[next];
  }
  return spans;
}

function backtickRuns(text: string, segments: readonly number[], backtickFrom: (from: number) => number): BacktickRun[] {
  const runs: BacktickRun[] = [];
  for (let segment = 0; segment + 1 < segments.length; segment += 2) {
    const end = segments[segment + 1];
    for (let at = backtickFrom(segments[segment]); at !== -1 && at < end; at = backtickFrom(at)) {
      let backslashes = 0;
      while (at - backslashes - 1 >= segments[segment] && text[at - backslashes - 1] === '\\') backslashes++;
      let runEnd = at;
      while (runEnd < end && text[runEnd] === '`') runEnd++;
      runs.push({ at, length: runEnd - at, escaped: backslashes % 2 === 1 });
      at = runEnd;
    }
  }
  return runs;
}

/** Blocks and code spans, each list in the text's order, merged into one as remark gives them. */
export function inTextOrder(blocks: readonly CodeSpan[], spans: readonly CodeSpan[]): CodeSpan[] {
  const merged: CodeSpan[] = [];
  let [block, span] = [0, 0];
  while (block < blocks.length || span < spans.length) {
    const takeBlock = span === spans.length || (block < blocks.length && before(blocks[block], spans[span]));
    merged.push(takeBlock ? blocks[block++] : spans[span++]);
  }
  return merged;
}

function before(a: CodeSpan, b: CodeSpan): boolean {
  return a.range.start.line < b.range.start.line || (a.range.start.line === b.range.start.line && a.range.start.character < b.range.start.character);
}
