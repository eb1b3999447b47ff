import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { courseProgress, type CourseProgress, type PlacedModule } from '../../server/src/course/progress';
import { levelRequirements } from '../../server/src/course/requirements';
import { summariseNotes } from '../../server/src/course/studentNotes';
import type { NotesParser } from '../../server/src/document/notesDocument';
import type { ClassHistory } from './classHistory';
import { corpusRoot } from './corpus';

/**
 * A person's reading of one student's repository (test/fixtures/progress/students). Lines are 1-based.
 * The repository is the class history at `commit`, or, for a student whose history the bundle lacks,
 * the corpus files of `corpusFiles` (path in the student's repository -> path under the corpus).
 */
export interface StudentLabel {
  student: string;
  commit?: string;
  corpusFiles?: Record<string, string>;
  modules: { file: string; line: number; written: string; catalog: string | string[] | null; notes: boolean }[];
  reached: Record<string, string>;
  rounds: Record<string, boolean>;
}

export const studentsDir = path.resolve(__dirname, '../fixtures/progress/students');

export interface StudentLabels {
  /** Students kept out of tuning, scored apart. */
  heldOut: string[];
  labels: StudentLabel[];
}

export function loadStudentLabels(): StudentLabels {
  const index = JSON.parse(readFileSync(path.join(studentsDir, '..', 'students.json'), 'utf8')) as { heldOut: string[] };
  const labels = readdirSync(studentsDir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => JSON.parse(readFileSync(path.join(studentsDir, name), 'utf8')) as StudentLabel);
  return { heldOut: index.heldOut, labels };
}

/** Titles of the modules some level requires (one of a choice included). */
const requiredTitles = new Set(bundledCourse.catalog.areaNames.flatMap((area) => levelRequirements(area, bundledCourse).flatMap((level) => level.requirements.flatMap((requirement) => requirement.modules.map((module) => module.title)))));

export interface Score {
  /** Required modules written up (by the labels) that the tool counts done. */
  found: number;
  missed: string[];
  /** Of the missed, those the tool does not list to check by hand where the label has them: under-counts nobody announces. */
  silent: string[];
  /** Modules the tool counts done that the labels do not. */
  counted: number;
  extra: string[];
  levels: { cells: number; agree: number; misses: string[] };
  rounds: { cells: number; agree: number; misses: string[] };
}

export const emptyScore = (): Score => ({ found: 0, missed: [], silent: [], counted: 0, extra: [], levels: { cells: 0, agree: 0, misses: [] }, rounds: { cells: 0, agree: 0, misses: [] } });

/** The student's repository as labelled, read as the CLI reads a student's folder. */
export function studentProgress(history: ClassHistory, label: StudentLabel, parse: NotesParser): CourseProgress {
  const summaries = labelledFiles(history, label).map(({ path: file, text }) => {
    const model = parse(text, { catalog: bundledCourse.catalog });
    return summariseNotes(file, model, text, model.detection.isNotes);
  });
  return courseProgress(summaries, bundledCourse);
}

function labelledFiles(history: ClassHistory, label: StudentLabel): { path: string; text: string }[] {
  if (label.commit) return history.filesAt(label.commit);
  return Object.entries(label.corpusFiles ?? {}).map(([file, corpusFile]) => ({ path: file, text: readFileSync(path.join(corpusRoot, corpusFile), 'utf8') }));
}

/** Course modules compare by title: the course lists Intro to S3 and the Hadoop tutorial twice under one title. */
export function scoreStudent(label: StudentLabel, progress: CourseProgress, score: Score): void {
  const judged = new Set(label.modules.filter((module) => module.notes).flatMap((module) => [module.catalog ?? []].flat()));
  const counted = new Set(progress.placements.filter((module) => module.written).flatMap((module) => module.catalog));
  for (const title of judged) {
    if (!requiredTitles.has(title)) continue;
    if (counted.has(title)) score.found++;
    else {
      score.missed.push(`${label.student}: ${title}`);
      if (!announced(label, title, progress)) score.silent.push(`${label.student}: ${title}`);
    }
  }
  for (const title of counted) {
    if (judged.has(title)) score.counted++;
    else score.extra.push(`${label.student}: ${title}`);
  }
  for (const area of progress.areas) {
    const expected = label.reached[area.area] ?? null;
    score.levels.cells++;
    if (expected === area.reached) score.levels.agree++;
    else score.levels.misses.push(`${label.student} ${area.area}: judged ${expected}, tool ${area.reached}`);
  }
  for (const round of progress.rounds) {
    score.rounds.cells++;
    if (label.rounds[round.name] === round.met) score.rounds.agree++;
    else score.rounds.misses.push(`${label.student} ${round.name}: judged ${label.rounds[round.name] ? 'met' : 'not met'}`);
  }
}

/**
 * The tool says it is unsure of a module the label places on `title`: placed there or elsewhere as
 * likely, or not placed, on its line; or the line is in the notes of a section listed to check that
 * names `title` as what those notes may also be (the label's "**Kubernetes vs Swarm:**" inside the
 * notes of "Kubernetes", placed as likely) or may be (a heading in the notes of "Practice", not
 * placed): a TA checking that section finds it.
 */
function announced(label: StudentLabel, title: string, progress: CourseProgress): boolean {
  const written = label.modules.filter((module) => module.notes && [module.catalog ?? []].flat().includes(title));
  const toCheck = progress.placements.filter((placed) => placed.written && (placed.confidence === 'likely' || placed.catalog.length === 0));
  return written.some((module) => toCheck.some((placed) => placed.file === module.file && (placed.line === module.line - 1 || ([...(placed.perhapsAlso ?? []), ...(placed.suggested ?? [])].includes(title) && holds(placed, module.line - 1, progress.placements)))));
}

/** A section's notes run from its opener to the next module of its file, headings in them that are modules of their own aside. */
function holds(section: PlacedModule, line: number, placements: readonly PlacedModule[]): boolean {
  return line > section.line && !placements.some((other) => other.file === section.file && other.partOf !== section.line && other.line > section.line && other.line <= line);
}

export const recallOf = (score: Score): number => score.found / (score.found + score.missed.length);
export const precisionOf = (score: Score): number => score.counted / (score.counted + score.extra.length);
