import * as vscode from 'vscode';
import type { NotesNode } from './treeNodes';
import { nodeTarget } from './treeNodes';
import { rowText } from './treeText';

export const revealRangeCommand = 'studyNotes.revealRange';

/** How a node looks (treeText.ts), and a click that reveals it in the notes. */
export function treeItem(node: NotesNode): vscode.TreeItem {
  const text = rowText(node, fileLabel);
  const item = new vscode.TreeItem(text.label, 'children' in node ? vscode.TreeItemCollapsibleState.Collapsed : vscode.TreeItemCollapsibleState.None);
  item.id = node.id;
  item.description = text.description;
  item.tooltip = tooltip(text.tooltip);
  item.accessibilityInformation = { label: text.accessibleLabel };
  item.iconPath = new vscode.ThemeIcon(text.icon.id, text.icon.color ? new vscode.ThemeColor(text.icon.color) : undefined);
  item.contextValue = contextValue(node);
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

/** Drives the context menu: `module.link` may be opened and copied, areas and levels take inserts, a module left is inserted. */
function contextValue(node: NotesNode): string {
  if (node.kind === 'module') return node.module.url ? 'module.link' : 'module';
  if (node.kind === 'moduleLeft') return node.left.inNotes ? 'moduleLeft.inNotes' : 'moduleLeft';
  if (node.kind === 'placed') return `placed.${node.how}`;
  return node.kind;
}

function revealCommand(node: NotesNode): vscode.Command | undefined {
  const target = nodeTarget(node);
  return target && { command: revealRangeCommand, title: 'Reveal in Notes', arguments: [target.uri, target.range] };
}
