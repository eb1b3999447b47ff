import type { Course } from '../catalog/course';
import type { AreaProgress, RoundProgress } from '../course/progress';
import type { StudentRow } from './summary';
import { levelsText, minutesText, nextLevel, roundLabel } from '../course/progressText';
import { checkItems, checkLegend, checkText, type CheckItem } from './summaryChecks';
import { timeCell } from './summaryFormats';
import { historyCells, historyHeader, historyLines } from './history/historyText';

/**
 * The class report as one HTML file a TA can open or mail: no script, no network, styles inline,
 * the chart as CSS bars, light and dark by the reader's colour scheme. `course` gives the title,
 * and the levels the legend and the colours follow, lowest first.
 */
export function summaryHtml(rows: readonly StudentRow[], course: Pick<Course, 'title' | 'rules'>): string {
  const areas = rows[0].progress.map((area) => area.area);
  const rounds = roundHeads(rows);
  const levels = course.rules.levels.map((level) => level.name);
  const title = course.title ? `Course progress: ${course.title}` : 'Course progress';
  return [
    '<!doctype html>',
    '<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escape(title)}</title>`,
    `<style>${style}${levelStyle(levels)}</style></head><body><main>`,
    `<h1>${escape(title)}</h1><p class="lead">${rows.length} students · ${rounds.map((round) => `${escape(roundLabel(round))}: met by ${rows.filter((row) => metRound(row, round.name)).length}`).join(' · ')}</p>`,
    chart(rows, areas, levels),
    classTable(rows, rounds, areas, levels),
    `<h2>What each student lacks</h2><p class="muted">To check by hand — ${escape(checkLegend)}.</p>`,
    ...rows.map((row) => studentSection(row, levels)),
    '</main></body></html>',
    '',
  ].join('\n');
}

/**
 * Blue to green, the highest the course's colour of done; each at least 4.5:1 against the page's
 * background, as a level's name in the tables and behind a bar's figures (drawn in the background's colour).
 */
const levelColours = { light: ['#0969da', '#1a7f37', '#116329', '#0d5a25', '#0a4a1f'], dark: ['#4493f8', '#2ea043', '#3fb950', '#56d364', '#7ee787'] };

/** One colour per level of the course, spread over the ramp; the highest is the one "met" rounds wear. */
function levelStyle(levels: readonly string[]): string {
  const pick = (ramp: string[], rank: number) => ramp[levels.length < 2 ? ramp.length - 1 : Math.round((rank * (ramp.length - 1)) / (levels.length - 1))];
  const vars = (ramp: string[]) => levels.map((_, rank) => `--level-${rank}: ${pick(ramp, rank)};`).join(' ');
  const classes = levels.map((_, rank) => `.level-${rank} { color: var(--level-${rank});${rank === levels.length - 1 ? ' font-weight: 600;' : ''} } .bar .level-${rank} { background: var(--level-${rank}); color: var(--bg); }`).join('\n');
  return `\n:root { ${vars(levelColours.light)} }\n@media (prefers-color-scheme: dark) { :root { ${vars(levelColours.dark)} } }\n${classes}\n`;
}

const style = `
:root { color-scheme: light dark; --fg: #1f2328; --muted: #59636e; --bg: #ffffff; --line: #d1d9e0; --none: #d1d9e0; --met: #1a7f37; --bad: #cf222e; }
@media (prefers-color-scheme: dark) { :root { --fg: #e6edf3; --muted: #9198a1; --bg: #0d1117; --line: #3d444d; --none: #3d444d; --met: #3fb950; --bad: #f85149; } }
body { font: 14px/1.45 system-ui, sans-serif; color: var(--fg); background: var(--bg); margin: 2rem auto; max-width: 72rem; padding: 0 1rem; }
h1 { margin-bottom: .2rem; } .lead, .muted { color: var(--muted); }
table { border-collapse: collapse; width: 100%; margin: 1rem 0 2rem; }
th, td { border-bottom: 1px solid var(--line); padding: .3rem .5rem; text-align: left; vertical-align: top; }
thead th { position: sticky; top: 0; background: var(--bg); }
.level-none { color: var(--muted); }
.met { color: var(--met); } .unmet { color: var(--bad); }
.chart { display: grid; grid-template-columns: 14rem 1fr; gap: .4rem 1rem; align-items: center; margin: 1rem 0 2rem; }
.bar { display: flex; height: 1.4rem; border-radius: 4px; overflow: hidden; background: var(--none); }
.bar span { display: block; height: 100%; color: var(--bg); font-size: 12px; line-height: 1.4rem; text-align: center; }
.legend span::before { content: ""; display: inline-block; width: .8rem; height: .8rem; margin: 0 .3rem 0 1rem; border-radius: 2px; vertical-align: -1px; background: var(--c); }
details { border-bottom: 1px solid var(--line); padding: .4rem 0; } summary { cursor: pointer; }
details ul { margin: .3rem 0 .6rem; }
`;

function metRound(row: StudentRow, name: string): boolean {
  return measured(row) && row.rounds.some((round) => round.name === name && round.met);
}

/** A student whose notes were read: notes files, or pages of notes alone; not a folder the tool found no notes in. */
function measured(row: StudentRow): boolean {
  return row.files > 0 || (row.pages ?? 0) > 0;
}

/** Per area, how many students reached each level (highest first), and how many none. */
interface AreaCounts {
  area: string;
  perLevel: { level: string; rank: number; students: number }[];
  none: number;
}

function highestFirst(levels: readonly string[]): { level: string; rank: number }[] {
  return levels.map((level, rank) => ({ level, rank })).reverse();
}

function areaCounts(rows: readonly StudentRow[], areas: readonly string[], levels: readonly string[]): AreaCounts[] {
  return areas.map((area) => {
    const reached = rows.map((row) => row.progress.find((progress) => progress.area === area)?.reached ?? null);
    const perLevel = highestFirst(levels).map(({ level, rank }) => ({ level, rank, students: reached.filter((value) => value === level).length }));
    return { area, perLevel, none: reached.filter((value) => value === null).length };
  });
}

/** Per area, how many students reached each level, highest first: the bars add up to the class; the same figures as a table after them. */
function chart(rows: readonly StudentRow[], areas: readonly string[], levels: readonly string[]): string {
  const counts = areaCounts(rows, areas, levels);
  const lines = counts.map(({ area, perLevel, none }) => {
    const segment = ({ level, rank, students }: AreaCounts['perLevel'][number]) =>
      students ? `<span class="level-${rank}" style="width:${((100 * students) / rows.length).toFixed(2)}%" title="${students} at ${escape(level)}">${students}</span>` : '';
    const label = [...perLevel.map(({ level, students }) => `${students} ${level}`), `${none} no level`].join(', ');
    return `<div>${escape(area)}</div><div class="bar" role="img" aria-label="${escape(`${area}: ${label}`)}">${perLevel.map(segment).join('')}</div>`;
  });
  const legend = `<p class="legend muted">Students per level reached:${highestFirst(levels).map(({ level, rank }) => `<span style="--c:var(--level-${rank})">${escape(level)}</span>`).join('')}<span style="--c:var(--none)">no level yet</span></p>`;
  return `<h2>Levels per area</h2>${legend}<div class="chart">${lines.join('')}</div>${chartTable(counts, levels)}`;
}

function chartTable(counts: readonly AreaCounts[], levels: readonly string[]): string {
  const header = ['Area', ...highestFirst(levels).map(({ level }) => level), 'no level yet'].map((cell) => `<th scope="col">${escape(cell)}</th>`);
  const body = counts.map(({ area, perLevel, none }) => `<tr><th scope="row">${escape(area)}</th>${[...perLevel.map(({ students }) => students), none].map((n) => `<td>${n}</td>`).join('')}</tr>`);
  return `<details><summary>Levels per area as a table</summary><table><thead><tr>${header.join('')}</tr></thead><tbody>${body.join('')}</tbody></table></details>`;
}

/**
 * The class's rounds as the lead and the columns name them: graded at a commit (--at), a round is
 * judged on the notes of that time, not at its own due date, and its heading says so. Each row's
 * rounds are the course's, in its order.
 */
function roundHeads(rows: readonly StudentRow[]): RoundProgress[] {
  return rows[0].rounds.map((round) => {
    const dates = new Set(rows.flatMap((row) => row.rounds.filter((judged) => judged.name === round.name && judged.judgedAt).map((judged) => judged.judgedAt)));
    // An extension moves one student's date graded: the heading names no one student's.
    const judgedAt = dates.size > 1 ? "each student's date graded" : [...dates][0];
    return judgedAt ? { ...round, judgedAt } : round;
  });
}

function classTable(rows: readonly StudentRow[], rounds: readonly RoundProgress[], areas: readonly string[], levels: readonly string[]): string {
  const header = ['Student', 'Modules', 'Time', ...areas, ...rounds.map(roundLabel), ...historyHeader(rows), 'To check'];
  const body = rows.map((row) => {
    const cells = row.progress.map((area) => levelCell(area.reached, levels));
    const roundCells = row.rounds.map((round) => (!measured(row) ? '<td></td>' : `<td class="${round.met ? 'met' : 'unmet'}">${round.met ? 'met' : 'not met'}</td>`));
    const first = row.problem ? `${escape(row.student)}<br><span class="unmet">${escape(row.problem)}</span>` : escape(row.student);
    const history = historyCells(row).map((cell) => `<td>${escape(cell)}</td>`);
    return `<tr><td>${first}</td><td>${row.modules}</td><td>${timeCell(row)}</td>${cells.join('')}${roundCells.join('')}${history.join('')}<td>${checkItems(row).length || ''}</td></tr>`;
  });
  return `<h2>Class</h2><table><thead><tr>${header.map((cell) => `<th>${escape(cell)}</th>`).join('')}</tr></thead><tbody>${body.join('\n')}</tbody></table>`;
}

/** A level's class is its rank in the course: any name a course gives its levels. */
function levelClass(reached: string | null, levels: readonly string[]): string {
  const rank = reached === null ? -1 : levels.indexOf(reached);
  return rank < 0 ? 'level-none' : `level-${rank}`;
}

function levelCell(reached: string | null, levels: readonly string[]): string {
  return `<td class="${levelClass(reached, levels)}">${reached ? escape(reached) : '—'}</td>`;
}

/** The first round not met, what it still asks, per area the modules of the next level, and what to check by hand. */
function studentSection(row: StudentRow, levels: readonly string[]): string {
  const due = row.rounds.find((round) => !round.met);
  const headline = row.problem ?? (due ? `${due.name} not met: ${due.missing.join(', ')}` : 'every round met');
  const checks = checkItems(row);
  const open = measured(row) && (due || checks.length) ? ' open' : '';
  const count = checks.length ? ` · <span class="unmet">${checks.length} to check</span>` : '';
  const graded = historyLines([row]).slice(1).map((line) => `<p class="muted">${escape(line.trim().replace(`${row.student}: `, ''))}</p>`);
  const body = !measured(row) ? graded.join('') : [roundsLine(row.rounds), ...graded, ...row.progress.map((area) => areaLines(area, levels)), checksList(checks)].join('');
  return `<details${open}><summary><strong>${escape(row.student)}</strong> — <span class="${due || row.problem ? 'unmet' : 'met'}">${escape(headline)}</span>${count}</summary>${body}</details>`;
}

function checksList(checks: readonly CheckItem[]): string {
  const items = checks.map((item) => `<li><strong>${item.kind}</strong>: ${checkText(item, escape)}</li>`);
  return items.length ? `<p class="muted">To check by hand:</p><ul>${items.join('')}</ul>` : '';
}

function roundsLine(rounds: readonly RoundProgress[]): string {
  const parts = rounds.map((round) => `${escape(roundLabel(round))}: <span class="${round.met ? 'met' : 'unmet'}">${round.met ? 'met' : 'not met'}</span>${round.alternatives && !round.met ? ` <span class="muted">(or ${escape(round.alternatives.join(', or '))})</span>` : ''}`);
  return `<p>${parts.join(' · ')}</p>`;
}

/** An area not started is one line: listing its every module for every student would bury what matters. */
function areaLines(area: AreaProgress, levels: readonly string[]): string {
  const next = nextLevel(area);
  const head = `<strong>${escape(area.area)}</strong>: ${levelCellText(area.reached, levels)} · <span class="muted">${escape(levelsText(area))}</span>`;
  if (!next || area.levels.every((level) => level.done === 0)) return `<p>${head}</p>`;
  const left = next.left.map((module) => `<li>${escape(module.title)}${module.minutes === null ? '' : ` <span class="muted">${minutesText(module.minutes)}</span>`}</li>`);
  return `<p>${head}</p><p class="muted">Left for ${escape(next.level)}:</p><ul>${left.join('')}</ul>`;
}

function levelCellText(reached: string | null, levels: readonly string[]): string {
  return reached ? `<span class="${levelClass(reached, levels)}">${escape(reached)} reached</span>` : '<span class="level-none">no level yet</span>';
}

function escape(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}
