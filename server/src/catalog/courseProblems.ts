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
  const choices = new Set([...spec.modules, ...(base?.modules ?? [])].flatMap((module) => (module.choice ? [module.choice] : [])));
  for (const choice of Object.keys(spec.choices ?? {})) if (!choices.has(choice)) problems.push(`choices: "${choice}" is the choice of no module`);
  return problems;
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
