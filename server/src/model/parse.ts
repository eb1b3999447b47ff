import type { Blockquote, Code, Heading, List, ListItem, Nodes, Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkGfm from 'remark-gfm';
import { CatalogIndex, emptyCatalog, sameModuleTitle } from './catalog';
import { collectCode } from './code';
import { capNesting } from './nesting';
import { detectNotes } from './detect';
import { isInPageLink, linesOf, plainText, type SourceLine } from './lines';
import { findLoggedTime, timeLineBelow } from './loggedTime';
import { isSummaryTitle, plainMarkerText, readAreaMarker, readLevelMarker } from './markers';
import { headingOpens, isNumberedHeading, isStrongOpener, opensInContext, readingContext, type Context, type ReadingState } from './openerContext';
import { isBoldLabel, isShortTitle, ownWritingDepth, plainMarkup, titleWithoutAside, readOpener, type OpenerCandidate } from './openers';
import { findPlaceholders, isTemplateText } from './placeholders';
import { SourceMap } from './source';
import { estimateLookahead, scanEstimate, scanTime, shiftTime, withoutEstimate, withoutTime, type EstimateMatch } from './timeEstimate';
import type { Area, Level, Module, NotesModel, OpenerStyle, TableOfContents, TimeEstimate, Title } from './types';

export interface ParseOptions {
  /** Catalog modules are strong evidence that a line opens a module. */
  catalog?: CatalogIndex;
}

const markdown = remark().use(remarkGfm).freeze();

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
  const tree = parseMarkdown(capNesting(replaceNul(source.parseText)));
  return new NotesReader(source, options.catalog ?? emptyCatalog).read(tree);
}

interface OpenModule {
  module: Module;
  start: number;
  end: number;
  /** The opener's container; siblings in it may open modules on weaker evidence. */
  container: Nodes | undefined;
  headingDepth?: number;
  notesStart?: number;
  notesEnd?: number;
  /** The opener heading is numbered like `### 4. …`. */
  numbered?: boolean;
  /** The number of the ordered-list item that opened the module. */
  ordinal?: number;
  /** Notes blocks still to look at for an estimate written under the opener. */
  estimateLookahead: number;
}

interface OpenSection<T> {
  value: T;
  start: number;
  end: number;
}

class NotesReader {
  private title?: Title;
  private readonly areas: OpenSection<Area>[] = [];
  private readonly levels: OpenSection<Level>[] = [];
  private readonly modules: OpenModule[] = [];
  private readonly tablesOfContents: TableOfContents[] = [];
  private area?: OpenSection<Area>;
  private level?: OpenSection<Level>;
  private current?: OpenModule;
  private areaDepth?: number;
  /** A heading that is neither area, level nor module opens a section of notes of its own. */
  private sectionDepth?: number;
  /** Inside a summary of time spent or a contents section, lines repeat the modules: they are not modules. */
  private summaryDepth?: number;
  /** Under `# Technical Report` the student writes their own text: its sections are not the course's modules. */
  private ownWritingDepth?: number;
  private readonly pendingNotes: SourceLine[] = [];
  /** Timed lines of a summary section: `Lab: Docker Intro -- 200min`. */
  private readonly summaryTimes: { title: string; estimate: EstimateMatch; lineStart: number }[] = [];

  constructor(
    private readonly source: SourceMap,
    private readonly catalog: CatalogIndex,
  ) {}

  read(tree: Root): NotesModel {
    tree.children.forEach((block, index) => this.visitBlock(block, tree, tree.children[index + 1]));
    this.applySummaryTimes();
    const model: NotesModel = {
      title: this.title,
      areas: this.areas.map((area) => this.closeSection(area)),
      levels: this.levels.map((level) => this.closeSection(level)),
      modules: this.modules.map((open) => this.closeModule(open)),
      placeholders: findPlaceholders(tree, this.source),
      tablesOfContents: this.tablesOfContents,
      code: collectCode(tree, this.source),
      detection: { isNotes: false, reasons: [] },
      lineCount: this.source.lines.lineCount,
    };
    model.detection = detectNotes(model);
    return model;
  }

  // ---- blocks

  private visitBlock(block: RootContent, container: Nodes, next?: RootContent): void {
    if (this.summaryDepth !== undefined && block.type !== 'heading') {
      this.collectSummaryTimes(block);
      return this.addNotes(block);
    }
    switch (block.type) {
      case 'heading':
        return this.visitHeading(block);
      case 'paragraph':
        if (this.readBoldTitle(block, next)) return;
        return this.visitParagraph(block, container);
      case 'list':
        return this.visitList(block);
      case 'blockquote':
        return this.visitBlockquote(block);
      case 'code':
        if (this.isIndentedTitle(block)) return this.visitParagraph({ type: 'paragraph', children: [{ type: 'text', value: block.value, position: block.position }], position: block.position }, container);
        return this.addNotes(block);
      default:
        return this.addNotes(block);
    }
  }

  /**
   * `\tBuild a Modern Web Application` under a level: one tab-indented line is code to CommonMark,
   * but a line that names a course module is its writer's title.
   */
  private isIndentedTitle(code: Code): boolean {
    const span = this.source.span(code);
    if (!span || code.lang || code.value.includes('\n') || /^\s*(`{3}|~{3})/.test(this.source.text.slice(span.start, span.end))) return false;
    const title = code.value.trim();
    return title.length >= 4 && isShortTitle({ title }) && this.catalog.find(title) !== undefined;
  }

  private visitHeading(heading: Heading): void {
    const [line] = linesOf(heading, this.source);
    if (!line) return this.addNotes(heading);
    // Text over a `-----` rule is a setext heading to CommonMark but a paragraph and a separator to its writer.
    if (!/^\s{0,3}#/.test(line.raw)) return this.visitParagraph({ type: 'paragraph', children: heading.children, position: heading.position }, heading);
    this.visitHeadingLine(heading.depth, line, plainText(heading.children), heading);
  }

  private visitHeadingLine(depth: number, line: SourceLine, text: string, block: Nodes): void {
    const plain = plainMarkerText(text);
    if (this.summaryDepth !== undefined && depth > this.summaryDepth) return this.addNotes(block);
    this.summaryDepth = isSummaryTitle(plain) ? depth : undefined;
    if (this.summaryDepth !== undefined) return this.addNotes(block);
    this.ownWritingDepth = ownWritingDepth(this.ownWritingDepth, depth, plain);
    if (this.readTitle(depth, plain, line)) return;
    if (this.readArea(depth, plain, line)) return;
    const level = readLevelMarker(plain);
    if (level) {
      this.openLevel(level.name, line);
      if (level.rest && !readAreaMarker(level.rest)) this.openLevelModule(level.rest, line, depth, block);
      return;
    }
    const candidate = readOpener(line, this.source);
    const numbered = isNumberedHeading(plain);
    const evidence = { depth, plain, timeBelow: timeLineBelow(this.source.lines, this.source.lines.positionAt(line.start).line), inOwnWriting: this.ownWritingDepth !== undefined };
    if (candidate && !this.catalog.isGroup(candidate.title) && headingOpens(evidence, candidate, this.readingState(), this.catalog)) {
      this.openModule(candidate, 'heading', line, undefined, depth);
      if (this.current) this.current.numbered = numbered;
      return;
    }
    // A plain heading as high as the module's own ends its notes: it starts a section beside it.
    const openDepth = this.current?.headingDepth;
    if (openDepth !== undefined && depth <= openDepth) this.closeCurrent();
    this.addNotes(block);
    this.sectionDepth = Math.min(this.sectionDepth ?? depth, depth);
  }

  private readTitle(depth: number, plain: string, line: SourceLine): boolean {
    if (depth !== 1 || this.title || this.areas.length > 0 || this.modules.length > 0) return false;
    if (readAreaMarker(plain) || readLevelMarker(plain)) return false;
    this.title = { text: plain, range: this.source.lines.range(line.start, line.end) };
    return true;
  }

  private readArea(depth: number, plain: string, line: SourceLine): boolean {
    const marker = readAreaMarker(plain, this.catalog.areaNames) ?? readAreaMarker(plainMarkerText(plainMarkup(withoutEstimate(line.raw))), this.catalog.areaNames);
    if (!marker) return false;
    const numbered = /^area\b/i.test(plain);
    if (!numbered && this.areaDepth !== undefined && depth > this.areaDepth) return false;
    if (!numbered && this.current?.headingDepth !== undefined && depth > this.current.headingDepth) return false;
    // Areas are the highest headings that name one: a contents list under `## Docker (Round 2)` over
    // `# Docker` then `## Containers` must not hold later areas to the list's depth.
    this.areaDepth = Math.min(this.areaDepth ?? depth, depth);
    this.openArea(plain, marker.number, marker.topic, line);
    if (marker.level) this.openLevel(marker.level, line);
    return true;
  }

  private visitParagraph(paragraph: Paragraph, container: Nodes): void {
    let afterLevelMarker = false;
    linesOf(paragraph, this.source).forEach((line, index) => {
      const level = this.level;
      if (!this.visitParagraphLine(line, index, container, paragraph, afterLevelMarker)) this.pendingNotes.push(line);
      afterLevelMarker = this.level !== level;
    });
    this.flushPendingNotes();
  }

  /** Notes lines of a paragraph belong to whatever was open before the next line that takes a role. */
  private flushPendingNotes(): void {
    if (this.pendingNotes.length === 0) return;
    const lines = this.pendingNotes.splice(0);
    this.addNotesLines(lines);
  }

  /** True when the line took a structural role; otherwise it is notes. */
  private visitParagraphLine(line: SourceLine, index: number, container: Nodes, paragraph: Paragraph, afterLevelMarker: boolean): boolean {
    const heading = /^\s{0,3}(#{1,6})(?=[^\s#])/.exec(line.raw);
    if (heading && index === 0) {
      this.visitHeadingLine(heading[1].length, line, line.raw.slice(heading[0].length), paragraph);
      return true;
    }
    const plain = plainMarkerText(plainMarkup(line.raw));
    if (isTemplateText(plain)) {
      // Template text is a placeholder, not notes: a module under it still has none.
      this.extend(line.end);
      return true;
    }
    const level = readLevelMarker(plain);
    if (level && (level.rest === '' || index === 0) && plain.length < 60) {
      this.openLevel(level.name, line);
      return true;
    }
    if (index === 0 && this.readStandaloneArea(plain, line, paragraph)) return true;
    // A lazy line under a quote (no `>` of its own) was written as the quote title's notes, not as a
    // title; under `> Beginner Level` there is no title, and the line is read as it would be below a blank.
    const lazy = container.type === 'blockquote' && index > 0 && !/^\s*>/.test(line.raw);
    if (lazy && !afterLevelMarker) return false;
    const quoted = container.type === 'blockquote' && !lazy;
    const candidate = readOpener(line, this.source);
    if (!candidate) return false;
    const style: OpenerStyle = candidate.linkLed ? 'link-paragraph' : 'paragraph';
    if (!this.acceptsLine(candidate, style, quoted ? container : undefined, quoted)) return false;
    this.openModule(candidate, quoted ? 'blockquote' : style, line, quoted ? container : undefined);
    return true;
  }

  /** A paragraph that is nothing but an area's name: `Big Data and Machine Learning (Beginner level)`. */
  private readStandaloneArea(plain: string, line: SourceLine, paragraph: Paragraph): boolean {
    if (this.source.lines.positionAt(line.end).line !== this.source.lines.positionAt(this.source.span(paragraph)?.end ?? 0).line) return false;
    if (/^area\b/i.test(plain) || this.current || this.areaDepth !== undefined || /:$/.test(plain)) return false;
    const marker = readAreaMarker(plain, this.catalog.areaNames);
    if (!marker || marker.number !== undefined) return false;
    this.openArea(plain, undefined, marker.topic, line);
    if (marker.level) this.openLevel(marker.level, line);
    return true;
  }

  private visitList(list: List): void {
    if (this.readTableOfContents(list)) return;
    const candidates = list.children.map((item) => this.itemOpener(item));
    const openers = candidates.filter((candidate) => candidate && (candidate.linkLed || this.isStrong(candidate))).length;
    const titles = this.isListOfTitles(list, candidates, openers) || this.continuesNumbering(list);
    const moduleList = titles || openers * 2 >= list.children.length;
    list.children.forEach((item, index) => {
      const before = this.current;
      this.visitListItem(item, candidates[index], moduleList, list, titles);
      if (list.ordered && this.current && this.current !== before) this.current.ordinal = (list.start ?? 1) + index;
    });
  }

  /**
   * Right under an area or level, before anything else began, a list of short titles is the
   * student's list of modules: each item has its own notes under it (`* Docker intro` over an
   * indented paragraph), or none has and some name the course's modules.
   */
  private isListOfTitles(list: List, candidates: (OpenerCandidate | undefined)[], openers: number): boolean {
    if (list.children.length < 2 || this.context(list, 'list-item') !== 'open') return false;
    if (!candidates.every((candidate) => candidate && isShortTitle(candidate))) return false;
    const withNotes = list.children.filter((item) => this.hasOwnNotes(item)).length;
    if (withNotes === list.children.length) return true;
    return withNotes === 0 && openers * 3 >= list.children.length;
  }

  /**
   * `2. QwikLab: Intro to S3` then `* notes` at the margin then `3. Video: Virtualization`: the
   * bullets end the ordered list to CommonMark, but the student's numbering goes on, and so does the list of modules.
   */
  private continuesNumbering(list: List): boolean {
    const ordinal = this.current?.ordinal;
    return list.ordered === true && ordinal !== undefined && (list.start ?? 1) === ordinal + 1;
  }

  private hasOwnNotes(item: ListItem): boolean {
    const first = itemLead(item);
    return item.children.length > 1 || (first !== undefined && linesOf(first, this.source).length > 1);
  }

  private itemOpener(item: ListItem): OpenerCandidate | undefined {
    const first = itemLead(item);
    if (!first) return undefined;
    const [line] = linesOf(first, this.source);
    return line ? readOpener(line, this.source) : undefined;
  }

  private visitListItem(item: ListItem, candidate: OpenerCandidate | undefined, moduleList: boolean, list: List, titles = false): void {
    const first = itemLead(item);
    if (first) {
      const [line] = linesOf(first, this.source);
      const plain = plainMarkerText(plainText(line?.nodes ?? []));
      const level = line && readLevelMarker(plain);
      if (level && !level.runsOn && plain.length < 60) {
        this.openLevel(level.name, line);
        for (const child of item.children.slice(1)) this.visitBlock(child, item);
        return;
      }
      const accepted = candidate && ((titles && isShortTitle(candidate)) || this.acceptsListItem(candidate, moduleList, list));
      if (accepted && line) {
        this.openModule(candidate, 'list-item', line, list);
        const rest = linesOf(first, this.source).slice(1);
        if (rest.length > 0) this.addNotesLines(rest);
        for (const child of item.children.slice(1)) this.addNotes(child);
        return;
      }
    }
    this.addNotes(item);
  }

  private visitBlockquote(quote: Blockquote): void {
    for (const child of quote.children) {
      if (child.type === 'paragraph') this.visitParagraph(child, quote);
      else if (child.type === 'blockquote') this.visitBlockquote(child);
      else if (child.type === 'heading') this.visitHeading(child);
      else this.addNotes(child);
    }
  }

  private readTableOfContents(list: List): boolean {
    const entries: TableOfContents['entries'] = [];
    for (const item of list.children) {
      const first = item.children[0];
      if (first?.type !== 'paragraph') return false;
      const link = first.children.find((node): node is Extract<PhrasingContent, { type: 'link' }> => node.type === 'link');
      if (!link || !isInPageLink(link.url)) return false;
      const span = this.source.span(link);
      if (span) entries.push({ text: plainText(link.children), target: link.url, range: this.source.lines.range(span.start, span.end) });
    }
    const span = this.source.span(list);
    if (!span || entries.length === 0) return false;
    this.tablesOfContents.push({ range: this.source.lines.range(span.start, span.end), entries });
    this.extend(span.end);
    return true;
  }

  /** A bold line with a labelled time right under it: `**Kubernetes**` then `Time: 35min`. */
  private readBoldTitle(paragraph: Paragraph, next: RootContent | undefined): boolean {
    if (paragraph.children.length !== 1 || paragraph.children[0].type !== 'strong' || next?.type !== 'paragraph') return false;
    if (this.context(undefined, 'paragraph') === 'preamble') return false;
    const [line] = linesOf(paragraph, this.source);
    const [nextLine] = linesOf(next, this.source);
    const estimate = nextLine && scanEstimate(nextLine.raw);
    if (!line || !estimate?.labelled || linesOf(paragraph, this.source).length !== 1) return false;
    const title = plainText(paragraph.children).trim();
    if (title.length < 3 || title.length > 100 || /:$/.test(title) || readLevelMarker(title)) return false;
    const at = line.raw.indexOf(title);
    this.openModule({ title, titleStart: line.start + Math.max(0, at), titleEnd: line.start + Math.max(0, at) + title.length, lineStart: line.start, linkLed: false, namesResource: false }, 'paragraph', line, undefined);
    return true;
  }

  private acceptsListItem(candidate: OpenerCandidate, moduleList: boolean, list: List): boolean {
    const context = this.context(list, 'list-item');
    if (moduleList && context === 'sibling' && this.current?.container === list && isShortTitle(candidate)) return true;
    if (!moduleList || !candidate.linkLed) return this.acceptsLine(candidate, 'list-item', list, false);
    if (context === 'open' || context === 'sibling') return true;
    return this.isStrong(candidate);
  }

  private collectSummaryTimes(block: RootContent): void {
    const paragraphs = block.type === 'paragraph' ? [block] : block.type === 'list' ? block.children.flatMap((item) => item.children.filter((child) => child.type === 'paragraph')) : [];
    for (const paragraph of paragraphs) {
      for (const line of linesOf(paragraph, this.source)) {
        const candidate = readOpener(line, this.source);
        if (candidate?.estimate?.kind === 'minutes') this.summaryTimes.push({ title: candidate.title, estimate: candidate.estimate, lineStart: line.start });
      }
    }
  }

  /**
   * Some students keep their times in a summary at the top and their notes below: a module
   * without a time of its own takes the summary's time for the same title.
   */
  private applySummaryTimes(): void {
    if (this.summaryTimes.length === 0) return;
    for (const { module } of this.modules) {
      if (module.estimate) continue;
      const entry = this.summaryTimes.find((time) => sameModuleTitle(time.title, module.title));
      if (entry) module.estimate = this.estimateOf(entry.estimate, entry.lineStart);
    }
  }

  // ---- evidence

  private isStrong(candidate: OpenerCandidate): boolean {
    return isStrongOpener(candidate, this.catalog);
  }

  private context(container: Nodes | undefined, style: OpenerStyle): Context {
    return readingContext(this.readingState(), container, style);
  }

  private readingState(): ReadingState<Nodes> {
    const current = this.current;
    return { current: current && { module: current.module, container: current.container, headingDepth: current.headingDepth, numbered: current.numbered }, inSection: Boolean(this.area || this.level), sectionDepth: this.sectionDepth };
  }

  private acceptsLine(candidate: OpenerCandidate, style: OpenerStyle, container: Nodes | undefined, quoted: boolean): boolean {
    const state = this.readingState();
    const timed = candidate.estimate !== undefined;
    if (state.current && !timed && !candidate.linkLed && isBoldLabel(this.source.lines.lineText(this.source.lines.positionAt(candidate.lineStart).line))) return false;
    // "This serverless app takes me about 4 hours to finish" is a sentence of notes, not a title.
    if (!candidate.linkLed && titleWithoutAside(candidate.title).split(/\s+/).length > 10 && !candidate.namesResource && !this.catalog.find(candidate.title, candidate.url)) return false;
    return opensInContext(readingContext(state, container, quoted ? 'blockquote' : style), candidate, quoted, state.current, this.catalog);
  }

  // ---- sections

  private openArea(heading: string, number: number | undefined, topic: string, line: SourceLine): void {
    this.closeCurrent();
    this.sectionDepth = undefined;
    this.ownWritingDepth = undefined;
    this.level = undefined;
    const range = this.source.lines.range(line.start, line.end);
    const area: OpenSection<Area> = {
      value: { heading, number, topic, headingRange: range, range, levels: [], modules: [] },
      start: line.start,
      end: line.end,
    };
    this.areas.push(area);
    this.area = area;
  }

  private openLevel(name: Level['name'], line: SourceLine): void {
    this.closeCurrent();
    this.sectionDepth = undefined;
    this.ownWritingDepth = undefined;
    const range = this.source.lines.range(line.start, line.end);
    const areaIndex = this.area ? this.areas.length - 1 : undefined;
    const level: OpenSection<Level> = {
      value: { name, text: line.raw.trim(), markerRange: range, range, areaIndex, modules: [] },
      start: line.start,
      end: line.end,
    };
    this.levels.push(level);
    this.area?.value.levels.push(level.value);
    this.level = level;
  }

  /** `### Intermediate Level - Docker Networking`: the rest of a level heading names a module. */
  private openLevelModule(rest: string, line: SourceLine, depth: number, block: Nodes): void {
    const at = line.raw.lastIndexOf(rest);
    const candidate = readOpener({ ...line, raw: line.raw, nodes: line.nodes }, this.source);
    const estimate = candidate?.estimate;
    const restEstimate = estimate ? undefined : scanTime(rest);
    const title = (estimate ? candidate.title : rest).replace(/^[\s\-–:]+/, '');
    const titleStart = line.start + Math.max(0, at);
    this.openModule(
      { title: candidate?.linkLed ? candidate.title : withoutTime(title, restEstimate), titleStart, titleEnd: titleStart + rest.length, url: candidate?.url, estimate: estimate ?? shiftTime(restEstimate, at), lineStart: line.start, linkLed: candidate?.linkLed ?? false, namesResource: false },
      'heading',
      line,
      block,
      depth,
    );
  }

  private openModule(candidate: OpenerCandidate, style: OpenerStyle, line: SourceLine, container: Nodes | undefined, headingDepth?: number): void {
    this.closeCurrent();
    this.sectionDepth = undefined;
    const lines = this.source.lines;
    const areaIndex = this.area ? this.areas.length - 1 : undefined;
    const module: Module = {
      title: candidate.title,
      url: candidate.url,
      areaIndex,
      level: this.level?.value.name,
      style,
      openerRange: lines.range(line.start + leadingSpace(line.raw), line.end),
      titleRange: lines.range(candidate.titleStart, Math.max(candidate.titleStart, candidate.titleEnd)),
      range: lines.range(line.start, line.end),
      estimate: this.estimateOf(candidate.estimate, candidate.lineStart),
      hasNotes: false,
    };
    const open: OpenModule = { module, start: line.start, end: line.end, container, headingDepth, estimateLookahead: estimateLookahead(candidate.estimate) };
    this.modules.push(open);
    this.current = open;
    this.area?.value.modules.push(module);
    this.level?.value.modules.push(module);
    this.extend(line.end);
  }

  private estimateOf(match: EstimateMatch | undefined, lineStart: number): TimeEstimate | undefined {
    if (!match) return undefined;
    const range = this.source.lines.range(lineStart + match.start, lineStart + match.end);
    const text = this.source.text.slice(lineStart + match.start, lineStart + match.end);
    if (match.kind === 'minutes' && match.minutes) return { kind: 'minutes', minutes: match.minutes, text, range };
    return { kind: match.kind === 'minutes' ? 'unreadable' : match.kind, text, range };
  }

  private closeCurrent(): void {
    this.flushPendingNotes();
    this.current = undefined;
  }

  // ---- notes

  private addNotes(block: Nodes): void {
    const span = this.source.span(block);
    if (!span) return;
    if (this.current && this.current.estimateLookahead > 0) {
      const firstLine = this.source.lines.positionAt(span.start).line;
      const lineStart = Math.max(span.start, this.source.lines.lineStart(firstLine));
      const lineText = this.source.text.slice(lineStart, this.source.lines.lineEnd(firstLine));
      const isWholeBlock = this.source.lines.positionAt(span.end).line === firstLine;
      if (this.takeEstimateLine(lineText, lineStart) && isWholeBlock) {
        this.extend(span.end);
        return;
      }
    }
    this.addNotesSpan(span.start, span.end);
  }

  private addNotesLines(lines: SourceLine[]): void {
    let notesStart: number | undefined;
    for (const line of lines) {
      if (this.current && this.current.estimateLookahead > 0 && this.takeEstimateLine(line.raw, line.start)) continue;
      if (line.raw.trim() === '') continue;
      notesStart ??= line.start;
    }
    const last = lines[lines.length - 1];
    if (notesStart !== undefined) this.addNotesSpan(notesStart, last.end);
    else this.extend(last.end);
  }

  /** An estimate on a line of its own right under the opener: `Time: 15 min`, `**Time: TODO**`. */
  private takeEstimateLine(lineText: string, lineStart: number): boolean {
    const current = this.current;
    if (!current) return false;
    const first = current.estimateLookahead === 3;
    current.estimateLookahead--;
    const match = scanEstimate(lineText);
    if (!match) return false;
    const rest = (lineText.slice(0, match.start) + lineText.slice(match.end)).replace(/[\s*_>\-.:()[\]]+/g, ' ').trim();
    if (!match.labelled && rest.length > 12) return false;
    if (!first && (!match.labelled || rest.length > 12)) return false;
    current.estimateLookahead = 0;
    current.module.estimate = this.estimateOf(match, lineStart);
    current.end = Math.max(current.end, lineStart + lineText.length);
    return rest.length <= 12;
  }

  private addNotesSpan(start: number, end: number): void {
    const current = this.current;
    if (current) {
      current.notesStart ??= start;
      current.notesEnd = end;
      current.module.hasNotes = true;
    }
    this.extend(end);
  }

  private extend(end: number): void {
    if (this.current) this.current.end = Math.max(this.current.end, end);
    if (this.level) this.level.end = Math.max(this.level.end, end);
    if (this.area) this.area.end = Math.max(this.area.end, end);
  }

  private closeSection<T extends Area | Level>(section: OpenSection<T>): T {
    section.value.range = this.source.lines.range(section.start, section.end);
    return section.value;
  }

  private closeModule(open: OpenModule): Module {
    const lines = this.source.lines;
    open.module.range = lines.range(open.start, open.end);
    if (open.notesStart !== undefined && open.notesEnd !== undefined) {
      open.module.notesRange = lines.range(open.notesStart, open.notesEnd);
      const logged = open.module.estimate ? undefined : findLoggedTime(lines, open.notesStart, open.notesEnd);
      if (logged) open.module.estimate = this.estimateOf(logged.match, logged.lineStart);
    }
    return open.module;
  }
}


/**
 * The paragraph an item opens with. `3. Docker intro` over an empty `-` bullet is a setext heading
 * to CommonMark, but to its writer it is the item's text.
 */
function itemLead(item: ListItem): Paragraph | Heading | undefined {
  const first = item.children[0];
  return first?.type === 'paragraph' || first?.type === 'heading' ? first : undefined;
}


function leadingSpace(text: string): number {
  return text.length - text.trimStart().length;
}
