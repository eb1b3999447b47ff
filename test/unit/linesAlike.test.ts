// A run over a class reads plain texts by lines (notes/linesAlike.ts): what check and summary say
// of each corpus file must be what they say when remark reads it.
import assert from 'node:assert/strict';
import { summariseNotes } from '../../server/src/course/studentNotes';
import { defaultSettings } from '../../server/src/document/settings';
import { readClassNotes, readsAlikeByLines } from '../../server/src/notes/linesAlike';
import { parseNotes } from '../../server/src/notes/parse';
import type { NotesParser } from '../../server/src/document/notesDocument';
import { createStudyNotesService } from '../../server/src/service/studyNotesService';
import { corpusAvailable, corpusNotesFiles, readCorpusFile } from '../support/corpus';
import { memoryWorkspace, OpenTexts } from '../support/memoryWorkspace';

async function serviceReading(parse: NotesParser) {
  const open = new OpenTexts();
  const silent = (): void => {};
  const service = createStudyNotesService({ workspace: memoryWorkspace({}), logger: { info: silent, warn: silent, error: silent }, openDocuments: open, parse });
  await service.configure(defaultSettings);
  return { service, open };
}

describe('reading a class by lines where that reads alike', function () {
  this.timeout(240_000);

  it('leaves HTML in a list item to remark, which reads the lines under it as HTML', () => {
    assert.equal(readsAlikeByLines('## Docker\n- Lab: Docker Intro\n  <img src="run.png">\n- ```docker build```\n'), false);
    assert.equal(readsAlikeByLines('## Docker\n<img src="run.png">\n\n- Lab: Docker Intro (30 min)\n\t- ran `docker build`\n'), true);
  });

  it('gives every corpus file the diagnostics and summary that a reading by remark gives', async function () {
    if (!corpusAvailable()) return this.skip();
    const [byRemark, byClass] = await Promise.all([serviceReading(parseNotes), serviceReading(readClassNotes)]);
    const files = corpusNotesFiles();
    const differing: string[] = [];
    let byLines = 0;
    for (const file of files) {
      const text = readCorpusFile(file);
      const uri = `file:///workspace/${file}`;
      if (readsAlikeByLines(text)) byLines++;
      const said = [byRemark, byClass].map(({ service, open }) => {
        open.open(uri, text);
        const document = service.document(uri);
        assert.ok(document, file);
        return JSON.stringify([service.diagnostics(uri), summariseNotes(file, document.model, text, service.isNotes(document))]);
      });
      if (said[0] !== said[1]) differing.push(file);
    }
    console.log(`      (${files.length} files, ${byLines} read by lines)`);
    assert.ok(byLines > files.length / 2, 'most of a class is read by lines');
    assert.deepEqual(differing, []);
  });
});
