import type { CourseRules, RoundRule } from '../catalog/course';

/**
 * When work is due, as instants: a course's due dates are days in its time zone (GW's Round 1 is
 * due 2018-10-29 in Washington, DC), and a student's commit counts for a round when it was made
 * by the end of that day there, whatever zone the student or the TA's machine is in.
 */
export interface Deadline {
  /** The last millisecond that counts (a day's 23:59:59.999). */
  until: number;
  /** The zone the deadline was read in: the course's, or the one the text named. */
  timeZone: string;
  /** As the user or the course wrote it: "2018-10-29", "2018-10-29T18:00-04:00". */
  text: string;
}

/** A course that names no time zone has its dates read in UTC, and the reports say so. */
export const defaultTimeZone = 'UTC';

export function courseTimeZone(rules: Pick<CourseRules, 'timeZone'>): string {
  return rules.timeZone ?? defaultTimeZone;
}

const dateTime = /^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2}))?)?\s*(Z|[+-]\d{2}:?\d{2}|[A-Za-z_]+(?:\/[A-Za-z0-9_+-]+)*)?$/;

/**
 * A due date as a course, an extension or `--at` writes it: `YYYY-MM-DD` is the end of that day,
 * `YYYY-MM-DDTHH:MM[:SS]` that minute, in `timeZone` unless the text ends with its own zone (`Z`,
 * `-04:00`, or a zone name such as ` America/New_York`). Undefined when the text is no such date.
 */
export function readDeadline(text: string, timeZone: string): Deadline | undefined {
  const match = dateTime.exec(text.trim());
  if (!match) return undefined;
  const [, year, month, day, hour, minute, second, zone] = match;
  const fields = { year: Number(year), month: Number(month), day: Number(day), hour: Number(hour ?? 0), minute: Number(minute ?? 0), second: Number(second ?? 0) };
  if (!validFields(fields)) return undefined;
  const offset = zone && /^(Z|[+-])/.test(zone) ? offsetMinutes(zone) : undefined;
  const inZone = offset === undefined ? (zone ?? timeZone) : timeZone;
  if (offset === undefined && !isTimeZone(inZone)) return undefined;
  const endOfDay = hour === undefined;
  const local = endOfDay ? { ...fields, day: fields.day + 1 } : fields;
  const start = offset === undefined ? zonedInstant(local, inZone) : Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second) - offset * 60_000;
  // A day ends where the next begins; a minute given is the last that counts, all of it.
  const until = endOfDay ? start - 1 : start + (second === undefined ? 60_000 : 1_000) - 1;
  return { until, timeZone: offset === undefined ? inZone : zone === 'Z' ? 'UTC' : `UTC${zone.slice(0, 3)}:${zone.slice(-2)}`, text: text.trim() };
}

/** A round's deadline in the course's zone; a student's extension, when the TA gave one, instead. */
export function roundDeadline(round: RoundRule, rules: Pick<CourseRules, 'timeZone'>, extension?: string): Deadline {
  const deadline = readDeadline(extension ?? round.due, courseTimeZone(rules));
  if (!deadline) throw new Error(`${round.name}: due date "${extension ?? round.due}" is not a date`);
  return deadline;
}

export function isTimeZone(zone: string): boolean {
  try {
    formatter(zone);
    return true;
  } catch {
    return false;
  }
}

interface Fields {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
}

function validFields(fields: Fields): boolean {
  const date = new Date(Date.UTC(fields.year, fields.month - 1, fields.day));
  return date.getUTCMonth() === fields.month - 1 && date.getUTCDate() === fields.day && fields.hour < 24 && fields.minute < 60 && fields.second < 60;
}

function offsetMinutes(zone: string): number {
  if (zone === 'Z') return 0;
  const [, sign, hours, minutes] = /^([+-])(\d{2}):?(\d{2})$/.exec(zone) as RegExpExecArray;
  return (sign === '-' ? -1 : 1) * (Number(hours) * 60 + Number(minutes));
}

/**
 * The instant a wall-clock time in `timeZone` names. The offset at a first guess may be the other
 * side of a clock change, so the offset at the result decides; a time the clocks skipped (02:30 on
 * the day summer time starts) is the instant an hour later, as the clocks then show.
 */
function zonedInstant(local: Fields, timeZone: string): number {
  const asUtc = Date.UTC(local.year, local.month - 1, local.day, local.hour, local.minute, local.second);
  const guess = asUtc - zoneOffset(asUtc, timeZone);
  const instant = asUtc - zoneOffset(guess, timeZone);
  const shown = wallClock(instant, timeZone);
  return shown.hour === local.hour && shown.minute === local.minute ? instant : Math.max(guess, instant);
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(timeZone: string): Intl.DateTimeFormat {
  let format = formatters.get(timeZone);
  if (!format) formatters.set(timeZone, (format = new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })));
  return format;
}

/** Minutes ahead of UTC of a zone readDeadline names by its offset ("UTC-06:00"), which Intl does not know. */
function fixedOffset(timeZone: string): number | undefined {
  const offset = /^UTC([+-]\d{2}:\d{2})$/.exec(timeZone);
  return offset ? offsetMinutes(offset[1]) : undefined;
}

/** The wall clock in `timeZone` at an instant. */
function wallClock(instant: number, timeZone: string): Fields {
  const fixed = fixedOffset(timeZone);
  if (fixed !== undefined) return wallClock(instant + fixed * 60_000, 'UTC');
  const parts: Record<string, number> = {};
  for (const part of formatter(timeZone).formatToParts(new Date(instant))) if (part.type !== 'literal') parts[part.type] = Number(part.value);
  return { year: parts.year, month: parts.month, day: parts.day, hour: parts.hour, minute: parts.minute, second: parts.second };
}

/** Milliseconds the zone's clocks are ahead of UTC at an instant. */
function zoneOffset(instant: number, timeZone: string): number {
  const wall = wallClock(instant, timeZone);
  return Date.UTC(wall.year, wall.month - 1, wall.day, wall.hour, wall.minute, wall.second) - Math.floor(instant / 1000) * 1000;
}

/** "2018-10-29 23:59:59 -04:00": an instant as a clock in the zone shows it, with the zone's offset then. */
export function zonedText(instant: number, timeZone: string): string {
  const wall = wallClock(instant, timeZone);
  const offset = zoneOffset(instant, timeZone) / 60_000;
  const two = (n: number): string => String(n).padStart(2, '0');
  const sign = offset < 0 ? '-' : '+';
  return `${wall.year}-${two(wall.month)}-${two(wall.day)} ${two(wall.hour)}:${two(wall.minute)}:${two(wall.second)} ${sign}${two(Math.floor(Math.abs(offset) / 60))}:${two(Math.abs(offset) % 60)}`;
}

/** The Monday a week starts on, in the zone, as YYYY-MM-DD: the week an instant falls in there. */
export function weekOf(instant: number, timeZone: string): string {
  const wall = wallClock(instant, timeZone);
  const day = new Date(Date.UTC(wall.year, wall.month - 1, wall.day));
  day.setUTCDate(day.getUTCDate() - ((day.getUTCDay() + 6) % 7));
  return day.toISOString().slice(0, 10);
}
