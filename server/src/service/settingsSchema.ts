import schema from '../../../schemas/studynotes.schema.json';
import validate from '../../../schemas/studynotes.validate.js';
import { schemaProblems } from '../catalog/schemaProblems';
import { globProblem } from '../document/globs';

const vsCodePrefix = 'studyNotes.';

/**
 * What is wrong with settings from a `.studynotes.json`, package.json's "studyNotes" or VS Code,
 * checked against the schema VS Code validates the same files with: one line per unknown key or
 * wrong value, named by its dotted path, so a typo is never silently ignored.
 */
export function settingsProblems(raw: unknown): string[] {
  if (raw === undefined || raw === null) return [];
  const problems = validate(raw) ? [] : schemaProblems(validate.errors, schema, { root: 'settings', suggested: (key) => !key.startsWith(vsCodePrefix) });
  return [...new Set([...problems, ...twiceSet(raw), ...refusedGlobs(nestedSettings(raw))])];
}

/** Globs the matcher refuses (too long, too many alternatives): the schema cannot say it. */
function refusedGlobs(nested: unknown): string[] {
  if (!isObject(nested)) return [];
  return ['notesFiles', 'ignores'].flatMap((key) => {
    const globs = nested[key];
    if (!Array.isArray(globs)) return [];
    return globs.flatMap((glob, i) => {
      const problem = typeof glob === 'string' ? globProblem(glob) : undefined;
      return problem ? [`${key}[${i}]: glob ${problem}`] : [];
    });
  });
}

/**
 * The settings with VS Code's spelling (`"studyNotes.diagnostics.missing-time": "off"`, as copied
 * from settings.json) folded into the nested one (`"diagnostics": { "missing-time": "off" }`).
 */
export function nestedSettings(raw: unknown): unknown {
  if (!isObject(raw)) return raw;
  const result: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    if (!key.startsWith(vsCodePrefix)) {
      result[key] = isObject(value) && isObject(result[key]) ? { ...(result[key] as object), ...value } : value;
      continue;
    }
    const parts = key.slice(vsCodePrefix.length).split('.');
    let level = result;
    for (const part of parts.slice(0, -1)) level = (level[part] = isObject(level[part]) ? level[part] : {}) as Record<string, unknown>;
    level[parts[parts.length - 1]] = value;
  }
  return result;
}

/** The same setting in both spellings would leave the reader guessing which one wins. */
function twiceSet(raw: unknown): string[] {
  if (!isObject(raw)) return [];
  return Object.keys(raw)
    .filter((key) => key.startsWith(vsCodePrefix))
    .map((key) => key.slice(vsCodePrefix.length))
    .filter((dotted) => valueAt(raw, dotted.split('.')) !== undefined)
    .map((dotted) => `${dotted}: set twice, as "${vsCodePrefix}${dotted}" and nested; keep one`);
}

function valueAt(raw: unknown, parts: readonly string[]): unknown {
  return parts.reduce<unknown>((level, part) => (isObject(level) ? level[part] : undefined), raw);
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}
