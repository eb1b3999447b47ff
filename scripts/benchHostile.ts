// The hostile shapes (test/support/hostileShapes.ts) against the built server over stdio: a fresh
// server per shape, opened and asked for its symbols; the first answer's time and the memory peak.
// The goal is a first answer within 2 s for every shape. Standalone: `node --import tsx
// scripts/benchHostile.ts`; `npm run bench` calls it too.
import { hostileGroups } from '../test/support/hostileShapes';
import { SpawnedServer, peakMemory, within } from '../test/support/lsp';

export const hostileGoalMs = 2000;

export interface HostileResult {
  group: string;
  name: string;
  megabytes: number;
  firstAnswerMs: number;
  /** The server's peak resident memory (VmHWM), where /proc tells it. */
  peakBytes?: number;
}

async function measureShape(group: string, name: string, text: string): Promise<HostileResult> {
  const server = await SpawnedServer.start({ pull: true });
  try {
    const textDocument = { uri: 'file:///bench/hostile.md' };
    const started = performance.now();
    await server.open(textDocument.uri, text);
    await within(server.request('textDocument/documentSymbol', { textDocument }), 120_000, `${name}: documentSymbol`);
    const firstAnswerMs = performance.now() - started;
    return { group, name, megabytes: text.length / 1e6, firstAnswerMs, peakBytes: peakMemory(server.process.pid) };
  } finally {
    await server.stop();
  }
}

export async function measureHostile(report: (result: HostileResult) => void = () => undefined): Promise<HostileResult[]> {
  const results: HostileResult[] = [];
  for (const [group, shapes] of Object.entries(hostileGroups)) {
    for (const shape of shapes) {
      const result = await measureShape(group, shape.name, shape.text());
      report(result);
      results.push(result);
    }
  }
  return results.sort((a, b) => b.firstAnswerMs - a.firstAnswerMs);
}

/** "large documents: 5.79 s (10 MB of notes); …": each group's slowest first answer, in seconds. */
export function worstByGroup(results: readonly HostileResult[]): string {
  const groups = [...new Set(results.map((result) => result.group))];
  return groups
    .map((group) => {
      const worst = results.filter((result) => result.group === group).reduce((a, b) => (b.firstAnswerMs > a.firstAnswerMs ? b : a));
      return `${group}: ${(worst.firstAnswerMs / 1000).toFixed(2)} s (${worst.name})`;
    })
    .join('; ');
}

if (require.main === module) {
  measureHostile((result) => console.log(`${result.name}: ${Math.round(result.firstAnswerMs)} ms`))
    .then((results) => console.log(worstByGroup(results)))
    .catch((error: unknown) => {
      console.error(error);
      process.exit(1);
    });
}
