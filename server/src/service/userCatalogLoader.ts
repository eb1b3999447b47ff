import type { UserCatalog } from '../catalog/userCourse';
import { readUserCatalog, unreadableCatalogMessage } from '../catalog/userCatalog';
import { resolveSettingPath, type NotesWorkspace } from './workspace';
import { URI } from 'vscode-uri';

export interface UserCatalogEvents {
  /** The catalog to merge, or undefined when there is none (no setting, unreadable, untrusted). */
  changed(catalog: UserCatalog | undefined): void;
  /** One message per distinct problem: re-reading an unchanged broken file does not repeat it. */
  problem(message: string): void;
}

/** The user's catalog file (`studyNotes.catalog`): found, read and watched through the workspace. */
export class UserCatalogLoader {
  private watcher?: { dispose(): void };
  private watched?: string;
  private lastProblem?: string;
  private setting?: string;
  private bases: readonly string[] = [];
  /** Reads overlap (a save during a settings change): only the latest one may report. */
  private reads = 0;

  constructor(
    private readonly workspace: NotesWorkspace,
    private readonly events: UserCatalogEvents,
  ) {}

  /** Reads the catalog the setting names; a relative path starts at the first of `bases` (folder URIs) that holds it. */
  async load(setting: string | undefined, bases: readonly string[]): Promise<void> {
    this.setting = setting;
    this.bases = bases;
    await this.read();
  }

  private async read(): Promise<void> {
    const current = ++this.reads;
    if (!this.setting) {
      this.stopWatching();
      this.lastProblem = undefined;
      return this.events.changed(undefined);
    }
    const uri = await resolveSettingPath(this.setting, this.bases, (candidate) => this.workspace.exists(candidate));
    const file = URI.parse(uri).scheme === 'file' ? URI.parse(uri).fsPath : uri;
    this.watch(uri);
    let text: string;
    try {
      text = await this.workspace.read(uri);
    } catch (error) {
      if (current !== this.reads) return;
      this.report(unreadableCatalogMessage(file, error instanceof Error ? error.message : String(error)));
      return this.events.changed(undefined);
    }
    if (current !== this.reads) return;
    const read = readUserCatalog(file, text);
    if (read.problem) this.report(read.problem, text);
    else this.lastProblem = undefined;
    this.events.changed(read.catalog.modules.length > 0 ? read.catalog : undefined);
  }

  dispose(): void {
    this.stopWatching();
  }

  private report(message: string, text = ''): void {
    const key = `${message}\u0000${text}`;
    if (key === this.lastProblem) return;
    this.lastProblem = key;
    this.events.problem(message);
  }

  private watch(uri: string): void {
    if (this.watched === uri) return;
    this.stopWatching();
    this.watched = uri;
    this.watcher = this.workspace.watch(uri, () => void this.read());
  }

  private stopWatching(): void {
    this.watcher?.dispose();
    this.watcher = undefined;
    this.watched = undefined;
  }
}
