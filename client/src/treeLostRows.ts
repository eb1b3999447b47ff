import * as vscode from 'vscode';
import type { NotesTreeProvider } from './tree';
import type { NotesNode } from './treeNodes';

/**
 * How long VS Code is given to fetch the tree once told it changed, and to ask for the children of
 * the rows it shows open once it has the new rows. It does both at once, yet a trial on a loaded
 * machine saw it ask 1.06 s after a fetch; a check made too early costs one telling or one reading
 * of the tree more (bounded, never a loop).
 */
const childrenAskedMs = 2000;
/** Tellings in a row that VS Code may leave unfetched before the view is left to its next change. */
const maxRetold = 3;

/**
 * Reads the tree again when VS Code holds rows the extension host has forgotten. Told that the tree
 * changed, the extension host forgets every row until VS Code has fetched them again, and two
 * races in VS Code 1.100 leave it so:
 *
 * - VS Code does not fetch the tree at all: told of a change while the answer to its last fetch is
 *   on its way (seen on the view shown after edits), it takes the rows of that answer for the new
 *   ones. Every row it shows is then unknown to the extension host: a row opened gets no children
 *   ("No tree item with id ... found" in its log) and its opening is not told to the extension.
 *   Seen in CI: a notes file with nothing under it, however often it was folded and opened. So when
 *   VS Code was told and has not fetched a moment later, it is told again, which it normally fetches.
 * - A row's children are asked for while the rows are forgotten: VS Code shows that row open and
 *   empty until the tree is read again. So a moment after each reading, after the view is shown and
 *   after a row is opened, the rows VS Code said it opened are checked: one whose children were not
 *   asked for is taken for lost, and the tree is read again. A row still not asked for after that
 *   reading is taken for closed (VS Code does not say so when it closes a row above it).
 *
 * Both are bounded, so the tree is never read again and again.
 */
export function rereadRowsLeftEmpty(treeView: vscode.TreeView<NotesNode>, provider: NotesTreeProvider, log: vscode.LogOutputChannel): vscode.Disposable {
  const open = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | undefined;
  let retold = 0;
  let rereadForLost = false;
  const tellAgain = () => {
    if (retold === maxRetold) return;
    retold++;
    log.info(`Areas & Modules: VS Code was told the notes changed and did not fetch them in ${childrenAskedMs} ms; telling it again (${retold} of ${maxRetold})`);
    provider.refresh();
  };
  const rereadLost = () => {
    const notAsked = provider.openRowsNotAsked(open);
    if (!notAsked.length) rereadForLost = false;
    else if (!rereadForLost) {
      rereadForLost = true;
      log.info(`Areas & Modules: VS Code shows rows open without asking what is under them (${notAsked.map((row) => row.id).join(', ')}); reading the tree again`);
      provider.refresh();
    } else {
      rereadForLost = false;
      notAsked.forEach((row) => open.delete(row.id));
    }
  };
  const check = () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      if (!treeView.visible) return;
      if (provider.awaitsFetch) tellAgain();
      else if (!provider.isRefreshing) rereadLost();
    }, childrenAskedMs);
  };
  return vscode.Disposable.from(
    treeView.onDidExpandElement(({ element }) => {
      provider.opened(element);
      open.add(element.id);
      check();
    }),
    treeView.onDidCollapseElement(({ element }) => open.delete(element.id)),
    treeView.onDidChangeVisibility(({ visible }) => {
      // A student's way to ask again without editing: hide the view and show it.
      if (visible) retold = 0;
      check();
    }),
    provider.onDidChangeTreeData(check),
    provider.onDidLoad(() => {
      retold = 0;
      check();
    }),
    { dispose: () => clearTimeout(timer) },
  );
}
