import * as vscode from 'vscode';
import { formatMinutes, groupByAreaAndLevel } from './catalog';
import type { Outlines } from './outlines';
import type { CatalogModule, Range } from './protocol';

interface ModulePick extends vscode.QuickPickItem {
  module?: CatalogModule;
}

/** Which part of the catalog to offer: the tree's "insert here" narrows it to one area or level. */
export interface CatalogScope {
  area?: string;
  level?: string;
}

/** Lets the student pick a catalog module, grouped by area and level. */
export async function pickCatalogModule(outlines: Outlines, scope: CatalogScope = {}): Promise<CatalogModule | undefined> {
  const catalog = await outlines.catalog();
  const inScope = catalog.modules.filter((module) => (!scope.area || names(scope.area, module.area)) && (!scope.level || names(scope.level, module.level)));
  const items: ModulePick[] = [];
  for (const group of groupByAreaAndLevel(inScope.length > 0 ? inScope : catalog.modules)) {
    items.push({ label: `${group.area} — ${group.level}`, kind: vscode.QuickPickItemKind.Separator });
    for (const module of group.modules) items.push({ label: module.title, description: module.minutes === undefined ? undefined : formatMinutes(module.minutes), detail: module.url, module });
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Insert Module from Catalog', matchOnDescription: true, matchOnDetail: true, placeHolder: 'Module title or URL' });
  return picked?.module;
}

/** Inserts a module at the cursor of the active editor. */
export async function insertModuleAtCursor(outlines: Outlines): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return void vscode.window.showInformationMessage('Open a notes document to insert a module.');
  const module = await pickCatalogModule(outlines);
  if (module) await insertRendered(outlines, editor, module, editor.selection.active);
}

/** Inserts a module at the end of an area or level, as a block of its own. */
export async function insertModuleAtEnd(outlines: Outlines, uri: vscode.Uri, end: Range['end'], scope: CatalogScope): Promise<void> {
  const module = await pickCatalogModule(outlines, scope);
  if (!module) return;
  const editor = await vscode.window.showTextDocument(uri);
  await insertRendered(outlines, editor, module, editor.document.validatePosition(new vscode.Position(end.line, end.character)));
}

/** The server writes the module in the document's own style; the editor only places the snippet. */
async function insertRendered(outlines: Outlines, editor: vscode.TextEditor, module: CatalogModule, position: vscode.Position): Promise<void> {
  const snippet = await outlines.renderModule(editor.document.uri, module, { line: position.line, character: position.character });
  await editor.insertSnippet(new vscode.SnippetString(snippet), position);
}

/** Notes write "Area 1: cloud web apps" where the catalog says "Cloud Web Apps". */
function names(notesName: string, catalogName: string): boolean {
  return notesName.toLowerCase().includes(catalogName.toLowerCase());
}
