import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import { CatalogIndex, type CatalogModule, type CourseWords } from '../notes/catalog';
import { readPrecisely } from '../notes/readByAreas';
import type { NotesModel } from '../notes/types';
import { rememberingLookups } from '../service/notesDocument';

/**
 * A Node thread that reads notes precisely, for the main thread that must keep answering (the
 * language server) or has other files to read (the command line). It runs the host's own built
 * file (`bundle`), which serves readings instead of starting when it finds itself in a worker.
 * The models are the main thread's: the same reader, the same catalog's modules and words.
 */

const workerMark = 'study-notes reading worker';

interface ReadRequest {
  id: number;
  text: string;
  catalogId: number;
  /** Sent with a worker's first request for a catalog: its modules and the words its notes name areas and levels by. */
  catalog?: { modules: readonly CatalogModule[]; words: CourseWords };
}

interface ReadResponse {
  id: number;
  model?: NotesModel;
}

/** True in a worker started here: it serves readings, and the server or command does not start. */
export function isReadingWorker(): boolean {
  return !isMainThread && workerData === workerMark;
}

export function serveReadings(): void {
  const port = parentPort;
  if (!port) return;
  const catalogs = new Map<number, CatalogIndex>();
  port.on('message', ({ id, text, catalogId, catalog }: ReadRequest) => {
    if (catalog) catalogs.set(catalogId, rememberingLookups(new CatalogIndex(catalog.modules, catalog.words)));
    let model: NotesModel | undefined;
    try {
      model = readPrecisely(text, { catalog: catalogs.get(catalogId) });
    } catch {
      // The main thread reads this text itself and reports what goes wrong there, for its file.
    }
    port.postMessage({ id, model } satisfies ReadResponse);
  });
}

/**
 * Past this a reading is stuck, not slow: texts reach remark only within the read-cost budget
 * (notes/readCost.ts), and 1 MB of notes takes ~2 s here; the bound allows a machine ten times slower.
 */
export function readingDeadline(characters: number): number {
  return 30_000 + characters * 0.03;
}

export interface ReadingWorkerOptions {
  /** The process stays alive while the worker does (else it may exit meanwhile). */
  keepsProcess?: boolean;
  /** Milliseconds a reading of so many characters may take before the worker is taken for stuck. */
  deadline?: (characters: number) => number;
}

/**
 * One worker thread and the readings asked of it; a reading it cannot give resolves to undefined.
 * A reading past its deadline fails, and the worker is stopped: the readings queued behind it
 * resolve to undefined, for their callers to make on their own thread.
 */
export class ReadingWorker {
  private readonly worker: Worker;
  private readonly waiting = new Map<number, (model: NotesModel | undefined) => void>();
  private readonly catalogIds = new WeakMap<CatalogIndex, number>();
  private readonly deadline: (characters: number) => number;
  private nextId = 0;
  private nextCatalogId = 0;
  private ended = false;
  private stoppedHere = false;

  constructor(bundle: string, { keepsProcess = true, deadline = readingDeadline }: ReadingWorkerOptions = {}) {
    this.deadline = deadline;
    this.worker = new Worker(bundle, { workerData: workerMark });
    this.worker.on('message', ({ id, model }: ReadResponse) => this.answer(id, model));
    // A worker that cannot start or dies leaves its texts to the main thread.
    this.worker.on('error', () => this.end());
    this.worker.on('exit', () => this.end());
    // After the listeners: a 'message' listener refs the worker's port again.
    if (!keepsProcess) this.worker.unref();
  }

  /** False once the worker failed or was stopped: ask the main thread instead. */
  get alive(): boolean {
    return !this.ended;
  }

  read(text: string, catalog: CatalogIndex): Promise<NotesModel | undefined> {
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
      stuck.unref();
      this.waiting.set(id, (model) => {
        clearTimeout(stuck);
        resolve(model);
      });
      try {
        this.worker.postMessage({ id, text, catalogId, catalog: sent } satisfies ReadRequest);
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
    void this.worker.terminate();
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
 * Precise readings on one worker thread, started at the first (the server's cold start does not
 * wait for it) and kept; undefined once it failed to start or died, for the caller to read on its
 * own thread. A worker stopped for a stuck reading is replaced at the next one.
 */
export function readOnAnotherThread(bundle: string, { deadline }: Pick<ReadingWorkerOptions, 'deadline'> = {}): (text: string, catalog: CatalogIndex) => Promise<NotesModel | undefined> {
  let worker: ReadingWorker | undefined;
  return (text, catalog) => {
    if (!worker || worker.stopped) worker = new ReadingWorker(bundle, { keepsProcess: false, deadline });
    return worker.read(text, catalog);
  };
}
