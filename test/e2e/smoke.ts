/**
 * Smoke check of the e2e harness against a real VS Code (code-server):
 *   scripts/setup-e2e.sh && npx tsx test/e2e/smoke.ts
 *
 * Opens a Markdown file, types into it, and exercises every selector the
 * feature tests rely on (Outline rows, suggest widget rows, Problems panel
 * rows, activity bar, status bar) against VS Code's built-in Markdown
 * support, so that a VS Code upgrade that breaks a selector fails here, with
 * screenshots, rather than in a feature test. Screenshots: test-results/e2e/.
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import {
  activityBarTitles,
  cleanupAll,
  editorVisibleText,
  expandView,
  focusEditor,
  interruptedBySignal,
  openBrowser,
  openFile,
  openProblemsPanel,
  openViewContainer,
  screenshot,
  selectors,
  startCodeServer,
  statusBarItems,
  triggerSuggest,
  waitForEditorText,
  waitForProblem,
  waitForStatusBarItem,
  waitForSuggestion,
  waitForViewRow,
  waitForWorkbench,
  type CodeServer,
  type Page,
} from './vscode';

const SHOT_DIR = path.resolve(__dirname, '..', '..', 'test-results', 'e2e');
/** The whole check, start to finish; CI must not hang on a wedged browser. */
const OVERALL_TIMEOUT_MS = 100_000;

const NOTES = `# Algebra

Notes about algebra and algorithms.

## Linear equations

Solve for x.

## Quadratics

See [the syllabus](./missing-syllabus.md).
`;

const started = Date.now();
function step(message: string): void {
  console.log(`[smoke ${((Date.now() - started) / 1000).toFixed(1).padStart(5)}s] ${message}`);
}

function assert(condition: unknown, message: string): asserts condition {
  if (!condition) throw new Error(`assertion failed: ${message}`);
}

interface State {
  page?: Page;
  server?: CodeServer;
  /** Holds the workspace and VS Code's user data (with code-server's log). */
  tmpRoot?: string;
}

async function run(state: State): Promise<void> {
  const tmpRoot = await mkdtemp(path.join(os.tmpdir(), 'study-notes-smoke-'));
  state.tmpRoot = tmpRoot;
  const workspace = path.join(tmpRoot, 'notes');
  await mkdir(workspace);
  await writeFile(path.join(workspace, 'algebra.md'), NOTES);

  const server = await startCodeServer({
    workspace,
    userDataDir: path.join(tmpRoot, 'user-data'),
    // Link validation gives the Problems panel a real warning to show.
    settings: { 'markdown.validate.enabled': true },
  });
  state.server = server;
  step(`code-server answers at ${server.url}`);

  const page = await openBrowser(server.url);
  state.page = page;
  await waitForWorkbench(page);
  const titles = await activityBarTitles(page);
  assert(titles.some((t) => t.startsWith('Explorer')), `activity bar lists Explorer (it has ${JSON.stringify(titles)})`);
  step(`workbench ready; activity bar: ${titles.join(' | ')}`);
  await screenshot(page, SHOT_DIR, '01-workbench');

  await openFile(page, 'algebra.md');
  await waitForEditorText(page, 'Linear equations');
  // The language mode proves the built-in extensions (installed by setup) run.
  await waitForStatusBarItem(page, /^Markdown$/);
  step('algebra.md open in the editor, language mode Markdown');
  await screenshot(page, SHOT_DIR, '02-file-open');

  await focusEditor(page);
  await page.keyboard.press('Control+End');
  const typed = 'Typed by the e2e smoke check.';
  await page.keyboard.type(`\n${typed}`);
  await waitForEditorText(page, typed);
  await page.locator(`${selectors.activeTab}.dirty`).waitFor({ state: 'visible', timeout: 10_000 });
  const selection = await waitForStatusBarItem(page, /^Ln \d+, Col \d+$/);
  step(`typed into the editor; tab is dirty; cursor at "${selection.text}"`);
  await screenshot(page, SHOT_DIR, '03-typed');

  // Word-based suggestions: "alg" offers words of the document.
  await page.keyboard.type('\nalg');
  const labels = await triggerSuggest(page);
  await waitForSuggestion(page, 'algorithms');
  step(`suggest widget rows: ${labels.join(', ')}`);
  await screenshot(page, SHOT_DIR, '04-suggest');
  await page.keyboard.press('Escape');
  await page.locator(selectors.suggestWidgetVisible).waitFor({ state: 'hidden', timeout: 10_000 });

  await expandView(page, 'Outline');
  const outline = await waitForViewRow(page, 'Outline', 'Quadratics');
  assert(
    outline.some((r) => r.label.includes('Algebra') && r.level === 1) && outline.some((r) => r.label.includes('Linear equations') && r.level === 2),
    `Outline shows the headings with their levels (it shows ${JSON.stringify(outline)})`,
  );
  step(`Outline rows: ${outline.map((r) => `${r.level}:${r.label}`).join(', ')}`);
  await screenshot(page, SHOT_DIR, '05-outline');

  await openProblemsPanel(page);
  const problems = await waitForProblem(page, 'missing-syllabus.md');
  const problem = problems[0];
  assert(problem?.severity === 'warning' && problem.line === 11, `link warning on line 11 (got ${JSON.stringify(problem)})`);
  const counts = await waitForStatusBarItem(page, 'Warnings: 1');
  step(`Problems panel: ${problem.severity} "${problem.text}" [${problem.code}] at ${problem.line}:${problem.column}; status bar "${counts.ariaLabel}"`);
  await screenshot(page, SHOT_DIR, '06-problems');

  await openViewContainer(page, 'Search');
  await openViewContainer(page, 'Explorer');
  step('switched view containers via the activity bar (Search, Explorer)');

  const text = await editorVisibleText(page);
  assert(text.includes(typed), 'typed text still in the editor');
  step(`status bar: ${(await statusBarItems(page)).map((i) => i.text || i.ariaLabel).join(' | ')}`);
}

async function main(): Promise<number> {
  const state: State = {};
  const watchdog = setTimeout(() => {
    console.error(`[smoke] FAILED: took longer than ${OVERALL_TIMEOUT_MS / 1000}s`);
    void cleanupAll().finally(() => process.exit(1));
  }, OVERALL_TIMEOUT_MS);
  watchdog.unref();
  let ok = false;
  try {
    await run(state);
    ok = true;
    step(`OK; screenshots in ${path.relative(process.cwd(), SHOT_DIR) || SHOT_DIR}`);
    return 0;
  } catch (err) {
    if (interruptedBySignal()) {
      console.error(`[smoke] interrupted by ${interruptedBySignal()}`);
      return 130;
    }
    console.error(`\n[smoke] FAILED: ${shorten((err as Error).message ?? String(err))}`);
    if (state.page && !state.page.isClosed()) {
      const file = await screenshot(state.page, SHOT_DIR, 'failure').catch(() => undefined);
      if (file) console.error(`[smoke] screenshot of the failure: ${file}`);
    }
    if (state.server) console.error(`[smoke] code-server log (${state.server.logFile}), last lines:\n${await state.server.logTail(30)}`);
    return 1;
  } finally {
    clearTimeout(watchdog);
    await cleanupAll();
    // On failure the dirs stay for a look at VS Code's own logs.
    // Nothing to look at when it never got as far as starting code-server.
    if ((ok || interruptedBySignal() || !state.server) && state.tmpRoot) await rm(state.tmpRoot, { recursive: true, force: true });
    else if (state.tmpRoot) console.error(`[smoke] kept for inspection (workspace, VS Code user data and logs): ${state.tmpRoot}`);
  }
}

/** Playwright's messages carry a call log; keep the start, which says what failed. */
function shorten(message: string): string {
  return message.length > 4000 ? `${message.slice(0, 4000)}…` : message;
}

main().then(
  (code) => process.exit(code),
  (err: unknown) => {
    console.error('[smoke] FAILED:', err);
    process.exit(1);
  },
);
