// Hostile messages over the server's real transports: well-framed JSON-RPC whose params are not what
// LSP says (null, missing, wrongly typed). Each is ignored and said once per kind in the client's
// log; only a frame the server cannot read may stop it (hostile.test.ts, "broken frames").
import assert from 'node:assert/strict';
import type { DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { notificationShapes } from '../../server/src/lsp/messageShapes';
import { notesUnit } from '../support/hostileShapes';
import { ensureBuilt, LspServer, within } from '../support/lsp';

const uri = 'file:///hostile/messages.md';
const textDocument = { uri };

/** Params that are no object at all: missing, null, a number, a string, an array. */
const notAnObject = [undefined, null, 7, 'text', [uri]];

/**
 * Every notification the server handles (with a client declaring workspace folders and work done
 * progress, so that the library listens for those too), and params of the right outline with a
 * field missing or wrongly typed. `initialized` and `exit` carry nothing the server reads: below.
 */
const wronglyTyped: Record<string, unknown[]> = {
  'textDocument/didOpen': [{}, { textDocument: null }, { textDocument: { uri, languageId: 'markdown', version: 1, text: 42 } }, { textDocument: { uri, languageId: 'markdown', version: '1', text: '' } }, { textDocument: { uri: 5, languageId: 'markdown', version: 1, text: '' } }],
  'textDocument/didChange': [{}, { textDocument: { uri, version: null }, contentChanges: [{ text: 'x' }] }, { textDocument: { uri, version: 2 }, contentChanges: [{ range: null, text: 'x' }] }, { textDocument: { uri, version: 2 }, contentChanges: 'x' }],
  'textDocument/didClose': [{}, { textDocument: { uri: 5 } }],
  'textDocument/didSave': [{}, { textDocument, text: 5 }],
  'textDocument/willSave': [{}, { textDocument, reason: 'soon' }],
  'workspace/didChangeConfiguration': [],
  'workspace/didChangeWatchedFiles': [{}, { changes: null }, { changes: [{ uri: 5, type: 1 }] }, { changes: [{ uri: 'file:///hostile/w.md', type: 9 }] }],
  'workspace/didChangeWorkspaceFolders': [{}, { event: { added: null, removed: [] } }],
  '$/setTrace': [{}, { value: 7 }, { value: 'loud' }],
  '$/logTrace': [{}, { message: 7 }],
  '$/cancelRequest': [{}, { id: null }, { id: {} }, { id: true }],
  '$/progress': [{}, { token: null, value: 1 }],
  'window/workDoneProgress/cancel': [{}, { token: null }],
};

describe('hostile messages: bad params never stop the server', function () {
  this.timeout(60_000);
  let server: LspServer | undefined;

  before(function () {
    this.timeout(120_000);
    ensureBuilt();
  });

  afterEach(async () => {
    if (server && !server.alive) console.log(`      server exited: ${server.stderr.join('').slice(-1500)}`);
    await server?.stop();
    server = undefined;
  });

  /** The client's log and the server's standard error, line by line. */
  const said = (running: LspServer): string[] => [...running.logs, ...running.stderr.join('').split('\n')].filter((line) => line.trim() !== '');

  /** The server still reads a notes document and answers for it. */
  async function stillAnswers(running: LspServer, name: string): Promise<void> {
    const notes = `file:///hostile/after-${name.replace(/\W+/g, '-')}.md`;
    await running.open(notes, notesUnit);
    const symbols = await within(running.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: notes } }), 10_000, `${name}: the next request`);
    assert.deepEqual(
      symbols.map((symbol) => symbol.name),
      ['Area 1: Cloud Web Apps'],
      `${name}: the next document is read`,
    );
    assert.ok(running.alive, `${name}: the server is running`);
  }

  for (const [method, shapes] of Object.entries(wronglyTyped)) {
    it(`${method} with params missing, null, not an object or wrongly typed: ignored, said once, and the server answers`, async () => {
      for (const params of [...notAnObject, ...shapes]) assert.ok(notificationShapes[method]?.(params, 'params'), `${method}: ${JSON.stringify(params)} is refused`);
      server = await LspServer.start({ pull: true, settings: { studyNotes: { debounceMs: 0 } }, capabilities: { window: { workDoneProgress: true }, workspace: { workspaceFolders: true } } });
      for (const params of [...notAnObject, ...shapes]) server.sendRaw({ method, params });
      await stillAnswers(server, method);
      const lines = said(server).filter((line) => line.includes(method));
      assert.equal(lines.length, 1, `one line in the log names ${method}:\n${lines.join('\n')}`);
      assert.match(lines[0], new RegExp(`^study-notes-ls: ignored a ${method.replace(/\$/g, '\\$')} notification: params(\\.[\\w.[\\]]+)? (is|are) .+; further ones are ignored without a word$`));
    });
  }

  it('a didChange with one good and one broken change is ignored whole: the document keeps its text and version', async () => {
    server = await LspServer.start({ pull: true, settings: { studyNotes: { debounceMs: 0 } } });
    await server.open(uri, notesUnit);
    const before = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument });
    const newArea = { range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '## Area 2: Docker and Containers\n\n' };
    server.sendRaw({ method: 'textDocument/didChange', params: { textDocument: { uri, version: 2 }, contentChanges: [newArea, { range: null, text: 'x' }] } });
    assert.deepEqual(await server.request('textDocument/documentSymbol', { textDocument }), before, 'the first change was not applied alone');
    // The editor's next edit, numbered after the last one the server took, applies as it should.
    await server.change(uri, 2, [newArea]);
    const after = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument });
    assert.deepEqual(
      after.map((symbol) => symbol.name),
      ['Area 2: Docker and Containers', 'Area 1: Cloud Web Apps'],
    );
  });

  it('initialized with params null or missing still starts the server’s work: it reads the settings and indexes', async () => {
    for (const params of [null, undefined]) {
      server = LspServer.spawn({});
      await server.request('initialize', { processId: null, rootUri: null, capabilities: {} });
      server.sendRaw({ method: 'initialized', params });
      await server.until(() => server!.logs.find((line) => line.startsWith('Indexed ')), 'the indexing to be logged');
      await server.stop();
    }
  });

  it('exit with params null stops the server, with 0 after shutdown', async () => {
    server = await LspServer.start({});
    const exited = new Promise<number | null>((resolve) => server!.process.once('exit', resolve));
    await server.request('shutdown', undefined);
    server.sendRaw({ method: 'exit', params: null });
    assert.equal(await within(exited, 10_000, 'the server to exit'), 0);
    server = undefined;
  });

  it('says what is wrong and where', () => {
    const opened = (textDocument: unknown) => notificationShapes['textDocument/didOpen']({ textDocument }, 'params');
    assert.equal(opened({ uri, languageId: 'markdown', version: 1, text: 42 }), 'params.textDocument.text is not a string but a number');
    assert.equal(opened(null), 'params.textDocument is not an object but null');
    assert.equal(notificationShapes['textDocument/didChange']({ textDocument: { uri, version: 2 }, contentChanges: [{ text: '' }, { range: [], text: '' }] }, 'params'), 'params.contentChanges[1].range is not an object but an array');
    assert.equal(notificationShapes['$/cancelRequest']({ id: null }, 'params'), 'params.id is not an integer or a string but null');
    assert.equal(notificationShapes['$/cancelRequest'](undefined, 'params'), 'params is missing');
  });

  describe('over Node IPC, VS Code desktop’s transport', () => {
    it('$/cancelRequest without an id, with params null or missing: ignored, and the server answers', async () => {
      server = await LspServer.start({ pull: true, transport: 'ipc', settings: { studyNotes: { debounceMs: 0 } } });
      for (const params of [{ id: null }, null, undefined]) server.sendRaw({ method: '$/cancelRequest', params });
      await stillAnswers(server, 'cancel over IPC');
    });
  });
});
