import type { CatalogIndex } from './catalog';
import { detectNotes } from './detect';
import { headingTitleSpan } from './headingLine';
import { textLine, type SourceLine } from './lines';
import { closesLine, findLoggedTime, timeClosesNotesBelow, timeLineBelow, timeLoggedInSection } from './loggedTime';
import { isSummaryTitle, misspeltLevel, opensWithAreaWord, plainMarkerText, readAreaMarker, readLevelMarker, type AreaMarker, type LevelMarker } from './markers';
import { headingOpens, isNumberedHeading, isPartOf, isSiblingHeadingTitle, isStrongOpener, opensInContext, opensWithNotes, readingContext, type Context, type ReadingState } from './openerContext';
import { isBoldLabel, isLinkTail, isShortTitle, labelledLink, namesResourceKind, ownWritingDepth, plainMarkup, readLinkLedSentence, readOpener, titleBeforeNotes, titleWithoutAside, type OpenerCandidate } from './openers';
import { isTemplateText, mayBeTemplateText } from './placeholders';
import type { SourceMap } from './source';
import { SummaryTitles } from './summaryTimes';
import { headsModuleTable, tableRowOpener, timeColumnOf, timeLogRow, type TimeColumn } from './tableRow';
import { estimateLookahead, scanEstimate, scanTime, shiftTime, withoutEstimate, withoutTime, type EstimateMatch } from './timeEstimate';
import type { Area, Level, LoggedTime, Module, NotesModel, OpenerStyle, Placeholder, Range, TableOfContents, TimeEstimate, Title } from './types';

/** An area's name alone on a line is short: a longer first line is a sentence. */
const maxAreaLineLength = 60;
/** `**Why Docker:** it ships …`: a paragraph led by bold words, which a student writes as a title. */
const boldLed = /^[\s>]*(\*\*|__)\S/;
/** `**dnsrecon lab**`: a line that is a bold title and nothing else. */
const boldTitleAlone = /^\s*(\*\*|__)[^*_]+\1\s*$/;
/** A line whose text, past its container and heading marks, starts with a link (`[text](`). */
const linkLed = /^\s*(?:>\s*)*(?:#{1,6}\s+|[-*+]\s+|\d+[.)]\s+)?[*_]{0,3}\[[^\]]*\]\(/;

/**
 * The notes reader: every rule that decides what a line is (area, level, module opener, estimate,
 * notes, summary, template text) is written here once. It reads a stream of line events from a
 * line source: the remark source (parse.ts), which knows lists, quotes and lazy lines from a parse,
 * and the text source (textLines.ts), which approximates those facts from the lines alone. A source
 * decides what a line is made of; the reader decides what it means. `C` is what the source knows a
 * list or a quote by.
 */
export class NotesReader<C> {
  private title?: Title;
  private readonly areas: OpenSection<Area>[] = [];
  private readonly levels: OpenSection<Level>[] = [];
  private readonly modules: OpenModule<C>[] = [];
  private area?: OpenSection<Area>;
  private level?: OpenSection<Level>;
  private current?: OpenModule<C>;
  private areaDepth?: number;
  /** The depth of the heading that opened the level: a plain heading as high stands beside the level, not in it. */
  private levelDepth?: number;
  /** Modules headed as high as their level (`### Beginner Level`, `### [Video: …]`): a plain heading there is one more section of it. */
  private modulesBesideLevel = false;
  /** A heading that is neither area, level nor module opens a section of notes of its own. */
  private sectionDepth?: number;
  /** Inside a summary of time spent or a contents section, lines repeat the modules: they are not modules. */
  private summaryDepth?: number;
  /** Under `# Technical Report` the student writes their own text: its sections are not the course's modules. */
  private ownWritingDepth?: number;
  /** The column of the table being read whose bare numbers are times (`Time (min)`). */
  private timeColumn?: TimeColumn;
  /** The table being read says in its header that its rows are modules, or a row of it opened one: its next row is among modules. */
  private amongModuleRows = false;
  /**
   * The first plain heading of an area or level that has no module yet: `# What is Docker and Why we
   * use Docker` over `# Lab01: DevOps Docker Beginners Guide`. Undefined once the run has begun or
   * a second heading of its depth passed it.
   */
  private lead?: LeadHeading | null;
  /** The line of the last level marker: a lazy quote line right under it may open the level's first module. */
  private levelLine = -1;
  /** Timed lines of a summary section: `Lab: Kafka Intro -- 200min`. */
  private readonly summaryTimes: { title: string; url?: string; estimate: EstimateMatch; lineStart: number; lineEnd: number }[] = [];
  private readonly summaries: Range[] = [];

  constructor(
    readonly source: SourceMap,
    readonly catalog: CatalogIndex,
    private resume?: ResumeAt,
  ) {
    this.documentLine = resume?.documentLine;
  }

  private readonly documentLine?: (line: number) => number;

  /** The model, once the source has given every line. */
  finish(found: { placeholders: Placeholder[]; tablesOfContents: TableOfContents[]; code: NotesModel['code'] }): NotesModel {
    this.applySummaryTimes();
    const model: Omit<NotesModel, 'detection'> = {
      title: this.title,
      areas: this.areas.map((area) => this.closeSection(area)),
      levels: this.levels.map((level) => this.closeSection(level)),
      modules: this.modules.map((open) => this.closeModule(open)),
      summaries: this.summaries,
      loggedTimes: this.loggedTimes(),
      ...found,
      lineCount: this.source.lines.lineCount,
    };
    return { ...model, detection: detectNotes(model) };
  }

  /** Lines under a summary heading repeat the modules: they only lend a module its time. */
  get inSummary(): boolean {
    return this.summaryDepth !== undefined;
  }

  // ---- headings

  /** An ATX heading, or a `#Title` line that CommonMark reads as a paragraph; `text` is its plain text. */
  heading(depth: number, line: SourceLine, text: string, spaceless = false): void {
    if (this.resume && this.lineOf(line) >= this.resume.line) this.resumeHere(this.resume);
    const plain = plainMarkerText(text);
    if (this.summaryDepth !== undefined && depth > this.summaryDepth) return this.notes(line.start, line.end);
    this.summaryDepth = isSummaryTitle(plain) ? depth : undefined;
    if (this.summaryDepth !== undefined) {
      this.summaries.push(this.source.lines.range(line.start, line.end));
      return this.notes(line.start, line.end);
    }
    this.ownWritingDepth = ownWritingDepth(this.ownWritingDepth, depth, plain);
    if (this.readTitle(depth, plain, line)) return;
    if (this.readArea(depth, plain, line)) return;
    const level = this.levelMarker(plain, line) ?? this.misspeltLevel(plain, line, depth);
    if (level) {
      this.openLevel(level.name, line, depth);
      if (level.rest && !readAreaMarker(level.rest, this.catalog.names)) this.openLevelModule(level.rest, line, depth);
      return;
    }
    // A heading is where the student lists modules wherever it stands: headingOpens decides by its depth.
    const candidate = this.opener(readOpener(line, this.source), 'open');
    const lineNumber = (): number => this.source.lines.positionAt(line.start).line;
    const evidence = {
      depth,
      plain,
      timeBelow: () => timeLineBelow(this.source.lines, lineNumber()),
      timeClosesNotes: () => timeClosesNotesBelow(this.source.lines, lineNumber()),
      timedSection: () => this.closedWithTime() && timeLoggedInSection(this.source.lines, lineNumber(), depth, (below, raw) => this.mayHeadArea(below, raw)),
      inOwnWriting: this.ownWritingDepth !== undefined,
    };
    if (candidate && !this.namesGroup(candidate) && headingOpens(evidence, candidate, this.readingState(), this.catalog)) {
      // The heading before the first module of a run, at its depth, is the run's first module.
      if (!this.current && this.lead?.depth === depth) this.openLead(this.lead);
      this.openModule(candidate, 'heading', line, undefined, depth);
      if (this.current) Object.assign(this.current, { numbered: isNumberedHeading(plain), spaceless });
      if (depth === this.levelDepth) this.modulesBesideLevel = true;
      return;
    }
    // `#Use points:` in the notes of a module headed `### Build …` shows as text where the student
    // reads it: it ends nothing. Under `##AWS Tutorial: …`, `##Machine Learning Models` is the student's heading.
    if (spaceless && this.current && !this.current.spaceless) return this.notes(line.start, line.end);
    // A plain heading as high as the module's own ends its notes, but for a part of it: it starts a section beside it.
    const open = this.current;
    if (open?.headingDepth !== undefined && (depth < open.headingDepth || (depth === open.headingDepth && !isPartOf(open.module, plain)))) this.current = undefined;
    // `### Extra` beside `### Intermediate` ends the level and the notes of the item above: what follows is listed as in no level.
    if (this.endsLevel(depth, candidate)) return this.leaveLevel(line, depth);
    this.notes(line.start, line.end);
    this.noteLead(depth, plain, line, candidate, evidence.inOwnWriting);
    this.sectionDepth = Math.min(this.sectionDepth ?? depth, depth);
  }

  /** `### 3. Container` names a group of the course's page; linked to a module's page (`### [Container](…)`) it names that module. */
  private namesGroup(candidate: OpenerCandidate): boolean {
    return this.catalog.isGroup(candidate.title) && !(candidate.url !== undefined && this.catalog.find('', candidate.url));
  }

  /** The open module has the time the student logged below it: a section timed after it is another module. */
  private closedWithTime(): boolean {
    const open = this.current;
    if (!open) return false;
    const { estimate } = open.module;
    if (estimate) return estimate.range.start.line > open.module.openerRange.end.line;
    return open.notesStart !== undefined && open.notesEnd !== undefined && findLoggedTime(this.source.lines, open.notesStart, open.notesEnd) !== undefined;
  }

  /** A plain heading may lead a run of module headings: the first of its area or level while no module is open there. */
  private noteLead(depth: number, plain: string, line: SourceLine, candidate: OpenerCandidate | undefined, inOwnWriting: boolean): void {
    if (this.lead) {
      if (depth <= this.lead.depth) this.lead = null;
      return;
    }
    if (this.lead === null || this.current || !(this.level ?? this.area) || inOwnWriting || !candidate) return;
    // A group of the course's page (`## Containers`) heads the run rather than leading it.
    if (this.namesGroup(candidate)) return;
    this.lead = isSiblingHeadingTitle(plain) ? { candidate, line, depth, end: line.end } : null;
  }

  private openLead(lead: LeadHeading): void {
    this.openModule(lead.candidate, 'heading', lead.line, undefined, lead.depth);
    const open = this.current as OpenModule<C>;
    Object.assign(open, { headingDepth: lead.depth, notesStart: lead.notesStart, notesEnd: lead.notesEnd, end: lead.end, estimateLookahead: 0 });
    open.module.hasNotes = lead.notesStart !== undefined;
  }

  /**
   * An incremental read starts here as a whole read reaches an area heading at the margin: every
   * block, section and module before it closed, the areas' depth as the headings above set it, the
   * title read. What came before (summaries read along for their times) keeps only those times.
   */
  private resumeHere({ areaDepth }: ResumeAt): void {
    this.resume = undefined;
    this.title ??= { text: '', range: this.source.lines.range(0, 0) };
    this.areaDepth = areaDepth;
    this.area = undefined;
    this.level = undefined;
    this.levelDepth = undefined;
    this.summaryDepth = undefined;
    this.closeNotes();
  }

  private readTitle(depth: number, plain: string, line: SourceLine): boolean {
    if (depth !== 1 || this.title || this.areas.length > 0 || this.modules.length > 0) return false;
    if (readAreaMarker(plain, this.catalog.names) || readLevelMarker(plain, this.catalog.names) || this.namesTimedResource(line)) return false;
    this.title = { text: plain, range: this.source.lines.range(line.start, line.end) };
    return true;
  }

  /** `# video:why queues? (20min)` at the top of a file of notes kept per round: a module, not the file's title. */
  private namesTimedResource(line: SourceLine): boolean {
    const candidate = readOpener(line, this.source);
    return candidate?.estimate?.kind === 'minutes' && candidate.namesResource && this.catalog.find(candidate.title, candidate.url) !== undefined;
  }

  /**
   * A heading line below that readArea may take for an area: every area heading is one, read from
   * its line alone as the source's heading text or its raw text, so a lookahead stops at each.
   */
  private mayHeadArea(depth: number, raw: string): boolean {
    // A character reference may spell an area's name to the parser (`&#65;rea 2`): a stop too.
    if (/&#?[a-z0-9]+;/i.test(raw)) return true;
    const span = headingTitleSpan(raw);
    const plain = plainMarkerText(plainMarkup(span ? raw.slice(span.start, span.end).replace(/\\(.)/g, '$1') : ''));
    return this.areaMarkerOf(plain, raw) !== undefined && (this.areaDepth === undefined || depth <= this.areaDepth || opensWithAreaWord(plain));
  }

  /** The area a heading names, by its text as the source gives it, or by its line as written. */
  private areaMarkerOf(plain: string, raw: string): AreaMarker | undefined {
    return readAreaMarker(plain, this.catalog.names) ?? readAreaMarker(plainMarkerText(plainMarkup(withoutEstimate(raw))), this.catalog.names);
  }

  private readArea(depth: number, plain: string, line: SourceLine): boolean {
    const marker = this.areaMarkerOf(plain, line.raw);
    if (!marker) return false;
    const numbered = opensWithAreaWord(plain);
    if (!numbered && this.areaDepth !== undefined && depth > this.areaDepth) return false;
    if (!numbered && this.current?.headingDepth !== undefined && depth > this.current.headingDepth) return false;
    // Areas are the highest headings that name one: a contents list under `## Queues (Checkpoint 2)` over
    // `# Queues` then `## Brokers` must not hold later areas to the list's depth.
    this.areaDepth = Math.min(this.areaDepth ?? depth, depth);
    this.openArea(plain, marker.number, marker.topic, line, depth);
    if (marker.level) this.openLevel(marker.level, line);
    return true;
  }

  // ---- lines of paragraphs and quotes

  /**
   * A line of a paragraph: a level marker, an area's name standing alone, template text, a module
   * opener or notes. `quote` is the quote the line stands in; a lazy line continues a quote's
   * paragraph without a `>` of its own.
   */
  paragraphLine(line: SourceLine, place: LinePlace<C>): void {
    if (!this.readParagraphLine(line, place)) this.notesLine(line);
  }

  private readParagraphLine(line: SourceLine, { index, quote, lazy, single }: LinePlace<C>): boolean {
    // `##Data Storage:` then `###QwikLab: Intro to S3` with no blank line: a run of headings written
    // without their space. Past a paragraph's first line one `#` is more often `#include` or a tag.
    const heading = (index === 0 ? /^\s{0,3}(#{1,6})(?=[^\s#])/ : /^\s{0,3}(#{2,6})(?=[^\s#])/).exec(line.raw);
    if (heading) {
      this.heading(heading[1].length, line, line.raw.slice(heading[0].length), true);
      return true;
    }
    const markup = plainMarkup(line.raw);
    // Most lines are neither template text, a level nor an area's name: their plain text is not made.
    const plain = mayBeTemplateText(markup) || this.catalog.names.levels.stems?.test(markup) || (index === 0 && single) ? plainMarkerText(markup) : undefined;
    if (plain !== undefined && this.readMarkerLine(plain, line, index, single)) return true;
    if (index === 0 && !single && quote === undefined && this.readAreaOverOpener(markup, line)) return true;
    // A lazy line under a quote's title was written as the title's notes; under `> Basics Level`
    // there is no title, and the line is read as it would be below a blank.
    if (lazy && this.levelLine !== this.lineOf(line) - 1) return false;
    const quoted = quote !== undefined && !lazy;
    const written = readOpener(line, this.source);
    const style: OpenerStyle = quoted ? 'blockquote' : written?.linkLed ? 'link-paragraph' : 'paragraph';
    // Most lines open nothing: their context is not asked.
    const candidate = written && this.opener(written, this.context(quoted ? quote : undefined, style), index === 0 && boldLed.test(line.raw) ? line : undefined, style === 'paragraph');
    if (candidate && index === 0 && this.takenByHeading(candidate, line)) return true;
    if (candidate && (this.acceptsLine(candidate, style, quoted ? quote : undefined, quoted) || (index === 0 && (this.namedOverTime(candidate, line) || this.besideBoldTitle(candidate, line, style))))) {
      this.openModule(candidate, style, line, quoted ? quote : undefined);
      return true;
    }
    // A line that goes on with notes after its title may still be led by a course module's address.
    if (candidate && candidate.notesStart === undefined) return false;
    return index === 0 && !lazy && this.openCourseLinkSentence(line, quoted ? quote : undefined);
  }

  /**
   * `On your own: Compare … S3 versus an EC2 VM` over `Time: 30 min`, as the student's other
   * modules are written in a link's style: a course module's title in full with the time logged
   * under it is that module, whatever module is open (a heading so timed is too). Not in a preamble:
   * a file that opens so is a page of steps whose headings the reader would take for modules.
   */
  private namedOverTime(candidate: OpenerCandidate, line: SourceLine): boolean {
    if (candidate.estimate || candidate.notesStart !== undefined || this.context(undefined, 'paragraph') === 'preamble') return false;
    if (!timeLineBelow(this.source.lines, this.lineOf(line))) return false;
    return this.catalog.findWhole(candidate.title, candidate.url) !== undefined;
  }

  /**
   * `**dnsrecon lab**` after `**Scanning my VM with nmap** - 1 hr` and its notes: the student titles
   * each module in bold, and one left untimed is still one, its time missing, as a plain heading
   * beside a module heading is. A word alone in bold (`**Note**`, `**Output**`) labels the notes.
   */
  private besideBoldTitle(candidate: OpenerCandidate, line: SourceLine, style: OpenerStyle): boolean {
    const open = this.current?.module;
    if (!open || style !== 'paragraph' || open.style !== 'paragraph' || !open.hasNotes || !boldTitleAlone.test(line.raw) || isBoldLabel(line.raw)) return false;
    return boldLed.test(this.source.lines.lineText(open.openerRange.start.line)) && isSiblingHeadingTitle(candidate.title) && /\S\s+\S/.test(candidate.title);
  }

  /**
   * `### Lab: DevOps Docker Beginners Guide` right over `[the lab](https://…) (45 min)`: a timed link
   * on the line under a module heading that has no time, address or notes yet is the heading's
   * resource and time, not a module of its own (which left the heading a missing time and the
   * module counted twice).
   */
  private takenByHeading(candidate: OpenerCandidate, line: SourceLine): boolean {
    const open = this.current;
    if (!open || open.headingDepth === undefined || open.module.estimate || open.module.url || open.module.hasNotes) return false;
    if (!candidate.linkLed || !candidate.url || !candidate.estimate || this.lineOf(line) !== open.module.openerRange.end.line + 1) return false;
    open.module.url = candidate.url;
    open.module.estimate = this.estimateOf(candidate.estimate, candidate.lineStart);
    open.estimateLookahead = 0;
    this.extend(line.end);
    if (candidate.notesStart !== undefined) this.notesSpan(candidate.notesStart, line.end);
    return true;
  }

  /**
   * `(https://www.youtube.com/watch?v=GIdVRB5yNsk)describes virtualization …` under `### Virtual
   * Machines, Websites, and Databases:`: a paragraph led by a course module's own address, where no
   * module is open, is that module's opener and its first sentence of notes. In a module's notes
   * such a link is a reference, and a link elsewhere is any page.
   */
  private openCourseLinkSentence(line: SourceLine, quote: C | undefined): boolean {
    if (this.current || this.context(quote, 'link-paragraph') === 'preamble') return false;
    const candidate = readLinkLedSentence(line, this.source);
    if (!candidate?.url || this.catalog.find('', candidate.url) === undefined) return false;
    this.openModule(candidate, quote === undefined ? 'link-paragraph' : 'blockquote', line, quote);
    return true;
  }

  /** Template text, a level marker or, alone in its paragraph, an area's name. */
  private readMarkerLine(plain: string, line: SourceLine, index: number, single: boolean | undefined): boolean {
    if (isTemplateText(plain)) {
      // Template text is a placeholder, not notes: a module under it still has none.
      this.extend(line.end);
      return true;
    }
    // `Begginer level`, a line of its own: a slip from a level's name that says it is one.
    const level = this.levelMarker(plain, line) ?? (index === 0 && single ? this.misspeltLevel(plain, line) : undefined);
    if (level && (level.rest === '' || index === 0) && plain.length < 60) {
      this.openLevel(level.name, line);
      this.openGroupLink(line, undefined, 'paragraph', true);
      return true;
    }
    return (index === 0 && !!single && this.readStandaloneArea(plain, line)) || this.openGroupLink(line, undefined, 'paragraph', false);
  }

  /**
   * `- Containers: [All About Containers](https://me.example/containers/)`, `Beginner Level: [Intro
   * to Docker](…)`: a group of the course's page, or the level just opened, linked to a page that is
   * none of the course's modules: the student keeps the notes of all its modules there.
   */
  private openGroupLink(line: SourceLine, container: C | undefined, style: OpenerStyle, levelOpened: boolean): boolean {
    const linked = labelledLink(line);
    // A module's own address on it makes the line that module, labelled by where it stands.
    if (!linked || this.catalog.find('', linked.url) !== undefined) return false;
    const { label, labelStart, url } = linked;
    const level = levelOpened ? undefined : readLevelMarker(label, this.catalog.names);
    if (!levelOpened && !this.catalog.isGroup(label) && level?.rest !== '') return false;
    if (level?.rest === '') this.openLevel(level.name, line);
    this.openModule({ title: label, titleStart: labelStart, titleEnd: labelStart + label.length, url, estimate: scanTime(line.raw), lineStart: line.start, linkLed: false, namesResource: false }, style, line, container);
    if (this.current) this.current.module.covers = levelOpened || level ? 'level' : 'group';
    return true;
  }

  /**
   * `Cloud web application` right over `For QwikLab: Intro to S3, it takes 50 minutes. In this lab…`,
   * in one paragraph: an area's name alone on a paragraph's first line, over a line that opens a
   * module wherever it stands (a time, a kind of resource), heads that module's area. It ends the
   * notes of the module before, as an area's heading would.
   */
  private readAreaOverOpener(markup: string, line: SourceLine): boolean {
    if (markup.length > maxAreaLineLength || /:\s*$/.test(markup)) return false;
    const plain = plainMarkerText(markup);
    const marker = opensWithAreaWord(plain) ? undefined : readAreaMarker(plain, this.catalog.names);
    if (!marker || marker.number !== undefined || marker.level) return false;
    const next = this.lineOf(line) + 1;
    const below = this.source.lines.lineText(next);
    // Its links unread: only a resource named in words, with a time, opens a module anywhere.
    if (!scanTime(below) || !readOpener({ raw: below, start: this.source.lines.lineStart(next), end: this.source.lines.lineEnd(next) }, this.source)?.namesResource) return false;
    this.openArea(plain, undefined, marker.topic, line);
    return true;
  }

  /** A paragraph that is nothing but an area's name: `Message Queues (Basics level)`. */
  private readStandaloneArea(plain: string, line: SourceLine): boolean {
    if (opensWithAreaWord(plain) || this.current || this.areaDepth !== undefined || /:$/.test(plain)) return false;
    const marker = readAreaMarker(plain, this.catalog.names);
    if (!marker || marker.number !== undefined) return false;
    this.openArea(plain, undefined, marker.topic, line);
    if (marker.level) this.openLevel(marker.level, line);
    return true;
  }

  /** A bold line with a labelled time right under it: `**Kubernetes**` then `Time: 35min`. */
  boldTitle(line: SourceLine, title: string, below: string): boolean {
    if (this.context(undefined, 'paragraph') === 'preamble' || !scanEstimate(below)?.labelled) return false;
    if (title.length < 3 || title.length > 100 || /:$/.test(title) || readLevelMarker(title, this.catalog.names)) return false;
    const at = Math.max(0, line.raw.indexOf(title));
    this.openModule({ title, titleStart: line.start + at, titleEnd: line.start + at + title.length, lineStart: line.start, linkLed: false, namesResource: false }, 'paragraph', line, undefined);
    return true;
  }

  /** `\tBuild a Modern Web Application` under a level: a line of code to CommonMark, but a line that names a course module is its writer's title. */
  isIndentedTitle(title: string): boolean {
    return title.length >= 4 && isShortTitle({ title }) && this.catalog.find(title) !== undefined;
  }

  // ---- lists

  /** How the items of a list are read, decided once from all of them before the first is read. */
  readList(facts: ListFacts<C>): ListReading<C> {
    const context = this.context(facts.container, 'list-item');
    const list = { ...facts, items: facts.items.map((item) => ({ ...item, candidate: this.opener(item.candidate, context) })) };
    const openers = list.items.filter((item) => item.candidate && (item.candidate.linkLed || this.isStrong(item.candidate))).length;
    const titles = this.isListOfTitles(list, openers) || this.continuesNumbering(list);
    return { container: list.container, titles, moduleList: titles || openers * 2 >= list.items.length };
  }

  /**
   * Right under an area or level, before anything else began, a list of short titles is the
   * student's list of modules: each item has its own notes under it (`* Kafka intro` over an
   * indented paragraph), or none has and some name the course's modules.
   */
  private isListOfTitles({ items, container }: ListFacts<C>, openers: number): boolean {
    if (items.length < 2 || this.context(container, 'list-item') !== 'open') return false;
    if (!items.every(({ candidate }) => candidate && this.isListedTitle(candidate))) return false;
    const withNotes = items.filter((item) => item.hasOwnNotes).length;
    if (withNotes === items.length) return true;
    return withNotes === 0 && openers * 3 >= items.length;
  }

  /** A short title, or a question that is a course module's title in full (`Video: What are Containers?`). */
  private isListedTitle(candidate: OpenerCandidate): boolean {
    return isShortTitle(candidate) || (isShortTitle({ title: candidate.title.replace(/\?$/, '') }) && this.catalog.findWhole(candidate.title, candidate.url) !== undefined);
  }

  /**
   * `2. Lab: Intro to Kafka` then `* notes` at the margin then `3. Video: Partitions`: the
   * bullets end the ordered list to CommonMark, but the student's numbering goes on, and so does the list of modules.
   */
  private continuesNumbering(list: ListFacts<C>): boolean {
    const ordinal = this.current?.ordinal;
    return list.start !== undefined && ordinal !== undefined && list.start === ordinal + 1;
  }

  /**
   * The first line of a list item: a level marker, a module opener, or notes. `plain` is the line's
   * text as its source reads it; the item's further lines are the source's to give.
   */
  listItem(line: SourceLine, plain: string, itemOpener: OpenerCandidate | undefined, list: ListReading<C>, ordinal?: number): 'level' | 'module' | 'notes' {
    const level = this.listItemLevel(plain, line);
    if (level) {
      this.openLevel(level.name, line);
      return this.openGroupLink(line, list.container, 'list-item', true) ? 'module' : 'level';
    }
    if (this.openGroupLink(line, list.container, 'list-item', false)) return 'module';
    const candidate = itemOpener && this.opener(itemOpener, this.context(list.container, 'list-item'), line);
    const accepted = candidate && ((list.titles && this.isListedTitle(candidate)) || this.acceptsListItem(candidate, list));
    if (!accepted) return 'notes';
    this.openModule(candidate, 'list-item', line, list.container);
    if (this.current && ordinal !== undefined) this.current.ordinal = ordinal;
    return 'module';
  }

  /** `- [x] Beginner Level`: most items hold no level word, and their plain text is not made. */
  private listItemLevel(plain: string, line: SourceLine): LevelMarker | undefined {
    if (!this.catalog.names.levels.stems?.test(plain)) return undefined;
    const marker = plainMarkerText(plain);
    const level = this.levelMarker(marker, line);
    return level && !level.runsOn && marker.length < 60 ? level : undefined;
  }

  private acceptsListItem(candidate: OpenerCandidate, { moduleList, container }: ListReading<C>): boolean {
    const context = this.context(container, 'list-item');
    if (moduleList && context === 'sibling' && this.current?.container === container && isShortTitle(candidate)) return true;
    if (!moduleList || !candidate.linkLed) return this.acceptsLine(candidate, 'list-item', container, false);
    if (context === 'open' || context === 'sibling') return true;
    return this.isStrong(candidate);
  }

  // ---- summaries

  /** A line under a summary heading: its time is kept for the module of the same title. */
  summaryLine(line: SourceLine): void {
    const candidate = timeLogRow(line, this.source) ?? readOpener(line, this.source);
    if (candidate?.estimate?.kind === 'minutes') this.summaryTimes.push({ title: candidate.title, url: candidate.url, estimate: candidate.estimate, lineStart: line.start, lineEnd: line.end });
  }

  /**
   * Some students keep their times in a summary at the top and their notes below: a module
   * without a time of its own takes the summary's time for the same title.
   */
  private applySummaryTimes(): void {
    if (this.summaryTimes.length === 0) return;
    const entries = new SummaryTitles(this.summaryTimesInDocumentOrder());
    for (const { module } of this.modules) {
      if (module.estimate) continue;
      const entry = entries.find(module.title);
      if (entry) module.estimate = this.estimateOf(entry.estimate, entry.lineStart);
    }
  }

  private loggedTimes(): LoggedTime[] {
    const logged: LoggedTime[] = [];
    for (const { title, url, estimate, lineStart, lineEnd } of this.summaryTimesInDocumentOrder()) {
      const time = this.estimateOf(estimate, lineStart);
      if (time?.kind === 'minutes') logged.push({ title, ...(url && { url }), estimate: time, range: this.source.lines.range(lineStart, lineEnd) });
    }
    return logged;
  }

  /** The first summary in the document that names a module gives its time, wherever a resumed read read it. */
  private summaryTimesInDocumentOrder(): typeof this.summaryTimes {
    const documentLine = this.documentLine;
    if (!documentLine) return this.summaryTimes;
    const lineOf = (lineStart: number): number => documentLine(this.source.lines.positionAt(lineStart).line);
    return this.summaryTimes.map((entry) => ({ entry, line: lineOf(entry.lineStart) })).sort((a, b) => a.line - b.line).map(({ entry }) => entry);
  }

  // ---- evidence

  private isStrong(candidate: OpenerCandidate): boolean {
    return isStrongOpener(candidate, this.catalog);
  }

  private context(container: C | undefined, style: OpenerStyle): Context {
    return readingContext(this.readingState(), container, style);
  }

  private readingState(): ReadingState<C> {
    const current = this.current;
    return { current: current && { module: current.module, container: current.container, headingDepth: current.headingDepth, numbered: current.numbered }, inSection: Boolean(this.area || this.level), sectionDepth: this.sectionDepth };
  }

  private acceptsLine(candidate: OpenerCandidate, style: OpenerStyle, container: C | undefined, quoted: boolean): boolean {
    const state = this.readingState();
    const timed = candidate.estimate !== undefined;
    if (state.current && !timed && !candidate.linkLed && isBoldLabel(this.source.lines.lineText(this.source.lines.positionAt(candidate.lineStart).line))) return false;
    if (!opensInContext(readingContext(state, container, style), candidate, quoted, state.current, this.catalog)) return false;
    // "This serverless app takes me about 4 hours to finish" is a sentence of notes, not a title.
    // Asked last: looking a long sentence up in the catalog costs more than the context's rules.
    return candidate.linkLed || candidate.namesResource || titleWithoutAside(candidate.title).split(/\s+/).length <= 10 || this.catalog.find(candidate.title, candidate.url) !== undefined;
  }

  // ---- sections

  /** An area or a level marker ends the open module and any section of the student's own. */
  private closeNotes(): void {
    this.current = undefined;
    this.lead = undefined;
    this.sectionDepth = undefined;
    this.ownWritingDepth = undefined;
  }

  private openArea(heading: string, number: number | undefined, topic: string, line: SourceLine, depth?: number): void {
    this.closeNotes();
    this.level = undefined;
    this.levelDepth = undefined;
    const range = this.source.lines.range(line.start, line.end);
    const value: Area = { heading, number, topic, headingRange: range, ...(depth !== undefined && { depth }), range, levels: [], modules: [] };
    const area: OpenSection<Area> = { value, start: line.start, end: line.end };
    this.areas.push(area);
    this.area = area;
  }

  /** A line that opens with a link names a resource, whatever its text: `[Final Project: Capstone](…)` is a module, not a level. */
  private levelMarker(plain: string, line: SourceLine): LevelMarker | undefined {
    return linkLed.test(line.raw) ? undefined : readLevelMarker(plain, this.catalog.names);
  }

  /**
   * `### Begginer Level`, or `### Intermedate` beside `### Beginner`: a slip from a level's name is
   * that level where the heading says "level" or stands where the open level's heading does. A word
   * a slip from a level deeper in a module's notes (`#### Notice` under Novice's modules) is the student's.
   * Without `depth` (a line of a paragraph, `Begginer level`) it must say "level".
   */
  private misspeltLevel(plain: string, line: SourceLine, depth?: number): LevelMarker | undefined {
    if (linkLed.test(line.raw)) return undefined;
    const misspelt = misspeltLevel(plain, this.catalog.names);
    return misspelt && (misspelt.saysLevel || (depth !== undefined && depth === this.levelDepth)) ? misspelt : undefined;
  }

  /** `headingDepth`: the depth of the heading that opens it, when one does. */
  private openLevel(name: Level['name'], line: SourceLine, headingDepth?: number): void {
    this.closeNotes();
    const range = this.source.lines.range(line.start, line.end);
    this.levelLine = range.start.line;
    this.levelDepth = headingDepth;
    this.modulesBesideLevel = false;
    const areaIndex = this.area ? this.areas.length - 1 : undefined;
    const level: OpenSection<Level> = { value: { name, text: line.raw.trim(), markerRange: range, range, areaIndex, modules: [] }, start: line.start, end: line.end };
    this.levels.push(level);
    this.area?.value.levels.push(level.value);
    this.level = level;
  }

  /**
   * A plain heading ends the level it stands beside (`### Extra` after `### Intermediate`): not one
   * in a heading module's notes, not one as high as the area's (a tutorial's steps headed `#`), not
   * one beside modules headed as high as the level, nor a group of the course's page.
   */
  private endsLevel(depth: number, candidate: OpenerCandidate | undefined): boolean {
    if (this.levelDepth === undefined || depth > this.levelDepth || depth <= (this.areaDepth ?? 0) || this.current?.headingDepth !== undefined) return false;
    if (depth === this.levelDepth && this.modulesBesideLevel) return false;
    return !(candidate && this.catalog.isGroup(candidate.title));
  }

  /** What follows lists modules of no level, but under `## Technical Report`: the student's own writing lists none. */
  private leaveLevel(line: SourceLine, depth: number): void {
    this.current = undefined;
    this.lead = undefined;
    this.sectionDepth = this.ownWritingDepth === undefined ? undefined : depth;
    this.level = undefined;
    this.levelDepth = undefined;
    this.notes(line.start, line.end);
  }

  /** `### Advanced Level - Consumer Groups`: the rest of a level heading names a module. */
  private openLevelModule(rest: string, line: SourceLine, depth: number): void {
    const at = line.raw.lastIndexOf(rest);
    const candidate = readOpener(line, this.source);
    const estimate = candidate?.estimate;
    const restEstimate = estimate ? undefined : scanTime(rest);
    const title = (estimate ? candidate.title : rest).replace(/^[\s\-–:]+/, '');
    const titleStart = line.start + Math.max(0, at);
    const opener: OpenerCandidate = { title: candidate?.linkLed ? candidate.title : withoutTime(title, restEstimate), titleStart, titleEnd: titleStart + rest.length, url: candidate?.url, estimate: estimate ?? shiftTime(restEstimate, at), lineStart: line.start, linkLed: candidate?.linkLed ?? false, namesResource: false };
    this.openModule(opener, 'heading', line, undefined, depth);
  }

  private openModule(candidate: OpenerCandidate, style: OpenerStyle, line: SourceLine, container: C | undefined, headingDepth?: number): void {
    this.current = undefined;
    this.lead = null;
    this.sectionDepth = undefined;
    const lines = this.source.lines;
    // A quote's next lines hold its `>` as remark gives them: the opener starts past them, as on its first line.
    const openerRange = lines.range(line.start + (/^[\s>]*/.exec(line.raw)?.[0].length ?? 0), line.end);
    const module: Module = {
      title: candidate.title,
      url: candidate.url,
      areaIndex: this.area ? this.areas.length - 1 : undefined,
      level: this.level?.value.name,
      style,
      openerRange,
      titleRange: lines.range(candidate.titleStart, Math.max(candidate.titleStart, candidate.titleEnd)),
      // Made when the module closes (closeModule), where its notes end.
      range: openerRange,
      estimate: this.estimateOf(candidate.estimate, candidate.lineStart),
      hasNotes: false,
    };
    const open: OpenModule<C> = { module, start: line.start, end: line.end, container, headingDepth, estimateLookahead: estimateLookahead(candidate.estimate) };
    this.modules.push(open);
    this.current = open;
    this.area?.value.modules.push(module);
    this.level?.value.modules.push(module);
    this.extend(line.end);
    if (candidate.notesStart !== undefined && candidate.notesStart < line.end) this.notesSpan(candidate.notesStart, line.end);
  }

  /**
   * A line with the student's notes after its title opens a module only where it names one of the
   * course's in full, and where modules are listed or, a paragraph of its own, it is timed as one
   * (`Lab: Docker Networking (45 min): created a bridge …` in the notes above): otherwise it is a
   * sentence of notes (a list of plans in them: `- Lab: … (45 min): not started yet`).
   */
  private opener(candidate: OpenerCandidate | undefined, context: Context, titled?: SourceLine, paragraph = false): OpenerCandidate | undefined {
    if (candidate?.notesStart !== undefined) {
      const timedResource = paragraph && candidate.estimate !== undefined && candidate.namesResource && context !== 'preamble';
      // An entry among the student's modules, or one that says its kind, is a module the course may not name in full:
      // placed by likeness or listed as not placed, never notes unsaid. `Docker speed (10 min) - …` alone is a sentence.
      if (candidate.entry && (context === 'sibling' || (context === 'open' && namesResourceKind(candidate)))) return candidate;
      return (opensWithNotes(context) || timedResource) && this.catalog.findWhole(candidate.title, candidate.url) !== undefined ? candidate : undefined;
    }
    // `- Why Docker: it ships …`: without a time, the title ends where the notes begin.
    if (!candidate || !titled || candidate.estimate || candidate.linkLed || !opensWithNotes(context)) return candidate;
    const split = titleBeforeNotes(titled);
    return split && this.catalog.findWhole(split.title) !== undefined ? { ...candidate, ...split } : candidate;
  }

  private estimateOf(match: EstimateMatch | undefined, lineStart: number): TimeEstimate | undefined {
    if (!match) return undefined;
    const range = this.source.lines.range(lineStart + match.start, lineStart + match.end);
    const text = this.source.text.slice(lineStart + match.start, lineStart + match.end);
    if (match.kind === 'minutes' && match.minutes) return { kind: 'minutes', minutes: match.minutes, text, range };
    return { kind: match.kind === 'minutes' ? 'unreadable' : match.kind, text, range };
  }

  /** A table's header and delimiter row, ending at `end`: notes, and the column its rows' times stand in. */
  tableHeader(header: SourceLine, end: number): void {
    this.timeColumn = timeColumnOf(header);
    this.amongModuleRows = headsModuleTable(header);
    this.notes(header.start, end);
  }

  /** A table's row under an area or a level: a module where it names one (tableRow.ts), else notes. */
  tableRow(row: SourceLine): void {
    const above = { amongModules: this.amongModuleRows || this.current?.module.style === 'table-row', inTable: this.amongModuleRows };
    const candidate = this.area || this.level ? tableRowOpener(row, this.source, this.catalog, above, this.timeColumn) : undefined;
    if (!candidate) return this.notes(row.start, row.end);
    this.openModule(candidate, 'table-row', row, undefined);
    this.amongModuleRows = true;
  }

  // ---- notes

  /** A block of notes (code, a table, an item read as notes); its first line may still be the open module's time. */
  notes(start: number, end: number): void {
    if (this.current && this.current.estimateLookahead > 0) {
      const firstLine = this.lineOf({ start });
      const lineStart = Math.max(start, this.source.lines.lineStart(firstLine));
      const lineText = this.source.text.slice(lineStart, this.source.lines.lineEnd(firstLine));
      const wholeBlock = this.source.lines.positionAt(end).line === firstLine;
      if (this.takeEstimateLine(lineText, lineStart) && wholeBlock) return this.extend(end);
    }
    this.notesSpan(start, end);
  }

  /**
   * More of the block of notes given last (an item's further lines, a paragraph going on): notes. The
   * time under an opener is looked for in the first line of each of the next few blocks: these lines
   * are none, and use up none of them.
   */
  moreNotes(start: number, end: number): void {
    this.notesSpan(start, end);
  }

  /**
   * A block of HTML: notes, but for a folded section's timed `<summary>` on one line, read as a
   * paragraph's line (`<details><summary>Lab: Docker Intro (45 min)</summary>` over the student's
   * notes): the title a student folds the notes under. Its tags are neither title nor notes.
   */
  html(start: number, end: number): void {
    const text = this.source.text.slice(start, end);
    // One try, at the first `<summary`: a line of `<summary>` after `<summary>` never closed costs its length, not its square.
    foldedTitle.lastIndex = text.search(summaryTag);
    const summary = foldedTitle.lastIndex < 0 ? null : foldedTitle.exec(text);
    const title = summary?.[2].trim();
    // An untimed summary is as often a label over the module's own line (`[Video: Why Docker?](…) (10 min)`) as its title,
    // and one the course does not name in full (`My notes (10 min read)`) a label over notes.
    if (!summary || !title || !scanTime(title) || !this.catalog.findWhole(withoutEstimate(plainMarkup(title)))) return this.notes(start, end);
    const titleStart = start + summary.index + summary[1].length + summary[2].indexOf(title);
    this.extend(titleStart);
    this.paragraphLine(textLine(titleStart, title), { index: 0, lazy: false, single: true });
    const rest = text.slice(summary.index + summary[0].length);
    if (tagsOnly.test(rest)) return this.extend(end);
    this.notes(end - rest.trimStart().length, end);
  }

  /** A line of notes in a paragraph; right under an opener it may be the module's time. */
  notesLine(line: SourceLine): void {
    if (this.current && this.current.estimateLookahead > 0 && this.takeEstimateLine(line.raw, line.start)) return this.extend(line.end);
    if (line.raw.trim() === '') return this.extend(line.end);
    this.notesSpan(line.start, line.end);
  }

  /** Text that is neither notes nor a role (a contents list, a line of code's fence): it only belongs to what is open. */
  extend(end: number): void {
    if (this.current) this.current.end = Math.max(this.current.end, end);
    else if (this.lead) this.lead.end = Math.max(this.lead.end, end);
    if (this.level) this.level.end = Math.max(this.level.end, end);
    if (this.area) this.area.end = Math.max(this.area.end, end);
  }

  /** An estimate on a line of its own right under the opener: `Time: 15 min`, `**Time: TODO**`. */
  private takeEstimateLine(lineText: string, lineStart: number): boolean {
    const current = this.current;
    if (!current) return false;
    const first = current.estimateLookahead === 3;
    current.estimateLookahead--;
    const match = scanEstimate(lineText);
    if (!match || isLinkTail(lineText)) return false;
    const rest = (lineText.slice(0, match.start) + lineText.slice(match.end)).replace(/[\s*_>\-.:()[\]]+/g, ' ').trim();
    if (!match.labelled && rest.length > 12 && !(first && closesLine(lineText, match))) return false;
    if (!first && (!match.labelled || rest.length > 12)) return false;
    current.estimateLookahead = 0;
    current.module.estimate = this.estimateOf(match, lineStart);
    current.end = Math.max(current.end, lineStart + lineText.length);
    return rest.length <= 12;
  }

  private notesSpan(start: number, end: number): void {
    const current = this.current ?? this.lead ?? undefined;
    if (current) {
      current.notesStart ??= start;
      current.notesEnd = end;
    }
    if (this.current) this.current.module.hasNotes = true;
    this.extend(end);
  }

  private lineOf(line: { start: number }): number {
    return this.source.lines.positionAt(line.start).line;
  }

  private closeSection<T extends Area | Level>(section: OpenSection<T>): T {
    section.value.range = this.source.lines.range(section.start, section.end);
    return section.value;
  }

  private closeModule(open: OpenModule<C>): Module {
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

/** Where an incremental read resumes the reader: the line of an area heading at the margin, and the depth of the areas above it. */
export interface ResumeAt {
  line: number;
  areaDepth: number;
  /**
   * The document's line of each line read: summaries elsewhere are read along before the areas,
   * and the first summary in the document that names a module gives its time.
   */
  documentLine?: (line: number) => number;
}

/** Where a paragraph line stands, as its source knows it. */
export interface LinePlace<C> {
  /** The line's index in its paragraph. */
  index: number;
  /** The quote the line stands in. */
  quote?: C;
  /** The line continues a quote's paragraph without a `>` of its own. */
  lazy: boolean;
  /** The line is the whole paragraph. */
  single: boolean;
}

/** What a source knows of a list before its first item is read. */
export interface ListFacts<C> {
  container: C;
  items: { candidate: OpenerCandidate | undefined; hasOwnNotes: boolean }[];
  /** The number an ordered list starts at. */
  start?: number;
}

export interface ListReading<C> {
  container: C;
  /** The items are the student's list of module titles. */
  titles: boolean;
  /** Most items open modules: a link-led item opens one wherever the list stands. */
  moduleList: boolean;
}

interface OpenSection<T> {
  value: T;
  start: number;
  end: number;
}

/** A plain heading that may turn out the first of a run of module headings, and the notes under it so far. */
interface LeadHeading {
  candidate: OpenerCandidate;
  line: SourceLine;
  depth: number;
  end: number;
  notesStart?: number;
  notesEnd?: number;
}

interface OpenModule<C> {
  module: Module;
  start: number;
  end: number;
  /** The opener's container; siblings in it may open modules on weaker evidence. */
  container: C | undefined;
  headingDepth?: number;
  notesStart?: number;
  notesEnd?: number;
  /** The opener heading is numbered like `### 4. …`. */
  numbered?: boolean;
  /** The opener heading is written without its space, `###QwikLab: …`: the student's headings are. */
  spaceless?: boolean;
  /** The number of the ordered-list item that opened the module. */
  ordinal?: number;
  /** Notes blocks still to look at for an estimate written under the opener. */
  estimateLookahead: number;
}

/** A `<summary>` and its text on one line (`<b>`, `<strong>` within it). */
const foldedTitle = /(<summary\b[^>\n]*>)((?:[^<\n]|<(?!\/summary)[^<>\n]*>)*)<\/summary\s*>/iy;
const summaryTag = /<summary\b/i;
const tagsOnly = /^(?:\s|<\/?[a-z][^<>]*>)*$/i;
