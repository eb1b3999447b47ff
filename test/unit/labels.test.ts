import assert from 'node:assert/strict';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { parseNotes } from '../../server/src/notes/parse';
import { readNotesFromLines } from '../../server/src/notes/textLines';
import { readCorpusFile, skipWithoutCorpus } from '../support/corpus';
import { loadLabels, scoreFile, type FileScore } from '../support/labels';

/**
 * The F1 each line source must reach. Both feed the one notes reader; the text source only
 * approximates what a parse knows (lists, lazy lines, code), so it may score at most 0.01 below remark's.
 */
const gate = 0.98;
const sources = [
  { name: 'remark line source', read: (text: string) => parseNotes(text, { catalog: bundledCourse.catalog }) },
  { name: 'text line source', read: (text: string) => readNotesFromLines(text, { catalog: bundledCourse.catalog }) },
];
const measuredF1 = new Map<string, number>();

/** Module detection measured against human labels of real corpus files. */
for (const source of sources) describe(`module detection against hand labels (${source.name})`, function () {
  // Parses every file of the corpus: seconds, not milliseconds, on a loaded 2-core machine.
  this.timeout(300_000);
  let scores: FileScore[] = [];

  before(function () {
    skipWithoutCorpus(this);
    scores = loadLabels().map((label) => scoreFile(label, source.read(readCorpusFile(label.file))));
  });

  it('has at least 15 labelled files, the five seeds among them', () => {
    const files = loadLabels().map((label) => label.file);
    assert.ok(files.length >= 15, `${files.length} labelled files`);
    assert.equal(files.filter((file) => file.startsWith('seeds/')).length, 5);
  });

  it(`finds modules with F1 >= ${gate} and reads minutes with accuracy >= 0.95`, () => {
    let tp = 0, fp = 0, fn = 0, minutesRight = 0, levelRight = 0, areaRight = 0;
    for (const score of scores) {
      tp += score.truePositives;
      fp += score.falsePositives.length;
      fn += score.falseNegatives.length;
      minutesRight += score.minutesRight;
      levelRight += score.levelRight;
      areaRight += score.areaRight;
      const p = score.truePositives / (score.truePositives + score.falsePositives.length || 1);
      const r = score.truePositives / (score.truePositives + score.falseNegatives.length || 1);
      console.log(`      ${score.file.padEnd(34)} P ${p.toFixed(2)} R ${r.toFixed(2)} minutes ${score.minutesRight}/${score.truePositives}` +
        (score.falsePositives.length ? ` FP@${score.falsePositives.join(',')}` : '') +
        (score.falseNegatives.length ? ` FN@${score.falseNegatives.join(',')}` : '') +
        (score.minutesWrong.length ? ` minutes@${score.minutesWrong.map((w) => `${w.line}:${w.expected}/${w.got}`).join(',')}` : ''));
    }
    const precision = tp / (tp + fp);
    const recall = tp / (tp + fn);
    const f1 = (2 * precision * recall) / (precision + recall);
    const minutesAccuracy = minutesRight / tp;
    console.log(`      modules: precision ${precision.toFixed(3)} recall ${recall.toFixed(3)} F1 ${f1.toFixed(3)}; minutes accuracy ${minutesAccuracy.toFixed(3)}; level accuracy ${(levelRight / tp).toFixed(3)}; area accuracy ${(areaRight / tp).toFixed(3)}`);
    measuredF1.set(source.name, f1);
    assert.ok(f1 >= gate, `module F1 ${f1.toFixed(3)} < ${gate}`);
    assert.ok(minutesAccuracy >= 0.95, `minutes accuracy ${minutesAccuracy.toFixed(3)} < 0.95`);
  });
});

describe('the two line sources against hand labels', () => {
  it('the text line source scores within 0.01 F1 of the remark line source', function () {
    skipWithoutCorpus(this);
    const remark = measuredF1.get('remark line source');
    const text = measuredF1.get('text line source');
    assert.ok(remark !== undefined && text !== undefined, 'both sources were scored above');
    assert.ok(remark - text <= 0.01, `text ${text.toFixed(3)} vs remark ${remark.toFixed(3)}`);
  });
});
