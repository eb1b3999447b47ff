import { DocumentSymbol, SymbolKind, type Range } from 'vscode-languageserver-types';
import type { Area, Level, Module } from '../notes/types';
import { areaName, comparePositions, union } from '../notes/shown';
import { isNotesDocument, type NotesDocument } from '../service/notesDocument';
import type { StudyNotesSettings } from '../service/settings';
import { moduleTime, summaryOfModules } from '../service/timeTotals';

/** A range as whole lines: a breadcrumb names the same symbols wherever the cursor stands on a line. */
type WholeLines = (range: Range) => Range;

/** Areas, levels and modules as the editor's outline; top-level modules come before the areas. */
export function documentSymbols(document: NotesDocument, settings: Pick<StudyNotesSettings, 'notesFiles'>): DocumentSymbol[] {
  if (!isNotesDocument(document, settings)) return [];
  const { model, lines } = document;
  const whole: WholeLines = ({ start, end }) => ({ start: { line: start.line, character: 0 }, end: { line: end.line, character: lines.lineText(end.line).length } });
  const looseLevels = model.levels.filter((level) => level.areaIndex === undefined);
  const leveled = new Set(looseLevels.flatMap((level) => level.modules));
  const looseModules = model.modules.filter((module) => module.areaIndex === undefined && !leveled.has(module));
  return [...looseModules.map((module) => moduleSymbol(module, whole)), ...looseLevels.map((level) => levelSymbol(level, whole)), ...model.areas.map((area) => areaSymbol(area, whole))];
}

function moduleSymbol(module: Module, whole: WholeLines): DocumentSymbol {
  return symbol(module.title || '(untitled module)', moduleTime(module) ?? 'no time estimate', SymbolKind.Module, whole(module.range), module.titleRange, []);
}

function levelSymbol(level: Level, whole: WholeLines): DocumentSymbol {
  return symbol(level.name, summaryOfModules(level.modules), SymbolKind.Package, whole(level.range), level.markerRange, level.modules.map((module) => moduleSymbol(module, whole)));
}

function areaSymbol(area: Area, whole: WholeLines): DocumentSymbol {
  const inLevels = new Set(area.levels.flatMap((level) => level.modules));
  const children = [...area.levels.map((level) => levelSymbol(level, whole)), ...area.modules.filter((module) => !inLevels.has(module)).map((module) => moduleSymbol(module, whole))];
  children.sort((a, b) => comparePositions(a.range.start, b.range.start));
  return symbol(areaName(area), summaryOfModules(area.modules), SymbolKind.Namespace, whole(area.range), area.headingRange, children);
}

/** Clients reject a symbol whose range does not hold its selection and children: widen it to. */
function symbol(name: string, detail: string, kind: SymbolKind, range: Range, selection: Range, children: DocumentSymbol[]): DocumentSymbol {
  const wide = [selection, ...children.map((child) => child.range)].reduce(union, range);
  return DocumentSymbol.create(name, detail, kind, wide, selection, children);
}
