// The summary webview's course progress: what the server says is met is drawn met, whatever the counts.
import assert from 'node:assert/strict';
import type { OutlineAreaProgress, OutlineResult } from '../../client/src/protocol';
import { summaryHtml } from '../../client/src/summaryHtml';
import { analyseNotes } from '../../server/src/document/notesDocument';
import { buildOutline } from '../../server/src/features/outline';

const page = { fileName: 'notes.md', cspSource: 'vscode-resource:', nonce: 'n0nce' };

function outlineWith(area: OutlineAreaProgress): OutlineResult {
  return { uri: 'file:///notes.md', isNotes: true, totalMinutes: 0, time: '0 min', modulesWithoutEstimate: 0, summary: '', areas: [], modules: [], progress: { areas: [area], rounds: [], unplaced: [], unread: [] } };
}

describe('the summary webview’s progress', () => {
  it('draws a level the server says is met as a full green bar, even with fewer modules done than listed ("one of these")', () => {
    const html = summaryHtml(
      outlineWith({
        area: 'Big Data and Machine Learning',
        reached: 'Beginner',
        text: 'Beginner ✓ · Intermediate 1/9',
        levelCounts: 'Beginner ✓ · Intermediate 1/9',
        nextLevelCount: 'Intermediate 1/9',
        nextLevel: 'Intermediate',
        levels: [
          { level: 'Beginner', met: true, required: 3, done: 2, minutesLeft: 0, left: [] },
          { level: 'Intermediate', met: false, required: 9, done: 1, minutesLeft: 60, timeLeft: '1 h', left: [] },
        ],
        likely: [],
        unplaced: [],
        logged: [],
      }),
      page,
    );
    const bars = [...html.matchAll(/<tr><td>(\w+)<\/td><td class="chart">.*?<rect class="(complete|bar)" width="(\d+)"/g)].map((match) => [match[1], match[2], match[3]]);
    assert.deepEqual(bars, [
      ['Beginner', 'complete', '100'],
      ['Intermediate', 'bar', '11'],
    ]);
    assert.match(html, /<td>Beginner<\/td>.*?<td class="count">✓<\/td>/);
  });

  it('links a file read as no module to its start', () => {
    const outline = outlineWith({ area: 'Cloud Web Apps', reached: null, text: '', levelCounts: '', nextLevelCount: '', levels: [], likely: [], unplaced: [], logged: [] });
    outline.progress!.unread = ['file:///ideas.md'];
    const args = encodeURIComponent(JSON.stringify(['file:///ideas.md', { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }]));
    assert.ok(summaryHtml(outline, page).includes(`<li><a href="command:studyNotes.revealRange?${args}">ideas.md</a>`));
  });
});

describe('the summary webview’s times', () => {
  it('counts and lists a module timed in another area as the server does: not among those without an estimate', () => {
    const text = ['## Cloud Web Apps', '* QwikLab: Intro to S3 (20 min)', '', '## Big Data and Machine Learning', '* QwikLab: Intro to S3 - already completed in Area 1', '* QwikLab: Intro to Amazon Redshift', ''].join('\n');
    const html = summaryHtml(buildOutline(analyseNotes('file:///notes.md', 1, text), true), page);
    assert.deepEqual([...html.matchAll(/<td class="missing">(\d*)<\/td>/g)].map((match) => match[1]), ['', '1']);
    const listed = /<h2>Modules without estimate \((\d+)\)<\/h2>\n<ul class="missing">(.*?)<\/ul>/.exec(html);
    assert.equal(listed?.[1], '1');
    assert.match(listed?.[2] ?? '', /Intro to Amazon Redshift/);
    assert.doesNotMatch(listed?.[2] ?? '', /Intro to S3/);
  });
});

describe('the summary webview for a screen reader and at low vision', () => {
  const html = summaryHtml(outlineWith({ area: 'Cloud Web Apps', reached: null, text: '', levelCounts: '', nextLevelCount: '', levels: [], likely: [], unplaced: [], logged: [] }), page);

  it('writes no text in a chart colour, which the light themes draw under 4.5:1 (charts.green is 4.3:1 on white)', () => {
    const styles = /<style[^>]*>([^]*?)<\/style>/.exec(html)?.[1] ?? '';
    assert.doesNotMatch(styles, /(^|[\s;{])color: var\(--vscode-charts-/);
  });

  it('holds its content in a main landmark', () => {
    assert.match(html, /<body>\s*<main>[^]*<\/main>\s*<\/body>/);
  });
});
