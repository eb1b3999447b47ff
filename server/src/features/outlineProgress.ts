import type { CatalogModule } from '../notes/catalog';
import type { Range } from '../notes/types';
import { moduleKeys } from '../notes/courseNames';
import { progressOfArea } from '../course/notesAreas';
import { courseProgress, type AreaProgress, type ModuleLeft, type ReadNotes } from '../course/progress';
import type { Course } from '../catalog/userCourse';
import { levelCountsText, levelsText, minutesText, nextLevel, roundText, timeLeftText } from '../course/progressText';
import type { OutlineAreaProgress, OutlineModuleLeft, OutlineResult } from '../service/protocol';

/**
 * The outline with the course's view of the notes, so that the tree, the summary and the status
 * bar show what the CodeLens and the CLI compute: each catalog area's progress, the rounds, and
 * which catalog area each notes area is about.
 */
export function withProgress(outline: OutlineResult, notes: ReadNotes, course: Course): OutlineResult {
  if (!outline.isNotes) return outline;
  const { areas, rounds } = courseProgress([notes], course);
  const written = writtenModules(notes, course);
  return {
    ...outline,
    areas: outline.areas.map((area, index) => {
      const courseArea = progressOfArea(notes.model.areas[index], areas, course)?.area;
      return courseArea ? { ...area, courseArea } : area;
    }),
    progress: {
      areas: areas.filter((area) => area.levels.length > 0).map((area) => areaView(area, course, written)),
      rounds: rounds.map((round) => ({ name: round.name, due: round.due, met: round.met, missing: round.missing, text: roundText(round) })),
    },
  };
}

/** Where the notes write each catalog module, by its keys: a module left may be there without notes under it. */
function writtenModules({ model }: ReadNotes, course: Course): Map<string, Range> {
  const written = new Map<string, Range>();
  for (const module of model.modules) {
    const listed = course.catalog.find(module.title, module.url);
    if (listed) for (const key of moduleKeys(listed)) if (!written.has(key)) written.set(key, module.range);
  }
  return written;
}

function areaView(area: AreaProgress, course: Course, written: ReadonlyMap<string, Range>): OutlineAreaProgress {
  return {
    area: area.area,
    reached: area.reached,
    text: levelsText(area),
    levelCounts: levelCountsText(area),
    timeLeft: timeLeftText(area),
    nextLevel: nextLevel(area)?.level,
    levels: area.levels.map((level) => ({
      ...level,
      timeLeft: level.minutesLeft ? minutesText(level.minutesLeft) : undefined,
      left: level.left.map((module) => moduleLeft(module, area.area, level.level, course, written)),
    })),
  };
}

/** The catalog's entry for a module left, so that inserting it writes what the course lists. */
function moduleLeft(left: ModuleLeft, area: string, level: string, course: Course, written: ReadonlyMap<string, Range>): OutlineModuleLeft {
  const listed = course.catalog.modules.find((module) => module.area === area && module.title === left.title && !module.withdrawn);
  const module: CatalogModule = listed ?? { area, level, title: left.title, minutes: left.minutes ?? undefined };
  const inNotes = moduleKeys(module).map((key) => written.get(key)).find((range) => range !== undefined);
  return { ...left, time: left.minutes === null ? undefined : minutesText(left.minutes), module, ...(inNotes && { inNotes }) };
}
