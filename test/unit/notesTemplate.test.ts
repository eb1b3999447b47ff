import assert from 'node:assert/strict';
import { bundledCatalog } from '../../server/src/catalog/bundledCatalog';
import { analyseNotes } from '../../server/src/service/notesDocument';
import { notesTemplate } from '../../server/src/features/notesTemplate';
import { createStudyNotesService } from '../../server/src/service/studyNotesService';
import { memoryWorkspace, OpenTexts } from '../support/memoryWorkspace';

describe('the New Notes template', () => {
  const { text, firstModuleLine } = notesTemplate('Study Notes', bundledCatalog.modules);
  const lines = text.split('\n');

  it('reads back as the course: every area once, in catalog order, with its levels and no module', () => {
    const { model } = analyseNotes('file:///README.md', 1, text);
    const courseAreas = [...new Set(bundledCatalog.modules.filter((module) => !/^extra$/i.test(module.level)).map((module) => module.area))];
    assert.deepEqual(
      model.areas.map((area) => area.heading),
      courseAreas.map((area, index) => `Area ${index + 1}: ${area}`),
    );
    for (const area of model.areas) {
      const levels = new Set(bundledCatalog.modules.filter((module) => area.topic === module.area && !/^extra$/i.test(module.level)).map((module) => module.level));
      assert.deepEqual(area.levels.map((level) => level.name), [...levels], area.heading);
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
