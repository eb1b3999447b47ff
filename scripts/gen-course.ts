// The bundled course is a course page, server/data/course.md: `npm run gen:course` converts it to
// server/data/course.json, as `study-notes course convert` converts any instructor's page, so the
// page is its one source. test/unit/bundledCourse.test.ts checks the JSON is exactly that.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { courseJsonText } from '../server/src/catalog/courseJson';
import { readCoursePages } from '../server/src/catalog/coursePage';

export const bundledCoursePage = 'server/data/course.md';

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  // The page reader alone, as convert reads it: the bundled course's JSON may be the file being mended.
  const reading = readCoursePages([{ name: bundledCoursePage, text: readFileSync(bundledCoursePage, 'utf8') }]);
  if (!reading.spec) throw new Error(reading.problems.join('\n'));
  writeFileSync('server/data/course.json', courseJsonText(reading.spec));
  console.log(`wrote server/data/course.json from ${bundledCoursePage}`);
}
