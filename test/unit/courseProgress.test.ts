import assert from 'node:assert/strict';
import { courseAreasOf } from '../../server/src/course/notesAreas';
import { courseProgress, type AreaProgress, type LevelProgress } from '../../server/src/course/progress';
import { summariseNotes } from '../../server/src/course/studentNotes';
import type { Course } from '../../server/src/catalog/course';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { parseNotes } from '../../server/src/notes/parse';
import { readCourseFile } from '../../server/src/catalog/courseFile';

const course: Course = bundledCourse;
const notes = (...lines: string[]) => {
  const text = lines.join('\n');
  return summariseNotes('README.md', parseNotes(text, { catalog: bundledCourse.catalog }), text, true);
};
/** What a level still asks, as titles and minutes. */
const leftOf = (level: LevelProgress) => level.left.map(({ title, minutes }) => ({ title, minutes }));
const progressOf = (...lines: string[]) => courseProgress([notes(...lines)], course);
const area = (areas: AreaProgress[], name: string) => areas.find((entry) => entry.area === name) as AreaProgress;
const docker = (...lines: string[]) => area(progressOf(...lines).areas, 'Docker and Containers');

/** Docker's Beginner level, written in a student's words: both modules with something learned. */
const dockerBeginner = [
  '## Area 1: Docker and Containers',
  '> Beginner Level',
  '- [Why Docker Video ~10 mins](https://www.youtube.com/watch?v=RYDHUTHLf8U)',
  '  - containers ship the whole runtime, so "works on my machine" stops being an excuse',
  '- Lab: DevOps Docker Beginners Guide (45 min)',
  '  - ran hello-world and an alpine shell; images are layers, containers are processes',
];

/** Every Intermediate module of Docker, titled the way students title them, each with a line of notes. */
const dockerIntermediate = [
  '> Intermediate Level',
  ...[
    'What are Containers video (18 min)',
    'VMs Versus Containers (8 min)',
    'Docker Intro lab (30 min)',
    'Doing more with Docker Images (45 min)',
    'VMs Versus Containers Deep Dive (9 min)',
    'Docker Networking lab (45 min)',
    'Swarm Mode Introduction (45 min)',
    'Video: Kubernetes vs Swarm (4 min)',
    'Kubernetes in 5 Minutes video (5 min)',
    'Learn more about Kubernetes on your own (30 min)',
    'Install Docker on a cluster of EC2 VMs and use Kubernetes (90 min)',
  ].flatMap((title) => [`### ${title}`, `Wrote down what ${title.split(' (')[0]} taught me about scheduling and isolation.`, '']),
];

const bringItTogether = ['> Bring it together', '### AWS Tutorial: Break a Monolith Application into Microservices (2 h)', 'Split the node app into three ECS services behind an ALB.'];

describe('course progress', () => {
  describe('a module is done when notes are written under it', () => {
    it('notes under it: done; an empty module or one holding only the template sentence: not done', () => {
      const level = docker(
        '## Docker and Containers',
        '> Beginner Level',
        '### Video: Why Docker? (10 min)',
        'Docker images package the app with its libraries.',
        '### Lab: DevOps Docker Beginners Guide (45 min)',
        '',
      ).levels[0];
      assert.deepEqual([level.done, level.required], [1, 2]);
      assert.deepEqual(leftOf(level), [{ title: 'Lab: DevOps Docker Beginners Guide', minutes: 45 }]);
      const templateOnly = docker('## Docker and Containers', '> Beginner Level', '### Video: Why Docker? (10 min)', 'Include notes here about each of the links', '### Lab: DevOps Docker Beginners Guide (45 min)', '-').levels[0];
      assert.equal(templateOnly.done, 0);
      assert.equal(templateOnly.minutesLeft, 55);
    });

    it('a module linked to the student\'s own notes file is done; one linked to the course\'s resource or site is not', () => {
      const linked = docker('## Docker and Containers', '> Beginner Level', '> [Video: Why Docker? Note](https://github.com/someone/dist-sys-practice/blob/master/WhyDockerNote.pdf) 25 min', '', '- [Lab: DevOps Docker Beginners Guide](https://someone.github.io/practice/docker-lab/) - 60 min');
      assert.equal(linked.levels[0].done, 2);
      const toResource = docker('## Docker and Containers', '> Beginner Level', '- [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) - 10 min', '- [Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/ops-s1-hello/) - 45 min');
      assert.equal(toResource.levels[0].done, 0);
      const site = courseProgress([notes('## Docker', '> Beginner Level', '- [Video: Why Docker?](https://gwdistsys18.github.io/learn/docker/) - 10 min')], { ...course, site: 'https://gwdistsys18.github.io/' });
      assert.equal(area(site.areas, 'Docker and Containers').levels[0].done, 0);
    });

    it('a group or level of the course linked to the student\'s own page stands for all its modules: likely, and checked by hand', () => {
      const result = docker(
        '## Area 1: Docker and Containers',
        '- Beginner Level: [Intro to Docker](http://me.example/practice/intro-to-docker/)',
        '- Containers: [All About Containers](http://me.example/practice/all-about-containers/)',
        '- Bringing it All Together: [Breaking Up a Monolith](http://me.example/practice/monolith/)',
      );
      assert.equal(result.levels[0].done, 2);
      assert.deepEqual(result.levels[1].left.map((module) => module.title).filter((title) => /Containers\?$|Docker Intro|Images|Deep Dive|Monolith/.test(title)), []);
      const groups = result.likely.map((module) => [module.title, module.catalog.length]);
      assert.deepEqual(groups, [['Beginner Level', 2], ['Containers', 5], ['Bringing it All Together', 1]]);
      // The course's own address on such a line is that module, not the group: no module stands for the group.
      const toResource = docker('## Area 1: Docker and Containers', '- Containers: [What are Containers?](https://www.youtube.com/watch?v=EnJ7qX9fkcU)');
      assert.ok(!toResource.likely.some((module) => module.catalog.length > 1));
      assert.equal(toResource.levels[1].done, 0);
    });

    it('a missing time does not undo a module', () => {
      const level = docker('## Docker and Containers', '> Beginner Level', '### Video: Why Docker?', 'Learned why images beat VMs for shipping.', '### Lab: DevOps Docker Beginners Guide', 'Ran my first container.').levels[0];
      assert.equal(level.done, 2);
    });
  });

  describe('matching notes modules to the course', () => {
    it('by URL whatever the title says', () => {
      const level = docker('## Docker', '> Beginner Level', '- [My first docker thing](https://www.youtube.com/watch?v=RYDHUTHLf8U) 10 min', '  - Saw why.', '- [The hello-world lab](https://training.play-with-docker.com/ops-s1-hello/) 45 min', '  - Did it.').levels[0];
      assert.equal(level.done, 2);
    });

    it('by a student-style title: "Why Docker Video", "VMs Versus Containers Deep Dive"', () => {
      const result = docker(...dockerBeginner, '> Intermediate Level', '### VMs Versus Containers Deep Dive', 'Hypervisors versus namespaces.');
      assert.equal(result.levels[0].done, 2);
      assert.equal(result.levels[1].done, 1);
      assert.ok(!result.levels[1].left.some((module) => module.title === 'Video: VMs Versus Containers Deep Dive'));
      assert.ok(result.levels[1].left.some((module) => module.title === 'Video: VMs Versus Containers'));
    });
  });

  describe('notes areas are matched to catalog areas whatever their heading', () => {
    for (const heading of ['## Area 1 Docker', '## Docker and Containers', '## Area 2 - Docker and Countainers', '## [Cloud Web Apps](https://gwdistsys18.github.io/learn/web/)', '## 3. Big Data']) {
      it(heading, () => {
        const text = [heading, '> Beginner Level', '### Some video (10 min)', 'notes'].join('\n');
        const model = parseNotes(text, { catalog: bundledCourse.catalog });
        const progress = courseProgress([summariseNotes('README.md', model, text, true)], course);
        const expected = /docker/i.test(heading) ? 'Docker and Containers' : /cloud/i.test(heading) ? 'Cloud Web Apps' : 'Big Data and Machine Learning';
        assert.equal(courseAreasOf(model.areas, 'README.md', progress)[0], expected);
      });
    }

    it('a bare "Area 2" is known by its modules', () => {
      const text = ['## Area 2', '> Beginner Level', '### Video: Hadoop Intro (15 min)', 'HDFS splits files into blocks.'].join('\n');
      const model = parseNotes(text, { catalog: bundledCourse.catalog });
      const progress = courseProgress([summariseNotes('README.md', model, text, true)], course);
      assert.equal(courseAreasOf(model.areas, 'README.md', progress)[0], 'Big Data and Machine Learning');
    });

    it('progress is reported per catalog area, named as the catalog names it', () => {
      assert.deepEqual(
        progressOf(...dockerBeginner).areas.map((entry) => entry.area),
        ['Cloud Web Apps', 'Docker and Containers', 'Big Data and Machine Learning', 'SDN and NFV'],
      );
    });
  });

  describe('levels', () => {
    it('Beginner is reached when its modules are done', () => {
      const result = docker(...dockerBeginner);
      assert.equal(result.reached, 'Beginner');
      assert.deepEqual(result.levels.map((level) => [level.level, level.done, level.required]), [['Beginner', 2, 2], ['Intermediate', 0, 12]]);
    });

    it('Intermediate needs the Bring-it-together module too', () => {
      const without = docker(...dockerBeginner, ...dockerIntermediate);
      assert.equal(without.reached, 'Beginner');
      assert.deepEqual(leftOf(without.levels[1]), [{ title: 'AWS Tutorial: Break a Monolith Application into Microservices', minutes: 120 }]);
      assert.equal(without.levels[1].minutesLeft, 120);
      assert.equal(docker(...dockerBeginner, ...dockerIntermediate, ...bringItTogether).reached, 'Intermediate');
    });

    it('a level is not reached while a lower one is not', () => {
      const result = docker('## Docker and Containers', ...dockerIntermediate, ...bringItTogether);
      assert.deepEqual(result.levels.map((level) => level.met), [false, true]);
      assert.equal(result.reached, null);
    });

    it('either Hadoop lab does for Beginner (the course withdrew the QwikLab for the tutorial); one listed under two levels is done once for both', () => {
      const bigData = area(progressOf('## Big Data', '> Beginner Level', '### Video: Hadoop Intro (15 min)', 'Map then reduce.', '### AWS Tutorial: Analyze Big Data with Hadoop (1 h)', 'Ran an EMR cluster.').areas, 'Big Data and Machine Learning');
      assert.equal(bigData.reached, 'Beginner');
      assert.equal(bigData.levels[1].done, 1);
    });
  });

  describe('rounds', () => {
    it('Round 1 is met with Intermediate in one area and Beginner in another; Round 2 is not', () => {
      const { rounds } = progressOf(...dockerBeginner, ...dockerIntermediate, ...bringItTogether, '## Cloud Web Apps', '> Beginner Level', '### AWS Tutorial: Launch a VM (30 min)', 'Picked t2.micro.', '### QwikLab: Intro to S3 (30 min)', 'Buckets and objects.');
      assert.deepEqual(rounds.map(({ name, due, met }) => ({ name, due, met })), [
        { name: 'Round 1', due: '2018-10-29', met: true },
        { name: 'Round 2', due: '2018-12-09', met: false },
      ]);
      assert.deepEqual(rounds[1].missing, ['1 more area at Intermediate', '1 more area at Beginner or above']);
      assert.deepEqual(rounds[1].alternatives, ['complete a final project in an area of your choice']);
    });

    it('Beginner in two areas without Intermediate does not meet Round 1', () => {
      const { rounds } = progressOf(...dockerBeginner, '## Big Data', '> Beginner Level', '### Hadoop Intro video', 'Blocks and replicas.', '### Analyze Big Data with Hadoop tutorial', 'EMR.');
      assert.equal(rounds[0].met, false);
      assert.deepEqual(rounds[0].missing, ['1 more area at Intermediate']);
    });

    it('several files of one student count together', () => {
      const first = notes(...dockerBeginner);
      const second = notes('## Docker', ...dockerIntermediate, ...bringItTogether);
      assert.equal(area(courseProgress([first], course).areas, 'Docker and Containers').reached, 'Beginner');
      assert.equal(area(courseProgress([first, second], course).areas, 'Docker and Containers').reached, 'Intermediate');
    });
  });

  describe('a course with its own levels and rounds', () => {
    const read = readCourseFile(
      'queues.json',
      JSON.stringify({
        course: 'Queues 101',
        levels: [{ name: 'Bronze' }, { name: 'Gold', includes: ['Gold', 'Capstone'] }],
        rounds: [{ name: 'Checkpoint', due: '2025-03-01', requires: [{ level: 'Gold', areas: 1 }] }],
        modules: [
          { area: 'Message Queues', level: 'Bronze', title: 'Video: Why Queues?', minutes: 12 },
          { area: 'Message Queues', level: 'Gold', title: 'Lab: Kafka Quickstart', minutes: 60 },
          { area: 'Message Queues', level: 'Capstone', title: 'Build an Order Pipeline', minutes: 120 },
          { area: 'Message Queues', level: 'Extra', title: 'Broker Internals' },
        ],
      }),
    );
    const queues = read.course as Course;
    const model = (text: string) => summariseNotes('README.md', parseNotes(text, { catalog: queues.catalog }), text, true);

    it('reads them without problems', () => {
      assert.equal(read.problem, undefined);
      assert.deepEqual(queues.rules.levels.map((level) => level.name), ['Bronze', 'Gold']);
      assert.equal(queues.title, 'Queues 101');
      assert.equal(queues.id, 'queues');
    });

    it('measures notes with them', () => {
      const partway = courseProgress([model('## Message Queues\n### Video: Why Queues? (12 min)\nBack-pressure.\n### Lab: Kafka Quickstart (1 h)\nPartitions.')], queues);
      assert.deepEqual(
        partway.areas.map(({ area, reached, next, levels }) => ({ area, reached, next, levels: levels.map((level) => ({ ...level, left: leftOf(level) })) })),
        [
          {
            area: 'Message Queues',
            reached: 'Bronze',
            next: 'Gold',
            levels: [
              { level: 'Bronze', met: true, required: 1, done: 1, left: [], minutesLeft: 0 },
              { level: 'Gold', met: false, required: 2, done: 1, left: [{ title: 'Build an Order Pipeline', minutes: 120 }], minutesLeft: 120 },
            ],
          },
        ],
      );
      assert.deepEqual(partway.rounds, [{ name: 'Checkpoint', due: '2025-03-01', met: false, missing: ['1 more area at Gold'] }]);
      const finished = courseProgress([model('## Message Queues\n### Video: Why Queues?\nBack-pressure.\n### Lab: Kafka Quickstart\nPartitions.\n### Build an Order Pipeline\nThree consumers.')], queues);
      assert.equal(finished.rounds[0].met, true);
    });

    it('names the field of a bad level or round', () => {
      const problemsOf = (course: object) => readCourseFile('bad.json', JSON.stringify(course)).problem;
      assert.equal(
        problemsOf({ levels: [{ name: 'Bronze' }, { name: '' }], rounds: [{ name: 'R2', due: '2025-03-01', requires: [] }], modules: [{ area: 'A', level: 'Bronze', title: 'Only module' }] }),
        'the course file bad.json: levels[1].name: must not be empty (and 1 more problem: study-notes course check bad.json)',
      );
      assert.equal(
        problemsOf({ levels: [{ name: 'Bronze' }], rounds: [{ name: 'R1', due: '1 March', requires: [{ level: 'Bronze', areas: 1 }] }, { name: 'R3', due: '2025-02-30', requires: [{ level: 'Platinum', areas: 1 }] }], modules: [{ area: 'A', level: 'Bronze', title: 'Only module' }] }),
        'the course file bad.json: rounds[0].due: "1 March" is no date: write YYYY-MM-DD (the end of that day in the course\'s time zone) or a date-time with its offset, 2025-03-14T17:00-05:00 (and 2 more problems: study-notes course check bad.json)',
      );
    });
  });
});
