import type { ReadOffThread } from '../service/preciseReads';
import { answeringReadings, ReadingThreadClient, readingWorkerName, readOnThreads, type ReadRequest, type ReadingThread, type ReadingThreadEvents, type ReadResponse } from './readingThread';

/**
 * The browser's reading thread (readingThread.ts): a Web Worker started by the server's own Web
 * Worker, running the server's built file. VS Code for the web starts the server from a script a
 * worker of its own loads (a blob: URL in code-server, https: on vscode.dev), and only the client
 * knows that script's address: it sends it at initialize (`readingWorkerScript`). The nested worker
 * loads it with importScripts, which takes a blob: or a cross-origin https: script alike.
 */

/** What this file needs of a worker's scope and of a Worker (the server's tsconfig has no DOM library). */
interface MessageTarget {
  postMessage(message: unknown): void;
  addEventListener(type: 'message' | 'error', listener: (event: { data?: unknown }) => void): void;
}
interface WebWorker extends MessageTarget {
  terminate(): void;
}
interface BrowserGlobals {
  name?: string;
  Worker?: new (url: string, options: { name: string }) => WebWorker;
  Blob?: new (parts: string[], options: { type: string }) => unknown;
  URL?: { createObjectURL(blob: unknown): string };
}
const browser = globalThis as unknown as BrowserGlobals & MessageTarget;

/** True in a reading worker this file started: it serves readings, and the server does not start. */
export function isBrowserReadingWorker(): boolean {
  return browser.name === readingWorkerName;
}

export function serveBrowserReadings(): void {
  const answer = answeringReadings();
  browser.addEventListener('message', (event) => browser.postMessage(answer(event.data as ReadRequest)));
}

/** A thread that never started: its client reads nothing, and the server reads on its own thread. */
function notStarted(events: ReadingThreadEvents, problem: string): ReadingThread {
  events.end(problem);
  return { post: () => undefined, terminate: () => undefined };
}

function webWorkerThread(script: string, events: ReadingThreadEvents): ReadingThread {
  const { Worker, Blob, URL } = browser;
  if (!Worker || !Blob || !URL) return notStarted(events, 'this browser gives a Web Worker no Worker of its own');
  let worker: WebWorker;
  try {
    const loader = URL.createObjectURL(new Blob([`importScripts(${JSON.stringify(script)});`], { type: 'text/javascript' }));
    worker = new Worker(loader, { name: readingWorkerName });
  } catch (error) {
    return notStarted(events, error instanceof Error ? error.message : String(error));
  }
  worker.addEventListener('message', (event) => events.answer(event.data as ReadResponse));
  // A script that cannot load, or a worker that fails, leaves its texts to the server's thread.
  worker.addEventListener('error', () => events.end('the worker failed or could not load the server\'s script'));
  return { post: (request) => worker.postMessage(request), terminate: () => worker.terminate() };
}

/**
 * Precise readings on a nested Web Worker running `script`; `started` hears once whether it works:
 * at its first answer, or with the problem that ended it (the server says so in its log).
 */
export function readOnWebWorker(script: string, started: (problem?: string) => void): ReadOffThread {
  let told = false;
  const tell = (problem?: string): void => {
    if (!told) started(problem);
    told = true;
  };
  const threadTelling = (events: ReadingThreadEvents): ReadingThread =>
    webWorkerThread(script, {
      answer: (response) => {
        tell();
        events.answer(response);
      },
      end: (problem) => {
        tell(problem ?? 'the worker ended');
        events.end();
      },
    });
  return readOnThreads(() => new ReadingThreadClient(threadTelling));
}
