import assert from 'node:assert/strict';
import { performance } from 'node:perf_hooks';
import { bundledCatalog } from '../../server/src/model/bundledCatalog';
import { plainMarkup } from '../../server/src/model/openers';
import { sketchNotes } from '../../server/src/service/notesSketch';

/**
 * Reading a line costs what its length does. A reader that backtracks over a long line grows with
 * the square of it: ten times the line, a hundred times the time. The gate compares the same shape
 * at two lengths in one process (a ratio, never a time), so a busy machine does not fail it, while a
 * quadratic scan (×100) cannot pass it (gate ×30 for ×10 the text).
 */
const shapes: Record<string, (size: number) => string> = {
  'a heading of spaces': (size) => `# a${' '.repeat(size)}b\n`,
  'a line of `[`': (size) => '['.repeat(size),
  'a line of `<`': (size) => '<'.repeat(size),
  'a line of `](`': (size) => '[a]('.repeat(size / 4),
  'a level marker over a lazy line of `[`': (size) => `> Beginner Level\n${'['.repeat(size)}`,
  'a line of spaces between words': (size) => `Video: a${' '.repeat(size)}b 15 min`,
};

/** Milliseconds per call, the fastest of five batches (noise only ever adds time) that each run long enough to measure. */
function cost(read: () => void): number {
  let calls = 1;
  let elapsed = 0;
  while (elapsed < 20) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) read();
    elapsed = performance.now() - start;
    if (elapsed < 20) calls *= 2;
  }
  const batches: number[] = [];
  for (let batch = 0; batch < 5; batch++) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) read();
    batches.push((performance.now() - start) / calls);
  }
  return Math.min(...batches);
}

const gate = 30;

describe(`long lines: ten times the line costs at most ${gate}× the time`, function () {
  this.timeout(120_000);
  for (const [name, shape] of Object.entries(shapes)) {
    it(`the text line source on ${name}`, () => {
      const small = shape(4_000);
      const large = shape(40_000);
      const ratio = cost(() => sketchNotes(large, bundledCatalog)) / cost(() => sketchNotes(small, bundledCatalog));
      assert.ok(ratio <= gate, `${name}: ×${ratio.toFixed(1)} the time for ×10 the text`);
    });
    it(`plain markup of ${name}`, () => {
      const ratio = cost(() => plainMarkup(shape(40_000))) / cost(() => plainMarkup(shape(4_000)));
      assert.ok(ratio <= gate, `${name}: ×${ratio.toFixed(1)} the time for ×10 the text`);
    });
  }
});
