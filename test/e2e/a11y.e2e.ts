/**
 * What a student or TA who reads by screen reader meets (issue 31, item 10): axe-core over the
 * summary webview in a real VS Code (code-server, desktop and web), on a real student's notes and
 * history (../shared/corpus/class-history.bundle, C91CBQ), and over the CLI's HTML class report of
 * the corpus's 72 students in Chromium; no serious or critical violation, every violation logged.
 * Every chart has its figures in a table, and a tree row reads in words.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { axeViolations, axeViolationsOfCopy, blockingOf, violationText } from './axe';
import { log, useVsCode } from './session';
import { cloneStudent, expandTreeRow, haveClassHistory, inTheBrowser, studyTimeItemId, summaryFrame, treeView, waitForStudyTime, waitForTreeRow } from './studyNotes';
import { closeBrowser, openBrowser, openFile, openViewContainer, runCommand, type Locator, type Page } from './vscode';

const corpus = path.resolve(__dirname, '../../../shared/corpus');
const cli = path.resolve(__dirname, '../../dist/cli.js');
const student = 'C91CBQ';

function assertNoBlocking(violations: Parameters<typeof blockingOf>[0], what: string): void {
  const blocking = blockingOf(violations);
  assert.equal(blocking.length, 0, `serious or critical axe violations on ${what}: ${blocking.map(violationText).join('; ')}`);
}

/**
 * Each chart either is a picture with a name (role="img" and aria-label) or is hidden from screen
 * readers; and its figures are in a table: the row the chart is drawn in, or a table after it.
 */
async function chartsWithoutTable(root: Locator): Promise<string[]> {
  return root.locator('svg, div.bar').evaluateAll((charts) =>
    charts.flatMap((chart) => {
      const named = chart.getAttribute('role') === 'img' && (chart.getAttribute('aria-label') ?? '') !== '';
      const hidden = chart.getAttribute('aria-hidden') === 'true';
      const inTable = (chart as unknown as { closest(selector: string): unknown }).closest('td') !== null;
      const tableAfter = (chart as unknown as { closest(selector: string): { nextElementSibling: { tagName: string; querySelector(selector: string): unknown } | null } | null }).closest('.chart')?.nextElementSibling;
      const hasTable = inTable || (tableAfter?.tagName === 'DETAILS' && tableAfter.querySelector('table') !== null);
      const html = (chart as unknown as { outerHTML: string }).outerHTML.slice(0, 120);
      return [...(named || hidden ? [] : [`unnamed chart ${html}`]), ...(hasTable ? [] : [`no table for ${html}`])];
    }),
  );
}

describe('Accessibility: the class report (Chromium, no VS Code)', function () {
  let page: Page | undefined;
  let classDir = '';
  before(function () {
    if (!existsSync(path.join(corpus, 'notes'))) {
      log(`skipped: the corpus's notes are not at ${corpus}; they live in ../shared beside the project`);
      this.skip();
    }
    assert.ok(existsSync(cli), `the CLI is not built at ${cli}: npm run build (run.ts packages, which builds it)`);
    classDir = mkdtempSync(path.join(os.tmpdir(), 'study-notes-e2e-a11y-class-'));
    for (const name of readdirSync(path.join(corpus, 'notes')).filter((file) => file.endsWith('.md'))) {
      const folder = path.join(classDir, 'class', name.replace(/\.md$/, ''));
      mkdirSync(folder, { recursive: true });
      copyFileSync(path.join(corpus, 'notes', name), path.join(folder, 'README.md'));
    }
  });
  after(async () => {
    if (page) await closeBrowser(page);
    if (classDir) rmSync(classDir, { recursive: true, force: true });
  });

  it('has no serious or critical axe violation, and each chart its table', async function () {
    const report = path.join(classDir, 'report.html');
    writeFileSync(report, execFileSync(process.execPath, [cli, 'summary', 'class', '--format', 'html'], { cwd: classDir, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 }));
    page = await openBrowser(`file://${report}`);
    const root = page.locator('html');
    await page.locator('h1').waitFor({ state: 'visible' });
    assertNoBlocking(await axeViolations(root, 'the class report'), 'the class report');
    assert.deepEqual(await chartsWithoutTable(root), []);
  });
});

for (const flavour of ['desktop', 'web'] as const) {
  describe(`Accessibility: the summary webview and the tree (code-server, ${flavour})`, function () {
    if (!haveClassHistory()) return;
    const vs = useVsCode({ prefix: `a11y-${flavour}`, fillWorkspace: cloneStudent(student), ...(flavour === 'web' && { settings: inTheBrowser }) });

    it('has no serious or critical axe violation in the summary, and each chart its table', async function () {
      // axe walks every node of a long page, on a shared 2-core machine.
      this.timeout(180_000);
      const page = vs.page;
      await openFile(page, 'README.md');
      await waitForStudyTime(page, /\d+ h/);
      await runCommand(page, 'Study Notes: Show Study Time Summary');
      const summary = summaryFrame(page);
      // The last section to come: the history is read after the page is first drawn.
      await summary.locator('h2').filter({ hasText: /Study time per week|Your weeks/ }).waitFor({ state: 'visible', timeout: 60_000 });
      await summary.locator('h2').filter({ hasText: 'Course progress' }).waitFor({ state: 'visible' });
      log('the summary shows the weeks and the course progress');
      const root = summary.locator('html');
      assertNoBlocking(await axeViolationsOfCopy(root, `the summary webview (${flavour})`), 'the summary webview');
      assert.deepEqual(await chartsWithoutTable(root), []);
      await vs.shot('summary');
    });

    it('reads an area of the tree in words', async function () {
      const page = vs.page;
      await openViewContainer(page, 'Study Notes');
      await waitForTreeRow(page, 'README.md');
      await expandTreeRow(page, 'README.md');
      const area = await waitForTreeRow(page, 'Docker and Containers');
      log(`the tree's ${treeView} row "${area.label} ${area.description}" reads: ${area.ariaLabel}`);
      assert.match(area.ariaLabel, /^Area Docker and Containers, Beginner reached, 0 of 12 Intermediate modules done, \d+ hours? \d+ minutes/);
      await vs.shot('tree');
    });

    it('reads the study time of the status bar in words', async function () {
      await waitForStudyTime(vs.page, /\d/);
      const item = `[id=${JSON.stringify(studyTimeItemId)}]`;
      const label = (await vs.page.locator(`${item}[aria-label], ${item} [aria-label]`).first().getAttribute('aria-label')) ?? '';
      log(`the status bar's study time reads: ${label}`);
      assert.match(label, /^Study time \d+ hours?( \d+ minutes?)?/);
    });
  });
}
