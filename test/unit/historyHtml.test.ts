// The summary page's history sections and the status bar's next due date, as the client renders them.
import assert from 'node:assert/strict';
import { historyHtml } from '../../client/src/historyHtml';
import { nextDueText } from '../../client/src/nextDue';
import type { HistoryResult, OutlineRound } from '../../server/src/protocol/protocol';
import { createStudyNotesService } from '../../server/src/service/studyNotesService';
import { memoryWorkspace, OpenTexts } from '../support/memoryWorkspace';

const history: HistoryResult = {
  branch: 'main<script>',
  timeZone: 'America/New_York',
  weeks: [
    { week: '2018-10-22', minutes: 55, time: '55 min', commits: 2 },
    { week: '2018-10-29', minutes: 0, time: '0 min', commits: 0 },
    { week: '2018-11-05', minutes: -10, time: '−10 min', commits: 1 },
  ],
  rounds: [
    { name: 'Round 1', dueAt: '2018-10-29 23:59:59 -04:00', commit: 'd511ff9a94b8d3e6c36869cc68edf2c938dbea1b', committed: '2018-10-28 23:00:00 -04:00', after: 1, met: true, missing: [], reached: ['Docker and Containers: Intermediate', 'Cloud Web Apps: Beginner'] },
    { name: 'Round 2', dueAt: '2018-12-09 23:59:59 -05:00', after: 3, met: false, missing: ['2 more areas at Intermediate'], reached: [] },
  ],
};

describe('the summary page from the notes\' history (client/src/historyHtml.ts)', () => {
  it('charts the time logged per week and says what the chart counts', () => {
    const html = historyHtml(history);
    assert.match(html, /<p class="line">The time estimates each commit added to your notes on main&#60;script&#62;, counted in the week of the commit \(weeks from Monday, America\/New_York\)\.<\/p>/);
    const rows = [...html.matchAll(/<tr><td>([\d-]+)<\/td><td class="time">([^<]+)<\/td><td class="chart">.*?aria-label="(\d+)%".*?<td class="missing">(\d*)<\/td><\/tr>/g)].map((row) => row.slice(1));
    assert.deepEqual(rows, [
      ['2018-10-22', '55 min', '100', '2'],
      ['2018-10-29', '0 min', '0', ''],
      ['2018-11-05', '−10 min', '0', '1'],
    ]);
  });

  it('judges each round on the notes at its due date, with the commit and the commits after', () => {
    const html = historyHtml(history);
    assert.match(html, /✓ <strong>Round 1<\/strong> <span class="line">due 2018-10-29 23:59:59 -04:00<\/span>: met by the due date<br><span class="line">your notes then: Docker and Containers: Intermediate, Cloud Web Apps: Beginner \(commit d511ff9 of 2018-10-28 23:00:00 -04:00, 1 commit after\)<\/span>/);
    assert.match(html, /✗ <strong>Round 2<\/strong> .*: not met by the due date — 2 more areas at Intermediate<br><span class="line">no commit by then<\/span>/);
  });

  it('says why there is no history, and that it is being read; never fails', () => {
    assert.match(historyHtml({ unavailable: 'not available in VS Code for the web', timeZone: 'UTC', weeks: [], rounds: [] }), /are not available: not available in VS Code for the web\.<\/p>/);
    assert.match(historyHtml(undefined), /Reading the history of your notes…/);
    assert.match(historyHtml({ timeZone: 'UTC', weeks: [], rounds: [] }), /No commit yet: commit your notes to see your weeks\./);
  });
});

describe('the status bar\'s next due date (client/src/nextDue.ts)', () => {
  const rounds: OutlineRound[] = [
    { name: 'Round 1', due: '2018-10-29', until: Date.parse('2018-10-30T04:00:00Z') - 1, dueAt: '2018-10-29 23:59:59 -04:00', met: true, missing: [], text: '' },
    { name: 'Round 2', due: '2018-12-09', until: Date.parse('2018-12-10T05:00:00Z') - 1, dueAt: '2018-12-09 23:59:59 -05:00', met: false, missing: ['1 more area at Intermediate'], text: '' },
  ];
  it('names the next round due and what it still needs, by the deadline in the course\'s zone', () => {
    assert.equal(nextDueText(rounds, Date.parse('2018-10-20T12:00:00Z')), 'Next due: Round 1, 2018-10-29 23:59:59 -04:00; your notes meet it already');
    // 23:30 in Washington on the due date is the next day in UTC: Round 1 is still due.
    assert.equal(nextDueText(rounds, Date.parse('2018-10-30T03:30:00Z')), 'Next due: Round 1, 2018-10-29 23:59:59 -04:00; your notes meet it already');
    assert.equal(nextDueText(rounds, Date.parse('2018-10-30T04:00:00Z')), 'Next due: Round 2, 2018-12-09 23:59:59 -05:00; still needs 1 more area at Intermediate');
    assert.equal(nextDueText(rounds, Date.parse('2019-01-01T00:00:00Z')), 'No due date ahead: the last, Round 2, was due 2018-12-09 23:59:59 -05:00');
    assert.equal(nextDueText([], Date.now()), undefined);
  });
});

describe('the history where no git runs (VS Code for the web)', () => {
  it('is said to be not available, with the course\'s zone, and never fails', async () => {
    const silent = () => {};
    // The web server's workspace reads files through the client and has no history to give.
    const service = createStudyNotesService({ workspace: memoryWorkspace({ 'file:///workspace/notes.md': '# Notes' }), logger: { info: silent, warn: silent, error: silent }, openDocuments: new OpenTexts() });
    assert.deepEqual(await service.history('file:///workspace/notes.md'), { unavailable: 'not available in VS Code for the web: the history of the notes is read with git, on the desktop', timeZone: 'America/New_York', weeks: [], rounds: [] });
  });
});
