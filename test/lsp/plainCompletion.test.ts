import assert from 'node:assert/strict';
import type { CompletionItem, CompletionList, TextEdit } from 'vscode-languageserver-protocol/node';
import { readCorpusFile, skipWithoutCorpus } from '../support/corpus';
import { ensureBuilt, LspServer, sorted } from '../support/lsp';

const plainText = 1;
const snippetText = 2;
const snippetSyntax = /\$\{?\d|\\[$}\\]/;

const notes = [
  '# Notes', // 0
  '', // 1
  '## Area 1: Docker and Containers', // 2
  '> Intermediate Level', // 3
  '', // 4
  '- [Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) (time: 35 min)', // 5
  '    - ran a container', // 6
  '', // 7
  '- [', // 8: a module is asked for
  '', // 9
  '```sh', // 10
  'docker run --rm', // 11: a flag is asked for
  '```', // 12
  '',
].join('\n');

/**
 * A client that declares no snippet support (Neovim 0.7's built-in client, eglot without
 * yasnippet) gets plain text with the same module, the catalog's time written in; a client that
 * declares it still gets the placeholder for the time and the cursor stop on the notes line.
 */
describe('completion for clients with and without snippet support, over stdio', function () {
  const servers: Record<'plain' | 'snippets', LspServer> = {} as never;
  let version = 1;

  before(async function () {
    this.timeout(120000);
    ensureBuilt();
    servers.plain = await LspServer.start();
    servers.snippets = await LspServer.start({ snippets: true });
  });

  after(() => Promise.all(Object.values(servers).map((server) => server?.stop())));

  async function complete(server: LspServer, uri: string, text: string, position: { line: number; character: number }): Promise<CompletionItem[]> {
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: version++, text } });
    const result: CompletionList | CompletionItem[] | null = await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 2, triggerCharacter: '[' } });
    return sorted(result);
  }

  it('writes the module as plain text for a client without snippet support', async () => {
    const [first] = await complete(servers.plain, 'file:///plain/notes.md', notes, { line: 8, character: 3 });
    assert.equal(first.label, 'Video: What are Containers?');
    assert.equal(first.insertTextFormat ?? plainText, plainText);
    assert.equal(first.filterText, undefined, 'the text typed is matched against the edit from its start');
    assert.deepEqual(first.textEdit, {
      range: { start: { line: 8, character: 0 }, end: { line: 8, character: 3 } },
      newText: '- [Video: What are Containers?](https://www.youtube.com/watch?v=EnJ7qX9fkcU) (time: 18 min)',
    });
  });

  it('keeps the time placeholder and the notes line for a client with snippet support', async () => {
    const [first] = await complete(servers.snippets, 'file:///snippets/notes.md', notes, { line: 8, character: 3 });
    assert.equal(first.insertTextFormat, snippetText);
    assert.equal((first.textEdit as TextEdit).newText, '- [Video: What are Containers?](https://www.youtube.com/watch?v=EnJ7qX9fkcU) (time: ${1:18} min)\n    - $0');
  });

  it('completes docker flags as plain text for both', async () => {
    for (const server of Object.values(servers)) {
      const items = await complete(server, `file:///docker/${version}.md`, notes, { line: 11, character: 15 });
      const flag = items.find((item) => item.label === '--rm');
      assert.ok(flag, 'docker flags are offered');
      for (const item of items) {
        assert.equal(item.insertTextFormat ?? plainText, plainText);
        assert.doesNotMatch((item.textEdit as TextEdit).newText, snippetSyntax);
      }
    }
  });

  describe('on corpus notes in five styles', () => {
    before(function () {
      skipWithoutCorpus(this);
    });

    for (const file of ['notes/johnbryant-1.md', 'notes/AaronCoplan-1.md', 'notes/SarthakPoshattiwar-1.md', 'notes/AlexQianYi-1.md', 'notes/jiaxing2017-1.md'])
      it(`writes the same module without snippet syntax like ${file}`, async () => {
        const text = `${readCorpusFile(file).replace(/\s*$/, '')}\n\n[docker intro`;
        const position = { line: text.split('\n').length - 1, character: 13 };
        const [plain] = await complete(servers.plain, `file:///plain/${file}`, text, position);
        const [snippet] = await complete(servers.snippets, `file:///snippets/${file}`, text, position);
        const plainEdit = (plain.textEdit as TextEdit).newText;
        const snippetEdit = (snippet.textEdit as TextEdit).newText;
        assert.equal(plain.label, snippet.label);
        assert.doesNotMatch(plainEdit, snippetSyntax);
        assert.doesNotMatch(plainEdit, /\n\s*$/, 'no trailing line that only held the cursor stop');
        assert.ok(snippetEdit.replace('${1:30}', '30').startsWith(plainEdit), `${plainEdit} is the snippet's text up to the cursor stop: ${snippetEdit}`);
      });
  });
});
