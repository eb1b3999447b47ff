import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { parseNotes } from '../../server/src/notes/parse';
import type { NotesModel } from '../../server/src/notes/types';
import { readNotesFromLines } from '../../server/src/notes/textLines';
import { analyseNotes, rememberingLookups } from '../../server/src/document/notesDocument';
import { WorkspaceIndex } from '../../server/src/service/workspaceIndex';
import { defaultSettings } from '../../server/src/document/settings';
import { corpusAvailable, corpusNotesFiles, readCorpusFile } from '../support/corpus';

const root = path.resolve(__dirname, '../..');
const catalog = rememberingLookups(bundledCourse.catalog);

function moduleKeys(model: NotesModel): string[] {
  return model.modules.map((module) => `${module.titleRange.start.line}:${module.title}`);
}

describe('text line source: unopened files read from their lines, for the workspace index', function () {
  this.timeout(120000);

  it('reads the fixtures as the full model does: areas, modules, estimates and detection', () => {
    const files = [...readdirSync(path.join(root, 'test/fixtures/notes')).map((name) => path.join(root, 'test/fixtures/notes', name)), path.join(root, 'examples/notes/README.md')];
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      const model = parseNotes(text, { catalog });
      const byLines = readNotesFromLines(text, { catalog });
      assert.deepEqual(byLines.areas.map((area) => area.heading), model.areas.map((area) => area.heading), file);
      assert.deepEqual(moduleKeys(byLines), moduleKeys(model), file);
      assert.deepEqual(byLines.modules.map((module) => module.estimate?.text), model.modules.map((module) => module.estimate?.text), file);
      assert.equal(byLines.detection.isNotes, model.detection.isNotes, file);
    }
  });

  it('leaves a module listed right under one without a time its own time, as the full model does', () => {
    const text = '## Area 2: Big Data\n* QwikLab: Intro to S3 - already done in Area 1\n* QwikLab: Intro to Amazon Redshift (took ~20 minutes)\n  * a data warehouse\n';
    const times = (model: NotesModel) => model.modules.map((module) => [module.title, module.estimate?.text, module.range.end.line]);
    assert.deepEqual(times(readNotesFromLines(text, { catalog })), [
      ['QwikLab: Intro to S3 - already done in Area 1', undefined, 1],
      ['QwikLab: Intro to Amazon Redshift', '(took ~20 minutes)', 3],
    ]);
    assert.deepEqual(times(readNotesFromLines(text, { catalog })), times(parseNotes(text, { catalog })));
  });

  it('reads a level or template text that emphasis splits, as the full model does (the reader looks for their words in the text without markup)', () => {
    const text = '## Area 1: Docker and Containers\n\nIntro.\nBe*ginner* Level\n\n[Lab: Docker Intro](https://x.example/l) (time: 30 min)\nNot*es* go here\n';
    for (const model of [readNotesFromLines(text, { catalog }), parseNotes(text, { catalog })]) {
      assert.deepEqual(model.levels.map((level) => level.name), ['Beginner']);
      assert.equal(model.modules[0].level, 'Beginner');
      assert.equal(model.modules[0].hasNotes, false, 'the template text is no notes');
    }
  });

  it('gives workspace symbols with the model of an open document', () => {
    const text = readFileSync(path.join(root, 'test/fixtures/notes/link-paragraphs.md'), 'utf8');
    const index = new WorkspaceIndex();
    index.update(analyseNotes('file:///notes.md', 0, text, bundledCourse.catalog, readNotesFromLines), defaultSettings);
    assert.ok(index.query('').length > 0);
  });

  it('agrees with the full model on the corpus (areas, modules, minutes)', function () {
    if (!corpusAvailable()) return this.skip();
    let agreed = 0;
    let readByLines = 0;
    let parsed = 0;
    let sameAreas = 0;
    let sameDetection = 0;
    // Every other file of the notes: the full parse is what this costs.
    const files = corpusNotesFiles().filter((file, index) => file.startsWith('notes/') && index % 2 === 0);
    for (const file of files) {
      const text = readCorpusFile(file);
      const model = parseNotes(text, { catalog });
      const byLines = readNotesFromLines(text, { catalog });
      const expected = new Set(moduleKeys(model));
      const found = moduleKeys(byLines);
      agreed += found.filter((key) => expected.has(key)).length;
      readByLines += found.length;
      parsed += expected.size;
      if (byLines.areas.map((area) => area.heading).join('\n') === model.areas.map((area) => area.heading).join('\n')) sameAreas++;
      if (byLines.detection.isNotes === model.detection.isNotes) sameDetection++;
    }
    const precision = agreed / readByLines;
    const recall = agreed / parsed;
    console.log(`      (${files.length} files: modules precision ${precision.toFixed(3)}, recall ${recall.toFixed(3)}; same areas in ${sameAreas}, same detection in ${sameDetection})`);
    assert.ok(precision >= 0.95, `precision ${precision}`);
    assert.ok(recall >= 0.9, `recall ${recall}`);
    assert.ok(sameAreas >= files.length * 0.95, `same areas in ${sameAreas} of ${files.length}`);
    assert.ok(sameDetection >= files.length * 0.95, `same detection in ${sameDetection} of ${files.length}`);
  });
});
