import { fencedLines } from '../notes/fencedLines';
import { frontMatter, type FrontMatter } from '../notes/frontMatter';
import { headingLine } from '../notes/headingLine';
import { areaName } from '../notes/shown';
import type { NotesModel } from '../notes/types';
import type { StudentModule } from './placement';
import { wordDistance } from '../notes/typos';
import { unflattenedPaths } from './flattenedPaths';
import { topicSections } from './topicSections';
import { hasWrittenNotes, hasWrittenText, isOwnLine } from './writtenUp';
import { notesBelowOpeners, type NotesBelow } from './notesBelow';

/** A module of a notes file as progress needs it. */
export interface SummaryModule {
  /** 0-based line of its opener. */
  line: number;
  title: string;
  url?: string;
  /** The addresses of the opener line's other links: `[Why Queues?](my-notes.pdf) ([course](https://youtu.be/…))`. */
  otherUrls?: string[];
  areaIndex?: number;
  level?: string;
  /** Notes of the student's own under it. */
  written: boolean;
  /** It names a group or a level of the course's page, linked to the student's page of notes on all of it. */
  covers?: 'group' | 'level';
  /** A level's heading with notes under it and no module (`### Bring it all together`): the level's one module, if it has one. */
  levelSection?: boolean;
  /** A heading with notes under it that names no module the reader knows (`### Container`). */
  topicSection?: boolean;
  /** The line of the module in whose notes the topic section lies (`#### Launch a VM` under `### Practice`). */
  partOf?: number;
  /** Notes right under an area's heading, titled by the area's name: no module's title, listed to check by hand. */
  areaLead?: boolean;
  /** With no notes of its own, right over the next module's opener: that module and the words its notes begin with. */
  notesBelow?: NotesBelow;
}

/** A line of the student's time log (`Lab: Cryptopals Set 1 | 5 h`): what they say they did, notes or not. */
export interface LoggedLine {
  /** 0-based. */
  line: number;
  title: string;
  url?: string;
}

/**
 * What course progress needs of one Markdown file of a student's: a notes document's modules, or
 * a page of notes about one module (`S3.md`, `notes/docker/why-docker/index.md`). Small, so that a
 * workspace of thousands of files keeps one per file.
 */
export interface NotesSummary {
  /** The file's path in the student's folder, `/`-separated. */
  path: string;
  /** Reads as a notes document: its modules are the student's. */
  isNotes: boolean;
  /** The first heading: what a page of notes about one module is about. */
  heading?: string;
  /** Anything written in it besides headings: a page the student linked as their notes is no empty file. */
  hasText: boolean;
  /** A site's post with the student's text above the links it cites at its end (see `writtenAbovePostsLinks`). */
  postText?: boolean;
  /** Each area's name as written (topic, or the heading). */
  areas: string[];
  modules: SummaryModule[];
  /** The time log's lines, where the file has one. */
  logged?: LoggedLine[];
  /**
   * The sections of a page that does not read as notes, after its first heading: a page of notes a
   * module links to may write other modules of the course under their titles (`## VMs VS Containers`
   * in the `Docker/Basic.md` that "Basic" links to).
   */
  sections?: PageSection[];
}

export interface PageSection {
  /** 0-based line of its heading. */
  line: number;
  title: string;
  /** A line of the student's own under it, before the next heading as deep or less (only such sections are kept). */
  written: boolean;
}

export function summariseNotes(path: string, model: NotesModel, text: string, isNotes: boolean): NotesSummary {
  const lines = text.split(/\r\n|\r|\n/);
  const front = frontMatter(lines);
  return {
    path,
    isNotes,
    heading: pageTitle(lines, front),
    // A site's front matter (`title:`, `date:`) is no text of the student's.
    hasText: hasWrittenText(lines, front.bodyStart),
    ...(writtenAbovePostsLinks(model, lines, front) && { postText: true }),
    ...(!isNotes && { sections: pageSections(lines) }),
    areas: model.areas.map((area) => area.topic || areaName(area)),
    modules: [...levelSections(model, lines), ...topicSections(model, lines), ...modulesOf(model, lines)].sort((a, b) => a.line - b.line),
    ...(model.loggedTimes.length && { logged: loggedDone(model, lines) }),
  };
}

/** `- [ ] Lab: Docker Intro (30 min)`, `~~Video: …~~`, `-- planned, ~30 min`, `0 min`: a checklist's or a plan's line, not time spent. */
const notSpent = /\[\s\]|~~|\b(?:plann(?:ed|ing)|to\s*do|not\s+(?:yet|done|started|finished)|will\s+(?:do|watch|read|finish))\b/i;

/** The time log's lines that say time was spent on a module: what a student did, notes or not. */
function loggedDone(model: NotesModel, lines: readonly string[]): LoggedLine[] {
  return model.loggedTimes
    .filter(({ range, estimate }) => estimate.minutes.max > 0 && !notSpent.test(lines[range.start.line] ?? ''))
    .map(({ range, title, url }) => ({ line: range.start.line, title, ...(url && { url }) }));
}

function modulesOf(model: NotesModel, lines: readonly string[]): SummaryModule[] {
  const written = model.modules.map((module) => hasWrittenNotes(module, model, lines));
  const below = notesBelowOpeners(model, lines, written);
  return model.modules.map((module, index) => {
    const line = module.openerRange.start.line;
    const summary: SummaryModule = { line, title: module.title, url: module.url, areaIndex: module.areaIndex, level: module.level, written: written[index] };
    const otherUrls = linkAddresses(lines[line] ?? '').filter((url) => url !== module.url);
    if (otherUrls.length) summary.otherUrls = otherUrls;
    if (module.covers) summary.covers = module.covers;
    const notesBelow = below.get(index);
    if (notesBelow) summary.notesBelow = notesBelow;
    return summary;
  });
}

/**
 * A site's post (front matter, no areas) writes about a module and cites the course's page for it
 * at its end (`## Official Links` then `[Lab: Docker Networking](…)`): its text above the first
 * link is that module's notes, where it cites one module of the course (see `postsModule`).
 */
function writtenAbovePostsLinks(model: NotesModel, lines: readonly string[], { fields, bodyStart }: FrontMatter): boolean {
  if (!fields.has('title') || model.areas.length || !model.modules.length) return false;
  return hasWrittenText(lines, bodyStart, model.modules[0].openerRange.start.line, isOwnLine);
}

/**
 * `### Bring it all together` over the notes of the area's final project, which it does not name.
 * A sentence's worth of the student's own words, not "Nothing yet." under `### Beginner`.
 */
function levelSections(model: NotesModel, lines: readonly string[]): SummaryModule[] {
  return model.levels
    .filter((level) => !level.modules.length)
    .flatMap((level) => {
      if (!hasWrittenText(lines, level.markerRange.end.line + 1, level.range.end.line + 1, isOwnLine)) return [];
      const title = level.text.replace(/[#>*_:]/g, ' ').replace(/\s+/g, ' ').trim();
      return [{ line: level.markerRange.start.line, title, areaIndex: level.areaIndex, level: level.name, written: true, levelSection: true }];
    });
}

/**
 * The addresses of a line's Markdown links, images left out, in one pass: a student's line of
 * 170,000 `![` must not be searched again from each of them.
 */
function linkAddresses(line: string): string[] {
  const addresses: string[] = [];
  let open = -1;
  for (let at = 0; at < line.length; at++) {
    const char = line[at];
    if (char === '[') open = at;
    else if (char === ']' && line[at + 1] === '(' && open >= 0) {
      const end = line.indexOf(')', at + 2);
      if (end < 0) break;
      const address = line.slice(at + 2, end).trim().split(/\s/)[0].replace(/^<|>$/g, '');
      if (address && line[open - 1] !== '!') addresses.push(address);
      open = -1;
      at = end;
    }
  }
  return addresses;
}

/** A site's page names itself in its front matter (`title: Docker Images Lab`), else by its first heading. */
function pageTitle(lines: readonly string[], { fields, bodyStart }: FrontMatter): string | undefined {
  const title = fields.get('title');
  if (title) return title;
  for (const line of lines.slice(bodyStart)) {
    const heading = headingLine(line);
    if (heading) return heading.title;
  }
  return undefined;
}

/**
 * The workspace index keeps every Markdown file's summary: a page's first sections written up are
 * enough for a page of notes, and a generated page of headings must not make its summary large.
 */
const mostSections = 50;

/** One pass: each own line marks the sections open above it written (at most six, one a depth). */
function pageSections(lines: readonly string[]): PageSection[] {
  const sections: PageSection[] = [];
  const open: { depth: number; section?: PageSection }[] = [];
  const fenced = fencedLines();
  let first = true;
  lines.forEach((line, index) => {
    const heading = fenced(line) ? undefined : headingLine(line);
    if (heading) {
      while (open.length && open[open.length - 1].depth >= heading.depth) open.pop();
      // The first heading is the page's own title: what the module linking to it is about.
      const section = first ? undefined : { line: index, title: heading.title, written: false };
      if (section) sections.push(section);
      open.push({ depth: heading.depth, section });
      first = false;
    } else if (open.some(({ section }) => section && !section.written) && isOwnLine(line)) {
      for (const { section } of open) if (section) section.written = true;
    }
  });
  return sections.filter((section) => section.written).slice(0, mostSections);
}

/** Links to files of this kind are notes when they are the student's: their text cannot be read here, their kind says it. */
const notesDocumentKind = /\.(pdf|docx?|pptx?|png|jpe?g|gif|svg|html?)([?#].*)?$/i;
const markdownKind = /\.(md|markdown)([?#].*)?$/i;

/** The Markdown file of the folder a link points at: relative, or on the student's GitHub repository (`…/blob/master/S3.md`). */
function linkedPath(url: string, from: string): string | undefined {
  const blob = /^https?:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[^/]+\/(.+)$/i.exec(url);
  const target = blob ? blob[1] : /^[a-z][a-z0-9+.-]*:/i.test(url) ? undefined : joinPath(from, url);
  if (!target) return undefined;
  try {
    return decodeURIComponent(target.replace(/[?#].*$/, ''));
  } catch {
    return target;
  }
}

/**
 * A GitHub Pages post of the student's site, as the file of the folder it is built from:
 * `https://someone.github.io/practice/docker-why-docker/` is `…/docker-why-docker/index.md` or `…/docker-why-docker.md`.
 */
function sitePage(url: string, byPath: ReadonlyMap<string, NotesSummary>): NotesSummary | undefined {
  const slug = /^https?:\/\/[^/]+\.github\.io\/(?:[^?#]*\/)?([^/?#]+)\/?(?:[?#].*)?$/i.exec(url)?.[1]?.toLowerCase();
  if (!slug) return undefined;
  for (const [path, page] of byPath) if (path.endsWith(`/${slug}/index.md`) || path.endsWith(`/${slug}.md`) || path === `${slug}.md`) return page;
  return undefined;
}

function joinPath(from: string, relative: string): string {
  const parts = from.split('/').slice(0, -1);
  for (const part of relative.replace(/^\/+/, '').split('/')) {
    if (part === '..') parts.pop();
    else if (part !== '.' && part !== '') parts.push(part);
  }
  return parts.join('/');
}

export interface StudentFiles {
  /** The modules of the student's files; those of a file that does not read as notes are `loose`. */
  modules: StudentModule[];
  /** The files that are neither notes nor a page a module links to, each as the module its name says. */
  pages: StudentModule[];
}

/** What a link to notes tells: the page of the folder it is, or whether it is the student's notes by its kind. */
interface LinkedNotes {
  page?: NotesSummary;
  ownByKind: boolean;
}

/**
 * The modules of one student's notes files, read together as a TA reads them: notes kept in a page
 * the module links to count as written under it, and a page of notes nothing links to is a module
 * of its own, named by its file (`Intro to S3.md`) and first heading. The course tells its own
 * resources from the student's pages, and which files and folders are named after its levels.
 */
export function studentModules(summaries: readonly NotesSummary[], { isCourseUrl, levelNamed }: CourseNaming): StudentFiles {
  const treePaths = unflattenedPaths(summaries.map((summary) => summary.path));
  const treePath = (summary: NotesSummary): string => treePaths.get(summary.path) ?? summary.path;
  // A file's own path before the path a flat name stands for: `docker/lab.md` is itself, not `docker__lab.md`.
  const byPath = new Map([...summaries.map((summary) => [treePath(summary), summary] as const), ...summaries.map((summary) => [summary.path, summary] as const)].map(([path, summary]) => [path.toLowerCase(), summary]));
  const linked = new Set<NotesSummary>();
  const modules: StudentModule[] = [];
  const notesOf = new Map<SummaryModule, LinkedNotes | undefined>();
  for (const summary of summaries)
    for (const module of summary.modules) {
      const urls = [module.url, ...(module.otherUrls ?? [])].filter((url): url is string => url !== undefined && !isCourseUrl(url));
      const notes = urls.map((url) => linkedNotes(url, summary.path, byPath)).find((found) => found.page || found.ownByKind);
      notesOf.set(module, notes);
      // A page is the notes of the module linking to it from a notes file; a page linked from another page
      // (a post's "next lab") stands as it would alone: the linking page's modules may count for nothing.
      if (notes?.page && summary.isNotes) linked.add(notes.page);
    }
  namedPages(summaries, notesOf, linked, treePath);
  for (const summary of summaries) {
    const fileLevel = levelOfPath(treePath(summary), levelNamed);
    // A page of notes a module links to is that module's notes: its sections are modules only where their titles surely are.
    if (linked.has(summary) && !summary.isNotes) {
      modules.push(...sectionModules(summary));
      continue;
    }
    const postModule = postsModule(summary, isCourseUrl);
    for (const module of summary.modules) {
      const notes = notesOf.get(module);
      const area = module.areaIndex === undefined ? undefined : summary.areas[module.areaIndex];
      const written = module.written || module === postModule || (notes?.page ? notes.page.hasText : (notes?.ownByKind ?? coversOwnPage(module, isCourseUrl)));
      modules.push({
        file: summary.path,
        line: module.line,
        title: module.title,
        url: module.url,
        otherUrls: module.otherUrls,
        aliases: notes?.page?.heading ? [notes.page.heading] : undefined,
        run: `${summary.path}#${module.areaIndex ?? ''}`,
        areaName: area,
        level: module.level ?? fileLevel,
        written,
        ...(!written && module.notesBelow && { notesBelow: module.notesBelow }),
        ...(module.covers && { covers: module.covers }),
        ...(module.levelSection && { levelSection: true }),
        ...(module.areaLead && { areaLead: true }),
        ...(!summary.isNotes && { loose: true }),
        // In a file that does not read as notes, or in a module's notes, a heading is a part of them unless it surely names a module.
        ...(module.topicSection && (!summary.isNotes || module.partOf !== undefined) && { withinPage: true }),
        ...(module.partOf !== undefined && { partOf: module.partOf }),
      });
    }
  }
  // Every other file is a page: the module its name says if it places, else a file the TA reads by hand.
  const pages = summaries.filter((summary) => !summary.isNotes && !linked.has(summary)).map((summary) => pageModule(summary, treePath(summary), levelOfPath(treePath(summary), levelNamed)));
  return { modules, pages };
}

/** What placing a student's modules asks of the course: which links are its own, which names are its levels. */
export interface CourseNaming {
  isCourseUrl(url: string): boolean;
  /** The course's level a file or folder is named after (`Intermediate.md`), if any. */
  levelNamed(name: string): string | undefined;
}

/**
 * `Report-2/Big Data/Intermediate.md`, `notes/docker/beginner/why-docker/index.md`: notes kept in a
 * file or folder per level are filed under it, as the level's heading would file them. The nearest
 * name wins.
 */
function levelOfPath(path: string, levelNamed: (name: string) => string | undefined): string | undefined {
  // A name joining a level with more (`Report-2__Docker__Beginner.md`) is filed under it too.
  const names = path.replace(/\.(md|markdown)$/i, '').split(/\/|__/).reverse();
  for (const name of names) {
    const level = levelNamed(name.replace(/[_-]+/g, ' ').trim());
    if (level) return level;
  }
  return undefined;
}

/**
 * The module a site's post is about: the one course module it cites. A page citing several (a
 * site's index listing the course's modules) writes up none of them by its text alone.
 */
function postsModule(summary: NotesSummary, isCourseUrl: (url: string) => boolean): SummaryModule | undefined {
  if (!summary.postText) return undefined;
  const cited = summary.modules.filter((module) => module.url !== undefined && isCourseUrl(module.url));
  return cited.length === 1 ? cited[0] : undefined;
}

/** A linked page's sections, placed apart from the notes that link to it: the course's order does not hold across them. */
function sectionModules(page: NotesSummary): StudentModule[] {
  return (page.sections ?? []).map(({ line, title, written }) => ({ file: page.path, line, title, run: `${page.path}#sections`, written, withinPage: true }));
}

/**
 * A group of the course's page has no address of its own: linked, it is the student's page of notes
 * on it (a blog, offline here: judged by that shape alone, and placed as likely).
 */
function coversOwnPage(module: SummaryModule, isCourseUrl: (url: string) => boolean): boolean {
  return module.covers !== undefined && module.url !== undefined && !isCourseUrl(module.url);
}

/**
 * `> Intro to S3` in a README beside `big-data-and-machine-learning/Intro to S3.md`: a module with no
 * notes and no link of its own keeps its notes in the page named after it, typos and case aside.
 */
function namedPages(summaries: readonly NotesSummary[], notesOf: Map<SummaryModule, LinkedNotes | undefined>, linked: Set<NotesSummary>, treePath: (summary: NotesSummary) => string): void {
  const pages = summaries.filter((summary) => !summary.isNotes && !linked.has(summary)).map((page) => ({ page, words: nameWords(pageName(treePath(page))) }));
  if (!pages.length) return;
  for (const summary of summaries)
    for (const module of summary.modules) {
      if (module.written || notesOf.get(module)) continue;
      const words = nameWords(module.title);
      // A post citing the course's page for its module (`## Official Links`) names itself: no page of its own notes.
      const named = pages.find((page) => page.page !== summary && !linked.has(page.page) && sameName(words, page.words));
      if (!named) continue;
      notesOf.set(module, { page: named.page, ownByKind: true });
      linked.add(named.page);
    }
}

function nameWords(name: string): string[] {
  return name.toLowerCase().split(/[^\p{L}\p{N}]+/u).filter(Boolean);
}

/** Most words alike, a typo of a long word allowed ("Anlyze", "wiht"). */
function sameName(a: readonly string[], b: readonly string[]): boolean {
  if (!a.length || !b.length) return false;
  const alike = a.filter((word) => b.some((other) => other === word || (Math.min(word.length, other.length) >= 4 && wordDistance(word, other, 1) <= 1))).length;
  return alike >= 0.8 * Math.max(a.length, b.length);
}

function linkedNotes(url: string, from: string, byPath: ReadonlyMap<string, NotesSummary>): LinkedNotes {
  const path = linkedPath(url, from);
  const page = path === undefined ? sitePage(url, byPath) : byPath.get(path.toLowerCase());
  if (page) return { page, ownByKind: true };
  if (markdownKind.test(url) && path !== undefined && byPath.size > 1) return { ownByKind: false };
  return { ownByKind: notesDocumentKind.test(url) || markdownKind.test(url) || /^https?:\/\/github\.com\/[^/]+\/[^/]+\/blob\//i.test(url) || /^https?:\/\/[^/]+\.github\.io\//i.test(url) };
}

/**
 * A page's name: its file's, or its folder's for a site's `docker-why-docker/index.md`; `_` and `-`
 * are spaces, and so are the joins of a name written in camel case (`AnalyzeBigDataWithHadoop`).
 */
function pageName(path: string): string {
  const parts = path.split('/');
  const name = (parts.pop() ?? '').replace(/\.(md|markdown)$/i, '');
  return splitCamelCase((/^(index|readme)$/i.test(name) && parts.length ? (parts.pop() as string) : name).replace(/[_-]+/g, ' '));
}

/** Two joins at least: one is a product's name ("DynamoDB", "JavaScript"). */
function splitCamelCase(name: string): string {
  if (/\s/.test(name) || (name.match(/[a-z][A-Z]/g) ?? []).length < 2) return name;
  return name.replace(/([a-z\d])([A-Z])/g, '$1 $2').replace(/([A-Z])([A-Z][a-z])/g, '$1 $2');
}

/**
 * A page of notes nothing links to, as the module its name says: `Web Apps/Launch VM.md` is
 * "Launch VM" in Web Apps; or its first heading says, where that is a course module's title.
 */
function pageModule(summary: NotesSummary, treePath: string, level: string | undefined): StudentModule {
  const parts = treePath.split('/').slice(0, -1);
  const name = pageName(treePath);
  if (/\/(index|readme)\.(md|markdown)$/i.test(treePath)) parts.pop();
  const folder = parts.length ? parts[parts.length - 1].replace(/[_-]+/g, ' ') : undefined;
  return { file: summary.path, line: 0, title: name, pageHeading: summary.heading, run: summary.path, areaName: folder, written: summary.hasText, ...(level && { level }) };
}
