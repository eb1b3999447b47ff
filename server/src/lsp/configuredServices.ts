// The editor reads a notes file with the configuration the command line would: the settings of
// the nearest .studynotes.json (or package.json "studyNotes") above it, and the course they name.
// One language service per settings file, as the CLI keeps one per settings file, over the part of
// the workspace that file governs; notes under no settings file are the workspace's own service's.
// What the user set in the editor's own settings wins over the file, key by key.
import { URI, Utils } from 'vscode-uri';
import { insideFolders } from '../service/insideFolders';
import { readSettings } from '../document/settings';
import { findSettingsFile, type FoundSettings } from '../service/settingsFiles';
import { nestedSettings } from '../service/settingsSchema';
import type { StudyNotesService } from '../service/studyNotesService';
import type { NotesWorkspace } from '../service/workspace';

/** A service over some folders, with the settings it is given. */
export type ServiceFactory = (folders: readonly string[]) => StudyNotesService;

interface Configured {
  service: StudyNotesService;
  found?: FoundSettings;
  /** Settles once the service has its settings and course: no request is answered before it. */
  ready?: Promise<void>;
}

export class ConfiguredServices {
  private readonly byFolder = new Map<string, Configured>();
  private readonly foundFor = new Map<string, Promise<FoundSettings | undefined>>();
  private readonly own: Configured;
  /** The keys the user set in the editor (nested), not its defaults. */
  private editorSettings: Record<string, unknown> = {};

  constructor(
    private readonly workspace: NotesWorkspace,
    private readonly create: ServiceFactory,
  ) {
    this.own = { service: create(workspace.folders) };
  }

  /** The settings files the server reads: those inside the workspace folders, and above them where the workspace reads the disk. */
  private readonly settingsFiles: Pick<NotesWorkspace, 'exists' | 'read'> = {
    exists: async (uri) => (this.workspace.settingsAboveFolders === true || insideFolders(uri, this.workspace.folders)) && this.workspace.exists(uri),
    read: (uri) => this.workspace.read(uri),
  };

  /** The workspace's own service: notes under no settings file, and what concerns no file. */
  get workspaceService(): StudyNotesService {
    return this.own.service;
  }

  all(): StudyNotesService[] {
    return [this.own.service, ...[...this.byFolder.values()].map((entry) => entry.service)];
  }

  /**
   * The service of the settings file nearest above the document (untrusted workspaces read none).
   * A document outside the workspace folders is the workspace's: a service over its folder would
   * read the notes there, and the server reads none outside the folders.
   */
  async forDocument(uri: string | undefined): Promise<StudyNotesService> {
    const folder = uri === undefined ? undefined : this.folderOf(uri);
    if (!folder || !this.workspace.trusted || !insideFolders(folder, this.workspace.folders)) return this.own.service;
    let found = this.foundFor.get(folder);
    if (!found) this.foundFor.set(folder, (found = findSettingsFile(folder, this.settingsFiles)));
    const settings = await found;
    if (!settings) return this.own.service;
    let entry = this.byFolder.get(settings.folder);
    if (!entry) {
      entry = { service: this.create(servedFolders(settings.folder, this.workspace.folders)), found: settings };
      entry.ready = this.configure(entry);
      this.byFolder.set(settings.folder, entry);
    }
    await entry.ready;
    return entry.service;
  }

  /** The editor's settings changed: each service is configured again with them over its file's. */
  async useEditorSettings(raw: unknown): Promise<void> {
    this.editorSettings = (nestedSettings(raw) as Record<string, unknown> | undefined) ?? {};
    for (const entry of [this.own, ...this.byFolder.values()]) await (entry.ready = this.configure(entry));
  }

  /** A settings file was written, made or removed: every document finds its settings again. */
  forget(): StudyNotesService[] {
    const dropped = [...this.byFolder.values()].map((entry) => entry.service);
    this.byFolder.clear();
    this.foundFor.clear();
    return dropped;
  }

  private async configure({ service, found }: Configured): Promise<void> {
    const file = found?.file?.raw ?? {};
    const merged = { ...file, ...this.editorSettings, ...merge('diagnostics', file, this.editorSettings), ...merge('docker', file, this.editorSettings) };
    // A relative course file starts where it was set: at the settings file's folder, or the workspace's.
    const catalogBases = this.editorSettings.catalog === undefined && found ? [found.folder] : undefined;
    const problem = found?.error && [found.error.message, ...found.error.details].join(' ');
    await service.configure(readSettings(merged).settings, { catalogBases, settingsProblem: problem });
  }

  /** A document's folder as the settings files are found from: untitled notes live in the folder they would be saved to. */
  private folderOf(uri: string): string | undefined {
    const parsed = URI.parse(uri);
    const inFolder = parsed.scheme === 'untitled' ? this.workspace.folders.map((folder) => URI.parse(folder)).find((folder) => parsed.path.startsWith(`${folder.path}/`)) : undefined;
    const located = inFolder ? inFolder.with({ path: parsed.path }) : parsed;
    return located.scheme === 'untitled' ? undefined : Utils.dirname(located).toString();
  }
}

/**
 * The folders a settings file's service reads notes in: its own folder, or, for a file above the
 * workspace, the workspace folders under it (the server reads no notes outside the folders).
 */
function servedFolders(settingsFolder: string, workspaceFolders: readonly string[]): string[] {
  if (insideFolders(settingsFolder, workspaceFolders)) return [settingsFolder];
  return workspaceFolders.filter((folder) => insideFolders(folder, [settingsFolder]));
}

/** An object setting (`diagnostics`, `docker`) is merged key by key: setting one severity keeps the file's others. */
function merge(key: string, file: Record<string, unknown>, editor: Record<string, unknown>): Record<string, unknown> {
  const [a, b] = [file[key], editor[key]];
  return typeof a === 'object' && a !== null && typeof b === 'object' && b !== null ? { [key]: { ...a, ...b } } : {};
}
