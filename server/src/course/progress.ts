import { normaliseUrl, type CatalogIndex, type CatalogModule } from '../notes/catalog';
import type { Module, NotesModel } from '../notes/types';
import { moduleKeys } from '../notes/courseNames';
import type { CourseRules, RoundRule } from '../catalog/rules';
import type { Course } from '../catalog/userCourse';

export interface ModuleLeft {
  title: string;
  /** The course's estimate; null when the course gives none. */
  minutes: number | null;
}

export interface LevelProgress {
  level: string;
  required: number;
  done: number;
  left: ModuleLeft[];
  /** The course's estimates of the modules left, added up. */
  minutesLeft: number;
}

export interface AreaProgress {
  /** As the catalog names it, whatever the notes wrote. */
  area: string;
  /** The highest level whose modules, and every lower level's, are all done; null before the first. */
  reached: string | null;
  /** The levels the area has (a level requiring no module of this area is left out), lowest first. */
  levels: LevelProgress[];
}

export interface RoundProgress {
  name: string;
  due: string;
  met: boolean;
  /** What the round still asks, one sentence per requirement short of it: "1 more area at Intermediate". */
  missing: string[];
  alternatives?: string[];
}

/** A notes file as read: its model, and its text to tell written notes from template left in place. */
export interface ReadNotes {
  model: NotesModel;
  text: string;
}

export interface CourseProgress {
  areas: AreaProgress[];
  rounds: RoundProgress[];
}

/**
 * How far one student's notes (one file, or all of a student's files together) go through the
 * course. A catalog module is done when the notes have it with notes written under it, or linked
 * to a notes file of the student's own; a missing time is the missing-time warning's business.
 */
export function courseProgress(notes: readonly ReadNotes[], course: Course): CourseProgress {
  const done = doneModules(notes, course);
  const areas = (course.areas ?? course.catalog.areaNames).map((area) => areaProgress(area, course, done));
  return { areas, rounds: course.rules.rounds.map((round) => roundProgress(round, areas, course.rules)) };
}

/**
 * The catalog modules the notes did. The course lists some modules twice (Intro to S3 in two
 * areas, a tutorial under two levels): having done one, the student has done both.
 */
function doneModules(notes: readonly ReadNotes[], { catalog, site }: Course): (module: CatalogModule) => boolean {
  const keys = new Set<string>();
  for (const { model, text } of notes) {
    const lines = text.split(/\r\n|\r|\n/);
    for (const module of model.modules) {
      if (!hasWrittenNotes(module, model, lines) && !linksOwnNotes(module, catalog, site)) continue;
      const found = catalog.find(module.title, module.url);
      if (found) for (const key of moduleKeys(found)) keys.add(key);
    }
  }
  return (module) => moduleKeys(module).some((key) => keys.has(key));
}

/** A line under the module that is neither blank nor a placeholder (template sentence, empty bullet). */
function hasWrittenNotes(module: Module, model: NotesModel, lines: readonly string[]): boolean {
  const range = module.notesRange;
  if (!module.hasNotes || !range) return false;
  for (let line = range.start.line; line <= range.end.line; line++) {
    if (!/[^\s>]/.test(lines[line] ?? '')) continue;
    if (!model.placeholders.some((placeholder) => placeholder.range.start.line <= line && line <= placeholder.range.end.line)) return true;
  }
  return false;
}

/** A Markdown or PDF file (relative or not), a file page on GitHub, or a page of a GitHub Pages site. */
const notesDocumentLink = /\.(md|markdown|pdf)([?#].*)?$|^https?:\/\/github\.com\/[^/]+\/[^/]+\/blob\/|^https?:\/\/[^/]+\.github\.io\//i;

/**
 * "[Video: Why Docker?](WhyDockerNote.pdf)": some students keep each module's notes in a file of
 * their own and list the modules as links to them; a link to the course's resource or site is not that.
 */
function linksOwnNotes(module: Module, catalog: CatalogIndex, site: string | undefined): boolean {
  const url = module.url?.trim();
  if (!url || !notesDocumentLink.test(url) || catalog.find('', url)) return false;
  return !(site && normaliseUrl(url).startsWith(normaliseUrl(site)));
}

function areaProgress(area: string, course: Course, done: (module: CatalogModule) => boolean): AreaProgress {
  const modules = course.catalog.modules.filter((module) => module.area === area && !module.withdrawn);
  const levels = course.rules.levels.flatMap((rule) => {
    const required = uniqueModules(modules.filter((module) => rule.includes.includes(module.level)));
    return required.length ? [levelProgress(rule.name, required, done)] : [];
  });
  const firstShort = levels.findIndex((level) => level.done < level.required);
  const reachedCount = firstShort < 0 ? levels.length : firstShort;
  return { area, reached: reachedCount ? levels[reachedCount - 1].level : null, levels };
}

/** A module the catalog lists twice under one level (with its own and a shared URL) is one module to do. */
function uniqueModules(modules: readonly CatalogModule[]): CatalogModule[] {
  const seen = new Set<string>();
  return modules.filter((module) => {
    const keys = moduleKeys(module);
    if (keys.some((key) => seen.has(key))) return false;
    for (const key of keys) seen.add(key);
    return true;
  });
}

function levelProgress(level: string, required: readonly CatalogModule[], done: (module: CatalogModule) => boolean): LevelProgress {
  const left = required.filter((module) => !done(module)).map((module) => ({ title: module.title, minutes: module.minutes ?? null }));
  const minutesLeft = left.reduce((sum, module) => sum + (module.minutes ?? 0), 0);
  return { level, required: required.length, done: required.length - left.length, left, minutesLeft };
}

/** Levels are ranked by the rules' order: an area at Intermediate counts towards "Beginner in a second area" too. */
function roundProgress(round: RoundRule, areas: readonly AreaProgress[], rules: CourseRules): RoundProgress {
  const rank = (level: string | null): number => (level === null ? -1 : rules.levels.findIndex((rule) => rule.name === level));
  const missing = round.requires.flatMap(({ level, areas: wanted }) => {
    const have = areas.filter((area) => rank(area.reached) >= rank(level)).length;
    const short = wanted - have;
    return short > 0 ? [`${short} more ${short === 1 ? 'area' : 'areas'} at ${level}`] : [];
  });
  const result: RoundProgress = { name: round.name, due: round.due, met: missing.length === 0, missing };
  if (round.alternatives) result.alternatives = round.alternatives;
  return result;
}
