import { URI } from 'vscode-uri';
import { bundledCourse } from '../catalog/bundledCourse';
import { CatalogIndex, type CatalogModule } from '../notes/catalog';
import { updateNotes } from '../notes/incremental';
import { LineIndex } from '../notes/lineIndex';
import { parseNotes, type ParseOptions } from '../notes/parse';
import type { ReadCost } from '../notes/readCost';
import type { NotesModel } from '../notes/types';
import { globMatcher } from './globs';
import { Remembered } from '../notes/remembered';
import type { StudyNotesSettings } from './settings';

/**
 * How a version's text was read: precisely (remark); by lines (notes/textLines.ts), because remark
 * would keep the server busy too long on it, its precise reading to come between requests or on
 * another thread (notes/readByAreas.ts) or never; or not at all, being larger than any notes
 * (notes/readCost.ts), only its first lines read to tell whether it is notes. `cost` is what remark
 * would pay for the text, kept so that the next version measures only its edit.
 */
export type Reading =
  | { readonly kind: 'precise'; readonly cost?: ReadCost }
  | { readonly kind: 'byLines'; readonly preciseToCome: boolean; readonly cost?: ReadCost }
  | { readonly kind: 'unread'; readonly why: 'too large' };

/** One version of a document, read once: every feature of that version shares this analysis. */
export interface NotesDocument {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
  readonly model: NotesModel;
  readonly lines: LineIndex;
  /** The catalog the model was read with; hover and quick fixes look modules up in it. */
  readonly catalog: CatalogIndex;
  readonly reading: Reading;
  /** The path notesFiles globs match: relative to its workspace folder (service/workspace.ts); its URI's path without one. */
  readonly path?: string;
}

/** Read by lines now, and precisely in a moment (document/readVersion.ts). */
export function preciseToCome(document: NotesDocument | undefined): boolean {
  return document?.reading.kind === 'byLines' && document.reading.preciseToCome;
}

export type NotesParser = (text: string, options: ParseOptions) => NotesModel;

const precise: Reading = { kind: 'precise' };

export function analyseNotes(uri: string, version: number, text: string, catalog: CatalogIndex = bundledCourse.catalog, parse: NotesParser = parseNotes): NotesDocument {
  return { uri, version, text, model: parse(text, { catalog: rememberingLookups(catalog) }), lines: new LineIndex(text), catalog, reading: precise };
}

/**
 * A new version of an analysed document: only the areas the edit touched are parsed again
 * (see notes/incremental.ts), and the rest of the model is kept.
 */
export function reanalyseNotes(previous: NotesDocument, version: number, text: string, parse: NotesParser = parseNotes): NotesDocument {
  const model = updateNotes(previous, text, { catalog: rememberingLookups(previous.catalog) }, parse);
  return { uri: previous.uri, version, text, model, lines: new LineIndex(text), catalog: previous.catalog, reading: precise };
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
