// A client that takes only plain text, a flat outline and commands (an older Vim or Emacs client, a
// minimal editor integration) gets every answer VS Code gets, in a form it can show and run.
import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, Hover, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver-protocol/node';
import { mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { plainText } from '../../server/src/lsp/clientForms';
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

  it('gets the outline flat, each entry naming the one it is in, its time or totals in its name', async () => {
    const symbols: SymbolInformation[] = await client.request('textDocument/documentSymbol', { textDocument });
    const docker = symbols.find((symbol) => symbol.name.startsWith('Docker and Containers'));
    const video = symbols.find((symbol) => symbol.name.startsWith('Video: Why Docker?'));
    assert.deepEqual([docker?.name, docker?.location.uri, docker?.containerName], ['Docker and Containers — 1 module without estimate', uri, undefined]);
    assert.deepEqual([video?.name, video?.containerName], ['Video: Why Docker? — no time estimate', 'Beginner']);
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

  it('applies no fix offered before the user typed on: its ranges would land on other text', async () => {
    const textDocument2 = { uri: 'file:///fixtures/typed-on.md' };
    await client.openAndPublished(textDocument2.uri, notes);
    const [missing] = (await client.diagnostics(textDocument2.uri, 1)).filter((diagnostic) => diagnostic.code === 'missing-time');
    const [command]: { command: string; arguments?: unknown[] }[] = await client.request('textDocument/codeAction', { textDocument: textDocument2, range: missing.range, context: { diagnostics: [missing] } });
    await client.change(textDocument2.uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: 'A line typed on top.\n' }]);
    const before = applied.length;
    await client.request('workspace/executeCommand', { command: command.command, arguments: command.arguments });
    assert.equal(applied.length, before, 'nothing applied');
    // Nor does a command edit a document it was not offered for.
    await client.request('workspace/executeCommand', { command: command.command, arguments: [{ changes: { 'file:///etc/passwd.md': [{ range: missing.range, newText: 'x' }] } }, { 'file:///etc/passwd.md': 1 }] });
    assert.equal(applied.length, before, 'nothing applied');
  });
});

describe('a client that takes pushed diagnostics, with two files of a student open', function () {
  this.timeout(120_000);
  let folder: string;
  let student: LspServer;

  before(async () => {
    ensureBuilt();
    folder = mkdtempSync(path.join(os.tmpdir(), 'study-notes-two-files-'));
    student = await LspServer.start({ rootUri: URI.file(folder).toString(), capabilities: { textDocument: { codeAction: {} } } });
  });

  after(async () => {
    await student?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('is told again of another open file of the student when an edit there reaches the level it leaves unticked', async () => {
    const claims = URI.file(path.join(folder, 'claims.md')).toString();
    const more = URI.file(path.join(folder, 'more.md')).toString();
    const said = await student.openAndPublished(claims, ['## Check List', '##### Docker and Containers', '- [ ] Beginner Level', '', '## Docker and Containers', '### Video: Why Docker? (10 min)', 'A container ships the app with its libraries.', ''].join('\n'));
    assert.ok(!said.some((diagnostic) => diagnostic.code === 'level-claim'), JSON.stringify(said));
    // Opening a file of the student tells the other files again too: that word is taken first.
    const opened = student.nextPublished(claims);
    await student.openAndPublished(more, '## Docker and Containers\n');
    await opened;
    // Pushed, not pulled: this client learns of the other file's diagnostics only if the server sends them.
    const again = student.nextPublished(claims);
    await student.change(more, 2, [{ text: '## Docker and Containers\n\n### [Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/ops-s1-hello/) (45 min)\nI ran my first containers and learnt what an image is.\n' }]);
    const told = (await again).diagnostics.filter((diagnostic) => diagnostic.code === 'level-claim');
    assert.deepEqual(told.map((diagnostic) => diagnostic.message), ['Your notes reach Beginner of Docker and Containers: tick it.']);
  });
});

describe('plain text of the Markdown a plain-text client is sent', () => {
  it('reads as the Markdown shows: code spans literal, escapes and emphasis marks gone, a word\'s underscores kept', () => {
    assert.equal(plainText('Run `docker ps` and \\`x\\` *really* **now**, ***both***, snake_case_name, 2 * 3 and _this_'), 'Run docker ps and `x` really now, both, snake_case_name, 2 * 3 and this');
    assert.equal(plainText('`` a `b` c `` and \\*not emphasis\\*  \n[Video: Why Docker?](https://x.example/a)'), 'a `b` c and *not emphasis*\nVideo: Why Docker? (https://x.example/a)');
  });
});
