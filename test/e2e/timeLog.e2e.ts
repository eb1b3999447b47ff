/**
 * A module the student's time log names with no notes counted as it, as a student sees it in a real
 * VS Code (code-server): the tree's progress row lists it as left "in your time log, no notes", the
 * area's Check row lists it too, a click reaches the log's line, and once its notes are written the
 * level is met and the Check row goes. Screenshots: test-results/e2e/timelog-*.png.
 *
 * The tests run in order on one VS Code window, each starting from where the previous one left.
 */
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { focusEditor, openFile, openViewContainer, pollUntil, selectors, viewRows, type Page } from './vscode';
import { useVsCode } from './session';
import { clickTreeRow, expandTreeRow, treeView, waitForStudyTime, waitForTreeRow, widenSideBar } from './studyNotes';

const lab = 'Lab: DevOps Docker Beginners Guide';
/** The log's row of the lab: line 8, as the status bar counts. */
const labLogLine = 8;
const notes = ['# Notes', '', '## Time spent', '', '| Module | Time |', '| --- | --- |', '| Video: Why Docker? | 10 min |', `| ${lab} | 45 min |`, '', '## Docker and Containers', '', '> Beginner Level', '', '### Video: Why Docker? (10 min)', '', 'Ship the runtime.', ''].join('\n');
const check = 'Check: 1 logged without notes';

describe('A module only in the time log, in VS Code (code-server)', function () {
  const vs = useVsCode({
    prefix: 'timelog',
    fillWorkspace: async (workspace) => writeFile(path.join(workspace, 'README.md'), notes),
    settings: { '[markdown]': { 'editor.wordWrap': 'off' } },
  });
  let page: Page;
  before(() => {
    page = vs.page;
  });

  it('lists it as left in the time log, and under the area’s Check row', async function () {
    await openFile(page, 'README.md');
    await waitForStudyTime(page, '10 min');
    await openViewContainer(page, 'Study Notes');
    await widenSideBar(page, 640);
    await expandTreeRow(page, 'Beginner 1/2');
    await waitForTreeRow(page, lab, 'in your time log, no notes');
    await expandTreeRow(page, check);
    await vs.shot('tree');
  });

  it('takes the student to the log’s line', async function () {
    await clickTreeRow(page, lab, async () => (await page.locator(selectors.statusBarItem).allInnerTexts()).some((text) => text.includes(`Ln ${labLogLine}, Col 1`)), `reach line ${labLogLine}`);
  });

  it('once its notes are written, counts it and checks nothing more', async function () {
    await focusEditor(page);
    await page.keyboard.press('Control+End');
    await page.keyboard.type(`\n### ${lab} (45 min)\n\nRan hello-world.\n`);
    await waitForTreeRow(page, 'Intermediate 0/12');
    await pollUntil(
      async () => !(await viewRows(page, treeView)).some((row) => row.label.startsWith('Check:')),
      30_000,
      async () => `no Check row; the tree lists ${JSON.stringify((await viewRows(page, treeView)).map((row) => row.label))}`,
    );
    await vs.shot('written');
  });
});
