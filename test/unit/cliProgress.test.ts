import { strict as assert } from 'node:assert';
import { copyFileSync, mkdirSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { corpusRoot, skipWithoutCorpus } from '../support/corpus';
import { buildCliOnce, projectRoot, runCli, tempTree } from '../support/studyNotesCli';

const catalogAreas = ['Cloud Web Apps', 'Docker and Containers', 'Big Data and Machine Learning', 'SDN and NFV'];
const classFixture = path.join(projectRoot, 'test/fixtures/cli/class');

interface LevelJson {
  level: string;
  required: number;
  done: number;
  left: { title: string; minutes: number | null }[];
  minutesLeft: number;
}
interface ProgressJson {
  progress: { area: string; reached: string | null; levels: LevelJson[] }[];
  rounds: { name: string; due: string; met: boolean }[];
}

function summaryJson(args: string[], cwd = projectRoot): { files: (ProgressJson & { file: string })[]; students: (ProgressJson & { student: string; problem?: string })[] } {
  const run = runCli(['summary', ...args, '--format', 'json'], cwd);
  assert.equal(run.status, 0, run.stderr);
  return JSON.parse(run.stdout);
}

/** The JSON contract tools read: one entry per catalog area, levels with counts and what is left, rounds with dates. */
function assertContract(entry: ProgressJson): void {
  assert.deepEqual(entry.progress.map((area) => area.area), catalogAreas);
  for (const area of entry.progress) {
    assert.ok(area.reached === null || area.reached === 'Beginner' || area.reached === 'Intermediate', String(area.reached));
    assert.deepEqual(area.levels.map((level) => level.level), ['Beginner', 'Intermediate']);
    for (const level of area.levels) {
      assert.equal(level.done + level.left.length, level.required);
      assert.equal(level.minutesLeft, level.left.reduce((sum, module) => sum + (module.minutes ?? 0), 0));
    }
  }
  assert.deepEqual(entry.rounds.map(({ name, due }) => [name, due]), [['Round 1', '2018-10-29'], ['Round 2', '2018-12-09']]);
  for (const round of entry.rounds) assert.equal(typeof round.met, 'boolean');
}

describe('study-notes summary: course progress', function () {
  before(function () {
    this.timeout(120000);
    buildCliOnce();
  });

  it('gives per file and per student the level reached per catalog area and the rounds', () => {
    const json = summaryJson([classFixture]);
    for (const entry of [...json.files, ...json.students]) assertContract(entry);
    const alice = json.students.find((student) => student.student === 'alice') as ProgressJson;
    const docker = alice.progress[1];
    assert.equal(docker.reached, 'Beginner');
    assert.deepEqual([docker.levels[1].done, docker.levels[1].required], [0, 12]);
    assert.deepEqual(alice.rounds.map((round) => round.met), [false, false]);
  });

  it('counts a module whose notes page is there but holds only its title as not written up, whatever its link looks like', () => {
    const dir = tempTree({
      'ann/README.md': [
        '## Docker and Containers',
        '### Beginner',
        '- [Video: Why Docker?](https://github.com/ann/practice/blob/master/docker/why-docker.md) - 10 min',
        '- [Lab: DevOps Docker Beginners Guide](docker/devops-guide.md) - 45 min',
      ].join('\n'),
      'ann/docker/why-docker.md': '# Why Docker?\n',
      'ann/docker/devops-guide.md': '# DevOps Docker Beginners Guide\n\nTODO\n',
    });
    const json = summaryJson(['ann'], dir);
    const docker = (json.students[0].progress as { area: string; levels: { done: number }[] }[]).find((area) => area.area === 'Docker and Containers');
    assert.equal(docker?.levels[0].done, 0);
  });

  it('counts a folder of site posts, each citing the course\'s page for its module at its end, each for that module', () => {
    const post = (title: string, text: string, link: string) => ['---', `title: Docker and Containers - ${title}`, '---', '', text, '', '## Official Links', '', link, ''].join('\n');
    const dir = tempTree({
      'ann/notes/docker/intermediate/docker-lab-networking/index.md': post('Docker Networking Lab', 'Bridge networks NAT the containers; an overlay spans the swarm nodes.', '[Lab: Docker Networking](https://training.play-with-docker.com/docker-networking-hol/)'),
      'ann/notes/docker/intermediate/docker-lab-intro/index.md': post('Docker Intro Lab', 'Ran alpine, then built and ran the linux tweet app from its Dockerfile.', '[Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/)'),
    });
    const json = summaryJson(['ann'], dir);
    const docker = (json.students[0].progress as { area: string; levels: { done: number }[] }[]).find((area) => area.area === 'Docker and Containers');
    assert.equal(docker?.levels[1].done, 2);
  });

  it('measures with the levels and rounds of a user catalog named in .studynotes.json', () => {
    const dir = tempTree({
      '.studynotes.json': '{ "catalog": "course.json" }',
      'course.json': JSON.stringify({
        levels: [{ name: 'Bronze' }],
        rounds: [{ name: 'Week 2', due: '2025-01-14', requires: [{ level: 'Bronze', areas: 1 }] }],
        modules: [
          { area: 'Queues', level: 'Bronze', title: 'Video: Why Queues?', minutes: 12 },
          { area: 'Queues', level: 'Bronze', title: 'Lab: RabbitMQ Hello World', minutes: 40 },
        ],
      }),
      'ann/README.md': '# Notes\n\n## Queues\n\n### Video: Why Queues? (12 min)\n\nProducers never wait for consumers.\n\n### Lab: RabbitMQ Hello World (40 min)\n\nDeclared a durable queue.\n',
    });
    const json = summaryJson(['ann'], dir);
    assert.deepEqual(json.students[0].progress, [{ area: 'Queues', reached: 'Bronze', levels: [{ level: 'Bronze', met: true, required: 2, done: 2, left: [], minutesLeft: 0 }], likely: [], unplaced: [] }]);
    assert.deepEqual(json.students[0].rounds, [{ name: 'Week 2', due: '2025-01-14', met: true, missing: [] }]);
  });

  it('lines up the columns of a course named in Chinese as a terminal shows them, two columns a character, and places its titles', () => {
    const dir = tempTree({
      '.studynotes.json': '{ "catalog": "course.json" }',
      'course.json': JSON.stringify({
        levels: [{ name: '初级' }],
        modules: [
          { area: '容器技术', level: '初级', title: '为什么使用容器', minutes: 20 },
          { area: '大数据与机器学习', level: '初级', title: 'Hadoop 入门', minutes: 40 },
        ],
      }),
      'li/README.md': '# 笔记\n\n## 容器技术\n\n### 初级\n\n#### 为什么使用容器（20分钟）\n\n容器共享内核。\n\n## 大数据与机器学习\n\n### 初级\n\n#### Hadoop 入门（40分钟）\n\nHDFS 和 MapReduce。\n',
    });
    const run = runCli(['summary', 'li'], dir);
    assert.equal(run.status, 0, run.stderr);
    const rows = run.stdout.split('\n').filter((line) => /^ {2}(容器技术|大数据与机器学习|Total) +\d+ modules?/.test(line));
    const shownWidth = (text: string) => [...text].reduce((width, character) => width + (/[\u4e00-\u9fff]/.test(character) ? 2 : 1), 0);
    assert.equal(rows.length, 3, run.stdout);
    assert.deepEqual(rows.map((line) => shownWidth(line.slice(0, line.search(/\d+ modules?/)))), [20, 20, 20]);
    // A title of characters without spaces is words all the same: it was one word, and never placed.
    assert.deepEqual(summaryJson(['li'], dir).students[0].progress.map((area) => [area.area, area.reached]), [['容器技术', '初级'], ['大数据与机器学习', '初级']]);
  });

  describe('a class folder of every corpus notes file, a template-only README and a folder without notes', () => {
    let classDir: string;
    before(function () {
      skipWithoutCorpus(this);
      const template = '# Distributed Systems Practice\n\n## Area 1\n> Include notes here about each of the links\n\n## Area 2\n> Include notes here about each of the links\n';
      classDir = tempTree({ 'class/zz-template/README.md': template, 'class/zz-no-notes/diagram.txt': 'a drawing, no notes' });
      for (const name of readdirSync(path.join(corpusRoot, 'notes')).filter((file) => file.endsWith('.md'))) {
        const folder = path.join(classDir, 'class', name.replace(/\.md$/, ''));
        mkdirSync(folder, { recursive: true });
        copyFileSync(path.join(corpusRoot, 'notes', name), path.join(folder, 'README.md'));
      }
    });

    it('has one CSV row per student folder, 72, with a column per catalog area named as the catalog names it', function () {
      this.timeout(120000);
      const run = runCli(['summary', 'class', '--format', 'csv'], classDir);
      assert.equal(run.status, 0, run.stderr);
      const [header, ...rows] = run.stdout.trim().split('\n');
      assert.equal(rows.length, 72);
      const columns = header.split(',');
      for (const area of catalogAreas) assert.ok(columns.includes(area), area);
      const cell = (row: string, column: string) => row.split(',')[columns.indexOf(column)];
      const levels = new Set(rows.flatMap((row) => catalogAreas.map((area) => cell(row, area))));
      assert.deepEqual([...levels].sort(), ['Beginner', 'Intermediate', 'none']);
      assert.match(rows.find((row) => row.startsWith('zz-no-notes,')) ?? '', /,no notes file$/);
      assert.match(rows.find((row) => row.startsWith('zz-template,')) ?? '', /README\.md$/);
    });

    it('writes one self-contained HTML report with every student', function () {
      this.timeout(120000);
      const run = runCli(['summary', 'class', '--format', 'html'], classDir);
      assert.equal(run.status, 0, run.stderr);
      const html = run.stdout;
      assert.doesNotMatch(html, /<script|<link|<img|<iframe|\ssrc=|url\(/i);
      // One section per student; the chart's table is in a <details> of its own.
      assert.equal(html.match(/<details[^>]*><summary><strong>/g)?.length, 72);
      assert.equal(html.match(/<tr><td>/g)?.length, 72);
      for (const area of catalogAreas) assert.ok(html.includes(`aria-label="${area}:`), area);
    });
  });
});
