import { CompletionItemKind, type CompletionItem, type Position } from 'vscode-languageserver-types';
import { levelsOfArea, type Course } from '../catalog/course';
import { courseAreaName } from '../notes/courseNames';
import type { NotesDocument } from '../document/notesDocument';
import { lastIndexWhere, levelMarkerText } from '../document/notesWriter';

/** `>` at a line start, and at most the words of a level typed after it. */
const quoteStart = /^(\s{0,3}>\s?)([\p{L}\p{N} ]*)$/u;

/**
 * The course's levels after `>` at the start of a line, written as the notes write level markers
 * (`> Basics Level`): the levels the course asks of the area the line is in, else every level
 * the course names. The snippets and the grammar know no course; this does. Undefined elsewhere.
 */
export function levelCompletions(document: NotesDocument, position: Position, course: Course): CompletionItem[] | undefined {
  const lineText = document.lines.lineText(position.line);
  const typed = quoteStart.exec(lineText.slice(0, position.character));
  if (!typed || lineText.slice(position.character).trim() !== '' || document.model.code.some(({ range }) => range.start.line <= position.line && position.line <= range.end.line)) return undefined;
  const levels = levelsHere(document, position, course);
  const start = typed[1].length;
  return levels.map((level, index) => ({
    label: levelMarkerText(level),
    kind: CompletionItemKind.EnumMember,
    detail: `${course.title}: a level`,
    sortText: String(index).padStart(3, '0'),
    filterText: levelMarkerText(level),
    textEdit: { range: { start: { line: position.line, character: start }, end: { line: position.line, character: lineText.length } }, newText: levelMarkerText(level) },
  }));
}

function levelsHere(document: NotesDocument, position: Position, course: Course): string[] {
  const areas = document.model.areas;
  const area = areas[lastIndexWhere(areas, (entry) => entry.headingRange.start.line < position.line)];
  const name = area && courseAreaName(area.topic || area.heading, course.areas);
  const ofArea = name ? levelsOfArea(course, name) : [];
  return ofArea.length ? ofArea : course.catalog.words.levels.map((level) => level.name);
}
