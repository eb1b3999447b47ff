import * as vscode from 'vscode';
import { LanguageClient, TransportKind, type ServerOptions } from 'vscode-languageclient/node';
import { clientOptions } from './clientOptions';
import type { CrashRecovery } from './recovery';

/** Starts the bundled language server; every fact the client shows comes from it. */
export function createLanguageClient(context: vscode.ExtensionContext, outputChannel: vscode.LogOutputChannel, recovery: CrashRecovery): LanguageClient {
  const module = context.asAbsolutePath('dist/server.js');
  // V8's code cache of the server, kept with the extension's storage: it goes when the extension does.
  const env = { ...process.env, STUDY_NOTES_CACHE_DIR: vscode.Uri.joinPath(context.globalStorageUri, 'code-cache').fsPath };
  const serverOptions: ServerOptions = {
    run: { module, transport: TransportKind.ipc, options: { env } },
    debug: { module, transport: TransportKind.ipc, options: { env, execArgv: ['--nolazy', '--inspect=6009'] } },
  };
  // vscode-vfs: a GitHub repository opened without a clone (GitHub Repositories); its open files are read as sent.
  const selector = ['file', 'untitled', 'vscode-vfs'].map((scheme) => ({ scheme, language: 'markdown' }));
  const client = new LanguageClient('studyNotes', 'Study Notes', serverOptions, clientOptions(context, selector, outputChannel, recovery));
  recovery.attach(client);
  return client;
}
