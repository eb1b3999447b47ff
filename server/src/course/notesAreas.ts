import { courseAreaName, mostCommon } from '../notes/courseNames';
import type { Area } from '../notes/types';
import type { AreaProgress, CourseProgress } from './progress';

/**
 * The course area each area of a notes file is about, as placing its modules found it: "Area 1
 * Queues" and "Message Queues" name it; a bare "Area 2" or a heading naming no area is known
 * by its modules. `file` is the notes file's path in the student's folder. One pass over the file's
 * placements, in line order, whatever the number of areas.
 */
export function courseAreasOf(areas: readonly Area[], file: string, progress: CourseProgress): (string | undefined)[] {
  const areaNames = progress.areas.map((entry) => entry.area);
  const placed = progress.placements.filter((module) => module.file === file).sort((a, b) => a.line - b.line);
  let next = 0;
  return areas.map((area) => {
    while (next < placed.length && placed[next].line < area.range.start.line) next++;
    const inArea: (string | undefined)[] = [];
    for (let at = next; at < placed.length && placed[at].line <= area.range.end.line; at++) inArea.push(placed[at].area);
    return mostCommon(inArea) ?? courseAreaName(area.topic || area.heading, areaNames);
  });
}

/** The course's progress entry of each area of a notes file; none for an area the course does not measure. */
export function progressOfAreas(areas: readonly Area[], file: string, progress: CourseProgress): (AreaProgress | undefined)[] {
  return courseAreasOf(areas, file, progress).map((name) => progress.areas.find((entry) => entry.area === name && entry.levels.length > 0));
}
