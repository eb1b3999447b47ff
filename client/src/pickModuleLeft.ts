import * as vscode from 'vscode';
import { insertModuleLeft } from './insertModuleLeft';
import type { Outlines } from './outlines';
import { revealRangeCommand } from './treeItems';
import { fileNode, nodeTarget, type ModuleLeftNode } from './treeNodes';

interface LeftPick extends vscode.QuickPickItem {
  left: ModuleLeftNode;
}

/**
 * A click on an area's progress CodeLens: the modules its next level still needs, as the tree's
 * progress row lists them (the server's), the ones already in the notes marked and last. The one
 * picked is inserted where the tree's "Insert Module in Notes" puts it (its level in that area),
 * or, already in the notes, shown there.
 */
export async function pickModuleLeft(outlines: Outlines, uri: string, headingLine: number): Promise<void> {
  const lefts = await modulesLeft(outlines, uri, headingLine);
  if (lefts.length === 0) return void vscode.window.showInformationMessage('Nothing is left for the next level of this area.');
  const { area } = lefts[0];
  const items: LeftPick[] = [...lefts.filter((left) => !left.left.inNotes), ...lefts.filter((left) => left.left.inNotes)].map((left) => ({
    label: left.left.title,
    description: [left.left.time, left.left.inNotes ? 'in your notes' : left.left.logged ? 'in your time log, no notes' : undefined].filter(Boolean).join(' · '),
    detail: left.left.module.url,
    left,
  }));
  const picked = await vscode.window.showQuickPick(items, { title: `Left for ${lefts[0].level} in ${area.name}`, matchOnDescription: true, matchOnDetail: true, placeHolder: 'Module to insert' });
  if (!picked) return;
  // Only in the time log, it is still to be written: inserted, not shown where the log names it.
  const inNotes = picked.left.left.inNotes && nodeTarget(picked.left);
  await (inNotes ? vscode.commands.executeCommand(revealRangeCommand, inNotes.uri, inNotes.range) : insertModuleLeft(outlines, picked.left));
}

/** The modules left under the progress row of the notes area whose heading is on `headingLine`. */
async function modulesLeft(outlines: Outlines, uri: string, headingLine: number): Promise<ModuleLeftNode[]> {
  const outline = await outlines.get(vscode.Uri.parse(uri));
  if (!outline?.isNotes) return [];
  const area = fileNode(outline).children.find((node) => node.kind === 'area' && node.area.range.start.line === headingLine);
  const progress = area && 'children' in area ? area.children.find((node) => node.kind === 'progress') : undefined;
  return progress?.kind === 'progress' ? progress.children : [];
}
