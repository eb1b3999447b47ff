// A workspace folder of thousands of Markdown files (a user who opens their home): the server
// indexes it file by file in the background, and an open document is answered all the while.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { Hover, MarkupContent } from 'vscode-languageserver-protocol/node';
import { URI } from 'vscode-uri';
import { ensureBuilt, LspServer, projectRoot } from '../support/lsp';

const files = 3000;

describe('a large workspace folder over stdio', function () {
  this.timeout(300_000);
  let folder: string;
  let server: LspServer | undefined;

  before(function () {
    this.timeout(120_000);
    ensureBuilt();
    folder = mkdtempSync(path.join(tmpdir(), 'study-notes-large-'));
    const notes = readFileSync(path.join(projectRoot, 'examples/notes/README.md'), 'utf8');
    for (let index = 0; index < files; index++) {
      const student = path.join(folder, `student-${Math.floor(index / 50)}`);
      if (index % 50 === 0) mkdirSync(student);
      writeFileSync(path.join(student, `week-${index % 50}.md`), notes);
    }
  });

  after(async () => {
    await server?.stop();
    rmSync(folder, { recursive: true, force: true });
  });

  it('answers an open document between the files it indexes', async () => {
    server = await LspServer.start({ pull: true, progress: true, rootUri: URI.file(folder).toString() });
    const uri = URI.file(path.join(folder, 'mine.md')).toString();
    await server.open(uri, '## Area 1: Docker and Containers\n> Beginner Level\n\n[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (time: 10 min)\n');
    const position = { line: 3, character: 5 };
    const indexing = (): boolean => server!.progress.includes('begin') && !server!.progress.includes('end');
    await server.until(() => (server!.progress.includes('begin') ? true : undefined), 'the indexing to begin', 60_000);
    let answeredWhileIndexing = 0;
    while (indexing()) {
      const hover = await server.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position });
      assert.match((hover?.contents as MarkupContent | undefined)?.value ?? '', /Why Docker/);
      if (indexing()) answeredWhileIndexing++;
    }
    const reports = server.progress.filter((kind) => kind === 'report').length;
    console.log(`      ${answeredWhileIndexing} hovers answered while ${files} files were indexed (${reports} progress reports)`);
    assert.ok(answeredWhileIndexing > 0, 'no hover was answered before the indexing ended');
    assert.match(await server.log((message) => message.startsWith('Indexed ')), new RegExp(`^Indexed \\d+ notes files of ${files} Markdown files$`));
  });
});
