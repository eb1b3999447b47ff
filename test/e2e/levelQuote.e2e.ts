/**
 * Modules inserted right under a level marker quote (issue 14.1), in a real VS Code (code-server):
 * completed after `[` and inserted from the catalog on the line under `> Intermediate Level` and
 * `> **Beginner Level**`, each lands after a blank line (on GitHub it would otherwise show inside
 * the quote), the tree and the status bar count it, and "Insert Module Here" on the level does not
 * write a module it already has a second time. Screenshots: test-results/e2e/quote-*.png.
 *
 * The tests run in order on one VS Code window, each starting from where the previous one left.
 */
import assert from 'node:assert/strict';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chooseContextMenuItem, editorVisibleText, focusEditor, notificationTexts, openFile, openViewContainer, pollUntil, runCommand, selectors, suggestionRows, waitForEditorText, waitForSuggestions, type Page } from './vscode';
import { log, useVsCode } from './session';
import { escapeRegExp, expandTreeRow, gotoLine, lineNumberOf, treeRow, waitForModuleRow, waitForStudyTime } from './studyNotes';

const notes = [
  '# Distributed Systems Practice', // 1
  'What I did in each module of the course.', // 2
  '', // 3
  '## Area 1: Cloud Web Apps', // 4
  '> Beginner Level', // 5
  '', // 6
  '[AWS Tutorial: Launch a VM](https://aws.amazon.com/getting-started/tutorials/launch-a-virtual-machine/) (time: 30 min)', // 7
  '', // 8
  'Started an instance.', // 9
  '', // 10
  '> Intermediate Level', // 11
  '', // 12: right under the marker, where `[` is typed
  '## Area 2: Docker and Containers', // 13
  '> **Beginner Level**', // 14
  '', // 15: right under the marker, where the catalog's module is inserted
].join('\n');

describe('Modules inserted right under a level marker quote (code-server)', function () {
  const vs = useVsCode({ prefix: 'quote', fillWorkspace: (workspace) => writeFile(path.join(workspace, 'notes.md'), notes) });
  let page: Page;
  /** The module completed under `> Intermediate Level`, for Insert Module Here to be offered again. */
  let completed = '';
  before(() => {
    ({ page } = vs);
  });

  it('completes a module after `[` on the line under `> Intermediate Level`, after a blank line, and counts it', async function () {
    await openFile(page, 'notes.md');
    await waitForStudyTime(page, '30 min');
    await focusEditor(page);
    await gotoLine(page, 12, 1);
    await page.keyboard.type('[');
    await waitForSuggestions(page);
    const [first] = await suggestionRows(page);
    log(`first suggestion under "> Intermediate Level": ${first.label} (${first.detail})`);
    assert.ok(first.focused && /\bModule$/.test(first.ariaLabel), `a module is offered first: ${first.ariaLabel}`);
    await page.keyboard.press('Enter');
    await waitForEditorText(page, `[${first.label}](`);
    // Leave the snippet with the catalog's minutes in place.
    await page.keyboard.press('Escape');
    completed = first.label;
    await assertBlankLineBetween(page, '> Intermediate Level', `[${completed}](`);
    const total = await waitForStudyTime(page, /^(?!30 min)\d/);
    await openViewContainer(page, 'Study Notes');
    await expandTreeRow(page, 'notes.md');
    await expandTreeRow(page, 'Area 1: Cloud Web Apps');
    await expandTreeRow(page, 'Intermediate');
    await waitForModuleRow(page, completed);
    log(`"${completed}" in the tree under Intermediate; status bar "${total}"`);
    await vs.shot('completed-under-marker');
  });

  it('inserts a module from the catalog on the line under `> **Beginner Level**`, after a blank line, and counts it', async function () {
    const before = await waitForStudyTime(page, /\d/);
    await focusEditor(page);
    await gotoLine(page, (await lineNumberOf(page, '> **Beginner Level**')) + 1, 1);
    await runCommand(page, 'Study Notes: Insert Module from Catalog', undefined, 'Insert Module from Catalog');
    const title = await pickModuleWithPage(page);
    await waitForEditorText(page, `[${title}](`);
    await page.keyboard.press('Escape');
    await assertBlankLineBetween(page, '> **Beginner Level**', `[${title}](`);
    const total = await waitForStudyTime(page, new RegExp(`^(?!${escapeRegExp(before)}$)\\d`));
    await expandTreeRow(page, 'Area 2: Docker and Containers');
    await waitForModuleRow(page, title);
    log(`"${title}" in the tree under Area 2; status bar "${before}" -> "${total}"`);
    await vs.shot('inserted-under-marker');
  });

  it('does not write a module the level has a second time with Insert Module Here', async function () {
    const before = await waitForStudyTime(page, /\d/);
    await insertModuleHere(page, 'Intermediate');
    await page.keyboard.type(completed);
    // Enter takes the first row: wait until the filter has put the module there.
    const row = page.locator(selectors.quickInputRow).first().filter({ hasText: completed });
    await row.waitFor({ state: 'visible', timeout: 30_000 });
    const offered = (await row.getAttribute('aria-label')) ?? '';
    log(`Insert Module Here offers: ${offered}`);
    assert.match(offered, /in your notes/, 'the module completed under the marker is known to be in the notes');
    await page.keyboard.press('Enter');
    await page.locator(selectors.quickInput).waitFor({ state: 'hidden', timeout: 30_000 });
    await pollUntil(async () => (await notificationTexts(page)).some((text) => text.includes('not added a second time')), 30_000, async () => `a notification that "${completed}" is there already; toasts: ${JSON.stringify(await notificationTexts(page))}`);
    const copies = (await editorVisibleText(page)).split('\n').filter((line) => line.includes(`[${completed}](`));
    assert.equal(copies.length, 1, `one "${completed}" in the notes`);
    assert.equal(await waitForStudyTime(page, /\d/), before, 'the total is unchanged');
    await vs.shot('insert-here-no-second-copy');
  });

  it('inserts another module with Insert Module Here after the level’s module, not between it and the marker', async function () {
    await insertModuleHere(page, 'Intermediate');
    const title = await pickModuleWithPage(page);
    await waitForEditorText(page, `[${title}](`);
    await page.keyboard.press('Escape');
    const lines = (await editorVisibleText(page)).split('\n');
    const at = (opener: string) => lines.findIndex((line) => line.startsWith(opener));
    assert.ok(at('> Intermediate Level') < at(`[${completed}](`) && at(`[${completed}](`) < at(`[${title}](`) && at(`[${title}](`) < at('## Area 2'), `"${title}" after "${completed}", inside the level:\n${lines.join('\n')}`);
    await waitForModuleRow(page, title);
    await vs.shot('insert-here-after-module');
  });
});

/** Runs "Insert Module Here" from the context menu of the tree row `label`; its quick pick opens. */
async function insertModuleHere(page: Page, label: string): Promise<void> {
  await treeRow(page, label).click({ button: 'right' });
  await chooseContextMenuItem(page, 'Insert Module Here');
  await page.locator(selectors.quickInput).waitFor({ state: 'visible', timeout: 30_000 });
}

/**
 * The line after `marker` is blank and the one after it opens the module. The marker is brought
 * into view first: the editor renders only the lines on screen, and the insertion may have
 * scrolled it off.
 */
async function assertBlankLineBetween(page: Page, marker: string, opener: string): Promise<void> {
  await gotoLine(page, await lineNumberOf(page, marker));
  const underMarker = (text: string) => {
    const lines = text.split('\n');
    const at = lines.indexOf(marker);
    return at >= 0 && lines[at + 1] === '' && Boolean(lines[at + 2]?.startsWith(opener));
  };
  await pollUntil(async () => underMarker(await editorVisibleText(page)), 10_000, async () => `a blank line, then the module, under ${JSON.stringify(marker)}:\n${await editorVisibleText(page)}`);
}

/**
 * Takes the first module the open quick pick offers with a page to link, and not in the notes yet;
 * returns its title. A course module without a page ("On your own: …") is written without a link,
 * and the rows are read only once they are this quick pick's (the Command Palette's rows share the
 * widget). The row is clicked: Enter sent before the list has the keyboard went to the editor.
 */
async function pickModuleWithPage(page: Page): Promise<string> {
  const row = page.locator(selectors.quickInputRow).filter({ hasText: /https?:\/\// }).filter({ hasNotText: 'in your notes' }).first();
  await row.waitFor({ state: 'visible', timeout: 30_000 });
  const title = (await row.locator(selectors.quickInputRowLabel).first().innerText()).trim();
  await row.click();
  await page.locator(selectors.quickInput).waitFor({ state: 'hidden', timeout: 30_000 });
  return title;
}
