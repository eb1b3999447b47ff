import { courseAreaName, mostCommon } from '../notes/courseNames';
import type { Area } from '../notes/types';
import type { AreaProgress, CourseProgress } from './progress';

/**
 * The course area a notes area is about, as placing its modules found it: "Area 1 Docker" and
 * "Docker and Containers" name it; a bare "Area 2" or a heading naming no area is known by its
 * modules. `file` is the notes file's path in the student's folder.
 */
export function courseAreaOf(area: Area, file: string, progress: CourseProgress, areaNames: readonly string[]): string | undefined {
  const { start, end } = area.range;
  const inArea = progress.placements.filter((module) => module.file === file && module.line >= start.line && module.line <= end.line);
  return mostCommon(inArea.map((module) => module.area)) ?? courseAreaName(area.topic || area.heading, areaNames);
}

/** The course's progress entry for a notes area, whatever its heading says; none for an area the course does not measure. */
export function progressOfArea(area: Area, file: string, progress: CourseProgress): AreaProgress | undefined {
  const name = courseAreaOf(area, file, progress, progress.areas.map((entry) => entry.area));
  return progress.areas.find((entry) => entry.area === name && entry.levels.length > 0);
}
