// Hostile messages over the server's real transports: well-framed JSON-RPC whose params are not what
// LSP says (null, missing, wrongly typed). Each is ignored and said once per kind in the client's
// log; only a frame the server cannot read may stop it (hostile.test.ts, "broken frames").
import assert from 'node:assert/strict';
import { ErrorCodes, ResponseError, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { notificationShapes } from '../../server/src/lsp/messageShapes';
import { notesUnit } from '../support/hostileShapes';
import { ensureBuilt, SpawnedServer, within } from '../support/lsp';

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
  let server: SpawnedServer | undefined;

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
  const said = (running: SpawnedServer): string[] => [...running.logs, ...running.stderr.join('').split('\n')].filter((line) => line.trim() !== '');

  /** The server still reads a notes document and answers for it. */
  async function stillAnswers(running: SpawnedServer, name: string): Promise<void> {
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
      server = await SpawnedServer.start({ pull: true, settings: { studyNotes: { debounceMs: 0 } }, capabilities: { window: { workDoneProgress: true }, workspace: { workspaceFolders: true } } });
      for (const params of [...notAnObject, ...shapes]) server.sendRaw({ method, params });
      await stillAnswers(server, method);
      const lines = said(server).filter((line) => line.includes(method));
      assert.equal(lines.length, 1, `one line in the log names ${method}:\n${lines.join('\n')}`);
      assert.match(lines[0], new RegExp(`^study-notes-ls: ignored a ${method.replace(/\$/g, '\\$')} notification: params(\\.[\\w.[\\]]+)? (is|are) .+; further ones are ignored without a word$`));
    });
  }

  it('a didChange with one good and one broken change is ignored whole: the document keeps its text and version', async () => {
    server = await SpawnedServer.start({ pull: true, settings: { studyNotes: { debounceMs: 0 } } });
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
      server = SpawnedServer.spawn({});
      await server.request('initialize', { processId: null, rootUri: null, capabilities: {} });
      server.sendRaw({ method: 'initialized', params });
      await server.until(() => server!.logs.find((line) => line.startsWith('Indexed ')), 'the indexing to be logged');
      await server.stop();
    }
  });

  it('initialized again is ignored, said once: the workspace is read once', async () => {
    server = await SpawnedServer.start({});
    await server.until(() => server!.logs.find((line) => line.startsWith('Indexed ')), 'the indexing to be logged');
    for (let again = 0; again < 2; again++) await server.connection.sendNotification('initialized', {});
    await stillAnswers(server, 'after initialized again');
    assert.equal(server.logs.filter((line) => line.startsWith('Indexed ')).length, 1, said(server).join('\n'));
    assert.equal(said(server).filter((line) => /^study-notes-ls: ignored a initialized notification: it came again/.test(line)).length, 1);
  });

  it('exit with params null stops the server, with 0 after shutdown', async () => {
    server = await SpawnedServer.start({});
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
    assert.equal(notificationShapes['workspace/didChangeWatchedFiles']({ changes: [{ type: 1 }] }, 'params'), 'params.changes[0].uri is missing');
    assert.equal(notificationShapes['$/setTrace']({ value: 'loud' }, 'params'), 'params.value is not one of "off", "messages", "verbose" but a string');
  });

  describe('over Node IPC, VS Code desktop’s transport', () => {
    it('$/cancelRequest without an id, with params null or missing: ignored, and the server answers', async () => {
      server = await SpawnedServer.start({ pull: true, transport: 'ipc', settings: { studyNotes: { debounceMs: 0 } } });
      for (const params of [{ id: null }, null, undefined]) server.sendRaw({ method: '$/cancelRequest', params });
      await stillAnswers(server, 'cancel over IPC');
    });
  });

  describe('the lifecycle: before initialize, after shutdown, and initialize again', () => {
    const initialize = { processId: null, rootUri: null, capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true } } } };
    /** The request is answered with LSP's error `code`, and the message names the method. */
    async function refused(running: SpawnedServer, method: string, params: unknown, code: number): Promise<void> {
      await assert.rejects(running.request(method, params), (error: unknown) => {
        assert.ok(error instanceof ResponseError, String(error));
        assert.equal(error.code, code, `${method}: ${error.message}`);
        assert.ok(error.message.startsWith(`${method}: `), error.message);
        return true;
      });
    }

    it('a request before initialize is answered ServerNotInitialized (-32002), a notification before it is dropped, and initialize then works', async () => {
      server = SpawnedServer.spawn({});
      await refused(server, 'textDocument/documentSymbol', { textDocument }, ErrorCodes.ServerNotInitialized);
      await refused(server, 'studyNotes/notesTemplate', { title: 'Notes' }, ErrorCodes.ServerNotInitialized);
      await refused(server, 'shutdown', undefined, ErrorCodes.ServerNotInitialized);
      await server.open(uri, notesUnit);
      await server.request('initialize', initialize);
      await server.connection.sendNotification('initialized', {});
      assert.deepEqual(await server.request('textDocument/documentSymbol', { textDocument }), [], 'the document sent before initialize was not opened');
      await stillAnswers(server, 'after a late initialize');
      assert.equal(said(server).filter((line) => /^study-notes-ls: ignored a textDocument\/didOpen notification: it came before initialize;/.test(line)).length, 1);
    });

    it('initialize again is answered InvalidRequest (-32600), and the server keeps its state', async () => {
      server = await SpawnedServer.start({});
      await server.open(uri, notesUnit);
      await refused(server, 'initialize', initialize, ErrorCodes.InvalidRequest);
      assert.equal((await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument })).length, 1);
    });

    it('initialize with params null or without capabilities is answered InvalidParams (-32602), and the server waits for a right one', async () => {
      server = SpawnedServer.spawn({});
      await refused(server, 'initialize', null, ErrorCodes.InvalidParams);
      await refused(server, 'initialize', { processId: null, rootUri: null }, ErrorCodes.InvalidParams);
      await refused(server, 'initialize', { ...initialize, workspaceFolders: [{ uri: 5 }] }, ErrorCodes.InvalidParams);
      await refused(server, 'textDocument/documentSymbol', { textDocument }, ErrorCodes.ServerNotInitialized);
      await server.request('initialize', initialize);
      await server.connection.sendNotification('initialized', {});
      await stillAnswers(server, 'after a right initialize');
    });

    it('a request after shutdown is answered InvalidRequest (-32600), and exit then stops the server with 0', async () => {
      server = await SpawnedServer.start({});
      await server.open(uri, notesUnit);
      await server.request('shutdown', undefined);
      await refused(server, 'textDocument/documentSymbol', { textDocument }, ErrorCodes.InvalidRequest);
      await refused(server, 'shutdown', undefined, ErrorCodes.InvalidRequest);
      const exited = new Promise<number | null>((resolve) => server!.process.once('exit', resolve));
      await server.connection.sendNotification('exit');
      assert.equal(await within(exited, 10_000, 'the server to exit'), 0);
      server = undefined;
    });

    it('exit before initialize stops the server, with 1', async () => {
      server = SpawnedServer.spawn({});
      const exited = new Promise<number | null>((resolve) => server!.process.once('exit', resolve));
      await server.connection.sendNotification('exit');
      assert.equal(await within(exited, 10_000, 'the server to exit'), 1);
      server = undefined;
    });
  });

  it('a textDocument request with params null or naming no document is answered InvalidParams (-32602), and the next request is', async () => {
    server = await SpawnedServer.start({});
    for (const [method, params] of [['textDocument/hover', null], ['textDocument/documentSymbol', {}], ['textDocument/completion', { textDocument: { uri: 5 }, position: { line: 0, character: 0 } }]] as const) {
      await assert.rejects(server.request(method, params), (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InvalidParams && error.message === `${method}: params.textDocument.uri: a document URI is expected`, `${method} ${JSON.stringify(params)}`);
    }
    await stillAnswers(server, 'after the refused requests');
  });

  describe('custom requests with params that are not what protocol/protocol.ts says: InvalidParams (-32602)', () => {
    it('studyNotes/notesTemplate without a title, or a title that is no string, is refused; with one, it answers the template', async () => {
      server = await SpawnedServer.start({});
      for (const params of [{}, undefined, null, { title: 5 }, [{ title: 'Notes' }]]) {
        await assert.rejects(server.request('studyNotes/notesTemplate', params), (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InvalidParams && /^studyNotes\/notesTemplate: params(\.title)? is/.test(error.message), JSON.stringify(params));
      }
      const { text } = await server.request<{ text: string }>('studyNotes/notesTemplate', { title: 'Cloud notes' });
      assert.match(text, /^# Cloud notes\n/);
    });

    it('studyNotes/outline, readingSettled and renderModule without a uri, module or position are refused', async () => {
      server = await SpawnedServer.start({});
      await server.open(uri, notesUnit);
      const module = { area: 'Cloud Web Apps', level: 'Beginner', title: 'Lab: Docker Intro', minutes: 30 };
      const wrong: [string, unknown][] = [
        ['studyNotes/outline', {}],
        ['studyNotes/readingSettled', { uri: 5 }],
        ['studyNotes/renderModule', { uri, position: { line: 2, character: 0 } }],
        ['studyNotes/renderModule', { uri, module: { ...module, minutes: '30' }, position: { line: 2, character: 0 } }],
        ['studyNotes/renderModule', { uri, module, position: { line: 'two', character: 0 } }],
      ];
      for (const [method, params] of wrong) {
        await assert.rejects(server.request(method, params), (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InvalidParams, `${method} ${JSON.stringify(params)}`);
      }
      assert.ok(await server.request('studyNotes/renderModule', { uri, module, position: { line: 2, character: 0 } }), 'the same request with right params is answered');
    });
  });
});
