// The summary page with what the study timer measured: "Measured" beside "Written" per area, level
// and module, only where there are sessions (client/src/summaryHtml.ts, checked outside VS Code).
import assert from 'node:assert/strict';
import { summaryHtml } from '../../client/src/summaryHtml';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { buildOutline } from '../../server/src/features/outline';
import { analyseNotes } from '../../server/src/document/notesDocument';

const notes = [
  '## Area 1: Cloud Web Apps',
  '> Beginner Level',
  '',
  '[AWS Tutorial: Launch a VM](https://aws.amazon.com/launch) (time: 30 min)',
  'Started an instance.',
  '',
  '[QwikLab: Intro to S3](https://awseducate.qwiklabs.com/focuses/30) (time: 20 min)',
  'Buckets hold objects.',
  '',
  '> Intermediate Level',
  '',
  '[Video: Virtualization](https://www.youtube.com/watch?v=GIdVRB5yNsk) (time: 10 min)',
  'Hypervisors.',
  '',
].join('\n');
const outline = buildOutline(analyseNotes('file:///notes.md', 1, notes, bundledCourse.catalog), true);
const page = { fileName: 'notes.md', cspSource: 'vscode-resource:', nonce: 'n0nce' };

/** The cells of each row of the table with that class. */
function rows(html: string, table: string): string[][] {
  const body = new RegExp(`<table class="${table}">(.*?)</table>`, 's').exec(html)?.[1] ?? '';
  return [...body.matchAll(/<tr[^>]*>(.*?)<\/tr>/gs)].map((row) => [...row[1].matchAll(/<t[dh][^>]*>(.*?)<\/t[dh]>/gs)].map((cell) => cell[1].replace(/<[^>]+>/g, '').trim()));
}

describe('the summary with the study timer’s sessions', () => {
  it('shows measured beside written for each area, level and module measured', () => {
    const html = summaryHtml(outline, page, undefined, new Map([['QwikLab: Intro to S3', 25], ['Video: Virtualization', 65]]));
    assert.deepEqual(
      rows(html, 'time').map((row) => row.slice(0, 3)),
      [
        ['Area / Level', 'Written', 'Measured'],
        ['Area 1: Cloud Web Apps', '1 h', '1 h 30 min'],
        ['Beginner', '50 min', '25 min'],
        ['Intermediate', '10 min', '1 h 5 min'],
      ],
    );
    assert.deepEqual(rows(html, 'measured'), [
      ['Module', 'Written', 'Measured'],
      ['QwikLab: Intro to S3', '20 min', '25 min'],
      ['Video: Virtualization', '10 min', '1 h 5 min'],
    ]);
  });

  it('is the summary it was where nothing was measured', () => {
    const html = summaryHtml(outline, page, undefined, new Map([['A module of other notes', 5]]));
    assert.deepEqual(rows(html, 'time')[0].slice(0, 2), ['Area / Level', 'Time']);
    assert.equal(rows(html, 'measured').length, 0);
    assert.equal(html, summaryHtml(outline, page));
  });
});
