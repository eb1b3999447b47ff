import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { boundHeapGrowth } from '../../server/src/cli/heapGrowth';

// The bound's effect on a whole run (peak memory of a class's check) is measured by
// scripts/benchClass.ts; here, when the command asks V8 for it.
describe('the CLI bounds its heap growth in a long run', () => {
  it('leaves V8 its own pace while the process is small, and bounds the growth once, when it has grown', () => {
    let resident = 100 * 2 ** 20;
    const asked: string[] = [];
    const betweenFiles = boundHeapGrowth(() => resident, (flags) => asked.push(flags));
    betweenFiles();
    assert.deepEqual(asked, []);
    resident = 400 * 2 ** 20;
    betweenFiles();
    betweenFiles();
    assert.deepEqual(asked, ['--heap-growing-percent=50']);
  });

  it('asks for a flag this Node’s V8 has (an unknown flag is ignored without a word, and the bound would do nothing)', () => {
    const v8Options = execFileSync(process.execPath, ['--v8-options'], { encoding: 'utf8' });
    assert.match(v8Options, /^\s+--heap-growing-percent \(/m);
  });
});
