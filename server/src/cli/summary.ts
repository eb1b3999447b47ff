import path from 'node:path';
import { formatMinutes } from '../notes/timeEstimate';
import type { Minutes, Module, NotesModel } from '../notes/types';
import { totalOf, type TimeTotal } from '../service/timeTotals';
import type { SummaryFormat } from './args';
import type { Colors } from './colors';
import { printableDeep } from './printable';
import type { NotesFile, SkippedFile } from './load';
import { summaryHtml } from './summaryHtml';
import { levelsText, roundText } from '../course/progressText';
import { absentStudents, progressCells, progressHeader, progressOf, type ProgressFields } from './summaryProgress';

interface LevelSummary extends TimeTotal {
  name: string;
}

interface AreaSummary extends TimeTotal {
  name: string;
  levels: LevelSummary[];
}

interface FileSummary extends TimeTotal, ProgressFields {
  file: string;
  student: string;
  title?: string;
  areas: AreaSummary[];
  missing: { title: string; line: number }[];
}

export interface StudentRow extends TimeTotal, ProgressFields {
  student: string;
  files: number;
  /** Modules per area name, to see at a glance which areas a student worked on. */
  areas: { name: string; modules: number }[];
  /** Why the student's progress is empty: no notes file, or notes with no module read. */
  problem?: string;
}

/** Files of the folder arguments that did not read as notes: their students still get a row. */
export type SkippedFiles = readonly SkippedFile[];

export function runSummary(files: readonly NotesFile[], format: SummaryFormat, colors: Colors, cwd: string, skipped: SkippedFiles = []): string {
  const progress = studentsProgress(files, skipped, cwd);
  const summaries = files.map((f) => {
    const student = studentOf(path.resolve(cwd, f.file), f.root);
    return fileSummary(f.file, student.name, f.model, progress.get(student.name) as ProgressFields);
  });
  const rows = classRows(files, summaries, skipped, cwd, progress);
  switch (format) {
    case 'json':
      return `${JSON.stringify({ files: summaries, students: rows }, null, 2)}\n`;
    case 'csv':
      return csv(printableDeep(rows));
    case 'markdown':
      return markdown(printableDeep(summaries), printableDeep(rows));
    case 'html':
      return summaryHtml(rows, files[0].course);
    case 'table':
      return table(printableDeep(summaries), printableDeep(rows), colors);
  }
}

function fileSummary(file: string, student: string, model: NotesModel, progress: ProgressFields): FileSummary {
  const areas = model.areas.map((area) => ({
    name: area.heading || area.topic || `Area ${area.number ?? ''}`.trim(),
    ...totalOf(area.modules),
    levels: area.levels.map((level) => ({ name: level.name, ...totalOf(level.modules) })),
  }));
  const outside = model.modules.filter((m) => m.areaIndex === undefined);
  if (outside.length) areas.unshift({ name: '(before any area)', ...totalOf(outside), levels: [] });
  const missing = model.modules.filter((m) => m.estimate?.kind !== 'minutes').map((m: Module) => ({ title: m.title, line: m.openerRange.start.line + 1 }));
  return { file, student, title: model.title?.text, ...totalOf(model.modules), areas, missing, ...progress };
}

/**
 * A student is a folder directly under a folder argument (a class repo of student folders), or
 * a file in it (one file per student); a named file is its own student, or its folder's for a README.
 * `folder` holds the student's files: their paths in it are what their links say.
 */
function studentOf(file: string, root: string | undefined): { name: string; folder: string } {
  const base = root ?? path.dirname(file);
  const parts = path.relative(base, file).split(path.sep);
  if (parts.length > 1) return { name: parts[0], folder: path.join(base, parts[0]) };
  const name = /^readme\.md$/i.test(parts[0]) ? path.basename(path.dirname(file)) : parts[0].replace(/\.(md|markdown)$/i, '');
  return { name, folder: path.dirname(file) };
}

/** Each student's progress, from all their files: their notes and the pages of notes beside them. */
function studentsProgress(files: readonly NotesFile[], skipped: SkippedFiles, cwd: string): Map<string, ProgressFields> {
  const students = new Map<string, { folder: string; files: NotesFile[]; pages: SkippedFile[] }>();
  const studentFiles = (file: string, root: string | undefined) => {
    const student = studentOf(path.resolve(cwd, file), root);
    let entry = students.get(student.name);
    if (!entry) students.set(student.name, (entry = { folder: student.folder, files: [], pages: [] }));
    return entry;
  };
  for (const file of files) studentFiles(file.file, file.root).files.push(file);
  for (const page of skipped) if (page.summary && students.has(studentOf(path.resolve(cwd, page.file), page.root).name)) studentFiles(page.file, page.root).pages.push(page);
  // Each student is measured against the course of their own settings.
  return new Map([...students].map(([name, entry]) => [name, progressOf(entry.files, entry.pages, entry.files[0].course, entry.folder, cwd)]));
}

function classRows(files: readonly NotesFile[], summaries: readonly FileSummary[], skipped: SkippedFiles, cwd: string, progress: ReadonlyMap<string, ProgressFields>): StudentRow[] {
  const rows = new Map<string, StudentRow>();
  const filesOf = new Map<string, NotesFile[]>();
  const course = files[0].course;
  const emptyRow = (student: string): StudentRow => ({ student, files: 0, modules: 0, withoutEstimate: 0, minutes: { min: 0, max: 0 }, areas: [], ...progressOf([], [], course, cwd, cwd) });
  for (const s of summaries) {
    const row = rows.get(s.student) ?? emptyRow(s.student);
    row.files++;
    row.modules += s.modules;
    row.withoutEstimate += s.withoutEstimate;
    row.minutes = add(row.minutes, s.minutes);
    for (const area of s.areas) {
      const known = row.areas.find((a) => a.name === area.name);
      if (known) known.modules += area.modules;
      else row.areas.push({ name: area.name, modules: area.modules });
    }
    rows.set(s.student, row);
  }
  // Grouped once: a class of 130,000 one-file students must not compare every file with every student.
  files.forEach((file, i) => {
    const own = filesOf.get(summaries[i].student) ?? [];
    own.push(file);
    filesOf.set(summaries[i].student, own);
  });
  for (const row of rows.values()) {
    const own = filesOf.get(row.student) as NotesFile[];
    Object.assign(row, progress.get(row.student));
    if (row.modules === 0) row.problem = `no module read in ${own.map((f) => path.basename(f.file)).join(', ')}`;
  }
  const roots = [...files, ...skipped].flatMap((f) => (f.root ? [f.root] : []));
  for (const { student, problem } of absentStudents(roots, new Set(rows.keys()), skipped, cwd)) rows.set(student, { ...emptyRow(student), problem });
  return [...rows.values()].sort((a, b) => (a.student < b.student ? -1 : a.student > b.student ? 1 : 0));
}

function add(a: Minutes, b: Minutes): Minutes {
  return { min: a.min + b.min, max: a.max + b.max };
}

function time(total: TimeTotal): string {
  return total.modules > total.withoutEstimate ? formatMinutes(total.minutes) : '-';
}

function areasCell(row: StudentRow): string {
  return row.areas.map((a) => `${a.name} (${a.modules})`).join('; ');
}

const classHeader = ['Student', 'Files', 'Modules', 'No estimate', 'Time', 'Areas (modules)'];

function classCells(row: StudentRow): string[] {
  return [row.student, String(row.files), String(row.modules), String(row.withoutEstimate), time(row), row.problem ?? areasCell(row)];
}

function table(summaries: readonly FileSummary[], rows: readonly StudentRow[], colors: Colors): string {
  const out: string[] = [];
  for (const s of summaries) {
    out.push(colors.bold(s.file) + (s.title ? colors.dim(`  ${s.title}`) : ''));
    for (const area of s.areas) {
      out.push(`  ${pad(area.name, 44)} ${counts(area)}`);
      for (const level of area.levels) out.push(colors.dim(`    ${pad(level.name, 42)} ${counts(level)}`));
    }
    out.push(`  ${pad('Total', 44)} ${counts(s)}`);
    for (const area of s.progress) out.push(`  ${pad(area.area, 44)} ${pad(area.reached ?? 'no level yet', 13)} ${levelsText(area)}`);
    for (const round of s.rounds) out.push((round.met ? colors.dim : colors.yellow)(`  ${roundText(round)}`));
    for (const m of s.missing) out.push(colors.yellow(`  no estimate: line ${m.line} ${m.title}`));
    out.push('');
  }
  out.push(colors.bold('Class'), aligned([classHeader, ...rows.map(classCells)]), '');
  return out.join('\n');
}

function counts(total: TimeTotal): string {
  const done = `${total.modules} module${total.modules === 1 ? '' : 's'}`;
  const missing = total.withoutEstimate ? `, ${total.withoutEstimate} without estimate` : '';
  return `${pad(done, 11)} ${pad(time(total), 18)}${missing}`.trimEnd();
}

function pad(text: string, width: number): string {
  return text.length >= width ? text : text + ' '.repeat(width - text.length);
}

function aligned(rows: readonly string[][]): string {
  const widths = rows[0].map((_, i) => rows.reduce((widest, r) => Math.max(widest, r[i].length), 0));
  return rows.map((r) => r.map((cell, i) => (i === r.length - 1 ? cell : pad(cell, widths[i]))).join('  ')).join('\n');
}

function csv(rows: readonly StudentRow[]): string {
  const header = ['student', 'files', 'modules', 'without_estimate', 'minutes_min', 'minutes_max', 'areas', ...progressHeader(rows[0]), 'problem'];
  const lines = rows.map((r) => [r.student, r.files, r.modules, r.withoutEstimate, round(r.minutes.min), round(r.minutes.max), areasCell(r), ...progressCells(r), r.problem ?? ''].map(csvCell).join(','));
  return `${[header.join(','), ...lines].join('\n')}\n`;
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

function markdown(summaries: readonly FileSummary[], rows: readonly StudentRow[]): string {
  const out: string[] = ['# Class summary', '', markdownTable(classHeader, rows.map(classCells)), ''];
  for (const s of summaries) {
    out.push(`## ${s.file}`, '');
    const areaRows = s.areas.flatMap((a) => [[a.name, '', String(a.modules), String(a.withoutEstimate), time(a)], ...a.levels.map((l) => ['', l.name, String(l.modules), String(l.withoutEstimate), time(l)])]);
    out.push(markdownTable(['Area', 'Level', 'Modules', 'No estimate', 'Time'], [...areaRows, ['**Total**', '', String(s.modules), String(s.withoutEstimate), time(s)]]), '');
    out.push(markdownTable(['Course area', 'Reached', 'Levels'], s.progress.map((area) => [area.area, area.reached ?? '-', levelsText(area)])), '');
    out.push(...s.rounds.map((round) => `- ${roundText(round)}`), '');
    if (s.missing.length) out.push(...s.missing.map((m) => `- no estimate: line ${m.line} ${m.title}`), '');
  }
  return out.join('\n');
}

function markdownTable(header: readonly string[], rows: readonly string[][]): string {
  const line = (cells: readonly string[]): string => `| ${cells.map((c) => c.replace(/\|/g, '\\|')).join(' | ')} |`;
  return [line(header), line(header.map(() => '---')), ...rows.map(line)].join('\n');
}
