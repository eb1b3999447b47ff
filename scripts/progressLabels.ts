// What the progress tests score (test/unit/progressStudents.test.ts), with every miss named: the
// required modules a student wrote up that the tool does not count, the ones it counts that the
// labels do not, and the levels and rounds that disagree. The tuning students by default;
// `--held-out` for the students kept out of tuning (look only when done tuning).
// npx tsx scripts/progressLabels.ts [--held-out] [--text]
import { parseNotes } from '../server/src/notes/parse';
import { readNotesFromLines } from '../server/src/notes/textLines';
import { ClassHistory, classHistoryAvailable } from '../test/support/classHistory';
import { emptyScore, loadStudentLabels, precisionOf, recallOf, scoreStudent, studentProgress } from '../test/support/progressScore';

const heldOutOnly = process.argv.includes('--held-out');
const parse = process.argv.includes('--text') ? readNotesFromLines : parseNotes;
if (!classHistoryAvailable()) {
  console.error('progressLabels: the class history is not there (../shared/corpus/class-history.bundle beside the project)');
  process.exit(2);
}
const { heldOut, labels } = loadStudentLabels();
const history = new ClassHistory();
try {
  const score = emptyScore();
  for (const label of labels.filter((candidate) => heldOut.includes(candidate.student) === heldOutOnly)) scoreStudent(label, studentProgress(history, label, parse), score);
  for (const line of [...score.missed.map((miss) => `missed ${miss}${score.silent.includes(miss) ? ' (not listed to check by hand)' : ''}`), ...score.extra.map((extra) => `extra ${extra}`), ...score.levels.misses, ...score.rounds.misses]) console.log(line);
  console.log(`${heldOutOnly ? 'held out' : 'tuning'}: recall ${recallOf(score).toFixed(3)} (${score.missed.length} missed, ${score.silent.length} of them not listed to check by hand), precision ${precisionOf(score).toFixed(3)} (${score.extra.length} extra), levels ${score.levels.agree}/${score.levels.cells}, rounds ${score.rounds.agree}/${score.rounds.cells}`);
} finally {
  history.dispose();
}
