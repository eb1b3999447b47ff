// studyNotes/writeStudyTime over stdio, as the study timer of the VS Code client asks it: the
// server answers the edits for the version it read, the client applies them, the warning goes.
import assert from 'node:assert/strict';
import { ErrorCodes, ResponseError } from 'vscode-languageserver-protocol/node';
import { writeStudyTimeRequest } from '../../server/src/protocol/requests';
import { applyEdits } from '../support/invariants';
import { ensureBuilt, LspServer } from '../support/lsp';

const uri = 'file:///timer/notes.md';
const notes = ['## Area 1: Cloud Web Apps', '> Beginner Level', '', '[AWS Tutorial: Launch a VM](https://aws.amazon.com/launch) (time: 30 min)', 'Started an instance.', '', '[QwikLab: Intro to S3](https://awseducate.qwiklabs.com/focuses/30)', 'Buckets hold objects.', ''].join('\r\n');

describe('studyNotes/writeStudyTime over stdio', function () {
  this.timeout(60_000);
  let server: LspServer;
  before(async () => {
    ensureBuilt();
    server = await LspServer.start({ pull: true });
  });
  after(() => server?.stop());

  it('answers the edit for the version it read; applied, the missing-time warning goes', async () => {
    await server.open(uri, notes, 3);
    const missing = async (version: number) => (await server.diagnostics(uri, version)).filter((diagnostic) => diagnostic.code === 'missing-time').map((diagnostic) => diagnostic.range.start.line);
    assert.deepEqual(await missing(3), [6]);
    // The client saw the module two lines higher: lines above it have moved since.
    const result = await server.request(writeStudyTimeRequest, { uri, module: { title: 'QwikLab: Intro to S3', line: 4 }, minutes: 42, mode: 'add' });
    assert.ok(result);
    assert.deepEqual({ version: result.version, line: result.line, minutes: result.minutes, before: result.minutesBefore }, { version: 3, line: 6, minutes: 42, before: undefined });
    const text = applyEdits(notes, result.edits);
    assert.equal(text, notes.replace('focuses/30)', 'focuses/30) (time: 42 min)'));
    await server.change(uri, 4, [{ text }]);
    assert.deepEqual(await missing(4), []);
  });

  it('answers null for a document it does not hold, and refuses params that are not what protocol.ts says', async () => {
    assert.equal(await server.request(writeStudyTimeRequest, { uri: 'file:///timer/closed.md', module: { title: 'A', line: 0 }, minutes: 5, mode: 'add' }), null);
    for (const params of [{ uri }, { uri, module: { title: 'A', line: 0 }, minutes: '5', mode: 'add' }, { uri, module: { title: 'A', line: 0 }, minutes: 5, mode: 'sum' }, { uri, module: { title: 'A' }, minutes: 5, mode: 'add' }]) {
      await assert.rejects(server.request(writeStudyTimeRequest, params), (error: unknown) => error instanceof ResponseError && error.code === ErrorCodes.InvalidParams, JSON.stringify(params));
    }
  });
});
