import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import path from 'node:path';

/**
 * The scaling gate: ratios, never absolute times, so that a slow or busy machine does not fail it.
 * Each goal (BENCHMARKS.md) gets a margin of 1.5× for noise, on medians of several runs:
 * - full analysis ÷ bare remark parse ≤ 1.3 (gate 1.95), at 20 KB and 200 KB;
 * - growth of the full analysis from 200 KB to 1 MB, over remark's own growth on the same texts,
 *   ≤ 1.3 (gate 1.95): remark alone grows about 8× over that step on the concatenated corpus text,
 *   so the growth goal (5 MB ÷ 1 MB ≤ 5.5, measured by the benchmark) cannot be gated on absolute
 *   growth without failing on remark; what is ours is how much faster than remark we grow. A
 *   quadratic step of our own would show as ~5;
 * - an edit in the middle of a 1 MB document to fresh diagnostics ≤ 0.1 × its full analysis (gate 0.15).
 * The measuring runs in a fresh process (scalingProbe.ts), away from the heap of the test run. `npm run bench` measures the goals themselves.
 */
const margin = 1.5;
const goals = { analysisOverFloor: 1.3, growthOverFloorGrowth: 1.3, editOverFull: 0.1 };
const gate = { analysisOverFloor: 1.95, growthOverFloorGrowth: 1.95, editOverFull: 0.15 };
for (const key of Object.keys(goals) as (keyof typeof goals)[]) assert.equal(gate[key], Number((goals[key] * margin).toFixed(2)));

interface Probe {
  source: string;
  small: { floor: number; full: number; ratio: number };
  medium: { floor: number; full: number; ratio: number };
  growth: { medium: number; large: number; mediumFloor: number; largeFloor: number; sizes: number };
  edit: { median: number; p95: number; incremental: boolean; parsedChars: number; fallback?: string };
}

describe('scaling gate (ratios with a 1.5× margin; npm run bench for the full figures)', function () {
  this.timeout(300000);
  let probe: Probe;

  before(function () {
    const root = path.resolve(__dirname, '../..');
    const output = execFileSync(process.execPath, ['--import', 'tsx', path.join(__dirname, 'scalingProbe.ts')], { cwd: root, timeout: 280000, encoding: 'utf8' });
    probe = JSON.parse(output.trim().split('\n').pop() as string) as Probe;
    console.log(`      (documents from the ${probe.source})`);
  });

  it(`full analysis stays within ${gate.analysisOverFloor}× the bare remark parse (20 KB, 200 KB)`, () => {
    for (const [label, measured] of [['20 KB', probe.small], ['200 KB', probe.medium]] as const) {
      const ratio = measured.ratio;
      console.log(`      ${label}: remark ${measured.floor.toFixed(0)} ms, full analysis ${measured.full.toFixed(0)} ms (medians); median of paired ratios ×${ratio.toFixed(2)}`);
      assert.ok(ratio <= gate.analysisOverFloor, `${label}: full analysis is ${ratio.toFixed(2)}× the remark parse (gate ${gate.analysisOverFloor})`);
    }
  });

  it(`full analysis grows at most ${gate.growthOverFloorGrowth}× as fast as remark from 200 KB to 1 MB`, () => {
    const { medium, large, mediumFloor, largeFloor, sizes } = probe.growth;
    const growth = large / medium;
    const floorGrowth = largeFloor / mediumFloor;
    console.log(`      200 KB ${medium.toFixed(0)} ms, 1 MB ${large.toFixed(0)} ms: ×${growth.toFixed(2)} for ×${sizes.toFixed(2)} the text; remark alone ×${floorGrowth.toFixed(2)}`);
    assert.ok(growth / floorGrowth <= gate.growthOverFloorGrowth, `growth ×${growth.toFixed(2)} is ${(growth / floorGrowth).toFixed(2)}× remark's ×${floorGrowth.toFixed(2)} (gate ${gate.growthOverFloorGrowth})`);
  });

  it(`an edit in the middle of 1 MB costs at most ${gate.editOverFull}× its full analysis`, () => {
    const { edit } = probe;
    const ratio = edit.median / probe.growth.large;
    console.log(`      the middle edit: ${edit.incremental ? `incremental, ${edit.parsedChars} characters parsed` : `full parse (${edit.fallback})`}`);
    console.log(`      edit ${edit.median.toFixed(0)} ms (p95 ${edit.p95.toFixed(0)} ms), ${ratio.toFixed(3)} of the full analysis`);
    assert.ok(ratio <= gate.editOverFull, `an edit costs ${ratio.toFixed(3)} of a full analysis (gate ${gate.editOverFull})`);
  });
});
