import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import type { Outlines } from './outlines';
import { areaStatus, notCountedCounts, spokenTimes } from './progressShown';
import { nextDueText } from './nextDue';
import type { OutlineResult } from './protocol';
import { treeViewId } from './tree';

/** How long the server must stay stopped before the status bar says so (a restart passes through "stopped"). */
const stoppedAfterMs = 1500;

/**
 * Total study time of the active notes document; hidden for any other editor. When the language
 * server has stopped for good (it crashed too often), it says so and restarts it on a click.
 */
export function createStudyTimeStatus(client: BaseLanguageClient, outlines: Outlines): vscode.Disposable {
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
    // Offers "Insert Module from Catalog" in the editor's context menu and the tree's title only where it fits.
    void vscode.commands.executeCommand('setContext', 'studyNotes.activeIsNotes', outline?.isNotes === true);
    if (!outline?.isNotes) return item.hide();
    const missing = outline.modulesWithoutEstimate;
    item.text = `$(watch) ${outline.time}` + (missing > 0 ? ` $(warning) ${missing}` : '');
    item.tooltip = statusTooltip(outline);
    item.accessibilityInformation = { label: `Study time ${spokenTimes(outline.summary)}`, role: 'button' };
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

/** The totals, then where the notes stand in the course: each of their areas with what to check, what counts for nothing, and the rounds. */
function statusTooltip(outline: OutlineResult): vscode.MarkdownString {
  // Theme icons on from the start, so that appendText escapes a `$(...)` in the student's own text.
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown('**Study time:** ').appendText(outline.summary);
  const areas = new Set(outline.areas.map((area) => area.courseArea));
  for (const progress of outline.progress?.areas.filter((area) => areas.has(area.area)) ?? []) {
    tooltip.appendMarkdown('\n\n**').appendText(progress.area).appendMarkdown(':** ').appendText(areaStatus(progress));
  }
  const notCounted = outline.progress && notCountedCounts(outline.progress);
  if (notCounted) tooltip.appendMarkdown('\n\n**Not counted:** ').appendText(notCounted);
  for (const round of outline.progress?.rounds ?? []) tooltip.appendMarkdown(`\n\n${round.met ? '$(pass)' : '$(circle-large-outline)'} `).appendText(round.text);
  const due = nextDueText(outline.progress?.rounds ?? [], Date.now());
  if (due) tooltip.appendMarkdown('\n\n$(calendar) ').appendText(due);
  tooltip.appendMarkdown('\n\n').appendText('Click to show Areas & Modules');
  return tooltip;
}

function showStopped(item: vscode.StatusBarItem): void {
  item.text = '$(error) Study Notes stopped';
  item.tooltip = 'The Study Notes language server is not running. Click to restart it.';
  item.accessibilityInformation = { label: 'Study Notes language server stopped; restart it', role: 'button' };
  item.command = 'studyNotes.restartServer';
  item.backgroundColor = new vscode.ThemeColor('statusBarItem.errorBackground');
  item.show();
}
