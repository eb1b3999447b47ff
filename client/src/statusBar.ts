import * as vscode from 'vscode';
import { formatMinutes } from './catalog';
import type { Outlines } from './outlines';
import { treeViewId } from './tree';

/** Total study time of the active notes document; hidden for any other editor. */
export function createStudyTimeStatus(outlines: Outlines): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('studyNotes.studyTime', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Study Notes: Study Time';
  item.command = `${treeViewId}.focus`;
  let shown: vscode.Uri | undefined;
  const update = async () => {
    const document = vscode.window.activeTextEditor?.document;
    const uri = document?.languageId === 'markdown' ? document.uri : undefined;
    shown = uri;
    const outline = uri && (await outlines.get(uri));
    // A slower answer for a previous editor must not overwrite the current one.
    if (shown !== uri) return;
    if (!outline?.isNotes) return item.hide();
    const missing = outline.modulesWithoutEstimate;
    item.text = `$(watch) ${formatMinutes(outline.totalMinutes)}` + (missing > 0 ? ` $(warning) ${missing}` : '');
    item.tooltip = `${outline.summary}\nClick to show Areas & Modules`;
    item.show();
  };
  void update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    outlines.onDidChange((uri) => (!uri || uri.toString() === shown?.toString()) && void update()),
  );
}
