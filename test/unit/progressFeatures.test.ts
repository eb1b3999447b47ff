import assert from 'node:assert/strict';
import type { MarkupContent } from 'vscode-languageserver-types';
import type { Course } from '../../server/src/catalog/course';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { courseProgress } from '../../server/src/course/progress';
import { summariseNotes } from '../../server/src/course/studentNotes';
import { progressHover } from '../../server/src/features/hover';
import { progressLenses } from '../../server/src/features/progressLens';
import { analyseNotes } from '../../server/src/document/notesDocument';

const course: Course = bundledCourse;
const read = (...lines: string[]) => {
  const document = { ...analyseNotes('file:///class/README.md', 1, lines.join('\n')), path: 'README.md' };
  const progress = courseProgress([summariseNotes('README.md', document.model, document.text, true)], course);
  return { document, progress: { progress, file: 'README.md', uriOf: (file: string) => `file:///class/${file}`, whole: true } };
};

/** Docker's Beginner done and one Intermediate video; a Cloud area begun with an empty module; a heading the course does not know. */
const notes = read(
  '# My practice notes',
  '',
  '## Area 1 Docker',
  '> Beginner Level',
  '- Why Docker Video ~10 mins',
  '  - images carry their dependencies; the kernel is shared',
  '- Lab: DevOps Docker Beginners Guide (45 min)',
  '  - ran alpine, listed containers, exec into one',
  '> Intermediate Level',
  '- What are Containers video (18 min)',
  '  - a sandboxed process with its own namespaces and cgroups',
  '',
  '## [Cloud Web Apps](https://gwdistsys18.github.io/learn/web/)',
  '### AWS Tutorial: Launch a VM (30 min)',
  '',
  '## Reflections',
  'What I would do differently next time.',
);

describe('progress on area headings', () => {
  it('a CodeLens on each area heading the course knows: levels done/required, the time left beside the next level', () => {
    const lenses = progressLenses(notes.document, notes.progress);
    assert.deepEqual(
      lenses.map((lens) => [lens.range.start.line, lens.command?.title]),
      [
        [2, 'Beginner ✓ · Intermediate 1/12 (7 h 11 min left)'],
        [12, 'Beginner 0/2 (1 h left) · Intermediate 0/9'],
      ],
    );
  });

  it('a hover on the area heading lists the modules left for the next level with the course’s times', () => {
    const hover = progressHover(notes.document, { line: 2, character: 5 }, notes.progress);
    const value = (hover?.contents as MarkupContent).value;
    assert.match(value, /^\*\*Docker and Containers\*\*: Beginner reached\n/);
    assert.match(value, /- Beginner: 2\/2 ✓\n- Intermediate: 1\/12\n/);
    assert.match(value, /Left for Intermediate \(7 h 11 min at the course's estimates\):/);
    assert.match(value, /- Video: VMs Versus Containers — 8 min/);
    assert.doesNotMatch(value, /What are Containers/);
    assert.equal(hover?.range?.start.line, 2);
  });

  it('the rounds, for an editor without a view of them: lenses on the notes\' title after the areas\', and its hover', () => {
    const rounds = ['Round 1 (due 2018-10-29): not met: 1 more area at Intermediate, 1 more area at Beginner or above', 'Round 2 (due 2018-12-09): not met: 2 more areas at Intermediate, 2 more areas at Beginner or above (or complete a final project in an area of your choice)'];
    const lenses = progressLenses(notes.document, notes.progress, { rounds: true });
    assert.deepEqual(lenses.slice(2).map((lens) => [lens.range.start.line, lens.command?.title, lens.command?.command]), rounds.map((round) => [0, round, '']));
    const hover = progressHover(notes.document, { line: 0, character: 3 }, notes.progress);
    // As Markdown shows it: the parentheses are escaped in its source.
    assert.equal((hover?.contents as MarkupContent).value.replace(/\\(.)/g, '$1'), ['**Rounds**', '', ...rounds.map((round) => `- ${round}`)].join('\n'));
  });

  it('no hover off the heading or on a heading the course does not know', () => {
    assert.equal(progressHover(notes.document, { line: 4, character: 3 }, notes.progress), null);
    assert.equal(progressHover(notes.document, { line: 15, character: 3 }, notes.progress), null);
  });
});
