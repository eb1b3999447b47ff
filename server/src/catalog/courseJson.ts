import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import schema from '../../../schemas/course.schema.json';
import validate from '../../../schemas/course.validate.js';
import type { CatalogModule } from '../notes/catalog';
import type { CourseName } from '../notes/types';
import type { CourseSpec, LevelSpec, RoundRule } from './course';
import { deepestJson, positionOf, tooDeepAt, withoutByteOrderMark } from './jsonNesting';
import { schemaProblems } from './schemaProblems';

/** What a course file says, or what is wrong with it: one line per mistake, naming the field. */
export interface CourseRead {
  spec?: CourseSpec;
  problems: string[];
  /** What was read as no part of the course though it may be one: `course check` says it, and the course stands. */
  notices?: string[];
}

/**
 * A course in JSON (schemas/course.schema.json, the schema VS Code checks the file with): an
 * object with `modules` and what else the course states, or the bare list of modules a course
 * site publishes. Comments and trailing commas are allowed, as in VS Code's settings.
 */
export function readCourseJson(written: string): CourseRead {
  const text = withoutByteOrderMark(written);
  const tooDeep = tooDeepAt(text);
  if (tooDeep) return { problems: [`line ${tooDeep.line}, column ${tooDeep.column}: JSON nested deeper than ${deepestJson} levels`] };
  const errors: ParseError[] = [];
  const data: unknown = parse(text, errors, { allowTrailingComma: true });
  if (errors.length) {
    const { line, column } = positionOf(text, errors[0].offset);
    return { problems: [`line ${line}, column ${column}: not valid JSON (${printParseErrorCode(errors[0].error)})`] };
  }
  return courseSpecOf(data);
}

/** A course's JSON value, parsed: checked against the schema. */
export function courseSpecOf(data: unknown): CourseRead {
  const root = Array.isArray(data) ? { modules: data } : data;
  if (!validate(root)) return { problems: schemaProblems(validate.errors, schema, { root: 'the course' }) };
  return { spec: specOf(root as JsonCourse), problems: [] };
}

/**
 * A course's JSON value that is known to be valid: the bundled course, which npm test checks against
 * the schema (`course check` of it). Checking it again cost every cold start ~2 ms before its first answer.
 */
export function checkedCourseSpec(data: unknown): CourseSpec {
  return specOf(data as JsonCourse);
}

type JsonName = string | CourseName;

/** The file as the schema lets it be written. */
interface JsonCourse {
  id?: string;
  title?: string;
  course?: string;
  extends?: string;
  site?: string;
  timeZone?: string;
  areas?: JsonName[];
  levels?: (Omit<LevelSpec, 'includes'> & { includes?: JsonName[] })[];
  rounds?: RoundRule[];
  choices?: Record<string, number>;
  modules?: (Omit<CatalogModule, 'group' | 'url' | 'minutes'> & { group?: string | null; url?: string | null; minutes?: number | null })[];
}

function specOf(json: JsonCourse): CourseSpec {
  const spec: CourseSpec = { modules: (json.modules ?? []).map(moduleOf) };
  const title = json.title ?? json.course;
  if (json.id !== undefined) spec.id = json.id;
  if (title !== undefined) spec.title = title;
  if (json.extends !== undefined) spec.extends = json.extends;
  if (json.site !== undefined) spec.site = json.site;
  if (json.timeZone !== undefined) spec.timeZone = json.timeZone;
  if (json.areas) spec.areas = json.areas.map(nameOf);
  if (json.levels) spec.levels = json.levels.map(({ includes, ...level }) => (includes ? { ...level, includes: includes.map(nameOf) } : level));
  if (json.rounds) spec.rounds = json.rounds;
  if (json.choices) spec.choices = json.choices;
  return spec;
}

function nameOf(name: JsonName): CourseName {
  return typeof name === 'string' ? { name } : name;
}

/** JSON null stands for "not given", as in the course site's list (`"url": null`). */
function moduleOf({ group, url, minutes, ...module }: NonNullable<JsonCourse['modules']>[number]): CatalogModule {
  const read: CatalogModule = { ...module, level: module.level.trim() };
  if (group != null) read.group = group;
  if (url != null) read.url = url;
  if (minutes != null) read.minutes = minutes;
  return read;
}

const moduleFieldOrder: readonly (keyof CatalogModule)[] = ['area', 'level', 'group', 'title', 'url', 'minutes', 'withdrawn', 'optional', 'choice', 'otherUrls', 'otherTitles'];

/**
 * A course as the JSON format writes it, fields in the schema's order: `course convert` and the
 * bundled course's generator. No `$schema`: VS Code knows course files by their name (course.json,
 * *.course.json), and a schema address it cannot reach offline would be a warning of its own.
 */
export function courseJsonText(spec: CourseSpec): string {
  const written = (name: CourseName): JsonName => (name.otherNames?.length ? { name: name.name, otherNames: [...name.otherNames] } : name.name);
  const json: Record<string, unknown> = {};
  for (const key of ['id', 'title', 'extends', 'site', 'timeZone'] as const) if (spec[key] !== undefined) json[key] = spec[key];
  if (spec.areas) json.areas = spec.areas.map(written);
  if (spec.levels)
    json.levels = spec.levels.map((level) => {
      const own = level.includes === undefined || (level.includes.length === 1 && level.includes[0].name === level.name && !level.includes[0].otherNames?.length);
      return { name: level.name, ...(level.otherNames?.length ? { otherNames: level.otherNames } : {}), ...(own ? {} : { includes: level.includes?.map(written) }) };
    });
  if (spec.rounds?.length) json.rounds = spec.rounds;
  if (spec.choices && Object.keys(spec.choices).length) json.choices = spec.choices;
  json.modules = spec.modules.map((module) => Object.fromEntries(moduleFieldOrder.filter((key) => module[key] !== undefined).map((key) => [key, module[key]])));
  return `${JSON.stringify(json, null, 2)}\n`;
}
