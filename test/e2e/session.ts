/**
 * One spec's VS Code: the packaged .vsix installed into a code-server of its own on a workspace the
 * spec fills, a browser on it, screenshots named after the spec, and everything stopped after the
 * last test (kept on disk after a failure: VS Code's logs in user-data/logs tell what the extension
 * host saw). Call useVsCode() in a describe() body: it adds that describe's hooks.
 */
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { mkdir, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { cleanupAll, installVsix, openBrowser, screenshot, startCodeServer, waitForWorkbench, type Box, type CodeServer, type Locator, type Page } from './vscode';

const projectRoot = path.resolve(__dirname, '..', '..');
/** Cleared by run.ts before the first spec; each spec adds its own. */
export const shotDir = path.join(projectRoot, 'test-results', 'e2e');
/** Cropped shots of one feature each, the candidates for README's (media/screenshots/, copied by hand). */
export const readmeShotDir = path.join(shotDir, 'readme');

const started = Date.now();
export function log(message: string): void {
  console.log(`      [e2e ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${message}`);
}

export interface VsCodeSession {
  /** Holds workspace/, extensions/ and user-data/. */
  tmpRoot: string;
  extensionsDir: string;
  server: CodeServer | undefined;
  page: Page;
  /** Saves test-results/e2e/<prefix>-NN-<name>.png. */
  shot(name: string): Promise<void>;
  /** Saves test-results/e2e/readme/<name>.png: the smallest box around `parts`, plus a margin. */
  crop(name: string, parts: Locator[], margin?: number): Promise<void>;
}

export interface SessionOptions {
  /** Screenshot and temp dir prefix, e.g. "notes". */
  prefix: string;
  /** Writes the workspace's files before VS Code opens it. */
  fillWorkspace(workspace: string, tmpRoot: string): Promise<void>;
  /** User settings over the harness's defaults. */
  settings?: Record<string, unknown>;
}

export function useVsCode({ prefix, fillWorkspace, settings }: SessionOptions): VsCodeSession {
  let shots = 0;
  const session: VsCodeSession = {
    tmpRoot: '',
    extensionsDir: '',
    server: undefined,
    page: undefined as unknown as Page,
    shot: async (name: string) => {
      const file = await screenshot(session.page, shotDir, `${prefix}-${String(++shots).padStart(2, '0')}-${name}`);
      log(`screenshot ${path.relative(projectRoot, file)}`);
    },
    crop: async (name: string, parts: Locator[], margin = 12) => {
      const boxes = (await Promise.all(parts.map((part) => part.boundingBox({ timeout: 5000 })))).filter((box): box is Box => box !== null);
      assert.ok(boxes.length > 0, `nothing of ${name} is on screen to crop`);
      const left = Math.max(0, Math.min(...boxes.map((b) => b.x)) - margin);
      const top = Math.max(0, Math.min(...boxes.map((b) => b.y)) - margin);
      const right = Math.max(...boxes.map((b) => b.x + b.width)) + margin;
      const bottom = Math.max(...boxes.map((b) => b.y + b.height)) + margin;
      await mkdir(readmeShotDir, { recursive: true });
      const file = path.join(readmeShotDir, `${name}.png`);
      await session.page.screenshot({ path: file, clip: { x: left, y: top, width: right - left, height: bottom - top } });
      log(`cropped screenshot ${path.relative(projectRoot, file)}`);
    },
  };

  before(async function () {
    const vsix = process.env.STUDY_NOTES_E2E_VSIX;
    assert.ok(vsix && existsSync(vsix), `STUDY_NOTES_E2E_VSIX must name the packaged extension (test/e2e/run.ts sets it); got ${vsix}`);
    await mkdir(shotDir, { recursive: true });
    session.tmpRoot = await mkdtemp(path.join(os.tmpdir(), `study-notes-e2e-${prefix}-`));
    const workspace = path.join(session.tmpRoot, 'notes');
    await mkdir(workspace);
    await fillWorkspace(workspace, session.tmpRoot);
    session.extensionsDir = path.join(session.tmpRoot, 'extensions');
    let t = Date.now();
    await installVsix(vsix, session.extensionsDir);
    log(`installed ${path.basename(vsix)} into ${session.extensionsDir} in ${Date.now() - t} ms`);
    t = Date.now();
    session.server = await startCodeServer({ workspace, userDataDir: path.join(session.tmpRoot, 'user-data'), extensionsDir: session.extensionsDir, settings });
    session.page = await openBrowser(session.server.url);
    await waitForWorkbench(session.page);
    log(`code-server ${session.server.url} and the workbench ready in ${Date.now() - t} ms`);
  });

  afterEach(async function () {
    const { page, server } = session;
    if (this.currentTest?.state === 'failed' && page && !page.isClosed()) {
      await session.shot(`FAILED-${this.currentTest.title.replace(/\W+/g, '-').slice(0, 50)}`).catch(() => undefined);
      if (server) console.error(`      code-server log, last lines:\n${await server.logTail(20)}`);
    }
  });

  after(async function () {
    const failed = this.test?.parent?.tests.some((test) => test.state === 'failed');
    await cleanupAll();
    if (failed) console.error(`      kept for inspection: ${session.tmpRoot}`);
    else if (session.tmpRoot) await rm(session.tmpRoot, { recursive: true, force: true });
  });

  return session;
}
