import { createHash } from 'node:crypto';
import path from 'node:path';
import type { Level, Minutes, Module } from '../notes/types';
import type { NotesDocument } from '../document/notesDocument';
import { timedElsewhereIn, totalOf, type TimeTotal } from '../document/timeTotals';
import type { SummaryFormat } from './args';
import type { Colors } from './colors';
import { printableDeep } from './printable';
import type { NotesFile, SkippedFile } from './load';
import type { Course } from '../catalog/course';
import type { NotesSummary } from '../course/studentNotes';
import type { PlacedModule } from '../course/progress';
import { summaryHtml } from './summaryHtml';
import { absentStudents, countsAny, notesSummaryOf, pagesPlaceAny, pathInFolder, progressOf, type ProgressFields } from './summaryProgress';
import { csv, markdown, table } from './summaryFormats';
import type { ClassHistory } from './history/classHistory';
import type { GradingTime } from './history/deadlines';
import type { HistoryRow } from './history/historyText';
import { notReadFiles } from './notRead';
import { classFolders } from './studentRepository';

interface LevelSummary extends TimeTotal {
  name: string;
}

interface AreaSummary extends TimeTotal {
  name: string;
  levels: LevelSummary[];
}

export interface FileSummary extends TimeTotal, ProgressFields {
  file: string;
  student: string;
  title?: string;
  areas: AreaSummary[];
  missing: { title: string; line: number }[];
}

export interface StudentRow extends TimeTotal, ProgressFields, HistoryRow {
  student: string;
  files: number;
  /** Modules per area name, to see at a glance which areas a student worked on. */
  areas: { name: string; modules: number }[];
  /** The pages of notes (files that do not read as notes, one per module) their progress counts besides their notes files. */
  pages?: number;
  /** What a TA should know first of the row: why its progress is empty (no notes file, no module read), or what it comes from (pages alone). */
  problem?: string;
}

/** Files of the folder arguments that did not read as notes: their students still get a row. */
export type SkippedFiles = readonly SkippedFile[];

/** A file's own times and areas; its student's progress joins them once all their files are read. */
type FileSums = Omit<FileSummary, 'student' | keyof ProgressFields>;

/**
 * What the summary keeps of a notes file once it is read: its sums and what progress reads of it,
 * not its text or model, so that a class of any size is held as sums.
 */
export interface SummarisedFile {
  file: string;
  root?: string;
  course: Course;
  sums: FileSums;
  notes: NotesSummary;
  /** The text's digest: a copy of another file of the student's is counted once. */
  digest: string;
}

export function summarisedFile(notes: NotesFile, cwd: string): SummarisedFile {
  const { folder } = studentOf(path.resolve(cwd, notes.file), notes.root);
  return { file: notes.file, root: notes.root, course: notes.course, sums: fileSums(notes.file, notes.document), notes: notesSummaryOf(notes, folder, cwd), digest: createHash('sha256').update(notes.text).digest('hex') };
}

/** `notice`: where a line is said of how the files were grouped into students (standard error). */
export function runSummary(filesRead: readonly SummarisedFile[], format: SummaryFormat, colors: Colors, cwd: string, skippedFiles: SkippedFiles = [], history?: ClassHistory, notice?: (line: string) => void): string {
  const { files, skipped, classRoots, notices } = classFolders(filesRead, skippedFiles, cwd, { pagesPlaceAny: (pages) => pagesPlaceAny(pages, cwd), hasModules: (file) => file.sums.modules > 0 });
  if (notice) notices.forEach(notice);
  const course = courseOf(files, skipped);
  const progress = studentsProgress(files, skipped, cwd, course);
  const summaries = files.map((f): FileSummary => {
    const student = studentOf(path.resolve(cwd, f.file), f.root);
    const { file, ...sums } = f.sums;
    return { file, student: student.name, ...sums, ...(progress.get(student.name) as ProgressFields) };
  });
  const rows = classRows({ files, summaries, skipped, classRoots, course }, cwd, progress);
  withSharedNames(rows, sharedNames(files, skipped, cwd), notice);
  withFilesNotRead(rows, skipped, cwd);
  if (history) withHistory(rows, files, skipped, cwd, history, course);
  switch (format) {
    case 'json':
      return `${JSON.stringify({ files: summaries, students: rows }, lineNumbers, 2)}\n`;
    case 'csv':
      return csv(printableDeep(rows));
    case 'markdown':
      return markdown(printableDeep(summaries), printableDeep(rows));
    case 'html':
      return summaryHtml(rows, course);
    case 'table':
      return table(printableDeep(summaries), printableDeep(rows), colors);
  }
}

function fileSums(file: string, document: NotesDocument): FileSums {
  const { model } = document;
  const timedElsewhere = timedElsewhereIn(document);
  const areas = model.areas.map((area) => ({
    name: area.heading || area.topic || `Area ${area.number ?? ''}`.trim(),
    ...totalOf(area.modules, timedElsewhere),
    levels: [...modulesByLevel(area.levels)].map(([name, modules]) => ({ name, ...totalOf(modules, timedElsewhere) })),
  }));
  const outside = model.modules.filter((m) => m.areaIndex === undefined);
  if (outside.length) areas.unshift({ name: '(before any area)', ...totalOf(outside, timedElsewhere), levels: [] });
  const missing = model.modules.filter((m) => m.estimate?.kind !== 'minutes' && !timedElsewhere.has(m)).map((m: Module) => ({ title: m.title, line: m.openerRange.start.line + 1 }));
  return { file, title: model.title?.text, ...totalOf(model.modules, timedElsewhere), areas, missing };
}

/**
 * One row a level: a level ticked in the area's checklist (`- [x] Basics`) and written out below
 * under its own marker is one level of the notes, its modules those of every marker of its name.
 */
function modulesByLevel(levels: readonly Level[]): Map<string, Module[]> {
  const byName = new Map<string, Module[]>();
  for (const level of levels) {
    const modules = byName.get(level.name);
    if (modules) for (const module of level.modules) modules.push(module);
    else byName.set(level.name, [...level.modules]);
  }
  return byName;
}

/**
 * A student is a folder directly under a folder argument (a class repo of student folders), or
 * a file in it (one file per student); a named file is its own student, or its folder's for a README.
 * `folder` holds the student's files: their paths in it are what their links say.
 */
export function studentOf(file: string, root: string | undefined): { name: string; folder: string } {
  const base = root ?? path.dirname(file);
  const parts = path.relative(base, file).split(path.sep);
  if (parts.length > 1) return { name: parts[0], folder: path.join(base, parts[0]) };
  const name = /^readme\.md$/i.test(parts[0]) ? path.basename(path.dirname(file)) : parts[0].replace(/\.(md|markdown)$/i, '');
  return { name, folder: path.dirname(file) };
}

/** Each student's progress, from all their files: their notes and the pages of notes beside them. */
function studentsProgress(files: readonly SummarisedFile[], skipped: SkippedFiles, cwd: string, course: Course): Map<string, ProgressFields> {
  const students = new Map<string, { folder: string; files: SummarisedFile[]; pages: SkippedFile[] }>();
  const studentFiles = (file: string, root: string | undefined) => {
    const student = studentOf(path.resolve(cwd, file), root);
    let entry = students.get(student.name);
    if (!entry) students.set(student.name, (entry = { folder: student.folder, files: [], pages: [] }));
    return entry;
  };
  for (const file of files) studentFiles(file.file, file.root).files.push(file);
  // A student folder of pages alone (one file per module, no index) is that student's notes; a lone page is not a student.
  // A page without text beside notes files is there too: a module linking to it is not written up by its link's shape.
  for (const page of skipped) {
    if (!page.summary) continue;
    const ofStudent = students.has(studentOf(path.resolve(cwd, page.file), page.root).name);
    if (ofStudent || (page.summary.hasText && inStudentFolder(page, cwd))) studentFiles(page.file, page.root).pages.push(page);
  }
  // Each student is measured against the course of their own settings.
  return new Map([...students].map(([name, entry]) => [name, progressOf(entry.files.map((file) => file.notes), entry.pages, entry.files[0]?.course ?? course, entry.folder, cwd)]));
}

/** The course of the run: its notes files', or its pages' where no file read as notes. */
function courseOf(files: readonly SummarisedFile[], skipped: SkippedFiles): Course {
  const course = files[0]?.course ?? skipped.find((entry) => entry.course)?.course;
  if (!course) throw new Error('a summary needs a notes file or a page read');
  return course;
}

/**
 * A file the same, byte for byte, as another file of its student's (`README (1).md`, a round's copy
 * kept): by index, the file it copies, the one of shortest name. Its modules and time count once.
 */
function copiesOf(files: readonly SummarisedFile[], summaries: readonly FileSummary[], cwd: string): Map<number, string> {
  const same = new Map<string, number[]>();
  files.forEach((file, i) => {
    const key = `${summaries[i].student}\u0000${file.digest}`;
    same.set(key, [...(same.get(key) ?? []), i]);
  });
  const copies = new Map<number, string>();
  for (const group of same.values()) {
    if (group.length < 2) continue;
    const original = group.reduce((best, i) => (files[i].file.length < files[best].file.length ? i : best));
    const { folder } = studentOf(path.resolve(cwd, files[original].file), files[original].root);
    for (const i of group) if (i !== original) copies.set(i, pathInFolder(files[original].file, folder, cwd));
  }
  return copies;
}

/** How many pages of notes (files read, not as notes) each student folder holds. */
function pagesByStudent(skipped: SkippedFiles, cwd: string): Map<string, number> {
  const pages = new Map<string, number>();
  for (const page of skipped) {
    if (!page.summary?.hasText) continue;
    const { name } = studentOf(path.resolve(cwd, page.file), page.root);
    pages.set(name, (pages.get(name) ?? 0) + 1);
  }
  return pages;
}

/** A file in a folder under the folder named, not a file of it (one per student, where a page alone is no student's notes). */
function inStudentFolder(page: SkippedFile, cwd: string): boolean {
  return path.dirname(path.resolve(cwd, page.file)) !== path.resolve(cwd, page.root);
}

/** What the class's rows are made of: the notes files read, the files not read, the folders searched. */
interface ClassRead {
  files: readonly SummarisedFile[];
  summaries: readonly FileSummary[];
  skipped: SkippedFiles;
  classRoots: readonly string[];
  course: Course;
}

function classRows({ files, summaries, skipped, classRoots, course }: ClassRead, cwd: string, progress: ReadonlyMap<string, ProgressFields>): StudentRow[] {
  const rows = new Map<string, StudentRow>();
  const filesOf = new Map<string, SummarisedFile[]>();
  const emptyRow = (student: string): StudentRow => ({ student, files: 0, modules: 0, withoutEstimate: 0, timedElsewhere: 0, minutes: { min: 0, max: 0 }, areas: [], ...progressOf([], [], course, cwd, cwd) });
  const copies = copiesOf(files, summaries, cwd);
  summaries.forEach((s, i) => {
    const row = rows.get(s.student) ?? emptyRow(s.student);
    rows.set(s.student, row);
    row.files++;
    if (copies.has(i)) return;
    row.modules += s.modules;
    row.withoutEstimate += s.withoutEstimate;
    row.timedElsewhere += s.timedElsewhere;
    row.minutes = add(row.minutes, s.minutes);
    for (const area of s.areas) {
      const known = row.areas.find((a) => a.name === area.name);
      if (known) known.modules += area.modules;
      else row.areas.push({ name: area.name, modules: area.modules });
    }
  });
  // Grouped once: a class of 130,000 one-file students must not compare every file with every student.
  files.forEach((file, i) => {
    const own = filesOf.get(summaries[i].student) ?? [];
    own.push(file);
    filesOf.set(summaries[i].student, own);
  });
  for (const row of rows.values()) {
    const own = filesOf.get(row.student) as SummarisedFile[];
    Object.assign(row, progress.get(row.student));
    if (row.modules === 0) row.problem = `no module read in ${own.map((f) => path.basename(f.file)).join(', ')}`;
  }
  for (const [i, original] of copies) {
    const { folder } = studentOf(path.resolve(cwd, files[i].file), files[i].root);
    rows.get(summaries[i].student)!.problem ??= `${pathInFolder(files[i].file, folder, cwd)} is a copy of ${original}: counted once`;
  }
  const pages = pagesByStudent(skipped, cwd);
  for (const row of rows.values()) if (pages.get(row.student)) row.pages = pages.get(row.student);
  for (const [student, fields] of progress) {
    // Pages that count for nothing (a LICENSE.md, a README never filled in) are said as files not read, below.
    if (rows.has(student) || !countsAny(fields)) continue;
    const count = pages.get(student) ?? 0;
    rows.set(student, { ...emptyRow(student), ...fields, pages: count, problem: `no notes file: progress from ${count} ${count === 1 ? 'page' : 'pages'} of notes` });
  }
  for (const { student, problem } of absentStudents(classRoots, new Set(rows.keys()), skipped, cwd)) rows.set(student, { ...emptyRow(student), problem });
  for (const { student, problem } of unreadFileStudents(files, skipped, new Set(rows.keys()), cwd)) rows.set(student, { ...emptyRow(student), problem });
  return [...rows.values()].sort((a, b) => (a.student < b.student ? -1 : a.student > b.student ? 1 : 0));
}

/**
 * A class of one file per student (`notes/Ann.md`, `notes/Bo.md`): a file that did not read as
 * notes is still its student's row, as a student folder with no notes is. A class of student
 * folders is none: the README or LICENSE beside them is no student.
 */
function unreadFileStudents(files: readonly SummarisedFile[], skipped: SkippedFiles, present: ReadonlySet<string>, cwd: string): { student: string; problem: string }[] {
  const fileClasses = new Set(files.flatMap((file) => (file.root && path.dirname(path.resolve(cwd, file.file)) === path.resolve(cwd, file.root) ? [path.resolve(cwd, file.root)] : [])));
  const absent = new Map<string, string>();
  for (const entry of skipped) {
    if (inStudentFolder(entry, cwd) || !fileClasses.has(path.resolve(cwd, entry.root))) continue;
    const file = path.resolve(cwd, entry.file);
    const { name } = studentOf(file, entry.root);
    if (!present.has(name) && !absent.has(name)) absent.set(name, entry.problem ?? `nothing read as notes in ${path.basename(file)}`);
  }
  return [...absent].map(([student, problem]) => ({ student, problem }));
}

/**
 * Students are told apart by their folders' names: two folders of one name named together
 * (`section1/ann`, `section2/ann`) are read as one student. Each such name, with its folders, of
 * the files a student's progress counts: notes files, and pages in a student's folder (a LICENSE.md
 * beside the students, or an empty `ann.md` beside `ann/`, is none).
 */
function sharedNames(files: readonly SummarisedFile[], skipped: SkippedFiles, cwd: string): Map<string, string[]> {
  const folders = new Map<string, Set<string>>();
  for (const entry of [...files, ...skipped.filter((page) => page.summary?.hasText && inStudentFolder(page, cwd))]) {
    const { name, folder } = studentOf(path.resolve(cwd, entry.file), entry.root);
    folders.set(name, (folders.get(name) ?? new Set()).add(path.relative(cwd, folder) || '.'));
  }
  return new Map([...folders].filter(([, named]) => named.size > 1).map(([name, named]) => [name, [...named].sort()]));
}

/** A row that joins two students of one name says so first, and so does the run: a TA never grades the two as one unwarned. */
function withSharedNames(rows: StudentRow[], shared: ReadonlyMap<string, string[]>, notice: ((line: string) => void) | undefined): void {
  for (const [name, folders] of shared) {
    const problem = `${folders.join(' and ')} have one name: read as one student; summarise each on its own`;
    const row = rows.find((entry) => entry.student === name);
    if (row) row.problem = row.problem ? `${problem}; ${row.problem}` : problem;
    notice?.(`${name}: ${problem}`);
  }
}

/** Every row says which of the student's Markdown files were not read as notes: none is dropped unsaid. */
function withFilesNotRead(rows: StudentRow[], skipped: SkippedFiles, cwd: string): void {
  const notRead = notReadFiles(skipped, (file) => studentOf(path.resolve(cwd, file.file), file.root), cwd);
  for (const row of rows) if (row.files > 0) row.unread = [...new Set([...row.unread, ...(notRead.get(row.student) ?? [])])].sort();
}

/** The JSON's lines are numbered from 1, as `check` and the table number them: a placed module's, counted from 0 in the model, too. */
function lineNumbers(_key: string, value: unknown): unknown {
  return isPlacedModule(value) ? { ...value, line: value.line + 1 } : value;
}

function isPlacedModule(value: unknown): value is PlacedModule {
  return typeof value === 'object' && value !== null && 'catalog' in value && 'line' in value && typeof value.line === 'number';
}

/** The rounds at their due dates, or the commit graded (--at), on each student's row. */
function withHistory(rows: StudentRow[], files: readonly SummarisedFile[], skipped: SkippedFiles, cwd: string, history: ClassHistory, course: Course): void {
  const students = [...files, ...skipped].map((file) => studentOf(path.resolve(cwd, file.file), file.root));
  const folders = new Map(students.map((student) => [student.name, student.folder]));
  const { rules } = course;
  for (const row of rows) {
    Object.assign(row, history.fieldsOf(row.student, folders.get(row.student), (round) => row.rounds.some((entry) => entry.name === round && entry.met), rules));
    if (row.files === 0 && row.graded?.from === 'commit' && !row.graded.commit) row.problem = row.graded.note;
    // In place: the student's file sections show these rounds too.
    if (row.graded?.from === 'commit') for (const round of row.rounds) if (!isRoundGraded(history.time, round.name)) round.judgedAt = row.graded.due;
  }
}

/** With --at a round, that round is judged at its due date; the others, and every round at a date, by the notes of that time. */
function isRoundGraded(time: GradingTime, round: string): boolean {
  return 'round' in time && time.round.name === round;
}

function add(a: Minutes, b: Minutes): Minutes {
  return { min: a.min + b.min, max: a.max + b.max };
}
