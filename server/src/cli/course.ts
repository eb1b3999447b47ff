import type { Course } from '../catalog/course';
import { courseJsonText } from '../catalog/courseJson';
import { readCourseSources } from '../catalog/courseFile';
import { courseTimeZone } from '../course/dueDates';
import { levelRequirements } from '../course/requirements';
import { minutesText } from '../course/progressText';
import type { CatalogModule } from '../notes/catalog';
import { readRegularFile, FileRefused } from '../workspace/regularFile';
import type { CourseOptions } from './args';
import { CliError, reasonOf } from './errors';

/** A course page or JSON file is small: a FIFO or a device named as one is refused, never waited on. */
const largestCourseFile = 4 * 1024 * 1024;

/** What `course check` and `course convert` print, and their exit code: 1 when the course has problems; what was left out of a course that stands is said too. */
export function runCourse(options: CourseOptions): { output: string; problems: string[]; exitCode: number } {
  const files = options.files.map((name) => ({ name, text: courseText(name) }));
  const reading = readCourseSources(files, { year: options.year });
  // One file's problems name it, as they do where the settings name it.
  const named = (lines: readonly string[]) => (files.length === 1 ? lines.map((line) => (line.startsWith(`${files[0].name}:`) ? line : `${files[0].name}: ${line}`)) : [...lines]);
  if (!reading.course || !reading.spec) return { output: '', problems: named(reading.problems), exitCode: 1 };
  const output = options.action === 'convert' ? courseJsonText(reading.spec) : understood(reading.course);
  return { output, problems: named(reading.notices ?? []), exitCode: 0 };
}

function courseText(file: string): string {
  try {
    return readRegularFile(file, { limit: largestCourseFile, files: 'course files' }).bytes.toString('utf8');
  } catch (error) {
    throw new CliError(`cannot read the course file ${file}: ${error instanceof FileRefused ? error.message : reasonOf(error)}`);
  }
}

/** The course as the tool reads it: a TA compares it with the course's pages. */
function understood(course: Course): string {
  const modules = course.catalog.modules;
  const lines = [
    `${course.title} (${course.id}): ${plural(course.areas.length, 'area')}, ${plural(course.rules.levels.length, 'level')}, ${plural(modules.length, 'module')}, ${plural(course.rules.rounds.length, 'round')}${course.rules.timeZone ? `; due dates in ${course.rules.timeZone}` : ''}`,
    `Levels, lowest first: ${course.rules.levels.map((level) => (level.includes.length === 1 && level.includes[0] === level.name ? level.name : `${level.name} (counts ${level.includes.join(', ')})`)).join(' · ')}`,
    '',
  ];
  for (const area of course.areas) lines.push(...areaLines(area, course), '');
  lines.push(...roundLines(course));
  return `${lines.join('\n')}\n`;
}

function areaLines(area: string, course: Course): string[] {
  const lines = [area];
  const counted = new Set<CatalogModule>();
  for (const { level, requirements } of levelRequirements(area, course)) {
    const minutes = requirements.reduce((sum, requirement) => sum + Math.min(...requirement.modules.map((module) => module.minutes ?? 0)), 0);
    lines.push(`  ${level}: ${plural(requirements.length, 'requirement')}${minutes ? `, ${minutesText(minutes)}` : ''}`);
    for (const { modules, need } of requirements) {
      modules.forEach((module) => counted.add(module));
      if (modules.length === 1) lines.push(`    - ${moduleLine(modules[0])}`);
      else lines.push(`    - ${need} of:`, ...modules.map((module) => `        - ${moduleLine(module)}`));
    }
  }
  const optional = course.catalog.modules.filter((module) => module.area === area && !counted.has(module));
  if (optional.length) lines.push(`  not required (optional, withdrawn, or of a level no level counts): ${plural(optional.length, 'module')}`, ...optional.map((module) => `    - ${moduleLine(module)} [${module.level}]`));
  return lines;
}

function moduleLine(module: CatalogModule): string {
  return `${module.title} · ${module.minutes === undefined ? 'no time given' : minutesText(module.minutes)}${module.withdrawn ? ' (withdrawn)' : ''}`;
}

function roundLines(course: Course): string[] {
  if (!course.rules.rounds.length) return ['No rounds.'];
  return [
    'Rounds:',
    ...course.rules.rounds.map((round) => {
      const due = /T/.test(round.due) ? round.due : `${round.due}, end of day in ${courseTimeZone(course.rules)}${course.rules.timeZone ? '' : ' (the course names no time zone)'}`;
      const asks = round.requires.map((requirement) => `${plural(requirement.areas, 'area')} at ${requirement.level} or above`).join(', ');
      return `  ${round.name}, due ${due}: ${asks}${round.alternatives ? ` (or ${round.alternatives.join(', or ')})` : ''}`;
    }),
  ];
}

function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}
