import assert from 'node:assert/strict';
import { untitledName } from '../../client/src/treeText';

describe('an unsaved notes file in the tree', () => {
  it('is known by its name, on the desktop and in the browser alike', () => {
    assert.equal(untitledName('untitled:Untitled-1'), 'Untitled-1');
    assert.equal(untitledName('untitled:/home/student/notes/README.md'), 'README.md');
    // code-server's web worker host: the server's host and the folder's path (the tree showed `//127.0.0.1:8204/tmp/…/notes.md`).
    assert.equal(untitledName('untitled://127.0.0.1:8204/tmp/e2e-web/notes.md'), 'notes.md');
    assert.equal(untitledName('untitled:/tmp/my%20notes/Round%202.md'), 'Round 2.md');
  });
});
