import { existsSync } from 'node:fs';
import path from 'node:path';
import { readSettings, type StudyNotesSettings } from '../document/settings';
import { settingsFileNames, settingsFromText, SettingsFileError } from '../service/settingsFiles';
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
 * package.json above it (service/settingsFiles.ts, which the editor's server reads the same way),
 * so that CI reads the same configuration as the editor. Cached by folder because a class folder
 * holds many notes files.
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
  for (const name of settingsFileNames) {
    const file = path.join(dir, name);
    if (!existsSync(file)) continue;
    const settings = settingsIn(file, read);
    if (settings) return settings;
  }
  return undefined;
}

/** A file named on the command line: a package.json gives its "studyNotes", any other file is the settings. */
function configFrom(file: string, read: Set<string>): FileSettings {
  const settings = settingsIn(file, read);
  if (!settings) throw new CliError(`${file} has no "studyNotes" settings`);
  return settings;
}

/** Settings are small: a FIFO or a device named .studynotes.json is refused, never waited on. */
const largestSettingsFile = 1024 * 1024;

function settingsIn(file: string, read: Set<string>): FileSettings | undefined {
  read.add(file);
  let text: string;
  try {
    text = readRegularFile(file, { limit: largestSettingsFile, files: 'settings files' }).bytes.toString('utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${error instanceof FileRefused ? error.message : ((error as NodeJS.ErrnoException).code ?? String(error))}`);
  }
  try {
    const found = settingsFromText(file, text);
    return found && { settings: found.settings, baseDir: path.dirname(file), source: found.source, ignores: found.ignores };
  } catch (error) {
    if (error instanceof SettingsFileError) throw new CliError(error.message, 2, error.details);
    throw error;
  }
}
