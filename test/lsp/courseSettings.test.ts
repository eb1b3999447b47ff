// One configuration for the editor and the command line: the server reads the .studynotes.json
// nearest above each notes file, as the CLI does; a key the editor's user set wins over the file's,
// key by key; a course file that is missing is said once and on line 1 of the notes, and no other
// course is used in its place.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import type { CodeLens, Diagnostic } from 'vscode-languageserver-protocol/node';
import { catalogRequest } from '../../server/src/protocol/requests';
import { ensureBuilt, eventually, LspServer } from '../support/lsp';
import { runCli } from '../support/studyNotesCli';

const course = (title: string, area: string) => JSON.stringify({ title, levels: [{ name: 'Basics' }], modules: [{ area, level: 'Basics', title: `${area} intro`, minutes: 10 }] });
const notes = (area: string) => `# Notes\n\n## ${area}\n\n### Basics\n\n[${area} intro](https://x.example/${area.length}) (time: 10 min)\nWhat I learned.\n\n### Lab: Something else\n`;

describe('the editor reads the settings and the course the command line reads', function () {
  this.timeout(120_000);
  let root: string;
  const servers: LspServer[] = [];
  const uriOf = (file: string) => pathToFileURL(path.join(root, file)).toString();

  async function start(settings?: unknown): Promise<LspServer> {
    const server = await LspServer.start({ pull: true, rootUri: pathToFileURL(root).toString(), settings });
    servers.push(server);
    return server;
  }

  before(() => {
    ensureBuilt();
    root = mkdtempSync(path.join(tmpdir(), 'study-notes-settings-'));
    const files: Record<string, string> = {
      '.studynotes.json': '{ // the class\'s course\n  "catalog": "queues.json",\n  "diagnostics": { "missing-time": "error", "empty-module": "off" }\n}\n',
      'queues.json': course('Queues 101', 'Message Queues'),
      'streams.json': course('Streams 201', 'Event Streams'),
      'alice/README.md': notes('Message Queues'),
      'seminar/.studynotes.json': '{ "catalog": "graphs.json" }',
      'seminar/graphs.json': course('Graphs 301', 'Graph Databases'),
      'seminar/bob/README.md': notes('Graph Databases'),
      'broken/.studynotes.json': '{ "catalog": "missing.json" }',
      'broken/carol/README.md': notes('Message Queues'),
    };
    for (const [file, text] of Object.entries(files)) {
      mkdirSync(path.dirname(path.join(root, file)), { recursive: true });
      writeFileSync(path.join(root, file), text);
    }
  });

  after(async () => {
    for (const server of servers) await server.stop();
    rmSync(root, { recursive: true, force: true });
  });

  it('uses the nearest .studynotes.json of each notes file, as the CLI does: its course and its severities', async () => {
    const server = await start();
    await server.open(uriOf('alice/README.md'), notes('Message Queues'));
    await server.open(uriOf('seminar/bob/README.md'), notes('Graph Databases'));
    const courseOf = async (file: string) => (await server.request(catalogRequest, { uri: uriOf(file) })).course;
    assert.equal(await courseOf('alice/README.md'), 'Queues 101');
    assert.equal(await courseOf('seminar/bob/README.md'), 'Graphs 301');
    const lenses: CodeLens[] = await server.request('textDocument/codeLens', { textDocument: { uri: uriOf('seminar/bob/README.md') } });
    assert.deepEqual(lenses.map((lens) => lens.command?.title), ['Basics ✓']);
    const diagnostics: Diagnostic[] = await server.diagnostics(uriOf('alice/README.md'), 1);
    assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]), [['missing-time', 1]], 'the file’s missing-time: error and empty-module: off');
    const cli = runCli(['check', 'alice/README.md', '--format', 'json'], root);
    assert.deepEqual(JSON.parse(cli.stdout).files[0].diagnostics.map((diagnostic: { code: string; severity: string }) => [diagnostic.code, diagnostic.severity]), [['missing-time', 'error']], 'the CLI reads the same');
  });

  it('reads the .studynotes.json above the folder opened, as the CLI does: one student\'s clone opened alone in the class folder', async () => {
    const server = await LspServer.start({ pull: true, rootUri: uriOf('seminar/bob') });
    servers.push(server);
    await server.open(uriOf('seminar/bob/README.md'), notes('Graph Databases'));
    assert.equal((await server.request(catalogRequest, { uri: uriOf('seminar/bob/README.md') })).course, 'Graphs 301');
    const lenses: CodeLens[] = await server.request('textDocument/codeLens', { textDocument: { uri: uriOf('seminar/bob/README.md') } });
    assert.deepEqual(lenses.map((lens) => lens.command?.title), ['Basics ✓'], 'the class\'s course, not the bundled one');
  });

  it('a key set in the editor wins over the file’s, key by key: the course, one severity, the file’s others kept', async () => {
    const server = await start({ studyNotes: { catalog: 'streams.json', diagnostics: { 'empty-module': 'warning' } } });
    const uri = uriOf('alice/README.md');
    await server.open(uri, notes('Event Streams'));
    assert.equal((await server.request(catalogRequest, { uri })).course, 'Streams 201');
    const diagnostics: Diagnostic[] = await eventually(async () => {
      const found: Diagnostic[] = await server.diagnostics(uri, 1);
      return found.length === 2 ? found : undefined;
    });
    assert.deepEqual(diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.severity]), [['missing-time', 1], ['empty-module', 2]]);
  });

  it('a missing course file is said once, named with the reason, and on line 1 of the notes; no course is used in its place', async () => {
    const server = await start();
    const uri = uriOf('broken/carol/README.md');
    await server.open(uri, notes('Message Queues'));
    const diagnostics: Diagnostic[] = await eventually(async () => {
      const found: Diagnostic[] = await server.diagnostics(uri, 1);
      return found.some((diagnostic) => diagnostic.code === 'course-file') ? found : undefined;
    });
    const problem = diagnostics.find((diagnostic) => diagnostic.code === 'course-file')!;
    assert.deepEqual([problem.range.start.line, problem.severity], [0, 1]);
    assert.match(String(problem.message), /^cannot read the course file \S*broken\/missing\.json: no such file \(no course progress until it is fixed\)$/);
    const shown = await server.message((params) => params.message.includes('missing.json'));
    assert.match(shown.message, /^Study Notes: cannot read the course file \S*missing\.json: no such file$/);
    const catalog = await server.request(catalogRequest, { uri });
    assert.deepEqual(catalog.modules, [], 'not the bundled course, nor the folder above’s');
    await server.request('textDocument/codeLens', { textDocument: { uri } });
    assert.equal(server.messages.filter((params) => params.message.includes('missing.json')).length, 1);
    const cli = runCli(['check', 'broken'], root);
    assert.equal(cli.status, 2);
    assert.match(cli.stderr, /^study-notes: cannot read the course file broken\/missing\.json: no such file\n$/);
  });

  it('reads a .studynotes.json written after it started, when the editor says it changed', async () => {
    const server = await start();
    const uri = uriOf('seminar/dan/README.md');
    mkdirSync(path.join(root, 'seminar', 'dan'), { recursive: true });
    await server.open(uri, notes('Graph Databases'));
    assert.equal((await server.request(catalogRequest, { uri })).course, 'Graphs 301');
    writeFileSync(path.join(root, 'seminar', 'dan', '.studynotes.json'), '{ "catalog": "../../streams.json" }');
    await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: uriOf('seminar/dan/.studynotes.json'), type: 1 }] });
    assert.equal(await eventually(async () => {
      const course = (await server.request(catalogRequest, { uri })).course;
      return course === 'Streams 201' ? course : undefined;
    }), 'Streams 201');
  });
});
