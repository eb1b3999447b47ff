// `study-notes check` against markdownlint-cli2 on the same corpus notes, side by side in one run:
// whole processes, as CI runs them, alternating so that a busy machine slows both alike.
// Standalone: `node --import tsx scripts/benchCheck.ts [runs]`; `npm run bench` calls it too.
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';

const root = path.resolve(__dirname, '..');
const notesDir = path.resolve(root, '../shared/corpus/notes');

export interface CheckComparison {
  files: number;
  runs: number;
  /** Median wall time of each command, in milliseconds. */
  studyNotes: number;
  markdownlint: number;
}

function timed(command: string[], cwd: string): number {
  const start = performance.now();
  // Output is not read: markdownlint-cli2 writes its findings to stderr, megabytes of them here.
  const run = spawnSync(process.execPath, command, { cwd, stdio: 'ignore' });
  // Both exit 1 when they find problems; anything else means the comparison is void.
  if (run.status !== 0 && run.status !== 1) throw new Error(`${path.basename(command[0])} failed (exit ${run.status ?? run.signal})`);
  return performance.now() - start;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Undefined without the corpus (it lives in ../shared beside the project). */
export function compareCheck(runs = 7): CheckComparison | undefined {
  if (!existsSync(notesDir)) return undefined;
  const files = readdirSync(notesDir).filter((name) => name.endsWith('.md')).sort();
  const studyNotes = [path.join(root, 'dist/cli.js'), 'check', '--format', 'json', ...files];
  const markdownlint = [path.join(root, 'node_modules/markdownlint-cli2/markdownlint-cli2-bin.mjs'), ...files];
  const times = { studyNotes: [] as number[], markdownlint: [] as number[] };
  // One untimed run each: the first reads the bundles from disk.
  timed(studyNotes, notesDir);
  timed(markdownlint, notesDir);
  for (let run = 0; run < runs; run++) {
    times.studyNotes.push(timed(studyNotes, notesDir));
    times.markdownlint.push(timed(markdownlint, notesDir));
  }
  return { files: files.length, runs, studyNotes: median(times.studyNotes), markdownlint: median(times.markdownlint) };
}

if (require.main === module) {
  const result = compareCheck(Number(process.argv[2] ?? 7));
  if (!result) console.log(`(skipped: no corpus at ${notesDir})`);
  else console.log(`check on ${result.files} corpus notes (median of ${result.runs}): study-notes ${result.studyNotes.toFixed(0)} ms, markdownlint-cli2 ${result.markdownlint.toFixed(0)} ms (×${(result.studyNotes / result.markdownlint).toFixed(2)})`);
}
