/**
 * Study Notes specifics for the e2e tests, on top of the VS Code harness (vscode.ts): the language
 * server's process, the Areas & Modules tree, the Problems panel per file, notifications. Like the
 * harness, every wait here waits on UI or process state, never on time.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import {
  DEFAULT_UI_TIMEOUT,
  pollUntil,
  problemRows,
  runCommand,
  selectors,
  sideBarPane,
  viewRows,
  waitForStatusBarItem,
  type FrameLocator,
  type Page,
  type ProblemRow,
  type TreeRow,
} from './vscode';
import { log } from './session';

export const treeView = 'Areas & Modules';
/** User settings that run the extension's `browser` entry in the browser, as github.dev and vscode.dev do. */
export const inTheBrowser = { 'remote.extensionKind': { 'study-notes.study-notes': ['ui'] } };
/** The status bar entry of the extension: "<publisher>.<name>.<item id>". */
export const studyTimeItemId = 'study-notes.study-notes.studyNotes.studyTime';
/** What the client says after restarting a crashed server (client/src/recovery.ts). */
export const restartedMessage = 'the language server stopped unexpectedly and was restarted';

/** Processes of the Study Notes language server installed under `extensionsDir` (found by command line). */
export async function serverPids(extensionsDir: string): Promise<number[]> {
  const pids: number[] = [];
  for (const entry of await readdir('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    const cmdline = await readFile(path.join('/proc', entry, 'cmdline'), 'utf8').catch(() => '');
    const args = cmdline.split('\0');
    if (args.some((arg) => arg.startsWith(extensionsDir) && arg.endsWith(path.join('dist', 'server.js')))) pids.push(Number(entry));
  }
  return pids;
}

/** Waits until exactly one server process runs and returns its pid. */
export async function waitForOneServer(extensionsDir: string, other?: number, timeout = DEFAULT_UI_TIMEOUT): Promise<number> {
  let pids: number[] = [];
  await pollUntil(
    async () => {
      pids = await serverPids(extensionsDir);
      return pids.length === 1 && pids[0] !== other;
    },
    timeout,
    () => `one language server process${other ? ` other than ${other}` : ''} under ${extensionsDir}; found ${JSON.stringify(pids)}`,
  );
  return pids[0];
}

/** Moves the cursor of the focused editor with Go to Line and waits for the status bar to show it. */
export async function gotoLine(page: Page, line: number, column = 1): Promise<void> {
  await page.keyboard.press('Control+g');
  await page.locator('.quick-input-widget .quick-input-box input').waitFor({ state: 'visible', timeout: DEFAULT_UI_TIMEOUT });
  await page.keyboard.type(`${line}:${column}`);
  await page.keyboard.press('Enter');
  await waitForStatusBarItem(page, `Ln ${line}, Col ${column}`);
}

/** The study time the status bar shows, e.g. "55 min 2" (watch icon, total, warning icon, modules without estimate). */
export async function waitForStudyTime(page: Page, text: string | RegExp, timeout = DEFAULT_UI_TIMEOUT): Promise<string> {
  let shown = '';
  await pollUntil(
    async () => {
      const item = (await page.locator(`[id=${JSON.stringify(studyTimeItemId)}]`).allInnerTexts())[0];
      shown = (item ?? '').replace(/\s+/g, ' ').trim();
      return typeof text === 'string' ? shown.includes(text) : text.test(shown);
    },
    timeout,
    () => `the study time in the status bar to show ${String(text)}; it shows ${JSON.stringify(shown)}`,
  );
  return shown;
}

/** The markers the Problems panel lists under the file row named `fileName`. */
export function markersOf(rows: readonly ProblemRow[], fileName: string): ProblemRow[] {
  const markers: ProblemRow[] = [];
  let inFile = false;
  for (const row of rows) {
    if (row.kind === 'file') inFile = row.text === fileName;
    else if (inFile) markers.push(row);
  }
  return markers;
}

/** Waits until the Problems panel lists `count` markers with `code` under `fileName`. */
export async function waitForMarkers(page: Page, fileName: string, code: string, count: number, timeout = DEFAULT_UI_TIMEOUT): Promise<ProblemRow[]> {
  let found: ProblemRow[] = [];
  await pollUntil(
    async () => {
      found = markersOf(await problemRows(page), fileName).filter((row) => row.code === code);
      return found.length === count;
    },
    timeout,
    async () => `${count} ${code} problem(s) under ${fileName} in the Problems panel; it lists:\n${JSON.stringify(await problemRows(page), null, 2)}`,
  );
  return found;
}

/** A row of the Areas & Modules tree by its label (exact, trimmed). */
export function treeRow(page: Page, label: string) {
  return sideBarPane(page, treeView)
    .first()
    .locator('.pane-body .monaco-list-row')
    .filter({ has: page.locator('.label-name').filter({ hasText: new RegExp(`^\\s*${escapeRegExp(label)}\\s*$`) }) })
    .first();
}

/** How much of a tree row's label and description the side bar cuts (an ellipsis), in pixels; 0 when all of it shows. */
export async function treeRowCut(page: Page, label: string): Promise<number> {
  return treeRow(page, label)
    .locator('.monaco-icon-label-container')
    .evaluateAll((containers) => Math.max(0, ...containers.map((container) => container.scrollWidth - container.clientWidth)));
}

/** Waits for a tree row with exactly `label` (and `description`, if given); returns it. */
export async function waitForTreeRow(page: Page, label: string, description?: string, timeout = DEFAULT_UI_TIMEOUT): Promise<TreeRow> {
  let found: TreeRow | undefined;
  await pollUntil(
    async () => {
      found = (await viewRows(page, treeView)).find((row) => row.label === label && (description === undefined || row.description === description));
      return found !== undefined;
    },
    timeout,
    async () => `the ${treeView} view to list ${JSON.stringify(label)}${description === undefined ? '' : ` with ${JSON.stringify(description)}`}; it lists:\n${(await viewRows(page, treeView)).map((r) => `${'  '.repeat(r.level - 1)}${r.label} | ${r.description}`).join('\n')}`,
  );
  return found as TreeRow;
}

/** How many 2-second waits an expanded row without children is given before it is folded and opened again. */
const emptyRowPatience = 4;

/**
 * Expands a collapsed tree row by its twistie (a click on the row runs its command instead), until
 * its children show. The tree renders again whenever the notes change: a click landing on a row
 * being replaced is lost. And VS Code can leave a row open and empty (three times in CI, on the view
 * shown after edits; its log says "No tree item with id ... found"), which only a new reading of the
 * tree mends: the extension reads it again when VS Code leaves a change unfetched, or a row it said
 * it opened gets no request for its children (client/src/treeLostRows.ts). So a row still open and
 * empty after `emptyRowPatience` waits is clicked again, which folds it, and the next click opens it
 * afresh, as a student would.
 */
export async function expandTreeRow(page: Page, label: string, timeout = DEFAULT_UI_TIMEOUT): Promise<void> {
  const row = treeRow(page, label);
  await row.waitFor({ state: 'visible', timeout });
  const childrenShown = async () =>
    (
      await row.evaluateAll((rows) =>
        rows.map((element) => {
          const next = element.parentElement?.querySelector(`.monaco-list-row[data-index="${Number(element.getAttribute('data-index')) + 1}"]`);
          return element.getAttribute('aria-expanded') === 'true' && Number(next?.getAttribute('aria-level') ?? 0) > Number(element.getAttribute('aria-level'));
        }),
      )
    ).some(Boolean);
  const expanded = async () => (await row.evaluateAll((rows) => rows.map((element) => element.getAttribute('aria-expanded')))).includes('true');
  let clicks = 0;
  let waits = 0;
  let waitsSinceClick = 0;
  await pollUntil(
    async () => {
      if (await childrenShown()) return true;
      // An expanded row whose children are still coming is waited for: a click would fold it again
      // (under load the view's request can take longer than any fixed wait). A row a refresh drew
      // folded is clicked again. A row left open and empty long past any load (a clean-clone CI saw
      // 30 s, its children already in the tree's data) is folded, to be opened afresh.
      const waited = (await expanded()) && waitsSinceClick < emptyRowPatience;
      if (waited) {
        waits++;
        waitsSinceClick++;
      } else {
        clicks++;
        waitsSinceClick = 0;
        await row.locator('.monaco-tl-twistie').click({ timeout });
      }
      return pollUntil(childrenShown, 2000, () => '').then(
        () => true,
        () => false,
      );
    },
    timeout,
    () => `tree row ${JSON.stringify(label)} to expand and show its children (clicked ${clicks} times; found expanded without children ${waits} times)`,
  );
}

/**
 * Clicks a tree row until what its command does is seen (`done`). As with expanding, a click that
 * lands on a row the tree is just rendering again (the notes' outline changed) is lost.
 */
export async function clickTreeRow(page: Page, label: string, done: () => Promise<boolean>, what: string, timeout = DEFAULT_UI_TIMEOUT): Promise<void> {
  await pollUntil(
    async () => {
      if (await done()) return true;
      await treeRow(page, label).click({ timeout });
      return pollUntil(done, 2000, () => '').then(
        () => true,
        () => false,
      );
    },
    timeout,
    () => `a click on the tree row ${JSON.stringify(label)} to ${what}`,
  );
}

/**
 * Drags the side bar's edge until it is `width` pixels wide: at its default width the tree cuts
 * its rows' times short.
 */
export async function widenSideBar(page: Page, width: number, timeout = DEFAULT_UI_TIMEOUT): Promise<void> {
  const sideBar = page.locator('.part.sidebar').first();
  const box = await sideBar.boundingBox({ timeout });
  if (!box || box.width >= width) return;
  const edge = box.x + box.width;
  const y = box.y + box.height / 2;
  await page.mouse.move(edge, y);
  await page.mouse.down();
  await page.mouse.move(box.x + width, y, { steps: 5 });
  await page.mouse.up();
  // Off the edge: a hovered sash stays highlighted in the screenshots.
  await page.mouse.move(box.x + 20, box.y + box.height - 40);
  await pollUntil(async () => ((await sideBar.boundingBox())?.width ?? 0) >= width - 2, timeout, async () => `the side bar to be ${width} px wide; it is ${(await sideBar.boundingBox())?.width} px`);
}

/** Shows the extension's output and waits for `text` among its last lines (what the panel draws). */
export async function waitForOutput(page: Page, text: string, timeout = DEFAULT_UI_TIMEOUT): Promise<void> {
  await runCommand(page, 'Study Notes: Show Output');
  // Rendered lines space with no-break spaces: compared with spaces made plain.
  const output = async () => (await page.locator('.part.panel .view-lines').first().innerText()).replace(/\s+/g, ' ');
  await pollUntil(async () => (await output()).includes(text), timeout, async () => `the output to say "${text}"; it says ${JSON.stringify(await output())}`);
}

/** Every notification of the session (the toasts hide after a while; the center keeps them). */
export async function notificationCenterTexts(page: Page): Promise<string[]> {
  await runCommand(page, 'Notifications: Show Notifications');
  const center = page.locator('.notifications-center');
  await center.waitFor({ state: 'visible', timeout: DEFAULT_UI_TIMEOUT });
  const texts = await center.locator('.notification-list-item-message').allInnerTexts();
  await runCommand(page, 'Notifications: Hide Notifications');
  return texts;
}

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The summary webview's page (inside the webview's two frames). */
export function summaryFrame(page: Page): FrameLocator {
  return page.frameLocator(selectors.webviewFrame).frameLocator(selectors.webviewContentFrame);
}

/** 1-based line of the first line starting with `prefix`, found with the editor's Find widget. */
export async function lineNumberOf(page: Page, prefix: string): Promise<number> {
  const cursor = async (): Promise<string> => (await page.locator(selectors.statusBarItem).allInnerTexts()).find((text) => /Ln \d+, Col \d+/.test(text)) ?? '';
  // A selection left from an earlier step would read as the match (CI: a match at line 20 read as
  // the line 6 selected before): the cursor goes to the text's start first, with nothing selected.
  await page.keyboard.press('Control+Home');
  await pollUntil(async () => /Ln 1, Col 1\b/.test(await cursor()) && !/selected/.test(await cursor()), 10_000, () => 'the cursor at the text’s start, nothing selected');
  await page.keyboard.press('Control+f');
  await page.locator('.find-widget.visible textarea, .find-widget.visible input').first().waitFor({ state: 'visible', timeout: 10_000 });
  await page.keyboard.type(prefix);
  await page.keyboard.press('Enter');
  await page.keyboard.press('Escape');
  let line = 0;
  // Find selects the match. Until the status bar shows that selection it may show the cursor at the
  // start, or a match of the prefix's first letters as they were typed (CI: 'docker ' of a heading
  // read as 'docker run -it alpine sh'): only a selection as long as the prefix is the match.
  await pollUntil(
    async () => {
      const match = /Ln (\d+), Col \d+ \((\d+) selected\)/.exec(await cursor());
      line = match && Number(match[2]) === prefix.length ? Number(match[1]) : 0;
      return line > 0;
    },
    10_000,
    () => 'the cursor position in the status bar',
  );
  return line;
}

/** Waits for a module's row in the tree: its label leads with the time ("18 min · Video: …"). */
export async function waitForModuleRow(page: Page, title: string, timeout = DEFAULT_UI_TIMEOUT): Promise<TreeRow> {
  let found: TreeRow | undefined;
  await pollUntil(
    async () => {
      found = (await viewRows(page, treeView)).find((row) => row.label.endsWith(` · ${title}`));
      return found !== undefined;
    },
    timeout,
    async () => `the ${treeView} view to list the module ${JSON.stringify(title)}; it lists: ${JSON.stringify((await viewRows(page, treeView)).map((row) => row.label))}`,
  );
  return found as TreeRow;
}

/** The class's git history (a branch per student), in ../shared beside the project. */
export const classHistory = path.resolve(__dirname, '../../../shared/corpus/class-history.bundle');

/**
 * Whether the class history is there; where it is not, a test that says so and skips stands in for
 * the describe's tests (call in a describe body, and return when false).
 */
export function haveClassHistory(): boolean {
  if (existsSync(classHistory)) return true;
  it('needs the class history', function () {
    log(`skipped: the class history is not at ${classHistory}; it lives in ../shared beside the project`);
    this.skip();
  });
  return false;
}

/** In a `before`: skips the suite, saying why, when the corpus notes it needs are not beside the clone. */
export function skipWithoutCorpus(context: Mocha.Context, needed: string): void {
  if (existsSync(needed)) return;
  console.log(`      SKIPPED: no corpus notes at ${needed} (../shared is not beside the clone).`);
  context.skip();
}

/** Fills a spec's workspace with a clone of one student's notes and their history. */
export function cloneStudent(student: string): (workspace: string) => Promise<void> {
  return async (workspace) => {
    execFileSync('git', ['clone', '-q', '--branch', `students/${student}`, classHistory, workspace]);
  };
}
