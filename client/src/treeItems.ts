import * as vscode from 'vscode';
import { formatMinutes } from './catalog';
import type { NotesNode } from './treeNodes';
import { childrenOf, nodeRange } from './treeNodes';

export const revealRangeCommand = 'studyNotes.revealRange';

/** How a node looks: label, time as description, icon by kind, and a tooltip with the totals. */
export function treeItem(node: NotesNode): vscode.TreeItem {
  const item = new vscode.TreeItem(label(node), node.kind === 'module' ? vscode.TreeItemCollapsibleState.None : vscode.TreeItemCollapsibleState.Collapsed);
  item.id = node.id;
  item.description = description(node);
  item.tooltip = tooltip(node);
  item.iconPath = icon(node);
  item.contextValue = contextValue(node);
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
      return node.module.title;
  }
}

function description(node: NotesNode): string {
  switch (node.kind) {
    case 'file':
      return total(node.outline.totalMinutes, node.outline.modulesWithoutEstimate);
    case 'area':
      return total(node.area.totalMinutes, modulesWithoutEstimate(node));
    case 'level':
      return total(node.level.totalMinutes, modulesWithoutEstimate(node));
    case 'module':
      return node.module.time ?? 'no estimate';
  }
}

/** "0 min" would read as "done in no time" where no module has an estimate yet. */
function total(minutes: number, withoutEstimate: number): string {
  return minutes === 0 && withoutEstimate > 0 ? 'no estimates' : formatMinutes(minutes);
}

function modulesWithoutEstimate(node: NotesNode): number {
  if (node.kind === 'module') return node.module.hasEstimate ? 0 : 1;
  return childrenOf(node).reduce((sum, child) => sum + modulesWithoutEstimate(child), 0);
}

/** Workspace-relative path of a file; an untitled document's name. */
export function fileLabel(uri: string): string {
  const parsed = vscode.Uri.parse(uri);
  return parsed.scheme === 'untitled' ? parsed.path : vscode.workspace.asRelativePath(parsed);
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
  }
}

/** Drives the context menu: `module.link` may be opened and copied, areas and levels take inserts. */
function contextValue(node: NotesNode): string {
  if (node.kind === 'module') return node.module.url ? 'module.link' : 'module';
  return node.kind;
}

function revealCommand(node: NotesNode): vscode.Command | undefined {
  const range = nodeRange(node);
  if (!range) return undefined;
  return { command: revealRangeCommand, title: 'Reveal in Notes', arguments: [node.uri, range] };
}
