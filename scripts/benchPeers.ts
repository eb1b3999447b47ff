// Study Notes beside VS Code's own Markdown server (vscode-markdown-languageserver, pinned), side by
// side in one run: cold start → first documentSymbol, and documentSymbol on an unchanged document.
// The peer asks its client to parse (`markdown/parse`); this client answers with markdown-it's
// tokens as VS Code does, and that parse is counted, as a VS Code user waits for it. Both run in
// alternation, so a busy machine slows both alike; each ratio is Study Notes ÷ the peer within one
// repetition, and the medians are reported. Standalone: `node --import tsx scripts/benchPeers.ts`.
import { spawn, type ChildProcess } from 'node:child_process';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import MarkdownIt from 'markdown-it';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection } from 'vscode-languageserver-protocol/node';
import { readingSettledRequest } from '../server/src/service/protocol';
import { buildDocument, sourceTexts, stats, type Stats } from '../test/perf/measure';

const root = path.resolve(__dirname, '..');
const peerMain = path.join(root, 'node_modules/vscode-markdown-languageserver/dist/node/workerMain.js');
const studyNotesMain = path.join(root, 'dist/server.js');

interface Running {
  child: ChildProcess;
  connection: ProtocolConnection;
}

/** A client as the one each server expects: the peer's asks it to parse and to list the workspace. */
function start(main: string, texts: Map<string, string>): Running {
  const child = spawn(process.execPath, [main, '--stdio'], { stdio: ['pipe', 'pipe', 'ignore'] });
  const connection = createProtocolConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
  const markdown = new MarkdownIt({ html: true });
  connection.onRequest('markdown/parse', ({ uri, text }: { uri: string; text?: string }) => markdown.parse(text ?? texts.get(uri) ?? '', {}));
  connection.onRequest('markdown/findMarkdownFilesInWorkspace', () => []);
  connection.onRequest('workspace/configuration', (params: { items: unknown[] }) => params.items.map(() => null));
  for (const method of ['client/registerCapability', 'window/workDoneProgress/create', 'workspace/diagnostic/refresh', 'workspace/codeLens/refresh']) connection.onRequest(method, () => null);
  for (const method of ['window/logMessage', 'textDocument/publishDiagnostics', '$/progress', 'telemetry/event', 'studyNotes/outlineChanged']) connection.onNotification(method, () => undefined);
  connection.listen();
  return { child, connection };
}

async function initialize({ connection }: Running): Promise<void> {
  await connection.sendRequest('initialize', {
    processId: process.pid,
    rootUri: null,
    workspaceFolders: null,
    capabilities: { textDocument: { documentSymbol: { hierarchicalDocumentSymbolSupport: true }, diagnostic: {} }, workspace: { configuration: true } },
    initializationOptions: {},
  });
  await connection.sendNotification('initialized', {});
}

function stop({ child, connection }: Running): void {
  connection.dispose();
  child.kill();
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
async function coldSymbols(main: string, text: string): Promise<{ first: number; precise?: number }> {
  const texts = new Map([[uri, text]]);
  const started = performance.now();
  const running = start(main, texts);
  try {
    await initialize(running);
    await running.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await symbols(running);
    const first = performance.now() - started;
    if (main !== studyNotesMain) return { first };
    await running.connection.sendRequest(readingSettledRequest, { uri });
    return { first, precise: performance.now() - started };
  } finally {
    stop(running);
  }
}

/** documentSymbol on a document already read (Study Notes: precisely), `count` times. */
async function warmSymbols(main: string, text: string, count: number): Promise<number[]> {
  const running = start(main, new Map([[uri, text]]));
  try {
    await initialize(running);
    await running.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text } });
    await symbols(running);
    if (main === studyNotesMain) await running.connection.sendRequest(readingSettledRequest, { uri });
    const times: number[] = [];
    for (let index = 0; index < count; index++) {
      const started = performance.now();
      await symbols(running);
      times.push(performance.now() - started);
    }
    return times;
  } finally {
    stop(running);
  }
}

export interface PeerComparison {
  size: string;
  /** Cold start → first documentSymbol, medians of each, and the median of the paired ratios. */
  cold: { studyNotes: number; peer: number; ratio: number };
  /** Cold start → Study Notes' precise reading in place (median): when its answers are a whole parse's. */
  precise: number;
  /** documentSymbol on an unchanged document. */
  warm: { studyNotes: Stats; peer: Stats };
}

export async function comparePeers(sizes: { label: string; bytes: number; runs: number }[], report: (line: string) => void = () => undefined): Promise<PeerComparison[]> {
  const { texts } = sourceTexts();
  const results: PeerComparison[] = [];
  for (const { label, bytes, runs } of sizes) {
    const text = buildDocument(texts, bytes);
    const ours: number[] = [];
    const precise: number[] = [];
    const peers: number[] = [];
    const ratios: number[] = [];
    for (let run = 0; run < runs; run++) {
      const times = new Map<string, { first: number; precise?: number }>();
      for (const main of run % 2 === 0 ? [studyNotesMain, peerMain] : [peerMain, studyNotesMain]) times.set(main, await coldSymbols(main, text));
      const [mine, peer] = [times.get(studyNotesMain)!, times.get(peerMain)!];
      ours.push(mine.first);
      precise.push(mine.precise!);
      peers.push(peer.first);
      ratios.push(mine.first / peer.first);
    }
    const warm = { studyNotes: stats(await warmSymbols(studyNotesMain, text, 30)), peer: stats(await warmSymbols(peerMain, text, 30)) };
    const result = { size: label, cold: { studyNotes: stats(ours).median, peer: stats(peers).median, ratio: stats(ratios).median }, precise: stats(precise).median, warm };
    report(
      `${label}: cold → first symbols ${Math.round(result.cold.studyNotes)} ms vs ${Math.round(result.cold.peer)} ms (×${result.cold.ratio.toFixed(2)}), precise reading in place at ${Math.round(result.precise)} ms; warm symbols p95 ${warm.studyNotes.p95.toFixed(1)} ms vs ${warm.peer.p95.toFixed(1)} ms`,
    );
    results.push(result);
  }
  return results;
}

if (require.main === module) {
  comparePeers(
    [
      { label: '20 KB', bytes: 20_000, runs: 5 },
      { label: '100 KB', bytes: 100_000, runs: 5 },
      { label: '1 MB', bytes: 1_000_000, runs: 3 },
      { label: '5 MB', bytes: 5_000_000, runs: 2 },
    ],
    console.log,
  ).catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
