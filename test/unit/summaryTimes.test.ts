import assert from 'node:assert/strict';
import { sameModuleTitle } from '../../server/src/notes/catalog';
import { SummaryTitles } from '../../server/src/notes/summaryTimes';

/** A word of letters only (digits after letters split a word in two): 0 → "ba", 1 → "bb", … */
function word(index: number): string {
  let text = '';
  for (let rest = index; ; rest = Math.floor(rest / 26) - 1) {
    text = String.fromCharCode(97 + (rest % 26)) + text;
    if (rest < 26) break;
  }
  return `b${text}`;
}

/** `count` summary lines and as many modules, each title its own two words, and the comparisons made to give every module its time. */
function comparisonsFor(count: number): number {
  let comparisons = 0;
  const countingAlike = (a: string, b: string): boolean => {
    comparisons++;
    return sameModuleTitle(a, b);
  };
  const titles = Array.from({ length: count }, (_, at) => `Lab: ${word(2 * at)} ${word(2 * at + 1)}`);
  const index = new SummaryTitles(titles.map((title) => ({ title })), countingAlike);
  for (const title of titles.reverse()) assert.equal(index.find(title.replace('Lab: ', ''))?.title, title);
  return comparisons;
}

describe('summary times', () => {
  it('gives a module the first entry that names it, in document order, alike or equal', () => {
    const index = new SummaryTitles([{ title: 'Video: Why Queues?', at: 1 }, { title: 'why queues', at: 2 }, { title: 'Lab: Kafka Intro', at: 3 }]);
    assert.equal(index.find('Why Queues Video')?.at, 1);
    assert.equal(index.find('Kafka intro')?.at, 3);
    assert.equal(index.find('Spark'), undefined);
  });

  it('compares each module with the entries that share a word with it, not with the whole summary (ten times the notes, ten times the work)', () => {
    const small = comparisonsFor(200);
    const large = comparisonsFor(2000);
    // Every module against every entry made 200² and 2,000² comparisons: ×100.
    assert.ok(large <= small * 10, `200 modules: ${small} comparisons; 2,000: ${large}`);
  });
});
