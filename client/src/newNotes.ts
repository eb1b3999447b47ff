import * as vscode from 'vscode';
import type { Outlines } from './outlines';

/**
 * Opens an unsaved notes document laid out like the course: title, intro, areas and their levels,
 * with the cursor where the first module goes.
 */
export async function newNotesDocument(outlines: Outlines): Promise<void> {
  const title = await vscode.window.showInputBox({ title: 'New Study Notes', prompt: 'Title of the notes', value: 'Study Notes' });
  if (title === undefined) return;
  const uri = await untitledNotesUri();
  const { text, firstModuleLine } = await outlines.notesTemplate(title, uri);
  const document = await vscode.workspace.openTextDocument(uri);
  const edit = new vscode.WorkspaceEdit();
  edit.insert(document.uri, new vscode.Position(0, 0), text);
  await vscode.workspace.applyEdit(edit);
  const cursor = new vscode.Position(firstModuleLine ?? document.lineCount - 1, 0);
  await vscode.window.showTextDocument(document, { selection: new vscode.Range(cursor, cursor) });
}

/**
 * An untitled document with a name: Save then proposes README.md (where a course's notes live)
 * in the workspace, not the first line's "# Study Notes". notes.md when a README.md exists.
 */
async function untitledNotesUri(): Promise<vscode.Uri> {
  const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
  if (!folder) return vscode.Uri.from({ scheme: 'untitled', path: 'README.md' });
  const taken = async (name: string) => vscode.workspace.fs.stat(vscode.Uri.joinPath(folder, name)).then(() => true, () => false);
  const open = (name: string) => vscode.workspace.textDocuments.some((document) => document.uri.path === vscode.Uri.joinPath(folder, name).path);
  let name = 'README.md';
  for (let copy = 1; (await taken(name)) || open(name); copy++) name = copy === 1 ? 'notes.md' : `notes-${copy}.md`;
  return vscode.Uri.joinPath(folder, name).with({ scheme: 'untitled' });
}
