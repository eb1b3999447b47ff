import { randomBytes } from 'node:crypto';
import * as vscode from 'vscode';
import { formatMinutes } from './catalog';
import type { Outlines } from './outlines';
import type { OutlineModule, OutlineResult } from './protocol';

/** One bar of the chart: an area, or a level inside it. */
interface SummaryRow {
  name: string;
  isLevel: boolean;
  minutes: number;
  withoutEstimate: number;
}

/** The one summary panel: it shows the active notes document, as the status bar does. */
let shown: { panel: vscode.WebviewPanel; show(outline: OutlineResult): void } | undefined;

/**
 * Shows the study time summary of a notes document in a webview that runs no script, keeps it up
 * to date while the notes are edited, and switches to another notes document when it becomes the
 * active editor (a Markdown file that is not notes leaves the summary as it was).
 */
export function showSummary(outlines: Outlines, outline: OutlineResult): void {
  if (shown) {
    shown.show(outline);
    return shown.panel.reveal(undefined, true);
  }
  const panel = vscode.window.createWebviewPanel('studyNotes.summary', summaryTitle(outline), { viewColumn: vscode.ViewColumn.Beside, preserveFocus: true }, {
    enableScripts: false,
    localResourceRoots: [],
  });
  // One nonce per panel, so that an unchanged summary is not rendered (and its scroll lost) again.
  const nonce = randomBytes(16).toString('base64');
  let shownUri = outline.uri;
  const render = (current: OutlineResult) => {
    shownUri = current.uri;
    panel.title = summaryTitle(current);
    const html = summaryHtml(current, panel.webview.cspSource, nonce);
    if (html !== panel.webview.html) panel.webview.html = html;
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
    vscode.window.onDidChangeActiveTextEditor((editor) => {
      const document = editor?.document;
      if (document?.languageId === 'markdown' && document.uri.toString() !== shownUri) void showLatest(document.uri);
    }),
  );
  panel.onDidDispose(() => {
    subscriptions.dispose();
    shown = undefined;
  });
  shown = {
    panel,
    show: (current) => {
      latest++;
      render(current);
    },
  };
}

function summaryTitle(outline: OutlineResult): string {
  return `Study Time: ${notesName(outline)}`;
}

/**
 * The notes' title, else their file's name: a title of nothing but markup (`# <img ...>`) has no
 * text, and an empty heading and tab read as a broken view.
 */
function notesName(outline: OutlineResult): string {
  const title = outline.title?.trim();
  if (title) return title;
  const name = outline.uri.split('/').pop() ?? '';
  try {
    return decodeURIComponent(name) || 'Study Notes';
  } catch {
    return name;
  }
}

export function summaryHtml(outline: OutlineResult, cspSource: string, nonce = randomBytes(16).toString('base64')): string {
  const rows = summaryRows(outline);
  const longest = Math.max(1, ...rows.map((row) => row.minutes));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${cspSource}; style-src 'nonce-${nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${nonce}">${styles}</style>
<title>Study Time</title>
</head>
<body>
<h1>${escapeHtml(notesName(outline))}</h1>
<p>${escapeHtml(outline.summary)}</p>
<table>
<thead><tr><th>Area / Level</th><th class="time">Time</th><th class="chart">Share</th><th class="missing">No estimate</th></tr></thead>
<tbody>
${rows.map((row) => rowHtml(row, longest)).join('\n')}
</tbody>
</table>
${missingEstimatesHtml(outline)}
</body>
</html>`;
}

function summaryRows(outline: OutlineResult): SummaryRow[] {
  return outline.areas.flatMap((area) => [
    { name: area.name, isLevel: false, minutes: area.totalMinutes, withoutEstimate: countWithoutEstimate([...area.modules, ...area.levels.flatMap((level) => level.modules)]) },
    ...area.levels.map((level) => ({ name: level.name, isLevel: true, minutes: level.totalMinutes, withoutEstimate: countWithoutEstimate(level.modules) })),
  ]);
}

/** Bars are SVG widths, not inline styles, which the CSP forbids. */
function rowHtml(row: SummaryRow, longest: number): string {
  const width = Math.round((row.minutes / longest) * 100);
  return `<tr class="${row.isLevel ? 'level' : 'area'}"><td>${escapeHtml(row.name)}</td><td class="time">${formatMinutes(row.minutes)}</td>` +
    `<td class="chart"><svg width="100%" height="12" viewBox="0 0 100 12" preserveAspectRatio="none" role="img" aria-label="${width}%"><rect width="${width}" height="12"/></svg></td>` +
    `<td class="missing">${row.withoutEstimate === 0 ? '' : String(row.withoutEstimate)}</td></tr>`;
}

function countWithoutEstimate(modules: readonly OutlineModule[]): number {
  return modules.filter((module) => !module.hasEstimate).length;
}

function missingEstimatesHtml(outline: OutlineResult): string {
  const missing = allModules(outline).filter((module) => !module.hasEstimate);
  if (missing.length === 0) return '<p>Every module has a time estimate.</p>';
  const items = missing.map((module) => `<li>${escapeHtml(module.title)} <span class="line">(line ${module.range.start.line + 1})</span></li>`);
  return `<h2>Modules without estimate (${missing.length})</h2>\n<ul>${items.join('')}</ul>`;
}

function allModules(outline: OutlineResult): OutlineModule[] {
  return [...outline.modules, ...outline.areas.flatMap((area) => [...area.modules, ...area.levels.flatMap((level) => level.modules)])];
}

/** Note text is the student's: it is shown, never interpreted as markup. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

const styles = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1rem; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--vscode-panel-border); }
tr.area td:first-child { font-weight: bold; }
tr.level td:first-child { padding-left: 1.5rem; }
td.chart, th.chart { width: 40%; }
td.time, td.missing { white-space: nowrap; }
th.missing, td.missing { text-align: right; }
rect { fill: var(--vscode-charts-blue); }
.line { color: var(--vscode-descriptionForeground); }
`;
