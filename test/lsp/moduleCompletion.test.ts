import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { URI } from 'vscode-uri';
import type { CompletionItem, CompletionList, MarkupContent, Hover, TextEdit } from 'vscode-languageserver-protocol/node';
import type { CatalogResult } from '../../server/src/protocol/protocol';
import { catalogRequest, outlineRequest, renderModuleRequest } from '../../server/src/protocol/requests';
import { readCorpusFile, skipWithoutCorpus } from '../support/corpus';
import { applyEdits } from '../support/invariants';
import { ensureBuilt, eventually, LspServer, sorted } from '../support/lsp';

const notes = [
  '# My notes', // 0
  '', // 1
  '## Area 1: Docker and Containers', // 2
  '### Intermediate', // 3
  '* [Lab: Docker Intro ~35 mins](https://training.play-with-docker.com/beginner-linux/)', // 4
  '  * ran a container', // 5
  '', // 6
  '', // 7: where completions are asked
].join('\n');

const onDisk = '## Area 1: Message Queues\n> Beginner Level\n\n[Video: Why Queues?](https://example.com/why-queues) (time: 12 min)\nBrokers decouple.\n';
const goodCatalog = JSON.stringify({ course: 'Queues 101', modules: [{ area: 'Docker and Containers', level: 'Intermediate', title: 'Lab: Docker Compose Basics', url: 'https://example.com/compose', minutes: 25 }] });

describe('module completion over stdio', function () {
  let server: LspServer;
  let workspace: string;
  let outside: string;
  let version = 1;

  async function openAndComplete(uri: string, text: string, position: { line: number; character: number }, trigger: '[' | '(' = '['): Promise<CompletionItem[]> {
    await server.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: version++, text } });
    const result: CompletionList | null = await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 2, triggerCharacter: trigger } });
    return sorted(result);
  }

  before(async function () {
    this.timeout(120000);
    ensureBuilt();
    workspace = mkdtempSync(path.join(tmpdir(), 'study-notes-ws-'));
    outside = mkdtempSync(path.join(tmpdir(), 'study-notes-outside-'));
    mkdirSync(path.join(workspace, 'notes'));
    writeFileSync(path.join(workspace, 'notes', 'classmate.md'), onDisk);
    writeFileSync(path.join(outside, 'elsewhere.md'), onDisk);
    writeFileSync(path.join(workspace, 'catalog.json'), '{ "modules": [ { "area": "Docker and Containers", "level": "Intermediate", "title": "Broken", "minutes": "lots" } ] }');
    server = await LspServer.start({ rootUri: URI.file(workspace).toString(), initializationOptions: { workspaceTrusted: true }, snippets: true });
  });

  after(async () => {
    await server?.stop();
    rmSync(workspace, { recursive: true, force: true });
    rmSync(outside, { recursive: true, force: true });
  });

  it('completes a module at `[` in the document’s own style, with the catalog’s time as the first placeholder', async () => {
    const uri = URI.file(path.join(workspace, 'notes', 'mine.md')).toString();
    const items = await openAndComplete(uri, notes.replace(/\n$/, '\n['), { line: 7, character: 1 });
    const first = items[0];
    assert.equal(first.label, 'Video: What are Containers?');
    assert.equal(first.detail, '18 min');
    assert.deepEqual(first.textEdit, {
      range: { start: { line: 7, character: 0 }, end: { line: 7, character: 1 } },
      newText: '* [Video: What are Containers? ~${1:18} mins](https://www.youtube.com/watch?v=EnJ7qX9fkcU)\n  * $0',
    });
  });

  it('offers the URL for the title typed inside `](`', async () => {
    const uri = URI.file(path.join(workspace, 'notes', 'urls.md')).toString();
    const items = await openAndComplete(uri, notes.replace(/\n$/, '\n* [Lab: Docker Networking]()'), { line: 7, character: 27 }, '(');
    assert.equal(items[0].label, 'https://training.play-with-docker.com/docker-networking-hol/');
    assert.equal((items[0].textEdit as TextEdit).newText, 'https://training.play-with-docker.com/docker-networking-hol/');
  });

  it('shows one message naming a malformed course file and its field, uses no course meanwhile (said on line 1), and uses the course once it is fixed', async () => {
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { studyNotes: { catalog: 'catalog.json' } } });
    const shown = await server.message((params) => params.message.includes('catalog.json'));
    assert.equal(shown.type, 2);
    assert.match(shown.message, /^Study Notes: the course file \S*catalog\.json: modules\[0\]\.minutes: must be a number or a null \(got "lots"\)$/);
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { studyNotes: { catalog: 'catalog.json', debounceMs: 100 } } });
    const uri = URI.file(path.join(workspace, 'notes', 'user.md')).toString();
    const withoutCourse = await openAndComplete(uri, notes.replace(/\n$/, '\n[compose'), { line: 7, character: 8 });
    assert.deepEqual(withoutCourse.map((item) => item.label), [], 'no course is used in place of the broken one');
    const onLine1 = await eventually(async () => server.published.filter((params) => params.uri === uri).flatMap((params) => params.diagnostics).find((diagnostic) => diagnostic.code === 'course-file'));
    assert.deepEqual([onLine1.range.start.line, onLine1.severity], [0, 1]);
    assert.equal(server.messages.filter((params) => params.message.includes('catalog.json')).length, 1, 'the same problem is shown once');

    writeFileSync(path.join(workspace, 'catalog.json'), goodCatalog);
    const item = await eventually(async () => {
      const result: CompletionList | null = await server.connection.sendRequest('textDocument/completion', { textDocument: { uri }, position: { line: 7, character: 8 }, context: { triggerKind: 1 } });
      return sorted(result).find((candidate) => candidate.label === 'Lab: Docker Compose Basics');
    });
    assert.match((item.documentation as MarkupContent).value, /From: your course catalog\.json/);
    const catalog: CatalogResult = await server.connection.sendRequest(catalogRequest.method);
    assert.equal(catalog.course, 'Queues 101');
    assert.deepEqual(catalog.modules.map((module) => module.title), ['Lab: Docker Compose Basics'], 'the course replaces the bundled one');

    // The tests that follow read notes with the bundled course.
    await server.connection.sendNotification('workspace/didChangeConfiguration', { settings: { studyNotes: {} } });
    await eventually(async () => ((await server.connection.sendRequest<CatalogResult>(catalogRequest.method)).course === 'Queues 101' ? undefined : true));
  });

  it('completes and hovers modules written in the workspace’s other notes files', async () => {
    const uri = URI.file(path.join(workspace, 'notes', 'queues.md')).toString();
    const text = '## Area 1: Message Queues\n> Beginner Level\n\n[why queues';
    const items = await openAndComplete(uri, text, { line: 3, character: 11 });
    assert.equal(items[0].label, 'Video: Why Queues?');
    assert.match((items[0].documentation as MarkupContent).value, /From: 1 other notes file/);
    const hover: Hover | null = await server.connection.sendRequest('textDocument/hover', { textDocument: { uri: URI.file(path.join(workspace, 'notes', 'classmate.md')).toString() }, position: { line: 3, character: 3 } });
    assert.equal(hover, null, 'a file that is not open has no hover');
  });

  it('renders a module for the "Insert module" command in the document’s style', async () => {
    const uri = URI.file(path.join(workspace, 'notes', 'mine.md')).toString();
    const module = { area: 'Docker and Containers', level: 'Intermediate', title: 'Lab: Docker Networking', url: 'https://training.play-with-docker.com/docker-networking-hol/', minutes: 45 };
    const result = await server.answer(renderModuleRequest, { uri, module, position: { line: 5, character: 19 } });
    assert.equal(result.snippet, '\n* [Lab: Docker Networking ~${1:45} mins](https://training.play-with-docker.com/docker-networking-hol/)\n  * $0');
  });

  it('outlines a notes file no editor has open, but nothing outside the workspace', async () => {
    const inside = await server.answer(outlineRequest, { uri: URI.file(path.join(workspace, 'notes', 'classmate.md')).toString() });
    assert.equal(inside.isNotes, true);
    assert.deepEqual(inside.areas.map((area) => [area.name, area.summary]), [['Area 1: Message Queues', '12 min']]);
    const elsewhere = await server.answer(outlineRequest, { uri: URI.file(path.join(outside, 'elsewhere.md')).toString() });
    assert.equal(elsewhere.isNotes, false);
  });

  describe('in an untrusted workspace', () => {
    let untrusted: LspServer;

    before(async () => {
      untrusted = await LspServer.start({ rootUri: URI.file(workspace).toString(), initializationOptions: { workspaceTrusted: false }, settings: { studyNotes: { catalog: 'catalog.json' } } });
    });

    after(async () => untrusted?.stop());

    it('reads neither the course file nor unopened files: the bundled course is used', async () => {
      const catalog: CatalogResult = await untrusted.connection.sendRequest(catalogRequest.method);
      assert.equal(catalog.course, 'GW CS 6421 Distributed Systems Practice (2018)');
      const outline = await untrusted.answer(outlineRequest, { uri: URI.file(path.join(workspace, 'notes', 'classmate.md')).toString() });
      assert.equal(outline.isNotes, false);
    });
  });

  describe('on corpus notes in five styles', () => {
    before(function () {
      skipWithoutCorpus(this);
    });

    const styles: [string, RegExp][] = [
      ['notes/johnbryant-1.md', /^\[Lab: Docker Intro\]\(https:\/\/training\.play-with-docker\.com\/beginner-linux\/\) \(time: \$\{1:30\}min\)\n/],
      ['notes/AaronCoplan-1.md', /^\* \[Lab: Docker Intro ~\$\{1:30\} mins\]\(https:\/\/training\.play-with-docker\.com\/beginner-linux\/\)\n {2}\* \$0$/],
      ['notes/SarthakPoshattiwar-1.md', /^### \[Lab: Docker Intro\]\(https:\/\/training\.play-with-docker\.com\/beginner-linux\/\) \(\$\{1:30\} min\)\n/],
      ['notes/AlexQianYi-1.md', /^> \[Lab: Docker Intro\]\(https:\/\/training\.play-with-docker\.com\/beginner-linux\/\) \$\{1:30\} min\n/],
      ['notes/jiaxing2017-1.md', /^### Lab: Docker Intro\n__Time: \$\{1:30\}min__\n\n\* \$0$/],
    ];
    for (const [file, opener] of styles)
      it(`writes the module like ${file}`, async () => {
        const text = `${readCorpusFile(file).replace(/\s*$/, '')}\n\n[docker intro`;
        const line = text.split('\n').length - 1;
        const items = await openAndComplete(`file:///corpus/${file}`, text, { line, character: 13 });
        assert.equal(items[0]?.label, 'Lab: Docker Intro');
        assert.match((items[0].textEdit as TextEdit).newText, opener);
      });
  });

  describe('right under a level marker’s quote', () => {
    let plain: LspServer;

    before(async () => {
      plain = await LspServer.start({});
    });

    after(async () => plain?.stop());

    const area = '# Notes\n\n## Area 2: Cloud Web Apps\n';
    const shapes: { name: string; above: string; typed: string; level: string }[] = [
      { name: 'a link under `> Beginner Level`', above: '> Beginner Level', typed: '[', level: 'Beginner' },
      { name: 'a list item under `> **Intermediate Level**`', above: '> **Intermediate Level**', typed: '- [', level: 'Intermediate' },
      { name: 'a numbered item under a remark continuing the quote with `>`', above: '> Beginner Level\n> Videos first, then the labs.', typed: '1. [', level: 'Beginner' },
      { name: 'a link under a remark continuing the quote lazily', above: '>>_Beginner Level_\nVideos first, then the labs.', typed: '[', level: 'Beginner' },
      { name: 'a quoted link under the marker', above: '> Beginner Level', typed: '> [', level: 'Beginner' },
    ];
    for (const { name, above, typed, level } of shapes)
      it(`completes ${name} after a blank line, and the level counts it`, async () => {
        const uri = `file:///quote/${encodeURIComponent(name)}.md`;
        const text = `${area}${above}\n${typed}`;
        const position = { line: text.split('\n').length - 1, character: typed.length };
        await plain.open(uri, text);
        const result: CompletionList | null = await plain.request('textDocument/completion', { textDocument: { uri }, position, context: { triggerKind: 2, triggerCharacter: '[' } });
        const item = sorted(result).find((candidate) => candidate.label === 'QwikLab: Intro to S3');
        assert.ok(item?.additionalTextEdits, 'a blank line comes with the module');
        const written = applyEdits(text, [item.textEdit as TextEdit, ...item.additionalTextEdits]);
        assert.equal(written.split('\n')[position.line], '', `a blank line under the quote in ${JSON.stringify(written)}`);
        await plain.change(uri, 2, [{ text: written }]);
        const outline = await plain.answer(outlineRequest, { uri });
        const [levelRead] = outline.areas[0].levels;
        assert.equal(levelRead.name, level);
        assert.deepEqual(levelRead.modules.map((module) => module.title), ['QwikLab: Intro to S3']);
      });

    it('sends a client with snippets the same blank line, and none under a level heading', async () => {
      const uri = URI.file(path.join(workspace, 'notes', 'quoted.md')).toString();
      const underQuote = await openAndComplete(uri, `${area}> Beginner Level\n[`, { line: 4, character: 1 });
      assert.deepEqual(underQuote[0].additionalTextEdits, [{ range: { start: { line: 3, character: 16 }, end: { line: 3, character: 16 } }, newText: '\n' }]);
      const underHeading = await openAndComplete(URI.file(path.join(workspace, 'notes', 'headed.md')).toString(), `${area}### Beginner Level\n[`, { line: 4, character: 1 });
      assert.equal(underHeading[0].additionalTextEdits, undefined);
    });

    it('renders a module for the "Insert module" commands after a blank line', async () => {
      const uri = URI.file(path.join(workspace, 'notes', 'insert.md')).toString();
      await server.open(uri, `${area}> **_Beginner Level_**\n\n`);
      const module = { area: 'Cloud Web Apps', level: 'Beginner', title: 'QwikLab: Intro to S3', url: 'https://awseducate.qwiklabs.com/focuses/30', minutes: 25 };
      const onLineUnder = await server.answer(renderModuleRequest, { uri, module, position: { line: 4, character: 0 } });
      assert.equal(onLineUnder.snippet, '\n[QwikLab: Intro to S3](https://awseducate.qwiklabs.com/focuses/30) (time: ${1:25} min)\n$0');
      const atMarkerEnd = await server.answer(renderModuleRequest, { uri, module, position: { line: 3, character: 22 } });
      assert.match(atMarkerEnd.snippet, /^\n\n\[QwikLab/);
    });
  });
});
