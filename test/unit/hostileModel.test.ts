// Hostile shapes in process, where a failure points at the model or service directly (the LSP
// suite test/lsp/hostile.test.ts runs the same kinds of input through the built server).
import assert from 'node:assert/strict';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { CatalogIndex } from '../../server/src/notes/catalog';
import { parseNotes } from '../../server/src/notes/parse';
import { CatalogSources } from '../../server/src/service/catalogSources';
import { analyseNotes } from '../../server/src/document/notesDocument';
import { defaultSettings } from '../../server/src/document/settings';
import { WorkspaceIndex } from '../../server/src/service/workspaceIndex';
import { checkAllRanges } from '../support/invariants';

describe('hostile shapes in process', function () {
  this.timeout(60_000);

  // Before the cap covered list markers, `- - - … x` 4,000 levels deep threw "Maximum call stack
  // size exceeded" after 10 s, and 50,000 levels kept the server busy for more than 10 minutes.
  for (const [name, deep] of [
    ['bullets', '- '.repeat(50_000)],
    ['plus bullets', '+ '.repeat(50_000)],
    ['star bullets', '* '.repeat(50_000)],
    ['ordered', '1. '.repeat(50_000)],
    ['ordered with parentheses', '12) '.repeat(30_000)],
    ['tab-separated bullets', '-\t'.repeat(50_000)],
    ['quotes and bullets', '> - '.repeat(25_000)],
    ['quotes', '> '.repeat(50_000)],
  ] as const) {
    it(`50,000 levels of ${name} on one line: read at once, offsets exact`, () => {
      const opener = '[Video: Why Docker?](https://x.example/v) (time: 10 min)';
      const text = `## Area 1: Docker\n${deep}${opener}\n\n[Lab: Docker Intro](https://x.example/l) (time: 20 min)\nNotes.\n`;
      const started = Date.now();
      const model = parseNotes(text, { catalog: bundledCourse.catalog });
      const ms = Date.now() - started;
      assert.ok(ms < 5000, `${ms} ms`);
      assert.equal(model.lineCount, 6);
      checkAllRanges(model, text, name);
      const lab = model.modules.find((module) => module.title === 'Lab: Docker Intro');
      assert.deepEqual(lab?.estimate?.range, { start: { line: 3, character: 41 }, end: { line: 3, character: 55 } });
    });
  }

  it('a long thematic break of dashes stays a thematic break', () => {
    const text = `## Area 1: Docker\n\n[Lab: Docker Intro](https://x.example/l) (time: 20 min)\nNotes.\n\n${'- '.repeat(100)}-\n\n[Lab: Two](https://x.example/2) (time: 5 min)\nMore.\n`;
    const model = parseNotes(text, { catalog: bundledCourse.catalog });
    assert.deepEqual(model.modules.map((module) => module.title), ['Lab: Docker Intro', 'Lab: Two']);
  });

  it('a workspace of 20,000 written modules: the merged catalog is built in well under the 13 s it took', () => {
    // The fuzzy catalog lookup read every catalog title's words again for every title looked up.
    // In files of 500 modules each, the most the index keeps of one file.
    const index = new WorkspaceIndex();
    for (let file = 0; file < 40; file++) {
      const text = Array.from({ length: 500 }, (_, index) => `## Module ${file * 500 + index} (time: 5 min)`).join('\n');
      index.update(analyseNotes(`file:///class/huge-${file}.md`, 1, text, bundledCourse.catalog), defaultSettings);
    }
    const started = Date.now();
    const catalog = new CatalogSources().forDocument('file:///class/mine.md', index);
    const found = catalog.find('Module 19999');
    const ms = Date.now() - started;
    console.log(`      merged catalog of ${catalog.entries.length} entries in ${ms} ms`);
    assert.ok(found, 'the written module is found');
    assert.ok(ms < 5000, `${ms} ms`);
  });

  it('the fuzzy lookup still finds a module by most of its words, twice alike', () => {
    const index = new CatalogIndex(bundledCourse.catalog.modules, bundledCourse.catalog.words);
    for (let round = 0; round < 2; round++) assert.equal(index.find('Install a Lamp Web Server on Amazon Linux2')?.title, 'AWS Tutorial: Install a LAMP Web Server on Amazon Linux 2');
  });
});
