// `npm run fuzz -- [minutes]` (default 10): generated hostile shapes against the built server over
// stdio for that long. A shape is a few pieces of what remark, the line reader or the shell parser
// pay most for (emphasis, brackets, quotes, list markers, table cells, NUL, `$(`, blank lines,
// long lines), each repeated up to ~200,000 times, alone, after a notes opening or in a code block.
// Every shape is opened, asked for symbols, diagnostics, hover and completion, and closed; the
// server must answer each within a minute and never exit. A fresh server every 25 shapes keeps
// its memory a measure of those shapes; where Linux lets the peak (VmHWM) be reset, each shape's own
// peak is measured and named. Prints the worst time, the most server CPU time for a first answer
// (what a machine busy with other work does not inflate), the worst memory and the load average,
// and any crash with the seed that replays it alone (`npm run fuzz -- 0 <seed>`); exits 1 on a crash or a hang.
import os from 'node:os';
import fc from 'fast-check';
import { notesOpening } from '../test/support/hostileShapes';
import { cpuTime, ensureBuilt, SpawnedServer, peakMemory, resetPeakMemory, within } from '../test/support/lsp';

const pieces = ['*', 'a*', '_a', '**', '[', '![', ']', '](', '<', '|', '| x ', '>', '> ', '- ', '1. ', '\n', '\n\n', ' ', '\t', '\u0000', '\r', '`', '```\n', '$(', ')', '\\', '# ', '=\n', '~', '&amp;', '😀', 'e\u0301', '(time: 30 min)', '[Lab](https://x.example/l) (10 min)\n', '<br', '\u200b', '）', ' 1', ' min', 'Time:'];
const settings = ['alone', 'after notes', 'in a code block'] as const;

interface Segment {
  piece: string;
  times: number;
}
interface Shape {
  segments: Segment[];
  setting: (typeof settings)[number];
}

const segment: fc.Arbitrary<Segment> = fc.record({
  piece: fc.constantFrom(...pieces),
  // Mostly small, sometimes huge: exponents spread the counts over 1 … 200,000.
  times: fc.integer({ min: 0, max: 53 }).map((step) => Math.round(Math.exp(step / 4.4))),
});
const shape: fc.Arbitrary<Shape> = fc.record({ segments: fc.array(segment, { minLength: 1, maxLength: 3 }), setting: fc.constantFrom(...settings) });

function textOf({ segments, setting }: Shape): string {
  const body = segments.map(({ piece, times }) => piece.repeat(times)).join('');
  if (setting === 'after notes') return notesOpening + body;
  if (setting === 'in a code block') return `${notesOpening}\n\`\`\`bash\ndocker run ${body}\n\`\`\`\n`;
  return body;
}

function describeShape({ segments, setting }: Shape): string {
  return `${segments.map(({ piece, times }) => `${JSON.stringify(piece)} × ${times}`).join(' + ')} (${setting})`;
}

/**
 * Opens the shape, asks every reading feature once, closes it; the time until the first answer,
 * and the server's CPU time for it, which a machine busy with other work does not inflate.
 */
async function probe(server: SpawnedServer, uri: string, text: string): Promise<{ ms: number; cpuMs: number }> {
  const textDocument = { uri };
  const started = Date.now();
  const cpuStarted = cpuTime(server.process.pid) ?? 0;
  await server.open(uri, text);
  await within(server.request('textDocument/documentSymbol', { textDocument }), 60_000, 'documentSymbol');
  const firstMs = Date.now() - started;
  const cpuMs = (cpuTime(server.process.pid) ?? 0) - cpuStarted;
  const lines = text.split('\n');
  const last = { line: lines.length - 1, character: lines[lines.length - 1].length };
  await within(server.diagnostics(uri, 1), 60_000, 'diagnostics');
  await within(server.request('textDocument/hover', { textDocument, position: { line: Math.floor(lines.length / 2), character: 1 } }), 60_000, 'hover');
  await within(server.request('textDocument/completion', { textDocument, position: last }), 60_000, 'completion');
  await server.close(uri);
  return { ms: firstMs, cpuMs };
}

async function main(): Promise<number> {
  const minutes = Number(process.argv[2] ?? 10);
  const firstSeed = Number(process.argv[3] ?? Date.now() % 1_000_000);
  ensureBuilt();
  const deadline = Date.now() + minutes * 60_000;
  const worst = { ms: 0, shape: '', cpuMs: 0, cpuShape: '', memory: 0, memoryShape: '' };
  const failures: string[] = [];
  let server = await SpawnedServer.start({ pull: true, settings: { studyNotes: { debounceMs: 0 } } });
  let count = 0;
  for (let seed = firstSeed; count === 0 || Date.now() < deadline; seed++) {
    const [sample] = fc.sample(shape, { seed, numRuns: 1 });
    const text = textOf(sample);
    let failed = false;
    const ownPeak = resetPeakMemory(server.process.pid);
    let last = { ms: 0, cpuMs: 0 };
    try {
      last = await probe(server, `file:///fuzz/${seed}.md`, text);
      if (last.ms > worst.ms) Object.assign(worst, { ms: last.ms, shape: `seed ${seed}: ${describeShape(sample)} (server CPU ${last.cpuMs} ms)` });
      if (last.cpuMs > worst.cpuMs) Object.assign(worst, { cpuMs: last.cpuMs, cpuShape: `seed ${seed}: ${describeShape(sample)} (${last.ms} ms)` });
    } catch (error) {
      failed = true;
      failures.push(`seed ${seed}: ${describeShape(sample)}: ${error instanceof Error ? error.message : String(error)}${server.alive ? '' : ' (the server exited)'}`);
    }
    count++;
    const memory = (server.alive && peakMemory(server.process.pid)) || 0;
    if (last.ms > 1000 || memory > 512 * 1024 * 1024) console.log(`fuzz: seed ${seed}: ${describeShape(sample)}: first answer ${last.ms} ms (server CPU ${last.cpuMs} ms), memory peak ${Math.round(memory / 1024 / 1024)} MB${ownPeak ? '' : ' (of the server so far)'}`);
    if (memory > worst.memory) Object.assign(worst, { memory, memoryShape: ownPeak ? `seed ${seed}: ${describeShape(sample)}` : `the 25 shapes up to seed ${seed}` });
    // A server still busy with a hung shape would make the next ones look hung too.
    if (failed || !server.alive || count % 25 === 0) {
      await server.stop();
      server = await SpawnedServer.start({ pull: true, settings: { studyNotes: { debounceMs: 0 } } });
    }
  }
  await server.stop();
  console.log(`fuzz: ${count} shapes in ${minutes} min from seed ${firstSeed}; ${failures.length} crashes or hangs`);
  console.log(`fuzz: worst first answer ${worst.ms} ms: ${worst.shape}`);
  console.log(`fuzz: most server CPU for a first answer ${worst.cpuMs} ms: ${worst.cpuShape}`);
  console.log(`fuzz: load average at the end ${os.loadavg().map((load) => load.toFixed(1)).join(' ')} on ${os.cpus().length} CPUs`);
  console.log(`fuzz: worst memory peak ${Math.round(worst.memory / 1024 / 1024)} MB: ${worst.memoryShape}`);
  for (const failure of failures) console.log(`fuzz: ${failure}`);
  return failures.length ? 1 : 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`fuzz: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(2);
  },
);
