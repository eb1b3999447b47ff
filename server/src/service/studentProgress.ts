import { URI, Utils } from 'vscode-uri';
import type { Course } from '../catalog/course';
import { courseProgress } from '../course/progress';
import type { NotesSummary } from '../course/studentNotes';
import type { NotesDocument } from '../document/notesDocument';
import type { WorkspaceIndex } from './workspaceIndex';
import type { StudentView } from '../document/studentView';

/**
 * Progress is the student's, not one file's: in the editor the student is the workspace folder, and
 * a module done in Round2.md or in a page of notes the README links to counts on the README too.
 * Computed once per state of the student's files and course, for every view of every file.
 */
export class StudentProgress {
  private readonly computed = new Map<string, { key: string; course: Course; view: StudentView }>();

  constructor(
    private readonly index: WorkspaceIndex,
    private readonly folders: () => readonly string[],
  ) {}

  of(document: NotesDocument, isNotes: boolean, course: Course): StudentView {
    const folder = studentFolderOf(document.uri, this.folders());
    const path = folder.inWorkspace ? (document.path ?? '') : Utils.basename(URI.parse(document.uri));
    const key = `${this.index.version}\u0000${this.index.summariesVersion}\u0000${document.uri}\u0000${document.version}\u0000${isNotes}`;
    const known = this.computed.get(folder.uri);
    if (known?.key === key && known.course === course) return known.view;
    const files = folder.inWorkspace ? this.index.summariesUnder(folder.uri) : new Map<string, NotesSummary>();
    files.set(document.uri, this.index.summaryOfVersion(document, path, isNotes));
    const root = URI.parse(folder.uri);
    const view = { progress: courseProgress([...files.values()], course), file: path, uriOf: (file: string) => Utils.joinPath(root, file).toString() };
    // Folders a session touches are few; one entry each, replaced as their files change.
    this.computed.set(folder.uri, { key, view, course });
    return view;
  }
}

/** The student's folder of a file: the workspace folder holding it (the innermost), or the file's own folder outside every workspace folder. */
export function studentFolderOf(uri: string, folders: readonly string[]): { uri: string; inWorkspace: boolean } {
  const holding = folders.filter((folder) => uri.startsWith(folder.endsWith('/') ? folder : `${folder}/`)).sort((a, b) => b.length - a.length)[0];
  return holding ? { uri: holding, inWorkspace: true } : { uri: Utils.dirname(URI.parse(uri)).toString(), inWorkspace: false };
}
