import { htmlBlockNames, htmlRawNames } from 'micromark-util-html-tag-name';
import { emptyCatalog, type CatalogIndex } from './catalog';
import { boldLineText } from './headingLine';
import { indentOf, itemContentColumn, leadingLinkPattern, leadsIntoPage, maxWrappedLineLength, maxWrappedLinkLines, textLine, withLeadingLink, type LineLink, type SourceLine } from './lines';
import { plainMarkerText } from './markers';
import { NotesReader, type ListReading, type ResumeAt } from './notesReader';
import { plainMarkup, readOpener, type OpenerCandidate } from './openers';
import type { ParseOptions } from './parse';
import { isTemplateText, mayBeTemplateText } from './placeholders';
import { SourceMap } from './source';
import { cellCount, isDelimiterRow } from './tableRow';
import { ContentsLists } from './textContents';
import { fencedCode, indentedCode, inTextOrder, ParagraphCode, stripColumns } from './textCode';
import type { CodeSpan, NotesModel, Placeholder } from './types';

/**
 * The text line source: hands the notes reader the lines of a document read without remark, for
 * unopened files and texts over the read budget. It approximates from each line's marks what a parse
 * knows (quotes, lists and their items, lazy lines, code, HTML and tables); the rules are the
 * reader's. It reads about fifty times faster than remark parses, which is what lets a workspace of
 * a thousand notes files be indexed in seconds.
 */
export function readNotesFromLines(text: string, options: ParseOptions = {}): NotesModel {
  return new TextLineSource(text, options.catalog ?? emptyCatalog, options.resume).read();
}

/** A fence opens a code block; a backtick fence's info string holds no backtick. */
const fenceOpen = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
const setextUnderline = /^ {0,3}(?:=+|-+)[ \t]*$/;
/** Nothing but spaces, tabs and quote markers. */
const blankLine = /^[ \t>]*$/;
/** Blank as CommonMark means it: spaces and tabs only (JavaScript's trim takes a byte order mark too). */
const spacesOnly = /^[ \t]*$/;
const quotePrefix = /^(?:[ \t]{0,3}>[ \t]?)+/;
const itemMarker = /^([ \t]*)([-*+]|(\d{1,9})[.)])([ \t]+|$)/;
const thematicBreak = /^ {0,3}([-*_])[ \t]*(\1[ \t]*){2,}$/;
/** CommonMark's link definition on one line: a label of at most 999 characters with no bracket unescaped (a scan never runs on). */
const linkDefinition = /^ {0,3}\[((?:[^[\]\\]|\\.){1,999})\]:[ \t]*(?:<[^>\n]*>|[^\s<]\S*)(?:[ \t]+(?:"[^"]*"|'[^']*'|\([^)]*\)))?[ \t]*$/;
/** HTML that starts a block of its own and may interrupt a paragraph: CommonMark's kinds 1 to 6 (a tag alone on its line, kind 7, is htmlAloneTag). */
function startsHtmlBlock(raw: string): boolean {
  return htmlBlockStart(raw) !== undefined;
}
/**
 * An opener (a comment, CDATA, a declaration, an instruction) or a tag's whole name, ended as
 * micromark ends it (a space, a tab, `>`, `/>` or the line: `<pre\u00a0class>` is text). The names
 * are looked up rather than written into the pattern with its `i` flag, whose fifty names cost a
 * millisecond to compile at every start; they are remark's own lists, so both line sources tell the
 * same blocks.
 */
const htmlTagStart = /^ {0,3}<(?:(!--|!\[CDATA\[|![a-zA-Z]|\?)|(\/?)([a-zA-Z][a-zA-Z0-9]*)(?=[ \t>]|\/>|$))/;
const blockTagNames = new Set(htmlBlockNames);
const rawTagNames = new Set(htmlRawNames);
const commentClosing = /-->/;
const instructionClosing = /\?>/;
const cdataClosing = /\]\]>/;
const declarationClosing = />/;
/** Any of the four closes any of them, as CommonMark says; four names cost the `i` flag little. */
const rawTagClosing = new RegExp(`</(?:${htmlRawNames.join('|')})>`, 'i');

/** A block of HTML: the pattern of its closing, looked for on its first line from `from` (kinds 1 to 5); none, a blank line ends it. */
interface HtmlBlock {
  closing?: RegExp;
  from: number;
}

/**
 * The block of HTML a line starts (CommonMark's kinds 1 to 6). Kinds 1 to 5 run on over blank
 * lines to the line holding their closing: its pattern, looked for on the first line from `from`
 * (after the opener), then on each line. Kind 6 has none: a blank line ends it.
 */
function htmlBlockStart(raw: string): HtmlBlock | undefined {
  const tag = htmlTagStart.exec(raw);
  if (!tag) return undefined;
  const end = tag[0].length;
  // A closing may share its opener's last marks, as micromark reads them: `<!-->`, `<!--->` and `<?>` are whole.
  if (tag[1] === '!--') return { closing: commentClosing, from: end - 2 };
  if (tag[1] === '?') return { closing: instructionClosing, from: end - 1 };
  if (tag[1] === '![CDATA[') return { closing: cdataClosing, from: end };
  if (tag[1] !== undefined) return { closing: declarationClosing, from: end };
  const name = tag[3].toLowerCase();
  // `</pre>` and `<pre/>` are tags like any other: only an opening tag's name ended by a space, a tab, `>` or the line keeps blank lines in.
  if (rawTagNames.has(name)) return tag[2] === '' && raw[end] !== '/' ? { closing: rawTagClosing, from: end } : undefined;
  return blockTagNames.has(name) ? { from: end } : undefined;
}
/** A complete open or closing tag alone on its line (CommonMark's kind 7), by its grammar: `<Week 2>` and `</x y>` are text. */
const tagAttribute = String.raw`[ \t]+[a-zA-Z_:][a-zA-Z0-9_.:-]*(?:[ \t]*=[ \t]*(?:[^ \t"'=<>\`/]+|'[^']*'|"[^"]*"))?`;
const htmlAloneTag = new RegExp(String.raw`^ {0,3}(?:<[a-zA-Z][a-zA-Z0-9-]*(?:${tagAttribute})*[ \t]*\/?>|<\/[a-zA-Z][a-zA-Z0-9-]*[ \t]*>)[ \t]*$`);
/** A list item's text that starts with HTML: at an item's start no paragraph is open, so a tag alone on its line starts a block too. */
function startsWithHtml(text: string): boolean {
  return startsHtmlBlock(text) || htmlAloneTag.test(text);
}
/**
 * A line that ends a table as GFM reads it: one that begins another block (a heading, a quote, a
 * list item, a fence, a rule, HTML), or indented code. Any other line is one more row.
 */
function endsTable(raw: string): boolean {
  if (indentOf(raw) >= 4 || fenceOpen.test(raw) || quotePrefix.test(raw) || itemMarker.test(raw) || thematicBreak.test(raw)) return true;
  return readAtxHeading(raw) !== undefined || startsHtmlBlock(raw) || htmlAloneTag.test(raw) || /^ {0,3}<[?!]/.test(raw);
}

/** Where the pattern looks for a link's `[`: after at most 40 characters and an image's `!`. */
const maxLinkLead = 41;
/** Lists nest under level items; deeper than this, lines are read as notes (a hostile text nests without end). */
const maxListDepth = 4;

/** The quote, list and marks of one line. */
interface LineShape {
  quoteDepth: number;
  /** The line without its quote markers. */
  content: string;
  /** Where `content` starts in the line. */
  contentAt: number;
  indent: number;
  item?: { marker: string; ordinal?: number; contentIndent: number; text: string; textAt: number };
}

function shapeOf(raw: string): LineShape {
  const quote = quotePrefix.exec(raw)?.[0] ?? '';
  const content = raw.slice(quote.length);
  const quoteDepth = quote === '' ? 0 : quote.split('>').length - 1;
  const indent = indentOf(content);
  const item = itemMarker.exec(content);
  if (!item || thematicBreak.test(content)) return { quoteDepth, content, contentAt: quote.length, indent };
  const textAt = item[0].length;
  const marker = item[3] !== undefined ? item[2].slice(-1) : item[2];
  return { quoteDepth, content, contentAt: quote.length, indent, item: { marker, ordinal: item[3] !== undefined ? Number(item[3]) : undefined, contentIndent: itemContentColumn(content, item[1].length + item[2].length, textAt), text: content.slice(textAt), textAt: quote.length + textAt } };
}

/** A line whose `>` marks no quote of the lines around it: read whole, as text or code, no item. */
function unquoted(raw: string, indent: number): LineShape {
  return { quoteDepth: 0, content: raw, contentAt: 0, indent };
}

/**
 * A list marker four columns or more past where its container's content starts marks no item (the
 * line is code, or goes on with a paragraph), as CommonMark reads `\t- notes` under ` 12. Title`.
 */
function asText(shape: LineShape, containerIndent: number): LineShape {
  return shape.item && shape.indent >= containerIndent + 4 ? { ...shape, item: undefined } : shape;
}

/** The link to a heading that a contents list's item leads with, its text wrapped over lines as remark gives it (`[Docker` over `  Intro](#docker)`). */
function contentsLink({ start, raw }: Pick<SourceLine, 'start' | 'raw'>): LineLink | undefined {
  const match = leadingLinkPattern.exec(raw);
  if (!match || match[2] !== '') return undefined;
  return { url: match[4], text: match[3].split(/[ \t]*\n[ \t]*/).map(plainMarkup).join('\n'), start: start + match.index + match[1].length, end: start + match.index + match[0].length };
}

function isLinkDefinition(raw: string): boolean {
  const label = linkDefinition.exec(raw)?.[1];
  return label !== undefined && label.trim() !== '';
}

/** A list being read: its items, and the role the reader gave the item the lines now stand in. */
interface ListFrame {
  /** Where the content of its item read last starts: each item has its own (` 12. ` after `11. `). */
  contentIndent: number;
  marker: string;
  reading: ListReading<number>;
  role: 'level' | 'module' | 'notes' | 'contents';
  /** The item's first paragraph is still going on (no blank line since the item line). */
  leadOpen: boolean;
}

class TextLineSource {
  private readonly source: SourceMap;
  private readonly reader: NotesReader<number>;
  private readonly placeholders: Placeholder[] = [];
  private readonly code: CodeSpan[] = [];
  private readonly lists: ListFrame[] = [];
  /** Each item's line and opener, read once when its list's facts were gathered. */
  private readonly itemLines = new Map<number, { line: SourceLine; candidate: OpenerCandidate | undefined }>();
  /** A number for each quote and list, so the reader can tell siblings apart. */
  private containers = 0;
  private quote?: { id: number; depth: number };
  /**
   * The last list item read in a quote: where its content starts, its quote, and whether its text
   * goes on (a line under it at the quote's margin is more of it). The quote's lists are its notes;
   * a tag right under an item still ends or goes on with it as remark reads it.
   */
  private quotedItem?: { marker: string; contentIndent: number; quote: number; textOpen: boolean };
  /** The index in its paragraph of the last line of paragraph text, while the paragraph goes on. */
  private paragraphIndex?: number;
  /** The paragraph that goes on is a quote's. */
  private paragraphQuoted = false;
  private blankBefore = true;
  /** In an item's notes: where each list item in them stands and where its content starts, the innermost last. */
  private readonly notesItems: { indent: number; contentIndent: number }[] = [];
  /** In an item's notes: a paragraph goes on, which an indented line continues rather than opens code. */
  private notesTextOpen = false;
  /** In an item's notes: a paragraph goes on, which a line at the margin continues lazily (a block of HTML or a rule takes no lazy line). */
  private notesParagraph = false;
  /**
   * Indented code was read last, blank lines aside: it may go on past them, so micromark reads the
   * next line as interrupting it, and `4.` or an empty item there opens no list.
   */
  private codeGoesOn = false;
  private readonly spans: ParagraphCode;
  private readonly contents: ContentsLists<ListFrame>;

  constructor(text: string, catalog: CatalogIndex, resume?: ResumeAt) {
    this.source = new SourceMap(text);
    this.reader = new NotesReader(this.source, catalog, resume);
    this.spans = new ParagraphCode(this.source.lines);
    this.contents = new ContentsLists(this.source.lines);
  }

  read(): NotesModel {
    const lines = this.source.lines;
    for (let line = 0; line < lines.lineCount; line++) line = this.readLine(line);
    this.spans.end();
    return this.reader.finish({ placeholders: this.placeholders, tablesOfContents: this.contents.tables(), code: inTextOrder(this.code, this.spans.spans) });
  }

  /** Reads the block that starts at `line`; returns the last line it took. */
  private readLine(line: number): number {
    const raw = this.source.lines.lineText(line);
    const start = this.source.lines.lineStart(line);
    // A blank line outside code and comments only ends a paragraph: most lines of a huge text are.
    if (blankLine.test(raw)) {
      this.endParagraph();
      if (!raw.includes('>')) this.quote = undefined;
      if (this.quotedItem) this.quotedItem.textOpen = false;
      for (const list of this.lists) list.leadOpen = false;
      this.notesTextOpen = false;
      this.notesParagraph = false;
      this.blankBefore = true;
      return line;
    }
    const shape = this.unquotedPastContainer(shapeOf(raw), raw);
    const blankBefore = this.blankBefore;
    this.blankBefore = false;
    const codeAbove = this.codeGoesOn;
    this.codeGoesOn = false;
    if (this.reader.inSummary && !(shape.quoteDepth === 0 && readAtxHeading(raw))) return this.readSummaryLine(line, start, raw, shape);
    if (shape.quoteDepth > 0) return this.readQuoteLine(line, start, raw, shape);
    // `    - changed` under a quote's text: four columns in, no item but the quote's text going on.
    if (this.quote && this.paragraphQuoted && this.paragraphIndex !== undefined && this.continuesLazily(asText(shape, 0))) {
      if (this.isLazyHtml(shape, 0)) return this.readQuotedHtml(line, this.quote.depth, undefined);
      // A line with no `>` of its own right under a quote's text continues the quote lazily.
      this.paragraphIndex++;
      this.spans.add(start, start + raw.length);
      // Lazy as remark tells it: `\t> text`, four columns in, goes on with the quote but starts with its `>`.
      this.reader.paragraphLine(this.lineAt(start, raw), { index: this.paragraphIndex, quote: this.quote.id, lazy: !/^\s*>/.test(raw), single: false });
      return line;
    }
    // A line with no `>` right under a quoted item's text goes on with that text lazily.
    if (this.quotedItem?.textOpen && this.quotedItem.quote === this.quote?.id && this.continuesLazily(asText(shape, 0))) return this.readQuotedItemLine(line, start, raw, shape);
    this.quote = undefined;
    if (this.lists.length > 0) {
      const taken = this.readInList(line, start, raw, shape, blankBefore);
      if (taken !== undefined) return taken;
    }
    return this.readBlock(line, start, raw, shape, codeAbove);
  }

  /** Under a summary heading every block is notes; its lines only lend modules their times. */
  private readSummaryLine(line: number, start: number, raw: string, shape: LineShape): number {
    this.lists.length = 0;
    if (fenceOpen.test(shape.content)) return this.readFence(line, shape.content, shape.quoteDepth);
    const text = shape.item?.text ?? shape.content.trimStart();
    const textStart = start + raw.length - text.length;
    this.spans.line(textStart, start + raw.length);
    if (shape.quoteDepth === 0) this.reader.summaryLine(this.lineAt(textStart, text));
    this.reader.notes(textStart, start + raw.length);
    return line;
  }

  // ---- quotes

  /** Four columns into its container a `>` marks no quote: the line is text going on, or code (`\t> Framework and Interfaces`). */
  private unquotedPastContainer(shape: LineShape, raw: string): LineShape {
    if (shape.quoteDepth === 0) return shape;
    const indent = indentOf(raw);
    return indent - this.reachedIndent(indent, this.lists.length) >= 4 ? unquoted(raw, indent) : shape;
  }

  /**
   * A quote stands in the list items it is indented into and ends the others. In a module's or a
   * notes item it is a block of the item's notes, as remark reads it; under a level, or at the
   * margin, its lines are read.
   */
  private readQuoteLine(line: number, start: number, raw: string, shape: LineShape): number {
    const indent = indentOf(raw);
    while (this.lists.length > 0 && indent < this.lists[this.lists.length - 1].contentIndent) this.lists.pop();
    const list = this.lists[this.lists.length - 1];
    if (list && list.role !== 'level') return this.readItemLine(line, start, raw, unquoted(raw, indent), list, false);
    return this.readQuoted(line, start, raw, shape);
  }

  private readQuoted(line: number, start: number, raw: string, shape: LineShape): number {
    if (!this.quote || this.quote.depth !== shape.quoteDepth) {
      this.quote = { id: ++this.containers, depth: shape.quoteDepth };
      this.endParagraph();
    }
    const contentStart = start + shape.contentAt;
    const paragraphOpen = this.paragraphQuoted && this.paragraphIndex !== undefined;
    const itemText = this.quotedItem?.quote === this.quote.id && this.quotedItem.textOpen ? this.quotedItem : undefined;
    // A list item's text ends at a fence or a block of HTML (which takes no lazy line).
    if (fenceOpen.test(shape.content)) {
      this.endQuotedItemText(shape);
      return this.readFence(line, shape.content, shape.quoteDepth);
    }
    const html = htmlBlockStart(shape.content);
    // A tag alone starts a block where it interrupts no paragraph: indented into the item above it, it goes on with the item's text; less, lazily, it is a block in that item, which it leaves with the line.
    const inItemText = itemText !== undefined && shape.indent >= itemText.contentIndent;
    if (html || (!paragraphOpen && !inItemText && htmlAloneTag.test(shape.content))) {
      this.notePlaceholder(contentStart, shape.content);
      this.endQuotedItemText(shape);
      return this.readQuotedHtml(line, shape.quoteDepth, html, !html && itemText !== undefined);
    }
    if (this.inQuotedItem(shape)) return this.readQuotedItemLine(line, start, raw, shape);
    // `> 2. bar` right under the quote's text goes on with it: it opens no list (CommonMark).
    const block = this.interruptsNothing(shape, paragraphOpen);
    if (block.indent >= 4 && !paragraphOpen) {
      this.quotedItem = undefined;
      return this.readQuotedCode(line, block.quoteDepth);
    }
    const nextItem = block.item !== undefined && this.quotedItem?.quote === this.quote.id && this.quotedItem.marker === block.item.marker;
    this.quotedItem = block.item && { marker: block.item.marker, contentIndent: block.item.contentIndent, quote: this.quote.id, textOpen: !spacesOnly.test(block.item.text) };
    if (block.item || thematicBreak.test(block.content)) {
      // A list in a quote is the quote's notes, one block to remark's reading.
      this.notePlaceholder(contentStart + (block.item?.textAt ?? 0) - block.contentAt, block.item?.text ?? block.content);
      this.endParagraph();
      if (block.item) this.spans.line(start + block.item.textAt, start + raw.length);
      if (nextItem) this.reader.moreNotes(contentStart, start + raw.length);
      else this.reader.notes(contentStart, start + raw.length);
      return line;
    }
    this.notePlaceholder(contentStart, shape.content);
    const heading = readAtxHeading(shape.content);
    if (heading) {
      // A heading in a quote is a heading, as remark reads it (`> ## Area 1: Docker`).
      const bare = shape.content.trimStart();
      this.readHeading(start + raw.length - bare.length, bare, heading);
      return line;
    }
    const content = this.lineAt(contentStart, shape.content, shape.quoteDepth);
    const last = this.lastLineOf(content, line);
    const index = this.paragraphQuoted && this.paragraphIndex !== undefined ? this.paragraphIndex + 1 : 0;
    this.paragraphText(index, contentStart, last);
    this.paragraphIndex = index;
    this.paragraphQuoted = true;
    this.reader.paragraphLine(content, { index, quote: this.quote.id, lazy: false, single: index === 0 && !this.paragraphGoesOn(last) });
    // Text over `> ===` is a setext heading, read as the paragraph it is: the underline ends it.
    if (index > 0 && setextUnderline.test(shape.content)) this.endParagraph();
    return last;
  }

  /** A block that ends the quoted item's text: in the item (indented into it) the item goes on, else the list ends. */
  private endQuotedItemText(shape: LineShape): void {
    if (this.quotedItem && shape.indent >= this.quotedItem.contentIndent) this.quotedItem.textOpen = false;
    else this.quotedItem = undefined;
  }

  /** A line of the quote's list item above: indented into it, or at the quote's margin right under its text (lazily). */
  private inQuotedItem(shape: LineShape): boolean {
    const item = this.quotedItem;
    if (!item || item.quote !== this.quote?.id) return false;
    if (shape.indent >= item.contentIndent) return true;
    return item.textOpen && this.continuesLazily({ ...shape, quoteDepth: 0 });
  }

  /** More of a quoted list item: more of the quote's notes, the one block remark's reading hands over for its list. */
  private readQuotedItemLine(line: number, start: number, raw: string, shape: LineShape): number {
    const item = this.quotedItem as NonNullable<typeof this.quotedItem>;
    const text = shape.content.trimStart();
    const textStart = start + raw.length - text.length;
    const lazy = shape.quoteDepth === 0 || shape.indent < item.contentIndent;
    // Under the item's text, a line four columns in goes on with it; past a blank line it is code. A lazy tag alone starts a block of HTML (micromark).
    const code = !item.textOpen && shape.indent - item.contentIndent >= 4;
    item.textOpen = !code && !readAtxHeading(text) && !this.startsBlock(text) && !setextUnderline.test(text) && !(lazy && htmlAloneTag.test(text));
    this.endParagraph();
    this.notePlaceholder(textStart, text);
    this.spans.line(textStart, start + raw.length);
    this.reader.moreNotes(start + shape.contentAt, start + raw.length);
    return line;
  }

  /** Indented code in a quote: on over the quote's lines four columns in and the blank lines between them. */
  private readQuotedCode(first: number, depth: number): number {
    const lines = this.source.lines;
    let last = first;
    for (let next = first + 1; next < lines.lineCount; next++) {
      const shape = shapeOf(lines.lineText(next));
      if (shape.quoteDepth !== depth) break;
      if (shape.indent >= 4) last = next;
      else if (!spacesOnly.test(shape.content)) break;
    }
    this.endParagraph();
    this.code.push(indentedCode(lines, first, last, 0, depth));
    for (let line = first; line <= last; line++) this.reader.notes(lines.lineStart(line), lines.lineEnd(line));
    return last;
  }

  // ---- lists

  /** A line while a list is open: an item, an item's own lines, or the line that ends the list. */
  private readInList(line: number, start: number, raw: string, shape: LineShape, blankBefore: boolean): number | undefined {
    while (this.lists.length > 0) {
      const list = this.lists[this.lists.length - 1];
      const inside = shape.indent >= list.contentIndent;
      const outside = inside ? shape : asText(shape, this.reachedIndent(shape.indent, this.lists.length - 1));
      const item = outside.item;
      if (item && shape.indent >= this.containerIndent(this.lists.length - 1) && !inside) {
        if (item.marker !== list.marker) {
          this.lists.pop();
          continue;
        }
        return this.readItem(line, start, raw, shape, list);
      }
      const goesOn = !inside && !item && !blankBefore && this.continuesLazily(outside);
      if (goesOn && this.startsLazyHtml(list, shape)) return this.readLazyHtml(line);
      // A lazy line of a paragraph in a module's or a notes item's notes is more of those notes.
      const inNotes = goesOn && !list.leadOpen && this.notesParagraph && (list.role === 'module' || list.role === 'notes');
      if (inside || inNotes) return this.readItemLine(line, start, raw, outside, list, false);
      if (goesOn && list.leadOpen) return this.readItemLine(line, start, raw, outside, list, true);
      this.lists.pop();
    }
    return undefined;
  }

  /**
   * A tag alone on a line that would go on lazily with a paragraph (under an item's or a quote's
   * text, less indented than its content): CommonMark reads it as the paragraph's, but micromark,
   * and so remark, starts a block of HTML there, in the item or quote, which ends the paragraph.
   */
  private isLazyHtml(shape: LineShape, containerIndent: number): boolean {
    return shape.indent - containerIndent < 4 && htmlAloneTag.test(shape.content.trimStart());
  }

  /** A lazy line of the paragraph that goes on in the item (its first, or one under a level item) starts a block of HTML. */
  private startsLazyHtml(list: ListFrame, shape: LineShape): boolean {
    const paragraphOpen = list.leadOpen || (list.role === 'level' && this.paragraphIndex !== undefined && !this.paragraphQuoted);
    return paragraphOpen && list.role !== 'contents' && this.isLazyHtml(shape, this.reachedIndent(shape.indent, this.lists.length - 1));
  }

  /** The block of HTML a lazy line starts in an item: on over the lines inside the item, to a blank line. */
  private readLazyHtml(line: number): number {
    this.endParagraph();
    for (const list of this.lists) list.leadOpen = false;
    this.notesTextOpen = false;
    this.notesParagraph = false;
    return this.readHtml(line, undefined);
  }

  /**
   * A block of HTML in a quote (a lazy line's too), notes: on over the quote's lines to the one
   * holding its closing, or else to a blank line. A line without the quote's `>` ends it, as HTML
   * has no lazy lines.
   */
  private readQuotedHtml(first: number, depth: number, block: HtmlBlock | undefined, inItem = false): number {
    this.endParagraph();
    const lines = this.source.lines;
    if (inItem) {
      this.reader.notes(lines.lineStart(first), lines.lineEnd(first));
      return first;
    }
    const contentOf = (line: number): string => shapeOf(lines.lineText(line)).content;
    const closes = (line: number): boolean => block?.closing?.test(line === first ? contentOf(line).slice(block.from) : contentOf(line)) ?? false;
    let last = first;
    while (!closes(last) && last + 1 < lines.lineCount) {
      const next = shapeOf(lines.lineText(last + 1));
      if (next.quoteDepth < depth || (!block?.closing && spacesOnly.test(next.content))) break;
      last++;
    }
    this.reader.notes(lines.lineStart(first), lines.lineEnd(last));
    return last;
  }

  /** Where the content of the list item holding the list at `depth` starts: the margin for the outermost. */
  private containerIndent(depth: number): number {
    return depth > 0 ? this.lists[depth - 1].contentIndent : 0;
  }

  /**
   * Where the content of the deepest item holding the list at `depth` that a line indented `indent`
   * stands in starts: the margin for none. A marker is read there (` 12. Title` over `\t\t* First`
   * over `\t- Next`: `\t-` stands at the margin, four columns in, and goes on with `First`).
   */
  private reachedIndent(indent: number, depth: number): number {
    for (let at = depth - 1; at >= 0; at--) if (this.lists[at].contentIndent <= indent) return this.lists[at].contentIndent;
    return 0;
  }

  /** An item line: the first of a list is read with the facts of all its items. */
  private startList(line: number, start: number, raw: string, shape: LineShape): number {
    const item = shape.item as NonNullable<LineShape['item']>;
    const facts = this.listFacts(line, shape);
    const id = ++this.containers;
    const contents = facts.items.length > 0 && facts.items.every((fact) => fact.inPage);
    const reading = this.reader.readList({ container: id, items: facts.items, start: item.ordinal });
    const list: ListFrame = { contentIndent: item.contentIndent, marker: item.marker, reading, role: contents ? 'contents' : 'notes', leadOpen: true };
    this.lists.push(list);
    return this.readItem(line, start, raw, shape, list);
  }

  private readItem(line: number, start: number, raw: string, shape: LineShape, list: ListFrame): number {
    const item = shape.item as NonNullable<LineShape['item']>;
    this.endParagraph();
    list.contentIndent = item.contentIndent;
    const opensWithHtml = startsWithHtml(item.text);
    // An empty item has no paragraph for a lazy line to go on with, nor has one that starts with HTML.
    list.leadOpen = !spacesOnly.test(item.text) && !opensWithHtml;
    this.notesTextOpen = list.leadOpen;
    this.notesParagraph = false;
    this.notesItems.length = 0;
    const gathered = this.itemLines.get(start + item.textAt);
    this.itemLines.delete(start + item.textAt);
    this.itemPlaceholder(line, start, raw, shape);
    if (list.role === 'contents') {
      this.contents.line(list, start + shape.contentAt + (shape.content.length - shape.content.trimStart().length), start + raw.length, contentsLink(gathered?.line ?? { start: start + item.textAt, raw: item.text }));
      this.spans.line(start + item.textAt, start + raw.length);
      this.reader.extend(start + raw.length);
      return line;
    }
    if (opensWithHtml) {
      // Its first block is HTML, no paragraph: remark gives it no line to be a level or a module by,
      // and the lines inside the item go on with the HTML, as no paragraph of notes.
      list.role = 'notes';
      const block = htmlBlockStart(item.text);
      return this.readHtml(line, block && { ...block, from: block.from + item.textAt }, start + raw.length - raw.trimStart().length);
    }
    const lead = gathered ?? this.readItemLead(start + item.textAt, item.text);
    list.role = this.reader.listItem(lead.line, plainMarkup(item.text), lead.candidate, list.reading, item.ordinal);
    if (list.role === 'notes') this.reader.notes(start + shape.indent, lead.line.end);
    // `- ```aws`: the item's first block is a fence, read to its close as the item's notes.
    if (fenceOpen.test(item.text)) return this.readItemFence(line, start, item);
    const last = this.lastLineOf(lead.line, line);
    this.spans.add(start + item.textAt, this.source.lines.lineEnd(last));
    return last;
  }

  /** A line under an item: the item's notes, or, under a level item, blocks read as at the margin. */
  private readItemLine(line: number, start: number, raw: string, shape: LineShape, list: ListFrame, lazy: boolean): number {
    if (list.role === 'contents') {
      if (raw.trim() !== '') this.contents.line(list, start, start + raw.length);
      this.spans.line(start, start + raw.length);
      this.reader.extend(start + raw.length);
      return line;
    }
    if (list.role === 'level' && !lazy) {
      // Right under the item's text, as under a paragraph, `2.` or an empty item goes on with it.
      const inItem = this.interruptsNothing(asText(shape, list.contentIndent), list.leadOpen);
      if (inItem.item && this.lists.length < maxListDepth) {
        list.leadOpen = false;
        return this.startList(line, start, raw, inItem);
      }
      if (!inItem.item) return this.readLevelLine(line, start, raw, inItem, list);
    }
    const goesOn = lazy || this.notesTextOpen;
    const heading = isHeading(raw);
    if (!lazy) shape = this.notesLineShape(shape);
    const code = lazy ? undefined : this.readNotesCode(line, raw, shape, list, heading);
    if (code !== undefined) return code;
    const bare = raw.trimStart();
    if (!lazy && fenceOpen.test(bare)) return this.readFence(line, bare, 0, indentOf(raw));
    // `    - ```aws` in an item's notes: an item of a list in them, opening with a fence.
    if (shape.item && !lazy && fenceOpen.test(shape.item.text)) return this.readItemFence(line, start, shape.item);
    const lineStart = start + (raw.length - bare.length);
    this.notesText(bare, lineStart, goesOn && !shape.item, heading);
    // `  * **FILL ME IN**`: an item of a list in the notes; its text is what may be the template's, or it is a bare `- `.
    if (shape.item) this.itemPlaceholder(line, start, raw, shape);
    else this.notePlaceholder(lineStart, bare);
    if (list.role === 'module' && lazy) this.reader.notesLine(this.lineAt(lineStart, bare));
    // The time under a module's opener is looked for a block at a time, as remark's reading hands them over: a notes item is one block.
    else if (list.role === 'notes' || (list.role === 'module' && goesOn && !list.leadOpen && !shape.item && !heading && this.continuesNotesBlock(bare, line))) this.reader.moreNotes(lineStart, start + raw.length);
    else if (list.role !== 'level') this.reader.notes(lineStart, start + raw.length);
    return line;
  }

  /** A line in a level item, read as at the margin: any block but more text ends the item's own text. */
  private readLevelLine(line: number, start: number, raw: string, shape: LineShape, list: ListFrame): number {
    const last = this.readBlock(line, start, raw, shape);
    list.leadOpen &&= this.paragraphIndex !== undefined && !this.paragraphQuoted;
    return last;
  }

  /**
   * `3. Store System Information` over `\t- `: an empty item cannot interrupt a paragraph (CommonMark),
   * the line goes on with it; beside an item of a list in the notes it is that list's next item.
   */
  private notesLineShape(shape: LineShape): LineShape {
    if (!shape.item || !spacesOnly.test(shape.item.text) || !this.notesTextOpen) return shape;
    return this.notesItems.some((open) => open.indent === shape.indent) ? shape : { ...shape, item: undefined };
  }

  /**
   * `            [ec2-user ~]$ sudo yum update -y` after a blank line under `    * Update yum:` in an
   * item's notes: four columns past the content of the list item it stands in, code. Returns the
   * block's last line, or undefined for a line that is no code.
   */
  private readNotesCode(line: number, raw: string, shape: LineShape, list: ListFrame, heading: boolean): number | undefined {
    const indent = indentOf(raw);
    const items = this.notesItems;
    while (items.length > 0 && items[items.length - 1].contentIndent > indent) items.pop();
    const container = items[items.length - 1]?.contentIndent ?? list.contentIndent;
    if (this.notesTextOpen || indent < container + 4) {
      const { item } = shape;
      if (item) items.push({ indent: shape.indent, contentIndent: item.contentIndent });
      this.notesTextOpen = item ? !spacesOnly.test(item.text) : !heading;
      this.notesParagraph = this.paragraphAfter(item?.text ?? raw.trimStart(), heading, item !== undefined);
      return undefined;
    }
    this.notesParagraph = false;
    const lines = this.source.lines;
    let last = line;
    for (let next = line + 1; next < lines.lineCount; next++) {
      const text = lines.lineText(next);
      if (indentOf(text) >= container + 4) last = next;
      else if (!spacesOnly.test(text)) break;
    }
    this.code.push(indentedCode(lines, line, last, container));
    if (list.role === 'notes') this.reader.moreNotes(lines.lineStart(line) + indent, lines.lineEnd(last));
    else if (list.role !== 'level') this.reader.notes(lines.lineStart(line) + indent, lines.lineEnd(last));
    return last;
  }

  /** Whether a paragraph of the notes goes on after a line: a tag alone starts a block where none went on, and interrupts none. */
  private paragraphAfter(text: string, heading: boolean, item: boolean): boolean {
    if (heading || spacesOnly.test(text) || startsHtmlBlock(text) || thematicBreak.test(text)) return false;
    return (this.notesParagraph && !item) || !htmlAloneTag.test(text);
  }

  /**
   * A line of an item's notes (`text`, line `line`) goes on with the block above it: a quote's next
   * line, a block of HTML's, a paragraph's. A quote, a rule, a fence or HTML starts a block, and so
   * does the line under a rule, a link's definition or a setext heading's underline.
   */
  private continuesNotesBlock(text: string, line: number): boolean {
    const lines = this.source.lines;
    const above = lines.lineText(line - 1);
    const bareAbove = above.trimStart();
    if (text.startsWith('>')) return bareAbove.startsWith('>');
    if (this.startsBlock(text) || thematicBreak.test(bareAbove) || isLinkDefinition(bareAbove)) return false;
    if (!setextUnderline.test(bareAbove) || line < 2) return true;
    // `===` under an item's text, less indented than its content, is a lazy line of it, not an underline.
    const item = shapeOf(lines.lineText(line - 2)).item;
    return item !== undefined && item.contentIndent > indentOf(above);
  }

  private readItemLead(start: number, text: string): { line: SourceLine; candidate: OpenerCandidate | undefined } {
    const line = this.lineAt(start, text, 0);
    return { line, candidate: readOpener(line, this.source) };
  }

  /** What the reader asks of a list before its first item: each item's opener and whether notes follow it. */
  private listFacts(first: number, firstShape: LineShape): { items: { candidate: OpenerCandidate | undefined; hasOwnNotes: boolean; inPage: boolean }[] } {
    const lines = this.source.lines;
    const head = firstShape.item as NonNullable<LineShape['item']>;
    let contentIndent = head.contentIndent;
    const items: { candidate: OpenerCandidate | undefined; hasOwnNotes: boolean; inPage: boolean }[] = [];
    let blank = false;
    for (let line = first; line < lines.lineCount; line++) {
      const raw = lines.lineText(line);
      if (blankLine.test(raw)) {
        blank = true;
        continue;
      }
      const lineShape = shapeOf(raw);
      // A quote indented into the item is a block of it; any other ends the list.
      if (lineShape.quoteDepth > 0 && indentOf(raw) < contentIndent) break;
      const inside = lineShape.indent >= contentIndent || lineShape.quoteDepth > 0;
      const shape = inside ? lineShape : asText(lineShape, this.reachedIndent(lineShape.indent, this.lists.length));
      const item = shape.item;
      if (item && shape.indent >= this.containerIndent(this.lists.length) && !inside) {
        if (item.marker !== head.marker) break;
        contentIndent = item.contentIndent;
        const start = lines.lineStart(line) + item.textAt;
        const read = this.readItemLead(start, item.text);
        this.itemLines.set(start, read);
        items.push({ candidate: startsWithHtml(item.text) ? undefined : read.candidate, hasOwnNotes: false, inPage: leadsIntoPage(read.line.raw) });
        blank = false;
        line = this.lastLineOf(read.line, line);
        continue;
      }
      if (!inside && (blank || !this.continuesLazily(shape))) break;
      const last = items[items.length - 1];
      if (last) last.hasOwnNotes = true;
      // After a lazy line's block of HTML no paragraph goes on: the next line at the margin ends the list.
      blank = !inside && this.isLazyHtml(shape, this.reachedIndent(shape.indent, this.lists.length));
    }
    return { items };
  }

  // ---- blocks at the margin

  private readBlock(line: number, start: number, raw: string, lineShape: LineShape, codeAbove = false): number {
    const shape = this.interruptsNothing(asText(lineShape, this.containerIndent(this.lists.length)), codeAbove);
    if (shape.item && this.lists.length < maxListDepth) return this.startList(line, start, raw, shape);
    const bare = raw.trimStart();
    const bareStart = start + (raw.length - bare.length);
    const heading = shape.indent < 4 ? readAtxHeading(raw) : undefined;
    if (heading) {
      this.readHeading(bareStart, bare, heading);
      return line;
    }
    if (this.paragraphIndex === undefined || this.paragraphQuoted) {
      const taken = this.readNonParagraph(line, start, raw, shape);
      if (taken !== undefined) return taken;
    } else if (!this.continuesParagraph(shape) || this.startsTable(line, raw)) {
      this.endParagraph();
      return this.readLine(line);
    }
    const index = this.paragraphIndex !== undefined && !this.paragraphQuoted ? this.paragraphIndex + 1 : 0;
    this.paragraphIndex = index;
    this.paragraphQuoted = false;
    this.notePlaceholder(bareStart, bare);
    const paragraphLine = this.lineAt(bareStart, bare, 0);
    const last = this.lastLineOf(paragraphLine, line);
    this.paragraphText(index, bareStart, last);
    const single = index === 0 && !this.paragraphGoesOn(last);
    if (this.reader.inSummary) {
      this.reader.summaryLine(paragraphLine);
      this.reader.notesLine(paragraphLine);
      return last;
    }
    if (single && this.readBoldTitle(last, paragraphLine)) return last;
    this.reader.paragraphLine(paragraphLine, { index, lazy: false, single });
    // Text over `====` or `----` is a setext heading, read as the paragraph it is (parse.ts visitHeading): the underline ends it.
    if (index > 0 && setextUnderline.test(raw)) this.endParagraph();
    return last;
  }

  /** An ATX heading, `text` its line from its first `#` on. */
  private readHeading(textStart: number, text: string, heading: { depth: number; text: string }): void {
    this.endParagraph();
    this.spans.line(textStart, textStart + text.length);
    this.reader.heading(heading.depth, this.lineAt(textStart, text), plainMarkup(heading.text).replace(/\\(.)/g, '$1'));
  }

  /**
   * `7. Configure …` right under a paragraph goes on with it: only a list from 1, with text,
   * interrupts one (CommonMark), nor any block above that goes on (`above`: indented code, an
   * item's text).
   */
  private interruptsNothing(shape: LineShape, above = false): LineShape {
    const opensNoList = shape.item && ((shape.item.ordinal !== undefined && shape.item.ordinal !== 1) || spacesOnly.test(shape.item.text));
    return opensNoList && ((this.paragraphIndex !== undefined && !this.paragraphQuoted) || above) ? { ...shape, item: undefined } : shape;
  }

  /** A block that is not a paragraph: code, HTML, a table or a rule. Returns undefined for a paragraph. */
  private readNonParagraph(line: number, start: number, raw: string, shape: LineShape): number | undefined {
    this.paragraphIndex = undefined;
    this.spans.end();
    const fence = fenceOpen.exec(raw);
    if (fence) return this.readFence(line, raw, 0);
    // Right under a level item's text, indented code and a tag alone go on with that text: they interrupt no paragraph.
    const itemText = this.lists[this.lists.length - 1]?.leadOpen ?? false;
    const container = this.containerIndent(this.lists.length);
    if (shape.indent - container >= 4 && !itemText) return this.readIndentedCode(line, start, raw, container);
    const html = htmlBlockStart(raw);
    if (html || (htmlAloneTag.test(raw) && !itemText)) return this.readHtml(line, html, undefined, true);
    // `[why]: https://…` defines a link for the text to use: no module, as remark reads it.
    if (thematicBreak.test(raw) || isLinkDefinition(raw)) {
      this.reader.notes(start, start + raw.length);
      return line;
    }
    if (this.startsTable(line, raw)) return this.readTable(line);
    return undefined;
  }

  /** A table's header: a delimiter row of as many cells under it (GFM). It interrupts a paragraph. */
  private startsTable(line: number, raw: string): boolean {
    const next = line + 1 < this.source.lines.lineCount ? this.source.lines.lineText(line + 1) : '';
    // ` - | - ` is a list item to GFM, which then holds no table.
    return raw.includes('|') && next.includes('|') && isDelimiterRow(next) && !endsTable(next) && cellCount(raw) === cellCount(next);
  }

  /** `\tBuild a Modern Web Application`: one indented line may be its writer's title; longer code is notes. */
  private readIndentedCode(first: number, start: number, raw: string, container: number): number {
    const lines = this.source.lines;
    let last = first;
    // Blank lines, however many, go on with the block where an indented line follows them.
    for (let next = first + 1; next < lines.lineCount; next++) {
      const text = lines.lineText(next);
      if (indentOf(text) >= container + 4) last = next;
      else if (!spacesOnly.test(text)) break;
    }
    this.code.push(indentedCode(lines, first, last, container));
    this.codeGoesOn = this.lists.length === 0;
    if (last === first && this.reader.isIndentedTitle(raw.trim())) {
      this.reader.paragraphLine(this.lineAt(start, raw), { index: 0, lazy: false, single: true });
      return first;
    }
    for (let line = first; line <= last; line++) this.reader.notes(lines.lineStart(line), lines.lineEnd(line));
    return last;
  }

  /** A table: up to a blank line or a line that begins another block; its header and delimiter row are notes, each row under them may be a module. */
  private readTable(first: number): number {
    const lines = this.source.lines;
    let last = first;
    while (last + 1 < lines.lineCount && !spacesOnly.test(lines.lineText(last + 1)) && !endsTable(lines.lineText(last + 1))) last++;
    for (let row = first; row <= last; row++) this.spans.line(lines.lineStart(row), lines.lineEnd(row));
    this.reader.tableHeader(textLine(lines.lineStart(first), lines.lineText(first)), lines.lineEnd(first + 1));
    for (let row = first + 2; row <= last; row++) this.reader.tableRow(textLine(lines.lineStart(row), lines.lineText(row)));
    return last;
  }

  /**
   * A block of HTML, notes: up to the line holding its closing (`block.closing`), or else up to a
   * blank line, and never past the item it stands in: HTML has no lazy lines, so a line indented
   * less than the item's content ends both.
   */
  private readHtml(first: number, block: HtmlBlock | undefined, from = this.source.lines.lineStart(first), ownBlock = false): number {
    const lines = this.source.lines;
    const within = this.containerIndent(this.lists.length);
    const closes = (line: number): boolean => block?.closing?.test(line === first ? lines.lineText(line).slice(block.from) : lines.lineText(line)) ?? false;
    let last = first;
    while (!closes(last) && last + 1 < lines.lineCount) {
      const next = lines.lineText(last + 1);
      const blank = spacesOnly.test(next);
      if (blank ? !block?.closing : indentOf(next) < within) break;
      last++;
    }
    // Blank lines before the line that left the item are not the block's.
    while (last > first && spacesOnly.test(lines.lineText(last))) last--;
    if (ownBlock) this.reader.html(from, lines.lineEnd(last));
    else this.reader.notes(from, lines.lineEnd(last));
    return last;
  }

  /** A fenced code block, ended by its closing fence or by leaving the quote or list it stands in. */
  private readFence(first: number, opening: string, quoteDepth: number, indent = 0, at?: number): number {
    const lines = this.source.lines;
    const fence = (fenceOpen.exec(opening) as RegExpExecArray)[1];
    const close = new RegExp(`^ {0,3}${fence[0] === '`' ? '`' : '~'}{${fence.length},}[ \\t]*$`);
    let last = first;
    let closed = false;
    // A line with no quote marker ends a quote and the block in it: the notes read on to the fence.
    let codeLast: number | undefined;
    while (last + 1 < lines.lineCount) {
      const raw = lines.lineText(last + 1);
      const shape = shapeOf(raw);
      if (!spacesOnly.test(raw) && (shape.quoteDepth < quoteDepth || (indent > 0 && indentOf(raw) < indent))) break;
      if (shape.quoteDepth < quoteDepth) codeLast ??= last;
      last++;
      if (close.test(stripColumns(shape.content, indent))) {
        closed = true;
        break;
      }
    }
    this.code.push(fencedCode(lines, first, codeLast ?? last, closed && codeLast === undefined, { quoteDepth, indent, at }));
    this.endParagraph();
    // The block ends the paragraph an item opened with: a line at the margin after it is no lazy line of the item.
    for (const list of this.lists) list.leadOpen = false;
    this.notesTextOpen = false;
    this.notesParagraph = false;
    this.reader.notes(lines.lineStart(first), lines.lineEnd(last));
    return last;
  }

  /** A fence that opens an item's content on the item's own line: its code starts where the item's content does. */
  private readItemFence(line: number, start: number, item: NonNullable<LineShape['item']>): number {
    return this.readFence(line, item.text, 0, item.contentIndent, start + item.textAt);
  }

  /** A bold line with a labelled time under the next blank: `**Kubernetes**` then `Time: 35min`. */
  private readBoldTitle(line: number, paragraphLine: SourceLine): boolean {
    const bold = boldLineText(paragraphLine.raw);
    if (bold === undefined) return false;
    const lines = this.source.lines;
    let below = line + 1;
    while (below < lines.lineCount && blankLine.test(lines.lineText(below))) below++;
    if (below >= lines.lineCount) return false;
    const next = lines.lineText(below);
    const shape = shapeOf(next);
    // The time must stand in the item the title stands in, as its next block: remark reads no further.
    const container = this.containerIndent(this.lists.length);
    if (shape.quoteDepth > 0 || shape.item || shape.indent < container || shape.indent - container >= 4 || readAtxHeading(next) || this.startsBlock(next)) return false;
    return this.reader.boldTitle(paragraphLine, plainMarkup(bold).trim(), next);
  }

  // ---- paragraphs

  private endParagraph(): void {
    this.paragraphIndex = undefined;
    this.paragraphQuoted = false;
    this.spans.end();
  }

  // ---- inline code

  /** A paragraph's line from `start` to the end of line `last` (a link's text may wrap onto it); the first line of a paragraph ends the one before. */
  private paragraphText(index: number, start: number, last: number): void {
    if (index === 0) this.spans.end();
    this.spans.add(start, this.source.lines.lineEnd(last));
  }

  /** A line of an item's notes, `text` from `start`: text that goes on with the paragraph above, or a paragraph, item or heading of its own. */
  private notesText(text: string, start: number, goesOn: boolean, heading: boolean): void {
    if (!goesOn || heading) this.spans.end();
    if (!startsHtmlBlock(text)) this.spans.add(start, start + text.length);
    if (heading) this.spans.end();
  }

  /** The next line goes on with the paragraph this line is in. */
  private paragraphGoesOn(line: number): boolean {
    if (line + 1 >= this.source.lines.lineCount) return false;
    const next = this.source.lines.lineText(line + 1);
    if (blankLine.test(next)) return false;
    const shape = shapeOf(next);
    // An underline makes the paragraph a setext heading: it is no more of its text.
    if (shape.quoteDepth > 0) return this.quote !== undefined && shape.quoteDepth === this.quote.depth && !shape.item && !setextUnderline.test(shape.content);
    if (!this.lists.length && !this.paragraphQuoted && setextUnderline.test(next)) return false;
    const goesOn = this.interruptsNothing(asText(shape, this.containerIndent(this.lists.length)));
    return this.paragraphQuoted ? this.continuesLazily(goesOn) && !this.isLazyHtml(shape, 0) : this.continuesParagraph(goesOn);
  }

  /** A line that does not start a block of its own continues the paragraph above it. */
  private continuesParagraph(shape: LineShape): boolean {
    if (shape.quoteDepth > 0 || shape.item) return false;
    return !readAtxHeading(shape.content) && !this.startsBlock(shape.content);
  }

  /** A lazy line (one outside the container of the paragraph above) goes on with it: `---` there underlines no heading, it is a rule. */
  private continuesLazily(shape: LineShape): boolean {
    return this.continuesParagraph(shape) && !thematicBreak.test(shape.content);
  }

  private startsBlock(text: string): boolean {
    return fenceOpen.test(text) || startsHtmlBlock(text) || (thematicBreak.test(text) && !/^ {0,3}-+[ \t]*$/.test(text));
  }

  // ---- lines

  /** An item's text may be template text, and an item with none is (`- `), unless its content starts on the line below (`6.` over `    a. docker …`). */
  private itemPlaceholder(line: number, start: number, raw: string, shape: LineShape): void {
    const item = shape.item as NonNullable<LineShape['item']>;
    this.notePlaceholder(start + item.textAt, item.text);
    if (!spacesOnly.test(item.text)) return;
    const below = line + 1 < this.source.lines.lineCount ? this.source.lines.lineText(line + 1) : '';
    // From the marker, in characters: a tab before it is one, however many columns it makes.
    if (spacesOnly.test(below) || indentOf(below) < item.contentIndent) this.placeholders.push({ text: raw.trim(), range: this.source.lines.range(start + raw.length - raw.trimStart().length, start + raw.length) });
  }

  private notePlaceholder(start: number, content: string): void {
    if (!mayBeTemplateText(content)) return;
    const plain = plainMarkerText(plainMarkup(content));
    if (isTemplateText(plain)) this.placeholders.push({ text: plain, range: this.source.lines.range(start, start + content.length) });
  }

  /**
   * The line as the reader takes it, with its leading link found by pattern rather than by a parse.
   * A paragraph's line (`wrappedIn`: in quotes that deep) takes the lines below it that its link's
   * text is wrapped onto.
   */
  private lineAt(start: number, raw: string, wrappedIn?: number): SourceLine {
    const match = leadingLinkPattern.exec(raw);
    const joined = match || wrappedIn === undefined ? undefined : this.wrappedLink(start, raw, wrappedIn);
    return joined ? withLeadingLink(joined.line, joined.match) : textLine(start, raw, match);
  }

  /**
   * `[AWS Tutorial: Deploy a Scalable Node.js Web` over `App](https://…) (45 min)`: notes wrapped at
   * a fixed width break a link's text where the paragraph goes on, and remark reads one link
   * (remarkLines.ts joinWrappedLinks). Matched on the source's own text, so its offsets stand.
   */
  private wrappedLink(start: number, raw: string, quoteDepth: number): { line: SourceLine; match: RegExpExecArray } | undefined {
    const open = raw.indexOf('[');
    if (open < 0 || open > maxLinkLead || raw.length > maxWrappedLineLength) return undefined;
    const { lines } = this.source;
    const first = lines.positionAt(start).line;
    for (let next = first + 1; next < Math.min(lines.lineCount, first + 1 + maxWrappedLinkLines); next++) {
      const nextRaw = lines.lineText(next);
      if (nextRaw.length > maxWrappedLineLength || blankLine.test(nextRaw) || !this.goesOnInQuote(shapeOf(nextRaw), quoteDepth)) return undefined;
      const end = lines.lineEnd(next);
      const text = lines.text.slice(start, end);
      const match = leadingLinkPattern.exec(text);
      if (match) return { line: { start, end, raw: text }, match };
    }
    return undefined;
  }

  /** A line under a paragraph in quotes that deep goes on with it: in them, or lazily with none. */
  private goesOnInQuote(shape: LineShape, quoteDepth: number): boolean {
    return shape.quoteDepth === quoteDepth ? this.continuesParagraph({ ...shape, quoteDepth: 0 }) : this.continuesLazily(shape);
  }

  /** The last line a line the reader takes spans: a wrapped link's takes the lines below it. */
  private lastLineOf(line: SourceLine, first: number): number {
    return line.end > this.source.lines.lineEnd(first) ? this.source.lines.positionAt(line.end).line : first;
  }
}

const isBlank = (char: string | undefined): boolean => char === ' ' || char === '\t';

/** An ATX heading however far in: `#` first after the indentation (most lines are not), then read. */
function isHeading(line: string): boolean {
  let at = 0;
  while (line.charCodeAt(at) === 32 || line.charCodeAt(at) === 9) at++;
  return line.charCodeAt(at) === 35 && readAtxHeading(line.slice(at)) !== undefined;
}

/**
 * `## Title ##`: the depth and the text of an ATX heading line (quote markers already gone), scanned
 * once from each end, so a heading line of 100,000 spaces costs what its length does.
 */

export function readAtxHeading(line: string): { depth: number; text: string } | undefined {
  let indent = 0;
  while (indent < 3 && line[indent] === ' ') indent++;
  let hashEnd = indent;
  while (line[hashEnd] === '#') hashEnd++;
  const depth = hashEnd - indent;
  if (depth === 0 || depth > 6 || (hashEnd < line.length && !isBlank(line[hashEnd]))) return undefined;
  let start = hashEnd;
  while (isBlank(line[start])) start++;
  let end = line.length;
  while (end > start && isBlank(line[end - 1])) end--;
  let hashes = end;
  while (hashes > start && line[hashes - 1] === '#') hashes--;
  // A closing run of `#` counts only after a blank that follows some text.
  if (hashes < end && hashes > start && isBlank(line[hashes - 1])) {
    end = hashes;
    while (end > start && isBlank(line[end - 1])) end--;
  }
  return { depth, text: line.slice(start, end) };
}
