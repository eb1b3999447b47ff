import type { CatalogIndex } from '../notes/catalog';
import type { Area } from '../notes/types';
import { courseAreaName, mostCommon } from '../notes/courseNames';
import type { AreaProgress } from './progress';
import type { Course } from '../catalog/userCourse';

/**
 * The catalog area a notes area is about, whatever its heading: "Area 1 Docker" and "Docker and
 * Containers" name it; a bare "Area 2" or a heading naming no area is known by its modules.
 */
export function catalogAreaOf(area: Area, catalog: CatalogIndex): string | undefined {
  const named = courseAreaName(area.topic || area.heading, catalog.areaNames);
  return named ?? mostCommon(area.modules.map((module) => catalog.find(module.title, module.url)?.area));
}

/** The course's progress entry for a notes area, whatever its heading says; none for an area the course does not measure. */
export function progressOfArea(area: Area, areas: readonly AreaProgress[], course: Course): AreaProgress | undefined {
  const name = catalogAreaOf(area, course.catalog);
  return areas.find((progress) => progress.area === name && progress.levels.length > 0);
}
