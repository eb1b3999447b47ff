import { formatMinutes } from '../notes/timeEstimate';
import type { AreaProgress } from '../course/progress';
import { levelsText, roundText } from '../course/progressText';
import { markdownText } from '../document/safeText';
import { hasOwnTimes, timedInAnotherAreaText, type TimeTotal } from '../document/timeTotals';
import type { Colors } from './colors';
import type { FileSummary, StudentRow } from './summary';
import { checkItems, checkLegend, checkText, unplacedCell } from './summaryChecks';
import { progressCells, progressHeader, type ProgressFields } from './summaryProgress';
import { historyCells, historyCsvCells, historyCsvHeader, historyHeader, historyLines } from './history/historyText';
import stringWidth from 'string-width';

// The summary as a terminal table, CSV and Markdown: summary.ts gathers the figures, these lay them out.

/** The time the modules with an estimate take; '-' when none has one. */
export function timeCell(total: TimeTotal): string {
  return hasOwnTimes(total) ? formatMinutes(total.minutes) : '-';
}

function areasCell(row: StudentRow): string {
  return row.areas.map((a) => `${a.name} (${a.modules})`).join('; ');
}

const classHeader = ['Student', 'Files', 'Modules', 'No estimate', 'Time', 'Areas (modules)'];

function classCells(row: StudentRow): string[] {
  return [row.student, filesCell(row), String(row.modules), String(row.withoutEstimate), timeCell(row), row.problem ?? areasCell(row)];
}

/** "2", "1 + 6 pages", "18 pages": the pages of notes progress counts are the student's files too. */
function filesCell({ files, pages }: StudentRow): string {
  if (!pages) return String(files);
  const counted = `${pages} ${pages === 1 ? 'page' : 'pages'}`;
  return files ? `${files} + ${counted}` : counted;
}

/**
 * The class table with the rounds before its last column: what history adds (the commit graded, or
 * each round by its due date and now), else each round as the notes stand now, so that a class of
 * folders without git still shows a TA who meets what.
 */
function classTable(rows: readonly StudentRow[]): string[][] {
  const last = classHeader.length - 1;
  const history = historyHeader(rows);
  const roundsNow = history.length ? [] : (rows[0]?.rounds ?? []).map((round) => `${round.name} now`);
  const header = [...classHeader.slice(0, last), ...history, ...roundsNow, classHeader[last]];
  const cells = rows.map((row) => {
    const own = classCells(row);
    const rounds = history.length ? historyCells(row) : row.rounds.map((round) => (round.met ? 'met' : 'not met'));
    return [...own.slice(0, last), ...rounds, own[last]];
  });
  return [header, ...cells];
}

export function table(summaries: readonly FileSummary[], rows: readonly StudentRow[], colors: Colors): string {
  const out: string[] = [];
  const filesOf = new Map<string, number>();
  for (const s of summaries) filesOf.set(s.student, (filesOf.get(s.student) ?? 0) + 1);
  for (const s of summaries) {
    out.push(colors.bold(s.file) + (s.title ? colors.dim(`  ${s.title}`) : ''), ...fileLines(s, colors, (filesOf.get(s.student) ?? 0) > 1));
    for (const m of s.missing) out.push(colors.yellow(`  no estimate: line ${m.line} ${m.title}`));
    out.push('');
  }
  for (const row of rows) if (row.pages && !row.files) out.push(...pagesLines(row, colors), '');
  out.push(colors.bold('Class'), ...alignedLines(classTable(rows)), '');
  const history = historyLines(rows);
  if (history.length) out.push(...history, '');
  const checks = rows.flatMap((row) => checkItems(row).map((item, i) => [i ? '' : row.student, item.kind, checkText(item)]));
  if (checks.length) out.push(colors.bold('To check by hand'), colors.dim(checkLegend), ...alignedLines(checks).map((line) => `  ${line}`), '');
  return out.join('\n');
}

/**
 * Time per area and level, then the level reached per course area, in columns as wide as their
 * widest cell. Progress is the student's: of a student with several files, it is said to be theirs
 * all, lest a TA read a level under a file that has none of its modules.
 */
function fileLines(s: FileSummary, colors: Colors, ofSeveralFiles: boolean): string[] {
  const rows: { cells: string[]; dim?: boolean }[] = [];
  for (const area of s.areas) {
    rows.push({ cells: [`  ${area.name}`, ...countCells(area)] });
    for (const level of area.levels) rows.push({ cells: [`    ${level.name}`, ...countCells(level)], dim: true });
  }
  rows.push({ cells: ['  Total', ...countCells(s)] });
  if (ofSeveralFiles && s.progress.length) rows.push({ cells: [`  Progress of ${s.student}, from all their files:`], dim: true });
  rows.push(...s.progress.map((area) => ({ cells: areaCells(area) })));
  return [...alignedLines(rows.map((row) => row.cells)).map((line, i) => (rows[i].dim ? colors.dim(line) : line)), ...roundLines(s, colors)];
}

/** A student with no notes file has no file's section: their progress stands under their name. */
function pagesLines(row: StudentRow, colors: Colors): string[] {
  const heading = `  Progress of ${row.student}, from ${row.pages} ${row.pages === 1 ? 'page' : 'pages'} of notes (no notes file):`;
  return [colors.bold(row.student), colors.dim(heading), ...alignedLines(row.progress.map(areaCells)), ...roundLines(row, colors)];
}

function areaCells(area: AreaProgress): string[] {
  return [`  ${area.area}`, area.reached ?? 'no level yet', levelsText(area)];
}

function roundLines({ rounds }: ProgressFields, colors: Colors): string[] {
  return rounds.map((round) => (round.met ? colors.dim : colors.yellow)(`  ${roundText(round)}`));
}

function countCells(total: TimeTotal): string[] {
  const done = `${total.modules} module${total.modules === 1 ? '' : 's'}`;
  const untimed = [total.withoutEstimate && `${total.withoutEstimate} without estimate`, total.timedElsewhere && `${total.timedElsewhere} ${timedInAnotherAreaText}`].filter((cell): cell is string => Boolean(cell));
  return [done, timeCell(total), ...untimed];
}

/** Columns as a terminal shows them: a Chinese or Japanese character takes two, an accent saved decomposed none. */
function pad(text: string, width: number): string {
  const shown = stringWidth(text);
  return shown >= width ? text : text + ' '.repeat(width - shown);
}

/** Rows may differ in length: a column is as wide as its widest cell that is not the last of its row, which is never padded. */
function alignedLines(rows: readonly string[][]): string[] {
  const widths: number[] = [];
  for (const row of rows) row.slice(0, -1).forEach((cell, i) => (widths[i] = Math.max(widths[i] ?? 0, stringWidth(cell))));
  return rows.map((row) => row.map((cell, i) => (i === row.length - 1 ? cell : pad(cell, widths[i]))).join('  '));
}

export function csv(rows: readonly StudentRow[]): string {
  const header = ['student', 'files', 'pages', 'modules', 'without_estimate', 'minutes_min', 'minutes_max', 'areas', ...progressHeader(rows[0]), ...historyCsvHeader(rows), 'likely_modules', 'unplaced_modules', 'logged_without_notes', 'unread_files', 'unplaced_list', 'unread_list', 'problem'];
  const lines = rows.map((r) => [r.student, r.files, r.pages ?? 0, r.modules, r.withoutEstimate, round(r.minutes.min), round(r.minutes.max), areasCell(r), ...progressCells(r), ...historyCsvCells(r), ...checkCounts(r), unplacedCell(r), r.unread.join('; '), r.problem ?? ''].map(csvCell).join(','));
  return `${[header.join(','), ...lines].join('\n')}\n`;
}

/** How many modules likely, not placed, only logged, and files not read as notes. */
function checkCounts(row: StudentRow): number[] {
  const items = checkItems(row);
  return (['likely', 'not placed', 'logged, no notes', 'not read as notes'] as const).map((kind) => items.filter((item) => item.kind === kind).length);
}

function round(minutes: number): number {
  return Math.round(minutes * 100) / 100;
}

// RFC 4180: quote cells holding a comma, quote or newline. A cell a spreadsheet would run as a formula
// (= + - @, or a tab or return before one) starts with an apostrophe, which spreadsheets show as text (OWASP).
function csvCell(value: string | number): string {
  const text = typeof value === 'string' && /^[=+\-@\t\r]/.test(value) ? `'${value}` : String(value);
  return /[",\n\r]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function markdown(summaries: readonly FileSummary[], rows: readonly StudentRow[]): string {
  const [header, ...cells] = classTable(rows);
  const history = historyLines(rows);
  const historyItems = history.length ? [`**${history[0]}**`, '', ...history.slice(1).map((line) => `- ${line.trim()}`), ''] : [];
  const out: string[] = ['# Class summary', '', markdownTable(header, cells), '', ...historyItems, ...markdownChecks(rows)];
  for (const s of summaries) {
    out.push(`## ${s.file}`, '');
    const areaRows = s.areas.flatMap((a) => [[a.name, '', String(a.modules), String(a.withoutEstimate), timeCell(a)], ...a.levels.map((l) => ['', l.name, String(l.modules), String(l.withoutEstimate), timeCell(l)])]);
    out.push(markdownTable(['Area', 'Level', 'Modules', 'No estimate', 'Time'], [...areaRows, ['**Total**', '', String(s.modules), String(s.withoutEstimate), timeCell(s)]]), '');
    out.push(...markdownProgress(s));
    if (s.missing.length) out.push(...s.missing.map((m) => `- no estimate: line ${m.line} ${m.title}`), '');
  }
  for (const row of rows.filter((student) => student.pages && !student.files)) {
    out.push(`## ${markdownText(row.student)}: ${filesCell(row)} of notes, no notes file`, '');
    out.push(...markdownProgress(row));
  }
  return out.join('\n');
}

function markdownProgress({ progress, rounds }: ProgressFields): string[] {
  return [markdownTable(['Course area', 'Reached', 'Levels'], progress.map((area) => [area.area, area.reached ?? '-', levelsText(area)])), '', ...rounds.map((round) => `- ${roundText(round)}`), ''];
}

/** Per student, what to check by hand; nothing when the tool is sure of every student's notes. */
function markdownChecks(rows: readonly StudentRow[]): string[] {
  const students = rows.flatMap((row) => {
    const items = checkItems(row);
    return items.length ? [`### ${markdownText(row.student)}`, '', ...items.map((item) => `- ${item.kind}: ${checkText(item, markdownText)}`), ''] : [];
  });
  return students.length ? ['## To check by hand', '', checkLegend, '', ...students] : [];
}

function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
