import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { readSettings, type StudyNotesSettings } from '../service/settings';
import { nestedSettings, settingsProblems } from '../service/settingsSchema';
import { CliError } from './errors';

export interface FileSettings {
  settings: StudyNotesSettings;
  /** The folder of the config file, against which notesFiles globs are matched; the start folder without one. */
  baseDir: string;
  /** The config file the settings came from, if any. */
  source?: string;
  /** Globs (relative to baseDir) of files the CLI skips. */
  ignores?: string[];
}

/**
 * Settings for the files of each folder, from the nearest `.studynotes.json` or `studyNotes` in
 * package.json above it, so that CI reads the same configuration as the editor. Cached by folder
 * because a class folder holds many notes files.
 */
export class SettingsFinder {
  private readonly byDir = new Map<string, FileSettings | undefined>();

  private fixed: FileSettings | undefined;

  /** With `configFile` (--config), that file's settings apply to every file, as ESLint's --config. */
  constructor(
    private readonly fallbackDir: string,
    private readonly configFile?: string,
  ) {}

  forFile(file: string): FileSettings {
    if (this.configFile) return (this.fixed ??= configFrom(path.resolve(this.fallbackDir, this.configFile)));
    return this.found(path.dirname(path.resolve(file))) ?? { ...readSettings(undefined), baseDir: this.fallbackDir };
  }

  private found(dir: string): FileSettings | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const parent = path.dirname(dir);
    const result = configIn(dir) ?? (parent === dir ? undefined : this.found(parent));
    this.byDir.set(dir, result);
    return result;
  }
}

function configIn(dir: string): FileSettings | undefined {
  const own = path.join(dir, '.studynotes.json');
  if (existsSync(own)) return settingsFrom(own, readJson(own));
  const pkg = path.join(dir, 'package.json');
  if (!existsSync(pkg)) return undefined;
  const section = studyNotesOf(readJson(pkg));
  return section === undefined ? undefined : settingsFrom(`${pkg} (studyNotes)`, section);
}

/** A file named on the command line: a package.json gives its "studyNotes", any other file is the settings. */
function configFrom(file: string): FileSettings {
  if (path.basename(file) !== 'package.json') return settingsFrom(file, readJson(file));
  const section = studyNotesOf(readJson(file));
  if (section === undefined) throw new CliError(`${file} has no "studyNotes" settings`);
  return settingsFrom(`${file} (studyNotes)`, section);
}

function studyNotesOf(manifest: unknown): unknown {
  return typeof manifest === 'object' && manifest !== null ? (manifest as Record<string, unknown>).studyNotes : undefined;
}

function settingsFrom(source: string, raw: unknown): FileSettings {
  const problems = settingsProblems(raw);
  if (problems.length) throw new CliError(`invalid settings in ${source}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  const nested = nestedSettings(raw) as { ignores?: string[] };
  const { settings } = readSettings(nested);
  return { settings, baseDir: path.dirname(source.replace(/ \(studyNotes\)$/, '')), source, ignores: nested.ignores };
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  // JSON with comments and trailing commas, as VS Code's settings.json.
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true });
  if (!errors.length) return value;
  const { line, column } = positionOf(text, errors[0].offset);
  throw new CliError(`${file}:${line}:${column}: not valid JSON (${printParseErrorCode(errors[0].error)})`);
}

function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}
