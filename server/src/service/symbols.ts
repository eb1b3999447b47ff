import { DocumentSymbol, SymbolKind, type Range } from 'vscode-languageserver-types';
import type { Area, Level, Module } from '../model/types';
import { areaName } from './diagnostics';
import { isNotesDocument, type NotesDocument } from './notesDocument';
import type { StudyNotesSettings } from './settings';
import { moduleTime, summaryOfModules } from './timeTotals';

/** Areas, levels and modules as the editor's outline; top-level modules come before the areas. */
export function documentSymbols(document: NotesDocument, settings: Pick<StudyNotesSettings, 'notesFiles'>): DocumentSymbol[] {
  if (!isNotesDocument(document, settings)) return [];
  const { model } = document;
  const looseLevels = model.levels.filter((level) => level.areaIndex === undefined);
  const leveled = new Set(looseLevels.flatMap((level) => level.modules));
  const looseModules = model.modules.filter((module) => module.areaIndex === undefined && !leveled.has(module));
  return [...looseModules.map(moduleSymbol), ...looseLevels.map(levelSymbol), ...model.areas.map(areaSymbol)];
}

function moduleSymbol(module: Module): DocumentSymbol {
  return symbol(module.title || '(untitled module)', moduleTime(module) ?? 'no time estimate', SymbolKind.Module, module.range, module.titleRange, []);
}

function levelSymbol(level: Level): DocumentSymbol {
  return symbol(level.name, summaryOfModules(level.modules), SymbolKind.Package, level.range, level.markerRange, level.modules.map(moduleSymbol));
}

function areaSymbol(area: Area): DocumentSymbol {
  const inLevels = new Set(area.levels.flatMap((level) => level.modules));
  const children = [...area.levels.map(levelSymbol), ...area.modules.filter((module) => !inLevels.has(module)).map(moduleSymbol)];
  children.sort((a, b) => compare(a.range.start, b.range.start));
  return symbol(areaName(area), summaryOfModules(area.modules), SymbolKind.Namespace, area.range, area.headingRange, children);
}

/** Clients reject a symbol whose range does not hold its selection and children: widen it to. */
function symbol(name: string, detail: string, kind: SymbolKind, range: Range, selection: Range, children: DocumentSymbol[]): DocumentSymbol {
  const whole = [selection, ...children.map((child) => child.range)].reduce(union, range);
  return DocumentSymbol.create(name, detail, kind, whole, selection, children);
}

function compare(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}

function union(a: Range, b: Range): Range {
  return { start: compare(a.start, b.start) <= 0 ? a.start : b.start, end: compare(a.end, b.end) >= 0 ? a.end : b.end };
}
