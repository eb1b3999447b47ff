import { URI, Utils } from 'vscode-uri';
import type { Course } from '../catalog/course';
import { courseProgress } from '../course/progress';
import type { NotesSummary } from '../course/studentNotes';
import type { NotesDocument } from '../document/notesDocument';
import type { WorkspaceIndex } from './workspaceIndex';
import type { StudentView } from '../document/studentView';
import { pathBelowFolders } from './insideFolders';
import type { NotesWorkspace } from './workspace';

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
    private readonly workspaceRead: () => boolean,
  ) {}

  of(document: NotesDocument, isNotes: boolean, course: Course): StudentView {
    const folder = studentFolderOf(document.uri, this.folders());
    const path = folder.inWorkspace ? pathIn(folder.uri, document.uri) : Utils.basename(URI.parse(document.uri));
    const key = `${this.index.version}\u0000${this.index.summariesVersion}\u0000${document.uri}\u0000${document.version}\u0000${isNotes}\u0000${this.workspaceRead()}`;
    const known = this.computed.get(folder.uri);
    if (known?.key === key && known.course === course) return known.view;
    const files = folder.inWorkspace ? this.index.summariesUnder(folder.uri, (uri) => pathIn(folder.uri, uri)) : new Map<string, NotesSummary>();
    files.set(document.uri, this.index.summaryOfVersion(document, path, isNotes));
    const root = URI.parse(folder.uri);
    const view = { progress: courseProgress([...files.values()], course), file: path, uriOf: (file: string) => Utils.joinPath(root, file).toString(), whole: folder.inWorkspace && this.workspaceRead() };
    // Folders a session touches are few; one entry each, replaced as their files change.
    this.computed.set(folder.uri, { key, view, course });
    return view;
  }
}

/** A file's path in its student's folder, as their links name it. */
function pathIn(folder: string, uri: string): string {
  return pathBelowFolders(uri, [folder])?.join('/') ?? '';
}

/** How deep below a workspace folder a student's clone is looked for: `class/bob/`, `course/class/bob/`. */
const cloneDepth = 3;

/**
 * `class/bob/`, `class/carla/`, each a git repository of its own, in a TA's class folder: each is a
 * student, as the command line takes a class folder's folders (a student's notes in a folder of
 * their own repository stay theirs). Only folders that hold Markdown files are asked, and only where
 * git runs: a browser's workspace shows no `.git`, and none is a clone there.
 */
export async function clonesAmong(files: readonly string[], workspace: Pick<NotesWorkspace, 'folders' | 'exists' | 'history'>): Promise<string[]> {
  if (!workspace.history) return [];
  const holding = new Set<string>();
  for (const file of files) {
    for (const folder of workspace.folders) {
      const below = pathBelowFolders(file, [folder]) ?? [];
      for (let depth = 1; depth < below.length && depth <= cloneDepth; depth++) holding.add(Utils.joinPath(URI.parse(folder), ...below.slice(0, depth)).toString());
    }
  }
  const found = await Promise.all([...holding].map(async (folder) => ((await workspace.exists(Utils.joinPath(URI.parse(folder), '.git').toString())) ? folder : undefined)));
  return found.filter((folder): folder is string => folder !== undefined);
}

/** The student's folder of a file: the workspace folder holding it (the innermost), or the file's own folder outside every workspace folder. */
export function studentFolderOf(uri: string, folders: readonly string[]): { uri: string; inWorkspace: boolean } {
  const holding = folders.filter((folder) => uri.startsWith(folder.endsWith('/') ? folder : `${folder}/`)).sort((a, b) => b.length - a.length)[0];
  return holding ? { uri: holding, inWorkspace: true } : { uri: Utils.dirname(URI.parse(uri)).toString(), inWorkspace: false };
}
