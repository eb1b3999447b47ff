import type { Position } from 'vscode-languageserver-types';
import type { LevelRule } from '../catalog/course';
import type { CourseProgress, ModuleLeft } from '../course/progress';
import { normaliseTitle } from '../notes/catalog';
import { courseAreaName, moduleKeys, mostCommon } from '../notes/courseNames';
import type { CatalogEntry, ModuleCatalog } from './moduleCatalog';
import type { NotesDocument } from './notesDocument';
import { lastIndexWhere } from './notesWriter';

/** The student's progress through the course, as the file being written sees it. */
export interface CourseStanding {
  progress: CourseProgress;
  /** The file's path among the student's, as the progress's placements name it. */
  file: string;
  /** The course's levels: which one a level of the notes counts for ("Bring it together" for Intermediate). */
  levels: readonly LevelRule[];
}

export interface Ranking {
  /** The module is in these notes already. */
  present(entry: CatalogEntry): boolean;
  /**
   * 0: what the level at the cursor still requires; 1: what the area still requires at its other
   * levels; 2: the area's others; 3: what other areas still require; 4: the rest of the course; 5: in these notes.
   */
  tier(entry: CatalogEntry): number;
}

export function rankingAt(document: NotesDocument, position: Position, catalog: ModuleCatalog, standing: CourseStanding): Ranking {
  const present = presentAt(document, position, catalog, standing);
  const area = areaAt(document, position, catalog)?.toLowerCase();
  const progress = standing.progress.areas.find((candidate) => candidate.area.toLowerCase() === area);
  const written = levelAt(document, position);
  const level = standing.levels.find((rule) => rule.name === written || (written !== undefined && rule.includes.includes(written)))?.name ?? progress?.next;
  const levelLeft = keysOf(progress?.levels.find((candidate) => candidate.level === level)?.left ?? []);
  const courseLeft = keysOf(standing.progress.areas.flatMap((candidate) => candidate.levels.flatMap((entry) => entry.left)));
  return {
    present,
    tier(entry) {
      if (present(entry)) return 5;
      const required = isIn(courseLeft, entry);
      if (area === undefined || entry.module.area.toLowerCase() !== area) return required ? 3 : 4;
      if (isIn(levelLeft, entry)) return 0;
      return required ? 1 : 2;
    },
  };
}

/**
 * In these notes: written here (the line being typed may already read as a module: it is not one
 * the notes have), found by URL and by title (the course lists one URL under two titles), or placed
 * by the student's progress (Intro to S3 written once counts in both areas that list it).
 */
function presentAt(document: NotesDocument, position: Position, catalog: ModuleCatalog, { progress, file }: CourseStanding): (entry: CatalogEntry) => boolean {
  const written = document.model.modules.filter((module) => module.openerRange.start.line !== position.line);
  const found = new Set(written.flatMap((module) => [catalog.find(module.title, module.url), catalog.find(module.title)].filter((entry) => entry !== undefined)));
  const placed = new Set(progress.placements.filter((module) => module.file === file && module.line !== position.line).flatMap((module) => module.catalog.map(normaliseTitle)));
  return (entry) => found.has(entry) || placed.has(normaliseTitle(entry.module.title));
}

function keysOf(left: readonly ModuleLeft[]): Set<string> {
  return new Set(left.flatMap((entry) => [entry.module, ...(entry.alternatives ?? [])]).flatMap(moduleKeys));
}

function isIn(keys: ReadonlySet<string>, entry: CatalogEntry): boolean {
  return moduleKeys(entry.module).some((key) => keys.has(key));
}

export function areaIndexAt(document: NotesDocument, position: Position): number {
  return lastIndexWhere(document.model.areas, (area) => area.headingRange.start.line <= position.line);
}

/** The course's name for the area at the position: the one its modules come from, else its written topic. */
function areaAt(document: NotesDocument, position: Position, catalog: ModuleCatalog): string | undefined {
  const area = document.model.areas[areaIndexAt(document, position)];
  if (!area) return undefined;
  const written = area.modules.filter((module) => module.openerRange.start.line !== position.line);
  const fromModules = mostCommon(written.map((module) => catalog.find(module.title, module.url)?.module.area));
  return fromModules ?? courseAreaName(area.topic || area.heading, catalog.areaNames);
}

function levelAt(document: NotesDocument, position: Position): string | undefined {
  const areaIndex = areaIndexAt(document, position);
  const levels = document.model.levels.filter((level) => (level.areaIndex ?? -1) === areaIndex && level.markerRange.start.line <= position.line);
  return levels.at(-1)?.name;
}
