// The language server checks the settings a client sends with the schema the CLI and VS Code use,
// and says what is wrong in its log, one line per problem, while keeping the good settings.
import assert from 'node:assert/strict';
import { ensureBuilt, LspServer } from '../support/lsp';

describe('language server settings, checked against the schema', function () {
  this.timeout(30_000);
  let server: LspServer | undefined;
  before(() => ensureBuilt());
  afterEach(() => server?.stop());

  it('logs unknown keys and wrong values by name, and applies the valid ones', async () => {
    server = await LspServer.start();
    const warnings: string[] = [];
    const logged = new Promise<void>((resolve) =>
      server!.connection.onNotification('window/logMessage', (params: { type: number; message: string }) => {
        if (params.type !== 2) return;
        warnings.push(params.message);
        if (warnings.length === 2) resolve();
      }),
    );
    await server.connection.sendNotification('workspace/didChangeConfiguration', {
      settings: { studyNotes: { diagnostics: { 'missng-time': 'off', placeholder: 'error' }, debounceMs: 'soon' } },
    });
    await logged;
    assert.deepEqual(warnings.sort(), [
      'studyNotes.debounceMs: must be a number (got "soon")',
      'studyNotes.diagnostics.missng-time: unknown key (known: missing-time, invalid-time, placeholder, empty-module, empty-area, duplicate-module, copied-link, likely-module, unplaced-module, logged-without-notes, level-claim, misspelt-level, docker-command, read-by-lines)',
    ]);
    const uri = 'file:///settings-schema/notes.md';
    await server.open(uri, '# Notes\n\n## Area 1: Docker\n\n> Beginner Level\n\n[Lab: One](https://example.org) (time: 10 min)\n\n> Include notes here about each of the links\n');
    const placeholder = (await server.diagnostics(uri, 1)).find((d) => d.code === 'placeholder');
    assert.equal(placeholder?.severity, 1, 'placeholder: "error" was applied beside the bad keys');
  });
});
