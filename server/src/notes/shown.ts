import { SymbolKind } from 'vscode-languageserver-types';
import type { LineIndex } from './lineIndex';
import type { Area, Module, Range } from './types';

// How the parts of the notes are named and pointed at, alike in every feature that shows them.

/**
 * The symbol kinds of areas, levels and modules in the outline, the breadcrumbs and Go to Symbol.
 * None is a String, the kind of VS Code's Markdown headings: a student hides either outline with
 * VS Code's own filters ("outline.showStrings", "breadcrumbs.showStrings" for Markdown's; showClasses,
 * showEnumMembers, showModules for ours). An area reads as a class of the course rather than a
 * "{} namespace", a level as one of the course's list of levels, a module as a module.
 */
export const symbolKinds = { area: SymbolKind.Class, level: SymbolKind.EnumMember, module: SymbolKind.Module } as const;

export function areaName(area: Area): string {
  return area.heading || (area.number !== undefined ? `Area ${area.number}` : 'Area');
}

/** The opener's first line, where a student looks for the module's estimate. */
export function openerLineRange(lines: LineIndex, module: Module): Range {
  const start = module.openerRange.start;
  if (module.openerRange.end.line === start.line) return module.openerRange;
  return { start, end: { line: start.line, character: lines.lineText(start.line).trimEnd().length } };
}

/** The smallest range holding both. */
export function union(a: Range, b: Range): Range {
  return { start: comparePositions(a.start, b.start) <= 0 ? a.start : b.start, end: comparePositions(a.end, b.end) >= 0 ? a.end : b.end };
}

export function comparePositions(a: Range['start'], b: Range['start']): number {
  return a.line - b.line || a.character - b.character;
}

export function sameRange(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.start) === 0 && comparePositions(a.end, b.end) === 0;
}

/** The range moved down by `lines` (up when negative): where a text above it grew or shrank. */
export function shiftRange(range: Range, lines: number): Range {
  return { start: { line: range.start.line + lines, character: range.start.character }, end: { line: range.end.line + lines, character: range.end.character } };
}

/** The two ranges share a position, their ends included: a cursor at a diagnostic's end is on it. */
export function rangesMeet(a: Range, b: Range): boolean {
  return comparePositions(a.start, b.end) <= 0 && comparePositions(b.start, a.end) <= 0;
}

/** The position is in the range, its ends included: a cursor right after a title is still on it. */
export function rangeContains(range: Range, position: Range['start']): boolean {
  return comparePositions(range.start, position) <= 0 && comparePositions(position, range.end) <= 0;
}
