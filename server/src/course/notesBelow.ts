import type { NotesModel } from '../notes/types';
import { titleWords } from './titleWords';

/** The module right below a bare opener, and the words its notes begin with (see CoursePlacer's creditNotesBelow). */
export interface NotesBelow {
  title: string;
  words: string[];
}

/**
 * Notes shared with the opener above begin by speaking of both ("Both Kubernetes and Docker Swarm
 * are …"); a word of its topic met further on is a lab's notes mentioning it in passing.
 */
const linesRead = 5;

/**
 * `[Video: Kubernetes vs Swarm](…)` right above `[Video: Kubernetes in 5 Minutes](…)`, whose notes
 * compare the two: for each module with no notes of its own whose opener stands right over the
 * next module's (blank lines between, no more) when that one has notes, the next module's title and
 * the words its notes begin with, by the module's index. Each module's notes are read for one opener at
 * most: the cost grows with the text.
 */
export function notesBelowOpeners(model: NotesModel, lines: readonly string[], written: readonly boolean[]): Map<number, NotesBelow> {
  const found = new Map<number, NotesBelow>();
  model.modules.forEach((module, index) => {
    const next = model.modules[index + 1];
    const notes = next?.notesRange;
    if (written[index] || !written[index + 1] || !notes) return;
    const [opener, nextOpener] = [module.openerRange.end.line, next.openerRange.start.line];
    if (nextOpener <= opener || lines.slice(opener + 1, nextOpener).some((line) => line.trim() !== '')) return;
    const read = firstLines(lines, notes.start.line, notes.end.line);
    found.set(index, { title: next.title, words: [...new Set(read.flatMap((line) => titleWords(line)))] });
  });
  return found;
}

/** The first lines with text of `from` to `to`. */
function firstLines(lines: readonly string[], from: number, to: number): string[] {
  const read: string[] = [];
  for (let line = from; line <= to && read.length < linesRead; line++) if (lines[line]?.trim()) read.push(lines[line]);
  return read;
}
