import type { CatalogModule } from '../notes/catalog';
import { readLevelMarker } from '../notes/markers';
import { deepestJson, tooDeepAt } from './jsonNesting';
import { readCourseRules } from './rulesJson';
import type { CatalogRead } from './userCatalog';

/**
 * The schema of a user catalog in JSON, checked by hand (ajv is only a development dependency):
 * `{ "course"?, "site"?, "modules": [...] }` like the bundled catalog, or the bare list of modules
 * the course site publishes. Field names are checked too, so a typo like "minuets" is reported
 * instead of silently losing the suggested times.
 */
const moduleFields: Record<string, 'text' | 'optional text' | 'minutes' | 'flag'> = {
  area: 'text',
  level: 'text',
  group: 'optional text',
  title: 'text',
  url: 'optional text',
  minutes: 'minutes',
  withdrawn: 'flag',
};
const rootFields = new Set(['$schema', 'course', 'site', 'levels', 'rounds', 'modules']);

export function readCatalogJson(text: string): CatalogRead {
  const tooDeep = tooDeepAt(text);
  if (tooDeep) return { modules: [], problems: [`nested deeper than ${deepestJson} levels (line ${tooDeep.line}, column ${tooDeep.column})`] };
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch (error) {
    return { modules: [], problems: [`not valid JSON: ${error instanceof Error ? error.message : String(error)}`] };
  }
  if (Array.isArray(data)) return readModules(data, 'modules');
  if (typeof data !== 'object' || data === null) return { modules: [], problems: ['must be an object with "modules", or a list of modules'] };
  const root = data as Record<string, unknown>;
  const problems = Object.keys(root).filter((key) => !rootFields.has(key)).map((key) => `unknown field "${key}" (expected ${[...rootFields].join(', ')})`);
  if (root.course !== undefined && typeof root.course !== 'string') problems.push('"course" must be text');
  if (!Array.isArray(root.modules)) return { modules: [], problems: [...problems, '"modules" must be a list of modules'] };
  const read = readModules(root.modules, 'modules');
  const rules = readCourseRules(root);
  const course = typeof root.course === 'string' ? root.course : undefined;
  return { course, modules: read.modules, ...(rules.rules ? { rules: rules.rules } : {}), problems: [...problems, ...rules.problems, ...read.problems] };
}

/** Valid modules are kept when others are not: one bad entry must not hide the whole course. */
function readModules(entries: unknown[], path: string): CatalogRead {
  const modules: CatalogModule[] = [];
  const problems: string[] = [];
  entries.forEach((entry, index) => {
    const read = readModule(entry, `${path}[${index}]`);
    if (typeof read === 'string') problems.push(read);
    else modules.push(read);
  });
  if (entries.length === 0) problems.push(`"${path}" is empty`);
  return { modules, problems };
}

function readModule(entry: unknown, path: string): CatalogModule | string {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return `${path} must be an object with area, level and title`;
  const fields = entry as Record<string, unknown>;
  for (const [key, value] of Object.entries(fields)) {
    const kind = moduleFields[key];
    if (!kind) return `${path}: unknown field "${key}" (expected ${Object.keys(moduleFields).join(', ')})`;
    const problem = fieldProblem(kind, value);
    if (problem) return `${path}.${key} ${problem}`;
  }
  for (const key of ['area', 'level', 'title']) if (fields[key] === undefined) return `${path}.${key} is missing`;
  const module: CatalogModule = { area: fields.area as string, level: levelOf(fields.level as string), title: fields.title as string };
  if (typeof fields.group === 'string') module.group = fields.group;
  if (typeof fields.url === 'string') module.url = fields.url;
  if (typeof fields.minutes === 'number') module.minutes = fields.minutes;
  if (fields.withdrawn === true) module.withdrawn = true;
  return module;
}

/** JSON null stands for "not given", as in the course site's list (`"url": null`). */
function fieldProblem(kind: (typeof moduleFields)[string], value: unknown): string | undefined {
  if (kind === 'text') return typeof value === 'string' && value.trim() !== '' ? undefined : 'must be non-empty text';
  if (value === null) return undefined;
  if (kind === 'optional text') return typeof value === 'string' ? undefined : 'must be text';
  if (kind === 'flag') return typeof value === 'boolean' ? undefined : 'must be true or false';
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? undefined : 'must be a number of minutes';
}

/** The course site says "Extra" where notes say "Bring it together": levels read as notes read them. */
function levelOf(level: string): string {
  return readLevelMarker(level)?.name ?? level;
}
