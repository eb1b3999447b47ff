// The extension in a browser's extension host (vscode.dev, github.dev, code-server's web worker
// host): the server runs in a Web Worker, and the client reads the workspace's files for it.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivateClient, type StudyNotesTestApi } from './activate';
import { clientOptions } from './clientOptions';
import { serveWorkspaceFiles } from './workspaceFiles';

/** The browser's Worker, Blob and URL: the extension's tsconfig has no DOM library. */
declare const Worker: new (url: string) => ConstructorParameters<typeof LanguageClient>[3];
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
declare const URL: { createObjectURL(blob: unknown): string };

export function activate(context: vscode.ExtensionContext): Promise<StudyNotesTestApi> {
  return activateWith(context, async (outputChannel, recovery) => {
    const worker = await startServerWorker(context.extensionUri);
    // Every scheme a notes file may come from in a browser: github.dev's, vscode.dev's, a remote's.
    const client = new LanguageClient('studyNotes', 'Study Notes', clientOptions([{ language: 'markdown' }], outputChannel, recovery), worker);
    recovery.attach(client);
    context.subscriptions.push(serveWorkspaceFiles(client));
    outputChannel.info(`The language server runs in a Web Worker (extension at ${context.extensionUri.scheme}:).`);
    return client;
  });
}

/**
 * vscode.dev and github.dev serve the extension over https, which a Worker may load; a remote's
 * extension (code-server, `vscode-remote:`) may not back a Worker: it starts from the bundle's bytes.
 */
async function startServerWorker(extensionUri: vscode.Uri) {
  const bundle = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js');
  if (bundle.scheme === 'https' || bundle.scheme === 'http') return new Worker(bundle.toString(true));
  const bytes = await vscode.workspace.fs.readFile(bundle);
  return new Worker(URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' })));
}

export const deactivate = deactivateClient;
