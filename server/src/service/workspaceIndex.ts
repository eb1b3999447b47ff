import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver-types';
import { summariseNotes, type NotesSummary } from '../course/studentNotes';
import { areaName } from '../notes/shown';
import { isNotesDocument, type NotesDocument } from './notesDocument';
import type { StudyNotesSettings } from './settings';

const maxResults = 500;

/** A module as one notes file wrote it: classmates' and earlier notes complete a course without a catalog. */
export interface WrittenModule {
  uri: string;
  title: string;
  url?: string;
  /** The area's topic as written ("Queues"), or its heading when it has no topic. */
  area?: string;
  level?: string;
  /** The lower end of the file's readable estimate. */
  minutes?: number;
}

/** Areas and modules of every indexed notes file, for "go to symbol in workspace" and module completion. */
export class WorkspaceIndex {
  private readonly symbols = new Map<string, WorkspaceSymbol[]>();
  private readonly written = new Map<string, WrittenModule[]>();
  /** What course progress needs of every Markdown file, notes or not: a page of notes a module links to counts too. */
  private readonly summaries = new Map<string, NotesSummary>();
  private changes = 0;

  /** Indexes (or re-indexes) one analysed file; files that are not notes hold no symbols. */
  update(document: NotesDocument, settings: Pick<StudyNotesSettings, 'notesFiles'>): void {
    this.changes++;
    const isNotes = isNotesDocument(document, settings);
    this.summaries.set(document.uri, summariseNotes(document.path ?? '', document.model, document.text, isNotes));
    if (!isNotes) {
      this.symbols.delete(document.uri);
      this.written.delete(document.uri);
      return;
    }
    const { model, uri } = document;
    const areas = model.areas.map((area) => ({ name: areaName(area), kind: SymbolKind.Namespace, location: { uri, range: area.headingRange } }));
    const modules = model.modules.map((module) => ({
      name: module.title,
      kind: SymbolKind.Module,
      containerName: module.areaIndex !== undefined ? areaName(model.areas[module.areaIndex]) : undefined,
      location: { uri, range: module.titleRange },
    }));
    this.symbols.set(uri, [...areas, ...modules]);
    this.written.set(uri, writtenModules(document));
  }

  remove(uri: string): void {
    this.changes++;
    this.symbols.delete(uri);
    this.written.delete(uri);
    this.summaries.delete(uri);
  }

  /** The summaries of the files whose URI starts with `folder` (a student's folder), by URI. */
  summariesUnder(folder: string): Map<string, NotesSummary> {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    return new Map([...this.summaries].filter(([uri]) => uri.startsWith(prefix)));
  }

  /** Changes with every update, so that what is derived from the written modules can be cached. */
  get version(): number {
    return this.changes;
  }

  writtenModules(): WrittenModule[] {
    return [...this.written.values()].flat();
  }

  get size(): number {
    return this.symbols.size;
  }

  /** Whether `uri` is indexed as a notes file. */
  holds(uri: string): boolean {
    return this.symbols.has(uri);
  }

  /** Substring matches first, then names holding the query's characters in order ("whydock"). */
  query(query: string): WorkspaceSymbol[] {
    const wanted = query.toLowerCase().replace(/\s+/g, '');
    const ranked: { symbol: WorkspaceSymbol; rank: number }[] = [];
    for (const symbols of this.symbols.values())
      for (const symbol of symbols) {
        const rank = matchRank(symbol.name.toLowerCase(), query.toLowerCase().trim(), wanted);
        if (rank > 0) ranked.push({ symbol, rank });
      }
    ranked.sort((a, b) => b.rank - a.rank);
    return ranked.slice(0, maxResults).map((entry) => entry.symbol);
  }
}

function writtenModules({ uri, model }: NotesDocument): WrittenModule[] {
  return model.modules.map((module) => {
    const area = module.areaIndex !== undefined ? model.areas[module.areaIndex] : undefined;
    const minutes = module.estimate?.kind === 'minutes' ? module.estimate.minutes.min : undefined;
    return { uri, title: module.title, url: module.url, area: area && (area.topic || areaName(area)), level: module.level, minutes };
  });
}

function matchRank(name: string, query: string, compact: string): number {
  if (!query) return 1;
  if (name.includes(query)) return 3;
  let at = 0;
  for (const char of name) if (char === compact[at]) at++;
  return at === compact.length ? 2 : 0;
}
