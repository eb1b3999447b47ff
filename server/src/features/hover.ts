import { MarkupKind, type Hover, type Position } from 'vscode-languageserver-types';
import { progressOfAreas } from '../course/notesAreas';
import { requirementNote } from '../notes/catalog';
import type { AreaProgress, PlacedModule } from '../course/progress';
import { loggedWithoutNotes, minutesText, nextLevel, placedOnText, roundText } from '../course/progressText';
import { dockerHover } from '../docker/dockerHover';
import { formatMinutes } from '../notes/timeEstimate';
import type { Module, Range } from '../notes/types';
import type { CatalogEntry } from '../document/moduleCatalog';
import { areaName, rangeContains } from '../notes/shown';
import type { NotesDocument } from '../document/notesDocument';
import type { StudentView } from '../document/studentView';
import { markdownText, webUrl } from '../document/safeText';
import { moduleTime, summaryOfModules, timedElsewhereIn } from '../document/timeTotals';
/** Looks a written module up: the merged catalog (see catalogSources), or the document's own. */
export interface ModuleLookup {
  find(title: string, url?: string): CatalogEntry | undefined;
}

/**
 * The hover of a notes file, whichever answers first: on an estimate, the totals it counts towards;
 * on a module title, what the catalogs say about it; on an area heading, its progress (when the
 * student's progress is given); in a code block, the docker command's (when docker is on).
 */
export function hover(
  document: NotesDocument,
  position: Position,
  settings: { docker?: { enabled: boolean } },
  catalog: ModuleLookup = courseLookup(document),
  student?: () => StudentView,
): Hover | null {
  const onModule = moduleHover(document, position, catalog);
  if (onModule) return onModule;
  const onArea = student ? progressHover(document, position, student()) : null;
  return onArea ?? (settings.docker?.enabled ? (dockerHover(document.model.code, position) ?? null) : null);
}

function moduleHover(document: NotesDocument, position: Position, catalog: ModuleLookup): Hover | null {
  for (const module of document.model.modules) {
    if (module.estimate && rangeContains(module.estimate.range, position)) return estimateHover(document, module, module.estimate.range);
    if (rangeContains(module.titleRange, position)) return catalogHover(catalog, module);
  }
  return null;
}

function courseLookup(document: NotesDocument): ModuleLookup {
  return {
    find(title, url) {
      const module = document.catalog.find(title, url);
      return module && { module, source: 'course', origin: 'course catalog' };
    },
  };
}

function estimateHover(document: NotesDocument, module: Module, range: Range): Hover {
  const lines = [`**${markdownText(module.title)}**: ${moduleTime(module) ?? 'no readable estimate'}`];
  const timedElsewhere = timedElsewhereIn(document);
  const level = document.model.levels.find((candidate) => candidate.modules.includes(module));
  if (level) lines.push(`Level ${level.name}: ${summaryOfModules(level.modules, timedElsewhere)}`);
  const area = module.areaIndex !== undefined ? document.model.areas[module.areaIndex] : undefined;
  if (area) lines.push(`${markdownText(areaName(area))}: ${summaryOfModules(area.modules, timedElsewhere)}`);
  lines.push(`All notes: ${summaryOfModules(document.model.modules, timedElsewhere)}`);
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('  \n') }, range };
}

function catalogHover(catalog: ModuleLookup, module: Module): Hover | null {
  const found = catalog.find(module.title, module.url);
  if (!found) return null;
  const entry = found.module;
  const lines = [`**${markdownText(entry.title)}** (${markdownText(found.origin)})`, markdownText([entry.area, entry.level, entry.group].filter(Boolean).join(', '))];
  const requirement = requirementNote(entry);
  if (requirement) lines.push(markdownText(requirement));
  if (entry.minutes !== undefined) lines.push(`Suggested time: ${formatMinutes({ min: entry.minutes, max: entry.minutes })}`);
  if (entry.url) lines.push(webUrl(entry.url) ? `<${webUrl(entry.url)}>` : markdownText(entry.url));
  return { contents: { kind: MarkupKind.Markdown, value: lines.join('  \n') }, range: module.titleRange };
}

/**
 * On an area heading: the level reached, each level's count, the modules left for the next level, and
 * what the tool could not place. On the notes' title: the rounds, for an editor that shows no lens.
 */
export function progressHover(document: NotesDocument, position: Position, { progress, file }: StudentView): Hover | null {
  const { title } = document.model;
  if (title && title.range.start.line === position.line && progress.rounds.length > 0 && progressOfAreas(document.model.areas, file, progress).some(Boolean)) {
    return { contents: { kind: MarkupKind.Markdown, value: ['**Rounds**', '', ...progress.rounds.map((round) => `- ${markdownText(roundText(round))}`)].join('\n') }, range: title.range };
  }
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
    for (const module of area.likely) lines.push(`- ${placeText(module, file)} → ${placedOnText(module, markdownText)}`);
  }
  if (area.unplaced.length) {
    lines.push('', 'Not counted, matching no module of the course:', '');
    for (const module of area.unplaced) lines.push(`- ${placeText(module, file)}`);
  }
  const logged = loggedWithoutNotes(area);
  if (logged.length) {
    lines.push('', 'In your time log, with no notes counted as them:', '');
    for (const module of logged) lines.push(`- ${placeText(module, file)}${module.title === module.courseTitle ? '' : ` → ${markdownText(module.courseTitle)}`}`);
  }
  return lines.join('\n');
}

/** "«S3 vs EC2» (line 28)", with the file when it is another of the student's. */
function placeText(module: Pick<PlacedModule, 'title' | 'file' | 'line'>, file: string): string {
  return `«${markdownText(module.title)}» (${module.file === file ? '' : `${markdownText(module.file)}, `}line ${module.line + 1})`;
}
