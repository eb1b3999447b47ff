import { URI, Utils } from 'vscode-uri';
import { pathBelowFolders } from './insideFolders';
import type { NotesHistory } from './notesHistory';

/**
 * Everything the service reads or watches outside the open documents, by URI, so that the same
 * service runs over node:fs (nodeWorkspace.ts), over the client's file access in a browser
 * (clientWorkspace.ts), and over memory in tests.
 */
export interface NotesWorkspace {
  /** The workspace folders: where notes are listed, and the roots notesFiles globs and a relative catalog path start from. */
  readonly folders: readonly string[];
  /** Untrusted workspaces are not read on the service's own initiative (catalog file, unopened notes). */
  readonly trusted: boolean;
  /**
   * The settings file nearest above a notes file may lie above the folders, as it does for the command
   * line (a class folder's `.studynotes.json` over a student's clone opened alone). A browser's client
   * has no file outside its folders, and is not asked.
   */
  readonly settingsAboveFolders?: boolean;
  /** Every Markdown file under the folders, skipping dot-folders and node_modules. */
  markdownFiles(): Promise<string[]>;
  /** A file's text; rejects with a one-line reason when it cannot be read. */
  read(uri: string): Promise<string>;
  /** A Markdown file's text only when it lies inside one of the folders (service/insideFolders.ts; links out of them included), else undefined. */
  readInside(uri: string): Promise<string | undefined>;
  exists(uri: string): Promise<boolean>;
  /** Calls `changed` after the file was written, replaced or created; settles bursts of events. */
  watch(uri: string, changed: () => void): { dispose(): void };
  /**
   * The git history of the notes under a folder (service/notesHistory.ts); undefined when the folder
   * is in no repository; rejects with a one-line reason when git cannot read it. Absent where there
   * is no git to run (VS Code for the web).
   */
  history?(folder: string): Promise<NotesHistory | undefined>;
}

/**
 * The path notesFiles globs are matched against: relative to the folder holding the file, or
 * the whole path without its leading slash for a file outside every folder.
 */
export function pathInWorkspace(uri: string, folders: readonly string[]): string {
  return pathBelowFolders(uri, folders)?.join('/') ?? URI.parse(uri).path.replace(/^\/+/, '');
}

/** A path as the user wrote it in a setting: absolute, or relative to the first base that holds it. */
export async function resolveSettingPath(setting: string, bases: readonly string[], exists: (uri: string) => Promise<boolean>): Promise<string> {
  if (/^([a-zA-Z]:)?[\\/]/.test(setting) || bases.length === 0) return URI.file(setting).toString();
  const candidates = bases.map((base) => Utils.resolvePath(URI.parse(base), setting.split('\\').join('/')).toString());
  for (const candidate of candidates) if (await exists(candidate)) return candidate;
  return candidates[0];
}

export function folderOf(uri: string): string {
  return Utils.dirname(URI.parse(uri)).toString();
}
