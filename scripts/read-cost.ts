// Calibrates notes/readCost.ts: remark's time on real notes and on hostile shapes, beside the
// predicted cost. `npx tsx scripts/read-cost.ts`. The shapes whose cost is over the budget are
// read line by line by the server; the others must be read by remark in about two seconds or less.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { performance } from 'node:perf_hooks';
import { parseMarkdown } from '../server/src/notes/parse';
import { fullReadBudget, readCost, readsFully } from '../server/src/notes/readCost';

const corpus = path.resolve(__dirname, '../../shared/corpus/notes');

function repeatTo(piece: string, size: number): string {
  return piece.repeat(Math.max(1, Math.ceil(size / piece.length)));
}

function shapes(): [string, string][] {
  const result: [string, string][] = [];
  if (existsSync(corpus)) {
    const texts = readdirSync(corpus).sort().map((name) => [name, readFileSync(path.join(corpus, name), 'utf8')] as const);
    const joined = texts.map(([, text]) => text + '\n\n').join('');
    result.push(['corpus joined 1 MB', repeatTo(joined, 1e6).slice(0, 1e6)]);
    const largest = texts.reduce((a, b) => (a[1].length >= b[1].length ? a : b));
    result.push([`largest corpus file (${largest[0]})`, largest[1]]);
    for (const [name, text] of texts.slice(0, 70).filter((_, index) => index % 10 === 0)) result.push([`${name} ×300 KB`, repeatTo(text, 3e5)]);
  }
  for (const size of [50e3, 200e3]) {
    const kb = `${size / 1e3} KB`;
    result.push([`plain lines, one paragraph, ${kb}`, repeatTo('text word word word\n', size)]);
    result.push([`dense inline markup, ${kb}`, repeatTo('word [link](https://x.example) `code` **bold** ', size)]);
    result.push([`emphasis, ${kb}`, repeatTo('_a_ ', size)]);
    result.push([`strong, ${kb}`, repeatTo('**x** ', size)]);
    result.push([`escapes, ${kb}`, repeatTo('a\\*b ', size)]);
    result.push([`links, ${kb}`, repeatTo('[a](b) ', size)]);
    result.push([`task list, ${kb}`, repeatTo('- [x] item\n', size)]);
    result.push([`table rows, ${kb}`, '| a | b |\n|---|---|\n' + repeatTo('| a | b |\n', size)]);
    result.push([`headings, ${kb}`, repeatTo('## Module 1 (time: 5 min)\n', size)]);
    result.push([`spaces on a line, ${kb}`, repeatTo('a' + ' '.repeat(99), size)]);
  }
  return result;
}

parseMarkdown(repeatTo('warm **a** [b](c)\n\n', 20e3));
console.log(`budget ${fullReadBudget}`);
for (const [name, text] of shapes()) {
  const { cost, longestLine } = readCost(text);
  const started = performance.now();
  parseMarkdown(text);
  const ms = performance.now() - started;
  const verdict = readsFully(text) ? 'full' : 'lines';
  console.log(`${name.padEnd(44)} ${(text.length / 1e3).toFixed(0).padStart(6)} K  remark ${ms.toFixed(0).padStart(6)} ms  cost ${(cost / 1e3).toFixed(0).padStart(7)} K  ms/Mcost ${((ms / cost) * 1e6).toFixed(0).padStart(5)}  line ${longestLine}  ${verdict}`);
}
