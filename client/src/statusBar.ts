import * as vscode from 'vscode';
import { State, type LanguageClient } from 'vscode-languageclient/node';
import { formatMinutes } from './catalog';
import type { Outlines } from './outlines';
import { treeViewId } from './tree';

/** How long the server must stay stopped before the status bar says so (a restart passes through "stopped"). */
const stoppedAfterMs = 1500;

/**
 * Total study time of the active notes document; hidden for any other editor. When the language
 * server has stopped for good (it crashed too often), it says so and restarts it on a click.
 */
export function createStudyTimeStatus(client: LanguageClient, outlines: Outlines): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('studyNotes.studyTime', vscode.StatusBarAlignment.Right, 100);
  item.name = 'Study Notes: Study Time';
  /** Only the newest update may write: a slower answer for an earlier editor or state must not win. */
  let latest = 0;
  let serverStopped = false;
  let stopTimer: NodeJS.Timeout | undefined;
  const update = async () => {
    const ticket = ++latest;
    const document = vscode.window.activeTextEditor?.document;
    const uri = document?.languageId === 'markdown' ? document.uri : undefined;
    if (serverStopped) return uri ? showStopped(item) : item.hide();
    const outline = uri && (await outlines.get(uri));
    if (ticket !== latest) return;
    if (!outline?.isNotes) return item.hide();
    const missing = outline.modulesWithoutEstimate;
    const total = formatMinutes(outline.totalMinutes);
    item.text = `$(watch) ${total}` + (missing > 0 ? ` $(warning) ${missing}` : '');
    item.tooltip = `${outline.summary}\nClick to show Areas & Modules`;
    item.accessibilityInformation = { label: `Study time ${outline.summary}`, role: 'button' };
    item.command = `${treeViewId}.focus`;
    item.backgroundColor = undefined;
    item.show();
  };
  void update();
  return vscode.Disposable.from(
    item,
    vscode.window.onDidChangeActiveTextEditor(() => void update()),
    outlines.onDidChange((uri) => (!uri || uri.toString() === vscode.window.activeTextEditor?.document.uri.toString()) && void update()),
    client.onDidChangeState(({ newState }) => {
      clearTimeout(stopTimer);
      if (newState !== State.Stopped) {
        serverStopped = false;
        void update();
        return;
      }
      // Stopped also passes by during every restart: only a stop that lasts is shown.
      stopTimer = setTimeout(() => {
        serverStopped = client.state === State.Stopped;
        if (serverStopped) void update();
      }, stoppedAfterMs);
    }),
    { dispose: () => clearTimeout(stopTimer) },
  );
}

function showStopped(item: vscode.StatusBarItem): void {
  item.text = '$(error) Study Notes stopped';
  item.tooltip = 'The Study Notes language server is not running. Click to restart it.';
  item.accessibilityInformation = { label: 'Study Notes language server stopped; restart it', role: 'button' };
  item.command = 'studyNotes.restartServer';
  item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
  item.show();
}
