import type { Link, PhrasingContent } from 'mdast';
import { bundledCatalog } from '../model/bundledCatalog';
import { sameModuleTitle, type CatalogIndex } from '../model/catalog';
import { detectNotes } from '../model/detect';
import { LineIndex } from '../model/lineIndex';
import { findLoggedTime, timeLineBelow } from '../model/loggedTime';
import { isInPageLink } from '../model/lines';
import { isSummaryTitle, plainMarkerText, readAreaMarker, readLevelMarker } from '../model/markers';
import { headingOpens, isNumberedHeading, opensInContext, readingContext, type ReadingState } from '../model/openerContext';
import { isBoldLabel, ownWritingDepth, plainMarkup, readOpener, type OpenerCandidate } from '../model/openers';
import { isTemplateText } from '../model/placeholders';
import { SourceMap } from '../model/source';
import { estimateLookahead, scanEstimate, scanTime, shiftTime, withoutEstimate, withoutTime, type EstimateMatch } from '../model/timeEstimate';
import type { Area, Level, Module, NotesModel, OpenerStyle, Placeholder, TimeEstimate } from '../model/types';
import { rememberingLookups, type NotesDocument } from './notesDocument';

/**
 * A quick reading of a notes file that is not open, for workspace symbols and the modules other
 * notes offer to completion: areas, levels and modules from its lines, without parsing the
 * Markdown. It follows the notes reader's rules (model/parse.ts) with the same recognisers for
 * areas, levels, openers and estimates, but sees lines where the reader sees blocks, so on
 * unusual layouts it can differ; an open document always gets the full model. It reads about
 * fifty times faster than remark parses, which is what lets a workspace of a thousand notes
 * files be indexed in seconds.
 */
export function sketchNotes(text: string, catalog: CatalogIndex = bundledCatalog): NotesModel {
  return new SketchReader(text, catalog).read();
}

/** A fence opens a code block; a backtick fence's info string holds no backtick. */
const fenceOpen = /^ {0,3}(`{3,}(?=[^`]*$)|~{3,})/;
const paragraphHeading = /^\s{0,3}(#{1,6})(?=[^\s#])/;
const setextUnderline = /^[ \t>]*(=+|-+)[ \t]*$/;
/** Nothing but spaces, tabs and quote markers. */
const blankLine = /^[ \t>]*$/;
const containerPrefix = /^((?:[ \t]*>)*)([ \t]*)((?:[-*+]|\d{1,9}[.)])(?:[ \t]+|$))?/;
const inPageLink = /\]\(\s*<?(#|https?:\/\/github\.com\/[^/]+\/[^/#]+\/?(blob\/[^#)]*)?#)/;
const leadingLinkPattern = /^(.{0,40}?)(!?)\[((?:[^\]\\]|\\.)*)\]\(\s*<?([^)\s>]*)>?(?:\s+"[^"]*")?\s*\)/;

const fenceCloses = new Map<string, RegExp>();

function fenceClose(fence: string): RegExp {
  let pattern = fenceCloses.get(fence);
  if (!pattern) {
    pattern = new RegExp(`^${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    fenceCloses.set(fence, pattern);
  }
  return pattern;
}

interface Open<T> {
  value: T;
  start: number;
  end: number;
}

interface OpenModule extends Open<Module> {
  headingDepth?: number;
  numbered?: boolean;
  container?: number;
  estimateLookahead: number;
  notesStart?: number;
  notesEnd?: number;
}

class SketchReader {
  private readonly source: SourceMap;
  private title?: NotesModel['title'];
  private readonly areas: Open<Area>[] = [];
  private readonly levels: Open<Level>[] = [];
  private readonly modules: OpenModule[] = [];
  private readonly placeholders: Placeholder[] = [];
  private area?: Open<Area>;
  private level?: Open<Level>;
  private current?: OpenModule;
  private areaDepth?: number;
  private sectionDepth?: number;
  private summaryDepth?: number;
  private ownWritingDepth?: number;
  private readonly summaryTimes: { title: string; estimate: EstimateMatch; lineStart: number }[] = [];
  /** The line of the last level marker: a lazy quote line right under it may open the level's first module. */
  private levelLine = -1;
  /** Which list (run of item lines) or quote a line stands in, so that siblings can be told apart. */
  private container = 0;

  constructor(
    private readonly text: string,
    private readonly catalog: CatalogIndex,
  ) {
    this.source = new SourceMap(text);
  }

  read(): NotesModel {
    const lines = this.source.lines;
    let fence: string | undefined;
    let fenceIndent = 0;
    let fenceQuoted = false;
    let listIndent: number | undefined;
    let comment = false;
    let paragraphLine = 0;
    let previousKind = '';
    for (let line = 0; line < lines.lineCount; line++) {
      const raw = lines.lineText(line);
      const start = lines.lineStart(line);
      // A blank line outside code and comments only ends a paragraph: most lines of a huge text are.
      if (fence === undefined && !comment && blankLine.test(raw)) {
        paragraphLine = 0;
        previousKind = 'blank';
        continue;
      }
      const prefix = containerPrefix.exec(raw) ?? ['', '', '', undefined];
      const quoted = prefix[1] !== '';
      const item = prefix[3] !== undefined;
      const content = raw.slice(prefix[0].length - (item ? 0 : prefix[2].length));
      if (fence !== undefined) {
        // A fence in a list item or quote ends with its container: a line indented less, or unquoted.
        const indent = /^[ \t]*/.exec(raw)?.[0].length ?? 0;
        const leftContainer = raw.trim() !== '' && ((fenceIndent > 0 && indent < fenceIndent) || (fenceQuoted && !quoted));
        if (!leftContainer) {
          if (fenceClose(fence).test(raw.replace(/^[ \t>]*/, ''))) fence = undefined;
          this.extend(start + raw.length);
          continue;
        }
        fence = undefined;
      }
      if (comment) {
        if (raw.includes('-->')) comment = false;
        this.extend(start + raw.length);
        continue;
      }
      const bare = raw.replace(/^[ \t>]*/, '');
      const opening = fenceOpen.exec(item ? content : bare);
      if (opening) {
        fence = opening[1];
        fenceQuoted = quoted;
        fenceIndent = item ? prefix[0].length : (/^[ \t]*/.exec(raw)?.[0].length ?? 0) > 3 ? (/^[ \t]*/.exec(raw)?.[0].length ?? 0) : 0;
        this.addNotes(start, start + raw.length);
        paragraphLine = 0;
        continue;
      }
      if (/^\s*<!--/.test(bare) && !bare.includes('-->')) {
        comment = true;
        continue;
      }
      if (bare.trim() === '') {
        paragraphLine = 0;
        previousKind = 'blank';
        continue;
      }
      const kind = item ? 'item' : quoted ? 'quote' : 'text';
      // A line with no `>` of its own right under a quote's text continues the quote lazily.
      const lazy = kind === 'text' && previousKind === 'quote' && paragraphLine > 0;
      if (kind !== previousKind && !(previousKind === 'item' && kind === 'text')) this.container++;
      previousKind = kind;
      // An item indented under another item is the outer item's notes, as the reader takes them.
      const indent = prefix[2].length;
      if (item && listIndent !== undefined && indent > listIndent && !quoted) {
        this.addNotes(start, start + raw.length);
        paragraphLine++;
        continue;
      }
      if (item && !quoted) listIndent = Math.min(listIndent ?? indent, indent);
      else if (indent === 0) listIndent = undefined;
      const lineStart = start + (raw.length - bare.length);
      // A setext heading: this paragraph line with an underline right below.
      const next = line + 1 < lines.lineCount ? lines.lineText(line + 1) : '';
      if (!item && paragraphLine === 0 && setextUnderline.test(next) && !/^[ \t>]*-+[ \t]*$/.test(bare) && next.replace(/^[ \t>]*/, '').length > 0) {
        this.visitHeading(next.includes('=') ? 1 : 2, bare.trim(), start, raw);
        line++;
        continue;
      }
      const atx = item ? undefined : readAtxHeading(bare);
      if (atx) {
        this.visitHeading(atx.depth, atx.text, start, raw);
        paragraphLine = 0;
        continue;
      }
      const hashed = !item && paragraphLine === 0 ? paragraphHeading.exec(bare) : null;
      if (hashed) {
        this.visitHeading(hashed[1].length, bare.slice(hashed[0].length), start, raw);
        paragraphLine++;
        continue;
      }
      if (lazy && this.levelLine !== line - 1) {
        // Under a quote's title it is the title's notes; under `> Beginner Level` it is read as below a blank.
        this.addNotes(lineStart, start + raw.length);
        paragraphLine++;
        continue;
      }
      this.visitLine(lineStart, start + raw.length, bare, item ? 'list-item' : quoted ? 'blockquote' : 'paragraph', paragraphLine, next.replace(/^[ \t>]*/, '') === '');
      paragraphLine++;
    }
    this.applySummaryTimes();
    const lines2 = this.source.lines;
    const model: Omit<NotesModel, 'detection'> = {
      title: this.title,
      areas: this.areas.map((area) => ({ ...area.value, range: lines2.range(area.start, area.end) })),
      levels: [],
      modules: [],
      placeholders: this.placeholders,
      tablesOfContents: [],
      code: [],
      lineCount: lines2.lineCount,
    };
    const moduleMap = new Map<Module, Module>();
    model.modules = this.modules.map((open) => {
      const module: Module = { ...open.value, range: lines2.range(open.start, open.end) };
      if (open.notesStart !== undefined && open.notesEnd !== undefined) {
        module.notesRange = lines2.range(open.notesStart, open.notesEnd);
        const logged = module.estimate ? undefined : findLoggedTime(lines2, open.notesStart, open.notesEnd);
        if (logged) module.estimate = this.estimateOf(logged.match, logged.lineStart);
      }
      moduleMap.set(open.value, module);
      return module;
    });
    const levelMap = new Map<Level, Level>();
    model.levels = this.levels.map((open) => {
      const level: Level = { ...open.value, range: lines2.range(open.start, open.end), modules: open.value.modules.map((module) => moduleMap.get(module) as Module) };
      levelMap.set(open.value, level);
      return level;
    });
    model.areas = model.areas.map((area) => ({ ...area, levels: area.levels.map((level) => levelMap.get(level) as Level), modules: area.modules.map((module) => moduleMap.get(module) as Module) }));
    return { ...model, detection: detectNotes(model) };
  }

  // ---- headings

  private visitHeading(depth: number, headingText: string, start: number, raw: string): void {
    const end = start + raw.length;
    const plain = plainMarkerText(plainMarkup(headingText).replace(/\\(.)/g, '$1'));
    if (this.summaryDepth !== undefined && depth > this.summaryDepth) return this.addNotes(start, end);
    this.summaryDepth = isSummaryTitle(plain) ? depth : undefined;
    if (this.summaryDepth !== undefined) return this.addNotes(start, end);
    this.ownWritingDepth = ownWritingDepth(this.ownWritingDepth, depth, plain);
    if (depth === 1 && !this.title && this.areas.length === 0 && this.modules.length === 0 && !readAreaMarker(plain) && !readLevelMarker(plain)) {
      this.title = { text: plain, range: this.source.lines.range(start, end) };
      return;
    }
    const marker = readAreaMarker(plain, this.catalog.areaNames) ?? readAreaMarker(plainMarkerText(plainMarkup(withoutEstimate(headingText))), this.catalog.areaNames);
    if (marker) {
      const numbered = /^area\b/i.test(plain);
      const deeper = (!numbered && this.areaDepth !== undefined && depth > this.areaDepth) || (!numbered && this.current?.headingDepth !== undefined && depth > this.current.headingDepth);
      if (!deeper) {
        this.areaDepth = Math.min(this.areaDepth ?? depth, depth);
        this.openArea(plain, marker.number, marker.topic, start, end);
        if (marker.level) this.openLevel(marker.level, raw.trim(), start, end);
        return;
      }
    }
    const level = readLevelMarker(plain);
    if (level) {
      this.openLevel(level.name, raw.trim(), start, end);
      if (level.rest && !readAreaMarker(level.rest)) {
        const at = raw.lastIndexOf(level.rest);
        const estimate = scanTime(raw);
        const restEstimate = estimate ? undefined : scanTime(level.rest);
        const title = withoutTime(level.rest.replace(/^[\s\-–:]+/, ''), restEstimate);
        const titleStart = start + Math.max(0, at);
        this.openModule({ title, titleStart, titleEnd: titleStart + level.rest.length, estimate: estimate ?? shiftTime(restEstimate, at), lineStart: start, linkLed: false, namesResource: false }, 'heading', start, end, raw, depth);
      }
      return;
    }
    const candidate = this.opener(start, raw);
    const evidence = { depth, plain, timeBelow: timeLineBelow(this.source.lines, this.source.lines.positionAt(start).line), inOwnWriting: this.ownWritingDepth !== undefined };
    if (candidate && !this.catalog.isGroup(candidate.title) && headingOpens(evidence, candidate, this.readingState(), this.catalog)) {
      this.openModule(candidate, 'heading', start, end, raw, depth);
      if (this.current) this.current.numbered = isNumberedHeading(plain);
      return;
    }
    // A plain heading as high as the module's own ends its notes: it starts a section beside it.
    const openDepth = this.current?.headingDepth;
    if (openDepth !== undefined && depth <= openDepth) this.current = undefined;
    this.addNotes(start, end);
    this.sectionDepth = Math.min(this.sectionDepth ?? depth, depth);
  }

  // ---- lines of paragraphs, items and quotes

  private visitLine(start: number, end: number, bare: string, style: OpenerStyle, index: number, single: boolean): void {
    const raw = this.text.slice(start, end);
    if (this.summaryDepth !== undefined) {
      const candidate = this.opener(start, raw);
      if (candidate?.estimate?.kind === 'minutes') this.summaryTimes.push({ title: candidate.title, estimate: candidate.estimate, lineStart: start });
      return this.addNotes(start, end);
    }
    // An item linking into the page is a table of contents entry, never a level or a module.
    if (style === 'list-item' && inPageLink.test(bare)) return this.extend(end);
    const plain = plainMarkerText(plainMarkup(bare));
    if (isTemplateText(plain)) {
      this.placeholders.push({ text: plain, range: this.source.lines.range(start, end) });
      this.extend(end);
      return;
    }
    const level = readLevelMarker(plain);
    if (level && (level.rest === '' || index === 0) && plain.length < 60) {
      this.openLevel(level.name, raw.trim(), start, end);
      return;
    }
    if (index === 0 && style === 'paragraph' && single && this.readStandaloneArea(plain, start, end)) return;
    const candidate = this.opener(start, raw);
    const opens = candidate && this.acceptsLine(candidate, style, this.container);
    // A line that opens a module keeps its time, as the reader has it: it is not the estimate line of the module above.
    if (!opens && this.current && this.current.estimateLookahead > 0 && this.takeEstimateLine(raw, start)) {
      this.extend(end);
      return;
    }
    if (candidate && opens) {
      this.openModule(candidate, style === 'paragraph' && candidate.linkLed ? 'link-paragraph' : style, start, end, raw, undefined, this.container);
      return;
    }
    this.addNotes(start, end);
  }

  /** A paragraph that is nothing but an area's name: `Big Data and Machine Learning (Beginner level)`. */
  private readStandaloneArea(plain: string, start: number, end: number): boolean {
    if (/^area\b/i.test(plain) || this.current || this.areaDepth !== undefined || /:$/.test(plain)) return false;
    const marker = readAreaMarker(plain, this.catalog.areaNames);
    if (!marker || marker.number !== undefined) return false;
    this.openArea(plain, undefined, marker.topic, start, end);
    if (marker.level) this.openLevel(marker.level, this.text.slice(start, end).trim(), start, end);
    return true;
  }

  private acceptsLine(candidate: OpenerCandidate, style: OpenerStyle, container: number): boolean {
    const state = this.readingState();
    if (state.current && candidate.estimate === undefined && !candidate.linkLed && isBoldLabel(this.source.lines.lineText(this.source.lines.positionAt(candidate.lineStart).line))) return false;
    return opensInContext(readingContext(state, container, style), candidate, style === 'blockquote', state.current, this.catalog);
  }

  private readingState(): ReadingState<number> {
    const current = this.current;
    return { current: current && { module: current.value, container: current.container, headingDepth: current.headingDepth, numbered: current.numbered }, inSection: Boolean(this.area || this.level), sectionDepth: this.sectionDepth };
  }

  /** The opener a line makes, with its leading link found by pattern rather than by a parse. */
  private opener(start: number, raw: string): OpenerCandidate | undefined {
    const nodes: PhrasingContent[] = [];
    const match = leadingLinkPattern.exec(raw);
    if (match && match[2] === '' && !isInPageLink(match[4])) {
      const before = match[1];
      const emphasised = /[*_]{1,3}[^*_\s][^*_]*[*_]{1,3}/.test(before);
      if (!emphasised) {
        const plainBefore = before.replace(/^[\s>#*_+\-–~|]*(\[[ xX]\]\s*)?/, '').replace(/[*_]/g, '');
        if (plainBefore) nodes.push({ type: 'text', value: plainBefore });
        const linkStart = start + match.index + before.length;
        const linkEnd = start + match.index + match[0].length;
        const link: Link = {
          type: 'link',
          url: match[4],
          children: [{ type: 'text', value: match[3].replace(/[*_`]/g, '') }],
          position: { start: { line: 1, column: 1, offset: linkStart - this.source.shift }, end: { line: 1, column: 1, offset: linkEnd - this.source.shift } },
        };
        nodes.push(link);
      }
    }
    return readOpener({ start, end: start + raw.length, raw, nodes }, this.source);
  }

  /** An estimate on a line of its own right under the opener: `Time: 15 min`. */
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
    current.value.estimate = this.estimateOf(match, lineStart);
    current.end = Math.max(current.end, lineStart + lineText.length);
    return rest.length <= 12;
  }

  // ---- sections

  private openArea(heading: string, number: number | undefined, topic: string, start: number, end: number): void {
    this.current = undefined;
    this.sectionDepth = undefined;
    this.ownWritingDepth = undefined;
    this.level = undefined;
    const range = this.source.lines.range(start, end);
    const area: Open<Area> = { value: { heading, number, topic, headingRange: range, range, levels: [], modules: [] }, start, end };
    this.areas.push(area);
    this.area = area;
  }

  private openLevel(name: Level['name'], text: string, start: number, end: number): void {
    this.current = undefined;
    this.sectionDepth = undefined;
    this.ownWritingDepth = undefined;
    const range = this.source.lines.range(start, end);
    this.levelLine = range.start.line;
    const level: Open<Level> = { value: { name, text, markerRange: range, range, areaIndex: this.area ? this.areas.length - 1 : undefined, modules: [] }, start, end };
    this.levels.push(level);
    this.area?.value.levels.push(level.value);
    this.level = level;
  }

  private openModule(candidate: OpenerCandidate, style: OpenerStyle, start: number, end: number, raw: string, headingDepth?: number, container?: number): void {
    this.current = undefined;
    this.sectionDepth = undefined;
    const lines = this.source.lines;
    const module: Module = {
      title: candidate.title,
      url: candidate.url,
      areaIndex: this.area ? this.areas.length - 1 : undefined,
      level: this.level?.value.name,
      style,
      openerRange: lines.range(start + (raw.length - raw.trimStart().length), end),
      titleRange: lines.range(candidate.titleStart, Math.max(candidate.titleStart, candidate.titleEnd)),
      range: lines.range(start, end),
      estimate: this.estimateOf(candidate.estimate, candidate.lineStart),
      hasNotes: false,
    };
    const open: OpenModule = { value: module, start, end, headingDepth, container, estimateLookahead: estimateLookahead(candidate.estimate) };
    this.modules.push(open);
    this.current = open;
    this.area?.value.modules.push(module);
    this.level?.value.modules.push(module);
    this.extend(end);
  }

  private estimateOf(match: EstimateMatch | undefined, lineStart: number): TimeEstimate | undefined {
    if (!match) return undefined;
    const range = this.source.lines.range(lineStart + match.start, lineStart + match.end);
    const text = this.text.slice(lineStart + match.start, lineStart + match.end);
    if (match.kind === 'minutes' && match.minutes) return { kind: 'minutes', minutes: match.minutes, text, range };
    return { kind: match.kind === 'minutes' ? 'unreadable' : match.kind, text, range };
  }

  private applySummaryTimes(): void {
    for (const { value: module } of this.modules) {
      if (module.estimate) continue;
      const entry = this.summaryTimes.find((time) => sameModuleTitle(time.title, module.title));
      if (entry) module.estimate = this.estimateOf(entry.estimate, entry.lineStart);
    }
  }

  private addNotes(start: number, end: number): void {
    const current = this.current;
    if (current) {
      current.notesStart ??= start;
      current.notesEnd = end;
      current.value.hasNotes = true;
      if (current.estimateLookahead > 0) current.estimateLookahead--;
    }
    this.extend(end);
  }

  private extend(end: number): void {
    if (this.current) this.current.end = Math.max(this.current.end, end);
    if (this.level) this.level.end = Math.max(this.level.end, end);
    if (this.area) this.area.end = Math.max(this.area.end, end);
  }
}


const isBlank = (char: string | undefined): boolean => char === ' ' || char === '\t';

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



/** A file no editor has open, as the workspace index keeps it: sketched, not parsed. */
export function sketchDocument(uri: string, text: string, catalog: CatalogIndex = bundledCatalog): NotesDocument {
  return { uri, version: 0, text, model: sketchNotes(text, rememberingLookups(catalog)), lines: new LineIndex(text), catalog };
}
