import { SymbolKind, type WorkspaceSymbol } from 'vscode-languageserver-types';
import { areaName } from './diagnostics';
import { isNotesDocument, type NotesDocument } from './notesDocument';
import type { StudyNotesSettings } from './settings';

const maxResults = 500;

/** Areas and modules of every indexed notes file, for "go to symbol in workspace". */
export class WorkspaceIndex {
  private readonly symbols = new Map<string, WorkspaceSymbol[]>();

  /** Indexes (or re-indexes) one analysed file; files that are not notes hold no symbols. */
  update(document: NotesDocument, settings: Pick<StudyNotesSettings, 'notesFiles'>): void {
    if (!isNotesDocument(document, settings)) {
      this.symbols.delete(document.uri);
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
  }

  remove(uri: string): void {
    this.symbols.delete(uri);
  }

  get size(): number {
    return this.symbols.size;
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

function matchRank(name: string, query: string, compact: string): number {
  if (!query) return 1;
  if (name.includes(query)) return 3;
  let at = 0;
  for (const char of name) if (char === compact[at]) at++;
  return at === compact.length ? 2 : 0;
}
