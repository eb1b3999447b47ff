/** A link as the reader uses it: its address, its plain text, and its span in the document's text. */
export interface LineLink {
  url: string;
  text: string;
  start: number;
  end: number;
}

/**
 * One source line of a paragraph or heading, with the links the line source found on it. Students
 * put a level marker and a module, or several modules, in one paragraph without blank lines
 * between, so openers are read line by line rather than block by block.
 */
export interface SourceLine {
  /** Offsets of the line's text inside the block. */
  start: number;
  end: number;
  raw: string;
  /** The first link when nothing but markup and a few words stand before it. */
  leadingLink?: LineLink;
  /** The first link anywhere on the line, in emphasis too. */
  firstLink?: LineLink;
}

/** How many characters of words may stand before a line's leading link, markup aside. */
export const maxWordsBeforeLeadingLink = 25;

/**
 * A link's text wrapped at a fixed width runs over a line or two of short lines, and both line
 * sources read it as one line up to these bounds: a stray `[` is not read on to the paragraph's end,
 * nor over long lines (each line would cost what the lines below it do).
 */
export const maxWrappedLinkLines = 3;
export const maxWrappedLineLength = 400;

/** Links into the page itself make a table of contents, never a module. */
export function isInPageLink(url: string): boolean {
  return url.startsWith('#') || url === '' || /^https?:\/\/github\.com\/[^/]+\/[^/#]+\/?(blob\/[^#]*)?#/.test(url);
}

/** A link's address may hold parentheses in pairs (`((https://youtu.be/…))`), as CommonMark reads it. */
export const leadingLinkPattern = /^(.{0,40}?)(!?)\[((?:[^\]\\]|\\.)*)\]\(\s*<?((?:[^()\s>]|\([^()\s>]*\))*)>?(?:\s+"[^"]*")?\s*\)/;

/** A list item's text that leads with a link (not an image) into the page: an entry of a table of contents. */
export function leadsIntoPage(text: string): boolean {
  const match = leadingLinkPattern.exec(text);
  return match !== null && match[2] === '' && isInPageLink(match[4]);
}

/** A line at `start` of the text with its links found in its text, as the reading by lines finds them. */
export function textLine(start: number, raw: string, match = leadingLinkPattern.exec(raw)): SourceLine {
  const line: SourceLine = { start, end: start + raw.length, raw };
  return match ? withLeadingLink(line, match) : line;
}

/** The line with the link `match` found on it: its first link, and its leading link when little stands before it. */
export function withLeadingLink(line: SourceLine, match: RegExpExecArray): SourceLine {
  if (match[2] !== '' || isInPageLink(match[4])) return line;
  const before = match[1];
  // A link after emphasised words is not where a module's line starts: remark's reading says the same.
  if (/[*_]{1,3}[^*_\s][^*_]*[*_]{1,3}/.test(before)) return line;
  const linkStart = line.start + match.index + before.length;
  // A link's text wrapped in a quote goes on after the quote's markers.
  const link = { url: match[4], text: match[3].replace(/[*_`]/g, '').replace(/\n[ \t]*(?:>[ \t]?)+/g, '\n'), start: linkStart, end: line.start + match.index + match[0].length };
  // A few words before a link still lead to it; a sentence does not (remarkLines.ts leadingLink).
  const wordsBefore = before.replace(/^[\s>#*_+\-–~|]*(\[[ xX]\]\s*)?/, '').replace(/[*_]/g, '');
  return { ...line, firstLink: link, ...(wordsBefore.trim().length <= maxWordsBeforeLeadingLink && { leadingLink: link }) };
}

/** The columns of a line's leading spaces and tabs, a tab reaching the next multiple of four (CommonMark). */
export function indentOf(text: string): number {
  let column = 0;
  // By index, not `for…of`: a string's iterator costs every line of a cold start's first reading.
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code !== 32 && code !== 9) break;
    column = nextColumn(column, code);
  }
  return column;
}

/**
 * The column a list item's content starts at, its marker ending at `markerEnd` in `line` and its
 * text starting at `textStart`: past the 1 to 4 columns of spaces and tabs between, or 1 past the
 * marker where there are more (its content then opens with code) or no text follows (CommonMark).
 */
export function itemContentColumn(line: string, markerEnd: number, textStart: number): number {
  const markerColumn = columnAt(line, markerEnd);
  const gap = columnAt(line, textStart) - markerColumn;
  return markerColumn + (textStart < line.length && gap >= 1 && gap <= 4 ? gap : 1);
}

/** The column at offset `end` of a line: its offset, unless a tab stands before it. */
function columnAt(line: string, end: number): number {
  if (end === 0 || line.lastIndexOf('\t', end - 1) < 0) return end;
  let column = 0;
  for (let at = 0; at < end; at++) column = nextColumn(column, line.charCodeAt(at));
  return column;
}

function nextColumn(column: number, code: number): number {
  return code === 9 ? column + 4 - (column % 4) : column + 1;
}
