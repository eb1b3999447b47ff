import type { CatalogModule } from '../model/catalog';
import { progressOfArea } from '../course/notesAreas';
import { courseProgress, type AreaProgress, type Course, type ModuleLeft, type ReadNotes } from '../course/progress';
import { levelsText, roundText } from '../course/progressText';
import type { OutlineAreaProgress, OutlineModuleLeft, OutlineResult } from './protocol';

/**
 * The outline with the course's view of the notes, so that the tree, the summary and the status
 * bar show what the CodeLens and the CLI compute: each catalog area's progress, the rounds, and
 * which catalog area each notes area is about.
 */
export function withProgress(outline: OutlineResult, notes: ReadNotes, course: Course): OutlineResult {
  if (!outline.isNotes) return outline;
  const { areas, rounds } = courseProgress([notes], course);
  return {
    ...outline,
    areas: outline.areas.map((area, index) => {
      const courseArea = progressOfArea(notes.model.areas[index], areas, course)?.area;
      return courseArea ? { ...area, courseArea } : area;
    }),
    progress: {
      areas: areas.filter((area) => area.levels.length > 0).map((area) => areaView(area, course)),
      rounds: rounds.map((round) => ({ name: round.name, due: round.due, met: round.met, missing: round.missing, text: roundText(round) })),
    },
  };
}

function areaView(area: AreaProgress, course: Course): OutlineAreaProgress {
  return {
    area: area.area,
    reached: area.reached,
    text: levelsText(area),
    levels: area.levels.map((level) => ({ ...level, left: level.left.map((module) => moduleLeft(module, area.area, level.level, course)) })),
  };
}

/** The catalog's entry for a module left, so that inserting it writes what the course lists. */
function moduleLeft(left: ModuleLeft, area: string, level: string, course: Course): OutlineModuleLeft {
  const listed = course.catalog.modules.find((module) => module.area === area && module.title === left.title && !module.withdrawn);
  const module: CatalogModule = listed ?? { area, level, title: left.title, minutes: left.minutes ?? undefined };
  return { ...left, module };
}
