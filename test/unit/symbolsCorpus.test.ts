import assert from 'node:assert/strict';
import { SymbolKind, type DocumentSymbol, type Position, type Range } from 'vscode-languageserver-types';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { parseNotes } from '../../server/src/notes/parse';
import type { NotesModel } from '../../server/src/notes/types';
import { readNotesFromLines } from '../../server/src/notes/textLines';
import { analyseNotes, isNotesDocument, type NotesParser } from '../../server/src/document/notesDocument';
import { defaultSettings } from '../../server/src/document/settings';
import { documentSymbols } from '../../server/src/features/symbols';
import { corpusNotesFiles, readCorpusFile, skipWithoutCorpus } from '../support/corpus';

/**
 * The Outline and the breadcrumbs over real notes (issue 14.8): on every line of a module the
 * breadcrumb reads area › level › module as the model has them, and every area, level and module
 * of the model is in the Outline. Both line sources, since large files are read by lines.
 */
const sources: [string, NotesParser][] = [
  ['remark source', parseNotes],
  ['text source', (text) => readNotesFromLines(text, { catalog: bundledCourse.catalog })],
];

const notAfter = (a: Position, b: Position) => a.line < b.line || (a.line === b.line && a.character <= b.character);
const inside = (inner: Range, outer: Range) => notAfter(outer.start, inner.start) && notAfter(inner.end, outer.end);
const show = (range: Range) => `${range.start.line}:${range.start.character}-${range.end.line}:${range.end.character}`;

/** The symbols a breadcrumb shows at a position: the innermost one holding it, with its parents. */
function breadcrumb(symbols: DocumentSymbol[], position: Position): DocumentSymbol[] {
  const holding = symbols.find((symbol) => notAfter(symbol.range.start, position) && notAfter(position, symbol.range.end));
  return holding ? [holding, ...breadcrumb(holding.children ?? [], position)] : [];
}

/** Children inside their parent, the selection inside the range, siblings in order and apart. */
function checkNesting(symbols: DocumentSymbol[], parent: string): string[] {
  const problems: string[] = [];
  symbols.forEach((symbol, index) => {
    if (!inside(symbol.selectionRange, symbol.range)) problems.push(`${symbol.name}: selection ${show(symbol.selectionRange)} outside ${show(symbol.range)}`);
    const next = symbols[index + 1];
    if (next && !notAfter(symbol.range.end, next.range.start)) problems.push(`${parent}: ${symbol.name} ${show(symbol.range)} overlaps ${next.name} ${show(next.range)}`);
    for (const child of symbol.children ?? []) if (!inside(child.range, symbol.range)) problems.push(`${child.name} ${show(child.range)} outside ${symbol.name} ${show(symbol.range)}`);
    problems.push(...checkNesting(symbol.children ?? [], symbol.name));
  });
  return problems;
}

const holdsLine = (range: Range, line: number) => range.start.line <= line && line <= range.end.line;

/**
 * What a breadcrumb on the line should read, by the model: the module whose lines hold it with its
 * level and area, else the level, else the area (by their selection ranges).
 */
function expectedTrail(model: NotesModel, line: number): string {
  const module = model.modules.find((candidate) => holdsLine(candidate.range, line));
  const level = module ? model.levels.find((candidate) => candidate.modules.includes(module)) : model.levels.find((candidate) => holdsLine(candidate.range, line));
  // An area runs from its heading over all its levels, even where the model's area range ends earlier.
  const areaHolds = (area: NotesModel['areas'][number]) => [area.range, ...area.levels.map((candidate) => candidate.range)].some((range) => area.headingRange.start.line <= line && line <= range.end.line);
  const areaIndex = module ? module.areaIndex : level ? level.areaIndex : model.areas.findIndex(areaHolds);
  const area = areaIndex === undefined ? undefined : model.areas[areaIndex];
  return [area?.headingRange, level?.markerRange, module?.titleRange].filter((range): range is Range => range !== undefined).map(show).join(' › ');
}

/** Where a cursor stands on a line: its start, its first character, its end. */
function positionsOn(text: string, line: number): Position[] {
  return [0, text.length - text.trimStart().length, text.length].map((character) => ({ line, character }));
}

function everySymbol(symbols: DocumentSymbol[]): DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...everySymbol(symbol.children ?? [])]);
}

describe('document symbols over the corpus notes', function () {
  this.timeout(60000);

  before(function () {
    skipWithoutCorpus(this);
  });

  for (const [source, parse] of sources)
    it(`${source}: nest, hold every area, level and module, and read area › level › module on every line of a module`, () => {
      const problems: string[] = [];
      let checkedPositions = 0;
      const files = corpusNotesFiles();
      let notesFiles = 0;
      for (const file of files) {
        const text = readCorpusFile(file);
        const document = analyseNotes(`file:///corpus/${file}`, 1, text, bundledCourse.catalog, parse);
        // Files the settings do not take for notes have no symbols of ours at all.
        if (!isNotesDocument(document, defaultSettings)) continue;
        notesFiles++;
        const { model } = document;
        const symbols = documentSymbols(document);
        problems.push(...checkNesting(symbols, '(document)').map((problem) => `${file}: ${problem}`));
        const all = everySymbol(symbols);
        const named = (kind: SymbolKind, range: Range) => all.some((symbol) => symbol.kind === kind && show(symbol.selectionRange) === show(range));
        for (const area of model.areas) if (!named(SymbolKind.Class, area.headingRange)) problems.push(`${file}: area "${area.heading}" has no symbol`);
        for (const level of model.levels) if (!named(SymbolKind.EnumMember, level.markerRange)) problems.push(`${file}: level ${level.name} at line ${level.markerRange.start.line + 1} has no symbol`);
        for (const module of model.modules) if (!named(SymbolKind.Module, module.titleRange)) problems.push(`${file}: module "${module.title}" has no symbol`);
        text.split(/\r?\n/).forEach((lineText, line) => {
          const expected = expectedTrail(model, line);
          for (const position of positionsOn(lineText, line)) {
            checkedPositions++;
            const trail = breadcrumb(symbols, position).map((symbol) => show(symbol.selectionRange)).join(' › ');
            if (trail !== expected) problems.push(`${file}:${line + 1}:${position.character + 1} reads ${trail || 'nothing'}, not ${expected || 'nothing'}`);
          }
        });
      }
      console.log(`    (${source}: ${notesFiles} of ${files.length} corpus files read as notes, ${checkedPositions} positions checked)`);
      assert.equal(problems.length, 0, `${problems.length} problems, the first ones:\n${problems.slice(0, 30).join('\n')}`);
    });
});
