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
  const opening = inQuote(lines.lineText(first), site.quoteDepth);
  const indent = Math.max(site.indent, columnsOf(opening));
  const start = site.at ?? lines.lineEnd(first) - opening.trimStart().length;
  const info = lines.text.slice(start, lines.lineEnd(first)).replace(/^(`+|~+)/, '').trim();
  let contentLast = closed ? last - 1 : last;
  // The text's last line, empty after its final line break, holds no code.
  if (!closed && last === lines.lineCount - 1 && lines.lineText(last) === '') contentLast--;
  const code: CodeLine[] = [];
  for (let line = first + 1; line <= contentLast; line++) code.push(codeLine(lines, line, stripColumns(inQuote(lines.lineText(line), site.quoteDepth), indent)));
  // A block left open runs over the blank lines at its end, to the start of the line after them.
  const endsBlank = !closed && code.length > 0 && /^[ \t]*$/.test(code[code.length - 1].text) && contentLast + 1 < lines.lineCount;
  const end = endsBlank ? lines.lineStart(contentLast + 1) : lines.lineEnd(last);
  return { kind: 'block', lang: info === '' ? undefined : info.split(/\s/)[0].toLowerCase(), range: lines.range(start, end), lines: blockValue(code) };
}

/** An indented block of lines `first` to `last` in a container whose content starts `container` columns in: its code four columns further. */
export function indentedCode(lines: LineIndex, first: number, last: number, container = 0): CodeSpan {
  const code: CodeLine[] = [];
  for (let line = first; line <= last; line++) code.push(codeLine(lines, line, stripColumns(lines.lineText(line), container + 4)));
  // Its range takes in the indented blank lines at its end (`\t`); its code, all but the last.
  if (code.length > 1 && code[code.length - 1].text === '') code.pop();
  const firstText = lines.lineText(first);
  const start = lines.lineStart(first) + firstText.length - stripColumns(firstText, container).length;
  return { kind: 'block', range: lines.range(start, lines.lineEnd(last)), lines: blockValue(code) };
}

/** Where the code `value` starts on its line: where the line ends with it, as remark's value is mapped back. */
function codeLine(lines: LineIndex, line: number, value: string): CodeLine {
  const text = lines.lineText(line);
  const character = text.endsWith(value) ? text.length - value.length : 0;
  return { line, character, text: text.slice(character) };
}

/** A block whose code is nothing at all has no lines; one blank line among others is a line. */
function blockValue(code: CodeLine[]): CodeLine[] {
  return code.length === 1 && code[0].text === '' ? [] : code;
}

/** A line without the markers of the `depth` quotes it stands in, each with one space after it. */
function inQuote(text: string, depth: number): string {
  let rest = text;
  for (let level = 0; level < depth; level++) {
    const marker = /^[ \t]{0,3}>[ \t]?/.exec(rest);
    if (!marker) break;
    rest = rest.slice(marker[0].length);
  }
  return rest;
}

function columnsOf(text: string): number {
  let columns = 0;
  for (let at = 0; at < text.length; at++) {
    if (text[at] === ' ') columns++;
    else if (text[at] === '\t') columns += 4 - (columns % 4);
    else break;
  }
  return columns;
}

/** The text less up to `columns` columns of its indentation; a tab that reaches past them leaves the rest as spaces. */
export function stripColumns(text: string, columns: number): string {
  let column = 0;
  let at = 0;
  for (; at < text.length && column < columns; at++) {
    if (text[at] === ' ') column++;
    else if (text[at] !== '\t') break;
    else if (column + 4 - (column % 4) > columns) return ' '.repeat(column + 4 - (column % 4) - columns) + text.slice(at + 1);
    else column += 4 - (column % 4);
  }
  return text.slice(at);
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
  /** The paragraph being read, as offsets from and to, line by line. */
  private readonly text: number[] = [];

  constructor(private readonly lines: LineIndex) {}

  /** More text of the paragraph being read. */
  add(start: number, end: number): void {
    this.text.push(start, end);
  }

  /** A line that is text of its own: a heading, a table's row. */
  line(start: number, end: number): void {
    this.end();
    this.add(start, end);
    this.end();
  }

  /** The paragraph ends. */
  end(): void {
    if (this.text.length === 0) return;
    for (const span of inlineCode(this.lines, this.text)) this.spans.push(span);
    this.text.length = 0;
  }
}

/**
 * The code spans of one paragraph (or heading, or table row), given as the offsets its text spans
 * line by line: a run of backticks opens one that the next run as long closes, within the paragraph
 * (CommonMark). A run with none as long after it is text. Each run is looked at once.
 */
function inlineCode(lines: LineIndex, segments: readonly number[]): CodeSpan[] {
  const runs = backtickRuns(lines.text, segments);
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

function backtickRuns(text: string, segments: readonly number[]): BacktickRun[] {
  const runs: BacktickRun[] = [];
  for (let segment = 0; segment + 1 < segments.length; segment += 2) {
    const end = segments[segment + 1];
    for (let at = text.indexOf('`', segments[segment]); at !== -1 && at < end; at = text.indexOf('`', at)) {
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
