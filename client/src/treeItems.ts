import * as vscode from 'vscode';
import type { Timing } from './timerController';
import type { NotesNode } from './treeNodes';
import { childrenOf, nodeRange } from './treeNodes';

export const revealRangeCommand = 'studyNotes.revealRange';

/** How a node looks: label, time as description, icon by kind, and a tooltip with the totals; a module timed says its minutes. */
export function treeItem(node: NotesNode, timing?: Timing): vscode.TreeItem {
  const collapsible = node.kind === 'module' || node.kind === 'moduleLeft' ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed;
  const item = new vscode.TreeItem(label(node), collapsible);
  item.id = node.id;
  item.description = timing ? `${timing.running ? 'timing' : 'paused'}: ${timing.minutes} min` : description(node);
  item.tooltip = tooltip(node);
  // The icon shows in the narrowest side bar, where the description is cut.
  item.iconPath = timing ? new vscode.ThemeIcon(timing.running ? 'watch' : 'debug-pause', new vscode.ThemeColor('charts.blue')) : icon(node);
  item.contextValue = contextValue(node, timing);
  item.resourceUri = node.kind === 'file' ? vscode.Uri.parse(node.uri) : undefined;
  item.command = revealCommand(node);
  return item;
}

function label(node: NotesNode): string {
  switch (node.kind) {
    case 'file':
      // The path, not the title: students' notes all start "# Distributed Systems Practice".
      return fileLabel(node.uri);
    case 'area':
      return node.area.name;
    case 'level':
      return node.level.name;
    case 'module':
      // The time first: a narrow side bar cuts the end of a row, and the time is what the row is for.
      return `${node.module.time ?? 'no estimate'} · ${node.module.title}`;
    case 'progress':
      return node.progress.levelCounts;
    case 'moduleLeft':
      return node.left.title;
  }
}

function description(node: NotesNode): string | undefined {
  switch (node.kind) {
    case 'file':
      return total(node.outline, node.outline.modulesWithoutEstimate);
    case 'area':
      return total(node.area, modulesWithoutEstimate(node));
    case 'level':
      return total(node.level, modulesWithoutEstimate(node));
    case 'module':
      return undefined;
    case 'progress':
      return node.progress.timeLeft;
    case 'moduleLeft':
      return node.left.inNotes ? 'no notes yet' : node.left.time;
  }
}

/** "0 min" would read as "done in no time" where no module has an estimate yet. */
function total({ totalMinutes, time }: { totalMinutes: number; time: string }, withoutEstimate: number): string {
  return totalMinutes === 0 && withoutEstimate > 0 ? 'no estimates' : time;
}

function modulesWithoutEstimate(node: NotesNode): number {
  if (node.kind === 'module') return node.module.hasEstimate ? 0 : 1;
  return childrenOf(node).reduce((sum, child) => sum + modulesWithoutEstimate(child), 0);
}

/** Workspace-relative path of a file; an untitled document's name ("Untitled-1", or the README.md New Notes proposes). */
export function fileLabel(uri: string): string {
  const parsed = vscode.Uri.parse(uri);
  return vscode.workspace.asRelativePath(parsed.scheme === 'untitled' ? parsed.with({ scheme: 'file' }) : parsed);
}

function tooltip(node: NotesNode): vscode.MarkdownString {
  const text = new vscode.MarkdownString();
  text.appendText(label(node));
  switch (node.kind) {
    case 'file':
      if (node.outline.title) text.appendMarkdown('\n\n').appendText(node.outline.title);
      text.appendMarkdown('\n\n').appendText(node.outline.summary);
      break;
    case 'area':
      text.appendMarkdown('\n\n').appendText(node.area.summary);
      break;
    case 'level':
      text.appendMarkdown('\n\n').appendText(node.level.summary);
      break;
    case 'module':
      if (node.module.url) text.appendMarkdown('\n\n').appendText(node.module.url);
      text.appendMarkdown('\n\n').appendText(node.module.time ?? 'No time estimate');
      break;
    case 'progress':
      text.appendMarkdown('\n\n').appendText(node.progress.reached ? `${node.progress.reached} reached in ${node.progress.area}` : `No level of ${node.progress.area} reached yet`);
      if (node.progress.nextLevel) text.appendMarkdown('\n\n').appendText(`Left for ${node.progress.nextLevel}: ${node.children.length} ${node.children.length === 1 ? 'module' : 'modules'}${node.progress.timeLeft ? `, ${node.progress.timeLeft}` : ''}`);
      break;
    case 'moduleLeft':
      text.appendMarkdown('\n\n').appendText(`Required for ${node.level}${node.left.time ? ` (${node.left.time} at the course's estimate)` : ''}`);
      text.appendMarkdown('\n\n').appendText(node.left.inNotes ? 'In your notes, with no notes under it yet' : 'Not in your notes yet: Insert Module adds it');
      if (node.left.module.url) text.appendMarkdown('\n\n').appendText(node.left.module.url);
      break;
  }
  return text;
}

function icon(node: NotesNode): vscode.ThemeIcon {
  switch (node.kind) {
    case 'file':
      return new vscode.ThemeIcon('notebook');
    case 'area':
      return new vscode.ThemeIcon('library');
    case 'level':
      return new vscode.ThemeIcon('layers');
    case 'module':
      return node.module.hasEstimate ? new vscode.ThemeIcon('book') : new vscode.ThemeIcon('warning', new vscode.ThemeColor('list.warningForeground'));
    case 'progress':
      return node.progress.nextLevel ? new vscode.ThemeIcon('checklist') : new vscode.ThemeIcon('pass-filled', new vscode.ThemeColor('testing.iconPassed'));
    case 'moduleLeft':
      return new vscode.ThemeIcon(node.left.inNotes ? 'circle-large-filled' : 'circle-large-outline');
  }
}

/**
 * Drives the context menu: `module.link` may be opened and copied, a module is timed (`.running`,
 * `.paused` while it is), areas and levels take inserts, a module left is inserted.
 */
function contextValue(node: NotesNode, timing: Timing | undefined): string {
  if (node.kind === 'module') return `module${node.module.url ? '.link' : ''}${timing ? (timing.running ? '.running' : '.paused') : ''}`;
  if (node.kind === 'moduleLeft') return node.left.inNotes ? 'moduleLeft.inNotes' : 'moduleLeft';
  return node.kind;
}

function revealCommand(node: NotesNode): vscode.Command | undefined {
  const range = node.kind === 'moduleLeft' ? node.left.inNotes : nodeRange(node);
  if (!range) return undefined;
  return { command: revealRangeCommand, title: 'Reveal in Notes', arguments: [node.uri, range] };
}
