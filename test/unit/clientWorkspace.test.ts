// The workspace of the browser's server: the client reads the files for it over JSON-RPC, and a file
// it refuses is said in the server's words, naming the file once.
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import { createConnection } from 'vscode-languageserver/node';
import { type ReadFileParams } from '../../server/src/protocol/protocol';
import { readFileRequest } from '../../server/src/protocol/requests';
import { CourseLoader } from '../../server/src/service/courseLoader';
import { createClientWorkspace } from '../../server/src/workspace/clientWorkspace';

const folder = 'file:///workspace';
/** As the extension's client refuses a file outside the folders (client/src/workspaceFiles.ts). */
const refusal = 'not inside the workspace folders: only their files are read for the language server';

/** A server connection and a client answering its reads, over real JSON-RPC on in-memory pipes. */
function connectedWorkspace(files: Record<string, string>) {
  const toServer = new PassThrough();
  const toClient = new PassThrough();
  const server = createConnection(new StreamMessageReader(toServer), new StreamMessageWriter(toClient));
  const client = createMessageConnection(new StreamMessageReader(toClient), new StreamMessageWriter(toServer));
  client.onRequest(readFileRequest, ({ uri }: ReadFileParams) => {
    if (!uri.startsWith(`${folder}/`)) throw new Error(refusal);
    return files[uri] ?? null;
  });
  client.listen();
  server.listen();
  const workspace = createClientWorkspace({ folders: [folder], trusted: true }, server);
  return { workspace, dispose: () => [client, server].forEach((connection) => connection.dispose()) };
}

describe('the workspace the client reads for the browser’s server', () => {
  it('says why a course file outside the folders is not read, in one line naming the file once', async () => {
    const { workspace, dispose } = connectedWorkspace({});
    try {
      const problems: string[] = [];
      const loader = new CourseLoader(workspace, { changed: () => undefined, problem: (message) => problems.push(message) });
      await loader.load('../outside-catalog.json', [folder]);
      assert.deepEqual(problems, [`cannot read the course file /outside-catalog.json: ${refusal}`]);
    } finally {
      dispose();
    }
  });

  it('reads a file the client has, and a file it has not is no such file', async () => {
    const { workspace, dispose } = connectedWorkspace({ [`${folder}/notes.md`]: '# Notes\n' });
    try {
      assert.equal(await workspace.read(`${folder}/notes.md`), '# Notes\n');
      await assert.rejects(workspace.read(`${folder}/missing.md`), { message: 'no such file' });
      assert.equal(await workspace.exists(`${folder}/missing.md`), false);
    } finally {
      dispose();
    }
  });
});
