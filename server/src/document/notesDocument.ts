import { URI } from 'vscode-uri';
import { bundledCourse } from '../catalog/bundledCourse';
import { CatalogIndex, type CatalogModule } from '../notes/catalog';
import { editedAreasSpan, updateNotes, updateNotesLocally, type NotesSnapshot } from '../notes/incremental';
import { LineIndex } from '../notes/lineIndex';
import { parseNotes, type ParseOptions } from '../notes/parse';
import { firstReadBudget, fullReadBudget, largestReadText, readCost, readCostAfterEdit, readsFully, regionCost, type ReadCost } from '../notes/readCost';
import type { NotesModel } from '../notes/types';
import { globMatcher } from './globs';
import { Remembered } from './remembered';
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
  /**
   * Read by lines so that the editor is answered at once (a long text just opened, an edit that
   * could not be read alone, or one of a long area); its precise reading comes between requests
   * or on another thread (notes/readByAreas.ts) and replaces this one (NotesDocumentCache.adoptPrecise).
   */
  readonly preciseToCome?: boolean;
  /** Larger than any notes (notes/readCost.ts): not read; only its first lines tell whether it is notes. */
  readonly tooLarge?: boolean;
  /** The path notesFiles globs match: relative to its workspace folder (service/workspace.ts); its URI's path without one. */
  readonly path?: string;
}

export type NotesParser = (text: string, options: ParseOptions) => NotesModel;

export function analyseNotes(uri: string, version: number, text: string, catalog: CatalogIndex = bundledCourse.catalog, parse: NotesParser = parseNotes): NotesDocument {
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

/** A new version whose edit can be read alone (notes/incremental.ts), by `parse`; undefined when it takes a whole read. */
function reanalyseLocally(previous: NotesDocument, version: number, text: string, parse: NotesParser): NotesDocument | undefined {
  const model = updateNotesLocally(previous, text, { catalog: rememberingLookups(previous.catalog) }, parse);
  return model && { uri: previous.uri, version, text, model, lines: new LineIndex(text), catalog: previous.catalog };
}

/**
 * The catalog with its answers remembered. Looking a title up compares it with every catalog
 * title; notes name the same modules again and again, in one file, across a workspace, and in
 * every re-read after an edit. The answers are the catalog's own: find() depends on nothing else.
 */
class RememberingCatalog extends CatalogIndex {
  private readonly found = new Remembered<CatalogModule | undefined>();

  constructor(private readonly original: CatalogIndex) {
    super(original.modules, original.words);
  }

  override find(title: string, url?: string): CatalogModule | undefined {
    return this.found.get(url === undefined ? title : `${title}\u0000${url}`, () => this.original.find(title, url));
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

export interface NotesDocumentCacheOptions {
  catalog?: CatalogIndex;
  /** How a text is read in full (remark). */
  parse?: NotesParser;
  /** How the texts remark would take too long on are read (notes/readCost.ts); without it every text is parsed in full. */
  readByLines?: NotesParser;
  /** A long text is read by lines first when it has no precise reading yet; the caller reads it precisely later. */
  firstByLines?: boolean;
  /**
   * The caller reads precisely on another thread: an edit whose areas cost remark more than an
   * editor should wait is read by lines first too, and its reading is left to that thread.
   */
  preciseElsewhere?: boolean;
  pathOf?: (uri: string) => string;
}

/** The latest analysis of each open or indexed document, keyed by URI. */
export class NotesDocumentCache {
  private readonly documents = new Map<string, NotesDocument>();
  private catalog: CatalogIndex;
  private readonly parse: NotesParser;

  constructor(private readonly options: NotesDocumentCacheOptions = {}) {
    this.catalog = options.catalog ?? bundledCourse.catalog;
    this.parse = options.parse ?? parseNotes;
  }

  get(uri: string, version: number, text: string): NotesDocument {
    const cached = this.documents.get(uri);
    if (cached && cached.version === version && cached.text === text) return cached;
    return this.keep(this.read(cached, uri, version, text));
  }

  private keep(read: NotesDocument): NotesDocument {
    const document = this.options.pathOf ? { ...read, path: this.options.pathOf(read.uri) } : read;
    this.documents.set(read.uri, document);
    return document;
  }

  private read(cached: NotesDocument | undefined, uri: string, version: number, text: string): NotesDocument {
    if (text.length > largestReadText) return this.unread(uri, version, text);
    const readByLines = this.options.readByLines;
    if (!readByLines) return cached ? reanalyseNotes(cached, version, text, this.parse) : analyseNotes(uri, version, text, this.catalog, this.parse);
    const cost = this.costOf(cached, text);
    if (!readsFully(text, cost)) return { ...this.readLines(cached, uri, version, text, readByLines), readByLines: true, readCost: cost };
    const precise = cached && !cached.readByLines;
    if (precise && !this.options.firstByLines) return { ...reanalyseNotes(cached, version, text, this.parse), readCost: cost };
    const byLines = precise && this.editReadByLinesFirst(cached, text) ? reanalyseLocally(cached, version, text, readByLines) : undefined;
    if (byLines) return { ...byLines, readByLines: true, preciseToCome: true, readCost: cost };
    const edited = precise ? reanalyseLocally(cached, version, text, this.parse) : undefined;
    if (edited) return { ...edited, readCost: cost };
    // A whole parse would keep the editor waiting: the text is read by lines now, precisely later.
    if (this.options.firstByLines && (cost?.cost ?? Infinity) > firstReadBudget) return { ...this.readLines(cached, uri, version, text, readByLines), readByLines: true, preciseToCome: true, readCost: cost };
    return { ...analyseNotes(uri, version, text, this.catalog, this.parse), readCost: cost };
  }

  /** The areas an edit falls in would keep the editor waiting for remark, and another thread can read them. */
  private editReadByLinesFirst(previous: NotesSnapshot, text: string): boolean {
    if (!this.options.preciseElsewhere) return false;
    const span = editedAreasSpan(previous, text);
    return span !== undefined && regionCost(text, span.from, span.to) > firstReadBudget;
  }

  /** An edit of a text read by lines re-reads its areas by lines, where it can be read alone. */
  private readLines(cached: NotesDocument | undefined, uri: string, version: number, text: string, readByLines: NotesParser): NotesDocument {
    return (cached?.readByLines && reanalyseLocally(cached, version, text, readByLines)) || analyseNotes(uri, version, text, this.catalog, readByLines);
  }

  /**
   * The precise model of `read` (a version's text) replaces the first reading of the document, when
   * it is still the one that reading was for or an edit of it that can be read alone; undefined
   * when the document moved on so far that it has to be read again.
   */
  adoptPrecise(uri: string, read: { text: string; model: NotesModel; catalog: CatalogIndex }): NotesDocument | undefined {
    const current = this.documents.get(uri);
    if (!current?.preciseToCome || current.catalog !== read.catalog) return undefined;
    const snapshot = { ...read, lines: new LineIndex(read.text) };
    // Edits since that this thread would wait for are read with the whole text again, elsewhere.
    if (this.editReadByLinesFirst(snapshot, current.text)) return undefined;
    const model = updateNotesLocally(snapshot, current.text, { catalog: rememberingLookups(read.catalog) }, this.parse);
    if (!model) return undefined;
    return this.keep({ uri, version: current.version, text: current.text, model, lines: current.lines, catalog: current.catalog, readCost: current.readCost });
  }

  /** The first reading by lines stays, its precise reading having failed: it is no longer said to be coming. */
  keepByLines(uri: string): NotesDocument | undefined {
    const current = this.documents.get(uri);
    return current?.preciseToCome ? this.keep({ ...current, preciseToCome: undefined }) : undefined;
  }

  /** A new version's cost is measured from its edit: a keystroke costs its paragraph, not the document. */
  private costOf(cached: NotesDocument | undefined, text: string): ReadCost | undefined {
    if (text.length > fullReadBudget) return undefined;
    return cached?.readCost ? readCostAfterEdit({ text: cached.text, readCost: cached.readCost }, text) : readCost(text);
  }

  /** The gate still sees its first lines, so that only a notes file says it was not read. */
  private unread(uri: string, version: number, text: string): NotesDocument {
    const parse = this.options.readByLines ?? this.parse;
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
export function isNotesDocument(document: Pick<NotesDocument, 'uri' | 'model' | 'path'>, settings: Pick<StudyNotesSettings, 'notesFiles'>): boolean {
  if (document.model.detection.isNotes) return true;
  if (!settings.notesFiles.length) return false;
  // Globs are relative ("**/notes/*.md"), so a path outside every folder is matched without its leading slash.
  return notesFilesMatcher(settings.notesFiles)(document.path ?? URI.parse(document.uri).path.replace(/^\/+/, ''));
}
