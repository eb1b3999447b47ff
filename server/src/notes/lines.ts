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
