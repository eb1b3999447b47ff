import type { Course } from '../catalog/course';
import { CoursePlacer } from './placement';

const placers = new WeakMap<object, CoursePlacer>();

/** One placer per course catalog: its words are weighed once, not on every request. */
export function coursePlacer({ catalog }: Course): CoursePlacer {
  let placer = placers.get(catalog);
  if (!placer) placers.set(catalog, (placer = new CoursePlacer(catalog.modules, catalog.words.areas)));
  return placer;
}
