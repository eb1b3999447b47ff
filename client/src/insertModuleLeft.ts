import * as vscode from 'vscode';
import { insertRendered } from './insertModule';
import type { Outlines } from './outlines';
import type { Range } from './protocol';
import type { ModuleLeftNode } from './treeNodes';

/**
 * Inserts a module the course still requires where the notes keep its level: the notes level the
 * catalog files it under ("Capstone"), else the level that requires it ("Advanced"),
 * else the end of the area.
 */
export async function insertModuleLeft(outlines: Outlines, node: ModuleLeftNode): Promise<void> {
  const { left, level } = node;
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(node.uri));
  // The node's outline may be older than the text (the student picked, or had just typed): the area is looked up again.
  const area = (await outlines.fresh(editor.document.uri))?.areas.find((candidate) => candidate.name === node.area.name) ?? node.area;
  const home = area.levels.find((candidate) => candidate.name === left.module.level) ?? area.levels.find((candidate) => candidate.name === level);
  const end: Range['end'] = (home ?? area).range.end;
  await insertRendered(outlines, editor, left.module, editor.document.validatePosition(new vscode.Position(end.line, end.character)));
}
