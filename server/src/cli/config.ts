import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { readSettings, type StudyNotesSettings } from '../service/settings';
import { CliError } from './errors';

export interface FileSettings {
  settings: StudyNotesSettings;
  /** The folder of the config file, against which notesFiles globs are matched; the start folder without one. */
  baseDir: string;
  /** The config file the settings came from, if any. */
  source?: string;
}

/**
 * Settings for the files of each folder, from the nearest `.studynotes.json` or `studyNotes` in
 * package.json above it, so that CI reads the same configuration as the editor. Cached by folder
 * because a class folder holds many notes files.
 */
export class SettingsFinder {
  private readonly byDir = new Map<string, FileSettings | undefined>();

  constructor(private readonly fallbackDir: string) {}

  forFile(file: string): FileSettings {
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
  const manifest = readJson(pkg);
  const section = typeof manifest === 'object' && manifest !== null ? (manifest as Record<string, unknown>).studyNotes : undefined;
  return section === undefined ? undefined : settingsFrom(`${pkg} (studyNotes)`, section);
}

function settingsFrom(source: string, raw: unknown): FileSettings {
  const { settings, problems } = readSettings(raw);
  if (problems.length) throw new CliError(`invalid settings in ${source}:\n${problems.map((p) => `  ${p}`).join('\n')}`);
  return { settings, baseDir: path.dirname(source.replace(/ \(studyNotes\)$/, '')), source };
}

function readJson(file: string): unknown {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new CliError(`cannot read ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new CliError(`${file} is not valid JSON: ${(error as Error).message}`);
  }
}
