import { DocumentSymbol, SymbolKind, type Range } from 'vscode-languageserver-types';
import type { LineIndex } from '../notes/lineIndex';
import type { Area, Level, Module } from '../notes/types';
import { areaName, comparePositions, symbolKinds, union } from '../notes/shown';
import type { NotesDocument } from '../document/notesDocument';
import { moduleTime, summaryOfModules, timedElsewhereIn, timedInAnotherAreaText } from '../document/timeTotals';
import { finish, stepItems, type Steps } from '../document/steps';

/**
 * Real notes have a few dozen areas, levels and modules (the corpus' largest outline: 38); a generated
 * file can have 170,000, which no outline shows usefully and which cost the server and the editor
 * seconds to send and take in. Past this many, the outline ends with an entry that says so.
 */
export const maxOutlineEntries = 10_000;

/** Areas, levels and modules as the editor's outline; top-level modules come before the areas. */
export function documentSymbols(document: NotesDocument): DocumentSymbol[] {
  return finish(documentSymbolSteps(document));
}

/** The outline, a pause after each top-level entry that ends a step's worth of entries (a generated file's outline is long). */
export function* documentSymbolSteps(document: NotesDocument): Steps<DocumentSymbol[]> {
  const { model, lines } = document;
  const outline = new Outline(lines, timedElsewhereIn(document));
  const looseLevels = model.levels.filter((level) => level.areaIndex === undefined);
  const leveled = new Set(looseLevels.flatMap((level) => level.modules));
  const looseModules = model.modules.filter((module) => module.areaIndex === undefined && !leveled.has(module));
  const entries = [...looseModules.map((module) => () => outline.module(module)), ...looseLevels.map((level) => () => outline.level(level)), ...model.areas.map((area) => () => outline.area(area))];
  const symbols: (DocumentSymbol | undefined)[] = [];
  for (const entry of entries) {
    symbols.push(entry());
    if (outline.stepDone()) yield;
  }
  const rest = outline.rest();
  return rest ? [...listed(symbols), rest] : listed(symbols);
}

/** The symbols of one document, at most maxOutlineEntries of them; what is left out is counted. */
class Outline {
  private left = maxOutlineEntries;
  private omitted = 0;
  private firstOmitted?: { range: Range; selection: Range };
  /** Entries taken or counted since the last pause. */
  private sinceStep = 0;

  constructor(
    private readonly lines: LineIndex,
    private readonly timedElsewhere: ReadonlySet<Module>,
  ) {}

  module(module: Module): DocumentSymbol | undefined {
    if (!this.take(module.range, module.titleRange)) return undefined;
    // A module has no children: none are sent.
    const time = moduleTime(module) ?? (this.timedElsewhere.has(module) ? timedInAnotherAreaText : 'no time estimate');
    return symbol(module.title || '(untitled module)', time, symbolKinds.module, this.whole(module.range), module.titleRange);
  }

  level(level: Level): DocumentSymbol | undefined {
    if (!this.take(level.range, level.markerRange, level.modules.length)) return undefined;
    return symbol(level.name, summaryOfModules(level.modules, this.timedElsewhere), symbolKinds.level, this.whole(level.range), level.markerRange, listed(level.modules.map((module) => this.module(module))));
  }

  area(area: Area): DocumentSymbol | undefined {
    const inLevels = new Set(area.levels.flatMap((level) => level.modules));
    const loose = area.modules.filter((module) => !inLevels.has(module));
    if (!this.take(area.range, area.headingRange, area.levels.length + area.modules.length)) return undefined;
    const children = listed([...area.levels.map((level) => this.level(level)), ...loose.map((module) => this.module(module))]);
    children.sort((a, b) => comparePositions(a.range.start, b.range.start));
    return symbol(areaName(area), summaryOfModules(area.modules, this.timedElsewhere), symbolKinds.area, this.whole(area.range), area.headingRange, children);
  }

  /** The last entry of a shortened outline: from the first entry left out to the end of the document. */
  rest(): DocumentSymbol | undefined {
    if (!this.firstOmitted) return undefined;
    const { range, selection } = this.firstOmitted;
    const end = this.lines.positionAt(this.lines.text.length);
    const name = `${this.omitted} more areas, levels and modules`;
    return symbol(name, `not listed: the outline lists the first ${maxOutlineEntries}`, SymbolKind.Null, { start: this.whole(range).start, end }, selection);
  }

  /** Whether a step's worth of entries was gone through since the last time it said so. */
  stepDone(): boolean {
    if (this.sinceStep < stepItems) return false;
    this.sinceStep = 0;
    return true;
  }

  /** One entry more, if there is room; else it and the `inside` entries under it are counted as left out. */
  private take(range: Range, selection: Range, inside = 0): boolean {
    this.sinceStep++;
    if (this.left > 0) {
      this.left--;
      return true;
    }
    this.omitted += 1 + inside;
    this.firstOmitted ??= { range, selection };
    return false;
  }

  /** A range as whole lines: a breadcrumb names the same symbols wherever the cursor stands on a line. */
  private whole({ start, end }: Range): Range {
    return { start: { line: start.line, character: 0 }, end: { line: end.line, character: this.lines.lineEnd(end.line) - this.lines.lineStart(end.line) } };
  }
}

function listed(symbols: (DocumentSymbol | undefined)[]): DocumentSymbol[] {
  return symbols.filter((symbol): symbol is DocumentSymbol => symbol !== undefined);
}

/** Clients reject a symbol whose range does not hold its selection and children: widen it to. */
function symbol(name: string, detail: string, kind: SymbolKind, range: Range, selection: Range, children?: DocumentSymbol[]): DocumentSymbol {
  let wide = union(range, selection);
  for (const child of children ?? []) wide = union(wide, child.range);
  return DocumentSymbol.create(name, detail, kind, wide, selection, children);
}
