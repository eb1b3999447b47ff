import type { Blockquote, Code, Heading, Html, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent, Table } from 'mdast';
import { remark } from 'remark';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';
import { emptyCatalog, type CatalogIndex } from './catalog';
import { collectCode } from './code';
import { boldLineText } from './headingLine';
import { indentOf, isInPageLink, itemContentColumn, leadsIntoPage, textLine, type SourceLine } from './lines';
import { linesOf, plainText, type RemarkLine } from './remarkLines';
import { capNesting } from './nesting';
import { NotesReader, type ResumeAt } from './notesReader';
import { plainMarkup, readOpener } from './openers';
import { findPlaceholders } from './placeholders';
import { SourceMap } from './source';
import type { NotesModel, TableOfContents } from './types';

export interface ParseOptions {
  /** Catalog modules are strong evidence that a line opens a module. */
  catalog?: CatalogIndex;
  /** An incremental read (incremental.ts): the reader starts afresh at this area heading. */
  resume?: ResumeAt;
}

/** A line from its text, as the line source hands it over: the reader then finds titles and times at the same columns from both. */
function withoutIndent(line: RemarkLine): RemarkLine {
  const indent = line.raw.length - line.raw.trimStart().length;
  return indent === 0 ? line : { ...line, start: line.start + indent, raw: line.raw.slice(indent) };
}

/**
 * GitHub's Markdown without its literal autolinks: openers read a literal address from the line
 * themselves (openers.ts), and finding them in the parse cost a third of its time (70 corpus notes:
 * 2.0 s with them, 1.35 s without).
 */
const markdown = remark()
  .data('micromarkExtensions', [gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem()])
  .data('fromMarkdownExtensions', [gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown(), gfmTableFromMarkdown(), gfmTaskListItemFromMarkdown()])
  .freeze();

/**
 * CommonMark reads NUL as U+FFFD; micromark does so one NUL at a time, in a chunk of its own
 * (2 MB of NUL: 1.5 s, replaced first 0.8 s). Replaced first, in one pass, the reading is the same.
 */
function replaceNul(text: string): string {
  return text.includes('\u0000') ? text.replaceAll('\u0000', '\ufffd') : text;
}

export function parseMarkdown(text: string): Root {
  return markdown.parse(text);
}

/** Reads a notes document into its roles. Never throws on any text: unknown shapes become notes. */
export function parseNotes(text: string, options: ParseOptions = {}): NotesModel {
  const source = new SourceMap(text);
  const tree = parseMarkdown(capNesting(replaceNul(text)));
  return new RemarkLineSource(source, options.catalog ?? emptyCatalog, options.resume).read(tree);
}

/**
 * The remark line source: walks the parse and hands the notes reader each heading, paragraph line,
 * list and block of notes, with what the parse knows of them (lists, quotes, lazy lines, setext).
 */
class RemarkLineSource {
  private readonly reader: NotesReader<Nodes>;
  private readonly tablesOfContents: TableOfContents[] = [];

  constructor(
    private readonly source: SourceMap,
    catalog: CatalogIndex,
    resume?: ResumeAt,
  ) {
    this.reader = new NotesReader(source, catalog, resume);
  }

  read(tree: Root): NotesModel {
    tree.children.forEach((block, index) => this.visitBlock(block, tree.children[index + 1]));
    return this.reader.finish({ placeholders: findPlaceholders(tree, this.source), tablesOfContents: this.tablesOfContents, code: collectCode(tree, this.source) });
  }

  private visitBlock(block: RootContent, next?: RootContent): void {
    if (this.reader.inSummary && block.type !== 'heading') {
      for (const line of summaryLines(block, this.source)) this.reader.summaryLine(line);
      return this.notes(block);
    }
    switch (block.type) {
      case 'heading':
        return this.visitHeading(block);
      case 'paragraph':
        if (this.readBoldTitle(block, next)) return;
        return this.visitParagraph(block);
      case 'list':
        return this.visitList(block);
      case 'blockquote':
        return this.visitBlockquote(block);
      case 'code':
        if (this.isIndentedTitle(block)) return this.visitParagraph({ type: 'paragraph', children: [{ type: 'text', value: block.value, position: block.position }], position: block.position });
        return this.notes(block);
      case 'table':
        return this.visitTable(block);
      case 'html':
        return this.visitHtml(block);
      default:
        return this.notes(block);
    }
  }

  /** The header and the delimiter row are notes; each row under them may be a module. Rows are read by their text, as by the line source. */
  private visitTable(table: Table): void {
    const lines = this.source.lines;
    const header = (table.position?.start.line ?? 1) - 1;
    this.reader.tableHeader(rowLine(header, this.source), lines.lineEnd(header + 1));
    for (const row of table.children.slice(1)) this.reader.tableRow(rowLine((row.position?.start.line ?? 1) - 1, this.source));
  }

  /** One tab-indented line is code to CommonMark; the reader decides whether it is a title. */
  private isIndentedTitle(code: Code): boolean {
    const span = this.source.span(code);
    if (!span || code.lang || code.value.includes('\n') || /^\s*(`{3}|~{3})/.test(this.source.text.slice(span.start, span.end))) return false;
    return this.reader.isIndentedTitle(code.value.trim());
  }

  private visitHeading(heading: Heading): void {
    const [line] = linesOf(heading, this.source);
    if (!line) return this.notes(heading);
    // Text over a `-----` rule is a setext heading to CommonMark but a paragraph and a separator to
    // its writer; a heading in a quote is read as the quote's text.
    if (!/^\s{0,3}#{1,6}(?:[ \t]|$)/.test(line.raw)) return this.visitParagraph({ type: 'paragraph', children: heading.children, position: heading.position }, undefined, true);
    this.reader.heading(heading.depth, line, plainText(heading.children));
  }

  /** `underlined`: a setext heading's, its last line the underline, no line of its text. */
  private visitParagraph(paragraph: Paragraph, quote?: Blockquote, underlined = false): void {
    const lines = linesOf(paragraph, this.source);
    const single = lines.length === (underlined ? 2 : 1);
    lines.forEach((line, index) => {
      // A line with no `>` of its own continues the quote's paragraph lazily.
      const lazy = quote !== undefined && index > 0 && !/^\s*>/.test(line.raw);
      this.reader.paragraphLine(line, { index, quote, lazy, single: single && index === 0 });
    });
  }

  private visitBlockquote(quote: Blockquote): void {
    for (const child of quote.children) {
      if (child.type === 'paragraph') this.visitParagraph(child, quote);
      else if (child.type === 'blockquote') this.visitBlockquote(child);
      else if (child.type === 'heading') this.visitHeading(child);
      else this.notes(child);
    }
  }

  private visitList(list: List): void {
    if (this.readTableOfContents(list)) return;
    const leads = list.children.map((item) => linesOf(itemLead(item) ?? { children: [] }, this.source));
    const candidates = leads.map(([line]) => (line ? readOpener(line, this.source) : undefined));
    const reading = this.reader.readList({
      container: list,
      items: list.children.map((item, index) => ({ candidate: candidates[index], hasOwnNotes: item.children.length > 1 || leads[index].length > 1 })),
      start: list.ordered ? (list.start ?? 1) : undefined,
    });
    list.children.forEach((item, index) => {
      const [line, ...rest] = leads[index];
      const role = line ? this.reader.listItem(line, itemLinePlainText(line), candidates[index], reading, list.ordered ? (list.start ?? 1) + index : undefined) : 'notes';
      if (role === 'level') {
        this.readLevelText(item, rest, item.children[1]);
        for (const child of item.children.slice(1)) this.visitBlock(child);
      }
      if (role === 'module') {
        for (const lazyLine of rest) this.reader.notesLine(lazyLine);
        for (const child of item.children.slice(1)) this.notes(child);
      }
      if (role === 'notes') this.notes(item);
    });
  }

  /**
   * `- Beginner` over `  [Why Queues](…) - 10 min` with no blank line between: the lines that go on
   * with a level item's text, indented into it, are the writer's modules under it, as the line
   * source reads them; a lazy line, indented less, is not read.
   */
  private readLevelText(item: ListItem, rest: RemarkLine[], next: Nodes | undefined): void {
    const span = this.source.span(item);
    if (!span || rest.length === 0) return;
    const lines = this.source.lines;
    const itemLine = lines.positionAt(span.start).line;
    const lineText = lines.lineText(itemLine);
    const markerAt = span.start - lines.lineStart(itemLine);
    const [markerAndGap, marker] = /^([-*+]|\d{1,9}[.)])[ \t]*/.exec(lineText.slice(markerAt)) ?? ['', ''];
    const contentColumn = itemContentColumn(lineText, markerAt + marker.length, markerAt + markerAndGap.length);
    const inside = rest.filter((line) => indentOf(line.raw) >= contentColumn).map((line) => withoutIndent(line));
    const single = inside.length === 1 && inside[0].end === rest[rest.length - 1].end;
    if (single && this.readBoldLine(inside[0], next)) return;
    inside.forEach((line, index) => this.reader.paragraphLine(line, { index, lazy: false, single }));
  }

  /** `**Lab: Docker Intro**` alone, with a labelled time in the paragraph under it: a module's title. */
  private readBoldLine(line: RemarkLine, next: Nodes | undefined): boolean {
    const bold = boldLineText(line.raw);
    const [below] = next?.type === 'paragraph' ? linesOf(next, this.source) : [];
    return bold !== undefined && below !== undefined && this.reader.boldTitle(line, plainMarkup(bold).trim(), below.raw);
  }

  private readTableOfContents(list: List): boolean {
    const entries: TableOfContents['entries'] = [];
    for (const item of list.children) {
      const first = item.children[0];
      if (first?.type !== 'paragraph') return false;
      // An entry leads with its link (`- [Docker](#docker)`), as the reading by lines tells one: `- VMs` over a lazy `[Back to Menu](#menu)` is notes.
      const [lead] = linesOf(first, this.source);
      if (!lead || !leadsIntoPage(lead.raw)) return false;
      const link = firstLink(first.children);
      if (!link || !isInPageLink(link.url)) return false;
      const span = this.source.span(link);
      if (span) entries.push({ text: plainText(link.children), target: link.url, range: this.source.lines.range(span.start, span.end) });
    }
    const span = this.source.span(list);
    if (!span || entries.length === 0) return false;
    this.tablesOfContents.push({ range: this.source.lines.range(span.start, span.end), entries });
    this.reader.extend(span.end);
    return true;
  }

  /** A paragraph that is one strong line, with the line below it to say whether it is timed. */
  private readBoldTitle(paragraph: Paragraph, next: RootContent | undefined): boolean {
    if (paragraph.children.length !== 1 || paragraph.children[0].type !== 'strong' || next?.type !== 'paragraph') return false;
    const lines = linesOf(paragraph, this.source);
    const [below] = linesOf(next, this.source);
    if (lines.length !== 1 || !below) return false;
    return this.reader.boldTitle(lines[0], plainText(paragraph.children).trim(), below.raw);
  }

  private visitHtml(block: Html): void {
    const span = this.source.span(block);
    if (span) this.reader.html(span.start, span.end);
  }

  private notes(block: Nodes): void {
    const span = this.source.span(block);
    if (span) this.reader.notes(span.start, span.end);
  }
}

/**
 * The item's line as text, as the line source has it: a text node runs on over the lazy lines below
 * (` 12. Bring it all together` over ` This module goes …`), and those are its notes, not its line.
 */
function itemLinePlainText(line: RemarkLine): string {
  const plain = plainText(line.nodes);
  const lineBreak = plain.indexOf('\n');
  return lineBreak < 0 ? plain : plain.slice(0, lineBreak);
}

/** The first link of a paragraph's text, in emphasis too (`**[Docker](#docker)**`). */
function firstLink(nodes: PhrasingContent[]): Extract<PhrasingContent, { type: 'link' }> | undefined {
  for (const node of nodes) {
    if (node.type === 'link') return node;
    const inside = 'children' in node ? firstLink(node.children as PhrasingContent[]) : undefined;
    if (inside) return inside;
  }
  return undefined;
}

/** The lines of a block under a summary heading that may give a module's time: a table's rows by their text, as the line source reads them. */
function summaryLines(block: RootContent, source: SourceMap): SourceLine[] {
  if (block.type === 'table') return block.children.map((row) => rowLine((row.position?.start.line ?? 1) - 1, source, 'text'));
  const paragraphs = block.type === 'paragraph' ? [block] : block.type === 'list' ? block.children.flatMap((item) => item.children.filter((child) => child.type === 'paragraph')) : [];
  return paragraphs.flatMap((paragraph) => linesOf(paragraph, source));
}

/** A table row's line: whole, as the line source reads a table of modules, or from its text, as it reads a summary's lines. */
function rowLine(line: number, { lines }: SourceMap, from: 'line' | 'text' = 'line'): SourceLine {
  const whole = lines.lineText(line);
  const indent = from === 'text' ? whole.length - whole.trimStart().length : 0;
  return textLine(lines.lineStart(line) + indent, whole.slice(indent));
}

/**
 * The paragraph an item opens with. `3. Kafka intro` over an empty `-` bullet is a setext heading
 * to CommonMark, but to its writer it is the item's text.
 */
function itemLead(item: ListItem): Paragraph | Heading | undefined {
  const first = item.children[0];
  return first?.type === 'paragraph' || first?.type === 'heading' ? first : undefined;
}


