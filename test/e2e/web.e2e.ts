/**
 * Study Notes in VS Code for the web (what github.dev and vscode.dev run): the packaged extension in
 * code-server's web worker extension host, chosen by `remote.extensionKind` ["ui"], its server a Web
 * Worker in the browser. The test shows it ran there (the log says so, and no Node server process
 * ran), then checks what a student sees: the missing-time warnings, the tree and module completion.
 * Screenshots: test-results/e2e/web-*.png.
 */
import assert from 'node:assert/strict';
import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { focusEditor, openFile, openProblemsPanel, openViewContainer, pollUntil, selectors, waitForSuggestions, suggestionRows, type Page } from './vscode';
import { log, useVsCode } from './session';
import { expandTreeRow, gotoLine, inTheBrowser, notificationCenterTexts, serverPids, waitForMarkers, waitForModuleRow, waitForOutput, waitForStudyTime, waitForTreeRow } from './studyNotes';

const fixture = path.join(__dirname, 'fixtures', 'course-notes.md');

describe('Study Notes in VS Code for the web (code-server, web worker extension host)', function () {
  const vs = useVsCode({
    prefix: 'web',
    fillWorkspace: async (workspace) => {
      await cp(fixture, path.join(workspace, 'course-notes.md'));
    },
    settings: { ...inTheBrowser, '[markdown]': { 'editor.wordWrap': 'off' } },
  });
  let page: Page;
  /** The browser's console: the web worker extension host and the server's worker report there. */
  const console_: string[] = [];
  before(() => {
    page = vs.page;
    page.on('console', (message) => {
      if (message.type() === 'error' || /study|worker/i.test(message.text())) console_.push(`${message.type()}: ${message.text()}`);
    });
  });
  afterEach(function () {
    if (this.currentTest?.state === 'failed') log(`browser console:\n${console_.splice(0).join('\n')}`);
  });

  it('runs in the browser: the server is a Web Worker, no Node process', async function () {
    await openFile(page, 'course-notes.md');
    await waitForStudyTime(page, '55 min');
    await waitForOutput(page, 'The language server runs in a Web Worker', 30_000);
    assert.deepEqual(await serverPids(vs.extensionsDir), [], 'no Node process runs dist/server.js');
    await vs.shot('output-web-worker');
  });

  it('shows the missing-time warnings in the Problems panel', async function () {
    await openProblemsPanel(page);
    const markers = await waitForMarkers(page, 'course-notes.md', 'missing-time', 2);
    log(`missing-time on lines ${markers.map((marker) => marker.line).join(', ')}`);
    await vs.shot('problems');
  });

  it('lists the notes in the Areas & Modules tree', async function () {
    await openViewContainer(page, 'Study Notes');
    await waitForTreeRow(page, 'course-notes.md', '55 min');
    await expandTreeRow(page, 'course-notes.md');
    await expandTreeRow(page, 'Area 1: Cloud Web Apps');
    await expandTreeRow(page, 'Beginner');
    await waitForModuleRow(page, 'AWS Tutorial: Launch a VM');
    await waitForTreeRow(page, 'Intermediate 1/9', '8 h 10 min left');
    await vs.shot('tree');
  });

  it('shows the area’s progress in a CodeLens on its heading', async function () {
    await focusEditor(page);
    const lenses = () => page.locator(`${selectors.activeEditor} .codelens-decoration`).allInnerTexts();
    await pollUntil(async () => (await lenses()).some((lens) => lens.startsWith('Beginner ✓ · Intermediate 1/9')), 30_000, async () => `the Cloud Web Apps lens; the editor shows ${JSON.stringify(await lenses())}`);
  });

  it('completes a catalog module after `[`', async function () {
    await focusEditor(page);
    // A new line above line 26's paragraph: the list opens where nothing follows the cursor.
    await gotoLine(page, 26, 1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('ArrowUp');
    await page.keyboard.type('[');
    await waitForSuggestions(page);
    const rows = await suggestionRows(page);
    log(`suggestions after "[": ${rows.slice(0, 5).map((row) => row.label).join(' | ')}`);
    assert.ok(rows.some((row) => /\bModule$/.test(row.ariaLabel)), `modules are offered: ${JSON.stringify(rows.map((row) => row.ariaLabel))}`);
    await vs.shot('completion');
    await page.keyboard.press('Escape');
  });
});

describe('Study Notes in VS Code for the web: the client reads only the workspace folder’s files for the server', function () {
  const vs = useVsCode({
    prefix: 'web-outside',
    fillWorkspace: async (workspace, tmpRoot) => {
      await cp(fixture, path.join(workspace, 'course-notes.md'));
      await writeFile(path.join(tmpRoot, 'outside-catalog.json'), JSON.stringify({ modules: [{ area: 'Cloud Web Apps', level: 'Beginner', title: 'Lab: Outside the Workspace', minutes: 5 }] }));
    },
    // A setting that leads out of the folder: the client is asked to read a file it must not.
    settings: { ...inTheBrowser, 'studyNotes.catalog': '../outside-catalog.json' },
  });

  it('refuses a catalog outside the workspace folder: its modules are not offered, and the student is told why', async function () {
    const page = vs.page;
    await openFile(page, 'course-notes.md');
    await waitForStudyTime(page, '55 min');
    // One line, naming the file once (the client's JSON-RPC wrapping and a second naming are the server's to drop).
    const refused = (text: string) => /cannot read the course file \S*outside-catalog\.json: not inside the workspace folders/.test(text) && text.split('outside-catalog.json').length === 2;
    let texts: string[] = [];
    await pollUntil(async () => (texts = await notificationCenterTexts(page)).some(refused), 30_000, () => `the refusal in a notification; shown: ${JSON.stringify(texts)}`);
    log(`told: ${texts.find(refused)}`);
    // Its module is not offered where it would come first (Cloud Web Apps, Beginner): the course file was not read,
    // and no other course stands in for it, so the list asked for may be empty ("No suggestions.").
    await focusEditor(page);
    await gotoLine(page, 13, 1);
    await page.keyboard.press('End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await page.keyboard.type('[');
    await page.keyboard.press('Control+Space');
    await page.locator('.monaco-editor .suggest-widget.visible').first().waitFor({ state: 'visible', timeout: 30_000 });
    const rows = await suggestionRows(page);
    log(`suggestions after "[": ${rows.slice(0, 5).map((row) => row.label).join(' | ') || 'none'}`);
    await page.keyboard.press('Escape');
    assert.ok(!rows.some((row) => row.label.includes('Outside the Workspace')), JSON.stringify(rows.map((row) => row.label)));
    await vs.shot('outside-catalog-refused');
  });
});
