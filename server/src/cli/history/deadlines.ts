import type { CourseRules, RoundRule } from '../../catalog/course';
import { courseTimeZone, readDeadline, roundDeadline, type Deadline } from '../../course/dueDates';
import { CliError } from '../errors';
import { readNotesText } from '../readText';

/** One of the TA's exceptions: a student's new due date for a round, as the CSV wrote it. */
export interface Extension {
  student: string;
  round: string;
  due: string;
  /** Where it was written: `extensions.csv:3`. */
  where: string;
}

/** A student's folder is named after their GitHub account, whose names ignore case: `c91cbq` is `C91CBQ`. */
export function sameStudent(a: string, b: string): boolean {
  return a.toLowerCase() === b.toLowerCase();
}

/** What the summary grades at: one deadline for all (`--at`), or each round at its own due date. */
export type GradingTime = { round: RoundRule } | { deadline: Deadline } | { eachRound: true };

/** The deadline a student is graded at for a round (their extension, else the round's), and whether it was extended. */
export function studentDeadline(round: RoundRule, rules: CourseRules, student: string, extensions: readonly Extension[]): { deadline: Deadline; extended: boolean } {
  const extension = extensions.find((entry) => sameStudent(entry.student, student) && entry.round === round.name);
  return { deadline: roundDeadline(round, rules, extension?.due), extended: extension !== undefined };
}

/** `--at`: a round of the course by its name, or a date/time (in the course's zone unless it names one). */
export function gradingTime(at: string | undefined, rules: CourseRules): GradingTime {
  if (at === undefined) return { eachRound: true };
  const round = rules.rounds.find((entry) => entry.name.toLowerCase() === at.trim().toLowerCase());
  if (round) return { round };
  const deadline = readDeadline(at, courseTimeZone(rules));
  if (deadline) return { deadline };
  const rounds = rules.rounds.length ? `a round of the course (${rules.rounds.map((entry) => entry.name).join(', ')})` : 'a round (the course has none)';
  throw new CliError(`--at "${at}" is neither ${rounds} nor a date: YYYY-MM-DD (the end of that day) or YYYY-MM-DDTHH:MM, in the course's zone unless followed by Z, -04:00 or a zone such as Europe/Berlin`);
}

/**
 * The TA's exceptions, a CSV file of `student,round,due` (a first line `student,round,due` is a
 * header): the student's folder name, the round's name, and the new due date, written as a
 * course writes one. Every line that cannot be used is an error naming its line: a due date moved
 * on a guess would grade a student at the wrong time.
 */
export function readExtensions(file: string, rules: CourseRules): Extension[] {
  const extensions: Extension[] = [];
  const lines = readNotesText(file).split(/\r\n|\n|\r/);
  lines.forEach((line, index) => {
    const where = `${file}:${index + 1}`;
    if (!line.trim() || (index === 0 && /^\s*"?student"?\s*,/i.test(line))) return;
    const cells = csvCells(line, where);
    if (cells.length !== 3) throw new CliError(`${where}: expected student,round,due (3 cells), got ${cells.length}`);
    const [student, roundName, due] = cells.map((cell) => cell.trim());
    const round = rules.rounds.find((entry) => entry.name.toLowerCase() === roundName.toLowerCase());
    if (!round) throw new CliError(`${where}: "${roundName}" is not a round of the course (${rules.rounds.map((entry) => entry.name).join(', ') || 'it has none'})`);
    if (!readDeadline(due, courseTimeZone(rules))) throw new CliError(`${where}: "${due}" is not a date: YYYY-MM-DD or YYYY-MM-DDTHH:MM, optionally followed by a zone`);
    const twice = extensions.find((entry) => sameStudent(entry.student, student) && entry.round === round.name);
    if (twice) throw new CliError(`${where}: ${student} already has an extension for ${round.name} (${twice.where})`);
    extensions.push({ student, round: round.name, due, where });
  });
  return extensions;
}

/** RFC 4180 cells: quoted cells may hold commas and doubled quotes. */
function csvCells(line: string, where: string): string[] {
  const cells: string[] = [];
  let at = 0;
  for (;;) {
    if (line[at] === '"') {
      let cell = '';
      let end = at + 1;
      for (;;) {
        const quote = line.indexOf('"', end);
        if (quote < 0) throw new CliError(`${where}: a quoted cell is not closed`);
        cell += line.slice(end, quote);
        if (line[quote + 1] !== '"') {
          end = quote + 1;
          break;
        }
        cell += '"';
        end = quote + 2;
      }
      cells.push(cell);
      at = end;
    } else {
      const comma = line.indexOf(',', at);
      cells.push(line.slice(at, comma < 0 ? line.length : comma));
      at = comma < 0 ? line.length : comma;
    }
    if (line[at] !== ',') return cells;
    at++;
  }
}
