// Study Notes beside VS Code's own Markdown server (vscode-markdown-languageserver, pinned), side by
// side in one run: cold start → first documentSymbol, documentSymbol on an unchanged document, and
// an edit → its fresh diagnostics, pulled as VS Code pulls them. The peer asks its client to parse
// (`markdown/parse`); this client answers with markdown-it's tokens as VS Code does, and that parse
// is counted, as a VS Code user waits for it. They run in alternation, so a busy machine slows both
// alike; each ratio is Study Notes ÷ the peer within one repetition, and the medians are reported.
// The floor server (benchFloorServer.ts) starts beside them: what no server on the same protocol
// library can beat here; and markdown-it's parse alone in a fresh process (benchMarkdownItParse.ts),
// the floor of a big file's first answer. Standalone, on a production build: `node --import tsx scripts/benchPeers.ts`.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import * as esbuild from 'esbuild';
import MarkdownIt from 'markdown-it';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { LineIndex } from '../server/src/notes/lineIndex';
import { readingSettledRequest } from '../server/src/protocol/requests';
import { buildDocument, middleOffset, sourceTexts, stats, type Stats } from '../test/perf/measure';

const root = path.resolve(__dirname, '..');
const peerMain = path.join(root, 'node_modules/vscode-markdown-languageserver/dist/node/workerMain.js');
const studyNotesMain = path.join(root, 'dist/server.js');
const floorMain = path.join(root, '.bench/floorServer.js');
const markdownItMain = path.join(root, '.bench/markdownItParse.js');
/** This build of Study Notes, or another one measured beside it (scripts/benchBundles.ts): it has a precise reading to wait for. */
const isStudyNotes = (main: string): boolean => main !== peerMain && main !== floorMain;

/** Built as our server is for its users: one minified file each. */
async function buildFloors(): Promise<void> {
  const floors = [
    ['scripts/benchFloorServer.ts', floorMain],
    ['scripts/benchMarkdownItParse.ts', markdownItMain],
  ];
  await Promise.all(floors.map(([entry, outfile]) => esbuild.build({ entryPoints: [path.join(root, entry)], outfile, bundle: true, platform: 'node', target: 'node20', format: 'cjs', minify: true, logLevel: 'warning' })));
}

/** Spawn → markdown-it has parsed `text`, sent on standard input, and the process exited. */
function markdownItParse(text: string): Promise<number> {
  const started = performance.now();
  const child = spawn(process.execPath, [markdownItMain], { stdio: ['pipe', 'ignore', 'ignore'] });
  child.stdin!.end(text);
  return new Promise((resolve, reject) => child.on('exit', (code) => (code === 0 ? resolve(performance.now() - started) : reject(new Error(`markdown-it's parse exited ${code}`)))));
}

interface Running {
  child: ChildProcess;
  connection: ProtocolConnection;
}

/** VS Code's defaults for the peer with its link validation on, so that an edit has diagnostics to refresh. */
const peerSettings = {
  markdown: {
    server: { log: 'off' },
    preferredMdPathExtensionStyle: 'auto',
    occurrencesHighlight: { enabled: false },
    suggest: { paths: { enabled: true, includeWorkspaceHeaderCompletions: 'onDoubleHash' } },
    validate: {
      enabled: true,
      referenceLinks: { enabled: 'warning' },
      fragmentLinks: { enabled: 'warning' },
      fileLinks: { enabled: 'warning', markdownFragmentLinks: 'inherit' },
      ignoredLinks: [],
      unusedLinkDefinitions: { enabled: 'hint' },
      duplicateLinkDefinitions: { enabled: 'warning' },
    },
  },
};

/** A client as the one each server expects: the peer's asks it to parse, to list the workspace and to stat files (none exist). */
function start(main: string, texts: Map<string, string>): Running {
  const child = spawn(process.execPath, [main, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'], env: { ...process.env, STUDY_NOTES_CACHE_DIR: codeCacheDir } });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const markdown = new MarkdownIt({ html: true });
  connection.onRequest('markdown/parse', ({ uri, text }: { uri: string; text?: string }) => markdown.parse(text ?? texts.get(uri) ?? '', {}));
  connection.onRequest('markdown/findMarkdownFilesInWorkspace', () => []);
  connection.onRequest('markdown/fs/readDirectory', () => []);
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  for (const method of ['client/registerCapability', 'window/workDoneProgress/create', 'workspace/diagnostic/refresh', 'workspace/codeLens/refresh', 'markdown/fs/stat', 'markdown/fs/watcher/create', 'markdown/fs/watcher/delete']) connection.onRequest(method, () => null);
  for (const method of ['window/logMessage', 'textDocument/publishDiagnostics', '$/progress', 'telemetry/event', 'studyNotes/outlineChanged']) connection.onNotification(method, () => undefined);
  connection.listen();
  return { child, connection };
}

async function initialize({ connection }: Running, main: string): Promise<void> {
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, diagnostic: {} }, workspace: { configuration: true } },
    initializationOptions: {},
  });
  await connection.sendNotification('initialized', {});
  if (main === peerMain) await connection.sendNotification('workspace/didChangeConfiguration', { settings: peerSettings });
}

function stop({ child, connection }: Running): void {
  connection.dispose();
  child.kill();
}

/** Study Notes' code cache for the bench's builds, in the bench's own folder: not the user's. */
const codeCacheDir = path.join(root, '.bench', 'code-cache');

/**
 * A server started, given a notes file, and ended as an editor ends it (shutdown, exit): Study Notes
 * leaves its code cache, holding the functions that first session ran (an editor starts it for a
 * notes file), so that the cold starts measured are the ones users have after their first.
 */
export async function startedOnce(main: string, text: string): Promise<void> {
  const running = start(main, new Map([[uri, text]]));
  const exited = once(running.child, 'exit');
  await initialize(running, main);
  await running.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
  await running.connection.sendRequest('textDocument/documentSymbol', { textDocument: { uri } });
  if (isStudyNotes(main)) await running.connection.sendRequest(readingSettledRequest, { uri });
  await running.connection.sendRequest('shutdown');
  await running.connection.sendNotification('exit');
  await exited;
  running.connection.dispose();
}

const uri = 'file:///bench/README.md';

/** A server that answers no symbol has not read the notes: the comparison would be void. */
async function symbols({ connection, child }: Running): Promise<void> {
  const answer = await connection.sendRequest<unknown[] | null>('textDocument/documentSymbol', { textDocument: { uri } });
  if (!answer?.length) throw new Error(`${path.basename(String(child.spawnargs[1]))} answered no symbols`);
}

/**
 * Spawn → initialized → didOpen → first documentSymbol answered, in milliseconds; for Study Notes
 * also until its precise reading replaced the first (the peer has one reading).
 */
export async function coldSymbols(main: string, text: string): Promise<{ first: number; precise?: number }> {
  const texts = new Map([[uri, text]]);
  const started = performance.now();
  const running = start(main, texts);
  try {
    await initialize(running, main);
    await running.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await symbols(running);
    const first = performance.now() - started;
    if (!isStudyNotes(main)) return { first };
    await running.connection.sendRequest(readingSettledRequest, { uri });
    return { first, precise: performance.now() - started };
  } finally {
    stop(running);
  }
}

/** A server with the text open and read (Study Notes: precisely), for `measure`; stopped after it. */
async function withOpened<T>(main: string, text: string, measure: (running: Running, texts: Map<string, string>) => Promise<T>): Promise<T> {
  const texts = new Map([[uri, text]]);
  const running = start(main, texts);
  try {
    await initialize(running, main);
    await running.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await symbols(running);
    if (isStudyNotes(main)) await running.connection.sendRequest(readingSettledRequest, { uri });
    return await measure(running, texts);
  } finally {
    stop(running);
  }
}

async function timed(run: () => Promise<unknown>): Promise<number> {
  const started = performance.now();
  await run();
  return performance.now() - started;
}

/** documentSymbol on a document already read, `count` times. */
function warmSymbols(main: string, text: string, count: number): Promise<number[]> {
  return withOpened(main, text, async (running) => {
    const times: number[] = [];
    for (let index = 0; index < count; index++) times.push(await timed(() => symbols(running)));
    return times;
  });
}

/** Pulled diagnostics, as VS Code pulls them after each change; a server that answers none in full has not read the edit. */
async function pulledDiagnostics({ connection, child }: Running): Promise<void> {
  const report = await connection.sendRequest<{ kind: string }>('textDocument/diagnostic', { textDocument: { uri } });
  if (report.kind !== 'full') throw new Error(`${path.basename(String(child.spawnargs[1]))} answered no full diagnostics report`);
}

/**
 * One character typed in the middle of the text and taken back, `count` times: didChange → the
 * diagnostics pulled for the new version, in milliseconds.
 */
export function editDiagnostics(main: string, text: string, count: number): Promise<number[]> {
  const middle = middleOffset(text);
  const at = new LineIndex(text).positionAt(middle);
  const typed = text.slice(0, middle) + 'x' + text.slice(middle);
  return withOpened(main, text, async (running, texts) => {
    await pulledDiagnostics(running);
    const times: number[] = [];
    for (let version = 2; version < 2 + count; version++) {
      const typing = version % 2 === 0;
      const change = typing ? { range: { start: at, end: at }, text: 'x' } : { range: { start: at, end: { line: at.line, character: at.character + 1 } }, text: '' };
      texts.set(uri, typing ? typed : text);
      times.push(
        await timed(async () => {
          await running.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [change] });
          await pulledDiagnostics(running);
        }),
      );
    }
    return times;
  });
}

export interface PeerComparison {
  size: string;
  /** Cold start → first documentSymbol, medians of each, and the median of the paired ratios. */
  cold: { studyNotes: number; peer: number; ratio: number; floor: number; markdownIt: number; overMarkdownIt: number };
  /** Cold start → Study Notes' precise reading in place (median): when its answers are a whole parse's. */
  precise: number;
  /** documentSymbol on an unchanged document. */
  warm: { studyNotes: Stats; peer: Stats };
  /** A middle edit → its pulled diagnostics; the ratio of the medians. */
  edit: { studyNotes: Stats; peer: Stats; ratio: number };
}

/** Each repetition starts the three servers in another order. */
export function rotated<T>(items: T[], run: number): T[] {
  const shift = run % items.length;
  return [...items.slice(shift), ...items.slice(0, shift)];
}

async function compareCold(text: string, runs: number, firstSession: string): Promise<{ cold: PeerComparison['cold']; precise: number }> {
  await startedOnce(studyNotesMain, firstSession);
  const samples = { studyNotes: [] as number[], peer: [] as number[], floor: [] as number[], ratio: [] as number[], precise: [] as number[], markdownIt: [] as number[], overMarkdownIt: [] as number[] };
  for (let run = 0; run < runs; run++) {
    const times = new Map<string, { first: number; precise?: number }>();
    for (const main of rotated([studyNotesMain, peerMain, floorMain, markdownItMain], run)) times.set(main, main === markdownItMain ? { first: await markdownItParse(text) } : await coldSymbols(main, text));
    const [mine, peer] = [times.get(studyNotesMain)!, times.get(peerMain)!];
    samples.studyNotes.push(mine.first);
    samples.precise.push(mine.precise!);
    samples.peer.push(peer.first);
    samples.floor.push(times.get(floorMain)!.first);
    samples.ratio.push(mine.first / peer.first);
    samples.markdownIt.push(times.get(markdownItMain)!.first);
    samples.overMarkdownIt.push(mine.first / times.get(markdownItMain)!.first);
  }
  const median = (values: number[]) => stats(values).median;
  const cold = { studyNotes: median(samples.studyNotes), peer: median(samples.peer), ratio: median(samples.ratio), floor: median(samples.floor), markdownIt: median(samples.markdownIt), overMarkdownIt: median(samples.overMarkdownIt) };
  return { cold, precise: median(samples.precise) };
}

export async function comparePeers(sizes: { label: string; bytes: number; runs: number; edits: number }[], report: (line: string) => void = () => undefined): Promise<PeerComparison[]> {
  await buildFloors();
  const { texts } = sourceTexts();
  // A user's first session, which leaves the code cache, is on notes of a common size, whatever the size measured.
  const firstSession = buildDocument(texts, 20_000);
  const results: PeerComparison[] = [];
  for (const { label, bytes, runs, edits } of sizes) {
    const text = buildDocument(texts, bytes);
    const { cold, precise } = await compareCold(text, runs, firstSession);
    const warm = { studyNotes: stats(await warmSymbols(studyNotesMain, text, 30)), peer: stats(await warmSymbols(peerMain, text, 30)) };
    const [ourEdits, peerEdits] = [stats(await editDiagnostics(studyNotesMain, text, edits)), stats(await editDiagnostics(peerMain, text, edits))];
    const edit = { studyNotes: ourEdits, peer: peerEdits, ratio: ourEdits.median / peerEdits.median };
    const ms = (value: number) => `${Math.round(value)} ms`;
    report(
      `${label}: cold → first symbols ${ms(cold.studyNotes)} vs ${ms(cold.peer)} (×${cold.ratio.toFixed(2)}; floor ${ms(cold.floor)}, markdown-it's parse alone ${ms(cold.markdownIt)}: ×${cold.overMarkdownIt.toFixed(2)} of it), precise reading in place at ${ms(precise)}; warm symbols p95 ${warm.studyNotes.p95.toFixed(1)} vs ${warm.peer.p95.toFixed(1)} ms; edit → pulled diagnostics ${ms(ourEdits.median)} vs ${ms(peerEdits.median)} (×${edit.ratio.toFixed(2)})`,
    );
    results.push({ size: label, cold, precise, warm, edit });
  }
  return results;
}

/** How often each size is measured: fewer times where one run takes seconds. */
export function peerSizes(sizes: { label: string; bytes: number }[]): { label: string; bytes: number; runs: number; edits: number }[] {
  return sizes.map(({ label, bytes }) => ({ label, bytes, runs: bytes >= 1_000_000 ? 3 : 5, edits: bytes >= 5_000_000 ? 7 : bytes >= 1_000_000 ? 15 : 20 }));
}

if (require.main === module) {
  execFileSync('node', ['scripts/build.mjs', '--production'], { cwd: root, stdio: 'inherit' });
  comparePeers(
    peerSizes([
      { label: '20 KB', bytes: 20_000 },
      { label: '100 KB', bytes: 100_000 },
      { label: '1 MB', bytes: 1_000_000 },
      { label: '5 MB', bytes: 5_000_000 },
    ]),
    console.log,
  ).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
