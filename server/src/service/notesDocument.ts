import { URI } from 'vscode-uri';
import { bundledCatalog } from '../catalog/bundledCatalog';
import { CatalogIndex, type CatalogModule } from '../notes/catalog';
import { updateNotes } from '../notes/incremental';
import { LineIndex } from '../notes/lineIndex';
import { parseNotes, type ParseOptions } from '../notes/parse';
import { fullReadBudget, largestReadText, readCost, readCostAfterEdit, readsFully, type ReadCost } from '../notes/readCost';
import type { NotesModel } from '../notes/types';
import { globMatcher } from './globs';
import type { StudyNotesSettings } from './settings';

/** One version of a document, read once: every feature of that version shares this analysis. */
export interface NotesDocument {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly model: NotesModel;
  readonly lines: LineIndex;
  /** The catalog the model was read with; hover and quick fixes look modules up in it. */
  readonly catalog: CatalogIndex;
  /** Read by the text line source (notes/textLines.ts), because remark would keep the server busy too long on it (notes/readCost.ts). */
  readonly readByLines?: boolean;
  /** What remark would pay for the text (notes/readCost.ts), kept so that the next version measures only its edit. */
  readonly readCost?: ReadCost;
  /** Larger than any notes (notes/readCost.ts): not read; only its first lines tell whether it is notes. */
  readonly tooLarge?: boolean;
  /** The path notesFiles globs match: relative to its workspace folder (service/workspace.ts); its URI's path without one. */
  readonly path?: string;
}

export type NotesParser = (text: string, options: ParseOptions) => NotesModel;

export function analyseNotes(uri: string, version: number, text: string, catalog: CatalogIndex = bundledCatalog, parse: NotesParser = parseNotes): NotesDocument {
  return { uri, version, text, model: parse(text, { catalog: rememberingLookups(catalog) }), lines: new LineIndex(text), catalog };
}

/**
 * A new version of an analysed document: only the areas the edit touched are parsed again
 * (see notes/incremental.ts), and the rest of the model is kept.
 */
export function reanalyseNotes(previous: NotesDocument, version: number, text: string, parse: NotesParser = parseNotes): NotesDocument {
  const model = updateNotes(previous, text, { catalog: rememberingLookups(previous.catalog) }, parse);
  return { uri: previous.uri, version, text, model, lines: new LineIndex(text), catalog: previous.catalog };
}

/**
 * The catalog with its answers remembered. Looking a title up compares it with every catalog
 * title; notes name the same modules again and again, in one file, across a workspace, and in
 * every re-read after an edit. The answers are the catalog's own: find() depends on nothing else.
 */
class RememberingCatalog extends CatalogIndex {
  private readonly found = new Map<string, CatalogModule | undefined>();
  private names?: string[];

  constructor(private readonly original: CatalogIndex) {
    super(original.modules);
  }

  override find(title: string, url?: string): CatalogModule | undefined {
    const key = url === undefined ? title : `${title}\u0000${url}`;
    if (this.found.has(key)) return this.found.get(key);
    const module = this.original.find(title, url);
    if (this.found.size >= 100_000) this.found.clear();
    this.found.set(key, module);
    return module;
  }

  override get areaNames(): string[] {
    this.names ??= this.original.areaNames;
    return this.names;
  }
}

const remembering = new WeakMap<CatalogIndex, RememberingCatalog>();

export function rememberingLookups(catalog: CatalogIndex): CatalogIndex {
  if (catalog instanceof RememberingCatalog) return catalog;
  let wrapped = remembering.get(catalog);
  if (!wrapped) {
    wrapped = new RememberingCatalog(catalog);
    remembering.set(catalog, wrapped);
  }
  return wrapped;
}

/** What a text too large to read shows of itself: its title, areas and first modules, where notes have them. */
const detectionHead = 64 * 1024;

/** The latest analysis of each open or indexed document, keyed by URI. */
export class NotesDocumentCache {
  private readonly documents = new Map<string, NotesDocument>();

  /**
   * `readByLines` reads the texts remark would take too long on (see notes/readCost.ts); without it
   * every text is parsed in full.
   */
  constructor(
    private catalog: CatalogIndex = bundledCatalog,
    private readonly parse: NotesParser = parseNotes,
    private readonly readByLines?: NotesParser,
    private readonly pathOf?: (uri: string) => string,
  ) {}

  get(uri: string, version: number, text: string): NotesDocument {
    const cached = this.documents.get(uri);
    if (cached && cached.version === version && cached.text === text) return cached;
    const read = this.read(cached, uri, version, text);
    const document = this.pathOf ? { ...read, path: this.pathOf(uri) } : read;
    this.documents.set(uri, document);
    return document;
  }

  private read(cached: NotesDocument | undefined, uri: string, version: number, text: string): NotesDocument {
    if (text.length > largestReadText) return this.unread(uri, version, text);
    if (!this.readByLines) return cached ? reanalyseNotes(cached, version, text, this.parse) : analyseNotes(uri, version, text, this.catalog, this.parse);
    const cost = this.costOf(cached, text);
    if (!readsFully(text, cost)) return { ...analyseNotes(uri, version, text, this.catalog, this.readByLines), readByLines: true, readCost: cost };
    const read = cached && !cached.readByLines ? reanalyseNotes(cached, version, text, this.parse) : analyseNotes(uri, version, text, this.catalog, this.parse);
    return { ...read, readCost: cost };
  }

  /** A new version's cost is measured from its edit: a keystroke costs its paragraph, not the document. */
  private costOf(cached: NotesDocument | undefined, text: string): ReadCost | undefined {
    if (text.length > fullReadBudget) return undefined;
    return cached?.readCost ? readCostAfterEdit({ text: cached.text, readCost: cached.readCost }, text) : readCost(text);
  }

  /** The gate still sees its first lines, so that only a notes file says it was not read. */
  private unread(uri: string, version: number, text: string): NotesDocument {
    const parse = this.readByLines ?? this.parse;
    const { detection } = parse(text.slice(0, detectionHead), { catalog: this.catalog });
    return { uri, version, text, model: { ...parse('', { catalog: this.catalog }), detection }, lines: new LineIndex(text), catalog: this.catalog, tooLarge: true };
  }

  /** The last analysis of a URI, whatever its version. */
  peek(uri: string): NotesDocument | undefined {
    return this.documents.get(uri);
  }

  delete(uri: string): void {
    this.documents.delete(uri);
  }

  /** A new catalog changes what counts as a module: every cached reading is stale. */
  useCatalog(catalog: CatalogIndex): void {
    this.catalog = catalog;
    this.documents.clear();
  }
}

const globMatchers = new WeakMap<readonly string[], (path: string) => boolean>();

function notesFilesMatcher(globs: readonly string[]): (path: string) => boolean {
  let matcher = globMatchers.get(globs);
  if (!matcher) {
    // Globs without a slash ("notes.md") name a file anywhere, as users expect from .gitignore.
    matcher = globMatcher(globs, { dot: true, basename: true });
    globMatchers.set(globs, matcher);
  }
  return matcher;
}

/** Whether the features apply: the text reads as notes, or the user said the file is notes. */
export function isNotesDocument(document: NotesDocument, settings: Pick<StudyNotesSettings, 'notesFiles'>): boolean {
  if (document.model.detection.isNotes) return true;
  if (!settings.notesFiles.length) return false;
  // Globs are relative ("**/notes/*.md"), so a path outside every folder is matched without its leading slash.
  return notesFilesMatcher(settings.notesFiles)(document.path ?? URI.parse(document.uri).path.replace(/^\/+/, ''));
}
