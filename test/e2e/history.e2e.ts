/**
 * A student's weeks in a real VS Code (code-server): the workspace is a clone of one student's real
 * history (../shared/corpus/class-history.bundle, C91CBQ: 14 commits from October to December 2018),
 * and the summary shows the time logged per week from the estimates each commit added, and each
 * round on the notes as they were at its due date. Screenshots: test-results/e2e/history-*.png.
 */
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';
import { openFile, runCommand } from './vscode';
import { log, useVsCode } from './session';
import { cloneStudent, haveClassHistory, summaryFrame, waitForStudyTime } from './studyNotes';

const student = 'C91CBQ';

describe('A student\'s weeks from the history of their notes (code-server)', function () {
  if (!haveClassHistory()) return;
  const vs = useVsCode({ prefix: 'history', fillWorkspace: cloneStudent(student) });

  it('charts the time logged per week and judges each round on the notes at its due date', async function () {
    const page = vs.page;
    await openFile(page, 'README.md');
    await waitForStudyTime(page, /\d+ h/);
    await runCommand(page, 'Study Notes: Show Study Time Summary');
    const summary = summaryFrame(page);
    await summary.locator('h2').filter({ hasText: 'Study time per week' }).waitFor({ state: 'visible', timeout: 60_000 });
    const caption = await summary.locator('h2:has-text("Study time per week") + p').innerText();
    assert.match(caption, new RegExp(`The time estimates each commit added to your notes on students/${student}, counted in the week of the commit \\(weeks from Monday, America/New_York\\)\\.`));
    const weeks = await summary.locator('table.weeks tbody tr').allInnerTexts();
    log(`weeks: ${weeks.map((week) => week.replace(/\s+/g, ' ')).join(' | ')}`);
    // From the template's first commit (week of 2018-10-01) to the last (week of 2018-12-03), every week a row.
    assert.equal(weeks.length, 10);
    assert.match(weeks[0], /^2018-10-01/);
    assert.match(weeks[9], /^2018-12-03/);
    const rounds = (await summary.locator('ul.rounds-at-due li').allInnerTexts()).map((round) => round.replace(/\s+/g, ' '));
    log(`rounds at their due dates: ${rounds.join(' | ')}`);
    const head = (revision: string) => execFileSync('git', ['-C', path.join(vs.tmpRoot, 'notes'), 'rev-parse', '--short=7', revision], { encoding: 'utf8' }).trim();
    assert.match(rounds[0], new RegExp(`^✓ Round 1 due 2018-10-29 23:59:59 -04:00: met by the due date your notes then: .*\\(commit ${head('HEAD~7')} of 2018-10-29 23:52:23 -04:00, 7 commits after\\)$`));
    assert.match(rounds[1], /^✗ Round 2 due 2018-12-09 23:59:59 -05:00: not met by the due date/);
    await summary.locator('table.weeks').scrollIntoViewIfNeeded();
    await vs.shot('summary-weeks');
    await vs.crop('summary-weeks', [summary.locator('h2').filter({ hasText: 'Study time per week' }), summary.locator('ul.rounds-at-due')]);
  });
});
