import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
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

/** The built CLI as users run it: a child process, piped (so no colours, no progress bar). */
export function runCli(args: readonly string[], cwd: string, options: { input?: string; env?: NodeJS.ProcessEnv; uid?: number } = {}): Run {
  const env = { ...process.env, NO_COLOR: '', FORCE_COLOR: '', GITHUB_STEP_SUMMARY: '', ...options.env };
  const user = options.uid === undefined ? {} : { uid: options.uid, gid: options.uid };
  const result = spawnSync(process.execPath, [cliBundle, ...args], { cwd, encoding: 'utf8', input: options.input ?? '', env, ...user });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
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
