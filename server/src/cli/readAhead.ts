import { availableParallelism } from 'node:os';
import type { CatalogIndex } from '../notes/catalog';
import { readPrecisely } from '../notes/readByAreas';
import { largestReadText, readsFully } from '../notes/readCost';
import type { NotesModel } from '../notes/types';
import { rememberingLookups } from '../document/notesDocument';
import { ReadingWorker } from '../workspace/readingWorker';

/**
 * Reads a class's notes on all the machine's cores. remark takes most of a check's time and reads
 * one file at a time; the files of a run are independent, so each core reads a share of them
 * (largest first) and the language service then takes the models instead of parsing again. The
 * models are the same as a read on the main thread: the same reader, the same catalog's modules.
 */

export interface ReadAheadJob {
  text: string;
  /** The catalog the file's language service reads notes with. */
  catalog: CatalogIndex;
}

/** Below this much text to read in all, starting a worker (it loads the whole command) costs more than it saves. */
const worthWorkers = 256 * 1024;
/**
 * On fewer cores a worker does not pay: V8's own collector and compiler threads already keep a
 * second core busy (70 corpus notes on 2 cores: 2.35 s on one thread, 2.45 s with a worker).
 */
const coresForWorkers = 4;

/** How many threads read: `auto` is the machine's cores (up to four, on four or more), for enough text to be worth it. */
export function readThreads(concurrency: number | 'auto', jobs: readonly ReadAheadJob[]): number {
  const fullReads = jobs.filter((job) => job.text.length <= largestReadText);
  if (concurrency !== 'auto') return Math.min(concurrency, fullReads.length);
  const size = fullReads.reduce((sum, job) => sum + job.text.length, 0);
  const cores = availableParallelism();
  return size < worthWorkers || cores < coresForWorkers ? 1 : Math.min(cores, 4, fullReads.length);
}

/**
 * The models of the texts, read by `threads` threads: this one and `threads - 1` workers. A text
 * a worker could not read is left out, and the service reads it on the main thread as it would
 * have anyway; so is a text the service reads by lines or not at all.
 */
export async function readAhead(jobs: readonly ReadAheadJob[], threads: number, bundle: string): Promise<Map<ReadAheadJob, NotesModel>> {
  const models = new Map<ReadAheadJob, NotesModel>();
  const fullReads = jobs.filter((job) => job.text.length <= largestReadText && readsFully(job.text));
  if (threads < 2 || fullReads.length < 2) return models;
  const shares = shareOut(fullReads, threads);
  const workers = shares.slice(1).map((share) => readInWorker(share, bundle, models));
  for (const job of shares[0]) models.set(job, readPrecisely(job.text, { catalog: rememberingLookups(job.catalog) }));
  await Promise.all(workers);
  return models;
}

/** Largest first, each to the thread with least to read so far. */
function shareOut(jobs: readonly ReadAheadJob[], threads: number): ReadAheadJob[][] {
  const shares = Array.from({ length: threads }, () => ({ size: 0, jobs: [] as ReadAheadJob[] }));
  for (const job of [...jobs].sort((a, b) => b.text.length - a.text.length)) {
    const least = shares.reduce((best, share) => (share.size < best.size ? share : best));
    least.jobs.push(job);
    least.size += job.text.length;
  }
  return shares.map((share) => share.jobs);
}

async function readInWorker(jobs: readonly ReadAheadJob[], bundle: string, models: Map<ReadAheadJob, NotesModel>): Promise<void> {
  if (jobs.length === 0) return;
  const worker = new ReadingWorker(bundle);
  await Promise.all(jobs.map(async (job) => {
    // A reading the worker cannot give (or gave up on) is made again on the main thread, which reports its failure for its file.
    const model = await worker.read(job.text, job.catalog).catch(() => undefined);
    if (model) models.set(job, model);
  }));
  worker.stop();
}
