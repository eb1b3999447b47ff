// Course progress as any LSP editor gets it: a CodeLens and a hover on each area heading, and the
// outline the VS Code tree, summary and status bar show, all computed alike.
import assert from 'node:assert/strict';
import { copyFile, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import type { CodeLens, Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { pickModuleLeftCommand, progressView } from '../../server/src/protocol/protocol';
import { outlineRequest } from '../../server/src/protocol/requests';
import { ensureBuilt, LspServer, projectRoot } from '../support/lsp';

const notes = [
  '# Practice notes', // 0
  '', // 1
  '## Docker and Containers', // 2
  '> **Beginner Level**', // 3
  '', // 4
  '[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U&t=0s) (time: 10 min)', // 5
  'Images carry their dependencies; containers share the kernel.', // 6
  '', // 7
  '[Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/ops-s1-hello/) (time: 45 min)', // 8
  'Ran alpine and listed the containers.', // 9
  '', // 10
  '> **Intermediate Level**', // 11
  '', // 12
  '## Cloud Web Apps', // 13
  '> Beginner Level', // 14
  '', // 15
  '[AWS Tutorial: Launch a VM](https://aws.amazon.com/getting-started/tutorials/launch-a-virtual-machine/) (time: 30 min)', // 16
  '', // 17
].join('\n');
const uri = 'file:///fixtures/progress.md';
const textDocument = { uri };

describe('course progress over stdio', function () {
  let client: LspServer;

  before(async function () {
    this.timeout(120000);
    ensureBuilt();
    client = await LspServer.start();
    await client.openAndPublished(uri, notes);
  });

  after(async () => client?.stop());

  it('a CodeLens on each area heading: Docker Beginner done, Cloud begun with an empty module (not done); the rounds on the title, for an editor without a view of them', async () => {
    const lenses: CodeLens[] = await client.request('textDocument/codeLens', { textDocument });
    assert.deepEqual(
      lenses.map((lens) => [lens.range.start.line, lens.command?.title]),
      [
        [2, 'Beginner ✓ · Intermediate 0/12 (7 h 29 min left)'],
        [13, 'Beginner 0/2 (1 h left) · Intermediate 0/9'],
        [0, 'Round 1 (due 2018-10-29): not met: 1 more area at Intermediate, 1 more area at Beginner or above'],
        [0, 'Round 2 (due 2018-12-09): not met: 2 more areas at Intermediate, 2 more areas at Beginner or above (or complete a final project in an area of your choice)'],
      ],
    );
  });

  it('a lens runs no command for an editor that does not say it has the pick command: it is read, not clicked', async () => {
    const lenses: CodeLens[] = await client.request('textDocument/codeLens', { textDocument });
    assert.deepEqual(
      lenses.map((lens) => lens.command?.command),
      ['', '', '', ''],
    );
  });

  it('a click on the lens lists what is left, for an editor that runs the pick command: the document and the heading’s line go with it; one with a view of the rounds gets no lens of them', async () => {
    const vscodeLike = await LspServer.start({ initializationOptions: { clientCommands: [pickModuleLeftCommand], clientViews: [progressView] } });
    try {
      await vscodeLike.openAndPublished(uri, notes);
      const lenses: CodeLens[] = await vscodeLike.request('textDocument/codeLens', { textDocument });
      assert.deepEqual(
        lenses.map((lens) => [lens.command?.command, lens.command?.arguments]),
        [
          [pickModuleLeftCommand, [uri, 2]],
          [pickModuleLeftCommand, [uri, 13]],
        ],
      );
    } finally {
      await vscodeLike.stop();
    }
  });

  it('a hover on the area heading lists what is left for the next level', async () => {
    const hover: Hover | null = await client.request('textDocument/hover', { textDocument, position: { line: 13, character: 4 } });
    const text = (hover?.contents as MarkupContent).value;
    assert.match(text, /^\*\*Cloud Web Apps\*\*: no level reached yet/);
    assert.match(text, /Left for Beginner \(1 h at the course's estimates\):\n\n- AWS Tutorial: Launch a VM — 30 min\n/);
  });

  it('the outline carries the same progress, each notes area tied to its catalog area, and the rounds', async () => {
    const outline = await client.answer(outlineRequest, { uri });
    assert.deepEqual(outline.areas.map((area) => area.courseArea), ['Docker and Containers', 'Cloud Web Apps']);
    const docker = outline.progress?.areas.find((area) => area.area === 'Docker and Containers');
    assert.equal(docker?.text, 'Beginner ✓ · Intermediate 0/12 (7 h 29 min left)');
    const cloudBeginner = outline.progress?.areas.find((area) => area.area === 'Cloud Web Apps')?.levels[0];
    assert.deepEqual(cloudBeginner?.left.map((left) => [left.title, left.module.area, left.module.url !== undefined]), [
      ['AWS Tutorial: Launch a VM', 'Cloud Web Apps', true],
      [cloudBeginner?.left[1].title, 'Cloud Web Apps', true],
    ]);
    assert.deepEqual(outline.progress?.rounds.map((round) => [round.name, round.met]), [['Round 1', false], ['Round 2', false]]);
    assert.match(outline.progress!.rounds[0].text, /^Round 1 \(due 2018-10-29\): not met: /);
  });

  it('says every outline may have changed once it has read the workspace folder: progress is the student’s, across files', async function () {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'study-notes-student-'));
    await copyFile(path.join(projectRoot, 'test/e2e/fixtures/unsure-notes.md'), path.join(folder, 'notes.md'));
    await writeFile(path.join(folder, 'ideas.md'), '# Ideas\n\nThings to try later: a chess engine in Rust.\n');
    const student = await LspServer.start({ rootUri: URI.file(folder).toString() });
    try {
      await student.until(() => (student.outlinesChanged.includes(undefined) ? true : undefined), `an outlineChanged for every outline; logged: ${JSON.stringify(student.logs)}`, 15_000);
      const outline = await student.answer(outlineRequest, { uri: URI.file(path.join(folder, 'notes.md')).toString() });
      assert.deepEqual(outline.progress?.unread, [URI.file(path.join(folder, 'ideas.md')).toString()]);
    } finally {
      await student.stop();
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('never asks a client that pulls diagnostics to pull again when it cannot take the request: it pulls on its own', async function () {
    const folder = await mkdtemp(path.join(os.tmpdir(), 'study-notes-student-'));
    await copyFile(path.join(projectRoot, 'test/e2e/fixtures/unsure-notes.md'), path.join(folder, 'notes.md'));
    const pulling = await LspServer.start({ rootUri: URI.file(folder).toString(), pull: true, capabilities: { workspace: { workspaceFolders: true } } });
    try {
      const notesUri = URI.file(path.join(folder, 'notes.md')).toString();
      await pulling.open(notesUri, await readFile(path.join(folder, 'notes.md'), 'utf8'));
      await pulling.until(() => (pulling.outlinesChanged.includes(undefined) ? true : undefined), 'the workspace folder read', 15_000);
      assert.ok((await pulling.diagnostics(notesUri, 1)).length > 0);
      assert.equal(pulling.refreshes, 0);
    } finally {
      await pulling.stop();
      await rm(folder, { recursive: true, force: true });
    }
  });

  it('asks an editor that may have asked too early for the lenses again once the document is read, and once only', async () => {
    const early = await LspServer.start({ codeLensRefresh: true });
    try {
      await early.openAndPublished(uri, notes);
      await early.until(() => (early.lensRefreshes > 0 ? true : undefined), 'a workspace/codeLens/refresh');
      await early.change(uri, 2, [{ range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, text: '' }]);
      await early.whenPublished(uri, 2);
      assert.equal(early.lensRefreshes, 1);
    } finally {
      await early.stop();
    }
  });

  it('notes written under the empty module move the count, and the lens follows the edit', async () => {
    await client.change(uri, 2, [{ range: { start: { line: 17, character: 0 }, end: { line: 17, character: 0 } }, text: 'Launched a t2.micro and connected over SSH.\n' }]);
    await client.whenPublished(uri, 2);
    const lenses: CodeLens[] = await client.request('textDocument/codeLens', { textDocument });
    assert.equal(lenses[1].command?.title, 'Beginner 1/2 (30 min left) · Intermediate 0/9');
  });
});
