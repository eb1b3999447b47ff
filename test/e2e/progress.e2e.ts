/**
 * Course progress as a student sees it in a real VS Code (code-server): the tree's progress row
 * under an area with the modules the next level still requires, inserting one of them and writing
 * notes under it moves the count in the tree and in the CodeLens alike, in dark and light themes;
 * and the summary: progress and rounds, a click that reaches the notes, a tab per file's name, and
 * the panel back after a window reload. Screenshots: test-results/e2e/progress-*.png.
 *
 * The tests run in order on one VS Code window, each starting from where the previous one left.
 */
import assert from 'node:assert/strict';
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chooseContextMenuItem, focusEditor, openFile, openViewContainer, pollUntil, runCommand, selectors, viewRows, waitForWorkbench, type Page, type TreeRow } from './vscode';
import { log, useVsCode } from './session';
import { lineNumberOf, summaryFrame, treeRow, treeRowCut, treeView, waitForStudyTime, waitForTreeRow } from './studyNotes';

/** Docker's Beginner level done (both modules with notes), nothing yet at Intermediate. */
const aliceNotes = `# Distributed Systems Practice

## Docker and Containers
> Beginner Level

[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U&t=0s) (time: 10 min)

Images carry their dependencies; containers share the kernel.

[Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/ops-s1-hello/) (time: 45 min)

Ran alpine and listed the containers.

> Intermediate Level
`;
/** Another student's notes, with the same H1 as every student's. */
const bobNotes = `# Distributed Systems Practice

## Cloud Web Apps
> Beginner Level

[AWS Tutorial: Launch a VM](https://aws.amazon.com/getting-started/tutorials/launch-a-virtual-machine/)

Started an instance and connected over SSH.
`;
/** The tree's progress row names the next level only, so that the default side bar shows all of it. */
const dockerBefore = 'Intermediate 0/12';
const dockerAfter = 'Intermediate 1/12';
/** The CodeLens names every level, the time left beside the next one. */
const lensBefore = 'Beginner ✓ · Intermediate 0/12 (';
const lensAfter = 'Beginner ✓ · Intermediate 1/12 (';

describe('Course progress in VS Code (code-server)', function () {
  const vs = useVsCode({
    prefix: 'progress',
    fillWorkspace: async (workspace) => {
      await writeFile(path.join(workspace, 'alice.md'), aliceNotes);
      await mkdir(path.join(workspace, 'bob'));
      await writeFile(path.join(workspace, 'bob', 'README.md'), bobNotes);
    },
    settings: { '[markdown]': { 'editor.wordWrap': 'off' } },
  });
  let page: Page;
  before(() => {
    page = vs.page;
  });

  it('shows the area’s progress in the tree and in a CodeLens on its heading, alike', async function () {
    await openFile(page, 'alice.md');
    await waitForStudyTime(page, '55 min');
    await openViewContainer(page, 'Study Notes');
    // The active notes open expanded: no click is needed to see the areas and the progress.
    const progress = await waitForTreeRow(page, dockerBefore);
    assert.match(progress.description, /^\d+ h( \d+ min)? left$/);
    // At the side bar's default width: the row was "Beginner ✓ · Intermediate 0/…", cut.
    assert.equal(await treeRowCut(page, dockerBefore), 0, `the progress row ${dockerBefore} | ${progress.description} is cut`);
    // VS Code drops a pending lens request when the editor loses focus to the tree, and asks
    // again when it gets it back: a student reads the lens in the editor they are working in.
    await focusEditor(page);
    await waitForCodeLens(page, `${lensBefore}${progress.description})`);
    await vs.shot('tree-and-lens-light');
  });

  it('offers a module the next level requires; inserting it and writing notes under it moves the count', async function () {
    const left = await firstModuleLeft(page);
    log(`first module left for Intermediate: ${left.label} (${left.description})`);
    await treeRow(page, left.label).click({ button: 'right' });
    await chooseContextMenuItem(page, 'Insert Module in Notes');
    // Inserted without notes under it, it is in the notes but not done yet: the tree says so.
    await waitForTreeRow(page, left.label, 'no notes yet');
    await waitForTreeRow(page, dockerBefore);
    // The snippet's last stop is the notes line: Tab past the time, then write.
    await page.keyboard.press('Tab');
    await page.keyboard.type('Compared what a VM and a container each isolate.');
    await page.keyboard.press('Escape');
    const after = await waitForTreeRow(page, dockerAfter);
    await waitForCodeLens(page, `${lensAfter}${after.description})`);
    const rows = await viewRows(page, treeView);
    assert.ok(!rows.some((row) => row.label === left.label), `${left.label} is no longer left: ${JSON.stringify(rows.map((row) => row.label))}`);
    await vs.shot('inserted-light');
  });

  it('lists on a click of the CodeLens what the next level needs, the modules in the notes marked, and inserts the one picked in its level', async function () {
    await focusEditor(page);
    await waitForCodeLens(page, lensAfter);
    await page.locator(`${selectors.activeEditor} .codelens-decoration a`).filter({ hasText: lensAfter }).first().click();
    await page.locator(selectors.quickInputTitle).filter({ hasText: 'Left for Intermediate in Docker and Containers' }).waitFor({ state: 'visible', timeout: 30_000 });
    const offered = () => page.locator(selectors.quickInputRow).evaluateAll((rows) => rows.map((row) => (row.getAttribute('aria-label') ?? '').trim()));
    let first = '';
    await pollUntil(
      async () => {
        first = (await offered())[0] ?? '';
        return first !== '';
      },
      30_000,
      () => 'the modules left in the quick pick',
    );
    assert.ok(!/in your notes/.test(first), `a module not in the notes comes first: ${first}`);
    await vs.shot('lens-pick-light');
    const firstRow = page.locator(selectors.quickInputRow).first();
    const title = (await firstRow.locator(selectors.quickInputRowLabel).first().innerText()).trim();
    // Clicked: Enter sent before the list has the keyboard may reach the editor.
    await firstRow.click();
    // Inserted without notes under it: in the notes, not done yet, and the tree says so.
    await waitForTreeRow(page, title, 'no notes yet');
    await page.keyboard.press('Escape');
    const line = await lineNumberOf(page, `[${title}]`);
    assert.ok(line > 14, `${title} is written under the Intermediate marker (line 14), not at line ${line}`);
  });

  it('reads the same in the dark theme', async function () {
    await toggleLightDark(page, 'vs-dark');
    await waitForCodeLens(page, lensAfter);
    await waitForTreeRow(page, dockerAfter);
    await vs.shot('tree-and-lens-dark');
  });

  it('shows progress and rounds in the summary, and a click there reaches the notes', async function () {
    await focusEditor(page);
    await runCommand(page, 'Study Notes: Show Study Time Summary');
    const summary = summaryFrame(page);
    await summary.locator('h2').filter({ hasText: 'Course progress' }).waitFor({ state: 'visible', timeout: 30_000 });
    await tab(page, 'Study Time: alice.md').waitFor({ state: 'visible', timeout: 10_000 });
    const docker = summary.locator('section.area').filter({ hasText: 'Docker and Containers' });
    assert.match(await docker.innerText(), /Beginner ✓/);
    const rounds = await summary.locator('ul.rounds li').allInnerTexts();
    assert.deepEqual(rounds.map((round) => round.replace(/\s+/g, ' ').slice(0, 26)), ['✗ Round 1 due 2018-10-29: ', '✗ Round 2 due 2018-12-09: ']);
    await vs.shot('summary-progress-dark');
    await summary.locator('tr.level a').filter({ hasText: 'Intermediate' }).click();
    await pollUntil(async () => (await page.locator(selectors.statusBarItem).allInnerTexts()).some((text) => text.includes('Ln 14,')), 30_000, () => 'the cursor at the Intermediate marker (line 14)');
    await vs.shot('summary-click-reached-notes');
  });

  it('names the tab after the file: another student’s notes give another tab title', async function () {
    await openFile(page, 'bob/README.md');
    await tab(page, 'Study Time: bob/README.md').waitFor({ state: 'visible', timeout: 30_000 });
    await summaryFrame(page).locator('p.file').filter({ hasText: 'bob/README.md' }).waitFor({ state: 'visible', timeout: 30_000 });
    await vs.shot('summary-second-file');
  });

  it('brings the summary back after a window reload', async function () {
    this.timeout(180_000);
    // The window's own reload, as a student runs it: it saves the open editors before it goes
    // (a bare page reload may go before the summary tabs are saved, and they are then not restored).
    const reloaded = page.waitForEvent('load', { timeout: 60_000 });
    await runCommand(page, 'Developer: Reload Window');
    await reloaded;
    await waitForWorkbench(page);
    await tab(page, 'Study Time: bob/README.md').waitFor({ state: 'visible', timeout: 60_000 });
    await tab(page, 'Study Time: bob/README.md').click();
    await summaryFrame(page).locator('h2').filter({ hasText: 'Course progress' }).waitFor({ state: 'visible', timeout: 60_000 });
    await vs.shot('summary-after-reload');
  });
});

function tab(page: Page, label: string) {
  return page.locator('.part.editor .tab').filter({ hasText: label }).first();
}

/** The row right under the expanded progress row: the first module the next level requires. */
async function firstModuleLeft(page: Page): Promise<TreeRow> {
  const progress = treeRow(page, dockerBefore);
  if ((await progress.getAttribute('aria-expanded')) !== 'true') await progress.locator('.monaco-tl-twistie').click();
  let left: TreeRow | undefined;
  await pollUntil(
    async () => {
      const rows = await viewRows(page, treeView);
      const at = rows.findIndex((row) => row.label === dockerBefore);
      left = at >= 0 && rows[at + 1]?.level === rows[at].level + 1 ? rows[at + 1] : undefined;
      return left !== undefined;
    },
    30_000,
    async () => `a module left under the progress row; the tree lists ${JSON.stringify((await viewRows(page, treeView)).map((row) => row.label))}`,
  );
  return left!;
}

async function waitForCodeLens(page: Page, text: string): Promise<void> {
  const lenses = () => page.locator(`${selectors.activeEditor} .codelens-decoration`).allInnerTexts();
  await pollUntil(async () => (await lenses()).some((lens) => lens.includes(text)), 30_000, async () => `a CodeLens reading ${JSON.stringify(text)}; the editor shows ${JSON.stringify(await lenses())}`);
}

/** Switches the workbench between its light and dark themes, as the palette's toggle does. */
async function toggleLightDark(page: Page, to: 'vs' | 'vs-dark'): Promise<void> {
  await runCommand(page, 'Preferences: Toggle between Light/Dark Themes');
  await pollUntil(async () => (await page.locator('.monaco-workbench').first().getAttribute('class'))?.split(' ').includes(to) === true, 30_000, () => `the ${to} theme to apply`);
}
