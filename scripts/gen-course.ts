// Builds the bundled course (server/data/course.json) from the course site's pages, read as any
// instructor's pages are (`study-notes course convert`), plus the facts no page states, listed
// here: the course's identity and time zone, the year its dates are in, how its students write
// its areas and levels, and that they write "Bring it (all) together" as a level of its own.
// `npm run gen:course` (reads ../shared/corpus/course-site/); test/unit/bundledCourse.test.ts
// checks that the data is exactly this.
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import type { CourseSpec } from '../server/src/catalog/course';
import { courseJsonText } from '../server/src/catalog/courseJson';
import { readCoursePages } from '../server/src/catalog/coursePage';

/** The pages of the course site, the overview (with the rounds) first, then the areas in the course's order. */
export const coursePages = ['learn', 'web', 'docker', 'bigdata', 'sdnfv'].map((page) => `gwdistsys18-learn-${page}.md`);

/** The rounds' dates on the overview page are written without their year ("Monday October 29th"). */
export const courseYear = 2018;

const capstoneLevel = { name: 'Bring it together', otherNames: ['Bring it all together', 'Bringing it together', 'Bringing it all together'] };

/** What students call the areas in their headings (the corpus's notes), beside the pages' own names. */
const areaOtherNames: Record<string, string[]> = {
  'Cloud Web Apps': ['Cloud Web App', 'Cloud Web Applications', 'Cloud Web Application', 'Cloud', 'Cloud Apps', 'Web Apps', 'Web Application', 'Serverless'],
  'Docker and Containers': ['Docker and Countainers', 'Dockers and Containers', 'Docker Containers', 'Docker', 'Containers'],
  'Big Data and Machine Learning': ['Big Data Machine Learning', 'Big Data', 'Machine Learning', 'BigData'],
  'SDN and NFV': ['SDN NFV', 'SDN', 'NFV', 'Software Defined Networking', 'Network Function Virtualization'],
};

/** The facts of GW CS 6421 (Fall 2018) that its pages do not state, applied to what they do. */
export function withCourseFacts(read: CourseSpec): CourseSpec {
  const inCapstone = (group: string | undefined) => /^bring it (all )?together$/i.test(group ?? '');
  return {
    ...read,
    id: 'gwdistsys18',
    title: 'GW CS 6421 Distributed Systems Practice (2018)',
    site: 'https://gwdistsys18.github.io/',
    // George Washington University, Washington, DC.
    timeZone: 'America/New_York',
    areas: read.areas?.map((area) => ({ ...area, otherNames: areaOtherNames[area.name] })),
    levels: read.levels?.map((level) => (level.name === 'Beginner' ? { ...level, otherNames: ['Beginning'] } : { ...level, includes: [{ name: level.name }, capstoneLevel] })),
    modules: read.modules.map((module) => ({
      ...module,
      ...(inCapstone(module.group) && !module.optional ? { level: capstoneLevel.name } : {}),
      // The Docker Beginner lab runs on the Play with Docker classroom, the name students give it.
      ...(module.title === 'Lab: DevOps Docker Beginners Guide' ? { otherTitles: ['Play with Docker Classroom'] } : {}),
    })),
  };
}

export function bundledCourseText(siteDir: string): string {
  const pages = coursePages.map((name) => ({ name, text: readFileSync(path.join(siteDir, name), 'utf8') }));
  const read = readCoursePages(pages, { year: courseYear });
  if (!read.spec) throw new Error(read.problems.join('\n'));
  return courseJsonText(withCourseFacts(read.spec));
}

if (process.argv[1] && path.resolve(process.argv[1]) === path.resolve(__filename)) {
  const siteDir = process.argv[2] ?? '../shared/corpus/course-site';
  writeFileSync('server/data/course.json', bundledCourseText(siteDir));
  console.log('wrote server/data/course.json');
}
