import { CatalogIndex, emptyCatalog, type CatalogModule } from '../notes/catalog';
import { moduleKeys } from '../notes/courseNames';
import type { CourseName } from '../notes/types';

/**
 * A course as data: what it offers (areas, modules with their times) and what it asks of a student
 * (levels of mastery in order, rounds with due dates, choices). The bundled course is one such;
 * a user's course file is another, and replaces it. Nothing here knows any course.
 */

/** A level of mastery: it counts the modules filed under the catalog levels it includes. */
export interface LevelRule {
  name: string;
  /** The catalog levels whose modules this level requires (its own name when the course says nothing). */
  includes: string[];
}

/** "Two areas at the second level": at least `areas` areas at `level` or above. */
export interface AreaRequirement {
  level: string;
  areas: number;
}

export interface RoundRule {
  name: string;
  /**
   * `YYYY-MM-DD`, the end of that day in the course's time zone, or a date-time with its offset
   * (`2025-03-14T17:00-05:00`).
   */
  due: string;
  requires: AreaRequirement[];
  /** Other ways to meet the round that notes cannot show, such as a final project: said, never judged. */
  alternatives?: string[];
}

export interface CourseRules {
  /** Lowest first: a level is reached only when the ones before it are. */
  levels: LevelRule[];
  rounds: RoundRule[];
  /** How many modules of each choice a level needs ("2 of these 4"); a choice not named needs one. */
  choices?: Record<string, number>;
  /** IANA name (`Europe/Berlin`): the zone a round's due date ends in; UTC when the course names none. */
  timeZone?: string;
}

/** A course to measure notes against. */
export interface Course {
  /** Short and stable: what another course names to extend this one. */
  id: string;
  title: string;
  /** The course's own site: a module linked to its pages links to the course, not to the student's notes. */
  site?: string;
  /** In course order. */
  areas: readonly string[];
  rules: CourseRules;
  /** The modules, and the words the notes name the course's areas and levels by. */
  catalog: CatalogIndex;
  /** The file the course was read from, as the user named it; undefined for the bundled course. */
  file?: string;
}

/** A level as a course file writes it: includes and other names optional. */
export interface LevelSpec extends CourseName {
  /** The catalog levels it counts, each with the other ways notes write it. */
  includes?: CourseName[];
}

/** A course as a file states it (JSON or a course page), checked: what it leaves out is filled in by buildCourse. */
export interface CourseSpec {
  id?: string;
  title?: string;
  /** The id of a bundled course whose areas, levels, rounds and modules this one keeps where it says nothing. */
  extends?: string;
  site?: string;
  timeZone?: string;
  areas?: CourseName[];
  levels?: LevelSpec[];
  rounds?: RoundRule[];
  choices?: Record<string, number>;
  modules: CatalogModule[];
}

/**
 * The course a spec describes. What it does not say: the areas and the levels its modules name,
 * in the order they first appear (each level counting its own modules), no rounds. Extending
 * `base`, its modules come first and hide the base's they repeat; the rest is the base's where it
 * says nothing.
 */
export function buildCourse(spec: CourseSpec, id: string, base?: CourseSpec): Course {
  const full = base ? extended(base, spec) : spec;
  const areas = full.areas ?? named(full.modules.map((module) => module.area));
  const levels = full.levels ?? named(full.modules.map((module) => module.level));
  const rules: CourseRules = { levels: levels.map(levelRule), rounds: full.rounds ?? [] };
  if (full.choices && Object.keys(full.choices).length) rules.choices = full.choices;
  if (full.timeZone) rules.timeZone = full.timeZone;
  const catalog = new CatalogIndex(full.modules, { areas, levels: levelWords(levels, full.modules) });
  const course: Course = { id: spec.id ?? id, title: full.title ?? spec.id ?? id, areas: areas.map((area) => area.name), rules, catalog };
  if (full.site) course.site = full.site;
  return course;
}

function extended(base: CourseSpec, spec: CourseSpec): CourseSpec {
  const keys = new Set(spec.modules.flatMap(moduleKeys));
  const modules = [...spec.modules, ...base.modules.filter((module) => !moduleKeys(module).some((key) => keys.has(key)))];
  const baseAreas = base.areas ?? named(base.modules.map((module) => module.area));
  const areas = spec.areas ?? [...baseAreas, ...named(spec.modules.map((module) => module.area)).filter((area) => !baseAreas.some((known) => known.name === area.name))];
  return {
    ...base,
    ...spec,
    areas,
    levels: spec.levels ?? base.levels,
    rounds: spec.rounds ?? base.rounds,
    choices: { ...base.choices, ...spec.choices },
    modules,
  };
}

function named(names: readonly string[]): CourseName[] {
  return [...new Set(names)].map((name) => ({ name }));
}

function levelRule(level: LevelSpec): LevelRule {
  return { name: level.name, includes: level.includes?.map((included) => included.name) ?? [level.name] };
}

/** Every level name the notes may write: the course's, what they include, then the levels of its other modules. */
function levelWords(levels: readonly LevelSpec[], modules: readonly CatalogModule[]): CourseName[] {
  const words = new Map<string, CourseName>();
  const add = (word: CourseName): void => {
    const known = words.get(word.name);
    const otherNames = [...(known?.otherNames ?? []), ...(word.otherNames ?? [])];
    words.set(word.name, otherNames.length ? { name: word.name, otherNames } : { name: word.name });
  };
  for (const level of levels) {
    add({ name: level.name, otherNames: level.otherNames });
    for (const included of level.includes ?? []) add(included);
  }
  for (const module of modules) if (!words.has(module.level)) add({ name: module.level });
  return [...words.values()];
}

/** What notes are measured against when the course file cannot be read: nothing of any course. */
export function noCourse(file: string): Course {
  return { id: '', title: '', areas: [], rules: { levels: [], rounds: [] }, catalog: emptyCatalog, file };
}

/** The levels notes write in an area: what each course level includes there (optional reading aside), in the course's order. */
export function levelsOfArea(course: Course, area: string): string[] {
  const required = course.catalog.modules.filter((module) => module.area === area && !module.optional);
  return course.rules.levels.flatMap((level) => level.includes.filter((included) => required.some((module) => module.level === included)));
}
