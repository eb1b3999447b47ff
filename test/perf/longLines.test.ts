import assert from 'node:assert/strict';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { plainMarkup } from '../../server/src/notes/openers';
import { readNotesFromLines } from '../../server/src/notes/textLines';
import { summariseNotes } from '../../server/src/course/studentNotes';
import { cost } from './measure';

/**
 * Reading a line costs what its length does. A reader that backtracks over a long line grows with
 * the square of it: a hundred times the line, ten thousand times the time. The gate compares the
 * same shape at two lengths in one process (a ratio, never a time), so a busy machine does not fail
 * it, while a quadratic scan (×10,000) cannot pass it (gate ×1,000 for ×100 the text: a line that no longer fits
 * the processor's caches, or another process's load, costs a linear scan several times more; measured ×73–×139).
 */
const shapes: Record<string, (size: number) => string> = {
  'a heading of spaces': (size) => `# a${' '.repeat(size)}b\n`,
  'a line of `[`': (size) => '['.repeat(size),
  'a line of `<`': (size) => '<'.repeat(size),
  'a line of `](`': (size) => '[a]('.repeat(size / 4),
  'a level marker over a lazy line of `[`': (size) => `> Beginner Level\n${'['.repeat(size)}`,
  'a line of spaces between words': (size) => `Video: a${' '.repeat(size)}b 15 min`,
  'a heading of `# ` ending in `- `': (size) => `${'# '.repeat(size / 2)}- -\n`,
  'an area heading of spaces before a note': (size) => `## Cloud${' '.repeat(size)}x (Round 1\n`,
};

const gate = 1000;

/**
 * The lowest of up to three measured ratios: a pause in one measurement only ever raises a ratio,
 * while a scan that is quadratic in the line stays near ×100 on every try.
 */
function ratioOf(large: () => void, small: () => void): number {
  let lowest = Infinity;
  for (let attempt = 0; attempt < 3 && lowest > gate; attempt++) lowest = Math.min(lowest, cost(large) / cost(small));
  return lowest;
}

describe(`long lines: a hundred times the line costs at most ${gate}× the time`, function () {
  this.timeout(120_000);
  for (const [name, shape] of Object.entries(shapes)) {
    it(`the text line source on ${name}`, () => {
      const small = shape(4_000);
      const large = shape(400_000);
      const ratio = ratioOf(() => readNotesFromLines(large, { catalog: bundledCourse.catalog }), () => readNotesFromLines(small, { catalog: bundledCourse.catalog }));
      assert.ok(ratio <= gate, `${name}: ×${ratio.toFixed(1)} the time for ×100 the text`);
    });
    it(`what progress keeps of a page (course/studentNotes.ts) on ${name}`, () => {
      const [small, large] = [shape(4_000), shape(400_000)];
      const [smallModel, largeModel] = [small, large].map((text) => readNotesFromLines(text, { catalog: bundledCourse.catalog }));
      const ratio = ratioOf(() => summariseNotes('page.md', largeModel, large, false), () => summariseNotes('page.md', smallModel, small, false));
      assert.ok(ratio <= gate, `${name}: ×${ratio.toFixed(1)} the time for ×100 the text`);
    });
    it(`plain markup of ${name}`, () => {
      const ratio = ratioOf(() => plainMarkup(shape(400_000)), () => plainMarkup(shape(4_000)));
      assert.ok(ratio <= gate, `${name}: ×${ratio.toFixed(1)} the time for ×100 the text`);
    });
  }
});
