// A long text over stdio: the server answers from a reading by lines at once, reads the text
// precisely an area at a time, and answers other requests between the areas.
import assert from 'node:assert/strict';
import type { DocumentSymbol, Hover } from 'vscode-languageserver-protocol/node';
import { readingSettledRequest } from '../../server/src/protocol/requests';
import { createStudyNotesService } from '../../server/src/service/studyNotesService';
import { buildDocument, sourceTexts } from '../perf/measure';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { parseNotes } from '../../server/src/notes/parse';
import { readOnAnotherThread, ReadingWorker } from '../../server/src/workspace/readingWorker';
import { ensureBuilt, SpawnedServer, serverBundle } from '../support/lsp';
import { memoryWorkspace, OpenTexts } from '../support/memoryWorkspace';

describe('the first answer to a long text over stdio', function () {
  this.timeout(120_000);
  let server: SpawnedServer;
  const uri = 'file:///long/README.md';
  // 1 MB of notes: remark takes seconds on it whole.
  const text = buildDocument(sourceTexts().texts, 1_000_000);

  before(async () => {
    ensureBuilt();
    server = await SpawnedServer.start({ pull: true });
  });

  after(async () => server?.stop());

  it('answers requests while the text is read precisely, then shows the precise reading', async () => {
    await server.open(uri, text);
    const symbols = await server.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } });
    assert.ok(symbols.length > 0);

    const order: string[] = [];
    const settled = server.request(readingSettledRequest, { uri }).then((version) => (order.push('settled'), version));
    const position = { line: symbols[0].selectionRange.start.line, character: symbols[0].selectionRange.start.character + 1 };
    const hovers = Array.from({ length: 3 }, () => server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position }).then(() => order.push('hover')));
    await Promise.all([settled, ...hovers]);
    assert.equal(await settled, 1);
    assert.deepEqual(order.slice(0, 3), ['hover', 'hover', 'hover'], `the hovers waited for the whole reading: ${order.join(', ')}`);

    // The diagnostics are those of a service that read the whole text precisely at once.
    const open = new OpenTexts();
    open.open(uri, text);
    const silent = (): void => {};
    const atOnce = createStudyNotesService({ workspace: memoryWorkspace({}), logger: { info: silent, warn: silent, error: silent }, openDocuments: open });
    assert.deepEqual(await server.diagnostics(uri, 1), atOnce.diagnostics(uri));
  });

  it("reads on the server's second thread (its own built file in a worker) what one parse of the whole text gives", async () => {
    const long = buildDocument(sourceTexts().texts, 200_000);
    const worker = new ReadingWorker(serverBundle);
    try {
      assert.deepEqual(await worker.read(long, bundledCourse.catalog), parseNotes(long, { catalog: bundledCourse.catalog }));
      assert.ok(worker.alive);
    } finally {
      worker.stop();
    }
  });

  it('stops a worker whose reading is past its deadline, leaves the readings behind it to their callers, and starts another for the next', async () => {
    const long = buildDocument(sourceTexts().texts, 200_000);
    // Only the long text's deadline is shorter than its reading: that reading is "stuck".
    const deadline = (characters: number): number => (characters > 100_000 ? 5 : 60_000);
    const worker = new ReadingWorker(serverBundle, { deadline });
    const stuck = worker.read(long, bundledCourse.catalog);
    const behind = worker.read('# Notes\n', bundledCourse.catalog);
    await assert.rejects(stuck, /the reading took over 5 ms and was stopped/);
    assert.equal(await behind, undefined);
    assert.ok(worker.stopped && !worker.alive);

    const read = readOnAnotherThread(serverBundle, { deadline });
    await assert.rejects(read(long, bundledCourse.catalog), /was stopped/);
    const short = '# Notes\n\n## Area 1: Docker\n\n- [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (time: 10 min)\n';
    assert.deepEqual(await read(short, bundledCourse.catalog), parseNotes(short, { catalog: bundledCourse.catalog }));
  });
});
