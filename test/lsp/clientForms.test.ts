// A client that takes only plain text, a flat outline and commands (an older Vim or Emacs client, a
// minimal editor integration) gets every answer VS Code gets, in a form it can show and run.
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, Hover, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { ensureBuilt, LspServer } from '../support/lsp';

const notes = [
  '## Docker and Containers', // 0
  '### Beginner', // 1
  '- [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U)', // 2
  '  A container ships the app with its libraries and shares the host kernel.', // 3
  '', // 4
  '[Lab', // 5
].join('\n');

describe('a client of plain text, a flat outline and commands', function () {
  this.timeout(120_000);
  const uri = 'file:///fixtures/plain-client.md';
  const textDocument = { uri };
  /** The edits the server asked this client to apply. */
  const applied: WorkspaceEdit[] = [];
  let client: LspServer;

  before(async () => {
    ensureBuilt();
    client = await LspServer.start({
      capabilities: {
        textDocument: { hover: { contentFormat: ['plaintext'] }, completion: { completionItem: { documentationFormat: ['plaintext'] } }, codeAction: {} },
        workspace: { applyEdit: true },
      },
    });
    client.connection.onRequest('workspace/applyEdit', ({ edit }: { edit: WorkspaceEdit }) => {
      applied.push(edit);
      return { applied: true };
    });
    await client.openAndPublished(uri, notes);
  });

  after(async () => client?.stop());

  it('hovers in plain text: the progress reads without Markdown marks', async () => {
    const hover: Hover = await client.request('textDocument/hover', { textDocument, position: { line: 0, character: 4 } });
    assert.deepEqual(Object.keys(hover.contents), ['kind', 'value']);
    const { kind, value } = hover.contents as { kind: string; value: string };
    assert.equal(kind, 'plaintext');
    assert.match(value, /^Docker and Containers: /);
    assert.doesNotMatch(value, /\*\*|\]\(|<https?:| {2}$/m);
  });

  it('completes modules with their documentation as plain strings, and no label details it did not ask for', async () => {
    const answer: CompletionList | CompletionItem[] = await client.request('textDocument/completion', { textDocument, position: { line: 5, character: 4 }, context: { triggerKind: 1 } });
    const items = Array.isArray(answer) ? answer : answer.items;
    assert.ok(items.length > 0);
    for (const item of items) {
      assert.ok(item.documentation === undefined || typeof item.documentation === 'string', JSON.stringify(item.documentation));
      assert.equal(item.labelDetails, undefined);
    }
  });

  it('gets the outline flat, each entry naming the one it is in', async () => {
    const symbols: SymbolInformation[] = await client.request('textDocument/documentSymbol', { textDocument });
    const docker = symbols.find((symbol) => symbol.name === 'Docker and Containers');
    const video = symbols.find((symbol) => symbol.name === 'Video: Why Docker?');
    assert.deepEqual([docker?.location.uri, docker?.containerName], [uri, undefined]);
    assert.equal(video?.containerName, 'Beginner');
    assert.ok(symbols.every((symbol) => !('children' in symbol)));
  });

  it('gets quick fixes as commands, and running one applies its edit through the client', async () => {
    const diagnostics = await client.diagnostics(uri, 1);
    const missing = diagnostics.filter((diagnostic) => diagnostic.code === 'missing-time');
    assert.ok(missing.length > 0);
    const commands: { title: string; command: string; arguments?: unknown[] }[] = await client.request('textDocument/codeAction', { textDocument, range: missing[0].range, context: { diagnostics: missing } });
    assert.ok(commands.length > 0);
    assert.ok(commands.every((command) => typeof command.command === 'string' && !('edit' in command)), JSON.stringify(commands));
    await client.request('workspace/executeCommand', { command: commands[0].command, arguments: commands[0].arguments });
    assert.equal(applied.length, 1);
    assert.ok(applied[0].changes?.[uri]?.length);
  });
});
