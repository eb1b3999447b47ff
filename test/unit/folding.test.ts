import assert from 'node:assert/strict';
import { gwWordsOnly } from '../support/courses';
import { foldingRanges } from '../../server/src/features/folding';
import { analyseNotes } from '../../server/src/document/notesDocument';

const notes = [
  '## Area 1: Cloud Web Apps', // 0
  '> Beginner Level', // 1
  '', // 2
  '[AWS Tutorial: Launch a VM](https://example.com/vm) (time: 30 min)', // 3
  'I launched a VM:', // 4
  '', // 5
  '```bash', // 6
  'aws ec2 run-instances', // 7
  '```', // 8
  '', // 9
  '[Lab: Storage](https://example.com/storage) (time: 20 min)', // 10
  '', // 11
  '## Area 2: Big Data', // 12
  '', // 13
  '[Video: Hadoop](https://example.com/hadoop) (time: 20 min)', // 14
  'HDFS stores blocks.', // 15
].join('\n');

describe('folding', () => {
  it('folds areas, levels, multi-line modules and code blocks', () => {
    const ranges = foldingRanges(analyseNotes('file:///notes.md', 1, notes, gwWordsOnly));
    const spans = ranges.map((range) => [range.startLine, range.endLine]);
    assert.ok(spans.some(([start]) => start === 0), 'area 1');
    assert.ok(spans.some(([start]) => start === 1), 'level');
    assert.ok(spans.some(([start, end]) => start === 3 && end >= 8), 'module with notes');
    assert.ok(spans.some(([start, end]) => start === 6 && end === 8), 'code block');
    assert.ok(spans.some(([start, end]) => start === 14 && end === 15), 'module of area 2');
    assert.ok(!spans.some(([start]) => start === 10), 'a one-line module does not fold');
    assert.ok(spans.every(([start, end]) => end > start));
  });
});
