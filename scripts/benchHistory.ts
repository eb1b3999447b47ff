// `summary --at "Round 1"` on a class of student repositories with their histories, as a TA runs it:
// the 48 students of ../shared/corpus/class-history.bundle cloned once, then copied (history and
// all) into a class of N folders, N = 1,000 by default. One whole process, its wall time and peak
// memory (the CLI's own, git's processes apart). A benchmark, not a test: the machine's load decides.
// Standalone: `node --import tsx scripts/benchHistory.ts [students] [runs]` (goal: 1,000 in ≤ 60 s, ≤ 400 MB).
import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { cliWithUsage, type Usage } from './peakUsage';

const root = path.resolve(__dirname, '..');
const bundle = path.resolve(root, '../shared/corpus/class-history.bundle');
// Outside the project: its .gitignore hides .bench/, and the summary, like git, would not look inside.
const work = path.join(os.tmpdir(), 'study-notes-bench-class-history');

export interface HistoryBench {
  students: number;
  commits: number;
  runs: number;
  /** Median wall time of the runs, in milliseconds. */
  wallMs: number;
  /** The highest peak resident memory of the runs, in bytes. */
  peakRss: number;
  /** Median CPU time of the CLI's process (git's processes apart), in milliseconds: what a loaded machine does not stretch. */
  cpuMs: number;
  loadAverage: number;
}

/** The 48 clones, once: `git clone -q --branch students/<name> <bundle> <dir>/<name>`. */
function cloneStudents(): string[] {
  const dir = path.join(work, 'clones');
  const heads = execFileSync('git', ['bundle', 'list-heads', bundle], { encoding: 'utf8' });
  const students = [...heads.matchAll(/ refs\/heads\/students\/(\S+)$/gm)].map((match) => match[1]).sort();
  for (const student of students) {
    if (!existsSync(path.join(dir, student, '.git'))) execFileSync('git', ['clone', '-q', '--branch', `students/${student}`, bundle, path.join(dir, student)]);
  }
  return students.map((student) => path.join(dir, student));
}

/** N student folders, each a copy of one of the clones in turn (its .git included), made once per N. */
function classOf(size: number, clones: readonly string[]): string {
  const dir = path.join(work, `class-${size}`);
  if (existsSync(dir) && readdirSync(dir).length === size) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < size; i++) {
    const clone = clones[i % clones.length];
    cpSync(clone, path.join(dir, `${String(i).padStart(4, '0')}-${path.basename(clone)}`), { recursive: true });
  }
  return dir;
}

/** The CLI as a TA runs it, with its peak memory and CPU (peakUsage.ts). */
function runOnce(classDir: string): Usage {
  const usage = cliWithUsage(['summary', classDir, '--at', 'Round 1', '-o', path.join(work, 'summary.txt')], work);
  // The table a TA reads; under it one line per student names the commit graded.
  const graded = readFileSync(path.join(work, 'summary.txt'), 'utf8').match(/^ {2}\S+: [0-9a-f]{7} of /gm)?.length ?? 0;
  if (graded !== readdirSync(classDir).length) throw new Error(`${graded} students of ${readdirSync(classDir).length} were graded at a commit`);
  return usage;
}

/** Undefined without the class history (it lives in ../shared beside the project). */
export function benchHistory(students = 1000, runs = 3): HistoryBench | undefined {
  if (!existsSync(bundle)) return undefined;
  const classDir = classOf(students, cloneStudents());
  const commits = readdirSync(classDir).reduce((sum, student) => sum + Number(execFileSync('git', ['-C', path.join(classDir, student), 'rev-list', '--count', '--first-parent', 'HEAD'], { encoding: 'utf8' })), 0);
  runOnce(classDir); // untimed: the first run reads the class from disk into the page cache
  const results = Array.from({ length: runs }, () => runOnce(classDir));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];
  return { students, commits, runs, wallMs: median(results.map((result) => result.wallMs)), cpuMs: median(results.map((result) => result.cpuMs)), peakRss: Math.max(...results.map((result) => result.peakRss)), loadAverage: os.loadavg()[0] };
}

if (require.main === module) {
  const result = benchHistory(Number(process.argv[2] ?? 1000), Number(process.argv[3] ?? 3));
  if (!result) console.log(`(skipped: no class history at ${bundle})`);
  else
    console.log(
      `summary --at "Round 1" on ${result.students} student repositories (${result.commits} commits; median of ${result.runs}): ${(result.wallMs / 1000).toFixed(1)} s (${(result.cpuMs / 1000).toFixed(1)} s of CPU in the CLI), peak ${(result.peakRss / 2 ** 20).toFixed(0)} MB (load average ${result.loadAverage.toFixed(1)} on ${os.availableParallelism()} cores)`,
    );
}
