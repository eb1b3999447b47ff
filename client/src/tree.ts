import * as vscode from 'vscode';
import type { Outlines } from './outlines';
import type { Timing } from './timerController';
import { treeItem } from './treeItems';
import { markdownFileGlob } from './protocol';
import { childrenOf, fileNode, nodeAt, type FileNode, type NotesNode } from './treeNodes';

export const treeViewId = 'studyNotes.tree';
/** Bounds the first scan of a large workspace; notes are a handful of files. */
const maxMarkdownFiles = 200;
/** Outlines change in bursts (many files indexed, a restart): one redraw per burst. */
const refreshDelayMs = 100;
/**
 * VS Code's extension host passes a change on at once, unless one came in the 200 ms before: then
 * only 200 ms after the last (ExtHostTreeView's debounce). Tellings this far apart are each passed on
 * at once, so a fetch begun after a telling is the fetch of it (treeLostRows.ts counts on that).
 */
const tellingsApartMs = 250;

/** The study timer as the tree shows it on the module timed. */
export interface ModuleTimings {
  timingOf(module: { uri: string; title: string }): Timing | undefined;
  readonly onDidChange: vscode.Event<void>;
}

/** Areas & Modules: the workspace's notes files, each with the outline the server computed. */
export class NotesTreeProvider implements vscode.TreeDataProvider<NotesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<NotesNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly loaded = new vscode.EventEmitter<void>();
  /** Fires when the tree has fetched its files anew: nodes from before are gone from the view. */
  readonly onDidLoad = this.loaded.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed, this.loaded, { dispose: () => clearTimeout(this.refreshTimer) }];
  private refreshTimer: NodeJS.Timeout | undefined;
  /** The file nodes the view shows: the very objects it was given, so that reveal finds them. */
  private roots: FileNode[] = [];
  private loading = 0;
  /** Loads begun: a load overtaken by a newer one is not what the view holds. */
  private loads = 0;
  /** The view was told the tree changed and has not fetched it yet: what it held is forgotten. */
  private told = false;
  private toldAt = 0;
  /**
   * Rows whose children the view asked for (rows are new objects on each load, so this is per load);
   * what the extension host asks to find a row being revealed is not the view asking, see reveal.
   */
  private readonly asked = new WeakSet<NotesNode>();
  /** Rows above a row being revealed, with how many reveals are under way below them. */
  private readonly revealing = new Map<NotesNode, number>();
  /** Markdown files found on disk, kept until a file is created or deleted (not searched on each edit). */
  private onDisk: Promise<vscode.Uri[]> | undefined;

  constructor(
    private readonly outlines: Outlines,
    private readonly timings: ModuleTimings,
  ) {
    const watcher = vscode.workspace.createFileSystemWatcher(markdownFileGlob, false, true, false);
    const filesChanged = () => {
      this.onDisk = undefined;
      this.refresh();
    };
    const untitledChanged = (document: vscode.TextDocument) => document.isUntitled && this.refresh();
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(filesChanged),
      watcher.onDidDelete(filesChanged),
      vscode.workspace.onDidChangeWorkspaceFolders(filesChanged),
      vscode.workspace.onDidOpenTextDocument(untitledChanged),
      vscode.workspace.onDidCloseTextDocument(untitledChanged),
      outlines.onDidChange(() => this.refresh()),
      timings.onDidChange(() => this.refresh()),
    );
  }

  refresh(): void {
    clearTimeout(this.refreshTimer);
    const delay = Math.max(refreshDelayMs, this.toldAt + tellingsApartMs - Date.now());
    this.refreshTimer = setTimeout(() => {
      this.refreshTimer = undefined;
      this.toldAt = Date.now();
      this.told = true;
      this.changed.fire(undefined);
    }, delay);
  }

  /** A refresh is on its way or the files are being fetched: the nodes at hand are about to be replaced. */
  get isRefreshing(): boolean {
    return this.refreshTimer !== undefined || this.told || this.loading > 0;
  }

  /** The view was told the tree changed and has not fetched it since: no telling is pending and no load is running. */
  get awaitsFetch(): boolean {
    return this.told && this.refreshTimer === undefined && this.loading === 0;
  }

  getTreeItem(node: NotesNode): vscode.TreeItem {
    return treeItem(node, node.kind === 'module' ? this.timings.timingOf({ uri: node.uri, title: node.module.title }) : undefined);
  }

  async getChildren(node?: NotesNode): Promise<NotesNode[]> {
    if (node) {
      if (!this.revealing.has(node)) this.asked.add(node);
      return childrenOf(node);
    }
    this.told = false;
    const load = ++this.loads;
    this.loading++;
    try {
      const files = await this.loadFiles();
      if (load === this.loads) this.roots = files;
      return files;
    } finally {
      this.loading--;
      if (load === this.loads) this.loaded.fire();
    }
  }

  /**
   * A row VS Code opened. One above a row being revealed is opened by the reveal, and VS Code takes
   * its children from what the extension host fetched to find that row: they were asked. (A row VS
   * Code lost is open already: the reveal opens nothing there, and it still looks lost.)
   */
  opened(node: NotesNode): void {
    if (this.revealing.has(node)) this.asked.add(node);
  }

  /**
   * Reveals a row. To find it, the extension host asks for the children of the rows above it when it
   * holds none: rows the view may have lost (treeLostRows.ts), which must still look lost after it.
   */
  async reveal(treeView: vscode.TreeView<NotesNode>, node: NotesNode, options: { select: boolean; focus: boolean; expand?: number }): Promise<void> {
    const above: NotesNode[] = [];
    for (let row = node.parent; row; row = row.parent) above.push(row);
    for (const row of above) this.revealing.set(row, (this.revealing.get(row) ?? 0) + 1);
    try {
      await treeView.reveal(node, options);
    } finally {
      for (const row of above) {
        const under = (this.revealing.get(row) ?? 1) - 1;
        if (under > 0) this.revealing.set(row, under);
        else this.revealing.delete(row);
      }
    }
  }

  /** The rows the view holds that `open` names, under rows it names too, whose children the view has not asked for. */
  openRowsNotAsked(open: ReadonlySet<string>): NotesNode[] {
    const notAsked: NotesNode[] = [];
    const visit = (node: NotesNode): void => {
      if (!('children' in node) || !open.has(node.id)) return;
      if (!this.asked.has(node)) return void notAsked.push(node);
      for (const child of node.children) visit(child);
    };
    this.roots.forEach(visit);
    return notAsked;
  }

  getParent(node: NotesNode): NotesNode | undefined {
    return node.parent;
  }

  /** The files the view shows now (for tests and the commands of the view). */
  get files(): readonly FileNode[] {
    return this.roots;
  }

  /**
   * The shown node under a position of a notes document: one of the objects the view holds, never a
   * copy, so that revealing it cannot make the view fetch (and register) the same ids twice.
   */
  shownNodeAt(uri: vscode.Uri, position: vscode.Position): NotesNode | undefined {
    const file = this.roots.find((root) => root.uri === uri.toString());
    return file && nodeAt(file, position.line, position.character);
  }

  /** The node under a position, from the document's current outline (shown in the view or not). */
  async nodeAt(uri: vscode.Uri, position: vscode.Position): Promise<NotesNode | undefined> {
    const outline = await this.outlines.get(uri);
    if (!outline?.isNotes) return undefined;
    return nodeAt(fileNode(outline), position.line, position.character);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async loadFiles(): Promise<FileNode[]> {
    this.onDisk ??= findMarkdownFiles();
    const onDisk = await this.onDisk.catch(() => []);
    const outlines = await Promise.all(candidateUris(onDisk).map((uri) => this.outlines.get(uri)));
    return outlines.filter((outline) => outline?.isNotes === true).map((outline) => fileNode(outline!));
  }
}

function findMarkdownFiles(): Promise<vscode.Uri[]> {
  return Promise.resolve(vscode.workspace.findFiles(markdownFileGlob, '**/node_modules/**', maxMarkdownFiles));
}

/** Markdown files of the workspace plus unsaved Markdown editors; the server decides which are notes. */
function candidateUris(onDisk: readonly vscode.Uri[]): vscode.Uri[] {
  const untitled = vscode.workspace.textDocuments.filter((document) => document.isUntitled && document.languageId === 'markdown').map((document) => document.uri);
  const byKey = new Map([...onDisk, ...untitled].map((uri) => [uri.toString(), uri]));
  return [...byKey.values()].sort((a, b) => a.path.localeCompare(b.path));
}
