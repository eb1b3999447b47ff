import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type LanguageClientOptions, type ServerOptions } from 'vscode-languageclient/node';
import type { CrashRecovery } from './recovery';

/** Starts the bundled language server; every fact the client shows comes from it. */
export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel, recovery: CrashRecovery): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  const clientOptions: LanguageClientOptions = {
    documentSelector: [
      { scheme: 'file', language: 'markdown' },
      { scheme: 'untitled', language: 'markdown' },
    ],
    synchronize: { configurationSection: 'studyNotes' },
    // A function, so that a restart after the user trusts the workspace tells the server so.
    initializationOptions: () => ({ workspaceTrusted: vscode.workspace.isTrusted }),
    outputChannel,
    errorHandler: recovery,
  };
  const client = new LanguageClient('studyNotes', 'Study Notes', serverOptions, clientOptions);
  recovery.attach(client);
  return client;
}
