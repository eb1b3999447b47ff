// The summary page's sections from the notes' git history: the time logged per week and each round
// on the notes as they were at its due date. Plain HTML, as the rest of the page; no vscode import.
import type { HistoryResult, HistoryRound, HistoryWeek } from './protocol';
import { bar, escapeHtml } from './svgBar';

export function historyHtml(history: HistoryResult | undefined): string {
  if (!history) return '<h2>Your weeks</h2>\n<p class="line">Reading the history of your notes…</p>';
  if (history.unavailable) return `<h2>Your weeks</h2>\n<p class="line history-unavailable">Time per week and the rounds at their due dates are not available: ${escapeHtml(history.unavailable)}.</p>`;
  return `${weeksHtml(history)}\n${roundsAtDueHtml(history.rounds)}`;
}

/** One bar per week, the longest full width; a week that took estimates away shows its time and no bar. */
function weeksHtml(history: HistoryResult): string {
  const branch = history.branch ? ` on ${escapeHtml(history.branch)}` : '';
  const head = `<h2>Study time per week</h2>\n<p class="line">The time estimates each commit added to your notes${branch}, counted in the week of the commit (weeks from Monday, ${escapeHtml(history.timeZone)}).</p>`;
  if (!history.weeks.length) return `${head}\n<p>No commit yet: commit your notes to see your weeks.</p>`;
  const longest = Math.max(1, ...history.weeks.map((week) => week.minutes));
  return `${head}\n<table class="weeks"><thead><tr><th>Week of</th><th class="time">Time logged</th><th class="chart">Share</th><th class="missing">Commits</th></tr></thead><tbody>\n${history.weeks.map((week) => weekRow(week, longest)).join('\n')}\n</tbody></table>`;
}

function weekRow(week: HistoryWeek, longest: number): string {
  return `<tr><td>${escapeHtml(week.week)}</td><td class="time">${escapeHtml(week.time)}</td><td class="chart">${bar(week.minutes / longest)}</td><td class="missing">${week.commits || ''}</td></tr>`;
}

function roundsAtDueHtml(rounds: readonly HistoryRound[]): string {
  if (!rounds.length) return '';
  return `<h2>Rounds at their due dates</h2>\n<ul class="rounds-at-due">${rounds.map(roundAtDue).join('')}</ul>`;
}

/** "✓ Round 1 due …: met by the due date — your notes then: Docker and Containers: Intermediate (commit d511ff9 of …, 7 commits after)" */
function roundAtDue(round: HistoryRound): string {
  const verdict = round.met ? 'met by the due date' : `not met by the due date${round.missing.length ? ` — ${round.missing.join(', ')}` : ''}`;
  const then = round.commit ? `your notes then: ${round.reached.length ? round.reached.join(', ') : 'no level yet'} (commit ${round.commit.slice(0, 7)} of ${round.committed}, ${round.after} ${round.after === 1 ? 'commit' : 'commits'} after)` : 'no commit by then';
  return `<li class="${round.met ? 'met' : 'not-met'}">${round.met ? '✓' : '✗'} <strong>${escapeHtml(round.name)}</strong> <span class="line">due ${escapeHtml(round.dueAt)}</span>: ${escapeHtml(verdict)}<br><span class="line">${escapeHtml(then)}</span></li>`;
}
