import { CatalogIndex, type CatalogModule } from '../notes/catalog';

/**
 * Where module suggestions come from: the course (the bundled one, or the user's course file,
 * which replaces it), and the modules already written in the workspace's other notes files, so
 * that notes a course does not list yet still complete from classmates' and earlier notes.
 */
export type CatalogSourceKind = 'course' | 'notes';

export interface CatalogEntry {
  module: CatalogModule;
  source: CatalogSourceKind;
  /** Where it comes from, for people: "course catalog", the course file's name, "2 other notes files". */
  origin: string;
}

/** The merged catalog as one document sees it. */
export class ModuleCatalog {
  private readonly index: CatalogIndex;
  private readonly entryOf = new Map<CatalogModule, CatalogEntry>();

  constructor(readonly entries: readonly CatalogEntry[]) {
    for (const entry of entries) this.entryOf.set(entry.module, entry);
    this.index = new CatalogIndex(entries.map((entry) => entry.module));
  }

  find(title: string, url?: string): CatalogEntry | undefined {
    const module = this.index.find(title, url);
    return module && this.entryOf.get(module);
  }

  get areaNames(): string[] {
    return this.index.areaNames;
  }
}
