// What the workspace index keeps: a summary per notes file whose size has a bound (counted here,
// in areas, modules and characters, not in bytes of a heap), a total for the workspace, and one
// change of its written modules for a whole indexing run.
import assert from 'node:assert/strict';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { readNotesFromLines } from '../../server/src/notes/textLines';
import { analyseNotes } from '../../server/src/document/notesDocument';
import { defaultSettings } from '../../server/src/document/settings';
import { createStudyNotesService } from '../../server/src/service/studyNotesService';
import { perFile, WorkspaceIndex } from '../../server/src/service/workspaceIndex';
import { memoryWorkspace, OpenTexts } from '../support/memoryWorkspace';

const area = (index: number, name = `Docker and Containers ${index}`): string => `## Area ${index}: ${name}\n\n> Beginner Level\n`;
const module = (index: number, title = `Lab: Step ${index}`, url = `https://example.org/lab/${index}`): string => `[${title}](${url}) (time: 10 min)\nDid it.\n`;

function indexed(index: WorkspaceIndex, uri: string, text: string): void {
  index.update(analyseNotes(uri, 0, text, bundledCourse.catalog, readNotesFromLines), defaultSettings);
}

describe('the workspace index', () => {
  it('keeps of a file at most its first areas and modules, with names and addresses of bounded length', () => {
    const index = new WorkspaceIndex();
    const long = 'x'.repeat(5000);
    const areas = Array.from({ length: 300 }, (_, i) => area(i + 1)).join('\n');
    const modules = Array.from({ length: 2000 }, (_, i) => module(i, i % 2 ? `Lab: ${long}` : undefined, i % 3 ? undefined : `https://example.org/${long}`)).join('\n');
    indexed(index, 'file:///class/areas.md', areas);
    indexed(index, 'file:///class/generated.md', `${area(1)}\n${modules}`);
    const written = index.writtenModules().filter((entry) => entry.uri === 'file:///class/generated.md');
    assert.equal(written.length, perFile.modules);
    assert.ok(written.every((entry) => entry.title.length <= perFile.nameLength && (entry.url?.length ?? 0) <= perFile.urlLength));
    assert.ok(written.some((entry) => entry.url === undefined), 'an address over the limit is not kept');
    const areaSymbols = index.query('').filter((symbol) => 'range' in symbol.location && symbol.location.uri === 'file:///class/areas.md');
    assert.equal(areaSymbols.length, perFile.areas);
    assert.equal(index.entries, perFile.areas + 1 + perFile.modules);
  });

  it("makes a version's summary once, for the index and the student's progress alike, under either path", () => {
    const index = new WorkspaceIndex();
    const document = analyseNotes('file:///class/a.md', 0, `${area(1)}\n${module(1)}`, bundledCourse.catalog, readNotesFromLines);
    const inFolder = index.summaryOfVersion(document, 'a.md', true);
    assert.equal(index.summaryOfVersion(document, 'a.md', true), inFolder);
    const alone = index.summaryOfVersion(document, 'README.md', true);
    assert.equal(alone.path, 'README.md');
    assert.equal(alone.modules, inFolder.modules, 'the same summary, named by the other path');
    assert.notEqual(index.summaryOfVersion(document, 'a.md', false).modules, inFolder.modules, 'read as no notes, it is summarised again');
    const next = analyseNotes('file:///class/a.md', 1, `${area(1)}\n${module(1)}\n${module(2)}`, bundledCourse.catalog, readNotesFromLines);
    assert.equal(index.summaryOfVersion(next, 'a.md', true).modules.length, 2);
  });

  it('counts what a file keeps once: re-indexing replaces it, removing it gives it back', () => {
    const index = new WorkspaceIndex();
    const text = `${area(1)}\n${module(1)}\n${module(2)}`;
    indexed(index, 'file:///class/a.md', text);
    indexed(index, 'file:///class/a.md', text);
    assert.equal(index.entries, 3);
    indexed(index, 'file:///class/a.md', '# A README\n\nNo notes.\n');
    assert.equal(index.entries, 0);
  });

  it('changes its written modules when they change, not when lines move, and once for a held run', () => {
    const index = new WorkspaceIndex();
    indexed(index, 'file:///class/a.md', `${area(1)}\n${module(1)}`);
    const version = index.version;
    indexed(index, 'file:///class/a.md', `\n\n${area(1)}\n${module(1)}`);
    assert.equal(index.version, version, 'the same modules two lines lower');
    index.hold();
    for (let i = 0; i < 50; i++) indexed(index, `file:///class/${i}.md`, `${area(1)}\n${module(i)}`);
    assert.equal(index.version, version, 'not while held');
    index.release();
    assert.equal(index.version, version + 1);
    assert.equal(index.writtenModules().length, 51);
  });

  it('indexes a file longer than a megabyte by what its first megabyte holds', async () => {
    const prose = 'Notes about containers, written at length.\n'.repeat(30_000);
    const files = { 'file:///workspace/long.md': `${area(1)}\n${module(1, 'Lab: Early')}\n${prose}\n${module(2, 'Lab: Late')}` };
    const ignore = (): void => undefined;
    const service = createStudyNotesService({ workspace: memoryWorkspace(files), logger: { info: ignore, warn: ignore, error: ignore }, openDocuments: new OpenTexts() });
    await service.configure(defaultSettings);
    await service.indexWorkspace();
    assert.deepEqual((await service.workspaceSymbols('lab')).map((symbol) => symbol.name), ['Lab: Early']);
  });

  describe('over a workspace larger than its limits', () => {
    const files = Object.fromEntries(Array.from({ length: 30 }, (_, i) => [`file:///workspace/s${String(i).padStart(2, '0')}.md`, `${area(1)}\n${module(i)}\n${module(i + 100)}`]));

    async function indexWith(limits: { files: number; entries: number }): Promise<{ service: ReturnType<typeof createStudyNotesService>; logged: string[] }> {
      const logged: string[] = [];
      const ignore = (): void => undefined;
      const service = createStudyNotesService({ workspace: memoryWorkspace(files), logger: { info: (message) => logged.push(message), warn: ignore, error: ignore }, openDocuments: new OpenTexts(), indexLimits: limits });
      await service.configure(defaultSettings);
      await service.indexWorkspace();
      return { service, logged };
    }

    it('reads the first files up to the limit and logs which it left out', async () => {
      const { service, logged } = await indexWith({ files: 10, entries: 1000 });
      assert.equal(service.indexed, 10);
      assert.deepEqual(logged, ['the workspace index left out 20 of 30 Markdown files, from s10.md, s11.md, s12.md, s13.md, s14.md and 15 more: it reads at most 10 files and keeps at most 1000 areas and modules']);
    });

    it('stops once it keeps the most areas and modules it may, also for files created later', async () => {
      const { service, logged } = await indexWith({ files: 100, entries: 12 });
      assert.equal(service.indexed, 4, 'three each: 4 files reach 12');
      assert.match(logged[0], /^the workspace index left out 26 of 30 Markdown files, from s04\.md/);
      await service.fileChanged('file:///workspace/s29.md', false);
      assert.equal(service.indexed, 4);
    });
  });
});
