// This build's server beside another build of it, paired, for a change that must not make the
// first answer or the edit path slower: `npx tsx scripts/benchBundles.ts OTHER/dist/server.js
// [--bytes 1000000] [--runs 9]` (build both with `node scripts/build.mjs --production` first).
// Each round runs both cold, in alternating order: spawn → first documentSymbol, and → the precise
// reading in place; then a middle edit → pulled diagnostics on each. Prints the medians and the
// median of the paired ratios (this ÷ other), with the machine's load.
import os from 'node:os';
import path from 'node:path';
import { coldSymbols, editDiagnostics, rotated, startedOnce } from './benchPeers';
import { buildDocument, sourceTexts, stats } from '../test/perf/measure';

const [other] = process.argv.slice(2).filter((arg, index, args) => !arg.startsWith('--') && !args[index - 1]?.startsWith('--'));
const option = (name: string, fallback: number): number => Number(process.argv[process.argv.indexOf(name) + 1] ?? fallback) || fallback;
if (!other) {
  console.error('benchBundles: name the other build, e.g. ../old/dist/server.js');
  process.exit(2);
}
const mine = path.resolve(__dirname, '../dist/server.js');
const theirs = path.resolve(other);
const bytes = option('--bytes', 1_000_000);
const runs = option('--runs', 9);

async function main(): Promise<void> {
  const text = buildDocument(sourceTexts().texts, bytes);
  const firstSession = buildDocument(sourceTexts().texts, 20_000);
  for (const server of [mine, theirs]) await startedOnce(server, firstSession);
  const first = { mine: [] as number[], theirs: [] as number[], ratio: [] as number[] };
  const precise = { mine: [] as number[], theirs: [] as number[] };
  const edits = { mine: [] as number[], theirs: [] as number[], ratio: [] as number[] };
  for (let run = 0; run < runs; run++) {
    const cold = new Map<string, { first: number; precise?: number }>();
    for (const server of rotated([mine, theirs], run)) cold.set(server, await coldSymbols(server, text));
    const [a, b] = [cold.get(mine)!, cold.get(theirs)!];
    first.mine.push(a.first);
    first.theirs.push(b.first);
    first.ratio.push(a.first / b.first);
    precise.mine.push(a.precise ?? NaN);
    precise.theirs.push(b.precise ?? NaN);
    const edit = new Map<string, number>();
    for (const server of rotated([mine, theirs], run)) edit.set(server, stats(await editDiagnostics(server, text, 5)).median);
    edits.mine.push(edit.get(mine)!);
    edits.theirs.push(edit.get(theirs)!);
    edits.ratio.push(edit.get(mine)! / edit.get(theirs)!);
  }
  const median = (values: number[]): string => stats(values).median.toFixed(0);
  const ratio = (values: number[]): string => stats(values).median.toFixed(2);
  console.log(`${(bytes / 1e6).toFixed(2)} MB, ${runs} paired rounds, load ${os.loadavg().map((load) => load.toFixed(1)).join(' ')}`);
  console.log(`cold → first documentSymbol: this ${median(first.mine)} ms, other ${median(first.theirs)} ms, paired ×${ratio(first.ratio)}`);
  console.log(`cold → precise reading in place: this ${median(precise.mine)} ms, other ${median(precise.theirs)} ms`);
  console.log(`middle edit → pulled diagnostics (median of 5 a round): this ${median(edits.mine)} ms, other ${median(edits.theirs)} ms, paired ×${ratio(edits.ratio)}`);
}

void main();
