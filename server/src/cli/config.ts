import { existsSync } from 'node:fs';
import path from 'node:path';
import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { deepestJson, positionOf, tooDeepAt } from '../catalog/jsonNesting';
import { readSettings, type StudyNotesSettings } from '../service/settings';
import { nestedSettings, settingsProblems } from '../service/settingsSchema';
import { CliError } from './errors';
import { FileRefused, readRegularFile } from '../workspace/regularFile';

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
  /** A broken settings file is remembered as its error: every file under it is refused with the same line. */
  private readonly byDir = new Map<string, FileSettings | CliError | undefined>();

  private fixed: FileSettings | undefined;

  /** Every settings file read and every catalog they name: the files -o must not replace. */
  readonly read = new Set<string>();

  /** With `configFile` (--config), that file's settings apply to every file, as ESLint's --config. */
  constructor(
    private readonly fallbackDir: string,
    private readonly configFile?: string,
  ) {}

  /** The --config file's settings, read once before any file: when it is broken the run itself cannot start. */
  forRun(): void {
    if (this.configFile) this.named(this.configFile);
  }

  /** Throws a CliError when the settings that apply to the file are broken: the file's owner has a problem, not the run. */
  forFile(file: string): FileSettings {
    if (this.configFile) return this.named(this.configFile);
    const found = this.found(path.dirname(path.resolve(file)));
    if (found instanceof CliError) throw found;
    return found ?? (this.defaults ??= { ...readSettings(undefined), baseDir: this.fallbackDir });
  }

  private defaults: FileSettings | undefined;

  private named(configFile: string): FileSettings {
    return (this.fixed ??= this.noted(configFrom(path.resolve(this.fallbackDir, configFile), this.read)));
  }

  private found(dir: string): FileSettings | CliError | undefined {
    if (this.byDir.has(dir)) return this.byDir.get(dir);
    const parent = path.dirname(dir);
    let result: FileSettings | CliError | undefined;
    try {
      const own = configIn(dir, this.read);
      result = own ? this.noted(own) : parent === dir ? undefined : this.found(parent);
    } catch (error) {
      if (!(error instanceof CliError)) throw error;
      result = error;
    }
    this.byDir.set(dir, result);
    return result;
  }

  /** The catalog is resolved as the service resolves it, against the folder of the settings that name it. */
  private noted(settings: FileSettings): FileSettings {
    if (settings.settings.catalog) this.read.add(path.resolve(settings.baseDir, settings.settings.catalog));
    return settings;
  }
}

function configIn(dir: string, read: Set<string>): FileSettings | undefined {
  const own = path.join(dir, '.studynotes.json');
  if (existsSync(own)) return settingsFrom(own, readJson(own, read));
  const pkg = path.join(dir, 'package.json');
  if (!existsSync(pkg)) return undefined;
  const section = studyNotesOf(readJson(pkg, read));
  return section === undefined ? undefined : settingsFrom(`${pkg} (studyNotes)`, section);
}

/** A file named on the command line: a package.json gives its "studyNotes", any other file is the settings. */
function configFrom(file: string, read: Set<string>): FileSettings {
  if (path.basename(file) !== 'package.json') return settingsFrom(file, readJson(file, read));
  const section = studyNotesOf(readJson(file, read));
  if (section === undefined) throw new CliError(`${file} has no "studyNotes" settings`);
  return settingsFrom(`${file} (studyNotes)`, section);
}

function studyNotesOf(manifest: unknown): unknown {
  return typeof manifest === 'object' && manifest !== null ? (manifest as Record<string, unknown>).studyNotes : undefined;
}

function settingsFrom(source: string, raw: unknown): FileSettings {
  const problems = settingsProblems(raw);
  if (problems.length) throw new CliError(`invalid settings in ${source}:`, 2, problems);
  const nested = nestedSettings(raw) as { ignores?: string[] };
  const { settings } = readSettings(nested);
  return { settings, baseDir: path.dirname(source.replace(/ \(studyNotes\)$/, '')), source, ignores: nested.ignores };
}

/** Settings are small: a FIFO or a device named .studynotes.json is refused, never waited on. */
const largestSettingsFile = 1024 * 1024;

function readJson(file: string, read: Set<string>): unknown {
  read.add(file);
  let text: string;
  try {
    text = readRegularFile(file, { limit: largestSettingsFile, files: 'settings files' }).bytes.toString('utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${error instanceof FileRefused ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error))}`);
  }
  const tooDeep = tooDeepAt(text);
  if (tooDeep) throw new CliError(`${file}:${tooDeep.line}:${tooDeep.column}: JSON nested deeper than ${deepestJson} levels`);
  // JSON with comments and trailing commas, as VS Code's settings.json.
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true });
  if (!errors.length) return value;
  const { line, column } = positionOf(text, errors[0].offset);
  throw new CliError(`${file}:${line}:${column}: not valid JSON (${printParseErrorCode(errors[0].error)})`);
}
