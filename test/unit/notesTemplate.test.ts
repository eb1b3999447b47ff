import assert from 'node:assert/strict';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { analyseNotes } from '../../server/src/document/notesDocument';
import { notesTemplate } from '../../server/src/features/notesTemplate';
import { createStudyNotesService } from '../../server/src/service/studyNotesService';
import { memoryWorkspace, OpenTexts } from '../support/memoryWorkspace';

describe('the New Notes template', () => {
  const { text, firstModuleLine } = notesTemplate('Study Notes', bundledCourse);
  const lines = text.split('\n');

  it('reads back as the course: every area once, in course order, with the levels it asks of it and no module', () => {
    const { model } = analyseNotes('file:///README.md', 1, text);
    assert.deepEqual(
      model.areas.map((area) => area.heading),
      bundledCourse.areas.map((area, index) => `Area ${index + 1}: ${area}`),
    );
    for (const area of model.areas) {
      const required = bundledCourse.catalog.modules.filter((module) => area.topic === module.area && !module.optional);
      const levels = bundledCourse.rules.levels.flatMap((level) => level.includes.filter((included) => required.some((module) => module.level === included)));
      assert.deepEqual(area.levels.map((level) => level.name), levels, area.heading);
    }
    assert.equal(model.modules.length, 0);
    assert.equal(model.title?.text, 'Study Notes');
  });

  it('leaves a blank line under each level marker, and the cursor line under the first one', () => {
    const markers = lines.flatMap((line, index) => (line.startsWith('> ') ? [index] : []));
    assert.ok(markers.length > 0);
    for (const marker of markers) assert.deepEqual([lines[marker + 1], lines[marker + 2]], ['', ''], `under ${lines[marker]}`);
    assert.equal(firstModuleLine, markers[0] + 2);
  });

  it('is what the language service writes for the course it reads with, and it raises no problem', async () => {
    const open = new OpenTexts();
    const silent = (): void => {};
    const service = createStudyNotesService({ workspace: memoryWorkspace({}), logger: { info: silent, warn: silent, error: silent }, openDocuments: open, onProblem: silent });
    const written = service.notesTemplate({ title: 'Study Notes' });
    assert.equal(written.text, text);
    open.open('file:///workspace/README.md', written.text);
    assert.deepEqual(service.diagnostics('file:///workspace/README.md'), []);
  });
});
