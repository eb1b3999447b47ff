import assert from 'node:assert/strict';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { parseNotes } from '../../server/src/notes/parse';
import type { NotesModel } from '../../server/src/notes/types';
import { readNotesFromLines } from '../../server/src/notes/textLines';

/**
 * A module written on the line right under a level marker quote, with no blank line between: to
 * Markdown the line continues the quote (lazily, or with its own `>`), to its writer it is the
 * level's first module. Both line sources read it as the writer meant, on the same evidence as anywhere else.
 */
const sources: [string, (text: string) => NotesModel][] = [
  ['remark source', (text) => parseNotes(text, { catalog: bundledCourse.catalog })],
  ['text source', (text) => readNotesFromLines(text, { catalog: bundledCourse.catalog })],
];

const area = '# Course notes\n\n## Area 2: Cloud Web Apps\n\n';

const shapes: { name: string; marker: string; line: string; title: string; minutes?: number }[] = [
  { name: 'a link continuing the quote lazily', marker: '> Beginner Level', line: '[Video: What is the cloud?](https://example.org/v1) 12 min', title: 'Video: What is the cloud?', minutes: 12 },
  { name: 'a link with its own `>`', marker: '> **Beginner Level**', line: '> [Video: What is the cloud?](https://example.org/v1) 12 min', title: 'Video: What is the cloud?', minutes: 12 },
  { name: 'a list item under an emphasised marker', marker: '> _Intermediate_', line: '- [Lab: Host a static site](https://example.org/l2) (time: 40 min)', title: 'Lab: Host a static site', minutes: 40 },
  { name: 'a numbered title with a time', marker: '> Beginner Level', line: '1. Lab: Host a static site - 40 min', title: 'Lab: Host a static site', minutes: 40 },
  { name: 'a catalog title with no time', marker: '> Beginner Level', line: 'QwikLab: Intro to S3', title: 'QwikLab: Intro to S3' },
  { name: 'a heading', marker: '> **Intermediate Level**', line: '### [Lab: Host a static site](https://example.org/l2) 40 min', title: 'Lab: Host a static site', minutes: 40 },
];

describe('a module on the line right under a level marker quote', () => {
  for (const [source, read] of sources) {
    describe(source, () => {
      for (const shape of shapes) {
        it(`opens the level's module at ${shape.name} (${shape.marker})`, () => {
          const model = read(`${area}${shape.marker}\n${shape.line}\n\nSome notes of mine.\n`);
          assert.deepEqual(model.modules.map((module) => module.title), [shape.title]);
          const [module] = model.modules;
          assert.equal(module.level, shape.marker.includes('Intermediate') ? 'Intermediate' : 'Beginner');
          assert.equal(module.openerRange.start.line, 5);
          assert.equal(module.estimate?.kind === 'minutes' ? module.estimate.minutes.min : undefined, shape.minutes);
          assert.equal(model.levels[0].modules.length, 1);
        });
      }

      it('keeps a sentence continuing the marker quote as no module', () => {
        const model = read(`${area}> Beginner Level\nI liked how short these videos were\n`);
        assert.deepEqual(model.modules, []);
        assert.equal(model.levels.length, 1);
      });

      it('keeps a lazy line under a quoted module as that module\'s notes', () => {
        const model = read(`${area}> Beginner Level\n\n> [Video: What is the cloud?](https://example.org/v1) 12 min\nVideo: a second look, 5 min\n`);
        assert.deepEqual(model.modules.map((module) => module.title), ['Video: What is the cloud?']);
      });
    });
  }
});
