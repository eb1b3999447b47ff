// A TA opens a class folder of clones in the editor: each clone is a student of its own, as the
// command line reads the class; a student's own repository stays one student.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { createStudyNotesService } from '../../server/src/service/studyNotesService';
import { studentRepositories } from '../../server/src/service/studentRepositories';
import { memoryWorkspace, OpenTexts } from '../support/memoryWorkspace';

const fixture = (student: string) => readFileSync(path.join(__dirname, '..', 'fixtures', 'cli', 'class', student, 'README.md'), 'utf8');
const alice = 'file:///class/alice/README.md';
const bob = 'file:///class/bob/README.md';

/** Docker and Containers' Beginner level as the editor shows it for the student of `uri`: done of required. */
async function dockerBeginner(files: Record<string, string>, uri: string): Promise<string> {
  const texts = new OpenTexts();
  const silent = (): void => {};
  const service = createStudyNotesService({ workspace: memoryWorkspace(files, { folders: ['file:///class'] }), logger: { info: silent, warn: silent, error: silent }, openDocuments: texts });
  texts.open(uri, files[uri]);
  await service.indexWorkspace();
  const level = (await service.outline(uri)).progress?.areas.find((area) => area.area === 'Docker and Containers')?.levels[0];
  service.dispose();
  return `${level?.done}/${level?.required}`;
}

describe('student repositories in the editor', () => {
  const notes = { [alice]: fixture('alice'), [bob]: fixture('bob') };

  it('counts a clone\'s notes for its own student only, in a class folder of clones', async () => {
    const clones = { ...notes, 'file:///class/alice/.git': 'gitdir: ../.git/modules/alice\n', 'file:///class/bob/.git': 'gitdir: ../.git/modules/bob\n' };
    assert.equal(await dockerBeginner(clones, alice), '2/2');
    assert.equal(await dockerBeginner(clones, bob), '0/2', 'alice\'s Docker modules are not bob\'s');
    // Folders that are no repositories of their own are the workspace folder's one student, as before.
    assert.equal(await dockerBeginner(notes, bob), '2/2');
  });

  it('asks only the folders directly under a workspace folder, the innermost folder holding each file', async () => {
    const asked: string[] = [];
    const files = ['file:///ws/README.md', 'file:///ws/a/README.md', 'file:///ws/a/docs/x.md', 'file:///ws/b/c/y.md', 'file:///ws/inner/z/w.md', 'file:///elsewhere/q.md'];
    const found = await studentRepositories(files, ['file:///ws', 'file:///ws/inner'], async (uri) => {
      asked.push(uri);
      return uri !== 'file:///ws/b/.git';
    });
    assert.deepEqual(asked, ['file:///ws/a/.git', 'file:///ws/b/.git', 'file:///ws/inner/z/.git']);
    assert.deepEqual(found, ['file:///ws/a', 'file:///ws/inner/z']);
  });
});
