import type { Range, WorkspaceSymbol } from 'vscode-languageserver-types';
import { summariseNotes, type NotesSummary } from '../course/studentNotes';
import { areaName, symbolKinds } from '../notes/shown';
import { normaliseTitle } from '../notes/catalog';
import { isNotesDocument, type NotesDocument } from '../document/notesDocument';
import type { StudyNotesSettings } from '../document/settings';
import { ownCopy } from './ownCopy';
import { finish, stepItems, type Steps } from '../document/steps';

const maxResults = 500;

/** A module as one notes file wrote it: classmates' and earlier notes complete a course without a catalog. */
export interface WrittenModule {
  uri: string;
  title: string;
  /** The title as titles are compared (notes/catalog.ts normaliseTitle): what modules are grouped by. */
  key: string;
  url?: string;
  /** The area's topic as written ("Queues"), or its heading when it has no topic. */
  area?: string;
  level?: string;
  /** The lower end of the file's readable estimate. */
  minutes?: number;
}

/**
 * How much the index holds: a workspace may be a user's home or `/`, with 100,000 Markdown files,
 * and the server must stay well within 1 GB and keep answering while it indexes them.
 */
export interface IndexLimits {
  /**
   * Markdown files read, in the workspace's order; the rest are left out, and the log names them.
   * A class of 100 students who each keep 50 notes files has 5,000: 20,000 leaves room four times
   * over, and reading them by lines takes a minute or two of one core in the background.
   */
  files: number;
  /**
   * Areas and modules kept over all files. Each costs at most ~1.5 KB (its names are capped below),
   * so the index stays within ~450 MB whatever the files hold. Notes files of the corpus keep ~16
   * each: 18,500 of them fill it, with the server's memory peaking at 260 MB.
   */
  entries: number;
}

export const defaultIndexLimits: IndexLimits = { files: 20_000, entries: 300_000 };

/**
 * What one file may keep: the largest notes file of the corpus has 4 areas and 27 modules, its
 * longest title 116 characters and its longest URL 149. A generated file keeps its first ones.
 */
export const perFile = { areas: 100, modules: 500, nameLength: 200, urlLength: 500 };

interface AreaSummary {
  name: string;
  /** The area's topic as written, or its name: what a written module of it says of its area. */
  topic: string;
  range: Range;
}

interface ModuleSummary {
  /** Made once, when the file is indexed: the merged catalog groups every file's modules again after a change. */
  written: WrittenModule;
  /** Index into the file's kept areas. */
  area?: number;
  range: Range;
}

/** What the index keeps of one notes file: names and places, never its text or its model. */
interface FileSummary {
  areas: AreaSummary[];
  modules: ModuleSummary[];
}

/** Areas and modules of every indexed notes file, for "go to symbol in workspace" and module completion. */
export class WorkspaceIndex {
  private readonly files = new Map<string, FileSummary>();
  private kept = 0;
  /** What course progress needs of every Markdown file, notes or not: a page of notes a module links to counts too. */
  private readonly summaries = new Map<string, NotesSummary>();
  /** Each version's summary, made once for the index and the student's progress alike (a megabyte of notes: ~12 ms). */
  private readonly versionSummaries = new WeakMap<NotesDocument, NotesSummary>();
  private summaryChanges = 0;
  private changes = 0;
  /** While a workspace is indexed, its written modules change with every file: they are published once, at its end. */
  private holds = 0;
  private heldChanges = false;

  /** Indexes (or re-indexes) one analysed file; files that are not notes hold nothing. */
  update(document: NotesDocument, settings: Pick<StudyNotesSettings, 'notesFiles'>): void {
    const isNotes = isNotesDocument(document, settings);
    this.summaries.set(document.uri, ownCopy(this.summaryOfVersion(document, document.path ?? '', isNotes)));
    this.summaryChanges++;
    if (!isNotes) return this.forget(document.uri);
    const previous = this.files.get(document.uri);
    const summary = summaryOf(document);
    this.files.set(document.uri, summary);
    this.kept += entriesOf(summary) - (previous ? entriesOf(previous) : 0);
    if (!previous || !sameWritten(previous, summary)) this.changed();
  }

  remove(uri: string): void {
    if (this.summaries.delete(uri)) this.summaryChanges++;
    this.forget(uri);
  }

  /** The summaries of the files under a folder (a student's), by URI, each as the file `pathOf` names it there. */
  summariesUnder(folder: string, pathOf: (uri: string) => string): Map<string, NotesSummary> {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    return new Map(
      [...this.summaries].filter(([uri]) => uri.startsWith(prefix)).map(([uri, summary]) => {
        const path = pathOf(uri);
        return [uri, summary.path === path ? summary : { ...summary, path }];
      }),
    );
  }

  /**
   * What course progress needs of this version of a document, as the file `path` of the student's:
   * a file outside every workspace folder is its own name to the student, and the path is all that
   * differs.
   */
  summaryOfVersion(document: NotesDocument, path: string, isNotes: boolean): NotesSummary {
    let summary = this.versionSummaries.get(document);
    if (summary?.isNotes !== isNotes) {
      summary = summariseNotes(path, document.model, document.text, isNotes);
      this.versionSummaries.set(document, summary);
    }
    return summary.path === path ? summary : { ...summary, path };
  }

  /** Changes with every file's summary, so that a student's progress can be cached. */
  get summariesVersion(): number {
    return this.summaryChanges;
  }

  private forget(uri: string): void {
    const previous = this.files.get(uri);
    if (!previous) return;
    this.files.delete(uri);
    this.kept -= entriesOf(previous);
    this.changed();
  }

  has(uri: string): boolean {
    return this.files.has(uri);
  }

  /** The areas and modules kept over all files. */
  get entries(): number {
    return this.kept;
  }

  /** The written modules change once for all the files indexed until `release`. */
  hold(): void {
    this.holds++;
  }

  release(): void {
    this.holds--;
    if (this.holds > 0 || !this.heldChanges) return;
    this.heldChanges = false;
    this.changes++;
  }

  private changed(): void {
    if (this.holds > 0) this.heldChanges = true;
    else this.changes++;
  }

  /** Changes when the written modules do, so that what is derived from them can be cached. */
  get version(): number {
    return this.changes;
  }

  writtenModules(): WrittenModule[] {
    const written: WrittenModule[] = [];
    for (const { modules } of this.files.values()) for (const module of modules) written.push(module.written);
    return written;
  }

  get size(): number {
    return this.files.size;
  }

  /** Substring matches first, then names holding the query's characters in order ("whydock"). */
  query(query: string): WorkspaceSymbol[] {
    return finish(this.querySteps(query));
  }

  /** The query, a pause after each step's worth of symbols: a workspace of thousands of files holds a hundred thousand. */
  *querySteps(query: string): Steps<WorkspaceSymbol[]> {
    const wanted = query.toLowerCase().replace(/\s+/g, '');
    const ranked: { symbol: WorkspaceSymbol; rank: number }[] = [];
    let sinceStep = 0;
    // A file indexed or removed during a pause is seen or not, as a query a moment earlier or later would.
    for (const [uri, summary] of this.files)
      for (const symbol of symbolsOf(uri, summary)) {
        const rank = matchRank(symbol.name.toLowerCase(), query.toLowerCase().trim(), wanted);
        if (rank > 0) ranked.push({ symbol, rank });
        if (++sinceStep < stepItems) continue;
        sinceStep = 0;
        yield;
      }
    ranked.sort((a, b) => b.rank - a.rank);
    return ranked.slice(0, maxResults).map((entry) => entry.symbol);
  }
}

function symbolsOf(uri: string, { areas, modules }: FileSummary): WorkspaceSymbol[] {
  return [
    ...areas.map((area) => ({ name: area.name, kind: symbolKinds.area, location: { uri, range: area.range } })),
    ...modules.map((module) => ({ name: module.written.title, kind: symbolKinds.module, containerName: module.area === undefined ? undefined : areas[module.area].name, location: { uri, range: module.range } })),
  ];
}

function entriesOf(summary: FileSummary): number {
  return summary.areas.length + summary.modules.length;
}

const fits = (name: string): boolean => name.length > 0 && name.length <= perFile.nameLength;

function summaryOf({ uri, model }: NotesDocument): FileSummary {
  const kept = new Map<number, number>();
  const areas: AreaSummary[] = [];
  model.areas.forEach((area, index) => {
    const name = areaName(area);
    const topic = area.topic || name;
    if (areas.length >= perFile.areas || !fits(name) || !fits(topic)) return;
    kept.set(index, areas.length);
    areas.push({ name: ownCopy(name), topic: ownCopy(topic), range: area.headingRange });
  });
  const modules: ModuleSummary[] = [];
  for (const module of model.modules) {
    if (modules.length >= perFile.modules) break;
    if (!fits(module.title)) continue;
    const url = module.url && module.url.length <= perFile.urlLength ? ownCopy(module.url) : undefined;
    const minutes = module.estimate?.kind === 'minutes' ? module.estimate.minutes.min : undefined;
    const area = module.areaIndex === undefined ? undefined : kept.get(module.areaIndex);
    const title = ownCopy(module.title);
    const written = { uri, title, key: normaliseTitle(title), url, area: area === undefined ? undefined : areas[area].topic, level: module.level, minutes };
    modules.push({ written, area, range: module.titleRange });
  }
  return { areas, modules };
}

/** Whether two summaries offer the same written modules: moved lines alone change no completion. */
function sameWritten(a: FileSummary, b: FileSummary): boolean {
  const writtenOf = ({ modules }: FileSummary): string => JSON.stringify(modules.map(({ written }) => [written.title, written.url, written.area, written.level, written.minutes]));
  return writtenOf(a) === writtenOf(b);
}

function matchRank(name: string, query: string, compact: string): number {
  if (!query) return 1;
  if (name.includes(query)) return 3;
  let at = 0;
  for (const char of name) if (char === compact[at]) at++;
  return at === compact.length ? 2 : 0;
}
