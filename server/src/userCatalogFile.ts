// The user's catalog file (`studyNotes.catalog`): found, read and watched here, in node; what it
// says is read by the pure service (service/userCatalog.ts).
import { watch, type FSWatcher } from 'node:fs';
import { access, readFile } from 'node:fs/promises';
import path from 'node:path';
import { readUserCatalog, unreadableCatalogMessage, type UserCatalog } from './service/userCatalog';

export interface UserCatalogEvents {
  /** The catalog to merge, or undefined when there is none (no setting, unreadable, untrusted). */
  changed(catalog: UserCatalog | undefined): void;
  /** One message per distinct problem: re-reading an unchanged broken file does not repeat it. */
  problem(message: string): void;
}

/** Editors save by writing a temporary file and renaming it: a burst of events per save. */
const settleMs = 100;

export class UserCatalogFile {
  private watcher?: FSWatcher;
  private watched?: string;
  private timer?: NodeJS.Timeout;
  private lastProblem?: string;
  private setting?: string;
  private bases: readonly string[] = [];
  /** Reads overlap (a save during a settings change): only the latest one may report. */
  private reads = 0;

  constructor(private readonly events: UserCatalogEvents) {}

  /**
   * Reads the catalog the setting names; a relative path starts at the first of `bases` (the
   * workspace folders, then the open notes files' folders) that holds it.
   */
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
    const file = await resolveCatalogPath(this.setting, this.bases);
    this.watch(file);
    let text: string;
    try {
      text = await readFile(file, 'utf8');
    } catch (error) {
      if (current !== this.reads) return;
      this.report(unreadableCatalogMessage(file, (error as NodeJS.ErrnoException).code === 'ENOENT' ? 'no such file' : String(error)));
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

  /** The folder is watched, not the file: a save that replaces the file would end a file watch. */
  private watch(file: string): void {
    if (this.watched === file) return;
    this.stopWatching();
    this.watched = file;
    try {
      this.watcher = watch(path.dirname(file), (_event, name) => {
        if (name !== null && name !== path.basename(file)) return;
        clearTimeout(this.timer);
        this.timer = setTimeout(() => void this.read(), settleMs);
      });
      this.watcher.on('error', () => this.stopWatching());
    } catch {
      // A folder that does not exist yet cannot be watched; the next settings change reads again.
      this.watcher = undefined;
    }
  }

  private stopWatching(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
    this.watcher = undefined;
    this.watched = undefined;
  }
}

async function resolveCatalogPath(setting: string, bases: readonly string[]): Promise<string> {
  if (path.isAbsolute(setting) || bases.length === 0) return path.resolve(setting);
  for (const base of bases) {
    const candidate = path.resolve(base, setting);
    if (await access(candidate).then(() => true, () => false)) return candidate;
  }
  return path.resolve(bases[0], setting);
}
