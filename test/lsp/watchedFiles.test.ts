// The files the server asks the editor to watch are the files it lists and indexes: a `.markdown`
// file of notes, edited outside the editor, must be read again like a `.md` one.
import assert from 'node:assert/strict';
import picomatch from 'picomatch';
import { ensureBuilt, LspServer } from '../support/lsp';

describe('the files the server watches', function () {
  let server: LspServer | undefined;

  before(() => ensureBuilt());
  afterEach(async () => server?.stop());

  it('are every Markdown file the workspace index reads (.md and .markdown) and the settings files', async () => {
    server = await LspServer.start({ rootUri: 'file:///workspace', capabilities: { workspace: { didChangeWatchedFiles: { dynamicRegistration: true } } } });
    const registration = await server.until(() => server?.registrations.find((candidate) => candidate.method === 'workspace/didChangeWatchedFiles'), 'the watched files registered');
    const globs = (registration.registerOptions as { watchers: { globPattern: string }[] }).watchers.map((watcher) => watcher.globPattern);
    const watched = (file: string) => globs.some((glob) => picomatch(glob, { dot: true })(file));
    for (const file of ['README.md', 'week1/notes.md', 'notes/week2.markdown', '.studynotes.json']) assert.ok(watched(file), `${file} is watched (globs: ${globs.join(', ')})`);
    assert.equal(watched('notes/draft.txt'), false);
  });
});
