import * as vscode from 'vscode';
import type { NotesTreeProvider } from './tree';
import type { NotesNode } from './treeNodes';

/**
 * How long VS Code is given to ask for the children of the rows it shows open once it has the new
 * rows. It asks at once; a check made too early costs one reading of the tree more, never a loop.
 */
const childrenAskedMs = 1000;

/**
 * Reads the tree again when VS Code shows a row open and will never ask for its children. Told
 * that the tree changed, the extension host forgets every row until VS Code has fetched them again;
 * a row's children asked for in between are asked under a name it no longer knows ("No tree item
 * with id ... found" in its log). VS Code then shows that row open and empty, however often it is
 * folded and opened, until the tree is read again (seen in CI: a notes file with nothing under it).
 *
 * So a moment after each reading, after the view is shown and after a row is opened, the rows VS
 * Code said it opened are checked: one whose children were not asked for is taken for lost, and
 * the tree is read again. A row still not asked for after that reading is taken for closed (VS Code
 * does not say so when it closes a row above it), so the tree is never read again and again. A row
 * opened while the rows are forgotten is not told to the extension either: it is mended when the
 * student folds and opens it, or at the next change.
 */
export function rereadRowsLeftEmpty(treeView: vscode.TreeView<NotesNode>, provider: NotesTreeProvider): vscode.Disposable {
  const open = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let rereadForLost = false;
  const check = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!treeView.visible || provider.isRefreshing) return;
      const notAsked = provider.openRowsNotAsked(open);
      if (!notAsked.length) rereadForLost = false;
      else if (!rereadForLost) {
        rereadForLost = true;
        provider.refresh();
      } else {
        rereadForLost = false;
        notAsked.forEach((row) => open.delete(row.id));
      }
    }, childrenAskedMs);
  };
  return vscode.Disposable.from(
    treeView.onDidExpandElement(({ element }) => {
      provider.opened(element);
      open.add(element.id);
      check();
    }),
    treeView.onDidCollapseElement(({ element }) => open.delete(element.id)),
    treeView.onDidChangeVisibility(check),
    provider.onDidLoad(check),
    { dispose: () => clearTimeout(timer) },
  );
}
