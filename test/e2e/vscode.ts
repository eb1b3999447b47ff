/**
 * E2E harness: a real VS Code (code-server, in Debian's Chromium driven by
 * playwright-core). Install first with `scripts/setup-e2e.sh`.
 *
 * Neither code-server nor playwright-core is a dependency of the project: both
 * live in the e2e cache dir, and playwright-core is loaded from there at run
 * time. Hence the small local interfaces below instead of playwright's types.
 *
 * Every wait here waits on UI or process state with a deadline, never a fixed
 * sleep: a fixed sleep is either too short on a loaded CI machine or wasted
 * time everywhere else.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { createWriteStream, existsSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import os from 'node:os';
import path from 'node:path';

// ---------------------------------------------------------------------------
// Selectors: all of VS Code's DOM knowledge lives here, so that a VS Code
// upgrade that renames a class is fixed in one place. Verified against
// code-server 4.100.3 (VS Code 1.100.3).
// ---------------------------------------------------------------------------
export const selectors = {
  /** Root of the workbench; present as soon as the shell has rendered. */
  workbench: '.monaco-workbench',
  /** The parts that must be on screen before the workbench is usable. */
  activityBar: '.part.activitybar',
  statusBar: '.part.statusbar',
  editorPart: '.part.editor',
  sideBar: '.part.sidebar',
  panel: '.part.panel',
  /**
   * Activity bar entries: li.action-item[role=tab] (aria-selected="true" when
   * its container is open) around an a.action-label whose aria-label is the
   * container's title, plus its keybinding and badge when it has them:
   * "Explorer (Ctrl+Shift+E) - 1 unsaved file". A contributed container
   * titled "Study Notes" shows as "Study Notes". Click the li: the badge
   * overlaps the <a> and swallows its clicks.
   */
  activityBarItem: '.part.activitybar .monaco-action-bar li.action-item',
  activityBarItemLabel: 'a.action-label',
  /** Title of the open side bar container (CSS upper-cases it on screen only). */
  sideBarTitle: '.part.sidebar .composite.title h2',
  /** Quick Open / Command Palette share one widget. */
  quickInput: '.quick-input-widget',
  quickInputBox: '.quick-input-widget .quick-input-box input',
  /** Title bar of a quick pick or input box an extension shows (its `title` option). */
  quickInputTitle: '.quick-input-widget .quick-input-title',
  quickInputRow: '.quick-input-widget .quick-input-list .monaco-list-row',
  /** Label part of a quick input row (command title or file name). */
  quickInputRowLabel: '.monaco-icon-label .label-name',
  /** Editor tabs carry the file's base name in data-resource-name. */
  activeTab: '.part.editor .tabs-container .tab.active',
  tabByName: (name: string) => `.part.editor .tabs-container .tab[data-resource-name=${cssString(name)}]`,
  /** The code editor of the active editor group. */
  activeEditor: '.part.editor .editor-group-container.active .monaco-editor',
  /** Rendered lines (only those in view: Monaco virtualises), each a .view-line placed by style.top. */
  editorLines: '.view-lines',
  editorLine: '.view-line',
  /** Shown while the workbench restores the workspace at start-up. */
  startupProgress: '.monaco-workbench .monaco-progress-container.active.infinite',
  /**
   * Suggest widget: a row per item (role=option, aria-label "label, Kind"),
   * label in .label-name, detail in .details-label; the focused one has
   * .focused. Rows are virtualised: only those in view exist.
   */
  suggestWidget: '.monaco-editor .suggest-widget',
  suggestWidgetVisible: '.monaco-editor .suggest-widget.visible',
  suggestRow: '.monaco-editor .suggest-widget.visible .monaco-list-row',
  suggestRowLabel: '.label-name',
  suggestRowDetail: '.details-label',
  /**
   * Problems panel: a tree of file rows (aria-level 1, file name in
   * .label-name) and marker rows (aria-level 2). A marker row has
   * .marker-icon.{error|warning|info}, .marker-message, .marker-source,
   * .marker-code and .marker-line "[Ln 13, Col 20]"; its aria-label reads
   * "Warning: <message> at line 13 and character 20.".
   */
  problemsPanel: '.markers-panel',
  problemsRow: '.markers-panel .monaco-list-row',
  problemsRowParts: {
    icon: '.marker-icon',
    message: '.marker-message',
    source: '.marker-source',
    code: '.marker-code',
    position: '.marker-line',
    fileName: '.label-name',
  },
  /**
   * Side bar view panes (Explorer's "Outline", a custom tree view, ...). The
   * header's h3.title holds the view name; rows are list rows in its body.
   */
  sideBarPane: '.part.sidebar .split-view-view .pane',
  paneHeader: '.pane-header',
  paneTitle: '.pane-header h3.title',
  paneBody: '.pane-body',
  paneRow: '.monaco-list-row',
  /**
   * Parts of a tree row (Outline, custom TreeView): TreeItem.label in
   * .label-name, TreeItem.description in .label-description; depth in
   * aria-level, expansion in aria-expanded.
   */
  treeRowParts: { label: '.label-name', description: '.label-description' },
  /** Status bar entries; the element id is the entry id (e.g. status.problems). */
  statusBarItem: '.part.statusbar .statusbar-item',
  /**
   * A webview panel's content: an outer iframe.webview (hidden ones stay in the DOM, without
   * .ready or invisible) holding the extension's document in iframe#active-frame.
   */
  webviewFrame: 'iframe.webview.ready',
  webviewContentFrame: '#active-frame',
  /** Context menus (tree rows, editor): an a.action-menu-item per action, its title in span.action-label. */
  contextMenu: '.context-view .monaco-menu',
  contextMenuItem: '.context-view .monaco-menu .action-menu-item',
  /**
   * The Quick Fix menu (Ctrl+., the lightbulb): an action widget with a .monaco-list-row.action per
   * code action, its title in span.title.
   */
  actionWidget: '.action-widget',
  actionWidgetRow: '.action-widget .monaco-list-row.action',
  /** The message an editor shows over the cursor, e.g. "No code actions available". */
  editorMessage: '.monaco-editor-overlaymessage',
  /** Diagnostics drawn in the editor, by severity: a hint is drawn as dots, and is not listed in the Problems panel. */
  hintDecoration: '.squiggly-hint',
  /** A hover that VS Code manages (a status bar entry's tooltip). */
  hover: '.workbench-hover',
  /** Notification toasts (an extension's showErrorMessage & co. land here). */
  notificationToast: '.notifications-toasts .notification-toast',
  notificationMessage: '.notification-list-item-message',
} as const;

/** Settings that keep the first start deterministic and off the network. */
export const defaultSettings: Readonly<Record<string, unknown>> = {
  'workbench.startupEditor': 'none',
  'security.workspace.trust.enabled': false,
  'telemetry.telemetryLevel': 'off',
  'extensions.autoCheckUpdates': false,
  'extensions.autoUpdate': false,
  'extensions.ignoreRecommendations': true,
  'update.mode': 'none',
  'workbench.tips.enabled': false,
  'workbench.enableExperiments': false,
  'workbench.welcomePage.walkthroughs.openOnInstall': false,
  // Auxiliary UI that could open over the editor and steal focus or clicks.
  'workbench.secondarySideBar.defaultVisibility': 'hidden',
  'chat.commandCenter.enabled': false,
  'git.enabled': false,
  'git.openRepositoryInParentFolders': 'never',
  // Autosave would turn "typed text" into "saved file" at a random moment.
  'files.autoSave': 'off',
};

// ---------------------------------------------------------------------------
// Minimal local views of playwright-core's API (see the header comment).
// ---------------------------------------------------------------------------
/**
 * The little of the browser DOM that page-side callbacks (evaluate,
 * evaluateAll) use: the tsconfig has no "dom" lib, and adding it would change
 * globals such as setTimeout for the whole project. Such callbacks run in the
 * page, so they can reach only their arguments and the page's globals.
 */
export interface DomElement {
  readonly id: string;
  readonly textContent: string | null;
  readonly innerText: string;
  readonly offsetParent: unknown;
  readonly classList: { contains(token: string): boolean };
  readonly style: { top: string };
  /** Layout, for what a narrow side bar cuts. */
  readonly scrollWidth: number;
  readonly clientWidth: number;
  readonly parentElement: DomElement | null;
  getAttribute(name: string): string | null;
  querySelector(selector: string): DomElement | null;
  querySelectorAll(selector: string): ArrayLike<DomElement> & Iterable<DomElement>;
}
/** Page globals for callbacks: `(globalThis as unknown as PageGlobals).document`. */
export interface PageGlobals {
  document: { querySelector(selector: string): (DomElement & { value?: string }) | null };
}

export interface WaitOptions {
  state?: 'attached' | 'detached' | 'visible' | 'hidden';
  timeout?: number;
}
export interface Locator {
  locator(selector: string): Locator;
  filter(options: { hasText?: string | RegExp; hasNotText?: string | RegExp; has?: Locator }): Locator;
  first(): Locator;
  last(): Locator;
  nth(index: number): Locator;
  /** Matches what either locator matches. */
  or(other: Locator): Locator;
  count(): Promise<number>;
  all(): Promise<Locator[]>;
  waitFor(options?: WaitOptions): Promise<void>;
  click(options?: { timeout?: number; button?: 'left' | 'right' | 'middle' }): Promise<void>;
  hover(options?: { timeout?: number }): Promise<void>;
  isVisible(): Promise<boolean>;
  scrollIntoViewIfNeeded(options?: { timeout?: number }): Promise<void>;
  boundingBox(options?: { timeout?: number }): Promise<Box | null>;
  innerText(options?: { timeout?: number }): Promise<string>;
  textContent(options?: { timeout?: number }): Promise<string | null>;
  getAttribute(name: string, options?: { timeout?: number }): Promise<string | null>;
  inputValue(options?: { timeout?: number }): Promise<string>;
  fill(value: string, options?: { timeout?: number }): Promise<void>;
  allInnerTexts(): Promise<string[]>;
  /** Waits for the element, then runs `fn` on it. */
  evaluate<R>(fn: (element: DomElement) => R): Promise<R>;
  evaluateAll<R>(fn: (elements: DomElement[]) => R): Promise<R>;
  evaluateAll<R, A>(fn: (elements: DomElement[], arg: A) => R, arg: A): Promise<R>;
}
export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}
export interface Mouse {
  move(x: number, y: number, options?: { steps?: number }): Promise<void>;
  down(): Promise<void>;
  up(): Promise<void>;
}
export interface Keyboard {
  press(key: string, options?: { delay?: number }): Promise<void>;
  type(text: string, options?: { delay?: number }): Promise<void>;
  insertText(text: string): Promise<void>;
}
/** A frame inside the page (a webview's iframe, itself inside an iframe). */
export interface FrameLocator {
  locator(selector: string): Locator;
  frameLocator(selector: string): FrameLocator;
}
export interface Page {
  frameLocator(selector: string): FrameLocator;
  goto(url: string, options?: { waitUntil?: 'load' | 'domcontentloaded' | 'networkidle' | 'commit'; timeout?: number }): Promise<unknown>;
  waitForEvent(event: 'load', options?: { timeout?: number }): Promise<unknown>;
  locator(selector: string): Locator;
  keyboard: Keyboard;
  mouse: Mouse;
  screenshot(options: { path: string; fullPage?: boolean; clip?: Box }): Promise<Buffer>;
  waitForFunction<R, A>(fn: (arg: A) => R, arg: A, options?: { timeout?: number; polling?: number | 'raf' }): Promise<unknown>;
  evaluate<R, A>(fn: (arg: A) => R, arg: A): Promise<R>;
  on(event: 'console', listener: (message: { type(): string; text(): string }) => void): void;
  on(event: 'pageerror', listener: (error: Error) => void): void;
  close(): Promise<void>;
  isClosed(): boolean;
}
export interface BrowserContext {
  newPage(): Promise<Page>;
  addInitScript(script: { content: string }): Promise<void>;
  close(): Promise<void>;
}
export interface Browser {
  newContext(options?: { viewport?: { width: number; height: number }; deviceScaleFactor?: number }): Promise<BrowserContext>;
  close(): Promise<void>;
  version(): string;
}
interface ChromiumLauncher {
  launch(options: {
    executablePath: string;
    headless: boolean;
    args: string[];
    handleSIGINT?: boolean;
    handleSIGTERM?: boolean;
    timeout?: number;
  }): Promise<Browser>;
}

// ---------------------------------------------------------------------------
// Paths and process cleanup
// ---------------------------------------------------------------------------
export function e2eCacheDir(): string {
  return process.env.STUDY_NOTES_E2E_CACHE || path.join(os.homedir(), '.cache', 'study-notes-e2e');
}

function codeServerEntry(): string {
  const entry = path.join(e2eCacheDir(), 'node_modules', 'code-server', 'out', 'node', 'entry.js');
  if (!existsSync(entry)) {
    throw new Error(`code-server is not installed in ${e2eCacheDir()}: run scripts/setup-e2e.sh first`);
  }
  return entry;
}

function loadChromium(): ChromiumLauncher {
  const req = createRequire(path.join(e2eCacheDir(), 'package.json'));
  let mod: { chromium: ChromiumLauncher };
  try {
    mod = req('playwright-core') as { chromium: ChromiumLauncher };
  } catch (err) {
    throw new Error(`playwright-core is not installed in ${e2eCacheDir()}: run scripts/setup-e2e.sh first (${String(err)})`, { cause: err });
  }
  return mod.chromium;
}

/**
 * Resources still to release, newest last. A test that is interrupted
 * (Ctrl+C) or throws must not leave code-server or Chromium running: on CI
 * they would outlive the job's test step and hold its ports and memory.
 */
const cleanups = new Set<() => Promise<void>>();
/** Synchronous last resort for an abrupt exit: kill code-server's process groups. */
const liveProcessGroups = new Set<number>();
let signalHandlersInstalled = false;
let interruptedBy: NodeJS.Signals | undefined;

/** The signal that interrupted this run, if any: a test's failure after it is a consequence, not a finding. */
export function interruptedBySignal(): NodeJS.Signals | undefined {
  return interruptedBy;
}

function installSignalHandlers(): void {
  if (signalHandlersInstalled) return;
  signalHandlersInstalled = true;
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    // process.on, not once: npx and tsx forward Ctrl+C to this process a
    // second time, and with no listener left tsx's own handler would exit at
    // once, in the middle of stopping code-server.
    process.on(signal, () => {
      if (interruptedBy) return;
      interruptedBy = signal;
      process.stderr.write(`\n[e2e] ${signal}: stopping the browser and code-server\n`);
      void cleanupAll().finally(() => process.exit(signal === 'SIGINT' ? 130 : 143));
    });
  }
  process.on('exit', () => {
    for (const pgid of liveProcessGroups) {
      try {
        process.kill(-pgid, 'SIGKILL');
      } catch {
        // Already gone.
      }
    }
  });
}

let cleanupInFlight: Promise<void> | undefined;

/**
 * Releases every browser and server this process started, newest first. A
 * second caller (say, a finally block while a signal handler is already
 * cleaning up) waits for the same work instead of returning early and
 * letting the process exit half-way.
 */
export function cleanupAll(): Promise<void> {
  cleanupInFlight ??= (async () => {
    try {
      while (cleanups.size > 0) {
        const pending = [...cleanups].reverse();
        cleanups.clear();
        for (const fn of pending) {
          try {
            await fn();
          } catch (err) {
            process.stderr.write(`[e2e] cleanup failed: ${String(err)}\n`);
          }
        }
      }
    } finally {
      cleanupInFlight = undefined;
    }
  })();
  return cleanupInFlight;
}

/**
 * Runs code-server (argv after the script) in this process's group and
 * takes the whole group down when its stdin closes, i.e. when the test
 * process is gone, even by SIGKILL (tsx kills a child that does not answer
 * its signal relay in time), which no exit handler survives. It ignores
 * SIGINT/SIGTERM sent to the group: code-server shuts down on them, and the
 * launcher follows with code-server's exit status.
 */
const LAUNCHER = `
const { spawn } = require('node:child_process');
const child = spawn(process.execPath, process.argv.slice(1), { stdio: ['ignore', 'inherit', 'inherit'] });
const killGroup = () => { try { process.kill(-process.pid, 'SIGKILL'); } catch {} process.exit(1); };
process.stdin.on('end', killGroup);
process.stdin.on('error', killGroup);
process.stdin.resume();
for (const s of ['SIGINT', 'SIGTERM', 'SIGHUP']) process.on(s, () => {});
child.on('error', (err) => { console.error(String(err)); process.exit(127); });
child.on('exit', (code, signal) => process.exit(code ?? (signal ? 128 : 0)));
`;

// ---------------------------------------------------------------------------
// code-server
// ---------------------------------------------------------------------------
export interface CodeServerOptions {
  /** Folder opened as the workspace. */
  workspace: string;
  /** Where extensions live (installVsix into the same dir). Default: inside userDataDir. */
  extensionsDir?: string;
  /**
   * VS Code's user data (User/settings.json, logs, state). Default: a new temp
   * dir, removed by stop(); a dir passed in is left alone (it holds the logs
   * to look at after a failure).
   */
  userDataDir?: string;
  /** Merged over defaultSettings into User/settings.json. */
  settings?: Record<string, unknown>;
  /** Default: a free port chosen by the OS. */
  port?: number;
  /** How long to wait for the server to answer HTTP. */
  startTimeoutMs?: number;
}

export interface CodeServer {
  url: string;
  port: number;
  userDataDir: string;
  extensionsDir: string;
  /** code-server's own stdout+stderr, for failure messages. */
  logFile: string;
  /** Last lines of the log. */
  logTail(lines?: number): Promise<string>;
  stop(): Promise<void>;
}

/**
 * Env for every code-server process: its config.yaml and data (coder-logs)
 * go under userDataDir instead of the developer's ~/.config and ~/.local.
 */
function codeServerEnv(stateDir: string): NodeJS.ProcessEnv {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    XDG_CONFIG_HOME: path.join(stateDir, 'xdg-config'),
    XDG_DATA_HOME: path.join(stateDir, 'xdg-data'),
  };
  // Run from a VS Code terminal, the VSCODE_* variables (IPC hook, CLI) would
  // make code-server talk to that VS Code instead of starting its own.
  for (const key of Object.keys(env)) if (key.startsWith('VSCODE_')) delete env[key];
  return env;
}

export async function startCodeServer(options: CodeServerOptions): Promise<CodeServer> {
  installSignalHandlers();
  const entry = codeServerEntry();
  const ownsUserDataDir = options.userDataDir === undefined;
  const userDataDir = options.userDataDir ?? (await mkdtempDir('study-notes-e2e-user-'));
  const extensionsDir = options.extensionsDir ?? path.join(userDataDir, 'extensions');
  await mkdir(path.join(userDataDir, 'User'), { recursive: true });
  await mkdir(extensionsDir, { recursive: true });
  await writeFile(
    path.join(userDataDir, 'User', 'settings.json'),
    JSON.stringify({ ...defaultSettings, ...options.settings }, null, 2),
  );

  const logFile = path.join(userDataDir, 'code-server.log');
  const log = createWriteStream(logFile, { flags: 'a' });
  await new Promise<void>((resolve, reject) => {
    log.once('open', () => resolve());
    log.once('error', reject);
  });
  const args = [
    entry,
    '--bind-addr', `127.0.0.1:${options.port ?? 0}`,
    '--auth', 'none',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-workspace-trust',
    '--disable-getting-started-override',
    '--user-data-dir', userDataDir,
    '--extensions-dir', extensionsDir,
    options.workspace,
  ];
  // detached: its own process group, so stop() reaches the extension host and
  // other children too, not only the entry process. The stdin pipe is the
  // launcher's lifeline to this process (see LAUNCHER).
  const child = spawn(process.execPath, ['-e', LAUNCHER, ...args], {
    env: codeServerEnv(userDataDir),
    stdio: ['pipe', 'pipe', 'pipe'],
    detached: true,
  });
  if (child.pid === undefined) throw new Error(`could not spawn code-server (${entry})`);
  const pid = child.pid;
  liveProcessGroups.add(pid);

  let output = '';
  let exited: { code: number | null; signal: NodeJS.Signals | null } | undefined;
  const exitPromise = new Promise<void>((resolve) => {
    child.once('exit', (code, signal) => {
      exited = { code, signal };
      liveProcessGroups.delete(pid);
      resolve();
    });
  });
  const onData = (chunk: Buffer) => {
    log.write(chunk);
    // Only the start-up lines are needed to find the port.
    if (output.length < 64 * 1024) output += chunk.toString();
  };
  child.stdout?.on('data', onData);
  child.stderr?.on('data', onData);

  const logTail = async (lines = 40) => tail(await readFile(logFile, 'utf8').catch(() => ''), lines);

  let stopped = false;
  const stop = async () => {
    if (stopped) return;
    stopped = true;
    cleanups.delete(stop);
    if (!exited) {
      killGroup(pid, 'SIGTERM');
      const gone = await Promise.race([exitPromise.then(() => true), delay(5000).then(() => false)]);
      if (!gone) {
        killGroup(pid, 'SIGKILL');
        await exitPromise;
      }
    }
    // The entry process may exit before its children; make sure none is left.
    killGroup(pid, 'SIGKILL');
    child.stdin?.destroy();
    liveProcessGroups.delete(pid);
    await new Promise<void>((resolve) => log.end(resolve));
    if (ownsUserDataDir) await rm(userDataDir, { recursive: true, force: true });
  };
  cleanups.add(stop);

  try {
    const timeoutMs = options.startTimeoutMs ?? 60_000;
    const deadline = Date.now() + timeoutMs;
    let port = options.port;
    // With port 0 the OS picks a free port (no race with other tests); the
    // server logs the one it got.
    while (port === undefined || port === 0) {
      const m = /HTTP server listening on https?:\/\/[^\s:]+:(\d+)/.exec(output);
      if (m) port = Number(m[1]);
      else await waitTick(exited, deadline, 'code-server to log its port', logTail);
    }
    const url = `http://127.0.0.1:${port}/`;
    // Listening is not serving yet: wait until the health endpoint answers.
    for (;;) {
      if (await httpOk(`${url}healthz`)) break;
      await waitTick(exited, deadline, `code-server to answer ${url}healthz`, logTail);
    }
    return { url, port, userDataDir, extensionsDir, logFile, logTail, stop };
  } catch (err) {
    await stop();
    throw err;
  }
}

/** Installs a .vsix with code-server's own CLI, as a user would. */
export async function installVsix(vsix: string, extensionsDir: string): Promise<void> {
  const entry = codeServerEntry();
  await mkdir(extensionsDir, { recursive: true });
  const stateDir = await mkdtempDir('study-notes-e2e-cli-');
  let result: { code: number | null; out: string };
  try {
    result = await runProcess(
      process.execPath,
      [entry, '--extensions-dir', extensionsDir, '--user-data-dir', path.join(stateDir, 'user'), '--install-extension', path.resolve(vsix), '--force'],
      codeServerEnv(stateDir),
      120_000,
    );
  } finally {
    await rm(stateDir, { recursive: true, force: true });
  }
  const { code, out } = result;
  // The CLI can exit 0 after refusing an extension (e.g. an engine
  // mismatch), so require its success line too.
  if (code !== 0 || !/successfully installed/i.test(out)) {
    throw new Error(`installing ${vsix} into ${extensionsDir} failed (exit ${code}):\n${out.trim()}`);
  }
}

// ---------------------------------------------------------------------------
// Browser
// ---------------------------------------------------------------------------
export interface OpenBrowserOptions {
  viewport?: { width: number; height: number };
  /** Print the page's uncaught errors to stderr (default true): a broken webview or extension UI shows up there first. */
  logErrors?: boolean;
  timeoutMs?: number;
}

/** Flags that make Debian's Chromium start as root, headless, on a closed network. */
export const chromiumArgs = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-dev-shm-usage',
];

/** How to close the browser of a page that openBrowser returned. */
const closersOfPages = new WeakMap<Page, () => Promise<void>>();

/**
 * Opens url in a new headless Chromium and returns its page. Close it with
 * closeBrowser(page) (or cleanupAll()).
 */
export async function openBrowser(url: string, options: OpenBrowserOptions = {}): Promise<Page> {
  installSignalHandlers();
  const chromium = loadChromium();
  const browser = await chromium.launch({
    executablePath: process.env.STUDY_NOTES_E2E_CHROMIUM || '/usr/bin/chromium',
    headless: true,
    args: chromiumArgs,
    // Our own handlers stop code-server as well, in the right order.
    handleSIGINT: false,
    handleSIGTERM: false,
    timeout: options.timeoutMs ?? 60_000,
  });
  const close = async () => {
    cleanups.delete(close);
    await browser.close();
  };
  cleanups.add(close);
  try {
    const context = await browser.newContext({ viewport: options.viewport ?? { width: 1400, height: 900 }, deviceScaleFactor: 1 });
    // tsx (esbuild with keepNames) wraps named inner functions in __name(),
    // which then travels inside every function passed to page.evaluate and
    // would throw in the page, where no such helper exists.
    await context.addInitScript({ content: 'globalThis.__name = globalThis.__name || ((fn) => fn);' });
    const page = await context.newPage();
    closersOfPages.set(page, close);
    if (options.logErrors ?? true) {
      page.on('pageerror', (err) => process.stderr.write(`[e2e][page error] ${err.message}\n`));
    }
    await page.goto(url, { waitUntil: 'domcontentloaded', timeout: options.timeoutMs ?? 60_000 });
    return page;
  } catch (err) {
    await close();
    throw err;
  }
}

export async function closeBrowser(page: Page): Promise<void> {
  const close = closersOfPages.get(page);
  closersOfPages.delete(page);
  await close?.();
}

// ---------------------------------------------------------------------------
// Workbench helpers (all wait on UI state)
// ---------------------------------------------------------------------------
export const DEFAULT_UI_TIMEOUT = 30_000;

/** Waits until the workbench's parts are on screen and its start-up progress has ended. */
export async function waitForWorkbench(page: Page, timeout = 60_000): Promise<void> {
  const deadline = Date.now() + timeout;
  for (const sel of [selectors.workbench, selectors.activityBar, selectors.statusBar, selectors.editorPart]) {
    await page.locator(sel).first().waitFor({ state: 'visible', timeout: remaining(deadline, `workbench part ${sel}`) });
  }
  await page.locator(selectors.activityBarItem).first().waitFor({ state: 'visible', timeout: remaining(deadline, 'activity bar items') });
  // Start-up shows an indeterminate progress bar while it restores the
  // workspace; keys sent before it ends can land in a half-built layout.
  await page.waitForFunction((sel) => !(globalThis as unknown as PageGlobals).document.querySelector(sel), selectors.startupProgress, {
    timeout: remaining(deadline, 'workbench start-up progress to end'),
  });
}

/** Opens a workspace file through Quick Open, as a user would, and waits for its tab to be active. */
export async function openFile(page: Page, relativePath: string, timeout = DEFAULT_UI_TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  const name = path.posix.basename(relativePath.replace(/\\/g, '/'));
  await page.keyboard.press('Control+P');
  const box = page.locator(selectors.quickInputBox);
  await box.waitFor({ state: 'visible', timeout: remaining(deadline, 'Quick Open') });
  await page.keyboard.type(relativePath);
  // Wait for the file search to answer, then pick the row by name: Enter
  // would take whatever is first, maybe a recently opened file.
  const row = page
    .locator(selectors.quickInputRow)
    .filter({ has: page.locator(selectors.quickInputRowLabel).filter({ hasText: exactText(name) }) })
    .first();
  await row.waitFor({ state: 'visible', timeout: remaining(deadline, `Quick Open to list ${name}`) });
  await row.click({ timeout: remaining(deadline, `pick ${name} in Quick Open`) });
  await page.locator(selectors.quickInput).waitFor({ state: 'hidden', timeout: remaining(deadline, 'Quick Open to close') });
  await page
    .locator(`${selectors.activeTab}[data-resource-name=${cssString(name)}]`)
    .waitFor({ state: 'visible', timeout: remaining(deadline, `editor tab ${name} to be active`) });
  await page
    .locator(`${selectors.activeEditor} ${selectors.editorLines}`)
    .first()
    .waitFor({ state: 'visible', timeout: remaining(deadline, `editor of ${name}`) });
}

/**
 * Runs the item `label` of the open context menu by keyboard. A menu opens under the pointer that
 * opened it, and Chromium 156.0.8078.79 lets VS Code take a click on a one-item menu there for the
 * right button's release: the menu stayed open and nothing ran.
 */
export async function chooseContextMenuItem(page: Page, label: string): Promise<void> {
  const item = page.locator(selectors.contextMenuItem).filter({ hasText: label }).first();
  await item.waitFor({ state: 'visible', timeout: 30_000 });
  await item.hover();
  await page.keyboard.press('Enter');
  await page.locator(selectors.contextMenu).waitFor({ state: 'hidden', timeout: 10_000 });
}

/** How long a step in the Command Palette may wait for its box before the palette is opened again. */
const paletteRetryMs = 3000;

/**
 * Runs a command by its Command Palette label (e.g. "View: Toggle Word Wrap").
 * Picks the row whose label is exactly that text, not merely the first match.
 * A command that asks for input (a quick pick, an input box) reuses the
 * palette's widget, which then may never be seen closing: pass `opens`, the
 * title of what it shows, to wait for that instead.
 */
export async function runCommand(page: Page, label: string, timeout = DEFAULT_UI_TIMEOUT, opens?: string): Promise<void> {
  const deadline = Date.now() + timeout;
  const box = page.locator(selectors.quickInputBox);
  const openPalette = async () => {
    await page.keyboard.press('F1');
    await box.waitFor({ state: 'visible', timeout: remaining(deadline, 'Command Palette') });
    await page.waitForFunction(
      (sel) => (globalThis as unknown as PageGlobals).document.querySelector(sel)?.value?.startsWith('>') ?? false,
      selectors.quickInputBox,
      { timeout: remaining(deadline, 'Command Palette prefix ">"') },
    );
  };
  await openPalette();
  await page.keyboard.type(label);
  const row = page
    .locator(selectors.quickInputRow)
    .filter({ has: page.locator(selectors.quickInputRowLabel).filter({ hasText: exactText(label) }) })
    .first();
  const typed = `>${label}`;
  const retyped: string[] = [];
  try {
    await pollUntil(
      async () => {
        if (await row.isVisible()) return true;
        // Once in a full CI run the palette lost the focus as the label was typed (the timer started from the tree had just gone idle) and closed: it is opened again, as a user would.
        if (!(await box.isVisible())) {
          retyped.push('(closed)');
          await openPalette();
        }
        // Once in a full e2e run the palette showed its unfiltered list with the label typed: what the box holds is checked, and typed again as a user would.
        // A box that closes again meanwhile (a clean-clone CI saw it twice in a row) is not waited on to the deadline: the next round opens it again.
        const briefly = { timeout: Math.min(paletteRetryMs, remaining(deadline, 'the Command Palette box')) };
        const held = await box.inputValue(briefly).catch(() => undefined);
        if (held !== typed) {
          retyped.push(held ?? '(closed while read)');
          await box.fill(typed, briefly).catch(() => retyped.push('(closed while typed)'));
        }
        return false;
      },
      remaining(deadline, `command "${label}"`),
      () => `command "${label}" in the Command Palette`,
    );
  } catch (err) {
    const offered = await page.locator(`${selectors.quickInputRow} ${selectors.quickInputRowLabel}`).allInnerTexts().catch(() => []);
    await page.keyboard.press('Escape');
    const lost = retyped.length ? `\nthe box held ${JSON.stringify(retyped)} and was typed again` : '';
    throw new Error(`${(err as Error).message}\nCommand Palette offered: ${JSON.stringify(offered)}${lost}`, { cause: err });
  }
  if (retyped.length) console.log(`      [e2e] the Command Palette held ${JSON.stringify(retyped)} for ${JSON.stringify(typed)}: typed again`);
  await row.click({ timeout: remaining(deadline, `click command "${label}"`) });
  if (opens === undefined) {
    await page.locator(selectors.quickInput).waitFor({ state: 'hidden', timeout: remaining(deadline, 'Command Palette to close') });
    return;
  }
  await page
    .locator(selectors.quickInputTitle)
    .filter({ hasText: exactText(opens) })
    .first()
    .waitFor({ state: 'visible', timeout: remaining(deadline, `"${label}" to show "${opens}"`) });
}

export async function screenshot(page: Page, dir: string, name: string): Promise<string> {
  await mkdir(dir, { recursive: true });
  const file = path.join(dir, name.endsWith('.png') ? name : `${name}.png`);
  await page.screenshot({ path: file });
  return file;
}

// --- editor -------------------------------------------------------------------

/**
 * Focuses the active text editor so that keyboard input goes to it, keeping
 * its cursor where it was (a click would move it).
 */
export async function focusEditor(page: Page, timeout = DEFAULT_UI_TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  const focused = page.locator(`${selectors.activeEditor}.focused`).first();
  if (await focused.isVisible()) return;
  await runCommand(page, 'View: Focus Active Editor Group', remaining(deadline, 'focus the editor group'));
  await focused.waitFor({ state: 'visible', timeout: remaining(deadline, 'editor focus') });
}

/**
 * Text of the active editor's rendered lines (Monaco only renders the lines in
 * view, so this is what the user sees, not necessarily the whole file).
 */
export async function editorVisibleText(page: Page): Promise<string> {
  return page.locator(`${selectors.activeEditor} ${selectors.editorLines}`).first().evaluateAll((els, lineSelector) => {
    const root = els[0];
    if (!root) return '';
    const lines = [...root.querySelectorAll(lineSelector)]
      .map((el) => ({ top: parseFloat(el.style.top || '0'), text: (el.textContent ?? '').replace(/\u00a0/g, ' ') }))
      .sort((a, b) => a.top - b.top);
    return lines.map((l) => l.text).join('\n');
  }, selectors.editorLine);
}

/** Waits until the active editor shows text containing `text`. */
export async function waitForEditorText(page: Page, text: string, timeout = DEFAULT_UI_TIMEOUT): Promise<void> {
  await pollUntil(async () => (await editorVisibleText(page)).includes(text), timeout, async () => `editor to show ${JSON.stringify(text)}; it shows:\n${await editorVisibleText(page)}`);
}

/**
 * Runs the code action `title` at the cursor from the Quick Fix menu (Ctrl+., what the lightbulb
 * opens), as a user picks it: by the keyboard, as a pointer block over the editor takes the
 * menu's clicks. The menu lists what the server offered once its answer is in: the row is waited
 * for, not assumed.
 */
export async function chooseQuickFix(page: Page, title: string, timeout = DEFAULT_UI_TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  await openQuickFixMenu(page, deadline);
  const rows = page.locator(selectors.actionWidgetRow);
  const offered = async () => JSON.stringify(await rows.allInnerTexts().catch(() => []));
  const row = rows.filter({ hasText: title }).first();
  try {
    await row.waitFor({ state: 'visible', timeout: remaining(deadline, `quick fix ${JSON.stringify(title)}`) });
    // The menu opens on its first row; each Down focuses the next, and a row shows it by `.focused`.
    await pollUntil(
      async () => {
        if ((await row.getAttribute('class'))?.split(' ').includes('focused')) return true;
        await page.keyboard.press('ArrowDown');
        return false;
      },
      remaining(deadline, `quick fix ${JSON.stringify(title)} to be focused`),
      async () => `quick fix ${JSON.stringify(title)} to be focused; the menu offers ${await offered()}`,
    );
  } catch (err) {
    const shown = await offered();
    await page.keyboard.press('Escape');
    throw new Error(`${(err as Error).message}\nthe Quick Fix menu offered: ${shown}`, { cause: err });
  }
  await page.keyboard.press('Enter');
  await page.locator(selectors.actionWidget).first().waitFor({ state: 'hidden', timeout: remaining(deadline, 'the Quick Fix menu to close') });
}

/**
 * Opens the Quick Fix menu at the cursor. VS Code asks the server with the diagnostics it holds at
 * that moment; when it answers "No code actions available" (it can, between an edit and the
 * diagnostics read after it), a user closes the message and asks again, and so does this. (Escape
 * alone left the message up for 30 s once, on a desktop extension host: the retry never came.)
 */
async function openQuickFixMenu(page: Page, deadline: number): Promise<void> {
  const menu = page.locator(`${selectors.actionWidget}:visible`);
  const refusal = page.locator(`${selectors.activeEditor} ${selectors.editorMessage}:visible`);
  const refusals: string[] = [];
  try {
    for (;;) {
      await page.keyboard.press('Control+.');
      await menu.or(refusal).first().waitFor({ state: 'visible', timeout: remaining(deadline, 'the Quick Fix menu') });
      if ((await menu.count()) > 0) return;
      refusals.push((await refusal.allInnerTexts()).join(' '));
      // Escape closes the message where the editor has the keyboard; a move of the cursor, there and back, closes it anywhere.
      await page.keyboard.press('Escape');
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowLeft');
      await refusal.first().waitFor({ state: 'hidden', timeout: remaining(deadline, "VS Code's message to go") });
    }
  } catch (err) {
    if (!refusals.length) throw err;
    throw new Error(`${(err as Error).message}\nasked ${refusals.length} times, VS Code answered: ${JSON.stringify([...new Set(refusals)])}`, { cause: err });
  }
}

/** How many hint diagnostics the active editor draws (in the lines it renders). */
export async function hintDecorations(page: Page): Promise<number> {
  return page.locator(`${selectors.activeEditor} ${selectors.hintDecoration}`).count();
}

// --- suggest widget -----------------------------------------------------------

/** Triggers suggestions (Ctrl+Space) in the focused editor and returns the offered labels. */
export async function triggerSuggest(page: Page, timeout = DEFAULT_UI_TIMEOUT): Promise<string[]> {
  await page.keyboard.press('Control+Space');
  return waitForSuggestions(page, timeout);
}

/** Waits for the suggest widget to show at least one row and returns the rows' labels. */
export async function waitForSuggestions(page: Page, timeout = DEFAULT_UI_TIMEOUT): Promise<string[]> {
  await page.locator(selectors.suggestRow).first().waitFor({ state: 'visible', timeout });
  return suggestionLabels(page);
}

/** Labels of the rows the suggest widget currently renders (it virtualises: the first ~12). */
export async function suggestionLabels(page: Page): Promise<string[]> {
  return page.locator(`${selectors.suggestRow} ${selectors.suggestRowLabel}`).allInnerTexts();
}

export interface SuggestRow {
  label: string;
  /** CompletionItem.detail as shown on the right (empty if none or not shown). */
  detail: string;
  /** "label, Kind" (e.g. "algebra, Text"): carries the item kind. */
  ariaLabel: string;
  /** The row Enter would accept. */
  focused: boolean;
}

export async function suggestionRows(page: Page): Promise<SuggestRow[]> {
  return page.locator(selectors.suggestRow).evaluateAll(
    (rows, sel) =>
      rows
        .map((row) => ({
          top: parseFloat(row.style.top || '0'),
          label: (row.querySelector(sel.label)?.textContent ?? '').trim(),
          detail: (row.querySelector(sel.detail)?.textContent ?? '').trim(),
          ariaLabel: row.getAttribute('aria-label') ?? '',
          focused: row.classList.contains('focused'),
        }))
        // DOM order is not display order once the list has scrolled.
        .sort((a, b) => a.top - b.top)
        .map(({ label, detail, ariaLabel, focused }) => ({ label, detail, ariaLabel, focused })),
    { label: selectors.suggestRowLabel, detail: selectors.suggestRowDetail },
  );
}

/**
 * Waits until the suggest widget lists `label`. Providers answer at different
 * times (word-based ones first), so the first rows seen may not include it.
 */
export async function waitForSuggestion(page: Page, label: string, timeout = DEFAULT_UI_TIMEOUT): Promise<SuggestRow[]> {
  let rows: SuggestRow[] = [];
  await pollUntil(
    async () => {
      rows = await suggestionRows(page);
      return rows.some((r) => r.label === label);
    },
    timeout,
    async () => `suggestion ${JSON.stringify(label)}; the suggest widget shows: ${JSON.stringify((await suggestionRows(page)).map((r) => r.label))}`,
  );
  return rows;
}

// --- problems panel -------------------------------------------------------------

export interface ProblemRow {
  /** 'file' rows group the markers of one resource. */
  kind: 'file' | 'marker';
  severity?: 'error' | 'warning' | 'info';
  /** The marker's message, or the file name of a file row. */
  text: string;
  /** Diagnostic source and code as shown (empty when the provider set none). */
  source: string;
  code: string;
  /** 1-based position of a marker. */
  line?: number;
  column?: number;
  /** What a screen reader says, e.g. "Warning: <message> at line 13 and character 20.". */
  ariaLabel: string;
}

/** Opens (or focuses) the Problems panel and waits for it to render. */
export async function openProblemsPanel(page: Page, timeout = DEFAULT_UI_TIMEOUT): Promise<void> {
  await runCommand(page, 'View: Focus Problems (Errors, Warnings, Infos)', timeout);
  await page.locator(selectors.problemsPanel).first().waitFor({ state: 'visible', timeout });
}

/** Rows the Problems panel currently renders (it virtualises long lists). */
export async function problemRows(page: Page): Promise<ProblemRow[]> {
  return page.locator(selectors.problemsRow).evaluateAll(
    (rows, part) =>
      rows.map((row): ProblemRow => {
        const text = (sel: string) => (row.querySelector(sel)?.textContent ?? '').trim();
        const icon = row.querySelector(part.icon);
        const ariaLabel = row.getAttribute('aria-label') ?? '';
        if (!icon) return { kind: 'file', text: text(part.fileName), source: '', code: '', ariaLabel };
        const severity = (['error', 'warning', 'info'] as const).find((s) => icon.classList.contains(s));
        const pos = /Ln (\d+), Col (\d+)/.exec(text(part.position));
        return {
          kind: 'marker',
          ...(severity ? { severity } : {}),
          text: text(part.message),
          source: text(part.source),
          code: text(part.code),
          ...(pos ? { line: Number(pos[1]), column: Number(pos[2]) } : {}),
          ariaLabel,
        };
      }),
    selectors.problemsRowParts,
  );
}

/** Waits until the Problems panel lists a marker whose message contains `text`; returns the matches. */
export async function waitForProblem(page: Page, text: string, timeout = DEFAULT_UI_TIMEOUT): Promise<ProblemRow[]> {
  let found: ProblemRow[] = [];
  await pollUntil(
    async () => {
      found = (await problemRows(page)).filter((r) => r.kind === 'marker' && (r.text.includes(text) || r.ariaLabel.includes(text)));
      return found.length > 0;
    },
    timeout,
    async () => `Problems panel to list ${JSON.stringify(text)}; it lists:\n${JSON.stringify(await problemRows(page), null, 2)}`,
  );
  return found;
}

// --- activity bar, side bar views ----------------------------------------------

/**
 * The activity bar entry (li) of the view container titled `title`; matches
 * "Title", "Title (Keybinding)" and "Title - <badge text>".
 */
export function activityBarItem(page: Page, title: string): Locator {
  const label = selectors.activityBarItemLabel;
  const t = cssString(title);
  return page
    .locator(selectors.activityBarItem)
    .filter({ has: page.locator(`${label}[aria-label=${t}], ${label}[aria-label^=${cssString(`${title} (`)}], ${label}[aria-label^=${cssString(`${title} - `)}]`) });
}

/** Titles of all activity bar entries, e.g. ["Explorer (Ctrl+Shift+E)", "Search (Ctrl+Shift+F)", ...]. */
export async function activityBarTitles(page: Page): Promise<string[]> {
  return page
    .locator(`${selectors.activityBarItem} ${selectors.activityBarItemLabel}`)
    .evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? '').filter((t) => t !== ''));
}

/**
 * Opens a view container (built-in or contributed, e.g. "Study Notes") from
 * the activity bar and waits for the side bar to show it.
 */
export async function openViewContainer(page: Page, title: string, timeout = DEFAULT_UI_TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  const item = activityBarItem(page, title).first();
  try {
    await item.waitFor({ state: 'visible', timeout: remaining(deadline, `activity bar item "${title}"`) });
  } catch (err) {
    throw new Error(`${(err as Error).message}\nActivity bar has: ${JSON.stringify(await activityBarTitles(page))}`, { cause: err });
  }
  // Clicking the container that is already open would close the side bar.
  if ((await item.getAttribute('aria-selected')) !== 'true') await item.click({ timeout: remaining(deadline, `click "${title}"`) });
  // A container with a single view may title itself "Title: View".
  await page
    .locator(selectors.sideBarTitle)
    .filter({ hasText: new RegExp(`^\\s*${escapeRegExp(title)}`, 'i') })
    .first()
    .waitFor({ state: 'visible', timeout: remaining(deadline, `side bar to show "${title}"`) });
}

/** The side bar pane (view) whose header title is `viewTitle`, e.g. "Outline". */
export function sideBarPane(page: Page, viewTitle: string): Locator {
  return page.locator(selectors.sideBarPane).filter({ has: page.locator(selectors.paneTitle).filter({ hasText: exactText(viewTitle) }) });
}

/** Expands a collapsed view pane (e.g. Explorer's "Outline") and waits for its body. */
export async function expandView(page: Page, viewTitle: string, timeout = DEFAULT_UI_TIMEOUT): Promise<void> {
  const deadline = Date.now() + timeout;
  const pane = sideBarPane(page, viewTitle).first();
  await pane.waitFor({ state: 'visible', timeout: remaining(deadline, `view "${viewTitle}"`) });
  const header = pane.locator(selectors.paneHeader).first();
  if ((await header.getAttribute('aria-expanded')) !== 'true') await header.click({ timeout: remaining(deadline, `expand "${viewTitle}"`) });
  await pane.locator(selectors.paneBody).first().waitFor({ state: 'visible', timeout: remaining(deadline, `body of "${viewTitle}"`) });
}

export interface TreeRow {
  /** The label as rendered. */
  label: string;
  /** Secondary text (a tree item's description), if any. */
  description: string;
  /** 1-based depth in the tree. */
  level: number;
  ariaLabel: string;
  expanded?: boolean;
}

/** Rows currently rendered in a side bar view (Outline, a custom tree view, ...). */
export async function viewRows(page: Page, viewTitle: string): Promise<TreeRow[]> {
  return sideBarPane(page, viewTitle)
    .first()
    .locator(`${selectors.paneBody} ${selectors.paneRow}`)
    .evaluateAll(
      (rows, part) =>
        rows.map((row) => {
          const expanded = row.getAttribute('aria-expanded');
          return {
            label: (row.querySelector(part.label)?.textContent ?? row.textContent ?? '').trim(),
            description: (row.querySelector(part.description)?.textContent ?? '').trim(),
            level: Number(row.getAttribute('aria-level') ?? '1'),
            ariaLabel: row.getAttribute('aria-label') ?? '',
            ...(expanded === null ? {} : { expanded: expanded === 'true' }),
          };
        }),
      selectors.treeRowParts,
    );
}

/** Waits until a view lists a row whose label contains `label`; returns all rows then. */
export async function waitForViewRow(page: Page, viewTitle: string, label: string, timeout = DEFAULT_UI_TIMEOUT): Promise<TreeRow[]> {
  let rows: TreeRow[] = [];
  await pollUntil(
    async () => {
      rows = await viewRows(page, viewTitle);
      return rows.some((r) => r.label.includes(label));
    },
    timeout,
    async () => `view "${viewTitle}" to list ${JSON.stringify(label)}; it lists:\n${JSON.stringify(await viewRows(page, viewTitle), null, 2)}`,
  );
  return rows;
}

// --- status bar -------------------------------------------------------------------

export interface StatusBarItem {
  /** Entry id, e.g. "status.problems" or "<publisher.extension>.<id>". */
  id: string;
  text: string;
  ariaLabel: string;
}

export async function statusBarItems(page: Page): Promise<StatusBarItem[]> {
  return page.locator(selectors.statusBarItem).evaluateAll((els) =>
    els
      .filter((el) => el.offsetParent !== null)
      .map((el) => ({
        id: el.id,
        text: (el.innerText ?? '').replace(/\s+/g, ' ').trim(),
        ariaLabel: (el.querySelector('[aria-label]') ?? el).getAttribute('aria-label') ?? '',
      })),
  );
}

/** Waits until some status bar item's text or aria-label matches; returns it. */
export async function waitForStatusBarItem(page: Page, match: string | RegExp, timeout = DEFAULT_UI_TIMEOUT): Promise<StatusBarItem> {
  const test = (s: string) => (typeof match === 'string' ? s.includes(match) : match.test(s));
  let found: StatusBarItem | undefined;
  await pollUntil(
    async () => {
      found = (await statusBarItems(page)).find((i) => test(i.text) || test(i.ariaLabel) || test(i.id));
      return found !== undefined;
    },
    timeout,
    async () => `a status bar item matching ${String(match)}; there are:\n${JSON.stringify(await statusBarItems(page), null, 2)}`,
  );
  return found as StatusBarItem;
}

/** Texts of the notification toasts on screen (an extension's errors land here). */
export async function notificationTexts(page: Page): Promise<string[]> {
  return page.locator(`${selectors.notificationToast} ${selectors.notificationMessage}`).allInnerTexts();
}

// ---------------------------------------------------------------------------
// Small utilities
// ---------------------------------------------------------------------------

/**
 * Re-checks a condition on UI state until it holds. Polling (not a fixed
 * sleep): for states that no single selector expresses, such as "a row whose
 * text contains X".
 */
export async function pollUntil(check: () => Promise<boolean>, timeout: number, describe: () => Promise<string> | string): Promise<void> {
  const deadline = Date.now() + timeout;
  for (;;) {
    if (await check()) return;
    if (Date.now() >= deadline) throw new Error(`timed out after ${timeout} ms waiting for ${await describe()}`);
    await delay(100);
  }
}

function remaining(deadline: number, what: string): number {
  const ms = deadline - Date.now();
  if (ms <= 0) throw new Error(`timed out waiting for ${what}`);
  return ms;
}

async function waitTick(
  exited: { code: number | null; signal: NodeJS.Signals | null } | undefined,
  deadline: number,
  what: string,
  logTail: () => Promise<string>,
): Promise<void> {
  if (exited) throw new Error(`code-server exited (code ${exited.code}, signal ${exited.signal}) before ${what}:\n${await logTail()}`);
  if (Date.now() >= deadline) throw new Error(`timed out waiting for ${what}:\n${await logTail()}`);
  await delay(100);
}

function httpOk(url: string): Promise<boolean> {
  return fetch(url, { signal: AbortSignal.timeout(2000) }).then(
    (r) => r.ok,
    () => false,
  );
}

function killGroup(pgid: number, signal: NodeJS.Signals): void {
  try {
    process.kill(-pgid, signal);
  } catch {
    // The group is gone already.
  }
}

function runProcess(cmd: string, args: string[], env: NodeJS.ProcessEnv, timeoutMs: number): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve, reject) => {
    const child: ChildProcess = spawn(cmd, args, { env, stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout?.on('data', (d: Buffer) => (out += d.toString()));
    child.stderr?.on('data', (d: Buffer) => (out += d.toString()));
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${path.basename(cmd)} ${args.join(' ')} timed out after ${timeoutMs} ms:\n${out}`));
    }, timeoutMs);
    child.once('error', (err) => {
      clearTimeout(timer);
      reject(err);
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code, out });
    });
  });
}

function mkdtempDir(prefix: string): Promise<string> {
  return mkdtemp(path.join(os.tmpdir(), prefix));
}

function delay(ms: number): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}

function tail(text: string, lines: number): string {
  return text.split('\n').slice(-lines).join('\n');
}

/** A quoted CSS attribute value. */
function cssString(value: string): string {
  return JSON.stringify(value);
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Playwright's hasText with a RegExp matches the whole trimmed text exactly. */
function exactText(s: string): RegExp {
  return new RegExp(`^\\s*${escapeRegExp(s)}\\s*$`);
}
