import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { insideFolders, markdownFileGlob, markdownFilesRequest, readFileRequest, tooLargeToRead, type ReadFileParams } from './protocol';

/** Bounds the listing of a large workspace; a course's notes are a handful of files. */
const maxMarkdownFiles = 2000;

/** Reads the workspace's files for a server that has no file system (the browser's Web Worker). */
export function serveWorkspaceFiles(client: BaseLanguageClient): vscode.Disposable {
  const decoder = new TextDecoder();
  return vscode.Disposable.from(
    client.onRequest(readFileRequest, async ({ uri }: ReadFileParams) => decoder.decode(await readNotesFile(uri))),
    client.onRequest(markdownFilesRequest, async () => (await vscode.workspace.findFiles(markdownFileGlob, '**/node_modules/**', maxMarkdownFiles)).map((uri) => uri.toString())),
  );
}

/**
 * Only a file inside the workspace folders is read, whatever the server asks (`file:///ws/../etc`
 * too: service/insideFolders.ts); a file larger than any notes is refused before it is read: the
 * worker would hold it twice.
 */
async function readNotesFile(uri: string): Promise<Uint8Array> {
  const folders = (vscode.workspace.workspaceFolders ?? []).map((folder) => folder.uri.toString());
  if (!insideFolders(uri, folders)) throw new Error('not inside the workspace folders: only their files are read for the language server');
  const file = vscode.Uri.parse(uri);
  const refusal = tooLargeToRead((await vscode.workspace.fs.stat(file)).size);
  if (refusal) throw new Error(refusal);
  return vscode.workspace.fs.readFile(file);
}
