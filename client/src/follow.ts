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
  const opened = new Set<string>();
  const schedule = () => {
    clearTimeout(timer);
    const editor = vscode.window.activeTextEditor;
    if (editor?.document.languageId !== 'markdown' || !treeView.visible) return;
    timer = setTimeout(() => void revealCursor(treeView, provider, editor, opened), settleMs);
  };
  return vscode.Disposable.from(
    vscode.window.onDidChangeTextEditorSelection((event) => event.textEditor === vscode.window.activeTextEditor && schedule()),
    vscode.window.onDidChangeActiveTextEditor(schedule),
    treeView.onDidChangeVisibility(schedule),
    provider.onDidLoad(schedule),
    { dispose: () => clearTimeout(timer) },
  );
}

async function revealCursor(treeView: vscode.TreeView<NotesNode>, provider: NotesTreeProvider, editor: vscode.TextEditor, opened: Set<string>): Promise<void> {
  // A reveal shows the tree's view: the student who opened another since the cursor moved keeps it.
  if (!treeView.visible || provider.isRefreshing || editor !== vscode.window.activeTextEditor) return;
  await openAreas(treeView, provider, editor.document.uri, opened);
  const node = provider.shownNodeAt(editor.document.uri, editor.selection.active);
  if (!node || treeView.selection[0]?.id === node.id) return;
  try {
    await provider.reveal(treeView, node, { select: true, focus: false });
  } catch {
    // The file may not be listed (outside the workspace, beyond the scan limit): nothing to follow.
  }
}

/**
 * The first time a notes file is the active one, its areas open down to their modules: what the
 * student came to the tree for. Once only, so that what the student collapses stays collapsed.
 */
async function openAreas(treeView: vscode.TreeView<NotesNode>, provider: NotesTreeProvider, uri: vscode.Uri, opened: Set<string>): Promise<void> {
  const file = provider.files.find((candidate) => candidate.uri === uri.toString());
  if (!file || opened.has(file.uri)) return;
  // Levels one by one: the progress row beside them stays closed, its list of modules left is long.
  const areas = file.children.filter((node) => node.kind === 'area');
  for (const node of [...areas, ...areas.flatMap((area) => area.children.filter((child) => child.kind === 'level'))]) {
    // A refresh (a workspace of many notes being read) stops the opening; the next load goes on with it.
    if (provider.isRefreshing || !treeView.visible) return;
    await provider.reveal(treeView, node, { select: false, focus: false, expand: 1 }).then(undefined, () => undefined);
  }
  opened.add(file.uri);
}
