// A request the client cancels while the server works on it: an outline of many entries stops at
// its next step and answers RequestCancelled, the requests sent meanwhile answered between steps.
import assert from 'node:assert/strict';
import { CancellationTokenSource, LSPErrorCodes, ResponseError, type DocumentSymbol } from 'vscode-languageserver-protocol/node';
import { ensureBuilt, LspServer } from '../support/lsp';

/** Areas of one module each: every area is an entry of the outline's top level, where its steps end. */
const manyAreas = (count: number): string => `# Notes\n\n${Array.from({ length: count }, (_, n) => `## Area ${n + 1}: Topic ${n}\n\n[Lab ${n}](https://example.org/${n}) (time: 10 min)\n\n`).join('')}`;

describe('a request cancelled while it is worked on', function () {
  this.timeout(60_000);
  let server: LspServer;
  before(async () => {
    ensureBuilt();
    server = await LspServer.start({ pull: true });
  });
  after(() => server?.stop());

  it('an outline of 10,000 entries answers RequestCancelled once cancelled, a hover sent after it answered first; asked again, it is whole', async () => {
    const uri = 'file:///long.md';
    await server.open(uri, manyAreas(5_000));
    await server.diagnostics(uri, 1);
    const source = new CancellationTokenSource();
    let answered = false;
    const outline = server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }, source).finally(() => (answered = true));
    await server.request('textDocument/hover', { textDocument: { uri }, position: { line: 2, character: 4 } });
    assert.equal(answered, false, 'the outline is still being made when the hover is answered');
    source.cancel();
    await assert.rejects(outline, (error: unknown) => error instanceof ResponseError && error.code === LSPErrorCodes.RequestCancelled);
    const whole = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.equal(whole.length, 5_000, 'the whole outline: every area');
    assert.equal(server.logs.filter((line) => line.includes('documentSymbol failed')).length, 0);
  });
});
