import { isMainThread, parentPort, Worker, workerData } from 'node:worker_threads';
import type { ReadOffThread } from '../service/preciseReads';
import { answeringReadings, readingDeadline, ReadingThreadClient, readingWorkerName, readOnThreads, type ReadingThread, type ReadingThreadEvents } from './readingThread';

/** Node's reading thread (readingThread.ts): a worker thread running the host's own built file (`bundle`). */

/** True in a worker started here: it serves readings, and the server or command does not start. */
export function isReadingWorker(): boolean {
  return !isMainThread && workerData === readingWorkerName;
}

export function serveReadings(): void {
  const port = parentPort;
  if (!port) return;
  const answer = answeringReadings();
  port.on('message', (request) => port.postMessage(answer(request)));
}

export interface ReadingWorkerOptions {
  /** The process stays alive while the worker does (else it may exit meanwhile). */
  keepsProcess?: boolean;
  /** Milliseconds a reading of so many characters may take before the worker is taken for stuck. */
  deadline?: (characters: number) => number;
}

function workerThread(bundle: string, keepsProcess: boolean, events: ReadingThreadEvents): ReadingThread {
  const worker = new Worker(bundle, { workerData: readingWorkerName });
  worker.on('message', events.answer);
  // A worker that cannot start or dies leaves its texts to the main thread.
  worker.on('error', () => events.end());
  worker.on('exit', () => events.end());
  // After the listeners: a 'message' listener refs the worker's port again.
  if (!keepsProcess) worker.unref();
  return { post: (request) => worker.postMessage(request), terminate: () => void worker.terminate() };
}

/** One worker thread and the readings asked of it (ReadingThreadClient). */
export class ReadingWorker extends ReadingThreadClient {
  constructor(bundle: string, { keepsProcess = true, deadline = readingDeadline }: ReadingWorkerOptions = {}) {
    super((events) => workerThread(bundle, keepsProcess, events), deadline);
  }
}

/** Precise readings on one worker thread running `bundle` (readOnThreads). */
export function readOnAnotherThread(bundle: string, { deadline }: Pick<ReadingWorkerOptions, 'deadline'> = {}): ReadOffThread {
  return readOnThreads(() => new ReadingWorker(bundle, { keepsProcess: false, deadline }));
}
