import * as vscode from 'vscode';
import type { Timing } from './timerController';
import type { NotesNode } from './treeNodes';
import { nodeTarget } from './treeNodes';
import { rowText } from './treeText';

export const revealRangeCommand = 'studyNotes.revealRange';

/** How a node looks (treeText.ts), and a click that reveals it in the notes; a module timed says its minutes. */
export function treeItem(node: NotesNode, timing?: Timing): vscode.TreeItem {
  const text = rowText(node, fileLabel);
  const item = new vscode.TreeItem(text.label, 'children' in node ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = timing ? `${timing.running ? 'timing' : 'paused'}: ${timing.minutes} min` : text.description;
  item.tooltip = tooltip(text.tooltip);
  item.accessibilityInformation = { label: timing ? `${text.accessibleLabel}, ${timing.running ? 'timing' : 'paused'} at ${timing.minutes} minutes` : text.accessibleLabel };
  // The icon shows in the narrowest side bar, where the description is cut.
  item.iconPath = timing ? new vscode.ThemeIcon(timing.running ? 'watch' : 'debug-pause', new vscode.ThemeColor('charts.blue')) : new vscode.ThemeIcon(text.icon.id, text.icon.color ? new vscode.ThemeColor(text.icon.color) : undefined);
  item.contextValue = contextValue(node, timing);
  item.resourceUri = node.kind === 'file' ? vscode.Uri.parse(node.uri) : undefined;
  item.command = revealCommand(node);
  return item;
}

/** Workspace-relative path of a file; an untitled document's name ("Untitled-1", or the README.md New Notes proposes). */
export function fileLabel(uri: string): string {
  const parsed = vscode.Uri.parse(uri);
  return vscode.workspace.asRelativePath(parsed.scheme === 'untitled' ? parsed.with({ scheme: 'file' }) : parsed);
}

function tooltip(paragraphs: readonly string[]): vscode.MarkdownString {
  const text = new vscode.MarkdownString();
  paragraphs.forEach((paragraph, index) => (index === 0 ? text : text.appendMarkdown('\n\n')).appendText(paragraph));
  return text;
}

/**
 * Drives the context menu: `module.link` may be opened and copied, a module is timed (`.running`,
 * `.paused` while it is), areas and levels take inserts, a module left is inserted.
 */
function contextValue(node: NotesNode, timing: Timing | undefined): string {
  if (node.kind === 'module') return `module${node.module.url ? '.link' : ''}${timing ? (timing.running ? '.running' : '.paused') : ''}`;
  if (node.kind === 'moduleLeft') return node.left.inNotes ? 'moduleLeft.inNotes' : 'moduleLeft';
  if (node.kind === 'placed') return `placed.${node.how}`;
  return node.kind;
}

function revealCommand(node: NotesNode): vscode.Command | undefined {
  const target = nodeTarget(node);
  return target && { command: revealRangeCommand, title: 'Reveal in Notes', arguments: [target.uri, target.range] };
}
