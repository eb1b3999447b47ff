// `study-notes check` on a whole class, as a TA or a course's CI runs it: N files copied from the
// corpus's notes, ten to a student's folder; files per second and the process's peak memory
// (goals, issue 32: ≥ 50 files/s on 2 cores, ≤ 400 MB at any class size).
// Standalone: `node --import tsx scripts/benchClass.ts [files…]` (default 1000 10000).
import { existsSync, mkdirSync, readdirSync, copyFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliWithUsage, type Usage } from './peakUsage';

const notesDir = path.resolve(__dirname, '..', '../shared/corpus/notes');
const work = path.join(os.tmpdir(), 'study-notes-bench-class');

/** `files` notes in student folders of ten, the corpus's files in turn; made once per size. */
function classOf(files: number): string {
  const dir = path.join(work, `class-${files}`);
  if (existsSync(dir) && readdirSync(dir).length === Math.ceil(files / 10)) return dir;
  rmSync(dir, { recursive: true, force: true });
  const notes = readdirSync(notesDir).filter((name) => name.endsWith('.md')).sort();
  for (let at = 0; at < files; at++) {
    const student = path.join(dir, `student-${String(Math.floor(at / 10)).padStart(4, '0')}`);
    mkdirSync(student, { recursive: true });
    copyFileSync(path.join(notesDir, notes[at % notes.length]), path.join(student, `notes-${at}.md`));
  }
  return dir;
}

export interface ClassCheck extends Usage {
  files: number;
}

/** Undefined without the corpus (it lives in ../shared beside the project). */
export function benchClass(sizes: readonly number[]): ClassCheck[] | undefined {
  if (!existsSync(notesDir)) return undefined;
  mkdirSync(work, { recursive: true });
  return sizes.map((files) => ({ files, ...cliWithUsage(['check', '--format', 'json', '-o', path.join(work, 'report.json'), classOf(files)], work, [0, 1]) }));
}

if (require.main === module) {
  const sizes = process.argv.slice(2).map(Number);
  const results = benchClass(sizes.length ? sizes : [1000, 10000]);
  if (!results) console.log(`(skipped: no corpus notes at ${notesDir})`);
  for (const result of results ?? [])
    console.log(`check on ${result.files} files: ${(result.wallMs / 1000).toFixed(1)} s, ${(result.files / (result.wallMs / 1000)).toFixed(0)} files/s, peak ${(result.peakRss / 2 ** 20).toFixed(0)} MB (load average ${os.loadavg()[0].toFixed(1)} on ${os.availableParallelism()} cores)`);
}
