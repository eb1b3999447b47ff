import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readCost, readCostAfterEdit, readsFully, regionCost } from '../../server/src/notes/readCost';
import { readNotesFromLines } from '../../server/src/notes/textLines';
import { NotesDocumentCache } from '../../server/src/service/notesDocumentCache';
import { buildDocument, sourceTexts } from '../perf/measure';
import { fraction, insertedTextArbitrary, notesDocumentArbitrary, propertyParameters } from '../support/arbitraries';
import { corpusNotesFiles, readCorpusFile, skipWithoutCorpus } from '../support/corpus';

function repeatTo(piece: string, size: number): string {
  return piece.repeat(Math.ceil(size / piece.length));
}

describe('read cost: which texts remark reads in full', () => {
  it('reads every corpus file in full', function () {
    skipWithoutCorpus(this);
    const byLines = corpusNotesFiles().filter((file) => !readsFully(readCorpusFile(file)));
    assert.deepEqual(byLines, []);
  });

  it('reads 1 MB of notes in full, as the benchmark measures them', () => {
    const text = buildDocument(sourceTexts().texts, 1_000_000);
    assert.ok(readsFully(text), `cost ${readCost(text).cost}`);
  });

  // Each of these took remark from 4 s to minutes here (scripts/read-cost.ts).
  for (const [name, text] of [
    ['10 MB of notes', buildDocument(sourceTexts().texts, 10_000_000)],
    ['5 MB on one line', repeatTo('word [link](https://x.example) `code` **bold** ', 5e6)],
    ['200 KB of emphasis', repeatTo('_a_ ', 2e5)],
    ['200 KB of escapes in one paragraph', repeatTo('a\\*b\n', 2e5)],
    ['a 200 KB task list', repeatTo('- [x] item\n', 2e5)],
    ['a 200 KB table', '| a | b |\n|---|---|\n' + repeatTo('| a | b |\n', 2e5)],
    ['2,000 lines 200 list levels deep', ('- '.repeat(200) + 'x\n').repeat(2000)],
    ['a note followed by a million blank lines', '[Video: Why Docker?](https://x.example/v) (10 min)\n' + '\n'.repeat(1_000_000)],
    ['500,000 lines of a bare `>`', '>\n'.repeat(500_000)],
    ['49 KB of `a*a*`', repeatTo('a*a*', 49_000)],
    ['a table of 2,000 columns and 40 rows', ['| c |', '|---|'.repeat(2_000), ...Array.from({ length: 40 }, () => '| x '.repeat(2_000) + '|')].join('\n')],
    // Found by npm run fuzz: remark's footnote rule looks back from each `]` no link closes.
    ['a line of 10,000 `]`', ']'.repeat(10_000)],
    ['5,000 lines of `[a] ]` in one paragraph', '[a] ]\n'.repeat(5_000)],
    ['2,000 lines of links in one paragraph', '[Lab](https://x.example/l) (10 min)\n'.repeat(2_000)],
    ['11,139 lines of `=` and a line of 43,557 backticks', '=\n'.repeat(11_139) + '`'.repeat(43_557)],
  ] as const) {
    it(`reads ${name} line by line`, () => {
      assert.equal(readsFully(text), false, `cost ${readCost(text).cost}`);
    });
  }

  it('counts one line and one block for a text without a line break', () => {
    // Three characters and the line's weight, once over in the block term.
    assert.deepEqual(readCost('abc'), { cost: 103 * (1 + 103 / 600_000), longestLine: 3, longestLineAt: 0 });
  });
});

/**
 * The read cost as readCost.ts defines it, one character at a time: the server finds the characters
 * that matter natively instead, and must come to the same number, bit for bit.
 */
function costByCharacters(text: string, from = 0, to = text.length): { cost: number; longestLine: number; longestLineAt: number } {
  const weights: Record<string, number> = { '*': 150, '|': 70, _: 60, '\\': 60, '[': 12, ']': 12, '`': 10, '<': 8, '!': 4, '~': 4, '&': 4 };
  let cost = 0;
  let block = 0;
  let longestLine = 0;
  let longestLineAt = from;
  let lineStart = from;
  let blank = true;
  let prefix = 0;
  let inPrefix = true;
  let openLabels = 0;
  let sinceLabel = 0;
  let links = 0;
  const endBlock = (): void => {
    cost += block * (1 + block / 600_000);
    block = openLabels = sinceLabel = links = 0;
  };
  const last = to === text.length ? to : to - 1;
  for (let index = from; index <= last; index++) {
    const character = index < text.length ? text[index] : '\n';
    if (character === '\n' || character === '\r') {
      if (index - lineStart > longestLine) [longestLine, longestLineAt] = [index - lineStart, lineStart];
      lineStart = index + 1;
      if (blank) {
        endBlock();
        cost += 20;
      } else block += 100 + 2 * Math.max(0, prefix - 16) ** 2;
      [blank, prefix, inPrefix] = [true, 0, true];
      continue;
    }
    block += 1 + (weights[character] ?? 0);
    sinceLabel++;
    if (character === '[') openLabels++;
    else if (character === ']' && text[index + 1] === '(') {
      openLabels = Math.max(0, openLabels - 1);
      cost += ++links * 3 + openLabels;
      sinceLabel = 0;
    } else if (character === ']' && openLabels > 0) openLabels--;
    else if (character === ']') cost += sinceLabel / 10;
    if (!' \t>'.includes(character)) blank = false;
    if (inPrefix && ' \t>-+*.)0123456789'.includes(character)) prefix++;
    else inPrefix = false;
  }
  endBlock();
  return { cost, longestLine, longestLineAt };
}

describe('read cost: the number', () => {
  const markup = fc.string({ unit: fc.constantFrom(...'ab 1\t>-+*.)[]()!_\\`<~&|\n\r\n é'.split('')), maxLength: 400 });

  it('is the cost counted one character at a time, for any text', () => {
    fc.assert(fc.property(markup, (text) => assert.deepEqual(readCost(text), costByCharacters(text))), propertyParameters(500));
  });

  it('is the cost counted one character at a time, for a region of whole lines', () => {
    fc.assert(
      fc.property(markup, fc.nat(), (text, at) => {
        const breaks = [...text.matchAll(/[\r\n]/g)].map((match) => match.index + 1);
        const to = breaks.length ? breaks[at % breaks.length] : text.length;
        assert.equal(regionCost(text, 0, to), costByCharacters(text, 0, to).cost);
      }),
      propertyParameters(500),
    );
  });

  it('is the cost counted one character at a time on the benchmark text', () => {
    const text = buildDocument(sourceTexts().texts, 200_000);
    assert.deepEqual(readCost(text), costByCharacters(text));
  });

  it('is the cost counted one character at a time on every corpus file', function () {
    skipWithoutCorpus(this);
    for (const file of corpusNotesFiles()) assert.deepEqual(readCost(readCorpusFile(file)), costByCharacters(readCorpusFile(file)), file);
  });
});

describe('the document cache reads by lines what remark would take too long on', () => {
  const uri = 'file:///notes/README.md';
  const notes = '# Notes\n\n## Area 1: Docker and Containers\n> Beginner Level\n\n[Video: Why Docker?](https://x.example/v) (time: 10 min)\n';
  const heavy = notes + repeatTo('- [x] item\n', 2e5);

  it('marks a heavy text read by lines, and reads it in full again once it is light', () => {
    const cache = new NotesDocumentCache({ readByLines: readNotesFromLines });
    assert.equal(cache.get(uri, 1, notes).reading.kind, 'precise');
    const byLines = cache.get(uri, 2, heavy);
    assert.equal(byLines.reading.kind, 'byLines');
    assert.equal(byLines.model.modules[0]?.title, 'Video: Why Docker?');
    assert.equal(cache.get(uri, 3, notes).reading.kind, 'precise');
  });

  it('reads every text in full, none by lines', () => {
    assert.equal(new NotesDocumentCache().get(uri, 1, '- [x] item\n'.repeat(100)).reading.kind, 'precise');
  });
});

describe('read cost after an edit: only the blocks the edit touches are measured again', () => {
  const close = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-6 * Math.max(1, Math.abs(a));

  it('equals a whole measure after random edits, replaces and deletions, in every line ending', () => {
    const { seed, numRuns } = propertyParameters(300);
    fc.assert(
      fc.property(notesDocumentArbitrary, fc.array(fc.tuple(fraction(), fraction(0.2), insertedTextArbitrary), { minLength: 1, maxLength: 6 }), (start, edits) => {
        let text = start;
        let known = { text, readCost: readCost(text) };
        for (const [at, span, inserted] of edits) {
          const from = Math.floor(at * text.length);
          const to = Math.min(text.length, from + Math.floor(span * text.length));
          text = text.slice(0, from) + inserted + text.slice(to);
          const after = readCostAfterEdit(known, text);
          const whole = readCost(text);
          assert.ok(close(after.cost, whole.cost), `cost ${after.cost} vs ${whole.cost}`);
          assert.equal(after.longestLine, whole.longestLine);
          known = { text, readCost: after };
        }
      }),
      { seed, numRuns },
    );
  });

  it('equals a whole measure for a keystroke in the middle of 1 MB of notes', () => {
    const text = buildDocument(sourceTexts().texts, 1_000_000);
    const middle = text.indexOf('\n', text.length / 2) + 1;
    const typed = `${text.slice(0, middle)}x${text.slice(middle)}`;
    assert.ok(close(readCostAfterEdit({ text, readCost: readCost(text) }, typed).cost, readCost(typed).cost));
  });
});
