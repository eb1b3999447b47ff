import { bundledCourse } from '../catalog/bundledCourse';
import { noCourse, type Course } from '../catalog/course';
import { readCourseFile, unreadableCourseFile } from '../catalog/courseFile';
import { resolveSettingPath, type NotesWorkspace } from './workspace';
import { URI } from 'vscode-uri';

export interface CourseEvents {
  /** The course notes are read with now: the bundled one, the file's, or none when the file has a problem. */
  changed(course: Course, problem: string | undefined): void;
  /** One message per distinct problem: re-reading an unchanged broken file does not repeat it. */
  problem(message: string): void;
}

/** The course file of the `catalog` setting: found, read and watched through the workspace. */
export class CourseLoader {
  private watcher?: { dispose(): void };
  private watched?: string;
  private lastProblem?: string;
  private setting?: string;
  private bases: readonly string[] = [];
  /** Reads overlap (a save during a settings change): only the latest one may report. */
  private reads = 0;
  /** A read still under way when its service was dropped must neither watch nor report. */
  private disposed = false;

  constructor(
    private readonly workspace: NotesWorkspace,
    private readonly events: CourseEvents,
  ) {}

  /** Reads the course the setting names; a relative path starts at the first of `bases` (folder URIs) that holds it. */
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
      return this.events.changed(bundledCourse, undefined);
    }
    const uri = await resolveSettingPath(this.setting, this.bases, (candidate) => this.workspace.exists(candidate));
    if (this.disposed) return;
    const file = URI.parse(uri).scheme === 'file' ? URI.parse(uri).fsPath : uri;
    this.watch(uri);
    let text: string;
    try {
      text = await this.workspace.read(uri);
    } catch (error) {
      if (current !== this.reads || this.disposed) return;
      return this.broken(file, unreadableCourseFile(file, error instanceof Error ? error.message : String(error)));
    }
    if (current !== this.reads || this.disposed) return;
    const read = readCourseFile(file, text);
    if (read.problem !== undefined) return this.broken(file, read.problem, text);
    this.lastProblem = undefined;
    this.events.changed(read.course, undefined);
  }

  /** No course at all, said: never another course in its place. */
  private broken(file: string, problem: string, text = ''): void {
    const key = `${problem}\u0000${text}`;
    if (key !== this.lastProblem) this.events.problem(problem);
    this.lastProblem = key;
    this.events.changed(noCourse(file), problem);
  }

  dispose(): void {
    this.disposed = true;
    this.stopWatching();
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
