import * as vscode from 'vscode';
import type { Session, TimerState } from './studyTimer';

/** What the study timer keeps for a workspace, across window reloads and crashes. */
export interface TimerRecord {
  timer?: TimerState;
  sessions: Session[];
  /** The student's answer to "add to the time written, or replace it?", asked once. */
  writtenTime?: 'add' | 'replace';
}

const fileName = 'study-timer.json';
const mementoKey = 'studyNotes.timer';

/**
 * The record in a file of the workspace's storage (`storageUri`), written on each change: a file
 * written at once outlives a crash of the window, which VS Code's state database, flushed now and
 * then, may not. A window without a folder has no such storage: its memento stands in.
 */
export class TimerStore {
  private writing: Promise<void> = Promise.resolve();

  constructor(
    private readonly storage: vscode.Uri | undefined,
    private readonly memento: vscode.Memento,
    private readonly log: vscode.LogOutputChannel,
  ) {}

  async read(): Promise<TimerRecord> {
    const empty: TimerRecord = { sessions: [] };
    if (!this.storage) return this.memento.get<TimerRecord>(mementoKey) ?? empty;
    try {
      const record = JSON.parse(new TextDecoder().decode(await vscode.workspace.fs.readFile(this.file(this.storage)))) as TimerRecord;
      return { ...record, sessions: Array.isArray(record.sessions) ? record.sessions : [] };
    } catch (error) {
      if (!(error instanceof vscode.FileSystemError && error.code === 'FileNotFound')) this.log.warn(`The study timer's record could not be read, it starts empty: ${error instanceof Error ? error.message : String(error)}`);
      return empty;
    }
  }

  /** Writes in the order asked: a slow write never lands after a newer one. */
  write(record: TimerRecord): Promise<void> {
    const text = JSON.stringify(record);
    this.writing = this.writing.then(() => this.save(text)).catch((error: unknown) => this.log.error(`The study timer's record could not be saved: ${error instanceof Error ? error.message : String(error)}`));
    return this.writing;
  }

  private async save(text: string): Promise<void> {
    if (!this.storage) return this.memento.update(mementoKey, JSON.parse(text));
    await vscode.workspace.fs.createDirectory(this.storage);
    await vscode.workspace.fs.writeFile(this.file(this.storage), new TextEncoder().encode(text));
  }

  private file(storage: vscode.Uri): vscode.Uri {
    return vscode.Uri.joinPath(storage, fileName);
  }
}
