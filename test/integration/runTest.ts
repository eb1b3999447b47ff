/**
 * `npm run test:integration`: the integration suite (test/integration/*.test.ts, mocha) inside a real
 * VS Code desktop (Electron) extension host, with this project as the extension under development.
 *
 * VS Code comes from VSCODE_EXECUTABLE when set (the path of the `code` binary, e.g.
 * /usr/share/code/code), else @vscode/test-electron downloads it into .vscode-test/. Where neither is
 * possible (no VSCODE_EXECUTABLE and no network to VS Code's servers) it prints one line saying the
 * suite was skipped and why, and exits 0 without claiming that anything passed.
 *
 * On Linux without a display, run it under a virtual one: `xvfb-run -a npm run test:integration`.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import * as esbuild from 'esbuild';
import { downloadAndUnzipVSCode, ProgressReportStage, runTests, type ProgressReport } from '@vscode/test-electron';

const projectRoot = path.resolve(__dirname, '..', '..');
const outDir = path.join(projectRoot, 'out', 'integration');
/** A download that cannot even start within this time will not happen here. */
const downloadTimeoutMs = 60_000;

/** Bundles the suite (vscode and mocha stay external: the extension host and node_modules provide them). */
async function buildSuite(): Promise<string> {
  await rm(outDir, { recursive: true, force: true });
  const tests = ['index.ts', 'extension.test.ts'].map((file) => path.join(__dirname, file));
  await esbuild.build({
    entryPoints: tests,
    outdir: outDir,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: 'inline',
    external: ['vscode', 'mocha'],
    logLevel: 'warning',
  });
  return path.join(outDir, 'index.js');
}

async function vscodeExecutable(): Promise<{ path?: string; skipped?: string }> {
  const fromEnv = process.env.VSCODE_EXECUTABLE;
  if (fromEnv) return existsSync(fromEnv) ? { path: fromEnv } : { skipped: `VSCODE_EXECUTABLE=${fromEnv} does not exist` };
  try {
    const timeout = new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${downloadTimeoutMs / 1000} s`)), downloadTimeoutMs).unref());
    let announced = false;
    // Quiet while it looks for a version: where it cannot, the skip line is all the output.
    const reporter = {
      report: (report: ProgressReport) => {
        if (report.stage !== ProgressReportStage.Downloading || announced) return;
        announced = true;
        console.log(`integration: downloading VS Code ${report.url}`);
      },
      error: () => undefined,
    };
    return { path: await Promise.race([downloadAndUnzipVSCode({ cachePath: path.join(projectRoot, '.vscode-test'), reporter }), timeout]) };
  } catch (error) {
    const reason = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    return { skipped: `VSCODE_EXECUTABLE is not set and downloading VS Code failed (${reason})` };
  }
}

async function main(): Promise<number> {
  const executable = await vscodeExecutable();
  if (!executable.path) {
    console.log(`integration: SKIPPED, not run: ${executable.skipped}. Set VSCODE_EXECUTABLE to a VS Code binary to run it.`);
    return 0;
  }
  // The extension as VS Code loads it from the development path: dist/extension.js, dist/server.js.
  const build = spawnSync(process.execPath, [path.join(projectRoot, 'scripts', 'build.mjs')], { cwd: projectRoot, stdio: 'inherit' });
  if (build.status !== 0) throw new Error('building the extension failed');
  const extensionTestsPath = await buildSuite();
  const tmp = await mkdtemp(path.join(os.tmpdir(), 'study-notes-integration-'));
  try {
    const workspace = path.join(tmp, 'notes');
    await cp(path.join(projectRoot, 'test', 'e2e', 'fixtures'), workspace, { recursive: true });
    await runTests({
      vscodeExecutablePath: executable.path,
      extensionDevelopmentPath: projectRoot,
      extensionTestsPath,
      // Built-in extensions stay on: the markdown language itself comes from one of them.
      launchArgs: [workspace, '--user-data-dir', path.join(tmp, 'user-data'), '--extensions-dir', path.join(tmp, 'extensions'), '--disable-workspace-trust', '--skip-welcome', '--skip-release-notes'],
    });
    console.log('integration: passed');
    return 0;
  } catch (error) {
    console.error(`integration: FAILED: ${error instanceof Error ? error.message : String(error)}`);
    if (process.platform === 'linux' && !process.env.DISPLAY) console.error('integration: no DISPLAY; on a machine without one, run it as `xvfb-run -a npm run test:integration`.');
    return 1;
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error('integration: could not run:', error);
    process.exit(1);
  },
);
