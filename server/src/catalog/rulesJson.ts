import type { AreaRequirement, CourseRules, LevelRule, RoundRule } from './rules';

export interface RulesRead {
  rules?: Partial<CourseRules>;
  /** One line each, naming the field: `rounds[0].due must be a date written YYYY-MM-DD`. */
  problems: string[];
}

/**
 * The optional `levels` and `rounds` of a user catalog in JSON:
 * `"levels": [{ "name": "Beginner", "includes": ["Beginner"] }, ...]` lowest first, and
 * `"rounds": [{ "name": "Round 1", "due": "2018-10-29", "requires": [{ "level": "Beginner", "areas": 2 }] }]`.
 * A bad entry is left out and said; the rest is used.
 */
export function readCourseRules(root: Record<string, unknown>): RulesRead {
  const problems: string[] = [];
  const rules: Partial<CourseRules> = {};
  if (root.levels !== undefined) {
    const levels = listOf(root.levels, 'levels', readLevel, problems);
    if (levels.length) rules.levels = levels;
  }
  if (root.rounds !== undefined) {
    const names = new Set((rules.levels ?? []).map((level) => level.name));
    rules.rounds = listOf(root.rounds, 'rounds', (entry, path) => readRound(entry, path, names), problems);
  }
  return { rules: Object.keys(rules).length ? rules : undefined, problems };
}

function listOf<T>(value: unknown, path: string, read: (entry: unknown, path: string) => T | string, problems: string[]): T[] {
  if (!Array.isArray(value)) {
    problems.push(`"${path}" must be a list`);
    return [];
  }
  const result: T[] = [];
  value.forEach((entry, index) => {
    const item = read(entry, `${path}[${index}]`);
    if (typeof item === 'string') problems.push(item);
    else result.push(item);
  });
  return result;
}

function fieldsOf(entry: unknown, path: string, allowed: readonly string[]): Record<string, unknown> | string {
  if (typeof entry !== 'object' || entry === null || Array.isArray(entry)) return `${path} must be an object with ${allowed.join(', ')}`;
  const unknown = Object.keys(entry).find((key) => !allowed.includes(key));
  return unknown ? `${path}: unknown field "${unknown}" (expected ${allowed.join(', ')})` : (entry as Record<string, unknown>);
}

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isTextList = (value: unknown): value is string[] => Array.isArray(value) && value.length > 0 && value.every(isText);

function readLevel(entry: unknown, path: string): LevelRule | string {
  const fields = fieldsOf(entry, path, ['name', 'includes']);
  if (typeof fields === 'string') return fields;
  if (!isText(fields.name)) return `${path}.name must be non-empty text`;
  // A level that names no catalog level counts the modules filed under its own name.
  if (fields.includes === undefined) return { name: fields.name, includes: [fields.name] };
  if (!isTextList(fields.includes)) return `${path}.includes must be a non-empty list of catalog level names`;
  return { name: fields.name, includes: fields.includes };
}

function readRound(entry: unknown, path: string, levels: ReadonlySet<string>): RoundRule | string {
  const fields = fieldsOf(entry, path, ['name', 'due', 'requires', 'alternatives']);
  if (typeof fields === 'string') return fields;
  if (!isText(fields.name)) return `${path}.name must be non-empty text`;
  if (typeof fields.due !== 'string' || !isDate(fields.due)) return `${path}.due must be a date written YYYY-MM-DD`;
  if (!Array.isArray(fields.requires) || fields.requires.length === 0) return `${path}.requires must be a non-empty list like [{ "level": "Beginner", "areas": 2 }]`;
  const requires: AreaRequirement[] = [];
  for (const [index, requirement] of fields.requires.entries()) {
    const read = readRequirement(requirement, `${path}.requires[${index}]`, levels);
    if (typeof read === 'string') return read;
    requires.push(read);
  }
  if (fields.alternatives !== undefined && !isTextList(fields.alternatives)) return `${path}.alternatives must be a list of text`;
  const round: RoundRule = { name: fields.name, due: fields.due, requires };
  if (isTextList(fields.alternatives)) round.alternatives = fields.alternatives;
  return round;
}

function readRequirement(entry: unknown, path: string, levels: ReadonlySet<string>): AreaRequirement | string {
  const fields = fieldsOf(entry, path, ['level', 'areas']);
  if (typeof fields === 'string') return fields;
  if (!isText(fields.level)) return `${path}.level must be non-empty text`;
  // Without its own levels the catalog is read with the course's; their names are checked where they are known.
  if (levels.size && !levels.has(fields.level)) return `${path}.level "${fields.level}" is not one of the catalog's levels (${[...levels].join(', ')})`;
  if (typeof fields.areas !== 'number' || !Number.isInteger(fields.areas) || fields.areas < 1) return `${path}.areas must be a whole number of areas, 1 or more`;
  return { level: fields.level, areas: fields.areas };
}

function isDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
