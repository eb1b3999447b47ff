import assert from 'node:assert/strict';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { gwWordsOnly } from '../support/courses';
import { analyseNotes } from '../../server/src/document/notesDocument';
import { buildOutline } from '../../server/src/features/outline';

const notes = [
  '# My notes',
  '',
  '## Area 1: Cloud Web Apps',
  '> Beginner Level',
  '',
  '[AWS Tutorial: Launch a VM](https://example.com/vm) (time: 30 min)',
  'I launched a VM.',
  '',
  '[Lab: Queues](https://example.com/queues)',
  'Queues decouple.',
  '',
  '## Area 2: Big Data',
  '',
  '[Video: Hadoop](https://example.com/hadoop) (time: 1h 30mins)',
  'HDFS stores blocks.',
  '',
].join('\n');

describe('outline', () => {
  it('builds areas, levels, modules and totals', () => {
    const outline = buildOutline(analyseNotes('file:///notes.md', 1, notes, gwWordsOnly), true);
    assert.equal(outline.isNotes, true);
    assert.equal(outline.title, 'My notes');
    assert.equal(outline.totalMinutes, 120);
    assert.equal(outline.modulesWithoutEstimate, 1);
    assert.equal(outline.summary, '2 h, 1 module without estimate');
    assert.deepEqual(outline.areas.map((area) => [area.name, area.summary, area.levels.map((level) => level.modules.map((m) => m.title)), area.modules.map((m) => m.title)]), [
      ['Area 1: Cloud Web Apps', '30 min, 1 module without estimate', [['AWS Tutorial: Launch a VM', 'Lab: Queues']], []],
      ['Area 2: Big Data', '1 h 30 min', [], ['Video: Hadoop']],
    ]);
    const hadoop = outline.areas[1].modules[0];
    assert.deepEqual([hadoop.time, hadoop.minutes, hadoop.hasEstimate, hadoop.url], ['1 h 30 min', 90, true, 'https://example.com/hadoop']);
    assert.equal(outline.areas[0].levels[0].modules[1].hasEstimate, false);
  });

  it('writes the totals the views show, as the hover writes times: no second formatter in the client', () => {
    const fractional = ['## Area 1: Cloud Web Apps', '> Beginner Level', '', '[Lab: A](https://example.com/a) (time: 0.1 min)', 'A.', '', '[Lab: B](https://example.com/b) (time: 0.2 min)', 'B.', '', '[Lab: C](https://example.com/c) (time: 30 min)', 'C.', ''].join('\n');
    const outline = buildOutline(analyseNotes('file:///notes.md', 1, fractional, gwWordsOnly), true);
    assert.deepEqual([outline.time, outline.areas[0].time, outline.areas[0].levels[0].time], ['30 min 18 s', '30 min 18 s', '30 min 18 s']);
    assert.equal(buildOutline(analyseNotes('file:///notes.md', 1, notes, gwWordsOnly), true).time, '2 h');
  });

  it('names the catalog module each written module is, as the server matches titles and URLs', () => {
    const written = ['## Area 2: Docker and Containers', '> Beginner Level', '', '[lab: docker intro](https://training.play-with-docker.com/beginner-linux)', 'Ran containers.', '', '[Quantum Basket Weaving](https://example.com/qbw) (time: 5 min)', 'Not the course.', ''].join('\n');
    const [level] = buildOutline(analyseNotes('file:///notes.md', 1, written, bundledCourse.catalog), true).areas[0].levels;
    assert.deepEqual(level.modules.map((module) => module.courseTitle), ['Lab: Docker Intro', undefined]);
  });

  it('runs an area over its levels that have no modules yet, where a module inserted at its end belongs', () => {
    const outline = buildOutline(analyseNotes('file:///notes.md', 1, '## Area 2: Cloud Web Apps\n\n> Beginner Level\n\n\n> Intermediate Level\n', gwWordsOnly), true);
    assert.deepEqual(outline.areas[0].range, { start: { line: 0, character: 0 }, end: { line: 5, character: 20 } });
  });

  it('is empty for what the service says is not notes', () => {
    const outline = buildOutline(analyseNotes('file:///README.md', 1, '# Tool\n\n## Area 1: Docker\n', gwWordsOnly), false);
    assert.deepEqual([outline.isNotes, outline.areas, outline.modules, outline.summary], [false, [], [], 'no modules']);
  });
});
