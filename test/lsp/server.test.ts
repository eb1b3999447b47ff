import assert from 'node:assert/strict';
import type { CodeAction, DocumentSymbol, FoldingRange, Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { outlineRequest } from '../../server/src/protocol/requests';
import { corpusNotesFiles, readCorpusFile, skipWithoutCorpus } from '../support/corpus';
import { ensureBuilt, SpawnedServer } from '../support/lsp';

const notes = [
  '# Distributed Systems Practice', // 0
  '', // 1
  '## Area 1: Cloud Web Apps', // 2
  '> Beginner Level', // 3
  '', // 4
  '[AWS Tutorial: Launch a VM](https://aws.amazon.com/getting-started/tutorials/launch-a-virtual-machine/) (time: 30 min)', // 5
  'I launched a VM.', // 6
  '', // 7
  '[Video: Virtualization](https://www.youtube.com/watch?v=GIdVRB5yNsk)', // 8
  'Hypervisors share the hardware.', // 9
  '', // 10
].join('\n');
const notesUri = 'file:///fixtures/notes.md';

describe('language server over stdio', function () {
  let client: SpawnedServer;

  before(async function () {
    this.timeout(120000);
    ensureBuilt();
    client = await SpawnedServer.start();
  });

  after(async () => client?.stop());

  it('warns of a module without time, and answers symbols, folding, hover, quick fixes and the outline', async () => {
    const diagnostics = await client.openAndPublished(notesUri, notes);
    const missing = diagnostics.find((diagnostic) => diagnostic.code === 'missing-time');
    assert.equal(missing?.range.start.line, 8);
    assert.equal(missing?.source, 'study-notes');

    const textDocument = { uri: notesUri };
    const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument });
    assert.deepEqual(symbols.map((symbol) => symbol.name), ['Area 1: Cloud Web Apps']);
    assert.deepEqual(symbols[0].children?.[0].children?.map((module) => module.detail), ['30 min', 'no time estimate']);

    const folding: FoldingRange[] = await client.connection.sendRequest('textDocument/foldingRange', { textDocument });
    assert.ok(folding.some((range) => range.startLine === 2));

    const hover: Hover | null = await client.connection.sendRequest('textDocument/hover', { textDocument, position: { line: 5, character: 110 } });
    assert.match((hover?.contents as MarkupContent).value, /Level Beginner: 30 min, 1 module without estimate/);

    const actions: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument, range: missing!.range, context: { diagnostics: [missing] } });
    const edit = actions[0].edit?.changes?.[notesUri]?.[0];
    assert.equal(edit?.newText, ' (time: 10 min)');
    assert.deepEqual(edit?.range.start, { line: 8, character: 68 });
    // A client that sends no diagnostics with the request is offered the same fix at that range.
    const unasked: CodeAction[] = await client.connection.sendRequest('textDocument/codeAction', { textDocument, range: missing!.range, context: { diagnostics: [] } });
    assert.deepEqual(unasked.map((action) => action.edit), actions.map((action) => action.edit));

    const outline = await client.answer(outlineRequest, { uri: notesUri });
    assert.equal(outline.summary, '30 min, 1 module without estimate');
  });

  it('leaves an ordinary README alone', async () => {
    const uri = 'file:///fixtures/README.md';
    const diagnostics = await client.openAndPublished(uri, '# Tool\n\n## Installation\n\nRun `npm install`, see [npm](https://npmjs.com) and [docs](https://example.com/docs).\n');
    assert.deepEqual(diagnostics, []);
    assert.deepEqual(await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } }), []);
  });

  it('publishes for the final version only after a burst of edits', async () => {
    const uri = 'file:///fixtures/burst.md';
    await client.openAndPublished(uri, notes);
    const final = 12;
    const finalPublished = client.whenPublished(uri, final);
    for (let version = 2; version <= final; version++) {
      const line = version % 2 === 0 ? 8 : 5;
      await client.connection.sendNotification('textDocument/didChange', {
        textDocument: { uri, version },
        contentChanges: [{ range: { start: { line, character: 0 }, end: { line, character: 0 } }, text: 'x' }],
      });
    }
    await finalPublished;
    // A document opened after the final publish is validated after any stale run would have fired.
    await client.openAndPublished('file:///fixtures/sentinel.md', notes);
    const versions = client.published.filter((params) => params.uri === uri).map((params) => params.version);
    assert.deepEqual(versions, [1, final]);
  });

  describe('on the corpus', () => {
    before(function () {
      skipWithoutCorpus(this);
    });

    it('validates real notes and lists their modules', async () => {
      const file = corpusNotesFiles().find((name) => name.startsWith('seeds/')) ?? corpusNotesFiles()[0];
      const uri = `file:///corpus/${file}`;
      await client.openAndPublished(uri, readCorpusFile(file));
      const symbols: DocumentSymbol[] = await client.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
      assert.ok(symbols.length > 0, `${file} has symbols`);
      const outline = await client.answer(outlineRequest, { uri });
      assert.equal(outline.isNotes, true);
    });
  });
});
