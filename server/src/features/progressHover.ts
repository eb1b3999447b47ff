import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { progressOfArea } from '../course/notesAreas';
import { courseProgress, type AreaProgress, type ReadNotes } from '../course/progress';
import type { Course } from '../catalog/userCourse';
import { minutesText, nextLevel } from '../course/progressText';
import { markdownText } from '../service/safeText';

/** On an area heading: the level reached, each level's count, and the modules left for the next level. */
export function progressHover(notes: ReadNotes, position: Position, course: Course): Hover | null {
  const area = notes.model.areas.find((candidate) => candidate.headingRange.start.line === position.line);
  if (!area) return null;
  const progress = progressOfArea(area, courseProgress([notes], course).areas, course);
  if (!progress) return null;
  return { contents: { kind: MarkupKind.Markdown, value: hoverText(progress) }, range: area.headingRange };
}

function hoverText(area: AreaProgress): string {
  const lines = [`**${markdownText(area.area)}**: ${area.reached ? `${markdownText(area.reached)} reached` : 'no level reached yet'}`, ''];
  for (const level of area.levels) lines.push(`- ${markdownText(level.level)}: ${level.done}/${level.required}${level.done === level.required ? ' ✓' : ''}`);
  const next = nextLevel(area);
  if (next) {
    lines.push('', `Left for ${markdownText(next.level)}${next.minutesLeft ? ` (${minutesText(next.minutesLeft)} at the course's estimates)` : ''}:`, '');
    for (const module of next.left) lines.push(`- ${markdownText(module.title)}${module.minutes === null ? '' : ` — ${minutesText(module.minutes)}`}`);
  }
  return lines.join('\n');
}
