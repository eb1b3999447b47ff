import { bundledCourse } from '../catalog/bundledCourse';
import type { CatalogIndex } from '../notes/catalog';
import { parseNotes } from '../notes/parse';
import type { NotesModel } from '../notes/types';
import type { NotesDocument } from '../document/notesDocument';
import { adoptPreciseReading, givePreciseUp, readUnopened, readVersion, type ReadingPolicy } from '../document/readVersion';

/** The policy, the bundled catalog and remark standing in for what it leaves out. */
export type NotesDocumentCacheOptions = Partial<ReadingPolicy>;

/** The latest reading of each open or indexed document, keyed by URI. */
export class NotesDocumentCache {
  private readonly documents = new Map<string, NotesDocument>();
  private policy: ReadingPolicy;

  constructor(options: NotesDocumentCacheOptions = {}) {
    this.policy = { ...options, catalog: options.catalog ?? bundledCourse.catalog, parse: options.parse ?? parseNotes };
  }

  get(uri: string, version: number, text: string): NotesDocument {
    const cached = this.documents.get(uri);
    if (cached && cached.version === version && cached.text === text) return cached;
    return this.keep(readVersion(cached, { uri, version, text }, this.policy));
  }

  /** A file no editor has open, read by lines and not kept (document/readVersion.ts readUnopened). */
  readUnopened(uri: string, text: string): NotesDocument {
    return readUnopened({ uri, version: 0, text }, { ...this.policy, readByLines: this.policy.readByLines ?? this.policy.parse });
  }

  private keep(document: NotesDocument): NotesDocument {
    this.documents.set(document.uri, document);
    return document;
  }

  /** The precise model of a version's text replaces the first reading (document/readVersion.ts adoptPreciseReading). */
  adoptPrecise(uri: string, read: { text: string; model: NotesModel; catalog: CatalogIndex }): NotesDocument | undefined {
    const current = this.documents.get(uri);
    const adopted = current && adoptPreciseReading(current, read, this.policy);
    return adopted && this.keep(adopted);
  }

  /** The first reading by lines stays, its precise reading having failed. */
  keepByLines(uri: string): NotesDocument | undefined {
    const current = this.documents.get(uri);
    const kept = current && givePreciseUp(current);
    return kept && this.keep(kept);
  }

  /** The last reading of a URI, whatever its version. */
  peek(uri: string): NotesDocument | undefined {
    return this.documents.get(uri);
  }

  delete(uri: string): void {
    this.documents.delete(uri);
  }

  /** A new catalog changes what counts as a module: every cached reading is stale. */
  useCatalog(catalog: CatalogIndex): void {
    this.policy = { ...this.policy, catalog };
    this.documents.clear();
  }
}
