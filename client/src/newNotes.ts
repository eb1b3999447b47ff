import * as vscode from 'vscode';
import { groupByAreaAndLevel } from './catalog';
import type { Outlines } from './outlines';
import type { CatalogModule } from './protocol';

/** Opens an unsaved notes document laid out like the course: title, intro, areas and their levels. */
export async function newNotesDocument(outlines: Outlines): Promise<void> {
  const title = await vscode.window.showInputBox({ title: 'New Study Notes', prompt: 'Title of the notes', value: 'Study Notes' });
  if (title === undefined) return;
  const catalog = await outlines.catalog();
  const document = await vscode.workspace.openTextDocument({ language: 'markdown', content: notesTemplate(title, catalog.modules) });
  await vscode.window.showTextDocument(document);
}

export function notesTemplate(title: string, modules: readonly CatalogModule[]): string {
  const lines = [`# ${title}`, 'What I did in each module of the course, what I learned, and how long it took.', ''];
  let area = '';
  let areaNumber = 0;
  for (const group of groupByAreaAndLevel(modules)) {
    if (group.area !== area) {
      area = group.area;
      lines.push(`## Area ${++areaNumber}: ${area}`, '');
    }
    lines.push(`> ${group.level} Level`, '');
  }
  return lines.join('\n');
}
