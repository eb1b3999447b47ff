// The extension in a browser's extension host (vscode.dev, github.dev, code-server's web worker
// host): the server runs in a Web Worker, and the client reads the workspace's files for it.
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateWith, deactivateClient, type StudyNotesTestApi } from './activate';
import { clientOptions } from './clientOptions';
import { serveWorkspaceFiles } from './workspaceFiles';

/** What the client needs of a Worker (the extension's tsconfig has no DOM library). */
interface WorkerLike {
  onmessage: ((event: unknown) => void) | null;
  onerror: ((event: unknown) => void) | null;
  addEventListener?(type: string, listener: (event: unknown) => void): void;
  postMessage(message: unknown): void;
  terminate(): void;
}
type ServerWorker = ConstructorParameters<typeof LanguageClient>[2];
declare const Worker: new (url: string) => WorkerLike;
declare const Blob: new (parts: Uint8Array[], options: { type: string }) => unknown;
declare const URL: { createObjectURL(blob: unknown): string };

export function activate(context: vscode.ExtensionContext): Promise<StudyNotesTestApi> {
  return activateWith(context, async (outputChannel, recovery) => {
    const script = await serverScript(context.extensionUri);
    const worker = withErrorListener(new Worker(script)) as unknown as ServerWorker;
    // Every scheme a notes file may come from in a browser: github.dev's, vscode.dev's, a remote's.
    // The server starts its reading worker from the same script (server/src/workspace/browserReadingWorker.ts).
    const client = new LanguageClient('studyNotes', 'Study Notes', worker, clientOptions(context, [{ language: 'markdown' }], outputChannel, recovery, { readingWorkerScript: script }));
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
async function serverScript(extensionUri: vscode.Uri): Promise<string> {
  const bundle = vscode.Uri.joinPath(extensionUri, 'dist', 'web', 'server.js');
  if (bundle.scheme === 'https' || bundle.scheme === 'http') return bundle.toString(true);
  const bytes = await vscode.workspace.fs.readFile(bundle);
  return URL.createObjectURL(new Blob([bytes], { type: 'text/javascript' }));
}

/**
 * VS Code's web worker extension host hands out nested workers with onmessage and onerror but no
 * addEventListener, which vscode-jsonrpc uses for errors: a worker without it gets one over onerror.
 */
function withErrorListener(worker: WorkerLike): WorkerLike {
  if (typeof worker.addEventListener === 'function') return worker;
  const errorListeners: ((event: unknown) => void)[] = [];
  worker.onerror = (event) => errorListeners.forEach((listener) => listener(event));
  return {
    get onmessage() {
      return worker.onmessage;
    },
    set onmessage(listener) {
      worker.onmessage = listener;
    },
    onerror: null,
    addEventListener: (type, listener) => type === 'error' && void errorListeners.push(listener),
    postMessage: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
  };
}

export const deactivate = deactivateClient;
