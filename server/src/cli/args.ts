import { CliError } from './errors';

export const checkFormats = ['text', 'json', 'sarif', 'github'] as const;
export const summaryFormats = ['table', 'json', 'csv', 'markdown'] as const;
export type CheckFormat = (typeof checkFormats)[number];
export type SummaryFormat = (typeof summaryFormats)[number];

export type CliOptions =
  | { command: 'help' }
  | { command: 'version' }
  | { command: 'check'; paths: string[]; format: CheckFormat; maxWarnings?: number; fix: boolean; color?: boolean }
  | { command: 'summary'; paths: string[]; format: SummaryFormat; color?: boolean };

interface RawOptions {
  paths: string[];
  format?: string;
  maxWarnings?: string;
  fix: boolean;
  color?: boolean;
  help: boolean;
  version: boolean;
}

/** Reads the command line; anything it does not understand is a usage error (exit 2), never ignored. */
export function parseArgs(argv: readonly string[]): CliOptions {
  const [command, ...rest] = argv;
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') return { command: 'help' };
  if (command === '--version' || command === '-v') return { command: 'version' };
  if (command !== 'check' && command !== 'summary') throw new CliError(`unknown command "${command}" (expected check or summary; see --help)`);
  const raw = readOptions(rest);
  if (raw.help) return { command: 'help' };
  if (raw.version) return { command: 'version' };
  return command === 'check' ? checkOptions(raw) : summaryOptions(raw);
}

function checkOptions(raw: RawOptions): CliOptions {
  const format = oneOf(raw.format ?? 'text', checkFormats);
  const maxWarnings = raw.maxWarnings === undefined ? undefined : warningLimit(raw.maxWarnings);
  return { command: 'check', paths: raw.paths, format, maxWarnings, fix: raw.fix, color: raw.color };
}

function summaryOptions(raw: RawOptions): CliOptions {
  if (raw.fix) throw new CliError('--fix only applies to check');
  if (raw.maxWarnings !== undefined) throw new CliError('--max-warnings only applies to check');
  return { command: 'summary', paths: raw.paths, format: oneOf(raw.format ?? 'table', summaryFormats), color: raw.color };
}

function readOptions(args: readonly string[]): RawOptions {
  const raw: RawOptions = { paths: [], fix: false, help: false, version: false };
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
    else if (name === '--fix') raw.fix = true;
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

function warningLimit(value: string): number {
  if (/^-?\d+$/.test(value) && Number(value) >= -1) return Number(value);
  throw new CliError(`--max-warnings must be a whole number (-1 for no limit), got "${value}"`);
}

export const helpText = `study-notes: check and summarise Markdown course notes

Usage:
  study-notes check [paths or globs...] [--format text|json|sarif|github] [--max-warnings N] [--fix]
  study-notes summary [paths or globs...] [--format table|json|csv|markdown]

With no paths, every notes file under the current folder is used: *.md files that read as
notes, or that match the notesFiles setting (node_modules and dot-folders are skipped).
A folder argument is searched the same way; a file argument is always used.

Settings come from the nearest .studynotes.json (or "studyNotes" in package.json) above each
file, with the same keys as the VS Code settings (diagnostics, notesFiles, ...).

check prints every problem as file:line:col severity code message.
  --format       text (default), json, sarif (SARIF 2.1.0) or github (workflow annotations)
  --max-warnings exit 1 when there are more warnings than this (default: no limit)
  --fix          apply the safe quick fixes to the files
summary prints time per area and level, modules done and modules without an estimate per
file, then a class table with one row per student: a folder directly under a folder
argument, or a file in it; a named file is its own row (a README.md its folder's).
  --format       table (default), json, csv (the class table) or markdown

  --color / --no-color   force colours on or off (NO_COLOR is respected)
  --help, --version

Exit codes: 0 no errors (and warnings within --max-warnings), 1 errors or too many warnings,
2 usage, configuration or input problem.
`;
