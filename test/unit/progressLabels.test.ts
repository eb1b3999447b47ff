import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { courseProgress } from '../../server/src/course/progress';
import { summariseNotes } from '../../server/src/course/studentNotes';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { parseNotes } from '../../server/src/notes/parse';
import { readCorpusFile, skipWithoutCorpus } from '../support/corpus';

interface Labels {
  files: { file: string; reached: Record<string, string> }[];
  agreement: { cells: number; agree: number; misses: string[] };
}

const labels: Labels = JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/progress/progress-labels.json'), 'utf8'));

describe('course progress against levels judged by reading real notes', function () {
  before(function () {
    skipWithoutCorpus(this);
  });

  it(`agrees on at least ${labels.agreement.agree} of ${labels.agreement.cells} area levels`, () => {
    const misses: string[] = [];
    let cells = 0;
    for (const { file, reached } of labels.files) {
      const text = readCorpusFile(file);
      const { areas } = courseProgress([summariseNotes(path.basename(file), parseNotes(text, { catalog: bundledCourse.catalog }), text, true)], bundledCourse);
      for (const area of areas) {
        cells++;
        const judged = reached[area.area] ?? null;
        if (area.reached !== judged) misses.push(`${file} ${area.area}: judged ${judged}, tool ${area.reached}`);
      }
    }
    assert.equal(cells, labels.agreement.cells);
    assert.ok(cells - misses.length >= labels.agreement.agree, misses.join('\n'));
  });
});
