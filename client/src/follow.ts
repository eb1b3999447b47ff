import * as vscode from 'vscode';
import type { NotesTreeProvider } from './tree';
import type { NotesNode } from './treeNodes';

/** Waits for the cursor to settle, so typing doesn't make the tree jump on every key. */
const settleMs = 300;

/** Keeps the tree's selection on the module under the cursor of the active notes editor. */
export function followActiveEditor(treeView: vscode.TreeView<NotesNode>, provider: NotesTreeProvider): vscode.Disposable {
  let timer: NodeJS.Timeout | undefined;
  const schedule = (editor: vscode.TextEditor | undefined) => {
    clearTimeout(timer);
    if (editor?.document.languageId !== 'markdown' || !treeView.visible) return;
    timer = setTimeout(() => void revealCursor(treeView, provider, editor), settleMs);
  };
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection((event) => schedule(event.textEditor)),
    vscode.window.onDidChangeActiveTextEditor(schedule),
    treeView.onDidChangeVisibility(() => schedule(vscode.window.activeTextEditor)),
    { dispose: () => clearTimeout(timer) },
  );
}

async function revealCursor(treeView: vscode.TreeView<NotesNode>, provider: NotesTreeProvider, editor: vscode.TextEditor): Promise<void> {
  const node = await provider.nodeAt(editor.document.uri, editor.selection.active);
  if (!node || treeView.selection[0]?.id === node.id) return;
  try {
    await treeView.reveal(node, { select: true, focus: false });
  } catch {
    // The file may not be listed (outside the workspace, beyond the scan limit): nothing to follow.
  }
}
