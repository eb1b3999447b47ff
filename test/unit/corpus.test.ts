import assert from 'node:assert/strict';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { parseNotes } from '../../server/src/notes/parse';
import type { NotesModel, Position, Range } from '../../server/src/notes/types';
import { corpusNotesFiles, readCorpusFile, skipWithoutCorpus } from '../support/corpus';

const precedes = (a: Position, b: Position): boolean => a.line < b.line || (a.line === b.line && a.character <= b.character);
const inside = (inner: Range, outer: Range): boolean => precedes(outer.start, inner.start) && precedes(inner.end, outer.end);

function assertRangeInDocument(range: Range, lines: string[], what: string): void {
  for (const position of [range.start, range.end]) {
    assert.ok(position.line >= 0 && position.line < lines.length, `${what}: line ${position.line} outside the document`);
    const line = lines[position.line];
    assert.ok(position.character >= 0 && position.character <= line.length, `${what}: character ${position.character} outside line ${position.line}`);
    const code = line.charCodeAt(position.character - 1);
    assert.ok(!(code >= 0xd800 && code <= 0xdbff), `${what}: splits a surrogate pair`);
  }
  assert.ok(precedes(range.start, range.end), `${what}: ends before it starts`);
}

function assertSane(model: NotesModel, text: string, file: string): void {
  const lines = text.split(/\r\n|\r|\n/);
  assert.equal(model.lineCount, lines.length);
  model.areas.forEach((area, index) => {
    assertRangeInDocument(area.range, lines, `${file} area ${index}`);
    for (const module of area.modules) assert.ok(inside(module.range, area.range), `${file}: module "${module.title}" outside its area`);
  });
  model.modules.forEach((module, index) => {
    for (const [name, range] of Object.entries({ opener: module.openerRange, title: module.titleRange, range: module.range, notes: module.notesRange, estimate: module.estimate?.range })) {
      if (range) assertRangeInDocument(range, lines, `${file} module ${index} ${name}`);
    }
    assert.ok(inside(module.openerRange, module.range), `${file}: opener outside module ${index}`);
    if (module.notesRange) assert.ok(inside(module.notesRange, module.range), `${file}: notes outside module ${index}`);
    const previous = model.modules[index - 1];
    if (previous) assert.ok(precedes(previous.range.end, module.range.start) || previous.range.end.line <= module.range.start.line, `${file}: modules ${index - 1} and ${index} overlap or are out of order`);
    if (module.areaIndex !== undefined) assert.ok(model.areas[module.areaIndex].modules.includes(module));
  });
  for (const span of model.code) assertRangeInDocument(span.range, lines, `${file} code`);
}

describe('the whole corpus', function () {
  // Parses every file of the corpus: seconds, not milliseconds, on a loaded 2-core machine.
  this.timeout(300_000);
  before(function () {
    skipWithoutCorpus(this);
  });

  it('parses every file without throwing, with sane, ordered ranges, the same way twice', () => {
    const files = corpusNotesFiles();
    assert.ok(files.length >= 75, `${files.length} corpus files`);
    for (const file of files) {
      const text = readCorpusFile(file);
      const model = parseNotes(text, { catalog: bundledCourse.catalog });
      assertSane(model, text, file);
      assert.deepEqual(parseNotes(text, { catalog: bundledCourse.catalog }), model, `${file}: not deterministic`);
    }
  });

  it('counts the seeds\' modules and modules without an estimate as expected', () => {
    const expected: Record<string, [number, number]> = {
      'seeds/000_f842a16672342412.md': [7, 1],
      'seeds/001_e4120a972981be78.md': [12, 5],
      'seeds/003_6da2e5f7bac77769.md': [10, 2],
      'seeds/004_8df46fd5f9bc121f.md': [12, 0],
    };
    for (const [file, [modules, withoutEstimate]] of Object.entries(expected)) {
      const model = parseNotes(readCorpusFile(file), { catalog: bundledCourse.catalog });
      const missing = model.modules.filter((module) => module.estimate?.kind !== 'minutes').length;
      assert.deepEqual([model.modules.length, missing], [modules, withoutEstimate], file);
    }
  });

  it('takes every student notes file with modules for notes', () => {
    const notTaken = corpusNotesFiles()
      .filter((file) => file.startsWith('notes/') || file.startsWith('seeds/'))
      .filter((file) => !parseNotes(readCorpusFile(file), { catalog: bundledCourse.catalog }).detection.isNotes);
    console.log(`      not taken for notes: ${notTaken.join(', ') || 'none'}`);
    assert.ok(notTaken.length <= 3, `${notTaken.length} notes files not taken for notes: ${notTaken.join(', ')}`);
  });
});
