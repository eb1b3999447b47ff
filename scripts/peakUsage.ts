// The CLI as a TA runs it, a whole process, with what it cost: a preloaded line records the
// process's peak memory and CPU as it exits (the benches of a class: benchHistory.ts, benchClass.ts).
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

export interface Usage {
  wallMs: number;
  peakRss: number;
  cpuMs: number;
}

/** Runs the built CLI with `args`; exit codes in `accepted` are a finished run (a check that finds problems exits 1). */
export function cliWithUsage(args: readonly string[], work: string, accepted: readonly number[] = [0]): Usage {
  const usageFile = path.join(work, 'peak-usage.json');
  const preload = path.join(work, 'peak-usage.cjs');
  writeFileSync(preload, `process.on('exit', () => { const usage = process.resourceUsage(); require('fs').writeFileSync(${JSON.stringify(usageFile)}, JSON.stringify({ peakRss: usage.maxRSS * 1024, cpuMs: (usage.userCPUTime + usage.systemCPUTime) / 1000 })); });\n`);
  const start = performance.now();
  const run = spawnSync(process.execPath, ['--require', preload, path.resolve(__dirname, '..', 'dist/cli.js'), ...args], { encoding: 'utf8', maxBuffer: 1 << 30 });
  const wallMs = performance.now() - start;
  if (run.status === null || !accepted.includes(run.status)) throw new Error(`study-notes ${args[0]} failed (exit ${run.status ?? run.signal}): ${run.stderr.trim().split('\n')[0]}`);
  return { wallMs, ...(JSON.parse(readFileSync(usageFile, 'utf8')) as { peakRss: number; cpuMs: number }) };
}
