import * as vscode from 'vscode';
import type { NotesTreeProvider } from './tree';
import type { NotesNode } from './treeNodes';

/** Waits for the cursor to settle, so typing doesn't make the tree jump on every key. */
const settleMs = 300;

/**
 * Keeps the tree's selection on the module under the cursor of the active notes editor.
 *
 * It reveals only nodes the view holds, and never while the view is refetching its files: a reveal
 * racing a refresh makes VS Code fetch the same rows twice and fail with "Element with id ... is
 * already registered". A reveal skipped for a refresh is made once the refreshed files are in.
 */
export function followActiveEditor(treeView: vscode.TreeView<NotesNode>, provider: NotesTreeProvider): vscode.Disposable {
  let timer: NodeJS.Timeout | undefined;
  const schedule = () => {
    clearTimeout(timer);
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== 'markdown' || !treeView.visible) return;
    timer = setTimeout(() => void revealCursor(treeView, provider, editor), settleMs);
  };
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection((event) => event.textEditor === vscode.window.activeTextEditor && schedule()),
    vscode.window.onDidChangeActiveTextEditor(schedule),
    treeView.onDidChangeVisibility(schedule),
    provider.onDidLoad(schedule),
    { dispose: () => clearTimeout(timer) },
  );
}

async function revealCursor(treeView: vscode.TreeView<NotesNode>, provider: NotesTreeProvider, editor: vscode.TextEditor): Promise<void> {
  if (provider.isRefreshing || editor !== vscode.window.activeTextEditor) return;
  const node = provider.shownNodeAt(editor.document.uri, editor.selection.active);
  if (!node || treeView.selection[0]?.id === node.id) return;
  try {
    await treeView.reveal(node, { select: true, focus: false });
  } catch {
    // The file may not be listed (outside the workspace, beyond the scan limit): nothing to follow.
  }
}
