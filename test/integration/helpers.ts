import * as vscode from 'vscode';
import type { StudyNotesTestApi } from '../../client/src/extension';

export const extensionId = 'study-notes.study-notes';

/** The workspace the launcher opened (a temp copy of test/e2e/fixtures). */
export function workspaceFile(name: string): vscode.Uri {
  const folder = vscode.workspace.workspaceFolders?.[0];
  if (!folder) throw new Error('the integration suite needs a workspace folder (runTest.ts opens one)');
  return vscode.Uri.joinPath(folder.uri, name);
}

export async function openNotes(name: string): Promise<vscode.TextEditor> {
  const document = await vscode.workspace.openTextDocument(workspaceFile(name));
  return vscode.window.showTextDocument(document);
}

export async function activate(): Promise<StudyNotesTestApi> {
  const extension = vscode.extensions.getExtension<StudyNotesTestApi>(extensionId);
  if (!extension) throw new Error(`${extensionId} is not loaded (extensionDevelopmentPath?)`);
  return extension.activate();
}

/**
 * Resolves with the diagnostics of `uri` once they satisfy `accept`: at once if they already do,
 * else at the onDidChangeDiagnostics event that makes them. No sleeps; mocha's timeout bounds it.
 */
export function waitForDiagnostics(uri: vscode.Uri, accept: (diagnostics: readonly vscode.Diagnostic[]) => boolean): Promise<readonly vscode.Diagnostic[]> {
  return new Promise((resolve) => {
    const check = () => {
      const diagnostics = vscode.languages.getDiagnostics(uri);
      if (!accept(diagnostics)) return false;
      subscription.dispose();
      resolve(diagnostics);
      return true;
    };
    const subscription = vscode.languages.onDidChangeDiagnostics((event) => event.uris.some((changed) => changed.toString() === uri.toString()) && check());
    check();
  });
}

export function studyNotes(diagnostics: readonly vscode.Diagnostic[], code?: string): vscode.Diagnostic[] {
  return diagnostics.filter((diagnostic) => diagnostic.source === 'study-notes' && (code === undefined || diagnosticCode(diagnostic) === code));
}

function diagnosticCode(diagnostic: vscode.Diagnostic): string | undefined {
  const code = diagnostic.code;
  return typeof code === 'object' ? String(code.value) : code === undefined ? undefined : String(code);
}

/** Resolves at the next event `event` fires with a value `accept` takes (after `action`, if given). */
export function nextEvent<T>(event: vscode.Event<T>, accept: (value: T) => boolean = () => true): Promise<T> {
  return new Promise((resolve) => {
    const subscription = event((value) => {
      if (!accept(value)) return;
      subscription.dispose();
      resolve(value);
    });
  });
}

export function flatten(symbols: readonly vscode.DocumentSymbol[]): vscode.DocumentSymbol[] {
  return symbols.flatMap((symbol) => [symbol, ...flatten(symbol.children)]);
}
