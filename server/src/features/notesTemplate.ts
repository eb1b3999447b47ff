import { levelsOfArea, type Course } from '../catalog/course';
import { levelMarkerText } from '../document/notesWriter';
import type { NotesTemplateResult } from '../protocol/protocol';

/**
 * A new notes document laid out like the course: title, intro, areas and their levels, with an
 * empty line where the first module goes. Each level gets an empty line of its own, a blank line
 * away from its marker: a line right under `> Basics Level` would continue the quote, and on
 * GitHub a module written there shows inside it. A level that asks nothing of an area (optional
 * reading only) gets no marker there.
 */
export function notesTemplate(title: string, course: Course): NotesTemplateResult {
  const lines = [`# ${title}`, 'What I did in each module of the course, what I learned, and how long it took.', ''];
  let firstModuleLine: number | undefined;
  for (const [areaNumber, area] of course.areas.entries()) {
    lines.push(`## Area ${areaNumber + 1}: ${area}`, '');
    for (const level of levelsOfArea(course, area)) {
      lines.push(`> ${levelMarkerText(level)}`, '');
      firstModuleLine ??= lines.length;
      lines.push('', '');
    }
  }
  return { text: lines.join('\n'), firstModuleLine };
}
