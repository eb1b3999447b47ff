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
  const endsBlank = !closed && code.length > 0 && code[code.length - 1].text.trim() === '' && contentLast + 1 < lines.lineCount;
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
