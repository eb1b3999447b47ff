import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';

const projectRoot = path.resolve(__dirname, '..', '..');

/** The bundled course's own words: its title, areas, level names and rounds, which only its data may hold. */
const courseWords = [
  bundledCourse.title,
  ...bundledCourse.areas,
  ...bundledCourse.catalog.words.levels.flatMap((level) => [level.name, ...(level.otherNames ?? [])]),
  ...bundledCourse.rules.rounds.flatMap((round) => [round.name, round.due]),
];

describe('the extension’s static parts know no course (issue 30)', () => {
  const parts = ['snippets/markdown.json', 'syntaxes/study-notes.injection.json', 'package.json', 'schemas/studynotes.schema.json'];
  for (const part of parts)
    it(`${part} names nothing of the bundled course`, () => {
      const text = readFileSync(path.join(projectRoot, part), 'utf8').toLowerCase();
      assert.deepEqual(courseWords.filter((word) => text.includes(word.toLowerCase())), []);
    });
});
