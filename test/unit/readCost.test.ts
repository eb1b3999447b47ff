import assert from 'node:assert/strict';
import fc from 'fast-check';
import { readCost, readCostAfterEdit, readsFully } from '../../server/src/notes/readCost';
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
