import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parseNotes } from '../../server/src/notes/parse';
import { readNotesFromLines } from '../../server/src/notes/textLines';
import { ClassHistory, skipWithoutClassHistory } from '../support/classHistory';
import { emptyScore, loadStudentLabels, precisionOf, recallOf, scoreStudent, studentProgress, type Score } from '../support/progressScore';

interface Floors {
  recall: number;
  precision: number;
  levels: number;
  rounds: number;
  /** At most this many missed modules the tool does not list to check by hand. */
  silentMisses: number;
}

const { floors } = JSON.parse(readFileSync(path.resolve(__dirname, '../fixtures/progress/students.json'), 'utf8')) as { floors: { tuning: Floors; heldOut: Floors } };
const { heldOut, labels } = loadStudentLabels();

const figures = (score: Score): string =>
  `recall ${recallOf(score).toFixed(3)} (${score.missed.length} missed, ${score.silent.length} of them not listed to check by hand), precision ${precisionOf(score).toFixed(3)} (${score.extra.length} extra), levels ${score.levels.agree}/${score.levels.cells}, rounds ${score.rounds.agree}/${score.rounds.cells}`;

function assertFloors(score: Score, floor: Floors, details: boolean): void {
  const why = details ? [...score.missed.map((miss) => `missed ${miss}`), ...score.extra.map((extra) => `extra ${extra}`), ...score.levels.misses, ...score.rounds.misses].join('\n') : 'held out: run scripts/progressLabels.ts --held-out to see which';
  assert.ok(recallOf(score) >= floor.recall, `recall ${recallOf(score)} < ${floor.recall}\n${why}`);
  assert.ok(precisionOf(score) >= floor.precision, `precision ${precisionOf(score)} < ${floor.precision}\n${why}`);
  assert.ok(score.levels.agree >= floor.levels * score.levels.cells, `levels ${score.levels.agree}/${score.levels.cells}\n${why}`);
  assert.ok(score.rounds.agree >= floor.rounds * score.rounds.cells, `rounds ${score.rounds.agree}/${score.rounds.cells}\n${why}`);
  assert.ok(score.silent.length <= floor.silentMisses, `${score.silent.length} missed modules not listed to check by hand\n${why}`);
}

describe('course progress of whole students against levels and modules judged by reading their repositories', function () {
  // Reading 39 repositories with remark is seconds of work, more on a loaded machine: the bound is generous, nothing waits on it.
  this.timeout(600_000);
  let history: ClassHistory;

  before(function () {
    skipWithoutClassHistory(this);
    history = new ClassHistory();
  });

  after(() => history?.dispose());

  for (const [source, parse] of [
    ['remark', parseNotes],
    ['text', readNotesFromLines],
  ] as const) {
    it(`${source} line source: ${labels.length} students, the tuned and the held-out scores above their floors`, () => {
      const tuning = emptyScore();
      const held = emptyScore();
      for (const label of labels) scoreStudent(label, studentProgress(history, label, parse), heldOut.includes(label.student) ? held : tuning);
      console.log(`      tuning (${labels.length - heldOut.length} students): ${figures(tuning)}`);
      console.log(`      held out (${heldOut.length} students): ${figures(held)}`);
      assertFloors(tuning, floors.tuning, true);
      assertFloors(held, floors.heldOut, false);
    });
  }
});
