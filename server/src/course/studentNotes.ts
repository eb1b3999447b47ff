import { areaName } from '../notes/shown';
import type { NotesModel } from '../notes/types';
import type { StudentModule } from './placement';
import { hasWrittenNotes } from './writtenUp';

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
  /** Each area's name as written (topic, or the heading). */
  areas: string[];
  modules: SummaryModule[];
}

export function summariseNotes(path: string, model: NotesModel, text: string, isNotes: boolean): NotesSummary {
  const lines = text.split(/\r\n|\r|\n/);
  return {
    path,
    isNotes,
    heading: firstHeading(lines),
    hasText: lines.some((line) => /[\p{L}\p{N}]/u.test(line) && !/^\s{0,3}#/.test(line)),
    areas: model.areas.map((area) => area.topic || areaName(area)),
    modules: model.modules.map((module) => {
      const line = module.openerRange.start.line;
      const summary: SummaryModule = { line, title: module.title, url: module.url, areaIndex: module.areaIndex, level: module.level, written: hasWrittenNotes(module, model, lines) };
      const otherUrls = linkAddresses(lines[line] ?? '').filter((url) => url !== module.url);
      if (otherUrls.length) summary.otherUrls = otherUrls;
      return summary;
    }),
  };
}

/** The addresses of a line's Markdown links, images left out. */
function linkAddresses(line: string): string[] {
  const addresses: string[] = [];
  for (const link of line.matchAll(/(!?)\[[^\]]*\]\(\s*<?([^)\s>]+)>?[^)]*\)/g)) if (!link[1]) addresses.push(link[2]);
  return addresses;
}

function firstHeading(lines: readonly string[]): string | undefined {
  for (const line of lines) {
    const heading = /^\s{0,3}#{1,6}\s*(.*?)[\s#]*$/.exec(line);
    if (heading?.[1]) return heading[1].replace(/[*_`[\]]/g, '').trim();
  }
  return undefined;
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
  /** The pages of notes no module links to, each as the module its name says. */
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
 * of its own, named by its file (`Intro to S3.md`) and first heading. `isCourseUrl` tells the
 * course's own resources from the student's pages.
 */
export function studentModules(summaries: readonly NotesSummary[], isCourseUrl: (url: string) => boolean): StudentFiles {
  const byPath = new Map(summaries.map((summary) => [summary.path.toLowerCase(), summary]));
  const linked = new Set<NotesSummary>();
  const modules: StudentModule[] = [];
  for (const summary of summaries) {
    for (const module of summary.modules) {
      const urls = [module.url, ...(module.otherUrls ?? [])].filter((url): url is string => url !== undefined && !isCourseUrl(url));
      const notes = urls.map((url) => linkedNotes(url, summary.path, byPath)).find((found) => found.page || found.ownByKind);
      if (notes?.page) linked.add(notes.page);
      const area = module.areaIndex === undefined ? undefined : summary.areas[module.areaIndex];
      modules.push({
        file: summary.path,
        line: module.line,
        title: module.title,
        url: module.url,
        otherUrls: module.otherUrls,
        aliases: notes?.page?.heading ? [notes.page.heading] : undefined,
        run: `${summary.path}#${module.areaIndex ?? ''}`,
        areaName: area,
        level: module.level,
        written: module.written || (notes?.page ? notes.page.hasText : (notes?.ownByKind ?? false)),
        ...(!summary.isNotes && { loose: true }),
      });
    }
  }
  const pages = summaries.filter((summary) => !summary.isNotes && !linked.has(summary) && summary.hasText).map(pageModule);
  return { modules, pages };
}

function linkedNotes(url: string, from: string, byPath: ReadonlyMap<string, NotesSummary>): LinkedNotes {
  const path = linkedPath(url, from);
  const page = path === undefined ? undefined : byPath.get(path.toLowerCase());
  if (page) return { page, ownByKind: true };
  if (markdownKind.test(url) && path !== undefined && byPath.size > 1) return { ownByKind: false };
  return { ownByKind: notesDocumentKind.test(url) || markdownKind.test(url) || /^https?:\/\/github\.com\/[^/]+\/[^/]+\/blob\//i.test(url) || /^https?:\/\/[^/]+\.github\.io\//i.test(url) };
}

/**
 * A page of notes nothing links to, as the module its name says: `Web Apps/Launch VM.md` is
 * "Launch VM" in Web Apps. Its first heading is not taken: a technical report's names its topic.
 */
function pageModule(summary: NotesSummary): StudentModule {
  const parts = summary.path.split('/');
  let name = (parts.pop() ?? '').replace(/\.(md|markdown)$/i, '');
  // `docker-why-docker/index.md`: a site's page is named by its folder.
  if (/^(index|readme)$/i.test(name) && parts.length) name = parts.pop() as string;
  const words = (text: string): string => text.replace(/[_-]+/g, ' ');
  name = words(name);
  const folder = parts.length ? words(parts[parts.length - 1]) : undefined;
  return { file: summary.path, line: 0, title: name, run: summary.path, areaName: folder, written: true };
}
