// The editor and the command line over the same workspace must say the same: one language
// service behind both, configured from the editor's settings and from .studynotes.json alike.
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Diagnostic } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { readsFully } from '../../server/src/notes/readCost';
import { catalogRequest } from '../../server/src/protocol/requests';
import { ensureBuilt, LspServer, projectRoot } from '../support/lsp';

/** A finding as `check --format json` writes it. */
interface Finding {
  line: number;
  column: number;
  severity: string;
  code: string;
  message: string;
}

const severityWords = ['', 'error', 'warning', 'info', 'hint'];

function asFinding(diagnostic: Diagnostic): Finding {
  const { line, character } = diagnostic.range.start;
  return { line: line + 1, column: character + 1, severity: severityWords[diagnostic.severity ?? 2], code: String(diagnostic.code), message: diagnostic.message as string };
}

/** `study-notes check` in `cwd`: the findings per file, as the user would see them. */
function cliCheck(cwd: string, paths: string[]): { status: number | null; stderr: string; files: Record<string, Finding[]> } {
  const run = spawnSync('node', [path.join(projectRoot, 'dist/cli.js'), 'check', '--format', 'json', ...paths], { cwd, encoding: 'utf8' });
  const report = run.stdout ? (JSON.parse(run.stdout) as { files: { file: string; diagnostics: Finding[] }[] }) : { files: [] };
  const files = Object.fromEntries(report.files.map(({ file, diagnostics }) => [file.split(path.sep).join('/'), diagnostics.map(({ line, column, severity, code, message }) => ({ line, column, severity, code, message }))]));
  return { status: run.status, stderr: run.stderr, files };
}

/** The editor's pulled diagnostics for `relative` in a server whose workspace folder is `folder`, with `settings` as VS Code would send them. */
async function editorCheck(folder: string, settings: Record<string, unknown>, relative: string, text: string, ready?: (server: LspServer) => Promise<unknown>): Promise<Finding[]> {
  const server = await LspServer.start({ pull: true, rootUri: URI.file(folder).toString(), settings: { studyNotes: settings } });
  try {
    await ready?.(server);
    const uri = URI.file(path.join(folder, relative)).toString();
    await server.open(uri, text);
    return (await server.diagnostics(uri, 1)).map(asFinding);
  } finally {
    await server.stop();
  }
}

function write(folder: string, files: Record<string, string>): void {
  for (const [relative, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, relative)), { recursive: true });
    writeFileSync(path.join(folder, relative), text);
  }
}

describe('editor and command line agree', function () {
  this.timeout(60_000);
  let folder: string;

  before(() => ensureBuilt());
  beforeEach(() => (folder = mkdtempSync(path.join(tmpdir(), 'study-notes-parity-'))));
  afterEach(() => rmSync(folder, { recursive: true, force: true }));

  it('read with the user catalog the settings name', async () => {
    const catalog = { course: 'Basket course', modules: [{ area: 'Weaving', level: 'Beginner', title: 'Quantum Basket Weaving', url: 'https://example.org/qbw', minutes: 45 }] };
    // The title alone opens a module only when a catalog knows it.
    const notes = '# My notes\n\n## Area 1: Weaving\n\n### Beginner\n\nQuantum Basket Weaving\n\nIt was fun.\n\n[Intro to Docker](https://example.org/x) (time: 30 min)\n\nsome notes\n';
    write(folder, { '.studynotes.json': JSON.stringify({ catalog: 'course.json' }), 'course.json': JSON.stringify(catalog), 'notes.md': notes });
    const editor = await editorCheck(folder, { catalog: 'course.json' }, 'notes.md', notes, async (server) => {
      await server.until(() => (server.refreshes > 0 ? true : undefined), 'the catalog read');
      assert.equal((await server.request(catalogRequest, undefined)).course, 'Basket course');
    });
    const cli = cliCheck(folder, []);
    assert.ok(editor.some((finding) => finding.code === 'missing-time' && finding.line === 7), JSON.stringify(editor));
    assert.deepEqual(cli.files['notes.md'], editor);
  });

  it('take a file matching a notesFiles glob without a slash for notes in any folder', async () => {
    // Nothing in it reads as notes: only the setting makes it one.
    const week = '# Week 1\n\nSome thoughts on the labs.\n\nInclude notes here\n';
    write(folder, { '.studynotes.json': JSON.stringify({ notesFiles: ['notes.md'] }), 'week1/notes.md': week, 'README.md': '# Tool\n\nRun `npm install`.\n' });
    const editor = await editorCheck(folder, { notesFiles: ['notes.md'] }, 'week1/notes.md', week);
    const cli = cliCheck(folder, []);
    assert.equal(cli.status, 0, cli.stderr);
    assert.deepEqual(Object.keys(cli.files), ['week1/notes.md']);
    assert.deepEqual(editor.map((finding) => finding.code), ['placeholder']);
    assert.deepEqual(cli.files['week1/notes.md'], editor);
  });

  it('read a file over the read budget line by line', async () => {
    const block = (n: number): string => `[Lab ${n}: Emphasis](https://example.org/lab/${n}) (time: 10 min)\n${'_a_ *b* '.repeat(40)}\n\n`;
    const big = `# Big notes\n\n## Area 1: Docker\n\n### Beginner\n\n${Array.from({ length: 400 }, (_, n) => block(n)).join('')}Include notes here\n`;
    assert.equal(readsFully(big), false, 'the text must cost more than the read budget');
    write(folder, { 'big.md': big });
    const editor = await editorCheck(folder, {}, 'big.md', big);
    const cli = cliCheck(folder, ['big.md']);
    // The labs are no modules of the course: each says it does not count, in the editor as on the command line.
    assert.deepEqual(editor.map((finding) => finding.code).filter((code) => code !== 'unplaced-module'), ['read-by-lines', 'placeholder']);
    assert.equal(editor.filter((finding) => finding.code === 'unplaced-module').length, 400);
    assert.deepEqual(cli.files['big.md'], editor);
  });
});
