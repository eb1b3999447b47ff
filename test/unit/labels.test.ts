import assert from 'node:assert/strict';
import { skipWithoutCorpus } from '../support/corpus';
import { loadLabels, scoreFile, type FileScore } from '../support/labels';

/** Module detection measured against human labels of real corpus files. */
describe('module detection against hand labels', function () {
  // Parses every file of the corpus: seconds, not milliseconds, on a loaded 2-core machine.
  this.timeout(300_000);
  let scores: FileScore[] = [];

  before(function () {
    skipWithoutCorpus(this);
    scores = loadLabels().map((label) => scoreFile(label));
  });

  it('has at least 15 labelled files, the five seeds among them', () => {
    const files = loadLabels().map((label) => label.file);
    assert.ok(files.length >= 15, `${files.length} labelled files`);
    assert.equal(files.filter((file) => file.startsWith('seeds/')).length, 5);
  });

  it('finds modules with F1 >= 0.95 and reads minutes with accuracy >= 0.95', () => {
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
    assert.ok(f1 >= 0.95, `module F1 ${f1.toFixed(3)} < 0.95`);
    assert.ok(minutesAccuracy >= 0.95, `minutes accuracy ${minutesAccuracy.toFixed(3)} < 0.95`);
  });
});
