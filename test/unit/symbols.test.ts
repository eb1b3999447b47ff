import assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol, type Range } from 'vscode-languageserver-types';
import { gwWordsOnly } from '../support/courses';
import { analyseNotes } from '../../server/src/document/notesDocument';
import { documentSymbols, maxOutlineEntries } from '../../server/src/features/symbols';
import { readNotesFromLines } from '../../server/src/notes/textLines';

const notes = [
  '# My notes',
  '',
  '[Reading: Course intro](https://example.com/intro) (time: 15 min)',
  'What the course is about.',
  '',
  '## Area 1: Cloud Web Apps',
  '> Beginner Level',
  '',
  '[AWS Tutorial: Launch a VM](https://example.com/vm) (time: 30 min)',
  'I launched a VM.',
  '',
  '[Lab: Storage](https://example.com/storage) (time: 1.5 hours)',
  'Buckets hold objects.',
  '',
  '[Lab: Queues](https://example.com/queues)',
  'Queues decouple.',
  '',
  '## Area 2: Big Data',
  '',
  '[Video: Hadoop](https://example.com/hadoop) (time: 20 min)',
  'HDFS stores blocks.',
  '',
].join('\n');

function inside(inner: Range, outer: Range): boolean {
  const before = (a: Range['start'], b: Range['start']) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return before(outer.start, inner.start) && before(inner.end, outer.end);
}

function checkNesting(symbol: DocumentSymbol): void {
  assert.ok(inside(symbol.selectionRange, symbol.range), `${symbol.name}: selectionRange inside range`);
  for (const child of symbol.children ?? []) {
    assert.ok(inside(child.range, symbol.range), `${child.name} inside ${symbol.name}`);
    checkNesting(child);
  }
}

describe('symbols', () => {
  const symbols = documentSymbols(analyseNotes('file:///notes.md', 1, notes, gwWordsOnly));

  it('nests modules under levels and areas, top-level modules first', () => {
    const outline = symbols.map((symbol) => [symbol.name, symbol.kind, (symbol.children ?? []).map((child) => [child.name, child.kind, (child.children ?? []).map((m) => m.name)])]);
    assert.deepEqual(outline, [
      ['Reading: Course intro', SymbolKind.Module, []],
      ['Area 1: Cloud Web Apps', SymbolKind.Class, [['Beginner', SymbolKind.EnumMember, ['AWS Tutorial: Launch a VM', 'Lab: Storage', 'Lab: Queues']]]],
      ['Area 2: Big Data', SymbolKind.Class, [['Video: Hadoop', SymbolKind.Module, []]]],
    ]);
  });

  it('gives areas, levels and modules kinds of their own, none a String (the kind of Markdown’s headings) nor a "{} namespace"', () => {
    const kinds = new Set<SymbolKind>();
    const walk = (symbol: DocumentSymbol): void => {
      kinds.add(symbol.kind);
      symbol.children?.forEach(walk);
    };
    symbols.forEach(walk);
    assert.deepEqual([...kinds].sort(), [SymbolKind.Module, SymbolKind.Class, SymbolKind.EnumMember].sort());
  });

  it('details normalised estimates and totals', () => {
    const area = symbols[1];
    const level = area.children?.[0];
    assert.equal(level?.children?.[1].detail, '1 h 30 min');
    assert.equal(level?.children?.[2].detail, 'no time estimate');
    assert.equal(level?.detail, '2 h, 1 module without estimate');
    assert.equal(area.detail, '2 h, 1 module without estimate');
    assert.equal(symbols[0].detail, '15 min');
  });

  it('keeps selection ranges and children inside their ranges', () => {
    symbols.forEach(checkNesting);
  });

  it('spans whole lines: a breadcrumb at the start of a quoted or listed module’s line names the module', () => {
    const listed = documentSymbols(analyseNotes('file:///notes.md', 1, '## Area 1: Docker\n> Beginner Level\n\n1. [Lab: Docker Intro](https://example.com/intro) 30 min\n   ran a container\n', gwWordsOnly));
    const level = listed[0].children?.[0];
    assert.deepEqual(level?.range, { start: { line: 1, character: 0 }, end: { line: 4, character: 18 } });
    assert.deepEqual(level?.children?.[0].range, { start: { line: 3, character: 0 }, end: { line: 4, character: 18 } });
  });

  it(`lists at most ${maxOutlineEntries} areas, levels and modules, then an entry that says how many more follow`, () => {
    const text = `## Area 1: Docker\n> Beginner Level\n\n${'[Lab](https://x.example/l) (10 min)\n'.repeat(12_000)}`;
    const outline = documentSymbols(analyseNotes('file:///generated.md', 1, text, gwWordsOnly, readNotesFromLines));
    const entries = (list: DocumentSymbol[]): number => list.reduce((sum, symbol) => sum + 1 + entries(symbol.children ?? []), 0);
    assert.equal(entries(outline), maxOutlineEntries + 1);
    const rest = outline[outline.length - 1];
    assert.equal(rest.name, '2002 more areas, levels and modules');
    assert.equal(rest.detail, `not listed: the outline lists the first ${maxOutlineEntries}`);
    // The area and its level take two entries: the 9,999th module (line 10,001) is the first left out.
    assert.deepEqual(rest.range, { start: { line: 10_001, character: 0 }, end: { line: 12_003, character: 0 } });
    outline.forEach(checkNesting);
  });
});
