import assert from 'node:assert/strict';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { courseProgress } from '../../server/src/course/progress';
import { summariseNotes } from '../../server/src/course/studentNotes';
import { readNotesFromLines } from '../../server/src/notes/textLines';
import { cost } from './measure';

/**
 * A student's progress is placed again on every edit of their notes: it must cost what their
 * modules do. The same shape at two sizes in one process (a ratio, never a time): ten times the
 * modules may cost at most thirty times the time, which a step over every pair of modules
 * (×100) cannot pass while noise and caches do (measured ×8.8–×10.4).
 */
const gate = 30;
const area = 'Docker and Containers';
const areaTitles = bundledCourse.catalog.modules.filter((module) => module.area === area).map((module) => module.title);

const shapes: Record<string, (index: number) => string> = {
  'one course title written again and again': () => areaTitles[0],
  "the area's course titles in turn": (index) => areaTitles[index % areaTitles.length],
  'titles of no course module': (index) => `My own experiment number ${index}`,
};

function studentOf(count: number, title: (index: number) => string) {
  const modules = Array.from({ length: count }, (_, index) => `### ${title(index)} (10 min)\n\nwhat I learned\n`);
  const text = `# Notes\n\n## ${area}\n\n> Beginner Level\n\n${modules.join('\n')}`;
  return summariseNotes('README.md', readNotesFromLines(text, { catalog: bundledCourse.catalog }), text, true);
}

/** The lowest of up to three measured ratios: a pause only ever raises one. */
function ratioOf(large: () => void, small: () => void): number {
  let lowest = Infinity;
  for (let attempt = 0; attempt < 3 && lowest > gate; attempt++) lowest = Math.min(lowest, cost(large) / cost(small));
  return lowest;
}

describe(`course progress: ten times the modules costs at most ${gate}× the time`, function () {
  this.timeout(120_000);
  for (const [name, title] of Object.entries(shapes)) {
    it(name, () => {
      const [small, large] = [studentOf(300, title), studentOf(3_000, title)];
      assert.ok(large.modules.length >= 3_000, `the notes read as ${large.modules.length} modules`);
      const ratio = ratioOf(() => courseProgress([large], bundledCourse), () => courseProgress([small], bundledCourse));
      assert.ok(ratio <= gate, `${name}: ×${ratio.toFixed(1)} the time for ×10 the modules`);
    });
  }
});
