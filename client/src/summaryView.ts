import * as vscode from 'vscode';
import type { Outlines } from './outlines';
import type { HistoryResult, OutlineResult } from './protocol';
import { summaryHtml, summaryLinkCommand, type MeasuredMinutes } from './summaryHtml';
import { fileLabel } from './treeItems';

const viewType = 'studyNotes.summary';
/** Which notes the summary showed, so that a window reload shows them again (the page keeps no state: it runs no script). */
const shownKey = 'studyNotes.summary.uri';

/** What the study timer measured in a notes file, and when that changes. */
export interface MeasuredTimes {
  measuredIn(uri: string): MeasuredMinutes;
  readonly onDidChange: vscode.Event<void>;
}

/** The one summary panel: it shows the active notes document, as the status bar does. */
let shown: { panel: vscode.WebviewPanel; show(outline: OutlineResult): void } | undefined;

/**
 * Shows the study time and course progress of a notes document in a webview that runs no script,
 * keeps it up to date while the notes are edited, and switches to another notes document when it
 * becomes the active editor (a Markdown file that is not notes leaves the summary as it was).
 */
export function showSummary(outlines: Outlines, memento: vscode.Memento, measured: MeasuredTimes, outline: OutlineResult): void {
  if (shown) {
    shown.show(outline);
    return shown.panel.reveal(undefined, true);
  }
  const panel = vscode.window.createWebviewPanel(viewType, summaryTitle(outline), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, webviewOptions);
  adopt(panel, outlines, memento, measured, outline);
}

/** After a reload VS Code restores the panel; it shows the notes it showed, read anew. */
export function registerSummarySerializer(outlines: Outlines, memento: vscode.Memento, measured: MeasuredTimes): vscode.Disposable {
  return vscode.window.registerWebviewPanelSerializer(viewType, {
    async deserializeWebviewPanel(panel) {
      const uri = memento.get<string>(shownKey);
      const outline = uri ? await outlines.get(vscode.Uri.parse(uri)) : undefined;
      if (!outline?.isNotes || shown) return panel.dispose();
      panel.webview.options = webviewOptions;
      adopt(panel, outlines, memento, measured, outline);
    },
  });
}

/** Links reach the notes through the one command that reveals a place in them; nothing else runs. */
const webviewOptions: vscode.WebviewOptions & vscode.WebviewPanelOptions = { enableScripts: false, enableCommandUris: [summaryLinkCommand], localResourceRoots: [] };

function adopt(panel: vscode.WebviewPanel, outlines: Outlines, memento: vscode.Memento, measured: MeasuredTimes, outline: OutlineResult): void {
  // One nonce per panel, so that an unchanged summary is not rendered (and its scroll lost) again.
  const nonce = btoa(String.fromCharCode(...crypto.getRandomValues(new Uint8Array(16))));
  let shownUri = outline.uri;
  let shownOutline = outline;
  /** The notes' git history, read for `uri`: it changes with commits, not edits, so it is read on opening, saving and showing. */
  let history: { uri: string; result?: HistoryResult } | undefined;
  const render = (current: OutlineResult) => {
    shownOutline = current;
    shownUri = current.uri;
    void memento.update(shownKey, shownUri);
    panel.title = summaryTitle(current);
    if (history?.uri !== current.uri) readHistory();
    const html = summaryHtml(current, { fileName: fileLabel(current.uri), cspSource: panel.webview.cspSource, nonce }, history?.result, measured.measuredIn(current.uri));
    if (html !== panel.webview.html) panel.webview.html = html;
  };
  const readHistory = () => {
    const uri = shownUri;
    history = { uri, result: history?.uri === uri ? history.result : undefined };
    void outlines.history(vscode.Uri.parse(uri)).then((result) => {
      if (shownUri !== uri || !result) return;
      history = { uri, result };
      render(shownOutline);
    });
  };
  /** Only the newest request may render: a slower answer for the previous document must not win. */
  let latest = 0;
  const showLatest = async (uri: vscode.Uri) => {
    const ticket = ++latest;
    const current = await outlines.get(uri);
    if (ticket === latest && current?.isNotes) render(current);
  };
  render(outline);
  const subscriptions = vscode.Disposable.from(
    outlines.onDidChange((uri) => (!uri || uri.toString() === shownUri) && void showLatest(vscode.Uri.parse(shownUri))),
    measured.onDidChange(() => render(shownOutline)),
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      const document = editor?.document;
      if (document?.languageId === 'markdown' && document.uri.toString() !== shownUri) void showLatest(document.uri);
    }),
    vscode.workspace.onDidSaveTextDocument((document) => document.languageId === 'markdown' && readHistory()),
    panel.onDidChangeViewState(({ webviewPanel }) => webviewPanel.visible && readHistory()),
  );
  panel.onDidDispose(() => {
    subscriptions.dispose();
    shown = undefined;
    void memento.update(shownKey, undefined);
  });
  shown = {
    panel,
    show: (current) => {
      latest++;
      render(current);
    },
  };
}

/** By the file, not the title: every student's notes start "# Distributed Systems Practice". */
function summaryTitle(outline: OutlineResult): string {
  return `Study Time: ${fileLabel(outline.uri)}`;
}
