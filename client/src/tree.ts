import * as vscode from 'vscode';
import type { Outlines } from './outlines';
import { treeItem } from './treeItems';
import { childrenOf, fileNode, nodeAt, type FileNode, type NotesNode } from './treeNodes';

export const treeViewId = 'studyNotes.tree';
/** Bounds the first scan of a large workspace; notes are a handful of files. */
const maxMarkdownFiles = 200;
/** Outlines change in bursts (many files indexed, a restart): one redraw per burst. */
const refreshDelayMs = 100;

/** Areas & Modules: the workspace's notes files, each with the outline the server computed. */
export class NotesTreeProvider implements vscode.TreeDataProvider<NotesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<NotesNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed, { dispose: () => clearTimeout(this.refreshTimer) }];
  private refreshTimer: NodeJS.Timeout | undefined;

  constructor(private readonly outlines: Outlines) {
    const watcher = vscode.workspace.createFileSystemWatcher('**/*.{md,markdown}', false, true, false);
    this.subscriptions.push(
      watcher,
      watcher.onDidCreate(() => this.refresh()),
      watcher.onDidDelete(() => this.refresh()),
      vscode.workspace.onDidOpenTextDocument((document) => document.isUntitled && this.refresh()),
      outlines.onDidChange(() => this.refresh()),
    );
  }

  refresh(): void {
    clearTimeout(this.refreshTimer);
    this.refreshTimer = setTimeout(() => this.changed.fire(undefined), refreshDelayMs);
  }

  getTreeItem(node: NotesNode): vscode.TreeItem {
    return treeItem(node);
  }

  async getChildren(node?: NotesNode): Promise<NotesNode[]> {
    if (node) return childrenOf(node);
    return this.loadFiles();
  }

  getParent(node: NotesNode): NotesNode | undefined {
    return node.parent;
  }

  /** The node under a position of a notes document; same ids as the shown nodes, so reveal finds it. */
  async nodeAt(uri: vscode.Uri, position: vscode.Position): Promise<NotesNode | undefined> {
    const outline = await this.outlines.get(uri);
    if (!outline?.isNotes) return undefined;
    return nodeAt(fileNode(outline), position.line, position.character);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async loadFiles(): Promise<FileNode[]> {
    const outlines = await Promise.all((await candidateUris()).map((uri) => this.outlines.get(uri)));
    return outlines.filter((outline) => outline?.isNotes === true).map((outline) => fileNode(outline!));
  }
}

/** Markdown files of the workspace plus unsaved Markdown editors; the server decides which are notes. */
async function candidateUris(): Promise<vscode.Uri[]> {
  const onDisk = await vscode.workspace.findFiles('**/*.{md,markdown}', '**/node_modules/**', maxMarkdownFiles);
  const untitled = vscode.workspace.textDocuments.filter((document) => document.isUntitled && document.languageId === 'markdown').map((document) => document.uri);
  const byKey = new Map([...onDisk, ...untitled].map((uri) => [uri.toString(), uri]));
  return [...byKey.values()].sort((a, b) => a.path.localeCompare(b.path));
}
