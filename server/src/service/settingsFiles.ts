import { parse, printParseErrorCode, type ParseError } from 'jsonc-parser';
import { URI, Utils } from 'vscode-uri';
import { deepestJson, positionOf, tooDeepAt, withoutByteOrderMark } from '../catalog/jsonNesting';
import { readSettings, type StudyNotesSettings } from '../document/settings';
import { nestedSettings, settingsProblems } from './settingsSchema';
import type { NotesWorkspace } from './workspace';

/**
 * The settings files the editor and the command line share: in each folder, `.studynotes.json`,
 * else the "studyNotes" of its package.json; the nearest folder's file holds for the notes below
 * it. Read here from their text; the hosts find the files (the CLI on its disk, the server
 * through the workspace, findSettingsFile).
 */
export const settingsFileNames = ['.studynotes.json', 'package.json'] as const;

export interface SettingsFile {
  /** The file as messages name it: `…/package.json (studyNotes)` for a package.json's section. */
  source: string;
  /** The keys as written (nested), for the editor to lay its own set values over. */
  raw: Record<string, unknown>;
  settings: StudyNotesSettings;
  /** Globs (relative to the file's folder) of files the CLI skips. */
  ignores?: string[];
}

/** A settings file that cannot be used: the first line says which and why, the details each thing wrong. */
export class SettingsFileError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

/**
 * The settings of a file found by its name (`file` as messages show it): undefined for a
 * package.json without "studyNotes". Throws a SettingsFileError when the JSON or a key is wrong.
 */
export function settingsFromText(file: string, text: string): SettingsFile | undefined {
  const value = jsonOf(file, text);
  if (file.split(/[\\/]/).pop() !== 'package.json') return settingsOf(file, value);
  const section = typeof value === 'object' && value !== null ? (value as Record<string, unknown>).studyNotes : undefined;
  return section === undefined ? undefined : settingsOf(`${file} (studyNotes)`, section);
}

function settingsOf(source: string, raw: unknown): SettingsFile {
  // `null` is no settings to VS Code, which has others; a file of its own holding it holds nothing meant.
  const problems = raw === null ? ['settings: null, where an object of settings was expected ({ "catalog": "course.json" })'] : settingsProblems(raw);
  if (problems.length) throw new SettingsFileError(`invalid settings in ${source}:`, problems);
  const nested = nestedSettings(raw) as Record<string, unknown> & { ignores?: string[] };
  return { source, raw: nested, settings: readSettings(nested).settings, ignores: nested.ignores };
}

/** JSON with comments and trailing commas, as VS Code's settings.json. */
function jsonOf(file: string, written: string): unknown {
  const text = withoutByteOrderMark(written);
  const tooDeep = tooDeepAt(text);
  if (tooDeep) throw new SettingsFileError(`${file}:${tooDeep.line}:${tooDeep.column}: JSON nested deeper than ${deepestJson} levels`);
  const errors: ParseError[] = [];
  const value: unknown = parse(text, errors, { allowTrailingComma: true });
  if (!errors.length) return value;
  const { line, column } = positionOf(text, errors[0].offset);
  throw new SettingsFileError(`${file}:${line}:${column}: not valid JSON (${printParseErrorCode(errors[0].error)})`);
}

/** A settings file found above a folder: where it is, and what it says or what is wrong with it. */
export interface FoundSettings {
  /** The URI of the folder holding it: a relative path in it starts there. */
  folder: string;
  file?: SettingsFile;
  error?: SettingsFileError;
}

/**
 * The nearest settings file at or above `folder` (a URI), read through the workspace as the CLI
 * reads the disk; undefined when there is none up to the root of the file system (or of what the
 * workspace lets the server read).
 */
export async function findSettingsFile(folder: string, workspace: Pick<NotesWorkspace, 'exists' | 'read'>): Promise<FoundSettings | undefined> {
  for (let at = URI.parse(folder); ; ) {
    for (const name of settingsFileNames) {
      const uri = Utils.joinPath(at, name);
      if (!(await workspace.exists(uri.toString()))) continue;
      const shown = uri.scheme === 'file' ? uri.fsPath : uri.toString();
      try {
        const file = settingsFromText(shown, await workspace.read(uri.toString()));
        if (file) return { folder: at.toString(), file };
      } catch (error) {
        const problem = error instanceof SettingsFileError ? error : new SettingsFileError(`cannot read ${shown}: ${error instanceof Error ? error.message : String(error)}`);
        return { folder: at.toString(), error: problem };
      }
    }
    const parent = Utils.dirname(at);
    if (parent.path === at.path) return undefined;
    at = parent;
  }
}
