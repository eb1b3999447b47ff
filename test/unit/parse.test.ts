import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { gwWordsOnly } from '../support/courses';
import { parseNotes } from '../../server/src/notes/parse';
import { readNotesFromLines } from '../../server/src/notes/textLines';
import type { Module, NotesModel, Range } from '../../server/src/notes/types';

const fixtures = path.resolve(__dirname, '../fixtures/notes');
const parseFixture = (name: string): { text: string; model: NotesModel } => {
  const text = readFileSync(path.join(fixtures, name), 'utf8');
  return { text, model: parseNotes(text, { catalog: bundledCourse.catalog }) };
};
const textAt = (text: string, range: Range): string => {
  const lines = text.split(/\r\n|\r|\n/);
  if (range.start.line === range.end.line) return lines[range.start.line].slice(range.start.character, range.end.character);
  return [lines[range.start.line].slice(range.start.character), ...lines.slice(range.start.line + 1, range.end.line), lines[range.end.line].slice(0, range.end.character)].join('\n');
};
const minutesOf = (module: Module): number | string | undefined =>
  module.estimate?.kind === 'minutes' ? module.estimate.minutes.min : module.estimate?.kind;

describe('notes model', () => {
  describe('link paragraphs with (time: ...) under > level markers', () => {
    const { text, model } = parseFixture('link-paragraphs.md');

    it('reads a text that opens with two byte order marks with exact ranges, and a byte order mark as no blank, by both line sources', () => {
      // remark drops one mark before it counts offsets; the second is text to it.
      const text = '\ufeff\ufeff\n[AWS Tutorial: Launch a VM](https://aws.amazon.com/getting-started/tutorials/launch-a-virtual-machine/) (time: 0 min)\n\u{10000}';
      const item = '+ \ufeff';
      for (const read of [parseNotes, readNotesFromLines]) {
        assert.deepEqual(read(text, { catalog: bundledCourse.catalog }).modules.map((module) => module.range), [{ start: { line: 1, character: 0 }, end: { line: 2, character: 2 } }], read.name);
        assert.deepEqual(read(item, { catalog: bundledCourse.catalog }).placeholders, [], `${read.name}: an item holding a byte order mark is not empty`);
      }
    });

    it('reads a module titled with a word an object has by name (constructor, toString), by both line sources', () => {
    const text = '# Notes\n\n## Area 1: Docker\n\n### Video: The constructor pattern and toString (time: 5 min)\n\nnotes\n';
    for (const read of [parseNotes, readNotesFromLines]) {
      assert.deepEqual(read(text, { catalog: bundledCourse.catalog }).modules.map((module) => module.title), ['Video: The constructor pattern and toString']);
    }
    assert.equal(bundledCourse.catalog.isGroup('constructor valueOf hasOwnProperty'), false);
  });

  it('reads title, numbered areas and levels', () => {
      assert.equal(model.title?.text, 'Distributed Systems Practice');
      assert.deepEqual(model.areas.map((area) => [area.number, area.topic]), [[1, 'Cloud Web Apps'], [2, 'Docker and Containers']]);
      assert.deepEqual(model.levels.map((level) => [level.name, level.areaIndex]), [['Beginner', 0], ['Intermediate', 0], ['Beginner', 1]]);
    });

    it('reads modules with their estimates, telling empty and unreadable apart', () => {
      assert.deepEqual(model.modules.map((m) => [m.title, minutesOf(m), m.level]), [
        ['AWS Tutorial: Launch a VM', 30, 'Beginner'],
        ['QwikLab: Intro to S3', 'empty', 'Beginner'],
        ['Video: Virtualization', 'unreadable', 'Intermediate'],
      ]);
      assert.equal(model.modules[0].url, 'https://aws.amazon.com/getting-started/tutorials/launch-a-virtual-machine/');
    });

    it('keeps exact ranges of titles and estimates', () => {
      const [launch, s3] = model.modules;
      assert.equal(textAt(text, launch.titleRange), 'AWS Tutorial: Launch a VM');
      assert.equal(launch.estimate && textAt(text, launch.estimate.range), '(time: 30 min)');
      assert.equal(s3.estimate && textAt(text, s3.estimate.range), '(time: )');
      assert.ok(textAt(text, launch.openerRange).startsWith('[AWS Tutorial: Launch a VM]'));
    });

    it('takes images and prose as notes, a module with nothing under it as without notes', () => {
      assert.deepEqual(model.modules.map((m) => m.hasNotes), [true, true, false]);
      assert.equal(model.modules[0].notesRange?.start.line, 8);
      assert.equal(model.modules[0].notesRange?.end.line, 10);
    });

    it('finds the template placeholder that shares a paragraph with a level marker', () => {
      assert.deepEqual(model.placeholders.map((p) => [p.text, p.range.start.line]), [['Include notes here about each of the links', 22]]);
      assert.equal(model.areas[1].modules.length, 0);
    });

    it('does not count template text under a module as its notes', () => {
      const withTemplate = parseNotes('## Area 1: Docker\n> Beginner Level\n\n[Video: Why Docker?](https://x.example/v) (10 min)\n\n> Include notes here about each of the links\n', { catalog: gwWordsOnly });
      assert.equal(withTemplate.modules[0].hasNotes, false);
      assert.equal(withTemplate.placeholders.length, 1);
    });

    it('records inline code for the docker features', () => {
      assert.ok(model.code.some((span) => span.kind === 'inline' && span.lines[0].text === 'ssh -i key.pem ec2-user@host'));
    });
  });

  describe('headings', () => {
    const { model } = parseFixture('headings.md');

    it('reads heading modules, leaves deeper step headings in the notes', () => {
      assert.deepEqual(model.modules.map((m) => [m.title, minutesOf(m), m.style]), [
        ['Video: Why Docker?', 12, 'heading'],
        ['Lab: DevOps Docker Beginners Guide', 90, 'heading'],
        ['Kubernetes in 5 Minutes', undefined, 'heading'],
        ['Docker Networking', 25, 'heading'],
      ]);
    });

    it('reads a level and a module from one heading, the estimate from the line under it', () => {
      const networking = model.modules[3];
      assert.equal(networking.level, 'Intermediate');
      assert.equal(model.levels[1].markerRange.start.line, networking.openerRange.start.line);
      assert.equal(networking.estimate?.range.start.line, 15);
      assert.equal(networking.hasNotes, true);
    });

    it('reads a run of headings written without their space in one paragraph as headings, by both line sources; a `#` past its first line stays text', () => {
      const text = ['## Big Data', '', '---', '##Data Storage:', '###QwikLab: Intro to S3', '####Task1: Create a Bucket', 'I created a bucket.', '#include is C, not a heading'].join('\n');
      for (const read of [parseNotes, readNotesFromLines]) {
        const model = read(text, { catalog: bundledCourse.catalog });
        assert.deepEqual(model.modules.map((module) => [module.title, module.openerRange.start.line, module.notesRange?.end.line]), [['QwikLab: Intro to S3', 4, 7]]);
      }
    });

    it('a heading without its space in the notes of a module headed with one is text, as the student sees it: it ends nothing', () => {
      const text = ['## Big Data', '### Build a Serverless Real-Time Data Processing App', '', '#Use points:', 'No servers to provision or scale.', '', '### Video: Hadoop Intro', 'HDFS and MapReduce.'].join('\n');
      for (const read of [parseNotes, readNotesFromLines]) {
        const model = read(text, { catalog: bundledCourse.catalog });
        assert.deepEqual(model.modules.map((module) => [module.title, module.notesRange?.start.line, module.notesRange?.end.line]), [
          ['Build a Serverless Real-Time Data Processing App', 3, 4],
          ['Video: Hadoop Intro', 7, 7],
        ]);
      }
    });

    it('reads a topic heading whose notes the student closed with a time, in parentheses or labelled after a sentence, as a module, and a short one beside it; a time inside the sentence is none', () => {
      const text = [
        '# Docker and Containers',
        '## Port mappings',
        'Ran my first containers; the port mappings were the hardest part. (1 hour)',
        '## VPC',
        'Made a VPC with two subnets, the routes went into its table. (45 min)',
        '## EKS',
        'Made a cluster with eksctl (8 minutes for the nodes), longer in the console.',
        '# Cloud Web Apps',
        '## Port scans',
        'Scanned my own VM and found ssh and http open. Time: about 1h45 for both.',
      ].join('\n');
      for (const read of [parseNotes, readNotesFromLines]) {
        const model = read(text, { catalog: bundledCourse.catalog });
        assert.deepEqual(
          model.modules.map((module) => [module.title, minutesOf(module), module.hasNotes]),
          [
            ['Port mappings', 60, true],
            ['VPC', 45, true],
            ['EKS', undefined, true],
            ['Port scans', 105, true],
          ],
          read.name,
        );
        // A README's section before any area is no topic the student timed.
        assert.deepEqual(read('# my-tool\n\n## Installation\n\nInstall it with npm, it is quick (2 min).\n\n## Usage\n\nRun it.\n', { catalog: bundledCourse.catalog }).modules, [], read.name);
      }
    });

    it('keeps the bash block with its language', () => {
      const block = model.code.find((span) => span.kind === 'block');
      assert.equal(block?.lang, 'bash');
      assert.deepEqual(block?.lines.map((line) => line.text), ['docker run -it alpine sh']);
    });
  });

  describe('list items', () => {
    const { model } = parseFixture('list-items.md');

    it('reads module lists, with estimates in the link text, as verbs and after a dash', () => {
      assert.deepEqual(model.modules.map((m) => [m.title, minutesOf(m)]), [
        ['Video: Hadoop Intro', 10],
        ['QwikLab: Intro to Amazon Redshift', 45],
        ['AWS Tutorial: Analyze Big Data with Hadoop', 90],
        ['Why Docker', 10],
        ['VMs Versus Containers', 8],
      ]);
    });

    it('leaves reference links nested in a module as its notes', () => {
      assert.ok(!model.modules.some((m) => m.title === 'A useful article'));
      assert.equal(model.modules[0].notesRange?.end.line, 6);
    });

    it('reads the lines that go on with a level item\'s text, indented into it, as its modules, by both line sources; a lazy line is not read', () => {
      const area = '## Area 1: Docker and Containers\n\n';
      const why = '[Why Docker](https://www.youtube.com/watch?v=RYDHUTHLf8U) - 10 min';
      const shapes: [string, [string, [string, number | string | undefined][]][]][] = [
        ['* Beginner Level\n  ' + why + '\n\t[VMs Versus Containers](https://www.youtube.com/watch?v=L1ie8negCjc) (8 min)\n[Lab: Docker Intro](https://x.example/l) (30 min)\n', [['Beginner', [['Why Docker', 10], ['VMs Versus Containers', 8]]]]],
        ['1. Beginner\n   Lab: Docker Intro - 30 min\n   Lab: Docker Swarm - 40 min\n2. Intermediate\n   Lab: Kubernetes - 20 min\n', [['Beginner', [['Lab: Docker Intro', 30], ['Lab: Docker Swarm', 40]]], ['Intermediate', [['Lab: Kubernetes', 20]]]]],
        // Four columns in is still the item's text, not code; a task box is part of the content, not where it starts.
        ['- Beginner\n    ' + why + '\n', [['Beginner', [['Why Docker', 10]]]]],
        ['- [x] Beginner\n  ' + why + '\n', [['Beginner', [['Why Docker', 10]]]]],
        // After `-` and a tab the content starts at column 4: a line two columns in goes on lazily.
        ['-\tBeginner\n  ' + why + '\n', [['Beginner', []]]],
        ['- Beginner\n  **Lab: Docker Intro**\n\n  Time: 30 min\n', [['Beginner', [['Lab: Docker Intro', 30]]]]],
        // A bold title takes the time of the next block in its item, four columns in too; not one past the item.
        ['- Beginner\n  **Lab: Kubernetes**\n\n    Time: 30 min\n', [['Beginner', [['Lab: Kubernetes', 30]]]]],
        ['- Beginner\n  **Lab: Kubernetes**\n\nTime: 30 min\n', [['Beginner', [['Lab: Kubernetes', 30]]]]],
        // A nested list ends the level's text: `2.` under it is an item, and the time under that the module's.
        ['- Beginner\n  - ' + why.replace(' - 10 min', '') + '\n  2. Advanced\nTime: 25 min\n', [['Beginner', [['Why Docker', 25]]]]],
      ];
      for (const [shape, levels] of shapes) {
        const reading = (notes: NotesModel) => [notes.levels.map((level) => [level.name, level.modules.map((m) => [m.title, minutesOf(m)])]), notes.modules.map((m) => [m.titleRange, m.estimate?.range])];
        const precise = parseNotes(area + shape, { catalog: bundledCourse.catalog });
        assert.deepEqual(reading(precise)[0], levels, shape);
        assert.deepEqual(reading(readNotesFromLines(area + shape, { catalog: bundledCourse.catalog })), reading(precise), shape);
      }
    });

    it('reads an entry of a title, its time set off and its notes as a module the course need not name in full, by both line sources; a sentence with a time is notes', () => {
      // A slip in the title (`Networkin`) or the student's own words (`Swarm lab`) made the whole line notes of the module above, unsaid.
      const entries = ['- Lab: Docker Intro (30 min)', '  - ran alpine', '- Lab: Docker Networkin (40 min) — made a bridge network and two containers on it', '- Swarm lab (20 min): made a swarm of three nodes and a service', '- It took me 40 min — mostly waiting for the pulls', '- I watched the first video (10 min): containers share the host kernel'];
      const paragraphs = ['Lab: Docker Intro (30 min) — ran alpine, then busybox in a container', '', 'Lab: Docker Networkin (40 min) — made a bridge network and two containers on it', '', 'It took me 40 min — mostly waiting for the pulls'];
      for (const [lines, expected] of [
        [entries, [['Lab: Docker Intro', 30, true], ['Lab: Docker Networkin', 40, true], ['Swarm lab', 20, true]]],
        [paragraphs, [['Lab: Docker Intro', 30, true], ['Lab: Docker Networkin', 40, true]]],
      ] as const) {
        const text = ['## Area 1: Docker and Containers', '', ...lines, ''].join('\n');
        for (const read of [parseNotes, readNotesFromLines]) {
          assert.deepEqual(read(text, { catalog: bundledCourse.catalog }).modules.map((m) => [m.title, minutesOf(m), m.hasNotes]), expected, read.name);
        }
      }
    });
  });

  describe('a heading beside a level heading', () => {
    it('ends the level and the notes of the item above: a timed item under `### Extra` is a module of no level, by both line sources', () => {
      const text = ['## Docker and Containers', '### Beginner', '- [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) - 20 min', '  Containers ship the app.', '### Extra', '- My own docker registry - 3 hours', '  Built a registry with TLS.', '#### Registry mirrors', 'A pull-through cache.'].join('\n');
      for (const read of [parseNotes, readNotesFromLines]) {
        const model = read(text, { catalog: bundledCourse.catalog });
        assert.deepEqual(model.modules.map((m) => [m.title, m.level, minutesOf(m), m.notesRange?.start.line, m.notesRange?.end.line]), [
          ['Video: Why Docker?', 'Beginner', 20, 3, 3],
          ['My own docker registry', undefined, 180, 6, 8],
        ], read.name);
        assert.equal(model.levels[0].range.end.line, 3, read.name);
      }
    });

    it('a plain heading among modules headed as high as the level, or as high as the area, ends nothing', () => {
      const beside = ['## Docker and Containers', '### Beginner Level', '### [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (10 min)', 'Containers ship.', '### My thoughts', 'Nice.', '### [Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/ops-s1-hello/) (45 min)', 'Ran alpine.'];
      const steps = ['# Cloud Web Applications', '## Intermediate', '- [AWS Tutorial: Build a Serverless Web Application](https://aws.amazon.com/getting-started/projects/build-serverless-web-app-lambda-apigateway-s3-dynamodb-cognito/)', '# Host a static website', 'An S3 bucket with the site.', '# AWS Tutorial: Build a Modern Web Application', 'Fargate and DynamoDB.'];
      for (const read of [parseNotes, readNotesFromLines]) {
        assert.deepEqual(read(beside.join('\n'), { catalog: bundledCourse.catalog }).modules.map((m) => m.level), ['Beginner', 'Beginner'], read.name);
        assert.ok(read(steps.join('\n'), { catalog: bundledCourse.catalog }).modules.every((m) => m.level === 'Intermediate'), read.name);
      }
    });

    it('a group of the course\'s page beside the level is inside it', () => {
      const text = ['# Cloud Web Applications', '## Intermediate', '### Video: Virtualization', 'Hypervisors.', '## Serverless and Edge Computing:', '### Intro to AWS lambda', 'Runs code on demand.'].join('\n');
      for (const read of [parseNotes, readNotesFromLines])
        assert.deepEqual(read(text, { catalog: bundledCourse.catalog }).modules.map((m) => [m.title, m.level]), [['Video: Virtualization', 'Intermediate'], ['Intro to AWS lambda', 'Intermediate']], read.name);
    });
  });

  describe('plain lists of titles right under an area', () => {
    const parse = (lines: string[]) => parseNotes(lines.join('\n'), { catalog: bundledCourse.catalog });

    it('reads items that each carry their own notes as modules, though none is a link or known module', () => {
      const model = parse(['## Area 1: Docker', '', '* Lab', '    Learned the docker CLI.', '', '* VMs vs Containers', '    * The hypervisor multiplexes hardware.', '* Learn on my own, and using AWS', '    * Deployed three pods.']);
      assert.deepEqual(model.modules.map((m) => [m.title, m.openerRange.start.line]), [['Lab', 2], ['VMs vs Containers', 5], ['Learn on my own, and using AWS', 7]]);
    });

    it('reads bare names as modules when some name the course\'s modules', () => {
      const model = parse(['## Docker', '- Docker Images Lab', '- Amazon Lab', '- Docker Networking Hands', '- Why docker']);
      assert.deepEqual(model.modules.map((m) => m.title), ['Docker Images Lab', 'Amazon Lab', 'Docker Networking Hands', 'Why docker']);
    });

    it('keeps reading the list so when an item is a course title ending in a question mark, as completing a module writes it, by both line sources', () => {
      const text = ['## Docker', '- Docker Images Lab', '- Amazon Lab', '- Docker Networking Hands', '- Why docker', '', '- Video: What are Containers? (time: 18 min)'].join('\n');
      for (const read of [parseNotes, readNotesFromLines])
        assert.deepEqual(read(text, { catalog: bundledCourse.catalog }).modules.map((m) => m.title), ['Docker Images Lab', 'Amazon Lab', 'Docker Networking Hands', 'Why docker', 'Video: What are Containers?'], read.name);
      // A question that names no module in full is a sentence: the list is no list of titles.
      assert.deepEqual(parse(['## Docker', '- Speed', '- Isolation', '- Why are containers fast?']).modules, []);
    });

    it('reads a table of modules, row by row, by both line sources: the title cell, the time cell, the notes; a row left without link or time is a module still, its time missing', () => {
      const text = [
        '## Area 1: Docker and Containers', '### Beginner Level', '',
        '| Module | Time | What I learned |', '|---|---|---|',
        '| [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) | 16 min | Containers start in seconds |',
        '| Lab: DevOps Docker Beginners Guide | about 45 minutes | ran \\| piped `docker ps` |',
        '| [Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) | | |',
        '| Kubernetes vs Swarm | | Swarm is simpler |', '',
      ].join('\n');
      for (const read of [parseNotes, readNotesFromLines]) {
        const model = read(text, { catalog: bundledCourse.catalog });
        assert.deepEqual(model.modules.map((m) => [m.title, m.style, m.estimate?.text, m.hasNotes, m.level]), [
          ['Video: Why Docker?', 'table-row', '16 min', true, 'Beginner'],
          ['Lab: DevOps Docker Beginners Guide', 'table-row', 'about 45 minutes', true, 'Beginner'],
          ['Lab: Docker Intro', 'table-row', undefined, false, 'Beginner'],
          ['Kubernetes vs Swarm', 'table-row', undefined, true, 'Beginner'],
        ], read.name);
        assert.equal(textAt(text, model.modules[0].titleRange), 'Video: Why Docker?');
        assert.equal(textAt(text, model.modules[1].notesRange!).startsWith('ran \\| piped'), true, read.name);
      }
    });

    it('reads a bare number in the time column of a table as a time in the unit its header names, by both line sources; under a header with no unit it is none', () => {
      const text = [
        '## Area 1: Docker and Containers', '### Beginner Level', '',
        '| Module | Time (min) | Notes |', '|---|---|---|',
        '| Why Docker? | 10 | containers ship the app |',
        '| Lab: Docker Intro | 30 | ran alpine |', '',
        'Module | Hours | Notes', '---|---|---',
        'Video: What are Containers? | 0.5 | namespaces and cgroups', '',
        '| Module | Time | Notes |', '|---|---|---|',
        '| Video: VMs Versus Containers | 8 | hypervisors |', '',
      ].join('\n');
      for (const read of [parseNotes, readNotesFromLines]) {
        const model = read(text, { catalog: bundledCourse.catalog });
        assert.deepEqual(model.modules.map((m) => [m.title, minutesOf(m), m.estimate?.text, m.notesRange && textAt(text, m.notesRange).split(/ \||\n/)[0]]), [
          ['Why Docker?', 10, '10', 'containers ship the app'],
          ['Lab: Docker Intro', 30, '30', 'ran alpine'],
          ['Video: What are Containers?', 30, '0.5', 'namespaces and cgroups'],
          ['Video: VMs Versus Containers', undefined, undefined, '8'],
        ], read.name);
      }
    });

    it('reads a row of a table of modules as the student\'s module where the course does not name it in full, by both line sources: after a module\'s row, or under a header naming modules and their time; a total is none', () => {
      // `Lab: Docker Intrro` and `Beginers` were notes, their times dropped from the totals, unsaid.
      const text = [
        '## Area 1: Docker and Containers', '### Beginner Level', '',
        '| Module | Hours | What I learned |', '|---|---|---|',
        '| Lab: Docker Intrro | 0.5 | ran alpine |',
        '| Video: Why Docker? | 0.25 | containers ship the app |',
        '| Lab: DevOps Docker Beginers Guide | 0.75 | docker ps |',
        '| **Total** | 1.5 | |', '',
        '| Step | Time (min) |', '|---|---|',
        '| Pull the image | 5 |', '',
      ].join('\n');
      for (const read of [parseNotes, readNotesFromLines]) {
        assert.deepEqual(read(text, { catalog: bundledCourse.catalog }).modules.map((m) => [m.title, minutesOf(m), m.hasNotes]), [
          ['Lab: Docker Intrro', 30, true],
          ['Video: Why Docker?', 15, true],
          ['Lab: DevOps Docker Beginers Guide', 45, true],
        ], read.name);
      }
    });

    it('reads a table under a module of another kind as its notes, by both line sources: a first cell naming a module, unlinked and untimed, names it in passing', () => {
      const text = ['## Area 1: Docker and Containers', '', '[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (16 min)', '', '| Tool | Verdict |', '|---|---|', '| Kubernetes vs Swarm | Swarm is simpler |', ''].join('\n');
      for (const read of [parseNotes, readNotesFromLines]) {
        const model = read(text, { catalog: bundledCourse.catalog });
        assert.deepEqual(model.modules.map((m) => [m.title, m.hasNotes, m.range.end.line]), [['Video: Why Docker?', true, 6]], read.name);
      }
    });

    it('reads a table that interrupts a paragraph as remark does, by both line sources; a header of other width than its delimiter row is no table', () => {
      const rows = ['| Module | Time |', '|---|---|', '| [Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/ops-s1-hello/) | 45 min |'];
      const text = ['## Area 1: Docker and Containers', '', '[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (16 min)', 'some notes', ...rows, ''].join('\n');
      const narrow = text.replace('|---|---|', '|---|');
      // A delimiter row written as a list item (` - | - `) is a list item: the lines above are the paragraph's.
      const listed = text.replace('|---|---|', ' - | - ');
      for (const read of [parseNotes, readNotesFromLines]) {
        assert.deepEqual(read(text, { catalog: bundledCourse.catalog }).modules.map((m) => m.style), ['link-paragraph', 'table-row'], read.name);
        assert.deepEqual(read(narrow, { catalog: bundledCourse.catalog }).modules.map((m) => m.style), ['link-paragraph', 'link-paragraph'], read.name);
        assert.deepEqual(read(listed, { catalog: bundledCourse.catalog }).modules.map((m) => m.style), ['link-paragraph'], read.name);
      }
    });

    it('ends a table where GFM ends it, at a line that begins another block, by both line sources', () => {
      // `## Area 2` right under a table's last row was a row of it to the reading by lines: the area was lost.
      const starts = ['## Area 2: Cloud Web Apps', '#', '> Beginner Level', '- [AWS Tutorial: Launch a VM](https://aws.amazon.com/getting-started/tutorials/launch-a-virtual-machine/) (20 min)', '1. Lab: Docker Intro (30 min)', '```sh', '---', '<div>', '<span>', '<!-- a comment -->', '    code', 'a row without pipes', 'x | y', '-x'];
      const reading = (model: NotesModel) => JSON.stringify([model.areas.map((a) => [a.heading, a.range]), model.levels.map((l) => [l.name, l.range]), model.modules.map((m) => [m.title, m.range, m.notesRange])]);
      for (const next of starts) {
        const text = ['## Area 1: Docker and Containers', '> Intermediate Level', '', '[Video: VMs Versus Containers](https://www.youtube.com/watch?v=L1ie8negCjc) (8 min)', '', '| VM | Container |', '|---|---|', '| a kernel each | one kernel |', next, 'after', ''].join('\n');
        assert.equal(reading(readNotesFromLines(text, { catalog: bundledCourse.catalog })), reading(parseNotes(text, { catalog: bundledCourse.catalog })), next);
      }
    });

    it('leaves such lists inside a heading\'s notes, and bare names none of which is a module, as notes', () => {
      assert.deepEqual(parse(['## Big Data', '### Hadoop', '- HDFS', '    - A storage layer', '- HBASE', '    - Stores data in HDFS']).modules, []);
      assert.deepEqual(parse(['## Docker', '- Speed', '- Isolation', '- Portability']).modules, []);
    });

    it('takes an item starting with a level\'s word as a title, not a level marker', () => {
      const model = parse(['## Area 1: Docker', '* Docker intro', '    * Ran a database.', '* Advanced Deep Dive', '    * VMs vs containers']);
      assert.deepEqual(model.levels, []);
      assert.deepEqual(model.modules.map((m) => m.title), ['Docker intro', 'Advanced Deep Dive']);
      assert.deepEqual(parse(['## Area 1: Docker', '- [x] Beginner Level', '- [ ] Intermediate Level']).levels.map((l) => l.name), ['Beginner', 'Intermediate']);
    });
  });

  describe('a module whose notes go on in its own line', () => {
    const titles = (lines: string[]) => [parseNotes, readNotesFromLines].map((read) => read(lines.join('\n'), { catalog: bundledCourse.catalog }).modules.map((m) => [m.title, minutesOf(m), m.hasNotes]));
    const both = (expected: unknown[]) => [expected, expected];

    it('opens the course module a line names in full, and its words after the time are its notes', () => {
      assert.deepEqual(titles(['## Area 1: Docker and Containers', '### Intermediate', '1. **What are Containers?** (10 min) - containers share the host kernel and its namespaces.', '2. VMs vs Containers - 12 min: VMs virtualise hardware, containers only the OS.', '', '## Cloud Web Apps', '* Launch a VM (AWS tutorial), 30 minutes: launched a t2.micro, connected with ssh.', '* [QwikLab: Intro to S3](https://awseducate.qwiklabs.com/focuses/30?parent=catalog) (30 min) - made a bucket, uploaded objects, wrote a bucket policy, turned on versioning.']), both([
        ['What are Containers?', 10, true],
        ['VMs vs Containers', 12, true],
        ['Launch a VM (AWS tutorial)', 30, true],
        ['QwikLab: Intro to S3', 30, true],
      ]));
    });

    it('reads headings so, one after another', () => {
      assert.deepEqual(titles(['## Docker and Containers', '#### What are Containers? (10 min) - containers share the host kernel and isolate with namespaces.', 'More notes.', '#### VMs Versus Containers (8 min) - VMs virtualise the hardware, containers only the operating system.']), both([
        ['What are Containers?', 10, true],
        ['VMs Versus Containers', 8, true],
      ]));
    });

    it('reads a title without a time up to the colon or dash where its notes begin, in a list or in bold', () => {
      assert.deepEqual(titles(['## Docker and Containers', '### Beginner', '- Why Docker: Docker lets you ship one image from a laptop to the cloud.', '- Lab: DevOps Docker Beginners Guide - ran hello-world, alpine and a shell.', '', '### Intermediate', '**What are Containers?** Processes isolated by namespaces.', '', '**VMs Versus Containers:** VMs virtualise hardware.']), both([
        ['Why Docker', undefined, true],
        ['Lab: DevOps Docker Beginners Guide', undefined, true],
        ['What are Containers?', undefined, true],
        ['VMs Versus Containers', undefined, true],
      ]));
      assert.deepEqual(titles(['## Docker and Containers', '- Speed: containers start in a second.', '- Isolation: namespaces and cgroups.']), both([]));
    });

    it('leaves a sentence that names a module in part, or a named module inside another\'s notes, as notes', () => {
      assert.deepEqual(titles(['## Cloud Web Apps', '* This serverless web application takes me about 4 hours to finish, most of it on Cognito.', '* Docker speed (10 min) - containers start in a second, VMs in minutes.']), both([]));
      assert.deepEqual(titles(['## SDN and NFV', '### Introduction to SDN (Studied for one hour)', '* [Introduction to SDN](https://www.youtube.com/watch?v=DiChnu_PAzA) The big goal of SDN is to make the network open and programmable.']), both([['Introduction to SDN', 60, true]]));
    });
  });

  describe('a course module written out inside another\'s notes', () => {
    const read = (lines: string[]) => [parseNotes, readNotesFromLines].map((reader) => reader(lines.join('\n'), { catalog: bundledCourse.catalog }).modules.map((m) => [m.title, minutesOf(m), m.hasNotes]));
    const both = (expected: unknown[]) => [expected, expected];
    const launch = ['## Cloud Web Apps', '', '### AWS Tutorial: Launch a VM', 'Time spent: 40 min', '', 'Launched a VM and connected with ssh.', ''];

    it('opens it where its link is broken by a space, or its address written after its name', () => {
      assert.deepEqual(read([...launch, '[Video: Virtualization] https://www.youtube.com/watch?v=GIdVRB5yNsk', '', 'Virtualization began at IBM in the 1970s.', '', '[AWS Tutorial: Build a Modern Web Application] (https://aws.amazon.com/getting-started/projects/build-modern-app-fargate-lambda-dynamodb-python/)', '', 'Built it with Fargate.', '', '* QwikLab: Intro to DynamoDB: https://awseducate.qwiklabs.com/focuses/23?parent=catalog', 'Time spent: 30 min', 'Made a table of music.']), both([
        ['AWS Tutorial: Launch a VM', 40, true],
        ['Video: Virtualization', undefined, true],
        ['AWS Tutorial: Build a Modern Web Application', undefined, true],
        ['QwikLab: Intro to DynamoDB', 30, true],
      ]));
    });

    it('not a bracketed phrase without an address, nor an address after words of the notes', () => {
      assert.deepEqual(read([...launch, '[Video: Virtualization]', '', 'More on the VM: https://aws.amazon.com/ec2/']), both([['AWS Tutorial: Launch a VM', 40, true]]));
    });
  });

  describe('a folded section (`<details>`)', () => {
    const read = (lines: string[]) => [parseNotes, readNotesFromLines].map((reader) => reader(lines.join('\n'), { catalog: bundledCourse.catalog }).modules.map((m) => [m.title, minutesOf(m), m.hasNotes]));
    const both = (expected: unknown[]) => [expected, expected];

    it('reads a timed summary as the title the notes are folded under, in the block or after it', () => {
      assert.deepEqual(read(['## Docker and Containers', '### Beginner', '', '<details><summary>Lab: DevOps Docker Beginners Guide (45 min)</summary>', 'I ran alpine and listed containers with docker ps -a.', '</details>', '', '<details>', '<summary> <b>What are Containers?</b> (10 min) </summary>', 'Processes isolated by namespaces.', '</details>', '', '<details>', '<summary>Video: Why Docker? (10 min)</summary>', '', 'Docker ships an app with what it needs.', '', '</details>']), both([
        ['Lab: DevOps Docker Beginners Guide', 45, true],
        ['What are Containers?', 10, true],
        ['Video: Why Docker?', 10, true],
      ]));
    });

    it('leaves a summary the course does not name in full as a label over the notes of the module above', () => {
      assert.deepEqual(read(['## Docker and Containers', '', '[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (10 min)', '', '<details><summary>My notes (10 min read)</summary>', 'Images ship the whole environment.', '</details>']), both([['Video: Why Docker?', 10, true]]));
    });

    it('leaves an untimed summary over the module\'s own line as a label', () => {
      assert.deepEqual(read(['## Docker and Containers', '', '<details>', '<summary>Video: Why Docker?</summary>', '', '[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (10 min)', '', 'Docker ships an app with what it needs.', '', '</details>']), both([['Video: Why Docker?', 10, true]]));
    });
  });

  describe('a course module\'s title in full over its logged time', () => {
    const lamp = '[AWS Tutorial: Install a LAMP Web Server on Amazon Linux 2](https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/ec2-lamp-amazon-linux-2.html)';
    const compare = 'On your own: Compare the performance, functionality, and price when serving web content from S3 versus an EC2 VM';
    const read = (lines: string[]) => [parseNotes, readNotesFromLines].map((reader) => reader(lines.join('\n'), { catalog: bundledCourse.catalog }).modules.map((m) => [m.title, minutesOf(m), m.hasNotes]));
    const both = (expected: unknown[]) => [expected, expected];

    it('opens that module among modules written as links, as completing it writes it: a plain title has no link to lead it', () => {
      assert.deepEqual(read(['## Cloud Web Apps', '', lamp, 'Time: 45 min', '', 'Ran it.', '', compare, 'Time spent: 30 min', '', 'S3 serves files for less.']), both([
        ['AWS Tutorial: Install a LAMP Web Server on Amazon Linux 2', 45, true],
        [compare, 30, true],
      ]));
    });

    it('not a title the course has only in part, and not before the first area: a page of steps opens so', () => {
      assert.deepEqual(read(['## Cloud Web Apps', '', lamp, 'Time: 45 min', '', 'Ran it.', '', 'Compare S3 and EC2', 'Time: 30 min', '', 'S3 serves files for less.']), both([['AWS Tutorial: Install a LAMP Web Server on Amazon Linux 2', 45, true]]));
      assert.deepEqual(read([compare, 'Time: 30 min', '', '### Step 1. Make a bucket', 'Done.']), both([]));
    });
  });

  describe('an address as the title', () => {
    const opened = (line: string) => [parseNotes, readNotesFromLines].map((read) => {
      const text = `## Cloud Web Apps\n\n### Virtual Machines, Websites, and Databases:\n${line}\n`;
      return read(text, { catalog: bundledCourse.catalog }).modules.map((m) => [textAt(text, m.titleRange), m.estimate?.text, m.notesRange && textAt(text, m.notesRange)]);
    });
    const both = (expected: unknown[]) => [expected, expected];
    const address = 'https://www.youtube.com/watch?v=GIdVRB5yNsk';
    const sentence = 'describes virtualization and why it needs more and more implementation every day.';

    it('gives a literal address, in parentheses or CommonMark\'s angle brackets, a title range of the address itself, by both line sources', () => {
      assert.deepEqual(opened(`${address} (10 min)`), both([[address, '(10 min)', undefined]]));
      assert.deepEqual(opened(`<${address}> (10 min)`), both([[address, '(10 min)', undefined]]));
      assert.deepEqual(opened(`(${address})${sentence}`), both([[address, undefined, sentence]]));
    });

    it('reads the time between a linked sentence\'s address and its words, and the notes after it', () => {
      assert.deepEqual(opened(`(${address}) (time: 25 min) ${sentence}`), both([[address, '(time: 25 min)', sentence]]));
      assert.deepEqual(opened(`<${address}> - 25 min: ${sentence}`), both([[address, '- 25 min', sentence]]));
      assert.deepEqual(opened(`(${address})${sentence} It took 10 min.`), both([[address, undefined, `${sentence} It took 10 min.`]]));
    });
  });

  describe('numbered module lists broken by bullets at the margin', () => {
    it('goes on with the student\'s numbering: each next number opens a module, with or without a time', () => {
      const model = parseNotes(['## Cloud Web Apps', '1. AWS Tutorial: Launch a VM (15min)', '* Chose an instance', '2. QwikLab: Intro to S3 (12min)', '* Buckets hold objects', '3. S3 vs EC2 + Database', '* S3 is cheaper', '4. Compare notes', '* more'].join('\n'), { catalog: bundledCourse.catalog });
      assert.deepEqual(model.modules.map((m) => [m.title, minutesOf(m)]), [['AWS Tutorial: Launch a VM', 15], ['QwikLab: Intro to S3', 12], ['S3 vs EC2 + Database', undefined], ['Compare notes', undefined]]);
    });

    it('does not take a numbered list that starts over as the same list', () => {
      const model = parseNotes(['## Cloud Web Apps', '1. AWS Tutorial: Launch a VM (15min)', '* Steps:', '', '1. Sign in', '2. Open the console'].join('\n'), { catalog: bundledCourse.catalog });
      assert.deepEqual(model.modules.map((m) => m.title), ['AWS Tutorial: Launch a VM']);
    });
  });

  describe('a tab-indented title', () => {
    it('reads one indented line naming a course module as its title, and the numbered steps under it as its notes', () => {
      const model = parseNotes(['## Area 2 Cloud Web Apps', '### Bring it all Together', '\tBuild a Modern Web Application', '1. Build a Static Website', '\t- S3 hosts the static content', '2. Host Application on a Web Server', '\t- Fargate runs the containers'].join('\n'), { catalog: bundledCourse.catalog });
      assert.deepEqual(model.modules.map((m) => [m.title, m.level, m.range.end.line]), [['Build a Modern Web Application', 'Bring it together', 6]]);
    });

    it('leaves indented code as code', () => {
      const model = parseNotes(['## Area 1: Docker', '### Beginner', '    docker run hello-world'].join('\n'), { catalog: bundledCourse.catalog });
      assert.deepEqual(model.modules, []);
      assert.equal(model.code.length, 1);
    });
  });

  describe('area headings with a total time', () => {
    it('reads `## 1. [Docker and Containers](notes.md) 300 mins` as an area, not a module', () => {
      const model = parseNotes(['# Notes', '## 1. [Docker and Containers](https://github.com/a/b/blob/master/Docker.md) 300 mins', '', '## 2. [Big Data and Machine Learning](https://github.com/a/b/blob/master/BigData.md) 700 mins'].join('\n'), { catalog: bundledCourse.catalog });
      assert.deepEqual(model.areas.map((area) => [area.number, area.topic]), [[1, 'Docker and Containers'], [2, 'Big Data and Machine Learning']]);
      assert.deepEqual(model.modules, []);
    });
  });

  describe('catalog matching', () => {
    it('reads `I/O` as one word, so that a topic heading `Fast I/O` is not the Netmap video', () => {
      const model = parseNotes(['## Area 3: SDN and NFV', '### SDN model', '- planes', '### Fast I/O', '- kernel bypass'].join('\n'), { catalog: bundledCourse.catalog });
      assert.deepEqual(model.modules, []);
    });
  });

  describe('level spellings', () => {
    it('reads `Bringing it All Together:` as the Bring it together level', () => {
      const model = parseNotes(['## Area 1: Docker', '- Beginner Level: [notes](https://blog.example/b)', '- Bringing it All Together: [notes](https://blog.example/c)'].join('\n'), { catalog: bundledCourse.catalog });
      assert.deepEqual(model.levels.map((level) => level.name), ['Beginner', 'Bring it together']);
    });
  });

  describe('blockquote titles', () => {
    const parse = (lines: string[]) => parseNotes(lines.join('\n'), { catalog: bundledCourse.catalog });

    it('keeps lazy lines under a quote title as its notes', () => {
      const model = parse(['## Area 1: SDN', '> Install OpenNetVM', '  - Done on the cluster', '', '> Complete one issue', '    - changed behaviour to accept 0 packets', '    - still resorts to 128 packets']);
      assert.deepEqual(model.modules.map((m) => [m.title, m.openerRange.start.line]), [['Install OpenNetVM', 1], ['Complete one issue', 4]]);
    });

    it('does not count a trailing aside in parentheses against a title\'s length', () => {
      const model = parse(['## Area 1: SDN', '> DPDK Skeleton', '  - ran it', '', '> OpenNetVM - Complete one issue from issue tracker (Speed tester should be able to create 0 packets good first issue)', '  - fixed it']);
      assert.deepEqual(model.modules.map((m) => m.openerRange.start.line), [1, 4]);
    });

    it('starts an opener on a quote\'s next line past its `>`, as on its first, in both line sources', () => {
      const text = ['## Area 1 container and dockers', '> Include notes here about each of the links', '> https://www.youtube.com/watch?v=RYDHUTHLf8U', 'why docker, why now?'].join('\n');
      for (const read of [parseNotes, readNotesFromLines]) assert.deepEqual(read(text, { catalog: bundledCourse.catalog }).modules.map((m) => [m.openerRange.start.line, m.openerRange.start.character]), [[2, 2]], read.name);
    });

    it('matches a plural spelling of a catalog title: "Why Dockers?"', () => {
      const model = parse(['## Dockers and Containers', '> Why Dockers?', '  - Containers are the next phase']);
      assert.deepEqual(model.modules.map((m) => m.title), ['Why Dockers?']);
    });
  });

  describe('area names', () => {
    it('reads "Web Application" as an area', () => {
      const model = parseNotes(['## Docker', '- Why docker', '', '## Web Application', '', '- Intro to AWS Lambda', '- Intro to DynamoDB'].join('\n'), { catalog: bundledCourse.catalog });
      assert.deepEqual(model.areas.map((area) => area.topic), ['Docker', 'Web Application']);
      assert.deepEqual(model.modules.map((m) => [m.title, m.areaIndex]), [['Why docker', 0], ['Intro to AWS Lambda', 1], ['Intro to DynamoDB', 1]]);
    });
  });

  describe('a summary of time spent at the top', () => {
    const text = ['# Notes', '## Time spent', '### Area 1: Docker', 'Video: Why Docker? -- 15 min', 'Lab: Docker Intro -- 40min', '', '# Area 1: Docker', '## Video: Why Docker?', 'Containers ship software.', '## Lab: Docker Intro', 'Built an image.'].join('\n');
    const model = parseNotes(text, { catalog: bundledCourse.catalog });

    it('reads the summary as notes, not as areas or modules', () => {
      assert.deepEqual(model.areas.map((area) => area.headingRange.start.line), [6]);
      assert.deepEqual(model.modules.map((m) => m.openerRange.start.line), [7, 9]);
    });

    it('gives modules without a time of their own the summary\'s time for the same title', () => {
      assert.deepEqual(model.modules.map((m) => [m.title, minutesOf(m), m.estimate?.range.start.line]), [
        ['Video: Why Docker?', 15, 3],
        ['Lab: Docker Intro', 40, 4],
      ]);
    });
  });

  describe('detection', () => {
    it('does not take an ordinary README with links for notes, and says why', () => {
      const { model } = parseFixture('ordinary-readme.md');
      assert.equal(model.detection.isNotes, false);
      assert.equal(model.modules.length, 0);
      assert.match(model.detection.reasons.join(' '), /no areas, levels or modules/);
    });

    it('takes every styled fixture for notes', () => {
      for (const name of ['link-paragraphs.md', 'headings.md', 'list-items.md']) assert.equal(parseFixture(name).model.detection.isNotes, true, name);
    });
  });

  describe('text it must survive', () => {
    it('keeps ranges exact after a BOM and with CRLF and CR line ends', () => {
      for (const eol of ['\r\n', '\r']) {
        const opener = '[Video: Why Docker?](https://x.example/v) (10 min)';
        const text = `\uFEFF## Area 1: Docker${eol}> Beginner Level${eol}${eol}${opener}${eol}notes`;
        const model = parseNotes(text, { catalog: gwWordsOnly });
        const [module] = model.modules;
        assert.equal(module.title, 'Video: Why Docker?');
        const at = opener.indexOf('(10 min)');
        assert.deepEqual(module.estimate?.range, { start: { line: 3, character: at }, end: { line: 3, character: at + '(10 min)'.length } });
        assert.deepEqual(model.areas[0].headingRange.start, { line: 0, character: 1 });
      }
    });

    it('answers for 50,000 nested blockquotes and 2,000 nested list levels, offsets intact', () => {
      const quotes = '>'.repeat(50_000) + ' [Video: Why Docker?](https://x.example/v) (10 min)';
      assert.equal(parseNotes(quotes, { catalog: gwWordsOnly }).lineCount, 1);
      const lists = Array.from({ length: 2000 }, (_, depth) => ' '.repeat(depth * 2) + '- x').join('\n') + '\n\n## Area 1: Docker\n`docker ps`';
      const model = parseNotes(lists, { catalog: gwWordsOnly });
      assert.equal(model.areas[0].headingRange.start.line, 2001);
      assert.deepEqual(model.code[0].lines, [{ line: 2002, character: 1, text: 'docker ps' }]);
    });

    it('answers for empty text, a lone heading marker and binary noise', () => {
      for (const text of ['', '#', '\u0000\u0001\u0002', '> '.repeat(1000) + 'x', '\ud800 lone surrogate (10 min)']) {
        const model = parseNotes(text, { catalog: gwWordsOnly });
        assert.equal(model.lineCount, text.split(/\r\n|\r|\n/).length);
      }
    });
  });

  describe('times logged below the notes and under a title with the course time', () => {
    it('reads a time logged at the end of a module\'s notes when the opener has none', () => {
      const text = [
        '## Cloud Web Apps',
        '#### [AWS Tutorial: Launch a VM](https://x.example/vm)',
        '1. Launch an instance.',
        '',
        '*Cost 15 minutes, finished on Oct 13th, 2018.*',
        '____',
        '#### [QwikLab: Intro to S3](https://x.example/s3)',
        '+ buckets hold objects',
        '***spent 20 min***',
        '',
        '***tips: versioning keeps old copies',
        '---',
        '#### [Video: Virtualization](https://x.example/v)',
        '- hypervisors trap privileged instructions',
        '- It takes 8 minutes to launch the cluster and more to configure it.',
      ].join('\n');
      const model = parseNotes(text, { catalog: gwWordsOnly });
      assert.deepEqual(model.modules.map(minutesOf), [15, 20, undefined]);
    });

    it('prefers a labelled time line right under the opener to a bare time in its title', () => {
      const text = ['## Cloud Web Apps', '### AWS Tutorial: Launch a VM - 30 min ###', '**Time: 15 minutes**', '- notes', '', '### Comparisons - 30 min ###', '**Time: TODO**', '', '### QwikLab: Intro to S3 - 30 min ###', '- Time: 5 min to create a bucket, then uploads'].join('\n');
      const model = parseNotes(text, { catalog: gwWordsOnly });
      assert.deepEqual(model.modules.map(minutesOf), [15, 'empty', 30]);
    });
  });

  describe('a student\'s time said in words', () => {
    it('reads "(done around 2 hours)" after a module link', () => {
      const model = parseNotes('## SDN and NFV\n### 2. [Tutorial: Using OpenDaylight](https://x.example/odl) (done around 2 hours)\n- notes', { catalog: gwWordsOnly });
      assert.deepEqual(model.modules.map(minutesOf), [120]);
    });

    it('opens a module at "For <resource>, it takes me N minutes." however the paragraph goes on', () => {
      const text = [
        'Big Data and Machine Learning',
        '',
        'For Video: Hadoop Intro, it takes 35 minutes to learn it. The video tutorial gives basic ideas of the Hadoop framework and its history.',
        '',
        'In regard to QwikLab: Intro to S3, it takes me 50 minutes. In this lab, I learned how buckets and versioning work.',
        '',
        'For this part, it takes me 20 minutes to set up the cluster, which is longer than the guide says it should take.',
      ].join('\n');
      const model = parseNotes(text, { catalog: gwWordsOnly });
      assert.deepEqual(model.modules.map((module) => [module.title, minutesOf(module)]), [['Video: Hadoop Intro', 35], ['QwikLab: Intro to S3', 50]]);
    });
  });

  describe('the student\'s own writing beside the notes', () => {
    it('reads no module from the sections of a technical report, and goes on at the next heading as high', () => {
      const text = ['# Technical Report', '## Extracting a Password with a Virtual Machine', '### Virtualization', 'prose', '### Amazon EC2', 'prose', '# Practice', '# Docker and Containers', '## Why docker? (20min)', 'notes'].join('\n');
      const model = parseNotes(text, { catalog: bundledCourse.catalog });
      assert.deepEqual(model.modules.map((module) => [module.title, minutesOf(module)]), [['Why docker?', 20]]);
    });
  });

  describe('a heading timed on the line under it', () => {
    it('opens a module at a plain heading whose next written line is its time', () => {
      const text = ['## Cloud Web Apps', '#### [Video: Virtualization](https://x.example/v)', 'Time: 10 min', '', '#### S3 versus an EC2 VM', '', 'Time: 30 min', '- S3 serves static files', '', '#### Summary', '- a lot'].join('\n');
      const model = parseNotes(text, { catalog: gwWordsOnly });
      assert.deepEqual(model.modules.map((module) => [module.title, minutesOf(module)]), [['Video: Virtualization', 10], ['S3 versus an EC2 VM', 30]]);
    });
  });

  describe('a link written with a broken address', () => {
    it('opens a module at `[Title](Title again)` among link paragraphs', () => {
      const text = ['## Cloud Web Apps', '[Video: Virtualization](https://www.youtube.com/watch?v=GIdVRB5yNsk)', 'notes', '', '[AWS Tutorial: Install a LAMP Web Server on Amazon Linux 2](AWS Tutorial: Install a LAMP Web Server on Amazon Linux 2)', 'notes'].join('\n');
      const model = parseNotes(text, { catalog: bundledCourse.catalog });
      assert.deepEqual(model.modules.map((module) => module.title), ['Video: Virtualization', 'AWS Tutorial: Install a LAMP Web Server on Amazon Linux 2']);
    });
  });

  describe('bold labels inside notes', () => {
    it('reads `**Kubernetes vs Swarm:**` in a module\'s notes as a sub-heading, not the video of that name', () => {
      const text = ['## Docker and Containers', '**Kubernetes**', '', 'Time: 35min', '', '**Cons of Kubernetes:**', '', '* needs kubectl', '', '**Kubernetes vs Swarm:**', '', '* both open source'].join('\n');
      const model = parseNotes(text, { catalog: bundledCourse.catalog });
      assert.deepEqual(model.modules.map((module) => [module.title, minutesOf(module)]), [['Kubernetes', 35]]);
    });

    it('reads a bold title alone beside the bold-titled modules above it as a module, its time missing, by both line sources; a bold label or a word alone in bold is none', () => {
      const text = [
        '## Docker and Containers', '',
        '**Why containers video** (40 min)', 'Containers share the kernel.', '',
        '**swarm lab**', 'made a swarm of three nodes.', '',
        '**What surprised me:**', 'the overlay network came up by itself.', '',
        '**Output**', 'three nodes listed.',
      ].join('\n');
      for (const read of [parseNotes, readNotesFromLines]) {
        const model = read(text, { catalog: bundledCourse.catalog });
        assert.deepEqual(model.modules.map((module) => [module.title, minutesOf(module), module.hasNotes, module.range.end.line]), [
          ['Why containers video', 40, true, 3],
          ['swarm lab', undefined, true, 12],
        ], read.name);
      }
    });
  });

  describe('a link right under a module heading', () => {
    it('reads an untimed link that opens the notes of a heading without one as the heading\'s resource', () => {
      const text = ['## SDN and NFV', '### OpenNetVM Introduction (studied 2 hours)', '', '[Video: OpenNetVM NFV platform](https://www.youtube.com/watch?v=7FoZywcxbYg)', 'OpenNetVM is an NFV platform.'].join('\n');
      const model = parseNotes(text, { catalog: bundledCourse.catalog });
      assert.deepEqual(model.modules.map((module) => [module.title, minutesOf(module)]), [['OpenNetVM Introduction', 120]]);
    });

    it('reads a timed link right under a heading that has no time, address or notes as the heading\'s resource and time, in both line sources', () => {
      const text = ['## Docker and Containers', '### Lab: DevOps Docker Beginners Guide', '[the lab](https://training.play-with-docker.com/ops-s1-hello/) (45 min)', 'ran hello-world', '', '### Why Docker?', 'https://www.youtube.com/watch?v=RYDHUTHLf8U - 10 min', '', '### What are Containers?', 'Notes first.', '[Video: VMs Versus Containers](https://www.youtube.com/watch?v=L1ie8negCjc) (8 min)'].join('\n');
      for (const read of [parseNotes, readNotesFromLines]) {
        const model = read(text, { catalog: bundledCourse.catalog });
        assert.deepEqual(model.modules.map((module) => [module.title, minutesOf(module), module.url, module.hasNotes]), [
          ['Lab: DevOps Docker Beginners Guide', 45, 'https://training.play-with-docker.com/ops-s1-hello/', true],
          ['Why Docker?', 10, 'https://www.youtube.com/watch?v=RYDHUTHLf8U', false],
          ['What are Containers?', undefined, undefined, true],
          ['Video: VMs Versus Containers', 8, 'https://www.youtube.com/watch?v=L1ie8negCjc', false],
        ], read.name);
      }
    });
  });

  describe('two resources on one line', () => {
    it('opens one module at `[A](a) + [B](b)`, the second address being no text of the student\'s', () => {
      const text = ['## Big Data and Machine Learning', '[Video: Short AWS Machine Learning Overview](https://www.youtube.com/watch?v=soG1B4jMl2s)', 'notes', '', '[Video Tutorial: Overview of AWS SageMaker](https://www.youtube.com/watch?v=ym7NEYEx9x4&index=12&list=RDMWhrLw7YK38) + [AWS Tutorial: AWS SageMaker](https://docs.aws.amazon.com/sagemaker/latest/dg/whatis.html)', 'notes'].join('\n');
      const model = parseNotes(text, { catalog: bundledCourse.catalog });
      assert.deepEqual(model.modules.map((module) => module.title), ['Video: Short AWS Machine Learning Overview', 'Video Tutorial: Overview of AWS SageMaker']);
    });
  });

  describe('areas at more than one depth', () => {
    it('reads a course group under an H1 area as no area, though a contents list\'s H2 named an area first', () => {
      const text = ['## Docker and Containers (Intermediate Round2)', '1. [Containers](#containers)', '', '# Docker and Containers', '', '## Containers', '### Docker Introduction', 'notes', '', '### Docker images', 'notes'].join('\n');
      const model = parseNotes(text, { catalog: bundledCourse.catalog });
      assert.deepEqual(model.areas.map((area) => area.headingRange.start.line), [0, 3]);
      assert.deepEqual(model.modules.map((module) => [module.title, module.areaIndex]), [['Docker Introduction', 1], ['Docker images', 1]]);
    });
  });

  describe('catalog titles', () => {
    it('reads `vs` as `Versus`: `### VMs vs Containers` names the catalog video and opens a module under its area', () => {
      const text = ['## Docker and Containers', '### VMs vs Containers', 'notes'].join('\n');
      const model = parseNotes(text, { catalog: bundledCourse.catalog });
      assert.deepEqual(model.modules.map((module) => module.title), ['VMs vs Containers']);
    });
  });
});

/** The remark line source and the text's, which must read a line alike. */
const readers = [
  ['remark', (text: string) => parseNotes(text, { catalog: bundledCourse.catalog })],
  ['text', (text: string) => readNotesFromLines(text, { catalog: bundledCourse.catalog })],
] as const;

describe('a literal address as a module’s link, in both line sources', () => {
  const notes = (body: string): string => `# Notes\n\n## Area 1: Docker and Containers\n\n### Beginner Level\n\n${body}\n`;
  const cases: [string, string[]][] = [
    ['https://www.youtube.com/watch?v=GIdVRB5yNsk (10 min)', ['https://www.youtube.com/watch?v=GIdVRB5yNsk|https://www.youtube.com/watch?v=GIdVRB5yNsk|(10 min)']],
    ['Video: https://youtu.be/abc - 10 min\nnotes', ['Video: https://youtu.be/abc|https://youtu.be/abc|- 10 min']],
    ['1. www.youtube.com/watch?v=x (20 min)\n2. www.example.com/lab. (30 min)', ['www.youtube.com/watch?v=x|http://www.youtube.com/watch?v=x|(20 min)', 'www.example.com/lab|http://www.example.com/lab|(30 min)']],
    ['- [x] https://aws.amazon.com/getting-started/, 30 min', ['https://aws.amazon.com/getting-started/|https://aws.amazon.com/getting-started/|30 min']],
  ];
  for (const [name, read] of readers) {
    it(`links it as GitHub shows it, without the punctuation after it (${name})`, () => {
      for (const [body, expected] of cases) {
        assert.deepEqual(read(notes(body)).modules.map((module) => `${module.title}|${module.url}|${module.estimate?.text}`), expected, body);
      }
    });
  }
});

describe('a paragraph led by a course module’s address, in both line sources', () => {
  const notes = (body: string): string => `# Notes\n\n## Cloud Web Apps\n\n### Intermediate Level\n\n${body}\n`;
  const virtualization = 'https://www.youtube.com/watch?v=GIdVRB5yNsk';
  const cases: [string, string[]][] = [
    // Under a group of the course's page, no module open: the address's module, and its first sentence of notes.
    [`### Virtual Machines, Websites, and Databases:\n(${virtualization})describes virtualization and why it needs more and more implementation everyday.\n>This video talks about it.`, [`${virtualization}|${virtualization}|true`]],
    [`[Video: Virtualization](${virtualization}) describes virtualization and why it needs more and more implementation everyday.`, [`Video: Virtualization|${virtualization}|true`]],
    // In a module's notes it is a reference; another page's address is any page.
    [`### AWS Tutorial: Launch a VM\nI launched one. (${virtualization})describes virtualization and why it needs more and more implementation everyday.\n\n(${virtualization})describes virtualization and why it needs more and more implementation everyday.`, ['AWS Tutorial: Launch a VM|undefined|true']],
    ['### Virtual Machines, Websites, and Databases:\n(https://example.com/virtualization)describes virtualization and why it needs more and more implementation everyday.', []],
    // An address in parentheses of its own keeps them.
    ['(https://en.wikipedia.org/wiki/Hypervisor-(computing)) - 10 min\nnotes', ['https://en.wikipedia.org/wiki/Hypervisor-(computing)|https://en.wikipedia.org/wiki/Hypervisor-(computing)|true']],
  ];
  for (const [name, read] of readers) {
    it(`opens that module where none is open (${name})`, () => {
      for (const [body, expected] of cases) {
        assert.deepEqual(read(notes(body)).modules.map((module) => `${module.title}|${module.url}|${module.hasNotes}`), expected, body);
      }
    });
  }
});

describe('an area’s name over a module’s opener in one paragraph, in both line sources', () => {
  const notes = (body: string): string => `# Notes\n\n## Big Data and Machine Learning\n\n## [Build a Serverless Real-Time Data Processing App](https://aws.amazon.com/getting-started/projects/build-serverless-real-time-data-processing-app-lambda-kinesis-s3-dynamodb-cognito-athena/)\n\nTime: it takes 150 minutes,\n\n${body}\n`;
  const cases: [string, string[]][] = [
    // The area's name heads the module below it and ends the notes of the one before.
    ['Cloud web application\nFor QwikLab: Intro to S3, it takes 50 minutes. In this lab, I learned:\n- buckets and their policies', ['Build a Serverless Real-Time Data Processing App|Big Data and Machine Learning|false', 'QwikLab: Intro to S3|Cloud web application|true']],
    // Over a line of notes, or with more than its name, it is notes.
    ['Cloud web application\nis what the next area builds, I read about it.', ['Build a Serverless Real-Time Data Processing App|Big Data and Machine Learning|true']],
    ['Cloud web application is next:\nFor QwikLab: Intro to S3, it takes 50 minutes. In this lab, I learned:\n- buckets and their policies', ['Build a Serverless Real-Time Data Processing App|Big Data and Machine Learning|true', 'QwikLab: Intro to S3|Big Data and Machine Learning|true']],
  ];
  for (const [name, read] of readers) {
    it(`heads the module’s area (${name})`, () => {
      for (const [body, expected] of cases) {
        const model = read(notes(body));
        assert.deepEqual(model.modules.map((module) => `${module.title}|${model.areas[module.areaIndex ?? -1]?.heading}|${module.hasNotes}`), expected, body);
      }
    });
  }
});

describe('the tail of a link left on a line of its own, in both line sources', () => {
  // A snippet whose title was completed leaves `](https://) (time: 30 min)` under the module written.
  const notes = (body: string): string => `## Area 1: Docker and Containers\n> Beginner Level\n\n${body}\n`;
  const cases: [string, string[]][] = [
    ['[Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (time: 10 min)\n](https://) (time: 30 min)\n\nnotes', ['Why Docker?|(time: 10 min)']],
    ['[Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (time: 10 min)\n\n](https://) (time: 30 min)', ['Why Docker?|(time: 10 min)']],
    ['- [Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) - 10 min\n- ](https://x.y) - 30 min', ['Why Docker?|- 10 min']],
    ['> ](https://) (30 min)', []],
    // Nor is its time the module's above: the snippet made it up.
    ['[Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U)\n](https://) (time: 30 min)', ['Why Docker?|undefined']],
    ['### Why Docker?\n](https://) (30 min)\nnotes', ['Why Docker?|undefined']],
  ];
  for (const [name, read] of readers) {
    it(`is no module and no module's time (${name})`, () => {
      for (const [body, expected] of cases) {
        assert.deepEqual(read(notes(body)).modules.map((module) => `${module.title}|${module.estimate?.text}`), expected, body);
      }
    });
  }
});

describe('a numbered run of topic headings right under an area, in both line sources', () => {
  const notes = (body: string): string => `# Notes\n\n## Docker and Containers\n${body}\n`;
  const cases: [string, string[]][] = [
    ['### 1. What is container\nA standard unit.\n### 2. Difference between containers and VM\nIsolation.\n#### 2.1 advantages\n* lighter', ['What is container', 'Difference between containers and VM']],
    ['###1.Launch a linux VM\nsteps\n###2. Amazon Simple Storage Service(S3)\nbuckets', ['Launch a linux VM', 'Amazon Simple Storage Service(S3)']],
    // Unnumbered topic headings, or a run that does not start at 1, are sections of notes.
    ['### SDN model\n- planes\n### Fast I/O\n- bypass', []],
    ['### 3. Docker Architecture\ntext\n### 4. Docker Command Line\ntext', []],
    ['### 1. Summary\ntext', []],
  ];
  for (const [name, read] of readers) {
    it(`opens a module at the first and follows its numbering (${name})`, () => {
      for (const [body, expected] of cases) {
        assert.deepEqual(read(notes(body)).modules.map((module) => module.title), expected, body);
      }
    });
  }
});

describe('a plain heading right before the first module heading of its depth, in both line sources', () => {
  const notes = (body: string): string => `# Notes\n\n# Area1: Docker\n${body}\n`;
  const cases: [string, [string, boolean][]][] = [
    ['# What is Docker and Why we use Docker\n## Timeline\nMainframe to PC.\n# Lab01: DevOps Docker Beginners Guide\ndocker run hello-world', [['What is Docker and Why we use Docker', true], ['Lab01: DevOps Docker Beginners Guide', true]]],
    // A group of the course's page heads the run: the heading under it leads it.
    ['## Containers\n### Containers Introduction\nA sandbox.\n### VMs vs Containers\nHypervisors.', [['Containers Introduction', true], ['VMs vs Containers', true]]],
    ['### Overview\n### Video: Why Docker? (10 min)\nSpeed.', [['Overview', false], ['Video: Why Docker?', true]]],
    // A second plain heading of its depth, or a module heading deeper or higher, leads no run.
    ['### Setup\nA.\n### Tools\nB.\n### Video: Why Docker? (10 min)\nSpeed.', [['Video: Why Docker?', true]]],
    ['## Background\nA.\n### Video: Why Docker? (10 min)\nSpeed.', [['Video: Why Docker?', true]]],
    ['### Summary\nA.\n### Video: Why Docker? (10 min)\nSpeed.', [['Video: Why Docker?', true]]],
  ];
  for (const [name, read] of readers) {
    it(`opens a module at it (${name})`, () => {
      for (const [body, expected] of cases) {
        assert.deepEqual(read(notes(body)).modules.map((module) => [module.title, module.hasNotes]), expected, body);
      }
    });
  }
});

describe('headings that go through a module heading with nothing under it, in both line sources', () => {
  const notes = (body: string): string => `# Notes\n\n## Docker and Containers\n${body}\n`;
  const cases: [string, [string, boolean][]][] = [
    [
      '### Lab: DevOps Docker Beginners Guide\n### Differences between VM and Container\nHardware abstraction.\n### 1.0 Running your first container\ndocker run hello-world\n### 1.1 Docker Images\ndocker image pull alpine',
      [['Lab: DevOps Docker Beginners Guide', true]],
    ],
    // A part numbered `2.1` stays in the module above it; a plain heading beside a module with notes opens one.
    ['### 1. What is container\nA standard unit.\n### 1.1 advantages\nLighter.', [['What is container', true]]],
    ['### Video: Why Docker? (10 min)\nSpeed.\n### Kubernetes stuff\nPods.', [['Video: Why Docker?', true], ['Kubernetes stuff', true]]],
  ];
  for (const [name, read] of readers) {
    it(`reads them as its notes (${name})`, () => {
      for (const [body, expected] of cases) {
        assert.deepEqual(read(notes(body)).modules.map((module) => [module.title, module.hasNotes]), expected, body);
      }
    });
  }
});

describe('a plain heading beside a linked module heading, in both line sources', () => {
  const notes = (body: string): string => `# Notes\n\n## Docker and Containers\n${body}\n`;
  const linked = '### [docker swarm vs kubernetes](https://www.youtube.com/watch?v=L8xuFG49Fac)\n+ swarm is built into docker';
  const cases: [string, string[]][] = [
    // The student logged each module's time at its end: the section timed after a timed module is another.
    [`${linked}\n\nspent 10 mins\n\n### kubernetes\n+ portability, automation\n\nspent 60 mins`, ['docker swarm vs kubernetes', 'kubernetes']],
    // The time at the end of the last part is the linked module's: its parts are its notes.
    [`${linked}\n\n### what will it do for me\n- speed\n\n***spent 20 min***`, ['docker swarm vs kubernetes']],
    [`${linked}\nIt scales.\nspent 10 mins\n\n### kubernetes\n+ portability, automation\n\nspent 60 mins`, ['docker swarm vs kubernetes', 'kubernetes']],
    [`${linked}\n\nspent 10 mins\n\n### kubernetes\n+ portability, automation`, ['docker swarm vs kubernetes']],
    // A shell comment in a fenced block is no heading that ends the section early.
    [`${linked}\n\nspent 10 mins\n\n### kubernetes\n\`\`\`\n# kubectl get pods\n\`\`\`\nspent 60 mins`, ['docker swarm vs kubernetes', 'kubernetes']],
  ];
  for (const [name, read] of readers) {
    it(`opens a module where the student timed its section as one (${name})`, () => {
      for (const [body, expected] of cases) {
        assert.deepEqual(read(notes(body)).modules.map((module) => module.title), expected, body);
      }
    });
  }
});

describe('a time written as the module’s total, in a list of modules, in both line sources', () => {
  const notes = (body: string): string => `## Area 1: Docker and Containers\n### Beginner\n\n${body}\n`;
  const cases: [string, string[]][] = [
    // Read as no time, the item opened a module of its own, "2 hours total", with a missing time.
    ['- [Lab: DevOps Docker Beginners Guide](https://training.play-with-docker.com/dev-stage1/)\n- 2 hours total\n- [Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) (time: 30 min)', ['Lab: DevOps Docker Beginners Guide|2 hours total', 'Lab: Docker Intro|(time: 30 min)']],
    ['- [Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U)\n  time-spent: 1+ hour', ['Video: Why Docker?|time-spent: 1+ hour']],
  ];
  for (const [name, read] of readers) {
    it(`is the time of the module above, not a module (${name})`, () => {
      for (const [body, expected] of cases) {
        assert.deepEqual(read(notes(body)).modules.map((module) => `${module.title}|${module.estimate?.text}`), expected, body);
      }
    });
  }
});
