// The extension in VS Code's Node extension host (desktop, code-server, Codespaces): the server
// runs as a Node process beside it.
import type * as vscode from 'vscode';
import { activateWith, deactivateClient, type StudyNotesTestApi } from './activate';
import { createLanguageClient } from './server';

export function activate(context: vscode.ExtensionContext): Promise<StudyNotesTestApi> {
  return activateWith(context, (outputChannel, recovery) => createLanguageClient(context, outputChannel, recovery));
}

export const deactivate = deactivateClient;
export type { StudyNotesTestApi };
