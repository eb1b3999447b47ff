import { buildCourse, type Course, type CourseSpec } from './course';
import { readCourseJson } from './courseJson';
import { readCoursePages, type CoursePage } from './coursePage';
import { courseProblems } from './courseProblems';
import { bundledSpecs } from './bundledCourse';
import type { RoundOptions } from './pageRounds';

/** A course file as read: the course, or one line saying what is wrong and where. */
export type CourseFileRead = { course: Course; problem?: undefined } | { course?: undefined; problem: string };

/** A course read from its files, with every problem found: what `course check` shows. */
export interface CourseReading {
  course?: Course;
  /** What the files state, before what they leave out is filled in: what `course convert` writes. */
  spec?: CourseSpec;
  problems: string[];
  /** What the pages hold that was read as no part of the course (coursePage.ts): said, never a problem. */
  notices?: string[];
}

/**
 * A course file (studyNotes.catalog, `catalog` in .studynotes.json): JSON, or a course page in
 * Markdown. `path` is the file as the user named it. A file with any problem is no course: the
 * student is told, and no other course is used in its place.
 */
export function readCourseFile(path: string, text: string, options: RoundOptions = {}): CourseFileRead {
  const reading = readCourseSources([{ name: path, text }], options);
  return reading.course ? { course: reading.course } : { problem: courseFileProblem(path, reading.problems) };
}

/** One course file in JSON, or the Markdown pages of one course (an overview with the rounds, a page per area). */
export function readCourseSources(files: readonly CoursePage[], options: RoundOptions = {}): CourseReading {
  const markdown = files.filter((file) => isMarkdown(file.name, file.text));
  if (markdown.length !== files.length && files.length > 1) return { problems: ['give one course file in JSON, or the Markdown pages of one course, not both'] };
  if (!markdown.length && files.length > 1) return { problems: ['give one course file in JSON: a course is one JSON file'] };
  const read = markdown.length ? readCoursePages(markdown, options) : readCourseJson(files[0].text);
  const problems = read.spec ? [...read.problems, ...courseProblems(read.spec, bundledSpecs)] : read.problems;
  if (!read.spec || problems.length) return { spec: read.spec, problems };
  const id = files[0].name.split(/[\\/]/).pop()?.replace(/\.[^.]*$/, '') || 'course';
  const course = buildCourse(read.spec, id, read.spec.extends === undefined ? undefined : bundledSpecs.get(read.spec.extends));
  return { course: files.length === 1 ? { ...course, file: files[0].name } : course, spec: read.spec, problems, notices: read.notices };
}

export function courseFileProblem(path: string, problems: readonly string[]): string {
  const [first, ...rest] = problems;
  const more = rest.length > 0 ? ` (and ${rest.length} more ${rest.length === 1 ? 'problem' : 'problems'}: study-notes course check ${path})` : '';
  return `the course file ${path}: ${first}${more}`;
}

export function unreadableCourseFile(path: string, reason: string): string {
  return `cannot read the course file ${path}: ${reason}`;
}

/** The extension decides; a file without one is JSON when it looks like JSON. */
function isMarkdown(path: string, text: string): boolean {
  if (/\.(md|markdown)$/i.test(path)) return true;
  if (/\.jsonc?$/i.test(path)) return false;
  return !/^\s*[[{]/.test(text);
}
