import courseData from '../../data/course.json';
import { buildCourse, type Course, type CourseSpec } from './course';
import { courseSpecOf } from './courseJson';

/**
 * The course shipped with the extension (server/data/course.json, converted from its course page
 * server/data/course.md by `npm run gen:course`): the course notes are read with when the user names none,
 * and the one a user's course may extend by its id.
 */
function bundledSpec(): CourseSpec {
  const read = courseSpecOf(courseData);
  if (!read.spec) throw new Error(`server/data/course.json: ${read.problems.join('; ')}`);
  return read.spec;
}

const spec = bundledSpec();

/** The bundled courses by id: what `"extends"` may name. */
export const bundledSpecs: ReadonlyMap<string, CourseSpec> = new Map([[spec.id as string, spec]]);

export const bundledCourse: Course = buildCourse(spec, spec.id as string);
