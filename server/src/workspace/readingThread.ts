import { CatalogIndex, type CatalogModule, type CourseWords } from '../notes/catalog';
import type { NotesParse, NotesSnapshot } from '../notes/incremental';
import { LineIndex } from '../notes/lineIndex';
import { parseNotes } from '../notes/parse';
import { readPreciselyAfter } from '../notes/readByAreas';
import type { NotesModel } from '../notes/types';
import { rememberingLookups } from '../document/notesDocument';
import type { ReadOffThread } from '../service/preciseReads';

/**
 * A thread that reads notes precisely, for the thread that must keep answering (the language
 * server) or has other files to read (the command line): a Node worker thread, or a Web Worker in
 * the browser. It runs the host's own built file, which serves readings instead of starting when it
 * finds itself so named. The models are the main thread's: the same reader, the same catalog's
 * modules and words. Hosts: readingWorker.ts (Node), browserReadingWorker.ts (the browser).
 */
export const readingWorkerName = 'study-notes reading worker';

export interface ReadRequest {
  id: number;
  text: string;
  catalogId: number;
  /** Sent with a worker's first request for a catalog: its modules and the words its notes name areas and levels by. */
  catalog?: { modules: readonly CatalogModule[]; words: CourseWords };
  /**
   * The document the text is a version of. The thread keeps its last reading of it, and of the
   * next version parses only the areas the edits fall in: after a pause in the typing, the areas
   * typed in rather than the whole text again (a 100 KB text's reading by lines and parse).
   */
  document?: string;
}

export interface ReadResponse {
  id: number;
  model?: NotesModel;
}

/** The worker's side: each request read precisely, with the catalogs its owner sent, by `parse` (remark's, but for tests). */
export function answeringReadings(parse: NotesParse = parseNotes): (request: ReadRequest) => ReadResponse {
  const catalogs = new Map<number, CatalogIndex>();
  const lastReadings = new LastReadings();
  return ({ id, text, catalogId, catalog, document }) => {
    if (catalog) catalogs.set(catalogId, rememberingLookups(new CatalogIndex(catalog.modules, catalog.words)));
    try {
      const previous = document === undefined ? undefined : lastReadings.take(document, catalogId);
      const model = readPreciselyAfter(previous, text, { catalog: catalogs.get(catalogId) }, parse);
      // Its line index kept along: the next version's edit is located in it twice (its span, then its reading).
      if (document !== undefined) lastReadings.keep(document, catalogId, { text, model, lines: new LineIndex(text) });
      return { id, model };
    } catch {
      // The main thread reads this text itself and reports what goes wrong there, for its file.
      return { id };
    }
  };
}

/**
 * A thread's last reading of each document, for as many documents as a student edits at once: a
 * document closed long ago gives its place up, as one read with another catalog is no base.
 */
class LastReadings {
  private readonly byDocument = new Map<string, { catalogId: number; snapshot: NotesSnapshot }>();

  constructor(private readonly bound = 8) {}

  /** Taken away: a reading that then fails leaves none behind. */
  take(document: string, catalogId: number): NotesSnapshot | undefined {
    const kept = this.byDocument.get(document);
    this.byDocument.delete(document);
    return kept?.catalogId === catalogId ? kept.snapshot : undefined;
  }

  keep(document: string, catalogId: number, snapshot: NotesSnapshot): void {
    this.byDocument.set(document, { catalogId, snapshot });
    // A Map keeps the order of insertion: the first is the one read longest ago.
    if (this.byDocument.size > this.bound) this.byDocument.delete(this.byDocument.keys().next().value as string);
  }
}

/** What the owner needs of a started thread, on any host. */
export interface ReadingThread {
  post(request: ReadRequest): void;
  terminate(): void;
}

/** What a thread tells its owner: an answer, or that it ended (could not start, died, exited), with why where the host says. */
export interface ReadingThreadEvents {
  answer(response: ReadResponse): void;
  end(problem?: string): void;
}

/**
 * Past this a reading is stuck, not slow: texts reach remark only within the read-cost budget
 * (notes/readCost.ts), and 1 MB of notes takes ~2 s here; the bound allows a machine ten times slower.
 */
export function readingDeadline(characters: number): number {
  return 30_000 + characters * 0.03;
}

/**
 * One reading thread and the readings asked of it; a reading it cannot give resolves to undefined.
 * A reading past its deadline fails, and the thread is stopped: the readings queued behind it
 * resolve to undefined, for their callers to make on their own thread.
 */
export class ReadingThreadClient {
  private readonly thread: ReadingThread;
  private readonly waiting = new Map<number, (model: NotesModel | undefined) => void>();
  private readonly catalogIds = new WeakMap<CatalogIndex, number>();
  private nextId = 0;
  private nextCatalogId = 0;
  private ended = false;
  private stoppedHere = false;

  constructor(
    start: (events: ReadingThreadEvents) => ReadingThread,
    private readonly deadline: (characters: number) => number = readingDeadline,
  ) {
    this.thread = start({ answer: ({ id, model }) => this.answer(id, model), end: () => this.end() });
  }

  /** False once the thread failed or was stopped: ask the main thread instead. */
  get alive(): boolean {
    return !this.ended;
  }

  /** `document` names what `text` is a version of, where it is one (ReadRequest.document). */
  read(text: string, catalog: CatalogIndex, document?: string): Promise<NotesModel | undefined> {
    if (this.ended) return Promise.resolve(undefined);
    const id = this.nextId++;
    let catalogId = this.catalogIds.get(catalog);
    const sent = catalogId === undefined ? { modules: catalog.modules, words: catalog.words } : undefined;
    if (catalogId === undefined) this.catalogIds.set(catalog, (catalogId = this.nextCatalogId++));
    return new Promise((resolve, reject) => {
      const limit = this.deadline(text.length);
      const stuck = setTimeout(() => {
        this.waiting.delete(id);
        reject(new Error(`the reading took over ${limit >= 1000 ? `${Math.round(limit / 1000)} s` : `${limit} ms`} and was stopped`));
        this.stop();
      }, limit);
      // Node: a pending deadline does not keep the process alive (a browser's timer is a number).
      (stuck as { unref?: () => void }).unref?.();
      this.waiting.set(id, (model) => {
        clearTimeout(stuck);
        resolve(model);
      });
      try {
        this.thread.post({ id, text, catalogId, catalog: sent, document });
      } catch {
        this.answer(id, undefined);
      }
    });
  }

  /** Stopped by its owner or for a stuck reading, not failed on its own. */
  get stopped(): boolean {
    return this.stoppedHere;
  }

  stop(): void {
    this.stoppedHere = true;
    this.thread.terminate();
    // A browser's worker says nothing once terminated: its readings end here, on every host.
    this.end();
  }

  private answer(id: number, model: NotesModel | undefined): void {
    this.waiting.get(id)?.(model);
    this.waiting.delete(id);
  }

  private end(): void {
    this.ended = true;
    for (const resolve of this.waiting.values()) resolve(undefined);
    this.waiting.clear();
  }
}

/**
 * Precise readings on one thread, started at the first (the server's cold start does not wait for
 * it) and kept; undefined once it failed to start or died, for the caller to read on its own
 * thread. A thread stopped for a stuck reading is replaced at the next one.
 */
export function readOnThreads(startClient: () => ReadingThreadClient): ReadOffThread {
  let client: ReadingThreadClient | undefined;
  return (text, catalog, document) => {
    if (!client || client.stopped) client = startClient();
    return client.read(text, catalog, document);
  };
}
