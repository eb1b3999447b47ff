import type { AreaProgress, RoundProgress } from '../course/progress';
import { formatMinutes } from '../notes/timeEstimate';
import type { StudentRow } from './summary';
import { levelsText, minutesText, nextLevel } from '../course/progressText';
import { historyCells, historyHeader, historyLines, notReadText } from './history/historyText';

/**
 * The class report as one HTML file a TA can open or mail: no script, no network, styles inline,
 * the chart as CSS bars, light and dark by the reader's colour scheme.
 */
export function summaryHtml(rows: readonly StudentRow[]): string {
  const areas = rows[0].progress.map((area) => area.area);
  const rounds = rows[0].rounds;
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    '<title>Course progress</title>',
    `<style>${style}</style></head><body>`,
    `<h1>Course progress</h1><p class="lead">${rows.length} students · ${rounds.map((round) => `${escape(round.name)} due ${round.due}: met by ${rows.filter((row) => metRound(row, round.name)).length}`).join(' · ')}</p>`,
    chart(rows, areas),
    classTable(rows, areas),
    '<h2>What each student lacks</h2>',
    ...rows.map(studentSection),
    '</body></html>',
    '',
  ].join('\n');
}

const style = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --line: #d1d9e0; --none: #d1d9e0; --beginner: #54aeff; --intermediate: #1a7f37; --bad: #cf222e; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --line: #3d444d; --none: #3d444d; --beginner: #4493f8; --intermediate: #3fb950; --bad: #f85149; } }
body { font: 14px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { margin-bottom: .2rem; } .lead, .muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
th { position: sticky; top: 0; background: var(--bg); }
.level-Intermediate { color: var(--intermediate); font-weight: 600; } .level-Beginner { color: var(--beginner); } .level-none { color: var(--muted); }
.met { color: var(--intermediate); } .unmet { color: var(--bad); }
.chart { display: grid; grid-template-columns: 14rem 1fr; gap: .4rem 1rem; align-items: center; margin: 1rem 0 2rem; }
.bar { display: flex; height: 1.4rem; border-radius: 4px; overflow: hidden; background: var(--none); }
.bar span { display: block; height: 100%; color: #fff; font-size: 12px; line-height: 1.4rem; text-align: center; }
.bar .intermediate { background: var(--intermediate); } .bar .beginner { background: var(--beginner); }
.legend span::before { content: ""; display: inline-block; width: .8rem; height: .8rem; margin: 0 .3rem 0 1rem; border-radius: 2px; vertical-align: -1px; background: var(--c); }
details { border-bottom: 1px solid var(--line); padding: .4rem 0; } summary { cursor: pointer; }
details ul { margin: .3rem 0 .6rem; }
`;

function metRound(row: StudentRow, name: string): boolean {
  return row.files > 0 && row.rounds.some((round) => round.name === name && round.met);
}

/** Per area, how many students reached each level: the bars add up to the class. */
function chart(rows: readonly StudentRow[], areas: readonly string[]): string {
  const lines = areas.map((name) => {
    const reached = rows.map((row) => row.progress.find((area) => area.area === name)?.reached ?? null);
    const count = (level: string) => reached.filter((value) => value === level).length;
    const segment = (level: string, css: string) => {
      const n = count(level);
      return n ? `<span class="${css}" style="width:${((100 * n) / rows.length).toFixed(2)}%" title="${n} at ${level}">${n}</span>` : '';
    };
    const none = reached.filter((value) => value === null).length;
    return `<div>${escape(name)}</div><div class="bar" role="img" aria-label="${escape(name)}: ${count('Intermediate')} Intermediate, ${count('Beginner')} Beginner, ${none} no level">${segment('Intermediate', 'intermediate')}${segment('Beginner', 'beginner')}</div>`;
  });
  const legend = '<p class="legend muted">Students per level reached:<span style="--c:var(--intermediate)">Intermediate</span><span style="--c:var(--beginner)">Beginner</span><span style="--c:var(--none)">no level yet</span></p>';
  return `<h2>Levels per area</h2>${legend}<div class="chart">${lines.join('')}</div>`;
}

function classTable(rows: readonly StudentRow[], areas: readonly string[]): string {
  const rounds = rows[0].rounds;
  const header = ['Student', 'Modules', 'Time', ...areas, ...rounds.map((round) => `${round.name} (${round.due})`), ...historyHeader(rows)];
  const body = rows.map((row) => {
    const levels = row.progress.map((area) => levelCell(area.reached));
    const roundCells = row.rounds.map((round) => (row.files === 0 ? '<td></td>' : `<td class="${round.met ? 'met' : 'unmet'}">${round.met ? 'met' : 'not met'}</td>`));
    const time = row.modules > row.withoutEstimate ? formatMinutes(row.minutes) : '-';
    const first = row.problem ? `${escape(row.student)}<br><span class="unmet">${escape(row.problem)}</span>` : escape(row.student);
    const notRead = row.notRead ? `<br><span class="muted">${escape(notReadText(row.notRead))}</span>` : '';
    const history = historyCells(row).map((cell) => `<td>${escape(cell)}</td>`);
    return `<tr><td>${first}${notRead}</td><td>${row.modules}</td><td>${time}</td>${levels.join('')}${roundCells.join('')}${history.join('')}</tr>`;
  });
  return `<h2>Class</h2><table><thead><tr>${header.map((cell) => `<th>${escape(cell)}</th>`).join('')}</tr></thead><tbody>${body.join('\n')}</tbody></table>`;
}

function levelCell(reached: string | null): string {
  return `<td class="level-${reached ? escape(reached.replace(/\W+/g, '-')) : 'none'}">${reached ? escape(reached) : '—'}</td>`;
}

/** The first round not met, what it still asks, and per area the modules of the next level. */
function studentSection(row: StudentRow): string {
  const due = row.rounds.find((round) => !round.met);
  const headline = row.problem ?? (due ? `${due.name} not met: ${due.missing.join(', ')}` : 'every round met');
  const open = row.files > 0 && due ? ' open' : '';
  const graded = historyLines([row]).slice(1).map((line) => `<p class="muted">${escape(line.trim().replace(`${row.student}: `, ''))}</p>`);
  const body = row.files === 0 ? graded.join('') : [roundsLine(row.rounds), ...graded, ...row.progress.map(areaLines)].join('');
  return `<details${open}><summary><strong>${escape(row.student)}</strong> — <span class="${due || row.problem ? 'unmet' : 'met'}">${escape(headline)}</span></summary>${body}</details>`;
}

function roundsLine(rounds: readonly RoundProgress[]): string {
  const parts = rounds.map((round) => `${escape(round.name)} (due ${round.due}): <span class="${round.met ? 'met' : 'unmet'}">${round.met ? 'met' : 'not met'}</span>${round.alternatives && !round.met ? ` <span class="muted">(or ${escape(round.alternatives.join(', or '))})</span>` : ''}`);
  return `<p>${parts.join(' · ')}</p>`;
}

/** An area not started is one line: listing its every module for every student would bury what matters. */
function areaLines(area: AreaProgress): string {
  const next = nextLevel(area);
  const head = `<strong>${escape(area.area)}</strong>: ${levelCellText(area.reached)} · <span class="muted">${escape(levelsText(area))}</span>`;
  if (!next || area.levels.every((level) => level.done === 0)) return `<p>${head}</p>`;
  const left = next.left.map((module) => `<li>${escape(module.title)}${module.minutes === null ? '' : ` <span class="muted">${minutesText(module.minutes)}</span>`}</li>`);
  return `<p>${head}</p><p class="muted">Left for ${escape(next.level)}:</p><ul>${left.join('')}</ul>`;
}

function levelCellText(reached: string | null): string {
  return reached ? `<span class="level-${escape(reached)}">${escape(reached)} reached</span>` : '<span class="level-none">no level yet</span>';
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
