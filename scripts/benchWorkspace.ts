// A workspace folder of many Markdown files, as when a user opens their home or `/`: the server's
// memory peak while it indexes them, how long the index takes, and how long an open document's
// hover and completion wait meanwhile (asked every 50 ms). `node --import tsx scripts/benchWorkspace.ts [files]`
// (default 115,000, the corpus notes over and over); the folder is kept in the temporary folder
// for the next run (`--fresh` makes it again).
import { existsSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { URI } from 'vscode-uri';
import { sourceTexts, stats } from '../test/perf/measure';
import { ensureBuilt, SpawnedServer, peakMemory } from '../test/support/lsp';

export interface WorkspaceScale {
  files: number;
  indexMs: number;
  peakBytes?: number;
  /** Hovers and completions on an open document, each sent when the one before was answered, until the index was built. */
  answers: { n: number; median: number; max: number };
  logged: string;
}

/** `count` Markdown files, fifty to a folder, cycling through `texts`. */
function writeFolder(directory: string, texts: string[], count: number): void {
  for (let index = 0; index < count; index++) {
    const folder = path.join(directory, `student-${String(Math.floor(index / 50)).padStart(5, '0')}`);
    if (index % 50 === 0) mkdirSync(folder, { recursive: true });
    writeFileSync(path.join(folder, `notes-${String(index).padStart(6, '0')}.md`), texts[index % texts.length]);
  }
}

export async function measureWorkspaceScale(count: number, fresh = false): Promise<WorkspaceScale> {
  ensureBuilt();
  const { texts } = sourceTexts();
  const directory = path.join(os.tmpdir(), `study-notes-workspace-${count}`);
  if (fresh) rmSync(directory, { recursive: true, force: true });
  if (!existsSync(path.join(directory, 'done'))) {
    writeFolder(directory, texts, count);
    writeFileSync(path.join(directory, 'done'), '');
  }
  const started = performance.now();
  const server = await SpawnedServer.start({ pull: true, rootUri: URI.file(directory).toString() });
  try {
    const uri = URI.file(path.join(directory, 'open.md')).toString();
    const text = texts[0];
    await server.open(uri, text);
    const line = text.split('\n').findIndex((candidate) => /^\s*[-*]?\s*\[/.test(candidate));
    const position = { line: Math.max(line, 0), character: 4 };
    const indexed = server.log((message) => message.startsWith('Indexed '), 3_600_000);
    let done = false;
    void indexed.then(() => (done = true));
    const times: number[] = [];
    while (!done) {
      const asked = performance.now();
      await server.request('textDocument/hover', { textDocument: { uri }, position });
      await server.request('textDocument/completion', { textDocument: { uri }, position: { line: position.line, character: 1 } });
      times.push(performance.now() - asked);
      // An editor asks as a student types, not in a busy loop that would itself slow the indexing.
      await new Promise((resolve) => setTimeout(resolve, 50));
    }
    const logged = await indexed;
    const slowest = times.map((ms, at) => [Math.round(ms), at]).sort((a, b) => b[0] - a[0]).slice(0, 5);
    console.log(`slowest pairs (ms, index of ${times.length}): ${JSON.stringify(slowest)}`);
    const answers = stats(times.length ? times : [0]);
    return { files: count, indexMs: performance.now() - started, peakBytes: peakMemory(server.process.pid), answers: { n: times.length, median: answers.median, max: Math.max(...times, 0) }, logged };
  } finally {
    await server.stop();
  }
}

if (require.main === module) {
  const count = Number(process.argv.find((argument) => /^\d+$/.test(argument)) ?? 115_000);
  measureWorkspaceScale(count, process.argv.includes('--fresh')).then(
    (result) => {
      const mb = (bytes?: number): string => (bytes === undefined ? 'not measured' : `${Math.round(bytes / 1024 / 1024)} MB`);
      console.log(`${result.files} files: indexed in ${(result.indexMs / 1000).toFixed(1)} s, memory peak ${mb(result.peakBytes)}; ${result.answers.n} hover + completion pairs while indexing: median ${Math.round(result.answers.median)} ms, max ${Math.round(result.answers.max)} ms`);
      console.log(`logged: ${result.logged}`);
    },
    (error: unknown) => {
      console.error(error);
      process.exit(1);
    },
  );
}
