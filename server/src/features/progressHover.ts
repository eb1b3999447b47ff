import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { progressOfAreas } from '../course/notesAreas';
import type { AreaProgress, PlacedModule } from '../course/progress';
import type { StudentView } from '../service/studentProgress';
import { minutesText, nextLevel } from '../course/progressText';
import type { NotesDocument } from '../service/notesDocument';
import { markdownText } from '../service/safeText';

/** On an area heading: the level reached, each level's count, the modules left for the next level, and what the tool could not place. */
export function progressHover(document: NotesDocument, position: Position, { progress, file }: StudentView): Hover | null {
  const area = document.model.areas.find((candidate) => candidate.headingRange.start.line === position.line);
  if (!area) return null;
  const [areaProgress] = progressOfAreas([area], file, progress);
  if (!areaProgress) return null;
  return { contents: { kind: MarkupKind.Markdown, value: hoverText(areaProgress, file) }, range: area.headingRange };
}

function hoverText(area: AreaProgress, file: string): string {
  const lines = [`**${markdownText(area.area)}**: ${area.reached ? `${markdownText(area.reached)} reached` : 'no level reached yet'}`, ''];
  for (const level of area.levels) lines.push(`- ${markdownText(level.level)}: ${level.done}/${level.required}${level.met ? ' ✓' : ''}`);
  const next = nextLevel(area);
  if (next) {
    lines.push('', `Left for ${markdownText(next.level)}${next.minutesLeft ? ` (${minutesText(next.minutesLeft)} at the course's estimates)` : ''}:`, '');
    for (const module of next.left) lines.push(`- ${markdownText(module.title)}${module.alternatives ? ` (or ${module.alternatives.map((other) => markdownText(other.title)).join(', or ')})` : ''}${module.minutes === null ? '' : ` — ${minutesText(module.minutes)}`}`);
  }
  if (area.likely.length) {
    lines.push('', 'Counted, placed by likeness (check them):', '');
    for (const module of area.likely) lines.push(`- ${placeText(module, file)} → ${module.catalog.map(markdownText).join(' + ')}`);
  }
  if (area.unplaced.length) {
    lines.push('', 'Not counted, matching no module of the course:', '');
    for (const module of area.unplaced) lines.push(`- ${placeText(module, file)}`);
  }
  return lines.join('\n');
}

/** "«S3 vs EC2» (line 28)", with the file when it is another of the student's. */
function placeText(module: PlacedModule, file: string): string {
  return `«${markdownText(module.title)}» (${module.file === file ? '' : `${markdownText(module.file)}, `}line ${module.line + 1})`;
}
