import assert from 'node:assert/strict';
import { insideFolders, pathBelowFolders } from '../../server/src/service/insideFolders';
import { pathInWorkspace } from '../../server/src/service/workspace';

/** [what it tries, the URI, the folders (default: file:///ws), inside?] */
const table: [string, string, string[] | undefined, boolean][] = [
  ['a file in the folder', 'file:///ws/notes.md', undefined, true],
  ['a file in a subfolder', 'file:///ws/week1/notes.md', undefined, true],
  ['the folder itself', 'file:///ws', undefined, true],
  ['..', 'file:///ws/../etc/shadow.md', undefined, false],
  ['.. twice from a subfolder', 'file:///ws/week1/../../etc/shadow.md', undefined, false],
  ['.. that stays inside', 'file:///ws/week1/../notes.md', undefined, true],
  ['.. above the root', 'file:///ws/../../../ws/notes.md', undefined, true],
  ['%2E%2E', 'file:///ws/%2E%2E/outside/x.md', undefined, false],
  ['%2e%2e', 'file:///ws/%2e%2e/outside/x.md', undefined, false],
  ['.%2E', 'file:///ws/.%2E/outside/x.md', undefined, false],
  ['%2F around ..', 'file:///ws%2F..%2Fetc/x.md', undefined, false],
  ['%5C around .. (Windows separators)', 'file:///ws/%5C..%5C..%5Cetc/x.md', undefined, false],
  ['a backslash segment', 'file:///ws/..\\etc/x.md', undefined, false],
  ['... (Windows trims trailing dots)', 'file:///ws/.../x.md', undefined, false],
  ['.. and a space (Windows trims it)', 'file:///ws/.. /x.md', undefined, false],
  ['a name with dots in it', 'file:///ws/notes..md', undefined, true],
  ['. and double slashes', 'file:///ws/.//week1//notes.md', undefined, true],
  ['another authority', 'file://server/ws/notes.md', undefined, false],
  ['another scheme', 'vscode-vfs:///ws/notes.md', undefined, false],
  ['untitled:', 'untitled:/ws/notes.md', undefined, false],
  ['the scheme in capitals', 'FILE:///ws/notes.md', undefined, true],
  ['a query that looks like a path', 'file:///ws/notes.md?../../etc/shadow.md', undefined, true],
  ['a folder with a trailing slash', 'file:///ws/notes.md', ['file:///ws/'], true],
  ['a folder that is a prefix of another', 'file:///ws2/notes.md', undefined, false],
  ['a folder named by a prefix of the file’s', 'file:///w/notes.md', ['file:///ws'], false],
  ['another case on a case-sensitive path', 'file:///WS/notes.md', undefined, false],
  ['the second folder', 'file:///ws/notes.md', ['file:///other', 'file:///ws'], true],
  ['no folders', 'file:///ws/notes.md', [], false],
  ['no scheme', '/ws/notes.md', undefined, false],
  ['not a URI', 'notes.md', undefined, false],
  ['empty', '', undefined, false],
  ['a drive letter in another case (Windows ignores it)', 'file:///C:/Users/ann/ws/notes.md', ['file:///c%3A/Users/ann/ws'], true],
  ['.. out of a Windows folder', 'file:///c%3A/Users/ann/ws/..%5Csecret.md', ['file:///c%3A/Users/ann/ws'], false],
  ['another drive', 'file:///d%3A/Users/ann/ws/notes.md', ['file:///c%3A/Users/ann/ws'], false],
  ['a GitHub repository (authority without case)', 'vscode-vfs://GitHub/ann/notes/README.md', ['vscode-vfs://github/ann/notes'], true],
  ['another GitHub repository', 'vscode-vfs://github/ann/notes-old/README.md', ['vscode-vfs://github/ann/notes'], false],
];

describe('insideFolders: a URI inside the workspace folders, by the path it opens', () => {
  for (const [what, uri, folders, inside] of table) {
    it(`${what}: ${uri} is ${inside ? 'inside' : 'outside'}`, () => {
      assert.equal(insideFolders(uri, folders ?? ['file:///ws']), inside);
    });
  }

  it('gives the path below the folder, resolved', () => {
    assert.deepEqual(pathBelowFolders('file:///ws/week1/../week2/%2E/notes.md', ['file:///ws']), ['week2', 'notes.md']);
    assert.deepEqual(pathBelowFolders('file:///ws', ['file:///ws/']), []);
  });

  it('notesFiles globs see the resolved path below the folder, and the whole path of a file outside', () => {
    assert.equal(pathInWorkspace('file:///ws/week1/../notes.md', ['file:///ws']), 'notes.md');
    assert.equal(pathInWorkspace('file:///ws/../etc/notes.md', ['file:///ws']), 'ws/../etc/notes.md');
    assert.equal(pathInWorkspace('file:///elsewhere/notes.md', ['file:///ws']), 'elsewhere/notes.md');
  });
});
