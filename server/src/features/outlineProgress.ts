import { courseAreasOf } from '../course/notesAreas';
import type { AreaProgress, ModuleLeft, PlacedModule } from '../course/progress';
import type { StudentView } from '../document/studentView';
import { levelCountsText, levelsText, loggedWithoutNotes, minutesText, nextLevel, nextLevelCountText, nextTimeLeftText, roundText, timeLeftText, unsureText } from '../course/progressText';
import type { CatalogIndex } from '../notes/catalog';
import type { Range } from '../notes/types';
import type { NotesDocument } from '../document/notesDocument';
import { webUrl } from '../document/safeText';
import type { OutlineAreaProgress, OutlineModule, OutlineModuleLeft, OutlinePlacedModule, OutlineResult } from '../protocol/protocol';

/**
 * The outline with the course's view of the student's notes, so that the tree, the summary and the
 * status bar show what the CodeLens and the CLI compute: each course area's progress, the rounds,
 * which course area each notes area is about, which course module each module is, and what the
 * tool could not place.
 */
export function withProgress(outline: OutlineResult, document: NotesDocument, { progress, file, uriOf }: StudentView, course: CatalogIndex): OutlineResult {
  if (!outline.isNotes) return outline;
  const here = new Map(progress.placements.filter((module) => module.file === file).map((module) => [module.line, module]));
  const withCourseTitle = (module: OutlineModule) => courseModule(module, here, course);
  const openers = new Map(document.model.modules.map((module) => [module.openerRange.start.line, module.range]));
  const courseAreas = courseAreasOf(document.model.areas, file, progress);
  const placeOf = (module: PlacedModule): OutlinePlacedModule => placedView(module, uriOf, module.file === file ? openers.get(module.line) : undefined);
  return {
    ...outline,
    modules: outline.modules.map(withCourseTitle),
    areas: outline.areas.map((area, index) => {
      const courseArea = courseAreas[index];
      const levels = area.levels.map((level) => ({ ...level, modules: level.modules.map(withCourseTitle) }));
      return { ...area, levels, modules: area.modules.map(withCourseTitle), ...(courseArea && { courseArea }) };
    }),
    progress: {
      areas: progress.areas.filter((area) => area.levels.length > 0).map((area) => areaView(area, here, openers, placeOf, uriOf)),
      rounds: progress.rounds.map((round) => ({ name: round.name, due: round.due, met: round.met, missing: round.missing, text: roundText(round) })),
      unplaced: progress.unplaced.map(placeOf),
      unread: progress.unread.map(uriOf),
    },
  };
}

/** The course's title and web address of a module, as placing the student's modules found it. */
function courseModule(module: OutlineModule, here: ReadonlyMap<number, PlacedModule>, course: CatalogIndex): OutlineModule {
  const courseTitle = here.get(module.range.start.line)?.catalog[0];
  const placed = { ...module };
  delete placed.courseTitle;
  delete placed.courseUrl;
  if (!courseTitle) return placed;
  const courseUrl = webUrl(course.find(courseTitle)?.url);
  return { ...placed, courseTitle, ...(courseUrl && { courseUrl }) };
}

function areaView(area: AreaProgress, here: ReadonlyMap<number, PlacedModule>, openers: ReadonlyMap<number, Range>, placeOf: (module: PlacedModule) => OutlinePlacedModule, uriOf: StudentView['uriOf']): OutlineAreaProgress {
  const withoutNotes = new Map<string, Range>();
  for (const [line, module] of here) for (const title of module.catalog) if (!module.written && !withoutNotes.has(title)) withoutNotes.set(title, openers.get(line) as Range);
  return {
    area: area.area,
    reached: area.reached,
    text: levelsText(area),
    levelCounts: levelCountsText(area),
    timeLeft: timeLeftText(area),
    nextLevelCount: nextLevelCountText(area),
    nextTimeLeft: nextTimeLeftText(area),
    nextLevel: nextLevel(area)?.level,
    levels: area.levels.map((level) => ({
      ...level,
      timeLeft: level.minutesLeft ? minutesText(level.minutesLeft) : undefined,
      left: level.left.map((module) => moduleLeft(module, withoutNotes, uriOf)),
    })),
    likely: area.likely.map(placeOf),
    unplaced: area.unplaced.map(placeOf),
    logged: loggedWithoutNotes(area).map((logged) => ({ title: logged.title, uri: uriOf(logged.file), range: lineStart(logged.line), catalog: [logged.courseTitle] })),
    unsure: unsureText(area),
  };
}

/** The catalog's entry for a module left, so that inserting it writes what the course lists. */
function moduleLeft(left: ModuleLeft, withoutNotes: ReadonlyMap<string, Range>, uriOf: StudentView['uriOf']): OutlineModuleLeft {
  const inNotes = withoutNotes.get(left.title);
  const logged = left.logged && { uri: uriOf(left.logged.file), range: lineStart(left.logged.line), title: left.logged.title };
  return { title: left.title, minutes: left.minutes, time: left.minutes === null ? undefined : minutesText(left.minutes), module: left.module, ...(inNotes && { inNotes }), ...(logged && { logged }) };
}

function lineStart(line: number): Range {
  return { start: { line, character: 0 }, end: { line, character: 0 } };
}

function placedView(module: PlacedModule, uriOf: StudentView['uriOf'], range: Range | undefined): OutlinePlacedModule {
  return { title: module.title, uri: uriOf(module.file), range: range ?? lineStart(module.line), catalog: module.catalog, ...(module.confidence && { confidence: module.confidence }), ...(module.perhapsAlso && { perhapsAlso: module.perhapsAlso }), ...(module.notesBelow && { notesBelow: module.notesBelow }) };
}
