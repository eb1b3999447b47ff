import { strict as assert } from 'node:assert';
import { execFileSync, spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export const projectRoot = path.resolve(__dirname, '../..');
export const cliBundle = path.join(projectRoot, 'dist/cli.js');
const fixtures = path.join(projectRoot, 'test/fixtures/cli');

export interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** A user the CLI runs as instead of the one running the tests. */
export interface OtherUser {
  uid: number;
  gid: number;
  /** The CLI's bundle where that user may read it. */
  bundle: string;
}

export interface RunOptions {
  input?: string;
  env?: NodeJS.ProcessEnv;
  as?: OtherUser;
}

/** The built CLI as users run it: a child process, piped (so no colours, no progress bar). */
export function runCli(args: readonly string[], cwd: string, options: RunOptions = {}): Run {
  const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', GITHUB_STEP_SUMMARY: '', ...options.env };
  const user = options.as ? { uid: options.as.uid, gid: options.as.gid } : {};
  const result = spawnSync(process.execPath, [options.as?.bundle ?? cliBundle, ...args], { cwd, encoding: 'utf8', input: options.input ?? '', env, ...user });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

function idOf(user: string, flag: '-u' | '-g'): number | undefined {
  try {
    return Number(execFileSync('id', [flag, user], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim());
  } catch {
    return undefined;
  }
}

/**
 * `nobody`, for whom permissions hold where they do not for root, with a copy of the CLI in `dir`: the
 * clone may lie in a folder only root may enter (mode 700, as mktemp -d and /root are). `dir` is
 * opened to others. Where nobody cannot run it here, the reason.
 */
export function asNobodyIn(dir: string): OtherUser | string {
  const [uid, gid] = [idOf('nobody', '-u'), idOf('nobody', '-g')];
  if (uid === undefined || gid === undefined) return 'there is no user nobody to run the CLI as';
  chmodSync(dir, 0o755);
  const bundle = path.join(dir, 'study-notes-cli.js');
  copyFileSync(cliBundle, bundle);
  const tried = spawnSync(process.execPath, [bundle, '--version'], { cwd: dir, uid, gid, encoding: 'utf8' });
  if (tried.status === 0) return { uid, gid, bundle };
  const why = tried.error?.message ?? /^Error: .*$/m.exec(tried.stderr)?.[0] ?? `exit ${tried.status ?? tried.signal}`;
  return `nobody cannot run ${process.execPath} ${bundle} (is a folder above it closed to others?): ${why}`;
}

export function buildCliOnce(): void {
  if (!existsSync(cliBundle)) assert.equal(spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: projectRoot, stdio: 'inherit' }).status, 0);
}

/** The text of a notes file of the CLI fixtures: alice has one missing time and one placeholder, bob none. */
export const studentNotes = (student: 'alice' | 'bob'): string => path.join(fixtures, 'class', student, 'README.md');

/** A temporary folder laid out from `files` (path to text, or to a fixture student's notes). */
export function tempTree(files: Record<string, string | { notes: 'alice' | 'bob' }>): string {
  const dir = mkdtempSync(path.join(tmpdir(), 'study-notes-cli-'));
  for (const [file, content] of Object.entries(files)) {
    const full = path.join(dir, file);
    mkdirSync(path.dirname(full), { recursive: true });
    if (typeof content === 'string') writeFileSync(full, content);
    else copyFileSync(studentNotes(content.notes), full);
  }
  return dir;
}

/** Notes with `count` modules, each with notes but without a time estimate (a missing-time warning each, from line 7, every 4 lines). */
export function notesWithoutTimes(count: number): string {
  const modules = Array.from({ length: count }, (_, i) => `[Lab: Step ${i + 1}](https://example.org/lab/${i + 1})\n\nDid step ${i + 1}.\n`);
  return `# Notes\n\n## Area 1: Docker and Containers\n\n> Beginner Level\n\n${modules.join('\n')}`;
}
