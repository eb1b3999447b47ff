import { CompletionItemKind, InsertTextFormat, MarkupKind, type CompletionItem, type CompletionList, type Position, type Range, type TextEdit } from 'vscode-languageserver-types';
import { levelsOfArea, type Course } from '../catalog/course';
import { dockerCompletions } from '../docker/dockerCompletion';
import { countsForNoLevel, normaliseTitle, requirementNote } from '../notes/catalog';
import { courseAreaName } from '../notes/courseNames';
import { formatMinutes } from '../notes/timeEstimate';
import { comparePositions } from '../notes/shown';
import { type CatalogEntry, type ModuleCatalog } from '../document/moduleCatalog';
import { detectOpenerShape, inQuote, lastIndexWhere, levelMarkerText, numberedMarker, renderOpener, withTypedMarker } from '../document/notesWriter';
import type { NotesDocument } from '../document/notesDocument';
import { plainInsertText } from '../document/plainInsertText';
import { markdownText, webUrl } from '../document/safeText';
import { areaIndexAt, rankingAt, type CourseStanding, type Ranking } from '../document/moduleRanking';
import { finish, stepItems, type Steps } from '../document/steps';

/** `[` after nothing but a container marker: `[`, `- [`, `### [`, `> [`, `1. [`, a table row's `| [`. */
const titleContext = /^(\s*)((?:#{1,6}\s*|(?:>\s?)+|(?:[-*+]|\d+[.)])\s+|\|\s*)?)\[([^\][]*)$/;
/** Only a marker, or nothing: where an explicit request (Ctrl+Space) offers modules too. */
const emptyContext = /^(\s*)((?:#{1,6}\s+|(?:>\s?)+|(?:[-*+]|\d+[.)])\s+)?)$/;
const maxUrls = 20;
/** What may follow the cursor where a module opener is typed: nothing, or what the editor auto-closed (`]`, `]()`). */
const autoClosed = /^\]?(\(\))?\s*$/;

/** How the list is asked for, and by whom. */
export interface CompletionRequest {
  /** Asked for explicitly (Ctrl+Space), not by a typed character. */
  invoked: boolean;
  /** The client takes snippet syntax (the time is a placeholder, the cursor ends on the notes line); else plain text. */
  snippets: boolean;
  /** The student's progress, asked only when modules are offered: what the level still requires comes first. */
  standing(): CourseStanding;
}

/** What the list is asked with: the request, and what the notes are measured against. */
export interface CompletionContext extends CompletionRequest {
  /** The catalog this document completes modules from, asked only when modules are offered. */
  catalog(): ModuleCatalog;
  course: Course;
  /** Docker and kubectl commands are completed in code blocks. */
  docker: boolean;
}

/**
 * Inside a docker command line, its completions; after `>` at a line start, the course's levels;
 * elsewhere, modules from every catalog source; a pause after each step's worth of modules, where a
 * cancelled request stops.
 */
export function* completionSteps(document: NotesDocument, position: Position, context: CompletionContext): Steps<CompletionItem[] | CompletionList> {
  const docker = context.docker ? dockerCompletions(document.model.code, position) : undefined;
  if (docker) return docker;
  const modules = yield* moduleCompletionSteps(document, position, context.catalog(), context);
  const levels = levelCompletions(document, position, context.course);
  if (!levels) return modules ?? [];
  // After `> ` a student may start a level or, asking, a quoted module: both are offered, levels first.
  return { isIncomplete: false, items: [...levels, ...(modules?.items.map((item) => ({ ...item, sortText: `~${item.sortText ?? ''}` })) ?? [])] };
}

/**
 * Module-link completion: at `[` (or an explicit request on an empty line) inside an area, whole
 * module openers in the document's own style; inside `](`, the URL for the title typed.
 * Undefined when the position is not such a place.
 */
export function moduleCompletions(document: NotesDocument, position: Position, catalog: ModuleCatalog, request: CompletionRequest): CompletionList | undefined {
  return finish(moduleCompletionSteps(document, position, catalog, request));
}

/** The completions, a pause after each step's worth of catalog entries (a large workspace's written modules are many). */
export function* moduleCompletionSteps(document: NotesDocument, position: Position, catalog: ModuleCatalog, { invoked, snippets, standing }: CompletionRequest): Steps<CompletionList | undefined> {
  if (inCode(document, position)) return undefined;
  const lineText = document.lines.lineText(position.line);
  const before = lineText.slice(0, position.character);
  const url = urlTyping(before);
  if (url) return urlCompletions(catalog, url.title, url.partial, position, lineText);
  const after = lineText.slice(position.character);
  // Before text already written (a snippet's `](https://) (time:  min)`, a title being linked) a
  // whole opener would leave that text under it: the student is editing a line, not starting a module.
  if (!autoClosed.test(after)) return undefined;
  const typed = titleContext.exec(before) ?? (invoked && after.trim() === '' ? emptyContext.exec(before) : null);
  if (!typed || !inArea(document, position)) return undefined;
  const [, indent, marker, query = ''] = typed;
  const ranking = rankingAt(document, position, catalog, standing());
  return yield* titleCompletions(document, catalog, ranking, { position, indent, marker, query, lead: before.slice(indent.length, before.length - query.length), lineText, snippets });
}

/**
 * Inside `[Title](` : the title and the URL typed so far. Found from the last `(` backwards in
 * one pass: a regular expression searching every `[` of the line took seconds on a long line of
 * them.
 */
function urlTyping(before: string): { title: string; partial: string } | undefined {
  const paren = before.lastIndexOf('(');
  const partial = before.slice(paren + 1);
  if (paren < 1 || before[paren - 1] !== ']' || /[)\s]/.test(partial)) return undefined;
  // The title is what follows the first `[` after the last `]` before the link's own.
  const closing = paren - 1;
  const opening = before.indexOf('[', before.lastIndexOf(']', closing - 1) + 1);
  return opening >= 0 && opening < closing ? { title: before.slice(opening + 1, closing), partial } : undefined;
}

interface TitleTyping {
  position: Position;
  indent: string;
  /** The container marker the student typed, if any: it is kept. */
  marker: string;
  /** What follows `[`: the title being searched. */
  query: string;
  /** The typed text the edit replaces, up to the title: VS Code filters on it, leading spaces skipped. */
  lead: string;
  lineText: string;
  snippets: boolean;
}

function* titleCompletions(document: NotesDocument, catalog: ModuleCatalog, ranking: Ranking, typing: TitleTyping): Steps<CompletionList> {
  const { position, indent, marker, query } = typing;
  const detected = detectOpenerShape(document, position);
  const shape = marker ? withTypedMarker(detected, marker) : numberedMarker(document, detected, position);
  const range = replacedRange(typing);
  const firstIndent = marker ? '' : shape.indent;
  const blankAbove = blankLineAbove(document, position.line);
  const items: CompletionItem[] = [];
  for (const [index, entry] of catalog.entries.entries()) {
    if (index > 0 && index % stepItems === 0) yield;
    const score = titleScore(query, entry.module.title);
    if (score === 0) continue;
    const present = ranking.present(entry);
    const snippet = firstIndent + renderOpener(entry.module, shape, marker ? indent : shape.indent);
    items.push({
      label: entry.module.title,
      kind: CompletionItemKind.Module,
      // The time on every row, as Insert Module from Catalog shows it; area and level with the
      // documentation: the list stays wide enough for titles.
      labelDetails: { description: [timeShown(entry), ...(countsForNoLevel(entry.module) ? ['counts for no level'] : []), ...(present ? ['in your notes'] : [])].join(' · ') },
      detail: timeShown(entry),
      documentation: entryDocumentation(entry, present),
      // Without snippets, the client is a simple one: Neovim 0.7 ignores the edit's range once a
      // filterText is given and would insert after the typed `[`; it matches the edit's text instead.
      filterText: typing.snippets ? typing.lead + entry.module.title : undefined,
      sortText: `${4 - score}${ranking.tier(entry)}${String(index).padStart(5, '0')}`,
      insertTextFormat: typing.snippets ? InsertTextFormat.Snippet : InsertTextFormat.PlainText,
      textEdit: { range, newText: typing.snippets ? snippet : plainInsertText(snippet) },
      additionalTextEdits: blankAbove,
    });
  }
  return { isIncomplete: false, items };
}

/**
 * Right under a quote (a level marker's `> Basics Level`, a quoted module) the module would
 * continue the quote: a blank line ends it.
 * A separate edit on the line above, not a line break in the module's text: a client inserting the
 * text as a word (Neovim 0.7) would write the break as a NUL byte and match it against the typed `[`.
 */
function blankLineAbove(document: NotesDocument, line: number): TextEdit[] | undefined {
  if (!inQuote(document, line - 1)) return undefined;
  const end = { line: line - 1, character: document.lines.lineText(line - 1).length };
  return [{ range: { start: end, end }, newText: '\n' }];
}

/** From the typed marker (or the line start) to the end of the line: what follows the cursor is what the editor auto-closed. */
function replacedRange({ position, indent, marker, lineText }: TitleTyping): Range {
  return { start: { line: position.line, character: marker ? indent.length : 0 }, end: { line: position.line, character: lineText.length } };
}

/** Below an area heading, or anywhere in notes that have no areas (a file per module, a level list). */
function inArea(document: NotesDocument, position: Position): boolean {
  const { areas } = document.model;
  if (areas.length === 0) return true;
  const index = areaIndexAt(document, position);
  return index >= 0 && areas[index].headingRange.start.line < position.line;
}

function inCode(document: NotesDocument, position: Position): boolean {
  // Strictly inside: right before a fence or right after its close is the notes' own text.
  return document.model.code.some(({ range }) => comparePositions(range.start, position) < 0 && comparePositions(position, range.end) < 0);
}

/**
 * How well a typed query names a title, 0 for not at all: "kafka intro" finds "Lab: Kafka
 * Intro" (every word starts a title word), "kfkintro" finds it too (characters in order).
 */
export function titleScore(query: string, title: string): number {
  const wanted = query.toLowerCase().trim();
  if (!wanted) return 1;
  const written = title.toLowerCase();
  if (written.startsWith(wanted) || normaliseTitle(title).startsWith(normaliseTitle(query))) return 4;
  const titleWords = written.split(/[^\p{L}\p{N}]+/u);
  const queryWords = wanted.split(/[^\p{L}\p{N}]+/u).filter(Boolean);
  if (queryWords.length > 0 && queryWords.every((word) => titleWords.some((titleWord) => titleWord.startsWith(word)))) return 3;
  if (written.includes(wanted)) return 2;
  return inOrder(wanted.replace(/\s+/g, ''), written) ? 1 : 0;
}

function inOrder(characters: string, text: string): boolean {
  let at = 0;
  for (const character of text) if (character === characters[at]) at++;
  return at === characters.length;
}

function urlCompletions(catalog: ModuleCatalog, title: string, partial: string, position: Position, lineText: string): CompletionList {
  const rest = /^[^\s()]*/.exec(lineText.slice(position.character))?.[0] ?? '';
  const range: Range = { start: { line: position.line, character: position.character - partial.length }, end: { line: position.line, character: position.character + rest.length } };
  const named = catalog.find(title);
  const ranked = catalog.entries
    // Only web addresses are offered: a classmate's `javascript:` link is not copied into these notes.
    .filter((entry) => webUrl(entry.module.url) && entry.module.url!.toLowerCase().includes(partial.toLowerCase()))
    .map((entry) => ({ entry, score: entry === named ? 5 : titleScore(title, entry.module.title) }))
    .filter(({ score }) => score > 0)
    .sort((a, b) => b.score - a.score)
    .slice(0, maxUrls);
  const items = ranked.map(({ entry }, index): CompletionItem => ({
    label: entry.module.url!,
    kind: CompletionItemKind.Reference,
    detail: `${entry.module.title} · ${entryDetail(entry)}`,
    documentation: entryDocumentation(entry, false),
    filterText: entry.module.url,
    sortText: String(index).padStart(3, '0'),
    textEdit: { range, newText: /[\s()]/.test(entry.module.url!) ? `<${entry.module.url}>` : entry.module.url! },
  }));
  return { isIncomplete: false, items };
}

/** Area, level and suggested time: "Message Queues · Advanced · 30 min". */
function entryDetail(entry: CatalogEntry): string {
  return [entry.module.area, entry.module.level, requirementNote(entry.module), entryTime(entry)].filter(Boolean).join(' · ');
}

function entryTime({ module }: CatalogEntry): string | undefined {
  return module.minutes !== undefined ? formatMinutes({ min: module.minutes, max: module.minutes }) : undefined;
}

function timeShown(entry: CatalogEntry): string {
  return entryTime(entry) ?? 'no time given';
}

function entryDocumentation({ module, origin }: CatalogEntry, present: boolean): { kind: MarkupKind; value: string } {
  const lines: string[] = [];
  // Catalogs and classmates' notes are anyone's text: a link only to the web, the rest as text.
  const url = webUrl(module.url);
  if (url) lines.push(`<${url}>`);
  else if (module.url) lines.push(markdownText(module.url));
  lines.push(markdownText(`${module.area} · ${module.level}`));
  if (module.group) lines.push(`Group: ${markdownText(module.group)}`);
  const requirement = requirementNote(module);
  if (requirement) lines.push(markdownText(requirement));
  lines.push(`From: ${markdownText(origin)}`);
  if (present) lines.push('Already in these notes');
  return { kind: MarkupKind.Markdown, value: lines.join('  \n') };
}

/** `>` at a line start, and at most the words of a level typed after it. */
const quoteStart = /^(\s{0,3}>\s?)([\p{L}\p{N} ]*)$/u;

/**
 * The course's levels after `>` at the start of a line, written as the notes write level markers
 * (`> Basics Level`): the levels the course asks of the area the line is in, else every level
 * the course names. The snippets and the grammar know no course; this does. Undefined elsewhere.
 */
function levelCompletions(document: NotesDocument, position: Position, course: Course): CompletionItem[] | undefined {
  const lineText = document.lines.lineText(position.line);
  const typed = quoteStart.exec(lineText.slice(0, position.character));
  if (!typed || lineText.slice(position.character).trim() !== '' || inCode(document, position)) return undefined;
  const levels = levelsHere(document, position, course);
  const start = typed[1].length;
  return levels.map((level, index) => ({
    label: levelMarkerText(level),
    kind: CompletionItemKind.EnumMember,
    detail: `${course.title}: a level`,
    sortText: String(index).padStart(3, '0'),
    filterText: levelMarkerText(level),
    textEdit: { range: { start: { line: position.line, character: start }, end: { line: position.line, character: lineText.length } }, newText: levelMarkerText(level) },
  }));
}

function levelsHere(document: NotesDocument, position: Position, course: Course): string[] {
  const areas = document.model.areas;
  const area = areas[lastIndexWhere(areas, (entry) => entry.headingRange.start.line < position.line)];
  const name = area && courseAreaName(area.topic || area.heading, course.catalog.words.areas.filter((entry) => course.areas.includes(entry.name)));
  const ofArea = name ? levelsOfArea(course, name) : [];
  return ofArea.length ? ofArea : course.catalog.words.levels.map((level) => level.name);
}
