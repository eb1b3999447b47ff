import * as vscode from 'vscode';
import type { DocumentSelector, LanguageClientOptions } from 'vscode-languageclient';
import type { CrashRecovery } from './recovery';

/** What the Node and the browser clients share: settings, trust, output and crash handling. */
export function clientOptions(documentSelector: DocumentSelector, outputChannel: vscode.LogOutputChannel, recovery: CrashRecovery): LanguageClientOptions {
  return {
    documentSelector,
    synchronize: { configurationSection: 'studyNotes' },
    // A function, so that a restart after the user trusts the workspace tells the server so.
    initializationOptions: () => ({ workspaceTrusted: vscode.workspace.isTrusted }),
    outputChannel,
    errorHandler: recovery,
  };
}
