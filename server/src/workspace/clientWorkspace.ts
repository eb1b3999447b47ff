// The workspace of a server with no file system of its own (a Web Worker in VS Code for the web):
// the client reads the files for it (protocol/requests.ts, readFileRequest).
import type { Connection } from 'vscode-languageserver';
import { pathBelowFolders } from '../service/insideFolders';
import type { ReadFileParams } from '../protocol/protocol';
import { markdownFilesRequest, readFileRequest } from '../protocol/requests';
import type { NotesWorkspace } from '../service/workspace';

export function createClientWorkspace(options: { folders: readonly string[]; trusted: boolean }, connection: Connection): NotesWorkspace {
  const read = async (uri: string): Promise<string> => {
    const params: ReadFileParams = { uri };
    const text = await connection.sendRequest(readFileRequest, params).catch((error: unknown) => {
      throw new Error(clientReason(error));
    });
    // A client with no such file may answer null: the file does not exist, as exists() must say.
    if (typeof text !== 'string') throw new Error('no such file');
    return text;
  };
  return {
    folders: options.folders,
    trusted: options.trusted,
    markdownFiles: () => connection.sendRequest(markdownFilesRequest),
    read,
    async readInside(uri) {
      // The extension is the path's: `notes.txt?.md` names a text file.
      const name = pathBelowFolders(uri, options.folders)?.at(-1);
      if (!name || !/\.(md|markdown)$/i.test(name)) return undefined;
      return read(uri).catch(() => undefined);
    },
    exists: (uri) => read(uri).then(
      () => true,
      () => false,
    ),
    // The editor tells of changed notes (workspace/didChangeWatchedFiles); a changed catalog file is
    // read again when the settings change or the server restarts.
    watch: () => ({ dispose() {} }),
  };
}

/**
 * Why the client did not read a file, without the wrapping its JSON-RPC adds to a handler's error
 * ("Request … failed with message: "): the reader's caller names the file, once.
 */
function clientReason(error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  return message.replace(/^Request \S+ failed with message: /, '');
}
