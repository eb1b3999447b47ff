import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { formatMinutes } from '../model/timeEstimate';
import type { Module, Range } from '../model/types';
import { areaName } from './diagnostics';
import { isNotesDocument, type NotesDocument } from './notesDocument';
import type { StudyNotesSettings } from './settings';
import { moduleTime, summaryOfModules } from './timeTotals';

/** On an estimate: the totals it counts towards; on a module title: what the course catalog says. */
export function hover(document: NotesDocument, position: Position, settings: Pick<StudyNotesSettings, 'notesFiles'>): Hover | null {
  if (!isNotesDocument(document, settings)) return null;
  for (const module of document.model.modules) {
    if (module.estimate && contains(module.estimate.range, position)) return estimateHover(document, module, module.estimate.range);
    if (contains(module.titleRange, position)) return catalogHover(document, module);
  }
  return null;
}

function estimateHover(document: NotesDocument, module: Module, range: Range): Hover {
  const lines = [`**${module.title}**: ${moduleTime(module) ?? 'no readable estimate'}`];
  const level = document.model.levels.find((candidate) => candidate.modules.includes(module));
  if (level) lines.push(`Level ${level.name}: ${summaryOfModules(level.modules)}`);
  const area = module.areaIndex !== undefined ? document.model.areas[module.areaIndex] : undefined;
  if (area) lines.push(`${areaName(area)}: ${summaryOfModules(area.modules)}`);
  lines.push(`All notes: ${summaryOfModules(document.model.modules)}`);
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('  \n') }, range };
}

function catalogHover(document: NotesDocument, module: Module): Hover | null {
  const entry = document.catalog.find(module.title, module.url);
  if (!entry) return null;
  const lines = [`**${entry.title}** (course catalog)`, `${entry.area}, ${entry.level}`];
  if (entry.minutes !== undefined) lines.push(`Suggested time: ${formatMinutes({ min: entry.minutes, max: entry.minutes })}`);
  if (entry.url) lines.push(entry.url);
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('  \n') }, range: module.titleRange };
}

function contains(range: Range, position: Position): boolean {
  const afterStart = position.line > range.start.line || (position.line === range.start.line && position.character >= range.start.character);
  const beforeEnd = position.line < range.end.line || (position.line === range.end.line && position.character <= range.end.character);
  return afterStart && beforeEnd;
}
