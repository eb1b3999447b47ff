import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { normaliseTitle } from '../../server/src/notes/catalog';
import { readCatalogJson } from '../../server/src/catalog/catalogJson';
import { readCoursePage } from '../../server/src/catalog/coursePage';
import { readUserCatalog } from '../../server/src/catalog/userCatalog';
import { corpusRoot, skipWithoutCorpus } from '../support/corpus';

/** A course page written like the course site's topic pages, for a course of our own. */
const coursePage = [
  '---',
  'layout: page',
  'title: Message Queues',
  'permalink: /learn/queues/',
  '---',
  '',
  'This topic area covers brokers and streams.',
  '',
  '- [An intro link before any level](https://example.com/intro)',
  '',
  '<!-- Approximate Time: 3 hours',
  '  - [Commented out](https://example.com/hidden) - 5 min -->',
  '',
  '> To achieve *Beginner Level* mastery of queues you must complete:',
  '',
  '  - [Video: Why Queues?](https://example.com/why-queues) - 12 min',
  '  - [Lab: RabbitMQ Hello World](https://example.com/rabbit) - 40 min',
  '',
  '> To achieve *Intermediate Level* mastery of queues you must also complete the following:',
  '',
  'Streams:',
  '  - [Lab: Kafka Quickstart](https://example.com/kafka) - 1 hour',
  '  - Read about [log compaction](https://example.com/compaction) on your own.  - 20 min',
  '  - Compare a queue with a stream - 30 min',
  '',
  'Bring it all together:',
  '  - [Tutorial: Build an Order Pipeline](https://example.com/pipeline) - 2 hours',
  '',
  '---',
  '',
  'More Resources:',
  '  - [Optional: Broker Internals](https://example.com/internals)',
].join('\n');

describe('user catalog', () => {
  describe('JSON', () => {
    it('reads a catalog with the bundled catalog’s fields, and the course site’s bare list', () => {
      const read = readCatalogJson(JSON.stringify({ course: 'Queues 101', modules: [{ area: 'Message Queues', level: 'Beginner', title: 'Video: Why Queues?', url: 'https://example.com/why-queues', minutes: 12 }] }));
      assert.deepEqual(read, { course: 'Queues 101', modules: [{ area: 'Message Queues', level: 'Beginner', title: 'Video: Why Queues?', url: 'https://example.com/why-queues', minutes: 12 }], problems: [] });
      const bare = readCatalogJson(JSON.stringify([{ area: 'Message Queues', level: 'Extra', title: 'Broker Internals', url: null, minutes: null, group: 'More' }]));
      assert.deepEqual(bare.modules, [{ area: 'Message Queues', level: 'Bring it together', title: 'Broker Internals', group: 'More' }]);
      assert.deepEqual(bare.problems, []);
    });

    it('names the field that breaks the schema and keeps the valid modules', () => {
      const read = readCatalogJson(JSON.stringify({ modules: [{ area: 'A', level: 'Beginner', title: 'Good one' }, { area: 'A', level: 'Beginner', title: 'Bad', minutes: '30' }, { area: 'A', level: 'Beginner', title: 'Typo', minuets: 30 }, { area: 'A', title: 'No level' }] }));
      assert.deepEqual(read.modules.map((module) => module.title), ['Good one']);
      assert.deepEqual(read.problems, [
        'modules[1].minutes must be a number of minutes',
        'modules[2]: unknown field "minuets" (expected area, level, group, title, url, minutes, withdrawn)',
        'modules[3].level is missing',
      ]);
    });

    it('reports syntax errors and a missing module list', () => {
      assert.match(readCatalogJson('{ "modules": [ }').problems[0], /^not valid JSON: /);
      assert.deepEqual(readCatalogJson('{ "course": "x" }').problems, ['"modules" must be a list of modules']);
      assert.deepEqual(readCatalogJson('42').problems, ['must be an object with "modules", or a list of modules']);
      assert.deepEqual(readCatalogJson('{ "modules": [], "lessons": [] }').problems, ['unknown field "lessons" (expected $schema, course, site, levels, rounds, modules)', '"modules" is empty']);
    });

    it('refuses nesting deeper than 256 levels, counting no bracket in a string or a comment', () => {
      const module = '{ "area": "A", "level": "Beginner", "title": "T" }';
      const nested = (levels: number): string => `{ "site": ${'['.repeat(levels - 1)}${']'.repeat(levels - 1)}, "modules": [${module}] }`;
      assert.deepEqual(readCatalogJson(nested(256)).problems, [], '256 levels are read');
      assert.deepEqual(readCatalogJson(`\n${nested(257)}`).problems, ['nested deeper than 256 levels (line 2, column 266)']);
      assert.deepEqual(readCatalogJson(`{ "course": "${'[{\\"'.repeat(300)}", "modules": [${module}] }`).problems, []);
      // Comments are not JSON: the parser says so, not the count.
      for (const comment of [`/* ${'['.repeat(300)} */`, `// ${'['.repeat(300)}\n`]) assert.match(readCatalogJson(`{ ${comment} "modules": [${module}] }`).problems[0], /^not valid JSON: /);
    });
  });

  describe('course page in Markdown', () => {
    it('reads area, levels, groups, titles, URLs and minutes; skips the intro, comments and extra resources', () => {
      const read = readCoursePage(coursePage);
      assert.deepEqual(read.problems, []);
      assert.deepEqual(read.modules, [
        { area: 'Message Queues', level: 'Beginner', title: 'Video: Why Queues?', url: 'https://example.com/why-queues', minutes: 12 },
        { area: 'Message Queues', level: 'Beginner', title: 'Lab: RabbitMQ Hello World', url: 'https://example.com/rabbit', minutes: 40 },
        { area: 'Message Queues', level: 'Intermediate', group: 'Streams', title: 'Lab: Kafka Quickstart', url: 'https://example.com/kafka', minutes: 60 },
        { area: 'Message Queues', level: 'Intermediate', group: 'Streams', title: 'Read about log compaction on your own', url: 'https://example.com/compaction', minutes: 20 },
        { area: 'Message Queues', level: 'Intermediate', group: 'Streams', title: 'Compare a queue with a stream', minutes: 30 },
        { area: 'Message Queues', level: 'Bring it together', title: 'Tutorial: Build an Order Pipeline', url: 'https://example.com/pipeline', minutes: 120 },
      ]);
    });

    it('takes the area from a # heading when there is no front matter', () => {
      const read = readCoursePage('# Message Queues\n\n> To achieve *Beginner Level* mastery:\n\n- [Video: Why Queues?](https://example.com/q) - 12 min\n');
      assert.deepEqual(read.modules.map((module) => [module.area, module.level, module.title]), [['Message Queues', 'Beginner', 'Video: Why Queues?']]);
    });

    it('says what it expected from a page without title or modules', () => {
      assert.match(readCoursePage('Just prose.').problems[0], /^no page title/);
      assert.match(readCoursePage('---\ntitle: Final Project\n---\n\n- a bullet\n').problems[0], /^no modules: expected list items like/);
    });
  });

  describe('readUserCatalog', () => {
    it('reads by extension, sniffs files without one, and names the file in its one message', () => {
      assert.equal(readUserCatalog('/course/queues.md', coursePage).catalog.modules.length, 6);
      assert.equal(readUserCatalog('/course/catalog', '[{"area":"A","level":"Beginner","title":"Only"}]').catalog.modules.length, 1);
      const broken = readUserCatalog('/course/catalog.json', '{"modules":[{"area":"A","level":"Beginner","title":"Ok"},{"area":"A","level":"Beginner","title":"Bad","url":3},{"area":"A"}]}');
      assert.equal(broken.problem, 'Study Notes: the catalog /course/catalog.json: modules[1].url must be text (and 1 more problem); its 1 readable module is used.');
      assert.equal(readUserCatalog('/course/catalog.json', '{').problem?.startsWith('Study Notes: the catalog /course/catalog.json: not valid JSON'), true);
      assert.equal(readUserCatalog('/course/queues.md', coursePage).problem, undefined);
    });
  });

  describe('on the course site', () => {
    before(function () {
      skipWithoutCorpus(this);
    });

    it('reads every Beginner and Intermediate module the published catalog lists for its pages', () => {
      const published: { area: string; level: string; title: string; url?: string; minutes?: number }[] = JSON.parse(readFileSync(path.join(corpusRoot, 'course-catalog-gwdistsys18.json'), 'utf8'));
      const site = path.join(corpusRoot, 'course-site');
      const pages = readdirSync(site).filter((name) => /^gwdistsys18-learn-(web|docker|bigdata|sdnfv)\.md$/.test(name));
      const read = pages.flatMap((name) => readCoursePage(readFileSync(path.join(site, name), 'utf8')).modules);
      const key = (module: { area: string; title: string }) => `${module.area}|${normaliseTitle(module.title)}`;
      const readKeys = new Set(read.map(key));
      const missing = published.filter((module) => module.level !== 'Extra').filter((module) => !readKeys.has(key(module)));
      assert.deepEqual(missing.map(key), []);
    });
  });
});
