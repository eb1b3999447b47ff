// The browser build of the server (dist/web/server.js, for VS Code for the web) as a real Web Worker
// in Chromium, spoken to over postMessage as vscode-languageclient/browser does: on a notes file it
// must answer what the Node server answers over stdio.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { e2eCacheDir, openBrowser, closeBrowser, type Page } from '../e2e/vscode';
import { ensureBuilt, SpawnedServer, projectRoot } from '../support/lsp';
import { buildDocument, sourceTexts } from '../perf/measure';

const chromium = process.env.STUDY_NOTES_E2E_CHROMIUM || '/usr/bin/chromium';
const folder = 'file:///workspace';
const notesUri = `${folder}/notes.md`;

interface WorkerSession {
  bundle: string;
  text: string;
  uri: string;
  folder: string;
  /** The workspace as the page's client serves it: every file it lists and answers reads of. */
  files: Record<string, string>;
  /** URIs the client then says changed (workspace/didChangeWatchedFiles) and asks outlines of. */
  named: string[];
  /** The client tells the server its own script, to start its reading worker from (as the web extension does), and waits for its log to say whether it started. */
  readingWorker?: boolean;
}

interface WorkerAnswers {
  diagnostics: Diagnostic[];
  symbols: DocumentSymbol[];
  /** The URIs the worker asked the client to read, in order. */
  reads: string[];
  /** The documents of every symbol the worker's workspace index holds. */
  indexed: string[];
  /** What the worker logged when it was done indexing. */
  indexingLog: string;
  /** What the worker logged of its reading worker, when asked to start one. */
  readingWorkerLog?: string;
}

/** What the page runs: a minimal LSP client over the worker's postMessage (no DOM types here). */
function askWorker({ bundle, text, uri, folder, files, named, readingWorker }: WorkerSession): Promise<WorkerAnswers> {
  type Message = { id?: number; method?: string; params?: { uri?: string; diagnostics?: Diagnostic[]; message?: string }; result?: unknown; error?: { message: string } };
  interface WorkerLike {
    onmessage: (event: { data: Message }) => void;
    onerror: (event: { message: string }) => void;
    postMessage(message: unknown): void;
  }
  const page = globalThis as unknown as {
    Worker: new (url: string) => WorkerLike;
    Blob: new (parts: string[], options: { type: string }) => unknown;
    URL: { createObjectURL(blob: unknown): string };
  };
  const script = page.URL.createObjectURL(new page.Blob([bundle], { type: 'text/javascript' }));
  const worker = new page.Worker(script);
  const pending = new Map<number, (message: Message) => void>();
  const reads: string[] = [];
  const waiting: { test: (message: Message) => boolean; resolve: (message: Message) => void }[] = [];
  const when = (test: (message: Message) => boolean) => new Promise<Message>((resolve) => waiting.push({ test, resolve }));
  let failed: (reason: Error) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => (failed = reject));
  // What the server asks of its client: settings (none), file watching, the workspace's files.
  const answer = (method: string, params: Message['params']): unknown => {
    if (method === 'workspace/configuration') return [null];
    if (method === 'studyNotes/workspace/markdownFiles') return Object.keys(files);
    if (method !== 'studyNotes/workspace/readFile') return null;
    reads.push(params?.uri ?? '');
    return files[params?.uri ?? ''] ?? null;
  };
  worker.onerror = (event) => failed(new Error(`worker error: ${event.message}`));
  worker.onmessage = ({ data }) => {
    if (data.method && data.id !== undefined) worker.postMessage({ jsonrpc: '2.0', id: data.id, result: answer(data.method, data.params) });
    else if (data.id !== undefined) pending.get(data.id)?.(data);
    for (const waiter of waiting.filter((candidate) => candidate.test(data))) waiter.resolve(data);
  };
  let nextId = 0;
  const request = (method: string, params: unknown) =>
    Promise.race([
      failure,
      new Promise<unknown>((resolve, reject) => {
        const id = ++nextId;
        pending.set(id, (message) => (message.error ? reject(new Error(message.error.message)) : resolve(message.result)));
        worker.postMessage({ jsonrpc: '2.0', id, method, params });
      }),
    ]);
  const notify = (method: string, params: unknown) => worker.postMessage({ jsonrpc: '2.0', method, params });
  return (async () => {
    const indexing = when((message) => message.method === 'window/logMessage' && /^Indexed /.test(message.params?.message ?? ''));
    const readingWorkerTold = when((message) => message.method === 'window/logMessage' && /reading worker|Web Worker of their own/.test(message.params?.message ?? ''));
    const initializationOptions = readingWorker ? { readingWorkerScript: script } : undefined;
    await request('initialize', { processId: null, rootUri: folder, workspaceFolders: [{ uri: folder, name: 'workspace' }], capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } }, initializationOptions });
    notify('initialized', {});
    const indexingLog = (await Promise.race([failure, indexing])).params?.message ?? '';
    const published = when((message) => message.method === 'textDocument/publishDiagnostics' && message.params?.uri === uri);
    notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const symbols = (await request('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    // A file the client says changed is read again, or forgotten, before the server says its outline changed.
    const changed = named.map((changedUri) => when((message) => message.method === 'studyNotes/outlineChanged' && message.params?.uri === changedUri));
    notify('workspace/didChangeWatchedFiles', { changes: named.map((changedUri) => ({ uri: changedUri, type: 2 })) });
    await Promise.race([failure, Promise.all(changed)]);
    for (const outlined of named) await request('studyNotes/outline', { uri: outlined });
    // Published once the document is analysed, and so in the workspace index.
    const diagnostics = (await Promise.race([failure, published])).params?.diagnostics ?? [];
    const indexed = ((await request('workspace/symbol', { query: '' })) as { location: { uri: string } }[]).map((symbol) => symbol.location.uri);
    const readingWorkerLog = readingWorker ? (await Promise.race([failure, readingWorkerTold])).params?.message : undefined;
    return { diagnostics, symbols, reads, indexed: [...new Set(indexed)].sort(), indexingLog, readingWorkerLog };
  })();
}

describe('the browser build of the server in a real Web Worker (Chromium)', function () {
  this.timeout(120_000);
  let page: Page | undefined;

  before(function () {
    const playwright = path.join(e2eCacheDir(), 'node_modules', 'playwright-core');
    if (!existsSync(chromium) || !existsSync(playwright)) {
      console.log(`      SKIPPED: needs Chromium (${chromium}) and playwright-core (${playwright}); scripts/setup-e2e.sh installs both.`);
      this.skip();
    }
    ensureBuilt();
  });

  after(async () => {
    if (page) await closeBrowser(page);
  });

  it('reports the same diagnostics and symbols as the Node server over stdio', async () => {
    const text = readFileSync(path.join(projectRoot, 'test/fixtures/notes/link-paragraphs.md'), 'utf8');
    const bundle = readFileSync(path.join(projectRoot, 'dist/web/server.js'), 'utf8');
    page = await openBrowser('about:blank');
    const inWorker = await page.evaluate(askWorker, { bundle, text, uri: notesUri, folder, files: {}, named: [] });

    const node = await SpawnedServer.start({ rootUri: folder });
    try {
      const diagnostics = await node.openAndPublished(notesUri, text);
      const symbols: DocumentSymbol[] = await node.request('textDocument/documentSymbol', { textDocument: { uri: notesUri } });
      assert.ok(diagnostics.length > 0 && symbols.length > 0, 'the fixture has findings and areas to compare');
      assert.deepEqual(inWorker.diagnostics, diagnostics);
      assert.deepEqual(inWorker.symbols, symbols);
    } finally {
      await node.stop();
    }
  });

  it('reads a long text precisely on a Web Worker nested in its own, started from the script the client names', async () => {
    const text = buildDocument(sourceTexts().texts, 200_000);
    const bundle = readFileSync(path.join(projectRoot, 'dist/web/server.js'), 'utf8');
    page ??= await openBrowser('about:blank');
    const answers = await page.evaluate(askWorker, { bundle, text, uri: notesUri, folder, files: {}, named: [], readingWorker: true });
    assert.equal(answers.readingWorkerLog, 'Long texts are read precisely on a Web Worker of their own.');
    assert.ok(answers.symbols.length > 0, 'the long text has areas');
  });

  it('reads and indexes only the workspace folder’s files, whatever URIs the client lists or names', async () => {
    const notes = readFileSync(path.join(projectRoot, 'test/fixtures/notes/link-paragraphs.md'), 'utf8');
    const inside = [`${folder}/week1/notes.md`, `${folder}/week2/../week2/notes.md`];
    const outside = [`${folder}/../etc/shadow.md`, `${folder}/%2E%2E/outside/x.md`, `${folder}%2F..%2Fetc/x.md`, `${folder}/..%5Cetc/x.md`, 'file:///workspace2/notes.md', 'file://server/workspace/notes.md'];
    // A client that answers every read, as one reading whatever it is asked would.
    const files = Object.fromEntries([...inside, ...outside].map((uri) => [uri, notes]));
    const bundle = readFileSync(path.join(projectRoot, 'dist/web/server.js'), 'utf8');
    page ??= await openBrowser('about:blank');
    const answers = await page.evaluate(askWorker, { bundle, text: notes, uri: notesUri, folder, files, named: [...inside, ...outside] });
    assert.deepEqual(answers.reads.filter((uri) => outside.includes(uri)), [], 'no read outside the folder');
    const notesRead = answers.reads.filter((uri) => !/\/(\.studynotes|package)\.json$/.test(uri));
    assert.deepEqual([...new Set(notesRead)].sort(), [...inside].sort(), 'the files inside are read');
    // The settings files the editor shares with the CLI are looked for inside the folder, never above it.
    assert.deepEqual(answers.reads.filter((uri) => !notesRead.includes(uri) && !uri.startsWith(`${folder}/`)), [], 'no settings file read above the folder');
    assert.deepEqual(answers.indexed, [notesUri, ...inside].sort(), 'the index holds the open document and the files inside');
    assert.equal(answers.indexingLog, `Indexed 2 notes files of ${inside.length + outside.length} Markdown files`);
  });
});
