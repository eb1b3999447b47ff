import * as vscode from 'vscode';
import { groupByAreaAndLevel } from './catalog';
import type { Outlines } from './outlines';
import { areaModules, outlineModules } from './treeNodes';
import type { CatalogModule, OutlineModule, OutlineResult, Range } from './protocol';

interface ModulePick extends vscode.QuickPickItem {
  module?: CatalogModule;
}

/** Which part of the catalog to offer: the tree's "insert here" narrows it to one area or level. */
export interface CatalogScope {
  /** The area and level as the notes name them. */
  area?: string;
  level?: string;
  /** The catalog area the server matched the notes area with (OutlineArea.courseArea). */
  courseArea?: string;
  /** The notes the module goes into: modules they already have are marked and come last in their group. */
  outline?: OutlineResult;
}

/**
 * Lets the student pick a catalog module, grouped by area and level. The scope's modules come
 * first (`prefer`: the cursor's area and level) or alone (`only`: the tree's "insert here").
 */
export async function pickCatalogModule(outlines: Outlines, scope: CatalogScope = {}, mode: 'only' | 'prefer' = 'only'): Promise<CatalogModule | undefined> {
  const catalog = await outlines.catalog(scope.outline ? vscode.Uri.parse(scope.outline.uri) : vscode.window.activeTextEditor?.document.uri);
  const inArea = (module: CatalogModule) => !scope.area || module.area === scope.courseArea;
  const inScope = (module: CatalogModule) => inArea(module) && (!scope.level || module.level === scope.level);
  const scoped = catalog.modules.filter(inScope);
  const offered =
    mode === 'only' && scoped.length > 0
      ? scoped
      : [...scoped, ...catalog.modules.filter((module) => !inScope(module) && inArea(module)), ...catalog.modules.filter((module) => !inArea(module))];
  const inNotes = modulesInNotes(scope.outline);
  const done = (module: CatalogModule) => inNotes.has(module.title);
  const items: ModulePick[] = [];
  for (const group of groupByAreaAndLevel(offered)) {
    items.push({ label: `${group.area} — ${group.level}`, kind: vscode.QuickPickItemKind.Separator });
    const modules = [...group.modules.filter((module) => !done(module)), ...group.modules.filter(done)];
    for (const module of modules) {
      const description = done(module) ? [module.time, 'in your notes'].filter(Boolean).join(' · ') : module.time;
      items.push({ label: module.title, description, detail: module.url, module });
    }
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Insert Module from Catalog', matchOnDescription: true, matchOnDetail: true, placeHolder: 'Module title or URL' });
  return picked?.module;
}

/** Inserts a module at the cursor of the active editor. */
export async function insertModuleAtCursor(outlines: Outlines): Promise<void> {
  const editor = vscode.window.activeTextEditor;
  if (!editor) return void vscode.window.showInformationMessage('Open a notes document to insert a module.');
  const module = await pickCatalogModule(outlines, await scopeAt(outlines, editor.document.uri, editor.selection.active), 'prefer');
  if (module) await insertRendered(outlines, editor, module, editor.selection.active);
}

/**
 * The area and level the cursor is in, by the server's outline: the last ones starting above it
 * (an empty level's range is its marker line only, and the student writes below it).
 */
async function scopeAt(outlines: Outlines, uri: vscode.Uri, position: vscode.Position): Promise<CatalogScope> {
  const outline = await outlines.get(uri);
  if (!outline?.isNotes) return {};
  const startsAbove = (range: Range) => range.start.line <= position.line;
  const area = outline.areas.filter((candidate) => startsAbove(candidate.range)).at(-1);
  const level = area?.levels.filter((candidate) => startsAbove(candidate.range)).at(-1);
  return { area: area?.name, level: level?.name, courseArea: area?.courseArea, outline };
}

/** The catalog titles of the modules the notes have, as the server matched them. */
function modulesInNotes(outline: OutlineResult | undefined): Set<string> {
  if (!outline) return new Set();
  return new Set(outlineModules(outline).flatMap((module) => (module.courseTitle === undefined ? [] : [module.courseTitle])));
}

/**
 * Inserts a module at the end of an area or level, as a block of its own. A module the area or
 * level already has is shown instead of written a second time.
 */
export async function insertModuleAtEnd(outlines: Outlines, uri: vscode.Uri, end: Range['end'], scope: CatalogScope): Promise<void> {
  const outline = await outlines.get(uri);
  const module = await pickCatalogModule(outlines, { ...scope, outline: outline?.isNotes ? outline : undefined });
  if (!module) return;
  const editor = await vscode.window.showTextDocument(uri);
  // The notes may have changed while the student picked: the area or level is looked up again.
  const place = placeOf(await outlines.fresh(uri), scope);
  const written = place?.modules.find((candidate) => candidate.courseTitle === module.title);
  if (written) return showWritten(editor, written, scope);
  const at = place?.range.end ?? end;
  await insertRendered(outlines, editor, module, editor.document.validatePosition(new vscode.Position(at.line, at.character)));
}

/** The one area (or level of it) the scope names in the outline, with all the modules written in it. */
function placeOf(outline: OutlineResult | undefined, scope: CatalogScope): { range: Range; modules: OutlineModule[] } | undefined {
  const areas = outline?.isNotes ? outline.areas.filter((area) => area.name === scope.area) : [];
  if (areas.length !== 1) return undefined;
  const [area] = areas;
  if (scope.level === undefined) return { range: area.range, modules: areaModules(area) };
  const levels = area.levels.filter((level) => level.name === scope.level);
  return levels.length === 1 ? levels[0] : undefined;
}

function showWritten(editor: vscode.TextEditor, written: OutlineModule, scope: CatalogScope): void {
  const start = new vscode.Position(written.range.start.line, written.range.start.character);
  editor.selection = new vscode.Selection(start, start);
  editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  const place = scope.level ? `${scope.level} of ${scope.area}` : scope.area;
  void vscode.window.showInformationMessage(`“${written.title}” is already in ${place}: shown, not added a second time.`);
}

/** The server writes the module in the document's own style; the editor only places the snippet. */
export async function insertRendered(outlines: Outlines, editor: vscode.TextEditor, module: CatalogModule, position: vscode.Position): Promise<void> {
  const snippet = await outlines.renderModule(editor.document.uri, module, { line: position.line, character: position.character });
  await editor.insertSnippet(new vscode.SnippetString(snippet), position);
}
