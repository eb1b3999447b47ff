import type { CourseSpec, RoundRule } from './course';

/**
 * What is wrong with a course beyond the shape its schema checks: names that must agree (a round's
 * level, a module's area, a choice), dates and the time zone. One line each, naming the field.
 * `bases`: the courses it may extend, by id.
 */
export function courseProblems(spec: CourseSpec, bases: ReadonlyMap<string, CourseSpec>): string[] {
  const base = spec.extends === undefined ? undefined : bases.get(spec.extends);
  const problems: string[] = [];
  if (spec.extends !== undefined && !base) problems.push(`extends: no course "${spec.extends}" is bundled (known: ${[...bases.keys()].join(', ')})`);
  if (spec.modules.length === 0 && !base) problems.push('modules: the course has no modules');
  if (spec.timeZone !== undefined && !isTimeZone(spec.timeZone)) problems.push(`timeZone: "${spec.timeZone}" is not an IANA time zone such as "Europe/Berlin"`);
  problems.push(...duplicates('areas', spec.areas?.map((area) => area.name)), ...duplicates('levels', spec.levels?.map((level) => level.name)));
  const areas = spec.areas?.map((area) => area.name);
  spec.modules.forEach((module, index) => {
    if (areas && !areas.includes(module.area)) problems.push(`modules[${index}].area "${module.area}" is not one of the course's areas (${areas.join(', ')})`);
  });
  const levels = (spec.levels ?? base?.levels)?.map((level) => level.name) ?? [...new Set([...spec.modules, ...(base?.modules ?? [])].map((module) => module.level))];
  const areaCount = new Set([...(areas ?? []), ...[...spec.modules, ...(base?.modules ?? [])].map((module) => module.area), ...(base?.areas?.map((area) => area.name) ?? [])]).size;
  (spec.rounds ?? []).forEach((round, index) => problems.push(...roundProblems(round, `rounds[${index}]`, levels, areaCount)));
  const modules = [...spec.modules, ...(base?.modules ?? [])];
  problems.push(...choiceProblems(spec, modules), ...includedLevelProblems(spec, modules));
  return problems;
}

/**
 * A choice's name written two ways is two choices, each of one module, which a level then requires
 * (`"choice": "Pick two PortSwiger labs"`); a choice asking for more modules than it has can never be met.
 */
function choiceProblems(spec: CourseSpec, modules: CourseSpec['modules']): string[] {
  const problems: string[] = [];
  const members = new Map<string, number>();
  for (const module of modules) if (module.choice) members.set(module.choice, (members.get(module.choice) ?? 0) + 1);
  for (const [choice, count] of Object.entries(spec.choices ?? {})) {
    const held = members.get(choice) ?? 0;
    if (held === 0) problems.push(`choices: "${choice}" is the choice of no module`);
    else if (count > held) problems.push(`choices: "${choice}" asks for ${count} modules, but only ${held} ${held === 1 ? 'has' : 'have'} that choice`);
  }
  spec.modules.forEach((module, index) => {
    if (module.choice && members.get(module.choice) === 1) problems.push(`modules[${index}].choice "${module.choice}" is no other module's choice: a choice of one module is that module required (a slip in its name?)`);
  });
  return problems;
}

/** A level that includes a level no module is filed under counts nothing for it (`"includes": ["Capstne"]` left the final project optional). */
function includedLevelProblems(spec: CourseSpec, modules: CourseSpec['modules']): string[] {
  const filed = new Set(modules.map((module) => module.level));
  return (spec.levels ?? []).flatMap((level, index) =>
    (level.includes ?? []).filter((included) => !filed.has(included.name)).map((included) => `levels[${index}].includes "${included.name}" is the level of no module (modules are filed under ${[...filed].join(', ')})`),
  );
}

function duplicates(field: string, names: readonly string[] | undefined): string[] {
  const seen = new Set<string>();
  return (names ?? []).flatMap((name, index) => (seen.has(name) ? [`${field}[${index}]: "${name}" is named twice`] : (seen.add(name), [])));
}

function roundProblems(round: RoundRule, path: string, levels: readonly string[], areaCount: number): string[] {
  const problems = isDue(round.due) ? [] : [`${path}.due: "${round.due}" is no date: write YYYY-MM-DD (the end of that day in the course's time zone) or a date-time with its offset, 2025-03-14T17:00-05:00`];
  round.requires.forEach((requirement, index) => {
    if (!levels.includes(requirement.level)) problems.push(`${path}.requires[${index}].level "${requirement.level}" is not one of the course's levels (${levels.join(', ')})`);
    if (requirement.areas > areaCount) problems.push(`${path}.requires[${index}].areas: ${requirement.areas} areas at ${requirement.level}, but the course has ${areaCount}: no student can meet "${round.name}"`);
  });
  return problems;
}

const dueForm = /^(\d{4}-\d{2}-\d{2})(?:T(\d{2}):(\d{2})(?::(\d{2}))?(Z|[+-]\d{2}:\d{2}))?$/;

/** A real day (no 2025-02-30), and a real time of it. */
export function isDue(text: string): boolean {
  const match = dueForm.exec(text);
  if (!match) return false;
  const day = new Date(`${match[1]}T00:00:00Z`);
  if (Number.isNaN(day.getTime()) || !day.toISOString().startsWith(match[1])) return false;
  const [hours, minutes, seconds] = [match[2], match[3], match[4]].map((part) => Number(part ?? 0));
  return hours < 24 && minutes < 60 && seconds < 60;
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return zone.includes('/') || zone === 'UTC';
  } catch {
    return false;
  }
}
