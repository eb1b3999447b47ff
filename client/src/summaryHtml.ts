// The summary page: plain HTML under a CSP that runs no script. It may not import vscode, so that
// it can be checked outside VS Code.
import { historyHtml } from './historyHtml';
import { minutesText, placedOnText, type HistoryResult, type OutlineAreaProgress, type OutlineModule, type OutlinePlacedModule, type OutlineResult, type OutlineRound, type Range } from './protocol';
import { bar, escapeHtml } from './svgBar';
import { areaModules, outlineModules } from './treeNodes';

/** One bar of the time chart: an area, or a level inside it. */
interface TimeRow {
  name: string;
  isLevel: boolean;
  minutes: number;
  time: string;
  withoutEstimate: number;
  range: Range;
  /** Minutes the study timer measured on its modules; none where it measured none. */
  measured?: number;
}

/** Minutes the study timer measured, by module title. */
export type MeasuredMinutes = ReadonlyMap<string, number>;

/** The command a link of the page runs; the panel allows no other (enableCommandUris). */
export const summaryLinkCommand = 'studyNotes.revealRange';

export interface SummaryPage {
  /** Which notes these are: the file's path, as the tab says it. */
  fileName: string;
  cspSource: string;
  nonce: string;
}

/** `history`: what the notes' git history shows (historyHtml.ts), none while it is read; `measured`: what the study timer measured. */
export function summaryHtml(outline: OutlineResult, page: SummaryPage, history?: HistoryResult, measured: MeasuredMinutes = new Map()): string {
  const rows = timeRows(outline, measured);
  const timed = rows.some((row) => row.measured !== undefined);
  const longest = Math.max(1, ...rows.map((row) => row.minutes));
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="UTF-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; img-src ${page.cspSource}; style-src 'nonce-${page.nonce}';">
<meta name="viewport" content="width=device-width, initial-scale=1.0">
<style nonce="${page.nonce}">${styles}</style>
<title>Study Time</title>
</head>
<body>
<main>
<h1>${escapeHtml(outline.title?.trim() || page.fileName)}</h1>
<p class="file">${escapeHtml(page.fileName)}</p>
<p>${escapeHtml(outline.summary)}</p>
<table class="time">
<thead><tr><th>Area / Level</th>${timed ? '<th class="time">Written</th><th class="time">Measured</th>' : '<th class="time">Time</th>'}<th class="chart">Share</th><th class="missing">No estimate</th></tr></thead>
<tbody>
${rows.map((row) => timeRowHtml(outline.uri, row, longest, timed)).join('\n')}
</tbody>
</table>
${measuredHtml(outline, measured)}
${missingEstimatesHtml(outline)}
${progressHtml(outline)}
${historyHtml(history)}
</main>
</body>
</html>`;
}

function timeRows(outline: OutlineResult, measured: MeasuredMinutes): TimeRow[] {
  return outline.areas.flatMap((area) => {
    const modules = areaModules(area);
    return [
      { name: area.name, isLevel: false, minutes: area.totalMinutes, time: area.time, withoutEstimate: area.modulesWithoutEstimate, range: area.range, measured: measuredOf(modules, measured) },
      ...area.levels.map((level) => ({ name: level.name, isLevel: true, minutes: level.totalMinutes, time: level.time, withoutEstimate: level.modulesWithoutEstimate, range: level.range, measured: measuredOf(level.modules, measured) })),
    ];
  });
}

function measuredOf(modules: readonly OutlineModule[], measured: MeasuredMinutes): number | undefined {
  const minutes = modules.flatMap((module) => measured.get(module.title) ?? []);
  return minutes.length ? minutes.reduce((sum, each) => sum + each, 0) : undefined;
}

/** Bars are SVG widths, not inline styles, which the CSP forbids. */
function timeRowHtml(uri: string, row: TimeRow, longest: number, timed: boolean): string {
  const measured = timed ? `<td class="time">${row.measured === undefined ? '' : escapeHtml(minutesText(row.measured))}</td>` : '';
  return `<tr class="${row.isLevel ? 'level' : 'area'}"><td>${link(uri, row.range, row.name)}</td><td class="time">${escapeHtml(row.time)}</td>${measured}` +
    `<td class="chart">${bar(row.minutes / longest)}</td>` +
    `<td class="missing">${row.withoutEstimate === 0 ? '' : String(row.withoutEstimate)}</td></tr>`;
}

/** Each module the study timer measured: what the notes say beside what was measured. */
function measuredHtml(outline: OutlineResult, measured: MeasuredMinutes): string {
  const timed = outlineModules(outline).filter((module) => measured.has(module.title));
  if (timed.length === 0) return '';
  const rows = timed.map((module) => `<tr><td>${link(outline.uri, module.range, module.title)}</td><td class="time">${escapeHtml(module.time ?? 'no time')}</td><td class="time">${escapeHtml(minutesText(measured.get(module.title)!))}</td></tr>`);
  return `<h2>Measured with the study timer</h2>\n<table class="measured"><thead><tr><th>Module</th><th class="time">Written</th><th class="time">Measured</th></tr></thead><tbody>${rows.join('')}</tbody></table>`;
}

function missingEstimatesHtml(outline: OutlineResult): string {
  const missing = outlineModules(outline).filter((module) => !module.hasEstimate && !module.timedElsewhere);
  if (missing.length === 0) return '<p>Every module has a time estimate.</p>';
  const items = missing.map((module) => `<li>${link(outline.uri, module.range, module.title)} <span class="line">(line ${module.range.start.line + 1})</span></li>`);
  return `<h2>Modules without estimate (${missing.length})</h2>\n<ul class="missing">${items.join('')}</ul>`;
}

/** Each catalog area's levels as done/required bars, what the next level still asks, and the rounds. */
function progressHtml(outline: OutlineResult): string {
  const progress = outline.progress;
  if (!progress) return '';
  return `<h2>Course progress</h2>\n${progress.areas.map((area) => areaProgressHtml(outline.uri, area)).join('\n')}\n${roundsHtml(progress.rounds)}${elsewhereHtml(progress.unplaced, progress.unread)}`;
}

/** What the tool counted by likeness, could not place, or found only in the time log: the student checks these. */
function unsureHtml(area: OutlineAreaProgress): string {
  if (!area.unsure) return '';
  const likely = area.likely.map((module) => `<li>${placedLink(module)} → ${placedOnText(module, escapeHtml)} <span class="line">(counted, ${module.notesBelow ? 'to check' : 'placed by likeness'})</span></li>`);
  const unplaced = area.unplaced.map((module) => `<li>${placedLink(module)} <span class="line">(not counted: matches no module of the course)</span></li>`);
  const logged = area.logged.map((module) => `<li>${placedLink(module)} <span class="line">(in your time log, no notes: not counted)</span></li>`);
  return `<details><summary>Check: ${escapeHtml(area.unsure)}</summary><ul>${[...likely, ...unplaced, ...logged].join('')}</ul></details>`;
}

function elsewhereHtml(unplaced: readonly OutlinePlacedModule[], unread: readonly string[]): string {
  const items = [
    ...unplaced.map((module) => `<li>${placedLink(module)} <span class="line">(under no area of the course; not counted)</span></li>`),
    ...unread.map((uri) => `<li>${link(uri, fileStart, decodeURIComponent(uri.split('/').pop() ?? uri))} <span class="line">(a file of yours read as no module of the course)</span></li>`),
  ];
  return items.length ? `\n<h2>Not counted</h2>\n<ul>${items.join('')}</ul>` : '';
}

const fileStart: Range = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };

function placedLink(module: OutlinePlacedModule): string {
  return link(module.uri, module.range, module.title);
}

function areaProgressHtml(uri: string, area: OutlineAreaProgress): string {
  const rows = area.levels.map((level) => {
    const state = level.met ? '✓' : `${level.done}/${level.required}${level.timeLeft ? ` · ${level.timeLeft} left` : ''}`;
    return `<tr><td>${escapeHtml(level.level)}</td><td class="chart">${bar(level.met ? 1 : level.done / Math.max(1, level.required), level.met)}</td><td class="count">${escapeHtml(state)}</td></tr>`;
  });
  const next = area.levels.find((level) => level.level === area.nextLevel);
  const left = next?.left.map((module) => `<li>${module.inNotes ? link(uri, module.inNotes, module.title) : escapeHtml(module.title)}${module.time ? ` <span class="line">${escapeHtml(module.time)}</span>` : ''}${module.inNotes ? ' <span class="line">(no notes yet)</span>' : ''}${!module.inNotes && module.logged ? ` <span class="line">(${link(module.logged.uri, module.logged.range, 'in your time log')}, no notes)</span>` : ''}</li>`);
  const leftHtml = next && left?.length ? `<details><summary>Left for ${escapeHtml(next.level)} (${left.length})</summary><ul>${left.join('')}</ul></details>` : '';
  const reached = area.reached ? `${escapeHtml(area.reached)} ✓` : 'no level yet';
  return `<section class="area"><h3>${escapeHtml(area.area)} <span class="reached">${reached}</span></h3>\n<table class="progress"><tbody>${rows.join('')}</tbody></table>${leftHtml}${unsureHtml(area)}</section>`;
}

function roundsHtml(rounds: readonly OutlineRound[]): string {
  if (rounds.length === 0) return '';
  const items = rounds.map((round) => `<li class="${round.met ? 'met' : 'not-met'}">${round.met ? '✓' : '✗'} <strong>${escapeHtml(round.name)}</strong> <span class="line">due ${escapeHtml(round.due)}</span>: ${round.met ? 'met' : `not met — ${escapeHtml(round.missing.join(', '))}`}</li>`);
  return `<h2>Rounds</h2>\n<ul class="rounds">${items.join('')}</ul>`;
}

/** A link to a place in the notes: the panel's only command, with the place as its arguments. */
function link(uri: string, range: Range, text: string): string {
  const args = encodeURIComponent(JSON.stringify([uri, range]));
  return `<a href="command:${summaryLinkCommand}?${args}">${escapeHtml(text)}</a>`;
}

const styles = `
body { font-family: var(--vscode-font-family); color: var(--vscode-foreground); padding: 0 1rem; }
a { color: var(--vscode-textLink-foreground); text-decoration: none; }
a:hover { text-decoration: underline; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; padding: 0.25rem 0.5rem; border-bottom: 1px solid var(--vscode-panel-border); }
tr.area td:first-child { font-weight: bold; }
tr.level td:first-child { padding-left: 1.5rem; }
td.chart, th.chart { width: 40%; }
td.time, td.missing, td.count { white-space: nowrap; }
th.missing, td.missing { text-align: right; }
rect.track { fill: var(--vscode-editorWidget-background, transparent); }
rect.bar { fill: var(--vscode-charts-blue); }
rect.complete { fill: var(--vscode-charts-green); }
.line, .file, .reached { color: var(--vscode-descriptionForeground); }
.reached { font-weight: normal; font-size: 0.9em; }
section.area { margin-bottom: 1rem; }
summary { cursor: pointer; margin: 0.25rem 0; }
ul.rounds li, ul.rounds-at-due li { list-style: none; border-left: 3px solid transparent; padding-left: 0.4rem; margin-bottom: 0.2rem; }
li.met { border-left-color: var(--vscode-charts-green); }
li.not-met { border-left-color: var(--vscode-charts-red); }
`;
