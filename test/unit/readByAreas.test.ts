import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import fc from 'fast-check';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { parseNotes, type ParseOptions } from '../../server/src/notes/parse';
import { readAllByAreas, readByAreas } from '../../server/src/notes/readByAreas';
import { readNotesFromLines } from '../../server/src/notes/textLines';
import type { NotesModel } from '../../server/src/notes/types';
import { rememberingLookups } from '../../server/src/document/notesDocument';
import { notesDocumentArbitrary, propertyParameters } from '../support/arbitraries';
import { corpusAvailable, corpusNotesFiles, readCorpusFile } from '../support/corpus';
import { buildDocument, sourceTexts } from '../perf/measure';

const root = path.resolve(__dirname, '../..');
const options: ParseOptions = { catalog: rememberingLookups(bundledCourse.catalog) };

/** The model read an area at a time after a reading by lines, and how many parses it took. */
function readInPieces(text: string, pieceChars?: number): { model: NotesModel; parses: number } {
  let parses = 0;
  const counted = (piece: string, pieceOptions: ParseOptions): NotesModel => {
    parses++;
    return parseNotes(piece, pieceOptions);
  };
  return { model: readAllByAreas(text, readNotesFromLines(text, options), options, counted, pieceChars), parses };
}

function localTexts(): [string, string][] {
  const fixtures = readdirSync(path.join(root, 'test/fixtures/notes')).map((name) => path.join(root, 'test/fixtures/notes', name));
  return [...fixtures, path.join(root, 'examples/notes/README.md')].map((file) => [path.relative(root, file), readFileSync(file, 'utf8')]);
}

describe('reading by areas: a long text parsed an area at a time equals one parse of it', function () {
  this.timeout(300000);

  it('on the fixtures and examples, every area its own piece', () => {
    for (const [name, text] of localTexts()) assert.deepEqual(readInPieces(text, 1).model, parseNotes(text, options), name);
  });

  it('on every corpus file, every area its own piece, and reads most of them in pieces', function () {
    if (!corpusAvailable()) return this.skip();
    let inPieces = 0;
    let withAreas = 0;
    for (const file of corpusNotesFiles()) {
      const text = readCorpusFile(file);
      const { model, parses } = readInPieces(text, 1);
      assert.deepEqual(model, parseNotes(text, options), file);
      // Whole, a text takes one parse; in pieces, one for the text before the areas and one per area.
      if (model.areas.length < 2) continue;
      withAreas++;
      if (parses === model.areas.length + 1) inPieces++;
    }
    assert.ok(inPieces >= withAreas * 0.8, `${inPieces} of ${withAreas} files with areas read in pieces`);
  });

  it('on 300 KB of corpus notes in pieces of the default size, with summaries and definitions across areas', function () {
    if (!corpusAvailable()) return this.skip();
    const text = buildDocument(sourceTexts().texts, 300_000);
    const { model, parses } = readInPieces(text);
    assert.ok(parses > 5, `${parses} parses`);
    assert.ok(model.summaries.length > 0);
    assert.deepEqual(model, parseNotes(text, options));
  });

  it('on random documents and every line ending', () => {
    fc.assert(
      fc.property(notesDocumentArbitrary, (text) => {
        assert.deepEqual(readInPieces(text, 1).model, parseNotes(text, options));
      }),
      propertyParameters(300),
    );
  });

  it('lets others run between pieces: one step reads one piece', () => {
    const text = ['# Notes', '', ...Array.from({ length: 6 }, (_, area) => `## Area ${area + 1}: Docker\n\n[Video: Docker ${area}](https://example.com/${area}) (time: 5 min)\n\nnotes\n`)].join('\n');
    let parses = 0;
    const reading = readByAreas(text, readNotesFromLines(text, options), options, (piece, pieceOptions) => (parses++, parseNotes(piece, pieceOptions)), 1);
    const parsesPerStep: number[] = [];
    for (let step = reading.next(), before = 0; ; step = reading.next()) {
      parsesPerStep.push(parses - before);
      before = parses;
      if (step.done) break;
    }
    // The text before the areas, then one area per step, the last with the model.
    assert.deepEqual(parsesPerStep, [1, 1, 1, 1, 1, 1, 1]);
  });

  it('gives a module the time of the first summary that names it, when summaries are in several areas', () => {
    const text = '# Notes\n\n## Area 1: Docker\n\n### Lab: Docker Intro\nI learned a lot.\n\n## Time spent\n- Docker Intro -- 30min\n\n## Area 2: Cloud\n\nnotes\n\n## Time spent\n- Docker Intro -- 40min\n';
    const { model } = readInPieces(text, 1);
    assert.equal(model.modules[0]?.estimate?.text, '-- 30min');
    assert.deepEqual(model, parseNotes(text, options));
  });

  it('gives a module before the first area the time of a summary further on, not the time logged in its notes', () => {
    const text = '# Notes\n\n### Lab: Docker Intro\n1. Images.\n1. Containers.\n\n*Cost 15 minutes, finished on Oct 13th.*\n\n## Area 1: Docker\n\nnotes\n\n## Time spent\n- Docker Intro -- 40min\n';
    const { model } = readInPieces(text, 1);
    assert.equal(model.modules[0]?.estimate?.text, '-- 40min');
    assert.deepEqual(model, parseNotes(text, options));
  });

  it('reads a text whose plan is wrong whole, and still right', () => {
    const text = '# Notes\n\n## Area 1: Docker\n\n[Video: A](https://example.com/a) (time: 5 min)\n\n## Area 2: Cloud\n\n[Video: B](https://example.com/b)\n';
    const plan = readNotesFromLines(text.replace('## Area 2: Cloud', '## Area 2: Other'), options);
    assert.deepEqual(readAllByAreas(text, plan, options, parseNotes, 1), parseNotes(text, options));
  });

  it('reads a text whole where a piece reads another number of areas than its reading by lines, and never throws there', () => {
    // `<span>` under `- * ` opens an HTML block to remark that swallows the heading under it; the reading by lines sees an area.
    const area = (index: number, body: string): string => `## Area ${index}: Docker\n\n${body}\n\n${'Notes on the lab, one line after another. '.repeat(24)}\n\n`;
    const swallowed = (count: number): string => Array.from({ length: count }, (_, k) => `- * \n<span>\n## Area ${50 + k}: Docker\n`).join('\n');
    const moved = '# Notes\n\n' + Array.from({ length: 40 }, (_, i) => area(i + 1, i === 2 ? swallowed(1) : i === 16 ? 'Video: P (time: 5 min)\n\n- * \n<span>\nVideo: Z (time: 5 min)' : i === 39 ? 'Video: B (time: 5 min)\n\n## Cl&#111;ud Web Apps\n\nVideo: C (time: 5 min)' : `Video: Part ${i} (time: 5 min)`)).join('');
    const many = '# Notes\n\n' + Array.from({ length: 40 }, (_, i) => area(i + 1, i === 2 ? swallowed(12) : `Video: Part ${i} (time: 5 min)`)).join('');
    for (const text of [moved, many]) {
      assert.deepEqual(readAllByAreas(text, readNotesFromLines(text, options), options, parseNotes), parseNotes(text, options));
    }
  });
});
