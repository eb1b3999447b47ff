// The browser build of the server (dist/web/server.js, for VS Code for the web) as a real Web Worker
// in Chromium, spoken to over postMessage as vscode-languageclient/browser does: on a notes file it
// must answer what the Node server answers over stdio.
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import type { Diagnostic, DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { e2eCacheDir, openBrowser, closeBrowser, type Page } from '../e2e/vscode';
import { ensureBuilt, LspServer, projectRoot } from '../support/lsp';

const chromium = process.env.STUDY_NOTES_E2E_CHROMIUM || '/usr/bin/chromium';
const notesUri = 'file:///workspace/notes.md';

interface WorkerAnswers {
  diagnostics: Diagnostic[];
  symbols: DocumentSymbol[];
}

/** What the page runs: a minimal LSP client over the worker's postMessage (no DOM types here). */
function askWorker({ bundle, text, uri }: { bundle: string; text: string; uri: string }): Promise<WorkerAnswers> {
  type Message = { id?: number; method?: string; params?: { uri?: string; diagnostics?: Diagnostic[] }; result?: unknown; error?: { message: string } };
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
  const worker = new page.Worker(page.URL.createObjectURL(new page.Blob([bundle], { type: 'text/javascript' })));
  const pending = new Map<number, (message: Message) => void>();
  let published: (diagnostics: Diagnostic[]) => void = () => undefined;
  const diagnostics = new Promise<Diagnostic[]>((resolve) => (published = resolve));
  let failed: (reason: Error) => void = () => undefined;
  const failure = new Promise<never>((_, reject) => (failed = reject));
  // What the server asks of its client: settings (none), file watching, the workspace's files (none).
  const answers: Record<string, unknown> = { 'workspace/configuration': [null], 'studyNotes/workspace/markdownFiles': [] };
  worker.onerror = (event) => failed(new Error(`worker error: ${event.message}`));
  worker.onmessage = ({ data }) => {
    if (data.method && data.id !== undefined) worker.postMessage({ jsonrpc: '2.0', id: data.id, result: answers[data.method] ?? null });
    else if (data.id !== undefined) pending.get(data.id)?.(data);
    else if (data.method === 'textDocument/publishDiagnostics' && data.params?.uri === uri) published(data.params.diagnostics ?? []);
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
    await request('initialize', { processId: null, rootUri: 'file:///workspace', workspaceFolders: [{ uri: 'file:///workspace', name: 'workspace' }], capabilities: {} });
    notify('initialized', {});
    notify('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    const symbols = (await request('textDocument/documentSymbol', { textDocument: { uri } })) as DocumentSymbol[];
    return { diagnostics: await Promise.race([failure, diagnostics]), symbols };
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
    const inWorker = await page.evaluate(askWorker, { bundle, text, uri: notesUri });

    const node = await LspServer.start({ rootUri: 'file:///workspace' });
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
});
