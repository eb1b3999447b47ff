// What the benchmark (scripts/bench.ts) and the scaling gate (scaling.test.ts) measure, in one place.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseMarkdown } from '../../server/src/notes/parse';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { CatalogIndex } from '../../server/src/notes/catalog';
import { computeDiagnostics } from '../../server/src/features/diagnostics';
import { foldingRanges } from '../../server/src/features/folding';
import { analyseNotes, reanalyseNotes, type NotesDocument } from '../../server/src/document/notesDocument';
import { defaultSettings } from '../../server/src/document/settings';
import { documentSymbols } from '../../server/src/features/symbols';

const root = path.resolve(__dirname, '../..');
export const corpusNotesDir = path.resolve(root, '../shared/corpus/notes');
const settings = { ...defaultSettings, notesFiles: ['**/*.md'] };

export interface Stats {
  median: number;
  p95: number;
  n: number;
}

export function stats(samples: number[]): Stats {
  const sorted = [...samples].sort((a, b) => a - b);
  const median = sorted.length % 2 ? sorted[(sorted.length - 1) / 2] : (sorted[sorted.length / 2 - 1] + sorted[sorted.length / 2]) / 2;
  const p95 = sorted[Math.min(sorted.length - 1, Math.max(0, Math.ceil(0.95 * sorted.length) - 1))];
  return { median, p95, n: sorted.length };
}

/** Wall time of one run. No forced collection before it: V8 shrinks the heap after one and the next run pays. */
export function time(run: () => void): number {
  const start = performance.now();
  run();
  return performance.now() - start;
}

/** The corpus notes, or where the corpus is absent the repository's fixtures and examples. */
export function sourceTexts(): { texts: string[]; source: string } {
  if (existsSync(corpusNotesDir)) {
    const names = readdirSync(corpusNotesDir).filter((name) => name.endsWith('.md')).sort();
    return { texts: names.map((name) => readFileSync(path.join(corpusNotesDir, name), 'utf8')), source: `corpus: ${names.length} files of ../shared/corpus/notes` };
  }
  const files = [...readdirSync(path.join(root, 'test/fixtures/notes')).map((name) => path.join(root, 'test/fixtures/notes', name)), path.join(root, 'examples/notes/README.md')];
  return { texts: files.map((file) => readFileSync(file, 'utf8')), source: `no corpus at ${corpusNotesDir}: the repository's fixtures and examples (${files.length} files)` };
}

/** Notes files one after another until the size is reached, cut at a line break. */
export function buildDocument(texts: string[], size: number): string {
  const parts: string[] = [];
  let length = 0;
  for (let index = 0; length < size; index++) {
    const text = texts[index % texts.length].replace(/^\ufeff/, '');
    parts.push(text.endsWith('\n') ? text + '\n' : text + '\n\n');
    length += parts[parts.length - 1].length;
  }
  const joined = parts.join('');
  const cut = joined.lastIndexOf('\n', size);
  return joined.slice(0, cut > 0 ? cut + 1 : size);
}

/** The middle of the document, moved off a line break. */
export function middleOffset(text: string): number {
  let at = Math.floor(text.length / 2);
  while (at < text.length && (text[at] === '\n' || text[at] === '\r')) at++;
  return at;
}

/** The floor: the bare parse the remark line source reads (notes/parse.ts), without the reader. */
export function floorParse(text: string): void {
  parseMarkdown(text);
}

/** Model, diagnostics, symbols and folding from scratch; a fresh catalog, so that no lookup is remembered. */
export function fullAnalysis(text: string): NotesDocument {
  const document = analyseNotes('file:///bench/notes.md', 1, text, new CatalogIndex(bundledCourse.catalog.modules, bundledCourse.catalog.words));
  computeDiagnostics(document, settings);
  documentSymbols(document);
  foldingRanges(document);
  return document;
}

/** One edit to fresh diagnostics (and the symbols and folding an editor asks for next). */
export function editAnalysis(previous: NotesDocument, text: string): NotesDocument {
  const document = reanalyseNotes(previous, previous.version + 1, text);
  computeDiagnostics(document, settings);
  documentSymbols(document);
  foldingRanges(document);
  return document;
}

/**
 * Floor and full analysis, interleaved so that a change of load hits both alike; `ratio` is the
 * median of each pair's ratio, steadier on a busy machine than the ratio of the medians.
 */
export function floorAndFull(text: string, iterations: number): { floor: Stats; full: Stats; ratio: number; document: NotesDocument } {
  const floor: number[] = [];
  const full: number[] = [];
  let document: NotesDocument | undefined;
  for (let index = 0; index < iterations; index++) {
    floor.push(time(() => floorParse(text)));
    full.push(time(() => (document = fullAnalysis(text))));
  }
  const ratio = stats(full.map((value, index) => value / floor[index])).median;
  return { floor: stats(floor), full: stats(full), ratio, document: document as NotesDocument };
}

/** A character typed in the middle and taken back, again and again: each edit starts from the same text. */
export function middleEdits(document: NotesDocument, count: number): Stats {
  const text = document.text;
  const at = middleOffset(text);
  const edited = text.slice(0, at) + 'x' + text.slice(at);
  const times: number[] = [];
  let current = document;
  for (let index = 0; index < count; index++) {
    const next = index % 2 === 0 ? edited : text;
    times.push(time(() => (current = editAnalysis(current, next))));
  }
  return stats(times);
}

/** Milliseconds per call, the fastest of five batches (noise only ever adds time) that each run long enough to measure. */
export function cost(read: () => void): number {
  let calls = 1;
  let elapsed = 0;
  while (elapsed < 20) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) read();
    elapsed = performance.now() - start;
    if (elapsed < 20) calls *= 2;
  }
  const batches: number[] = [];
  for (let batch = 0; batch < 5; batch++) {
    const start = performance.now();
    for (let i = 0; i < calls; i++) read();
    batches.push((performance.now() - start) / calls);
  }
  return Math.min(...batches);
}
