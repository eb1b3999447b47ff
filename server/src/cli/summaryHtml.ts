import type { AreaProgress, RoundProgress } from '../course/progress';
import type { StudentRow } from './summary';
import { levelsText, minutesText, nextLevel } from '../course/progressText';
import { checkItems, checkLegend, checkText, type CheckItem } from './summaryChecks';
import { timeCell } from './summaryFormats';
import { historyCells, historyHeader, historyLines } from './history/historyText';

/**
 * The class report as one HTML file a TA can open or mail: no script, no network, styles inline,
 * the chart as CSS bars, light and dark by the reader's colour scheme.
 */
export function summaryHtml(rows: readonly StudentRow[]): string {
  const areas = rows[0].progress.map((area) => area.area);
  const rounds = rows[0].rounds;
  const levels = courseLevels(rows[0]);
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Course progress</title>',
    `<style>${style}</style></head><body>`,
    `<h1>Course progress</h1><p class="lead">${rows.length} students · ${rounds.map((round) => `${escape(round.name)} due ${round.due}: met by ${rows.filter((row) => metRound(row, round.name)).length}`).join(' · ')}</p>`,
    chart(rows, areas, levels),
    classTable(rows, areas, levels),
    `<h2>What each student lacks</h2><p class="muted">To check by hand — ${escape(checkLegend)}.</p>`,
    ...rows.map((row) => studentSection(row, levels)),
    '</body></html>',
    '',
  ].join('\n');
}

const style = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --line: #d1d9e0; --none: #d1d9e0; --level0: #54aeff; --level1: #1a7f37; --level2: #8250df; --level3: #bc4c00; --good: #1a7f37; --bad: #cf222e; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --line: #3d444d; --none: #3d444d; --level0: #4493f8; --level1: #3fb950; --level2: #ab7df8; --level3: #db6d28; --good: #3fb950; --bad: #f85149; } }
body { font: 14px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { margin-bottom: .2rem; } .lead, .muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { position: sticky; top: 0; background: var(--bg); }
.level0 { --c: var(--level0); } .level1 { --c: var(--level1); } .level2 { --c: var(--level2); } .level3 { --c: var(--level3); }
.reached { color: var(--c); } .top { font-weight: 600; } .level-none { color: var(--muted); }
.met { color: var(--good); } .unmet { color: var(--bad); }
.chart { display: grid; grid-template-columns: 14rem 1fr; gap: .4rem 1rem; align-items: center; margin: 1rem 0 2rem; }
.bar { display: flex; height: 1.4rem; border-radius: 4px; overflow: hidden; background: var(--none); }
.bar span { display: block; height: 100%; color: #fff; background: var(--c); font-size: 12px; line-height: 1.4rem; text-align: center; }
.legend span::before { content: ""; display: inline-block; width: .8rem; height: .8rem; margin: 0 .3rem 0 1rem; border-radius: 2px; vertical-align: -1px; background: var(--c); }
details { border-bottom: 1px solid var(--line); padding: .4rem 0; } summary { cursor: pointer; }
details ul { margin: .3rem 0 .6rem; }
`;

function metRound(row: StudentRow, name: string): boolean {
  return row.files > 0 && row.rounds.some((round) => round.name === name && round.met);
}

/**
 * The course's levels, lowest first, as its areas list them (an area may leave one out): the report
 * names and colours levels by their rank, whatever the course calls them.
 */
function courseLevels(row: StudentRow): string[] {
  const levels: string[] = [];
  for (const area of row.progress) {
    let next = 0;
    for (const { level } of area.levels) {
      const known = levels.indexOf(level);
      if (known < 0) levels.splice(next, 0, level);
      next = (known < 0 ? next : known) + 1;
    }
  }
  return levels;
}

/** "level1 top": the level's colour by its rank among the course's levels, the highest in bold. */
function levelClass(level: string, levels: readonly string[]): string {
  const rank = levels.indexOf(level);
  return `level${rank % levelColours}${rank === levels.length - 1 ? ' top' : ''}`;
}

const levelColours = 4;

/** Per area, how many students reached each level, highest first: the bars add up to the class. */
function chart(rows: readonly StudentRow[], areas: readonly string[], levels: readonly string[]): string {
  const highestFirst = [...levels].reverse();
  const lines = areas.map((name) => {
    const reached = rows.map((row) => row.progress.find((area) => area.area === name)?.reached ?? null);
    const count = (level: string | null) => reached.filter((value) => value === level).length;
    const segment = (level: string) => {
      const n = count(level);
      return n ? `<span class="${levelClass(level, levels)}" style="width:${((100 * n) / rows.length).toFixed(2)}%" title="${n} at ${escape(level)}">${n}</span>` : '';
    };
    const label = [...highestFirst.map((level) => `${count(level)} ${level}`), `${count(null)} no level`].join(', ');
    return `<div>${escape(name)}</div><div class="bar" role="img" aria-label="${escape(name)}: ${escape(label)}">${highestFirst.map(segment).join('')}</div>`;
  });
  const keys = highestFirst.map((level) => `<span class="${levelClass(level, levels)}">${escape(level)}</span>`);
  const legend = `<p class="legend muted">Students per level reached:${keys.join('')}<span style="--c:var(--none)">no level yet</span></p>`;
  return `<h2>Levels per area</h2>${legend}<div class="chart">${lines.join('')}</div>`;
}

function classTable(rows: readonly StudentRow[], areas: readonly string[], levels: readonly string[]): string {
  const rounds = rows[0].rounds;
  const header = ['Student', 'Modules', 'Time', ...areas, ...rounds.map((round) => `${round.name} (${round.due})`), ...historyHeader(rows), 'To check'];
  const body = rows.map((row) => {
    const reached = row.progress.map((area) => `<td>${levelText(area.reached, levels)}</td>`);
    const roundCells = row.rounds.map((round) => (row.files === 0 ? '<td></td>' : `<td class="${round.met ? 'met' : 'unmet'}">${round.met ? 'met' : 'not met'}</td>`));
    const first = row.problem ? `${escape(row.student)}<br><span class="unmet">${escape(row.problem)}</span>` : escape(row.student);
    const history = historyCells(row).map((cell) => `<td>${escape(cell)}</td>`);
    return `<tr><td>${first}</td><td>${row.modules}</td><td>${timeCell(row)}</td>${reached.join('')}${roundCells.join('')}${history.join('')}<td>${checkItems(row).length || ''}</td></tr>`;
  });
  return `<h2>Class</h2><table><thead><tr>${header.map((cell) => `<th>${escape(cell)}</th>`).join('')}</tr></thead><tbody>${body.join('\n')}</tbody></table>`;
}

function levelText(reached: string | null, levels: readonly string[]): string {
  return reached ? `<span class="reached ${levelClass(reached, levels)}">${escape(reached)}</span>` : '<span class="level-none">—</span>';
}

/** The first round not met, what it still asks, per area the modules of the next level, and what to check by hand. */
function studentSection(row: StudentRow, levels: readonly string[]): string {
  const due = row.rounds.find((round) => !round.met);
  const headline = row.problem ?? (due ? `${due.name} not met: ${due.missing.join(', ')}` : 'every round met');
  const checks = checkItems(row);
  const open = row.files > 0 && (due || checks.length) ? ' open' : '';
  const count = checks.length ? ` · <span class="unmet">${checks.length} to check</span>` : '';
  const graded = historyLines([row]).slice(1).map((line) => `<p class="muted">${escape(line.trim().replace(`${row.student}: `, ''))}</p>`);
  const body = row.files === 0 ? graded.join('') : [roundsLine(row.rounds), ...graded, ...row.progress.map((area) => areaLines(area, levels)), checksList(checks)].join('');
  return `<details${open}><summary><strong>${escape(row.student)}</strong> — <span class="${due || row.problem ? 'unmet' : 'met'}">${escape(headline)}</span>${count}</summary>${body}</details>`;
}

function checksList(checks: readonly CheckItem[]): string {
  const items = checks.map((item) => `<li><strong>${item.kind}</strong>: ${checkText(item, escape)}</li>`);
  return items.length ? `<p class="muted">To check by hand:</p><ul>${items.join('')}</ul>` : '';
}

function roundsLine(rounds: readonly RoundProgress[]): string {
  const parts = rounds.map((round) => `${escape(round.name)} (due ${round.due}): <span class="${round.met ? 'met' : 'unmet'}">${round.met ? 'met' : 'not met'}</span>${round.alternatives && !round.met ? ` <span class="muted">(or ${escape(round.alternatives.join(', or '))})</span>` : ''}`);
  return `<p>${parts.join(' · ')}</p>`;
}

/** An area not started is one line: listing its every module for every student would bury what matters. */
function areaLines(area: AreaProgress, levels: readonly string[]): string {
  const next = nextLevel(area);
  const head = `<strong>${escape(area.area)}</strong>: ${area.reached ? `${levelText(area.reached, levels)} reached` : '<span class="level-none">no level yet</span>'} · <span class="muted">${escape(levelsText(area))}</span>`;
  if (!next || area.levels.every((level) => level.done === 0)) return `<p>${head}</p>`;
  const left = next.left.map((module) => `<li>${escape(module.title)}${module.minutes === null ? '' : ` <span class="muted">${minutesText(module.minutes)}</span>`}</li>`);
  return `<p>${head}</p><p class="muted">Left for ${escape(next.level)}:</p><ul>${left.join('')}</ul>`;
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
