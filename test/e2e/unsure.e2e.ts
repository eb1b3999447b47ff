/**
 * What course progress is unsure of, as a student sees it in a real VS Code (code-server), in the
 * desktop (Node) and in the web worker extension host alike: notes with two modules placed only by
 * likeness ("LAMP server", "S3 vs EC2"), one in an area that matches no module of the course, one
 * under no area, and a Markdown file read as no module. The tree shows a Check row under the area
 * with each of them and a Not counted row for the file; a click reveals one; the status bar and the
 * summary say the same; the quick fix "This is «course title»" rewrites the line, after which the
 * module is sure: its row and its hint go. Screenshots: test-results/e2e/unsure-*.png (desktop) and
 * unsure-web-*.png.
 *
 * The tests run in order on one VS Code window, each starting from where the previous one left.
 */
import assert from 'node:assert/strict';
import { cp, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { chooseQuickFix, hintDecorations, openFile, openViewContainer, pollUntil, runCommand, selectors, viewRows, waitForEditorText, waitForStatusBarItem, type Page } from './vscode';
import { log, useVsCode } from './session';
import { clickTreeRow, expandTreeRow, gotoLine, inTheBrowser, studyTimeItemId, summaryFrame, treeView, waitForStudyTime, waitForTreeRow, widenSideBar } from './studyNotes';

const fixture = path.join(__dirname, 'fixtures', 'unsure-notes.md');
const lamp = 'AWS Tutorial: Install a LAMP Web Server on Amazon Linux 2';
const lampUrl = 'https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-lamp-amazon-linux-2.html';
const s3VersusEc2 = 'On your own: Compare the performance, functionality, and price when serving web content from S3 versus an EC2 VM';
const checkBefore = 'Check: 2 placed by likeness, 1 not placed';
/** 1-based lines of the fixture's openers, as the status bar counts them. */
const lines = { lamp: 25, s3: 29, chessEngine: 33 };

const flavours = [
  { host: 'desktop extension host', prefix: 'unsure', settings: {} },
  { host: 'web worker extension host', prefix: 'unsure-web', settings: inTheBrowser },
];

for (const flavour of flavours) {
  describe(`What progress is unsure of, in VS Code (code-server, ${flavour.host})`, function () {
    const vs = useVsCode({
      prefix: flavour.prefix,
      fillWorkspace: async (workspace) => {
        await cp(fixture, path.join(workspace, 'notes.md'));
        await writeFile(path.join(workspace, 'ideas.md'), '# Ideas\n\nThings to try later: a chess engine in Rust.\n');
      },
      settings: { ...flavour.settings, '[markdown]': { 'editor.wordWrap': 'off' } },
    });
    let page: Page;
    before(() => {
      page = vs.page;
    });

    it('shows a Check row under the area, with each module placed by likeness or not placed, and a Not counted row', async function () {
      await openFile(page, 'notes.md');
      await waitForStudyTime(page, '2 h 50 min');
      await openViewContainer(page, 'Study Notes');
      await widenSideBar(page, 640);
      const check = await waitForTreeRow(page, checkBefore);
      assert.equal(check.ariaLabel, 'Check Cloud Web Apps: 2 placed by likeness, 1 not placed');
      await expandTreeRow(page, checkBefore);
      await waitForTreeRow(page, 'LAMP server', `→ ${lamp} (likely)`);
      await waitForTreeRow(page, 'S3 vs EC2', `→ ${s3VersusEc2} (likely)`);
      await waitForTreeRow(page, 'Side project: a chess engine', 'not counted');
      await expandTreeRow(page, 'Not counted');
      await waitForTreeRow(page, 'Weekly reflection', 'not counted');
      await waitForTreeRow(page, 'ideas.md', 'not counted');
      await vs.shot('before-tree');
    });

    it('reveals a module of the Check row where it is written, and a file read as no module', async function () {
      await clickTreeRow(page, 'ideas.md', () => activeTab(page, 'ideas.md').isVisible(), 'open ideas.md');
      await clickTreeRow(page, 'Side project: a chess engine', async () => (await activeTab(page, 'notes.md').isVisible()) && (await cursorAt(page, lines.chessEngine)), `reach line ${lines.chessEngine} of notes.md`);
    });

    it('says per area in the status bar’s tooltip what it is unsure of', async function () {
      await page.locator(`[id=${JSON.stringify(studyTimeItemId)}]`).hover();
      const hover = page.locator(selectors.hover).filter({ hasText: 'Cloud Web Apps:' }).first();
      await hover.waitFor({ state: 'visible', timeout: 30_000 });
      const text = (await hover.innerText()).replace(/\s+/g, ' ');
      assert.match(text, /Cloud Web Apps: Beginner ✓ · Intermediate 3\/9 \([^)]+ left\) · 2 placed by likeness, 1 not placed/);
      assert.match(text, /Not counted: 1 module, 1 file/);
      await vs.shot('status-tooltip');
      await page.mouse.move(10, 10);
      await hover.waitFor({ state: 'hidden', timeout: 30_000 });
    });

    it('lists what to check in the summary, and a click there reaches the module', async function () {
      await runCommand(page, 'Study Notes: Show Study Time Summary');
      await summaryFrame(page).locator('h2').filter({ hasText: 'Course progress' }).waitFor({ state: 'visible', timeout: 30_000 });
      const check = await openCheck(page, checkBefore);
      assert.deepEqual(await check.locator('li').allInnerTexts(), [
        `LAMP server → ${lamp} (counted, placed by likeness)`,
        `S3 vs EC2 → ${s3VersusEc2} (counted, placed by likeness)`,
        'Side project: a chess engine (not counted: matches no module of the course)',
      ]);
      const notCounted = await summaryFrame(page).locator('h2:has-text("Not counted") + ul li').allInnerTexts();
      assert.deepEqual(notCounted, ['Weekly reflection (under no area of the course; not counted)', 'ideas.md (a file of yours read as no module of the course)']);
      await vs.shot('before-summary');
      await check.locator('a').filter({ hasText: 'LAMP server' }).click();
      await waitForStatusBarItem(page, `Ln ${lines.lamp}, Col 1`);
    });

    it('links "LAMP server" to the course’s page by the quick fix; it is sure then: its row and its hint go', async function () {
      await pollUntil(async () => (await hintDecorations(page)) === 2, 30_000, async () => `2 likely-module hints in the editor; it draws ${await hintDecorations(page)}`);
      await gotoLine(page, lines.lamp, 6);
      await chooseQuickFix(page, `This is "${lamp}": link it to the course's page`);
      await waitForEditorText(page, `### [LAMP server](${lampUrl}) (45 min)`);
      await waitForTreeRow(page, 'Check: 1 placed by likeness, 1 not placed');
      await pollUntil(async () => !(await viewRows(page, treeView)).some((row) => row.label === 'LAMP server'), 30_000, () => 'the LAMP server row to leave the Check row');
      await pollUntil(async () => (await hintDecorations(page)) === 1, 30_000, async () => `1 hint left in the editor; it draws ${await hintDecorations(page)}`);
    });

    it('writes the course’s title on "S3 vs EC2", a module without a page, by the quick fix; only what is not placed is left to check', async function () {
      await gotoLine(page, lines.s3, 6);
      await chooseQuickFix(page, `This is "${s3VersusEc2}": write the course's title`);
      await waitForEditorText(page, `### ${s3VersusEc2} (20 min)`);
      await waitForTreeRow(page, 'Check: 1 not placed');
      await waitForTreeRow(page, 'Side project: a chess engine', 'not counted');
      await pollUntil(async () => (await hintDecorations(page)) === 0, 30_000, async () => `no hint left in the editor; it draws ${await hintDecorations(page)}`);
      const rows = (await viewRows(page, treeView)).map((row) => row.label);
      assert.ok(!rows.includes('S3 vs EC2'), JSON.stringify(rows));
      log(`tree after the quick fixes: ${rows.join(' | ')}`);
      await vs.shot('after-tree');
      const check = await openCheck(page, 'Check: 1 not placed');
      assert.deepEqual(await check.locator('li').allInnerTexts(), ['Side project: a chess engine (not counted: matches no module of the course)']);
      await vs.shot('after-summary');
      // Scrolled to the end: the modules and files that count for nothing.
      await summaryFrame(page).locator('h2:has-text("Not counted") + ul li').last().hover();
      await vs.shot('after-summary-not-counted');
    });
  });
}

async function cursorAt(page: Page, line: number): Promise<boolean> {
  return (await page.locator(selectors.statusBarItem).allInnerTexts()).some((text) => text.includes(`Ln ${line}, Col 1`));
}

function activeTab(page: Page, name: string) {
  return page.locator(`${selectors.activeTab}[data-resource-name=${JSON.stringify(name)}]`);
}

/** Opens the summary's Check block of an area (a <details>, closed on every render) and returns it. */
async function openCheck(page: Page, summary: string) {
  const check = summaryFrame(page).locator('details').filter({ hasText: summary }).first();
  await check.waitFor({ state: 'visible', timeout: 30_000 });
  if ((await check.getAttribute('open')) === null) await check.locator('summary').click();
  await check.locator('li').first().waitFor({ state: 'visible', timeout: 10_000 });
  return check;
}
