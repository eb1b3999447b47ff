import type { CatalogIndex } from '../notes/catalog';
import { editedAreasSpan, updateNotesLocally, type NotesSnapshot } from '../notes/incremental';
import { LineIndex } from '../notes/lineIndex';
import { editReadBudget, firstReadBudget, fullReadBudget, largestReadText, readCost, readCostAfterEdit, readsFully, regionCost, type ReadCost } from '../notes/readCost';
import type { NotesModel } from '../notes/types';
import { analyseNotes, preciseToCome, reanalyseNotes, rememberingLookups, type NotesDocument, type NotesParser, type Reading } from './notesDocument';

/** How the texts of a host are read: what the editor may wait for, and what another thread reads. */
export interface ReadingPolicy {
  readonly catalog: CatalogIndex;
  /** How a text is read precisely (remark). */
  readonly parse: NotesParser;
  /** How the texts remark would take too long on are read (notes/readCost.ts); without it every text is read precisely. */
  readonly readByLines?: NotesParser;
  /** A long text is read by lines first when it has no precise reading yet; the host reads it precisely later. */
  readonly firstByLines?: boolean;
  /**
   * The host reads precisely on another thread: an edit whose areas cost remark more than an
   * editor should wait is read by lines first too, and its reading is left to that thread.
   */
  readonly preciseElsewhere?: boolean;
  readonly pathOf?: (uri: string) => string;
}

export interface TextVersion {
  readonly uri: string;
  readonly version: number;
  readonly text: string;
}

/** A model read, and how. */
type Read = readonly [NotesDocument, Reading];

/** What a text too large to read shows of itself: its title, areas and first modules, where notes have them. */
const detectionHead = 64 * 1024;

/**
 * A version of a document, read in one step from the previous version (whose unchanged areas it
 * keeps where the edit can be read alone), its text and the policy. Opened and indexed documents
 * alike are read here.
 */
export function readVersion(previous: NotesDocument | undefined, next: TextVersion, policy: ReadingPolicy): NotesDocument {
  const [read, reading] = readingOf(previous, next, policy);
  return { ...read, reading, ...pathOf(next, policy) };
}

/** A file no editor has open, read by lines whatever its cost (notes/textLines.ts): a thousand notes files index in seconds. */
export function readUnopened(next: TextVersion, policy: ReadingPolicy & { readonly readByLines: NotesParser }): NotesDocument {
  return { ...analyseWith(next, policy, policy.readByLines), reading: { kind: 'byLines', preciseToCome: false }, ...pathOf(next, policy) };
}

function pathOf({ uri }: TextVersion, policy: ReadingPolicy): Pick<NotesDocument, 'path'> {
  return policy.pathOf ? { path: policy.pathOf(uri) } : {};
}

function readingOf(previous: NotesDocument | undefined, next: TextVersion, policy: ReadingPolicy): Read {
  if (next.text.length > largestReadText) return [unread(next, policy), { kind: 'unread', why: 'too large' }];
  const precise = previous?.reading.kind === 'precise' ? previous : undefined;
  const { readByLines } = policy;
  if (!readByLines) return [precise ? reanalyseNotes(precise, next.version, next.text, policy.parse) : analyseWith(next, policy, policy.parse), { kind: 'precise' }];
  const cost = costOf(previous, next.text);
  if (!readsFully(next.text, cost)) return [readLines(previous, next, policy, readByLines), { kind: 'byLines', preciseToCome: false, cost }];
  if (precise && !policy.firstByLines) return [reanalyseNotes(precise, next.version, next.text, policy.parse), { kind: 'precise', cost }];
  const edited = precise && readEdit(precise, next, policy, cost);
  if (edited) return edited;
  // A whole parse would keep the editor waiting, or the student types on while the precise reading
  // of an edit waits for a pause: the text is read by lines now, precisely later.
  const typedOn = policy.preciseElsewhere && preciseToCome(previous);
  if (typedOn || (policy.firstByLines && (cost?.cost ?? Infinity) > firstReadBudget)) return [readLines(previous, next, policy, readByLines), { kind: 'byLines', preciseToCome: true, cost }];
  return [analyseWith(next, policy, policy.parse), { kind: 'precise', cost }];
}

/** An edit of a precise reading, read alone: by lines first when its areas would keep the editor waiting and another thread reads them. */
function readEdit(previous: NotesDocument, next: TextVersion, policy: ReadingPolicy, cost: ReadCost | undefined): Read | undefined {
  const byLines = policy.readByLines && editReadByLinesFirst(previous, next.text, policy) ? reanalyseLocally(previous, next, policy.readByLines) : undefined;
  if (byLines) return [byLines, { kind: 'byLines', preciseToCome: true, cost }];
  const edited = reanalyseLocally(previous, next, policy.parse);
  return edited && [edited, { kind: 'precise', cost }];
}

/** The areas an edit falls in cost remark more than a keystroke's answer should wait (more than a paragraph or two), and another thread can read them. */
function editReadByLinesFirst(previous: NotesSnapshot, text: string, policy: ReadingPolicy): boolean {
  if (!policy.preciseElsewhere) return false;
  const span = editedAreasSpan(previous, text);
  return span !== undefined && regionCost(text, span.from, span.to) > editReadBudget;
}

/** An edit of a text read by lines re-reads its areas by lines, where it can be read alone. */
function readLines(previous: NotesDocument | undefined, next: TextVersion, policy: ReadingPolicy, readByLines: NotesParser): NotesDocument {
  return (previous?.reading.kind === 'byLines' && reanalyseLocally(previous, next, readByLines)) || analyseWith(next, policy, readByLines);
}

function analyseWith({ uri, version, text }: TextVersion, policy: ReadingPolicy, parse: NotesParser): NotesDocument {
  return analyseNotes(uri, version, text, policy.catalog, parse);
}

/** A new version whose edit can be read alone (notes/incremental.ts), by `parse`; undefined when it takes a whole read. */
function reanalyseLocally(previous: NotesDocument, { version, text }: TextVersion, parse: NotesParser): NotesDocument | undefined {
  const model = updateNotesLocally(previous, text, { catalog: rememberingLookups(previous.catalog) }, parse);
  return model && { ...previous, version, text, model, lines: new LineIndex(text) };
}

/** A new version's cost is measured from its edit: a keystroke costs its paragraph, not the document. */
function costOf(previous: NotesDocument | undefined, text: string): ReadCost | undefined {
  if (text.length > fullReadBudget) return undefined;
  const known = previous && previous.reading.kind !== 'unread' ? previous.reading.cost : undefined;
  return previous && known ? readCostAfterEdit({ text: previous.text, readCost: known }, text) : readCost(text);
}

/** The gate still sees its first lines, so that only a notes file says it was not read. */
function unread({ uri, version, text }: TextVersion, policy: ReadingPolicy): NotesDocument {
  const parse = policy.readByLines ?? policy.parse;
  const { detection } = parse(text.slice(0, detectionHead), { catalog: policy.catalog });
  return { uri, version, text, model: { ...parse('', { catalog: policy.catalog }), detection }, lines: new LineIndex(text), catalog: policy.catalog, reading: { kind: 'unread', why: 'too large' } };
}

/**
 * The precise model of `read` (a version's text) in place of the first reading of `current`, when
 * it is still the one that reading was for or an edit of it that can be read alone; undefined
 * when the document moved on so far that it has to be read again.
 */
export function adoptPreciseReading(current: NotesDocument, read: { text: string; model: NotesModel; catalog: CatalogIndex }, policy: ReadingPolicy): NotesDocument | undefined {
  if (current.reading.kind !== 'byLines' || !current.reading.preciseToCome || current.catalog !== read.catalog) return undefined;
  const snapshot = { ...read, lines: new LineIndex(read.text) };
  // Edits since that this thread would wait for are read with the whole text again, elsewhere.
  if (editReadByLinesFirst(snapshot, current.text, policy)) return undefined;
  const model = updateNotesLocally(snapshot, current.text, { catalog: rememberingLookups(read.catalog) }, policy.parse);
  return model && { ...current, model, reading: { kind: 'precise', cost: current.reading.cost } };
}

/** The first reading by lines stays, its precise reading having failed: it is no longer said to be coming. */
export function givePreciseUp(current: NotesDocument): NotesDocument | undefined {
  return current.reading.kind === 'byLines' && current.reading.preciseToCome ? { ...current, reading: { ...current.reading, preciseToCome: false } } : undefined;
}
