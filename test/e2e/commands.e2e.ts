/**
 * The rest of what a student does with the packaged extension in a real VS Code (code-server): the
 * study time summary webview, the palette commands (new notes, insert module from the catalog), the
 * status bar on a Markdown file that is not notes, a snippet, the tree's "Copy Module as Link", and
 * the welcome view of a workspace without notes. notes.e2e.ts covers problems, the tree, completion
 * and recovery; this spec has its own code-server and workspace. Screenshots: test-results/e2e/commands-*.png.
 *
 * The tests run in order on one VS Code window, each starting from where the previous one left.
 */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { cp, mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import {
  chooseContextMenuItem,
  editorVisibleText,
  focusEditor,
  openFile,
  openViewContainer,
  pollUntil,
  runCommand,
  selectors,
  sideBarPane,
  suggestionRows,
  triggerSuggest,
  waitForEditorText,
  waitForSuggestion,
  waitForWorkbench,
  type FrameLocator,
  type Page,
} from './vscode';
import { log, useVsCode } from './session';
import { expandTreeRow, gotoLine, studyTimeItemId, summaryFrame, treeRow, treeView, waitForStudyTime, waitForTreeRow } from './studyNotes';

const fixture = path.join(__dirname, 'fixtures', 'course-notes.md');
const fixtureLines = readFileSync(fixture, 'utf8').split('\n');
/**
 * Markup a student could paste by mistake: in code spans it is the notes' text, and the summary must
 * show it as text, never run it. Bare, it is HTML that Markdown drops from the title.
 */
const hostileTitle = '<img src=x onerror=alert(1)>';
const hostileNotes = `# Notes on \`${hostileTitle}\`
What I did in each module of the course.

## Area 1: Cloud Web Apps
> Beginner Level

[\`${hostileTitle}\`](https://example.com/lab)

Notes on the lab.

[${hostileTitle}](https://example.com/bare)

Notes on the lab.

[AWS Tutorial: Launch a VM](https://aws.amazon.com/getting-started/tutorials/launch-a-virtual-machine/) (time: 45 min)

Started an instance.
`;
/** Markdown that is not study notes: no areas, levels or modules. */
const plainMarkdown = `# Shopping list

- bread
- milk
`;

describe('Study Notes commands, summary and snippets in VS Code (code-server)', function () {
  const vs = useVsCode({
    prefix: 'commands',
    fillWorkspace: async (workspace, tmpRoot) => {
      await cp(fixture, path.join(workspace, 'course-notes.md'));
      await writeFile(path.join(workspace, 'hostile-notes.md'), hostileNotes);
      await writeFile(path.join(workspace, 'shopping.md'), plainMarkdown);
      await mkdir(path.join(tmpRoot, 'empty'));
    },
    // Unwrapped lines: the editor's text is read from its rendered lines, and a link wrapped over two would not match.
    settings: { '[markdown]': { 'editor.wordWrap': 'off' } },
  });
  let page: Page;
  const shot = (name: string) => vs.shot(name);
  before(() => {
    page = vs.page;
  });

  it('shows the study time summary of the active notes as a table and a bar chart', async function () {
    await openFile(page, 'course-notes.md');
    await waitForStudyTime(page, '55 min');
    await runCommand(page, 'Study Notes: Show Study Time Summary');
    const summary = summaryFrame(page);
    await summary.locator('h1').filter({ hasText: 'Distributed Systems Practice' }).waitFor({ state: 'visible', timeout: 30_000 });
    const rows = await summaryRows(summary);
    log(`summary rows: ${rows.map((r) => r.join(' | ')).join(' / ')}`);
    assert.deepEqual(
      rows.map((r) => r.slice(0, 2)),
      [
        ['Area 1: Cloud Web Apps', '40 min'],
        ['Beginner', '30 min'],
        ['Intermediate', '10 min'],
        ['Area 2: Docker and Containers', '15 min'],
        ['Beginner', '15 min'],
      ],
    );
    assert.equal(await summary.locator('table.time td.chart svg rect.bar').count(), rows.length, 'a bar per row');
    const missing = await summary.locator('ul.missing li').allInnerTexts();
    assert.equal(missing.length, 2, `modules without estimate: ${JSON.stringify(missing)}`);
    assert.match(missing[0], /QwikLab: Intro to S3/);
    const focusedTab = page.locator('.part.editor .editor-group-container.active .tabs-container .tab.active');
    assert.equal(await focusedTab.getAttribute('data-resource-name'), 'course-notes.md', 'the notes keep the focus');
    await shot('summary');
    await vs.crop('summary', [page.locator('.part.editor .tab').filter({ hasText: 'Study Time' }).first(), summary.locator('h1'), summary.locator('ul.missing')]);
  });

  it('makes the summary follow the active notes file and shows a hostile title as text', async function () {
    await openFile(page, 'hostile-notes.md');
    const summary = summaryFrame(page);
    await summary.locator('h1').filter({ hasText: hostileTitle }).waitFor({ state: 'visible', timeout: 30_000 });
    assert.equal(await summary.locator('img').count(), 0, 'the title is not markup');
    const missing = await summary.locator('li').allInnerTexts();
    assert.ok(missing.some((text) => text.includes(hostileTitle)), `the module without estimate is listed as text: ${JSON.stringify(missing)}`);
    const rows = await summaryRows(summary);
    assert.deepEqual(rows[0].slice(0, 2), ['Area 1: Cloud Web Apps', '45 min']);
    log(`summary of hostile-notes.md: ${JSON.stringify(await summary.locator('body').innerText())}`);
    await shot('summary-follows-hostile-title');
  });

  it('hides the study time in the status bar for a Markdown file that is not notes', async function () {
    await openFile(page, 'shopping.md');
    await waitForEditorText(page, 'Shopping list');
    const item = page.locator(`[id=${JSON.stringify(studyTimeItemId)}]`);
    await pollUntil(async () => !(await item.isVisible()), 30_000, async () => `the study time to hide; it shows ${JSON.stringify(await item.allInnerTexts())}`);
    await shot('status-bar-hidden');
    await openFile(page, 'course-notes.md');
    await waitForStudyTime(page, '55 min 2');
    // The summary keeps the last notes file while a non-notes file is active, then follows again.
    await summaryFrame(page).locator('h1').filter({ hasText: 'Distributed Systems Practice' }).waitFor({ state: 'visible', timeout: 30_000 });
    await runCommand(page, 'View: Close All Editors');
    await openFile(page, 'course-notes.md');
  });

  it('inserts a catalog module from a quick pick grouped by area and level, in the document\'s style', async function () {
    await focusEditor(page);
    // A new paragraph in Area 1, Intermediate, after "Hypervisors share ...".
    const line = fixtureLines.findIndex((text) => text.startsWith('Hypervisors share')) + 1;
    await gotoLine(page, line, fixtureLines[line - 1].length + 1);
    await page.keyboard.press('Enter');
    await page.keyboard.press('Enter');
    await runCommand(page, 'Study Notes: Insert Module from Catalog', undefined, 'Insert Module from Catalog');
    const quickPick = page.locator(selectors.quickInput);
    await quickPick.waitFor({ state: 'visible', timeout: 30_000 });
    let separators: string[] = [];
    await pollUntil(
      async () => {
        separators = (await page.locator(`${selectors.quickInputRow} .quick-input-list-separator`).allInnerTexts()).filter((text) => text.includes(' — '));
        return separators.length > 0;
      },
      30_000,
      () => 'the quick pick to show area and level separators',
    );
    log(`quick pick groups in view: ${separators.join(' | ')}`);
    assert.match(separators[0], /Cloud Web Apps — Intermediate/i, 'the cursor\'s area and level first');
    await shot('insert-module-quick-pick');
    const offered = await page.locator(selectors.quickInputRow).evaluateAll((rows) => rows.map((row) => (row.getAttribute('aria-label') ?? '').trim()));
    log(`quick pick rows in view: ${offered.join(' | ')}`);
    // "Video: Virtualization" is in the notes already: marked, and after the modules still to do
    // (the course's Intermediate lists more than the rows in view: it is looked for by its title).
    assert.ok(!/in your notes/.test(offered[0]), `a module still to do comes first: ${JSON.stringify(offered)}`);
    const rowLabels = () => page.locator(selectors.quickInputRow).evaluateAll((rows) => rows.map((row) => (row.getAttribute('aria-label') ?? '').trim()));
    await page.keyboard.type('Video: Virtualization');
    await pollUntil(async () => (await rowLabels()).some((label) => label.startsWith('Video: Virtualization') && /in your notes/.test(label)), 30_000, async () => `the module the notes have, marked; the quick pick shows ${JSON.stringify(await rowLabels())}`);
    await page.keyboard.press('Control+a');
    await page.keyboard.press('Backspace');
    await pollUntil(async () => (await rowLabels())[0] === offered[0], 30_000, async () => `the whole list again; the quick pick shows ${JSON.stringify(await rowLabels())}`);
    const title = (await page.locator(selectors.quickInputRow).first().locator(selectors.quickInputRowLabel).first().innerText()).trim();
    await page.keyboard.press('Enter');
    await quickPick.waitFor({ state: 'hidden', timeout: 30_000 });
    await waitForEditorText(page, `[${title}](`);
    await page.keyboard.press('Escape');
    const inserted = (await editorVisibleText(page)).split('\n').find((text) => text.includes(`[${title}](`)) ?? '';
    log(`inserted: ${inserted}`);
    assert.match(inserted, /^\[.+\]\(https?:\/\/[^)]+\) \(time: \d+ min\)$/, 'a link paragraph with "(time: N min)", like the rest of the notes');
    // Counted at once: the status bar's total grows by the module's suggested time.
    await waitForStudyTime(page, /^(?!55 min)\d/);
    await shot('insert-module-inserted');
  });

  it('expands the module snippet into a link paragraph with a time estimate', async function () {
    await focusEditor(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.type('sn-module');
    await triggerSuggest(page);
    await waitForSuggestion(page, 'sn-module');
    log(`suggestions for "sn-module": ${(await suggestionRows(page)).map((r) => r.label).join(' | ')}`);
    await shot('snippet-suggested');
    await page.locator(selectors.suggestRow).filter({ has: page.locator(selectors.suggestRowLabel).filter({ hasText: /^sn-module$/ }) }).first().click();
    // No made-up time: the minutes are the student's to write.
    await waitForEditorText(page, '[Title](https://) (time:  min)');
    // Tab through the placeholders as a student would: title, URL, minutes.
    await page.keyboard.type('Lab: Snippets');
    await page.keyboard.press('Tab');
    await page.keyboard.type('https://example.com/snippets');
    await page.keyboard.press('Tab');
    await page.keyboard.type('20');
    await page.keyboard.press('Escape');
    await waitForEditorText(page, '[Lab: Snippets](https://example.com/snippets) (time: 20 min)');
    await shot('snippet-expanded');
  });

  it('copies a module of the tree as a Markdown link from its context menu', async function () {
    await openViewContainer(page, 'Study Notes');
    await waitForTreeRow(page, 'course-notes.md');
    await expandTreeRow(page, 'course-notes.md');
    await expandTreeRow(page, 'Area 1: Cloud Web Apps');
    // Area 2 has a "Beginner" too (the tree may have opened it to follow the cursor): Area 1's comes
    // first once its levels are in.
    await waitForTreeRow(page, 'Intermediate');
    await expandTreeRow(page, 'Beginner');
    const row = treeRow(page, '30 min · AWS Tutorial: Launch a VM');
    await row.click({ button: 'right' });
    const copy = page.locator(selectors.contextMenuItem).filter({ hasText: 'Copy Module as Link' }).first();
    await copy.waitFor({ state: 'visible', timeout: 30_000 });
    const actions = await page.locator(selectors.contextMenuItem).allInnerTexts();
    log(`context menu: ${actions.filter(Boolean).join(' | ')}`);
    assert.ok(actions.some((a) => a.includes('Open Module URL')), `the menu offers Open Module URL too: ${JSON.stringify(actions)}`);
    await shot('tree-context-menu');
    await chooseContextMenuItem(page, 'Copy Module as Link');
    // Paste it where a student would: on a new line of the notes.
    await focusEditor(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.press('Enter');
    await page.keyboard.press('Control+v');
    await waitForEditorText(page, '[AWS Tutorial: Launch a VM](https://aws.amazon.com/getting-started/tutorials/launch-a-virtual-machine/)', 10_000);
    await shot('tree-module-link-pasted');
  });

  it('opens a new notes document from the template with the catalog\'s areas and levels', async function () {
    // Whatever the paste left open (a suggestion, a hover) would take the palette's keys.
    await page.keyboard.press('Escape');
    await runCommand(page, 'Study Notes: New Notes Document', undefined, 'New Study Notes');
    const box = page.locator(selectors.quickInputBox);
    await box.waitFor({ state: 'visible', timeout: 30_000 });
    await page.keyboard.press('Control+a');
    await page.keyboard.type('Cloud Course Notes');
    await shot('new-notes-title');
    await page.keyboard.press('Enter');
    const created = Date.now();
    await waitForEditorText(page, '# Cloud Course Notes');
    const text = await editorVisibleText(page);
    assert.match(text, /^## Area 1: .+$/m, 'numbered areas');
    assert.match(text, /^> Beginner Level$/m, 'level markers');
    // Unsaved, named README.md: Save proposes that name in the workspace, not the title's "# Cloud Course Notes".
    await pollUntil(async () => (await page.locator('.part.editor .editor-group-container.active .tabs-container .tab.active').innerText()).includes('README.md'), 10_000, () => 'a README.md tab');
    // The unsaved notes join the tree (open beside) as soon as they are open, quiet: a layout not begun has no problems.
    await waitForTreeRow(page, 'README.md', undefined, 10_000);
    log(`the new notes were in the tree ${Date.now() - created} ms after the title was entered`);
    await shot('new-notes-template');
  });

  it('offers "Create notes" in the welcome view of a workspace without notes', async function () {
    assert.ok(vs.server);
    await page.goto(`${vs.server.url}?folder=${encodeURIComponent(path.join(vs.tmpRoot, 'empty'))}`, { waitUntil: 'domcontentloaded' });
    await waitForWorkbench(page);
    await openViewContainer(page, 'Study Notes');
    const welcome = sideBarPane(page, treeView).first().locator('.welcome-view');
    const create = welcome.locator('a, .monaco-button').filter({ hasText: 'Create notes' }).first();
    await create.waitFor({ state: 'visible', timeout: 30_000 });
    log(`welcome view: ${(await welcome.innerText()).replace(/\s+/g, ' ')}`);
    await shot('welcome-view');
    await create.click();
    await page.locator(selectors.quickInputBox).waitFor({ state: 'visible', timeout: 30_000 });
    await page.keyboard.press('Enter');
    await waitForEditorText(page, '# Study Notes');
    await waitForTreeRow(page, 'README.md');
    await shot('welcome-created-notes');
  });
});

/** The summary webview's document (one webview is open at a time in this spec). */
/** The summary table's rows as their cells' text. */
async function summaryRows(summary: FrameLocator): Promise<string[][]> {
  return summary.locator('table.time tbody tr').evaluateAll((rows) => rows.map((row) => [...row.querySelectorAll('td')].map((cell) => (cell.textContent ?? '').trim())));
}
