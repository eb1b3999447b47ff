/**
 * The e2e runner (`npm run test:e2e`, after scripts/setup-e2e.sh has installed code-server,
 * playwright-core and Chromium): packages the extension as a student gets it (`npm run package`),
 * then runs test/e2e/*.e2e.ts with mocha against that .vsix, and ends with one summary line:
 *
 *   e2e: N passed, M failed
 *
 * A pending test (a feature not there yet) is printed as such above that line, never counted as
 * passed. Exit code 1 when a test failed or none ran. STUDY_NOTES_E2E_VSIX=<file> skips packaging
 * and tests that .vsix instead; an argument runs only the spec files whose name contains it.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import Mocha from 'mocha';
import { cleanupAll } from './vscode';

const projectRoot = path.resolve(__dirname, '..', '..');
/**
 * Install, start-up and every test; a wedged browser must not hang CI. The study timer's spec waits
 * on real half minutes, in two VS Codes (about 9 of these minutes). A whole run took 13 minutes on
 * this machine, and 23 when it ran at half speed.
 */
const overallTimeoutMs = 40 * 60 * 1000;

function packageExtension(): string {
  const { name, version } = JSON.parse(readFileSync(path.join(projectRoot, 'package.json'), 'utf8')) as { name: string; version: string };
  const vsix = path.join(projectRoot, `${name}-${version}.vsix`);
  const started = Date.now();
  const result = spawnSync('npm', ['run', '--silent', 'package'], { cwd: projectRoot, encoding: 'utf8' });
  if (result.status !== 0 || !existsSync(vsix)) {
    throw new Error(`npm run package failed (exit ${result.status}):\n${result.stdout}\n${result.stderr}`);
  }
  console.log(`e2e: packaged ${path.relative(projectRoot, vsix)} in ${((Date.now() - started) / 1000).toFixed(1)} s`);
  return vsix;
}

async function main(): Promise<number> {
  const watchdog = setTimeout(() => {
    console.error(`e2e: took longer than ${overallTimeoutMs / 60000} minutes; stopping`);
    console.log('e2e: 0 passed, 1 failed');
    void cleanupAll().finally(() => process.exit(1));
  }, overallTimeoutMs);
  watchdog.unref();

  process.env.STUDY_NOTES_E2E_VSIX ||= packageExtension();
  // Cleared once here, not per spec: each spec adds its own screenshots to the same folder.
  rmSync(path.join(projectRoot, 'test-results', 'e2e'), { recursive: true, force: true });
  const mocha = new Mocha({ reporter: 'spec', timeout: 60_000, slow: 10_000, bail: false });
  // `tsx test/e2e/run.ts commands` runs only the specs whose name contains "commands" (while iterating on one).
  const only = process.argv[2];
  const files = readdirSync(__dirname).filter((file) => file.endsWith('.e2e.ts') && (!only || file.includes(only))).sort();
  for (const file of files) mocha.addFile(path.join(__dirname, file));
  await mocha.loadFilesAsync();

  const pending: string[] = [];
  const failed: string[] = [];
  let passed = 0;
  const started = Date.now();
  await new Promise<void>((resolve) => {
    const runner = mocha.run(() => resolve());
    runner.on('pass', () => passed++);
    runner.on('pending', (test) => pending.push(test.fullTitle()));
    // A failing before/after hook counts too: its tests never ran.
    runner.on('fail', (test) => failed.push(test.fullTitle()));
  });
  clearTimeout(watchdog);
  await cleanupAll();
  console.log(`e2e: ${((Date.now() - started) / 1000).toFixed(1)} s from install to the last test; screenshots in test-results/e2e/`);
  for (const title of pending) console.log(`e2e: pending (not counted as passed): ${title}`);
  console.log(`e2e: ${passed} passed, ${failed.length} failed`);
  return failed.length > 0 || passed === 0 ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  async (error: unknown) => {
    console.error('e2e: could not run:', error);
    await cleanupAll();
    console.log('e2e: 0 passed, 1 failed');
    process.exit(1);
  },
);
