import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions } from './clientOptions';
import type { CrashRecovery } from './recovery';

/** Starts the bundled language server; every fact the client shows comes from it. */
export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel, recovery: CrashRecovery): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc },
    debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // vscode-vfs: a GitHub repository opened without a clone (GitHub Repositories); its open files are read as sent.
  const selector = ['file', 'untitled', 'vscode-vfs'].map((scheme) => ({ scheme, language: 'markdown' }));
  const client = new LanguageClient('studyNotes', 'Study Notes', serverOptions, clientOptions(context, selector, outputChannel, recovery));
  recovery.attach(client);
  return client;
}
