import type { CatalogIndex } from '../model/catalog';
import type { Area } from '../model/types';
import { courseAreaName, mostCommon } from '../service/catalogSources';

/**
 * The catalog area a notes area is about, whatever its heading: "Area 1 Docker" and "Docker and
 * Containers" name it; a bare "Area 2" or a heading naming no area is known by its modules.
 */
export function catalogAreaOf(area: Area, catalog: CatalogIndex): string | undefined {
  const named = courseAreaName(area.topic || area.heading, catalog.areaNames);
  return named ?? mostCommon(area.modules.map((module) => catalog.find(module.title, module.url)?.area));
}
