import courseData from '../../data/course.json';
import { buildCourse, type Course, type CourseSpec } from './course';
import { checkedCourseSpec } from './courseJson';

/**
 * The course shipped with the extension (server/data/course.json, converted from its course page
 * server/data/course.md by `npm run gen:course`): the course notes are read with when the user names none,
 * and the one a user's course may extend by its id.
 */
const spec = checkedCourseSpec(courseData);

/** The bundled courses by id: what `"extends"` may name. */
export const bundledSpecs: ReadonlyMap<string, CourseSpec> = new Map([[spec.id as string, spec]]);

export const bundledCourse: Course = buildCourse(spec, spec.id as string);
