// The course's own level and area names are what the notes reader knows levels and areas by, in
// every style students write a level in, alike in both line sources. Labelled by hand: each
// example says which lines are levels (and which level), and which are modules.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import type { Course } from '../../server/src/catalog/course';
import { readCourseFile } from '../../server/src/catalog/courseFile';
import { parseNotes } from '../../server/src/notes/parse';
import { readNotesFromLines } from '../../server/src/notes/textLines';
import type { NotesModel } from '../../server/src/notes/types';

const examples = path.resolve(__dirname, '../../examples');
const courseOf = (file: string): Course => readCourseFile(file, readFileSync(path.join(examples, file), 'utf8')).course as Course;
const kubernetes = courseOf('kubernetes-course/course.md');
const web = courseOf('web-course/course.json');

interface Labelled {
  name: string;
  course: Course;
  lines: string[];
  /** 1-based line to the level it opens. */
  levels: Record<number, string>;
  /** 1-based lines that open modules, to their level. */
  modules: Record<number, string | undefined>;
  /** The notes' areas, as their topics are read. */
  areas: string[];
}

const labelled: Labelled[] = [
  {
    name: 'a check list, headings, quotes, emphasis and an area’s note of a course whose levels are Basics and Practitioner',
    course: kubernetes,
    lines: [
      '# My notes', // 1
      '## Cluster Basics', // 2
      '- [x] Basics', // 3
      '- [ ] Practitioner', // 4
      '### Basics', // 5
      '[Tutorial: Create a Deployment with kubectl](https://kubernetes.io/docs/tutorials/kubernetes-basics/deploy-app/deploy-intro/) (20 min)', // 6
      'notes', // 7
      '> Practitioner Level', // 8
      '', // 9
      '[Reading: Kubernetes Components](https://kubernetes.io/docs/concepts/overview/components/) (25 min)', // 10
      'notes', // 11
      '## Workloads and State (basics)', // 12
      'Tutorial: Performing a Rolling Update - 25 min', // 13
      'notes', // 14
      '> **_Practitioner Level_**', // 15
      '', // 16
      '#### Tutorial: StatefulSet Basics (1 hour)', // 17
      'notes', // 18
      '## Networking and Operations', // 19
      '__Basics:__', // 20
      '', // 21
      '* [Reading: Ingress](https://kubernetes.io/docs/concepts/services-networking/ingress/) ~30 mins', // 22
      '  notes', // 23
    ],
    levels: { 3: 'Basics', 4: 'Practitioner', 5: 'Basics', 8: 'Practitioner', 12: 'Basics', 15: 'Practitioner', 20: 'Basics' },
    modules: { 6: 'Basics', 10: 'Practitioner', 13: 'Basics', 17: 'Practitioner', 22: 'Basics' },
    areas: ['Cluster Basics', 'Workloads and State', 'Networking and Operations'],
  },
  {
    name: 'another course’s level words are no levels here, its own words and other names are, and a module titled by a level’s name is a module',
    course: web,
    lines: [
      '## Frontend', // 1
      '### Lectures', // 2
      '[Lecture 0: HTML and CSS](https://cs50.harvard.edu/web/2020/weeks/0/) (1 h 50 min)', // 3
      'notes', // 4
      '> Beginner Level', // 5
      '', // 6
      '### Builder Level', // 7
      '[Project 0: Search](https://cs50.harvard.edu/web/2020/projects/0/search/) (6 h)', // 8
      'notes', // 9
      '## Shipping to Production', // 10
      '> Final Project', // 11
      '', // 12
      '[Final Project: Capstone](https://cs50.harvard.edu/web/2020/projects/final/capstone/) (20 h)', // 13
      'notes', // 14
      '### Intermediate', // 15
      'more notes', // 16
    ],
    levels: { 2: 'Core', 7: 'Builder', 11: 'Capstone' },
    modules: { 3: 'Core', 8: 'Builder', 13: 'Capstone' },
    areas: ['Frontend', 'Shipping to Production'],
  },
  {
    name: 'the bundled course reads its own words as before, and none of another course',
    course: bundledCourse,
    lines: [
      '## Area 1: Docker', // 1
      '> Beginner Level', // 2
      '', // 3
      '[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (10 min)', // 4
      'notes', // 5
      '#### Bring it all together', // 6
      '[AWS Tutorial: Break a Monolith Application into Microservices](https://aws.amazon.com/getting-started/projects/break-monolith-app-microservices-ecs-docker-ec2/?trk=gs_card) (2 h)', // 7
      'notes', // 8
      '### Basics', // 9
      'more notes', // 10
    ],
    levels: { 2: 'Beginner', 6: 'Bring it together' },
    modules: { 4: 'Beginner', 7: 'Bring it together' },
    areas: ['Docker'],
  },
  {
    name: 'a heading of one word a slip from one level is that level; a word farther, or near none of the course’s levels, is none',
    course: bundledCourse,
    lines: [
      '## Area 1: Docker', // 1
      '### Begginer Level', // 2
      '[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (10 min)', // 3
      'notes', // 4
      '### Intermedate:', // 5
      '[Lab: Docker Networking](https://training.play-with-docker.com/docker-networking-hol/) (45 min)', // 6
      'notes', // 7
      '### Interview', // 8
      'my first steps', // 9
      '### Advance level', // 10
      '[Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) (30 min)', // 11
      'notes', // 12
      '## Area 2: Cloud Web Apps', // 13
      '### Begginer', // 14: no "level", and no level heading beside it
      '### [Beginnner](https://example.com/mine) Level', // 15: a link leads it
      '[Video: Virtualization](https://www.youtube.com/watch?v=GIdVRB5yNsk) (20 min)', // 16
      '#### Intermediary', // 17: deeper than a level, in a module's notes
      'notes', // 18
    ],
    levels: { 2: 'Beginner', 5: 'Intermediate' },
    modules: { 3: 'Beginner', 6: 'Intermediate', 11: undefined, 14: undefined, 15: undefined, 16: undefined },
    areas: ['Docker', 'Cloud Web Apps'],
  },
  {
    name: 'another course’s levels misspelt: `Basic Level` is Basics, `Practicioner` beside it Practitioner',
    course: kubernetes,
    lines: [
      '## Cluster Basics', // 1
      '### Basic Level', // 2
      '[Tutorial: Create a Deployment with kubectl](https://kubernetes.io/docs/tutorials/kubernetes-basics/deploy-app/deploy-intro/) (20 min)', // 3
      'notes', // 4
      '### Practicioner', // 5: as high as the level heading above it
      '[Reading: Kubernetes Components](https://kubernetes.io/docs/concepts/overview/components/) (25 min)', // 6
      'notes', // 7
    ],
    levels: { 2: 'Basics', 5: 'Practitioner' },
    modules: { 3: 'Basics', 6: 'Practitioner' },
    areas: ['Cluster Basics'],
  },
  {
    name: 'a line of its own a slip from one level that says it is a level is that level; without "level" it is none',
    course: bundledCourse,
    lines: [
      '## Area 1: Docker', // 1
      'Begginer level', // 2
      '', // 3
      '[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (10 min)', // 4
      'notes', // 5
      '', // 6
      'Intermedate', // 7
      '', // 8
      '[Lab: Docker Networking](https://training.play-with-docker.com/docker-networking-hol/) (45 min)', // 9
      'notes', // 10
    ],
    levels: { 2: 'Beginner' },
    modules: { 4: 'Beginner', 9: 'Beginner' },
    areas: ['Docker'],
  },
  {
    name: 'a setext heading\'s text is a line of its own: a slip from one level that says it is a level is that level, in a quote too; two lines of text are none',
    course: bundledCourse,
    lines: [
      '## Area 1: Docker', // 1
      'Begginer Level', // 2
      '--------------', // 3
      '', // 4
      '[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (10 min)', // 5
      'notes', // 6
      '', // 7
      '> Intermedate level', // 8
      '> ===', // 9
      '', // 10
      '[Lab: Docker Networking](https://training.play-with-docker.com/docker-networking-hol/) (45 min)', // 11
      'notes', // 12
      '', // 13
      'My own advansed', // 14
      'level notes', // 15
      '---', // 16
      '', // 17
      '[Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) (30 min)', // 18
      'notes', // 19
    ],
    levels: { 2: 'Beginner', 8: 'Intermediate' },
    modules: { 5: 'Beginner', 11: 'Intermediate', 18: 'Intermediate' },
    areas: ['Docker'],
  },
];

const sources: [string, (text: string, course: Course) => NotesModel][] = [
  ['remark line source', (text, course) => parseNotes(text, { catalog: course.catalog })],
  ['text line source', (text, course) => readNotesFromLines(text, { catalog: course.catalog })],
];

describe('the course’s level names are the levels of the notes', () => {
  for (const [source, read] of sources)
    describe(source, () => {
      for (const example of labelled)
        it(example.name, () => {
          const model = read(example.lines.join('\n'), example.course);
          assert.deepEqual(Object.fromEntries(model.levels.map((level) => [level.markerRange.start.line + 1, level.name])), example.levels);
          assert.deepEqual(Object.fromEntries(model.modules.map((module) => [module.openerRange.start.line + 1, module.level])), example.modules);
          assert.deepEqual(model.areas.map((area) => area.topic), example.areas);
        });
    });
});
