import { CliError } from './errors';

export const checkFormats = ['text', 'json', 'sarif', 'github'] as const;
export const summaryFormats = ['table', 'json', 'csv', 'markdown', 'html'] as const;
export type CheckFormat = (typeof checkFormats)[number];
export type SummaryFormat = (typeof summaryFormats)[number];

/** What check and summary share: where the notes and settings come from and where the report goes. */
export interface InputOptions {
  paths: string[];
  color?: boolean;
  /** -o: the report goes to this file instead of stdout. */
  outputFile?: string;
  /** --config: this settings file for every notes file, instead of the nearest one. */
  config?: string;
  /** The name notes read from stdin (`-`) are shown and configured as. */
  stdinFilename?: string;
  /** How many threads read the files: a number, or `auto` (the machine's cores, for enough text). */
  concurrency?: number | 'auto';
}

/** `course check FILE…` and `course convert PAGE… [-o FILE] [--year N]`: for the instructor who writes a course. */
export interface CourseOptions {
  command: 'course';
  action: 'check' | 'convert';
  files: string[];
  /** The year of due dates written without one ("Monday October 29th"). */
  year?: number;
  outputFile?: string;
}

export type CliOptions =
  | { command: 'help' }
  | { command: 'version' }
  | CourseOptions
  | ({ command: 'check'; format: CheckFormat; maxWarnings?: number; fix: boolean; quiet: boolean; sarifFile?: string } & InputOptions)
  | ({ command: 'summary'; format: SummaryFormat } & HistoryOptions & InputOptions);

/** How summary reads the class's git history: at one due date, with the TA's extensions. */
export interface HistoryOptions {
  /** --at: a round of the course, or a date/time; without it each round is judged at its own due date. */
  at?: string;
  /** --extensions: a CSV of student,round,due. */
  extensions?: string;
}

interface RawOptions extends Omit<InputOptions, 'concurrency'>, HistoryOptions {
  concurrency?: string;
  format?: string;
  maxWarnings?: string;
  sarifFile?: string;
  fix: boolean;
  quiet: boolean;
  help: boolean;
  version: boolean;
}

/** Reads the command line; anything it does not understand is a usage error (exit 2), never ignored. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command === 'course') return courseOptions(rest);
  if (command !== 'check' && command !== 'summary') throw new CliError(`unknown command "${command}" (expected check, summary or course; see --help)`);
  const raw = readOptions(rest);
  if (raw.help) return { command: 'help' };
  if (raw.version) return { command: 'version' };
  return command === 'check' ? checkOptions(raw) : summaryOptions(raw);
}

function checkOptions(raw: RawOptions): CliOptions {
  for (const [given, name] of [[raw.at !== undefined, '--at'], [raw.extensions !== undefined, '--extensions']] as const)
    if (given) throw new CliError(`${name} only applies to summary`);
  if (raw.fix && raw.paths.includes('-')) throw new CliError('--fix cannot write back to stdin; name the file instead of "-"');
  const maxWarnings = raw.maxWarnings === undefined ? undefined : warningLimit(raw.maxWarnings);
  return { command: 'check', format: oneOf(raw.format ?? 'text', checkFormats), maxWarnings, fix: raw.fix, quiet: raw.quiet, sarifFile: raw.sarifFile, ...inputsOf(raw) };
}

function summaryOptions(raw: RawOptions): CliOptions {
  for (const [given, name] of [[raw.fix, '--fix'], [raw.maxWarnings !== undefined, '--max-warnings'], [raw.quiet, '--quiet'], [raw.sarifFile !== undefined, '--sarif-file']] as const)
    if (given) throw new CliError(`${name} only applies to check`);
  // check's terminal report is "text": the same word asks summary for its own (a TA types one for both).
  const format = raw.format === 'text' ? 'table' : (raw.format ?? 'table');
  return { command: 'summary', format: oneOf(format, summaryFormats), at: raw.at, extensions: raw.extensions, ...inputsOf(raw) };
}

function courseOptions([action, ...args]: readonly string[]): CliOptions {
  if (action === '--help' || action === '-h') return { command: 'help' };
  if (action !== 'check' && action !== 'convert') throw new CliError(`course needs check or convert, got ${action === undefined ? 'nothing' : `"${action}"`} (study-notes course check FILE, study-notes course convert PAGE.md)`);
  const options: CourseOptions = { command: 'course', action, files: [] };
  for (let i = 0; i < args.length; i++) {
    const [name, inline] = splitOption(args[i]);
    const value = (): string => {
      const given = inline ?? args[++i];
      if (given === undefined) throw new CliError(`${name} needs a value`);
      return given;
    };
    if (!args[i].startsWith('-')) options.files.push(args[i]);
    else if (name === '--year') options.year = yearOf(value());
    else if ((name === '-o' || name === '--output-file') && action === 'convert') options.outputFile = value();
    else if (name === '--help' || name === '-h') return { command: 'help' };
    else throw new CliError(`unknown option ${name} for course ${action} (see --help)`);
  }
  if (!options.files.length) throw new CliError(`course ${action} needs a course file: JSON, or course pages in Markdown`);
  return options;
}

function yearOf(value: string): number {
  if (/^\d{4}$/.test(value)) return Number(value);
  throw new CliError(`--year must be a year like 2025, got "${value}"`);
}

function inputsOf(raw: RawOptions): InputOptions {
  return { paths: raw.paths, color: raw.color, outputFile: raw.outputFile, config: raw.config, stdinFilename: raw.stdinFilename, concurrency: raw.concurrency === undefined ? undefined : threadCount(raw.concurrency) };
}

function readOptions(args: readonly string[]): RawOptions {
  const raw: RawOptions = { paths: [], fix: false, quiet: false, help: false, version: false };
  for (let i = 0; i < args.length; i++) {
    const arg = args[i];
    if (arg === '--') {
      raw.paths.push(...args.slice(i + 1));
      break;
    }
    if (!arg.startsWith('-') || arg === '-') {
      raw.paths.push(arg);
      continue;
    }
    const [name, inlineValue] = splitOption(arg);
    const value = (): string => {
      if (inlineValue !== undefined) return inlineValue;
      const next = args[++i];
      if (next === undefined) throw new CliError(`${name} needs a value`);
      return next;
    };
    if (name === '--format' || name === '-f') raw.format = value();
    else if (name === '--max-warnings') raw.maxWarnings = value();
    else if (name === '--sarif-file') raw.sarifFile = value();
    else if (name === '--fix') raw.fix = true;
    else if (name === '--quiet' || name === '-q') raw.quiet = true;
    else if (name === '--output-file' || name === '-o') raw.outputFile = value();
    else if (name === '--config' || name === '-c') raw.config = value();
    else if (name === '--stdin-filename') raw.stdinFilename = value();
    else if (name === '--concurrency') raw.concurrency = value();
    else if (name === '--at') raw.at = value();
    else if (name === '--extensions') raw.extensions = value();
    else if (name === '--color') raw.color = true;
    else if (name === '--no-color') raw.color = false;
    else if (name === '--help' || name === '-h') raw.help = true;
    else if (name === '--version' || name === '-v') raw.version = true;
    else throw new CliError(`unknown option ${name} (see --help)`);
  }
  return raw;
}

function splitOption(arg: string): [string, string | undefined] {
  const eq = arg.indexOf('=');
  return eq < 0 ? [arg, undefined] : [arg.slice(0, eq), arg.slice(eq + 1)];
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): T {
  if ((allowed as readonly string[]).includes(value)) return value as T;
  throw new CliError(`--format must be one of ${allowed.join(', ')} (got "${value}")`);
}

function threadCount(value: string): number | 'auto' {
  if (value === 'auto') return 'auto';
  if (value === 'off') return 1;
  if (/^\d+$/.test(value) && Number(value) >= 1) return Number(value);
  throw new CliError(`--concurrency must be a number of threads, auto or off, got "${value}"`);
}

function warningLimit(value: string): number {
  if (/^-?\d+$/.test(value) && Number(value) >= -1) return Number(value);
  throw new CliError(`--max-warnings must be a whole number (-1 for no limit), got "${value}"`);
}

export const helpText = `study-notes: check and summarise Markdown course notes

Usage:
  study-notes check [paths or globs...] [--format text|json|sarif|github] [--max-warnings N] [--quiet] [--fix] [--sarif-file FILE]
  study-notes summary [paths or globs...] [--format table|json|csv|markdown|html] [--at ROUND|DATE] [--extensions FILE]
  cat notes.md | study-notes check - [--stdin-filename notes.md]
  study-notes course check FILE...      (a course: JSON, or course pages in Markdown)
  study-notes course convert PAGE.md... [-o course.json] [--year YYYY]

With no paths, every notes file under the current folder is used: *.md files that read as
notes, or that match the notesFiles setting. A folder argument is searched the same way;
a file argument is always used; "-" reads one file from stdin. Searching skips node_modules,
dot-folders, files that .gitignore ignores and the "ignores" globs of the settings; it follows
symbolic links to folders inside the folder searched or the current folder, never out of them.

Settings come from the nearest .studynotes.json (or "studyNotes" in package.json) above each
file: JSON with comments, checked against schemas/studynotes.schema.json. Its keys are the
VS Code settings without "studyNotes." ({"diagnostics": {"missing-time": "off"}}, "notesFiles",
"ignores", ...); the VS Code spelling ("studyNotes.diagnostics.missing-time") is accepted too.
  -c, --config FILE      use this settings file for every notes file instead

check prints every problem as file:line:col severity code message.
  -f, --format   text (default), json, sarif (SARIF 2.1.0) or github (workflow annotations:
                 the first 10 of each kind, errors first, the rest in $GITHUB_STEP_SUMMARY)
  --max-warnings exit 1 when there are more warnings than this (default: no limit)
  -q, --quiet    report errors only (warnings still count for --max-warnings)
  --fix          apply the safe quick fixes to the files
  --sarif-file FILE  also write the problems shown as SARIF 2.1.0 to FILE, from the same run
                 (a CI job annotates and uploads code scanning results from one check)
  --stdin-filename NAME  the name notes read from "-" are shown and configured as
summary prints time per area and level, modules done and modules without an estimate per
file, then a class table with one row per student: a folder directly under a folder
argument, or a file in it; a named file is its own row (a README.md its folder's). Per
course area it gives the level reached and what is left, and whether each round is met; a
student folder without notes is a row that says so.
  -f, --format   table (default; text says the same), json, csv (the class table), markdown, or html (one
                 self-contained page: the class table, levels per area, what each student lacks)
A student folder that is a git repository of its own (a clone per student, directly under
a folder argument) is also judged by its history: on its checked-out branch, the last commit by each due date (committer
date: an amended or rebased commit is dated when its notes were last changed), the commit
graded, its date and how many commits came after; notes committed by then on its other
branches, after the ones graded, are said (not a classmate's). Other folders are judged on
their files, and the report says so.
  --at ROUND|DATE  grade the notes as of one due date: a round of the course ("Round 1") or
                 a date, YYYY-MM-DD (the end of that day) or YYYY-MM-DDTHH:MM, in the course's
                 time zone unless followed by Z, -04:00 or a zone name (Europe/Berlin).
                 Without --at, each round is judged at its own due date and the report shows
                 "met by the due date" and "met now" ("?" by the due date for a folder with
                 no history). With --at, the other rounds are judged on the notes of that time.
  --extensions FILE  a CSV of student,round,due: a student's (folder's) new due date for a round

  -o, --output-file FILE  write the report to FILE instead of stdout; never a file the run
                          reads (notes, settings, catalog), never through a symbolic link
  --concurrency N|auto|off  threads that read the files (default auto: on four cores or more,
                          up to four, when there is enough to read; off reads on one)
  --color / --no-color    force colours on or off (NO_COLOR is respected)
  --help, --version

course check reads a course as the editor and the other commands would (one JSON file, or the
Markdown pages of one course: an overview page with the rounds, one page per area) and prints what
it understood: the areas and levels with their modules and times, the rounds with their due dates,
what is optional or a choice; every problem, one per line (exit 1). course convert writes the
JSON of course pages (to -o FILE, else stdout); --year gives the year of due dates written
without one ("Monday October 29th"). See docs/course-format.md.

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,
2 usage, configuration or input problem.
`;
