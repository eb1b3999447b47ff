import { FoldingRange, FoldingRangeKind } from 'vscode-languageserver-types';
import type { Range } from '../notes/types';
import type { NotesDocument } from '../document/notesDocument';

/** Areas, levels, modules and code blocks that span more than one line fold. */
export function foldingRanges(document: NotesDocument): FoldingRange[] {
  const { model } = document;
  const regions = [...model.areas, ...model.levels, ...model.modules].map((section) => section.range);
  const code = model.code.filter((span) => span.kind === 'block').map((span) => span.range);
  const seen = new Set<string>();
  const result: FoldingRange[] = [];
  const add = (range: Range, kind?: FoldingRangeKind): void => {
    const key = `${range.start.line}:${range.end.line}`;
    if (range.end.line <= range.start.line || seen.has(key)) return;
    seen.add(key);
    result.push(FoldingRange.create(range.start.line, range.end.line, undefined, undefined, kind));
  };
  regions.forEach((range) => add(range, FoldingRangeKind.Region));
  code.forEach((range) => add(range));
  return result.sort((a, b) => a.startLine - b.startLine || b.endLine - a.endLine);
}
