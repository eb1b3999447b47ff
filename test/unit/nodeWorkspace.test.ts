// The node:fs workspace on what a fork may hold: a FIFO where the catalog should be, a file larger
// than any notes, a path outside the folders. Each is refused at once, never waited on or read.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { createNodeWorkspace } from '../../server/src/workspace/nodeWorkspace';

describe('the node:fs workspace', () => {
  let root: string;
  const uriOf = (file: string) => URI.file(path.join(root, file)).toString();

  before(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'study-notes-workspace-'));
    writeFileSync(path.join(root, 'README.md'), '# Notes\n');
    writeFileSync(path.join(root, 'huge.md'), '');
    truncateSync(path.join(root, 'huge.md'), 11 * 1024 * 1024);
    execFileSync('mkfifo', [path.join(root, 'course.json'), path.join(root, 'pipe.md')]);
  });
  after(() => rmSync(root, { recursive: true, force: true }));

  const workspace = () => createNodeWorkspace({ folders: [URI.file(root).toString()], trusted: true });

  it('reads a notes file inside its folders', async () => {
    assert.equal(await workspace().readInside(uriOf('README.md')), '# Notes\n');
  });

  it('refuses a FIFO named as the catalog or as notes, without waiting for a writer', async () => {
    await assert.rejects(workspace().read(uriOf('course.json')), /not a regular file \(a FIFO, socket or device\)/);
    await assert.rejects(workspace().readInside(uriOf('pipe.md')), /not a regular file/);
  });

  it('refuses a file larger than any notes before reading it', async () => {
    await assert.rejects(workspace().readInside(uriOf('huge.md')), /too large \(11 MB; notes files are read up to 10 MB\)/);
  });

  it('reads nothing outside its folders', async () => {
    assert.equal(await workspace().readInside(URI.file('/etc/passwd').toString()), undefined);
    assert.equal(await workspace().readInside(URI.file(path.join(os.tmpdir(), 'elsewhere.md')).toString()), undefined);
  });
});
