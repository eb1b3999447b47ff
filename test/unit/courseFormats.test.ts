import assert from 'node:assert/strict';
import { readFileSync, rmSync } from 'node:fs';
import path from 'node:path';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import type { Course } from '../../server/src/catalog/course';
import { readCourseFile, readCourseSources } from '../../server/src/catalog/courseFile';
import { courseJsonText, readCourseJson } from '../../server/src/catalog/courseJson';
import { readCoursePages } from '../../server/src/catalog/coursePage';
import { readRoundLine } from '../../server/src/catalog/pageRounds';
import { levelRequirements } from '../../server/src/course/requirements';
import { settingsFromText } from '../../server/src/service/settingsFiles';
import { buildCliOnce, runCli, tempTree } from '../support/studyNotesCli';

const examples = path.resolve(__dirname, '../../examples');
const exampleText = (file: string) => readFileSync(path.join(examples, file), 'utf8');

/** Each level's requirements in an area, as titles: one title, or "a | b" for a choice, "2 of a | b | c". */
function asked(course: Course, area: string): Record<string, string[]> {
  return Object.fromEntries(levelRequirements(area, course).map(({ level, requirements }) => [level, requirements.map(({ modules, need }) => (modules.length === 1 ? modules[0].title : `${need} of ${modules.map((module) => module.title).join(' | ')}`))]));
}

describe('a course in JSON', () => {
  it('states everything a course is: identity, time zone, areas, levels with what they count, rounds, choices, modules', () => {
    const read = readCourseFile('/courses/course.json', exampleText('web-course/course.json'));
    assert.equal(read.problem, undefined);
    const course = read.course as Course;
    assert.deepEqual([course.id, course.title, course.rules.timeZone, course.file], ['web210-fall-2025', 'WEB 210: Web Programming with Python and JavaScript (Fall 2025)', 'America/Chicago', '/courses/course.json']);
    assert.deepEqual(course.areas, ['Front End', 'Back End', 'Shipping']);
    assert.deepEqual(course.rules.levels, [
      { name: 'Core', includes: ['Core'] },
      { name: 'Builder', includes: ['Builder', 'Capstone'] },
    ]);
    assert.deepEqual(course.rules.rounds.map((round) => [round.name, round.due]), [['Midterm review', '2025-10-17'], ['Final review', '2025-12-12T17:00-06:00']]);
    assert.deepEqual(asked(course, 'Front End').Builder, ['2 of Lab: CSS Flexbox and Grid Layouts | Lab: Fetch and the DOM | Lab: State in React Components', 'Project 0: Search', 'Project 3: Mail']);
    // The withdrawn Heroku lab is only one of a choice; the capstone, filed under a level Builder includes, counts for Builder.
    assert.deepEqual(asked(course, 'Shipping').Builder, ['1 of Lab: Deploy a Django app to Heroku | Lab: Deploy a Django app to Render', 'Lab: Run the tests on every push with GitHub Actions', 'Project 4: Network', 'Final Project: Capstone']);
    assert.deepEqual(course.catalog.words.levels.map((level) => [level.name, level.otherNames ?? []]), [['Core', ['Lectures']], ['Builder', []], ['Capstone', ['Final Project']]]);
  });

  it('keeps older catalogs working: "course" is the title, a bare list is a course, null is no value, and the levels are the modules’ in order', () => {
    const titled = readCourseFile('old.json', JSON.stringify({ course: 'Queues 101', modules: [{ area: 'Queues', level: 'Bronze', title: 'Why Queues?', url: null, minutes: null, group: null }, { area: 'Queues', level: 'Gold', title: 'Kafka' }] })).course as Course;
    assert.equal(titled.title, 'Queues 101');
    assert.deepEqual(titled.catalog.modules[0], { area: 'Queues', level: 'Bronze', title: 'Why Queues?' });
    assert.deepEqual(titled.rules, { levels: [{ name: 'Bronze', includes: ['Bronze'] }, { name: 'Gold', includes: ['Gold'] }], rounds: [] });
    const bare = readCourseFile('/x/queues.json', JSON.stringify([{ area: 'Queues', level: 'Bronze', title: 'Why Queues?' }])).course as Course;
    assert.deepEqual([bare.id, bare.title, bare.areas], ['queues', 'queues', ['Queues']]);
  });

  it('replaces the bundled course, and extends it only when it says so', () => {
    const own = readCourseFile('own.json', JSON.stringify({ modules: [{ area: 'Queues', level: 'Bronze', title: 'Why Queues?' }] })).course as Course;
    assert.deepEqual(own.areas, ['Queues']);
    assert.equal(own.catalog.modules.length, 1);
    const extended = readCourseFile('more.json', JSON.stringify({ extends: 'gwdistsys18', modules: [{ area: 'Queues', level: 'Beginner', title: 'Why Queues?' }] })).course as Course;
    assert.deepEqual(extended.areas, [...bundledCourse.areas, 'Queues']);
    assert.equal(extended.catalog.modules[0].title, 'Why Queues?');
    assert.equal(extended.catalog.modules.length, bundledCourse.catalog.modules.length + 1);
    assert.deepEqual(extended.rules.rounds, bundledCourse.rules.rounds);
    assert.equal(extended.rules.timeZone, bundledCourse.rules.timeZone);
  });

  it('names the field of every mistake, in one line, and uses nothing of a file with one', () => {
    const problems = (course: unknown) => readCourseJson(JSON.stringify(course)).problems;
    assert.deepEqual(problems({ modules: [{ area: 'A', level: 'B', title: 'T', minuets: 30 }] }), ['modules[0].minuets: unknown key (known: area, level, group, title, url, minutes, withdrawn, optional, choice, otherUrls, otherTitles)']);
    assert.deepEqual(problems({ modules: [{ area: 'A', level: 'B', title: 'T', minutes: '30' }, { area: 'A', title: 'No level' }] }), ['modules[0].minutes: must be a number or a null (got "30")', 'modules[1].level is missing']);
    assert.deepEqual(readCourseJson('{ "modules": [ }').problems, ['line 1, column 16: not valid JSON (ValueExpected)']);
    const semantic = readCourseFile('c.json', JSON.stringify({ extends: 'nope', timeZone: 'Mars/Olympus', areas: ['A'], choices: { Nobody: 2 }, modules: [{ area: 'B', level: 'L', title: 'T' }] }));
    assert.equal(semantic.course, undefined);
    assert.equal(semantic.problem, 'the course file c.json: extends: no course "nope" is bundled (known: gwdistsys18) (and 3 more problems: study-notes course check c.json)');
  });

  it('says a choice or an included level written as no module has it, which would leave a module required or a level counting nothing', () => {
    const modules = [
      { area: 'A', level: 'Core', title: 'Lab: One', choice: 'Pick two labs' },
      { area: 'A', level: 'Core', title: 'Lab: Two', choice: 'Pick two labs' },
      { area: 'A', level: 'Core', title: 'Lab: Three', choice: 'Pick two lab' },
      { area: 'A', level: 'Capstone', title: 'Project: Final' },
    ];
    const read = readCourseSources([{ name: 'c.json', text: JSON.stringify({ areas: ['A'], levels: [{ name: 'Core', includes: ['Core', 'Capstne'] }], choices: { 'Pick two labs': 3 }, modules }) }]);
    assert.equal(read.course, undefined);
    assert.deepEqual(read.problems, [
      'choices: "Pick two labs" asks for 3 modules, but only 2 have that choice',
      'modules[2].choice "Pick two lab" is no other module\'s choice: a choice of one module is that module required (a slip in its name?)',
      'levels[0].includes "Capstne" is the level of no module (modules are filed under Core, Capstone)',
    ]);
    const fixed = { areas: ['A'], levels: [{ name: 'Core', includes: ['Core', 'Capstone'] }], choices: { 'Pick two labs': 2 }, modules: modules.map((module) => ({ ...module, choice: module.choice && 'Pick two labs' })) };
    assert.ok(readCourseFile('c.json', JSON.stringify(fixed)).course);
  });

  it('reads a course file and a settings file saved with a byte-order mark (Windows Notepad writes one) as without it', () => {
    const text = exampleText('web-course/course.json');
    assert.deepEqual(readCourseFile('/courses/course.json', `\ufeff${text}`), readCourseFile('/courses/course.json', text));
    assert.deepEqual(settingsFromText('/course/.studynotes.json', '\ufeff{ "catalog": "course.json" }')?.raw, { catalog: 'course.json' });
  });

  it('`course check` names the file a problem is in, and says what it read as no module of a course that stands', () => {
    buildCliOnce();
    const leftOut = '# Queues\n\n## Office hours\n\n- Lecture recordings - 75 min each\n\n## Streams\n\n### Bronze Level\n\n- [Kafka](https://q.example/kafka) - 1 h\n';
    const folder = tempTree({ 'bad.json': '{ "modules": [ }', 'page.md': '# A course\n\nNothing here.\n', 'left.md': leftOut });
    try {
      assert.deepEqual(runCli(['course', 'check', 'bad.json'], folder).stderr.trim().split('\n'), ['study-notes: bad.json: line 1, column 16: not valid JSON (ValueExpected)']);
      assert.match(runCli(['course', 'check', 'page.md'], folder).stderr, /^study-notes: page\.md: no modules: /);
      const checked = runCli(['course', 'check', 'left.md'], folder);
      assert.deepEqual([checked.status, checked.stderr.trim()], [0, 'study-notes: left.md:5: "Lecture recordings" in Office hours is read as no module, as no level is open above it: if they are modules, open a level above (a heading "### Bronze", or "> To achieve *Bronze Level* mastery")']);
      assert.match(checked.stdout, /^left \(left\): 1 area, 1 level, 1 module/);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('writes back what it reads: courseJsonText of a course is read as the same course', () => {
    const read = readCourseJson(exampleText('web-course/course.json'));
    const again = readCourseJson(courseJsonText(read.spec!));
    assert.deepEqual(again, read);
  });
});

describe('a course page in Markdown', () => {
  const kubernetes = readCourseSources([{ name: 'course.md', text: exampleText('kubernetes-course/course.md') }]);
  const course = kubernetes.course as Course;

  it('reads a page of several areas: its front matter, the areas under ## headings, the levels in the order they appear', () => {
    assert.deepEqual(kubernetes.problems, []);
    assert.deepEqual([course.id, course.title, course.site, course.rules.timeZone], ['k8s-practice-2025', 'Kubernetes in Practice (Spring 2025)', 'https://k8s-practice.example.edu/', 'Europe/Berlin']);
    assert.deepEqual(course.areas, ['Cluster Basics', 'Workloads and State', 'Networking and Operations']);
    assert.deepEqual(course.rules.levels.map((level) => level.name), ['Basics', 'Practitioner']);
  });

  it('reads modules with their times, a choice ("One of:"), a withdrawn module with its replacement, optional ones and what follows the rule', () => {
    assert.deepEqual(asked(course, 'Cluster Basics').Basics, ['1 of Lab: Start a local cluster with minikube | Lab: Start a local cluster with kind', 'Tutorial: Create a Deployment with kubectl', 'Tutorial: Viewing Pods and Nodes']);
    assert.ok(asked(course, 'Workloads and State').Practitioner.includes('1 of Lab: Run a Replicated Database | Tutorial: Run a Replicated Database'));
    const module = (title: string) => course.catalog.modules.find((entry) => entry.title === title);
    assert.deepEqual(module('Workshop: Core Kubernetes Concepts'), { area: 'Cluster Basics', level: 'Practitioner', group: 'Core concepts', title: 'Workshop: Core Kubernetes Concepts', url: 'https://github.com/briandorsey/kubernetes-workshops', minutes: 240 });
    for (const optional of ['Reading: The Kubernetes API', 'Performance review of your own cluster', 'Kubernetes the Hard Way', 'The kubectl Cheat Sheet']) assert.equal(module(optional)?.optional, true, optional);
    assert.equal(module('The kubectl Cheat Sheet')?.minutes, 15);
  });

  it('reads rounds from labelled lines with a due date: levels joined with + ask for the highest, "a third area" for three, ", or" an alternative', () => {
    assert.deepEqual(course.rules.rounds, [
      { name: 'Checkpoint 1', due: '2025-03-14', requires: [{ level: 'Basics', areas: 2 }] },
      { name: 'Checkpoint 2', due: '2025-05-30', requires: [{ level: 'Practitioner', areas: 1 }, { level: 'Basics', areas: 3 }], alternatives: ['present a cluster you run yourself'] },
    ]);
  });

  it('reads rounds written in the course\'s language, and says which round line it cannot count areas in', () => {
    const page = (round: string) => ['---', 'levels: Básico, Avanzado', '---', '## Redes', '### Básico', '- [TLS](https://c.example/tls) - 50 min', '### Avanzado', '- [VPN](https://c.example/vpn) - 3 h', '', round].join('\n');
    const rounds = (round: string) => readCoursePages([{ name: 'curso.md', text: page(round) }]);
    assert.deepEqual(rounds('*Entrega 2:* Para el **2025-12-12** debes alcanzar el nivel Avanzado en un área y Básico en una tercera área, o presentar un proyecto propio.').spec?.rounds, [
      { name: 'Entrega 2', due: '2025-12-12', requires: [{ level: 'Avanzado', areas: 1 }, { level: 'Básico', areas: 3 }], alternatives: ['presentar un proyecto propio'] },
    ]);
    assert.deepEqual(rounds('*Abgabe 3:* Bis **2026-01-20** Stufe Avanzado in zwei Bereichen.').spec?.rounds?.[0].requires, [{ level: 'Avanzado', areas: 2 }]);
    assert.deepEqual(readCourseSources([{ name: 'curso.md', text: page('*Entrega 7:* Para el **2026-02-01** Avanzado en tres áreas.') }]).problems, ['rounds[0].requires[0].areas: 3 areas at Avanzado, but the course has 1: no student can meet "Entrega 7"']);
    for (const every of ['in all areas', 'in every area', 'in each of the areas', 'en todas las áreas', 'in allen Bereichen', 'dans tous les domaines'])
      assert.deepEqual(rounds(`*Entrega 5:* Para el **2026-02-01** Avanzado ${every}.`).spec?.rounds?.[0].requires, [{ level: 'Avanzado', areas: 1 }], every);
    assert.deepEqual(rounds('*Entrega 6:* Para el **2026-02-01** Avanzado en ambas áreas.').spec?.rounds?.[0].requires, [{ level: 'Avanzado', areas: 2 }]);
    assert.deepEqual(rounds('*Entrega 4:* Para el **2026-02-01** debes alcanzar el nivel Avanzado.').problems, [
      'curso.md:10: "Entrega 4": a due date and a level, but not in how many areas: write "in two areas" (or "en dos áreas", "in zwei Bereichen", "dans deux domaines")',
    ]);
    const besides = (line: string) => rounds(`*Entrega 1:* Para el **2025-10-31** debes alcanzar el nivel Básico en dos áreas.\n${line}`).problems;
    assert.deepEqual(besides('*Entrega final:* Para el **2026-02-01** debes alcanzar el nivel Avanzado.'), [
      'curso.md:11: "Entrega final": a due date and a level, but not in how many areas: write "in two areas" (or "en dos áreas", "in zwei Bereichen", "dans deux domaines")',
    ]);
    for (const line of ['**Office hours:** Wednesday October 22nd, 2025, for anyone stuck at Básico level', '**Entrega 1 recap:** on 2025-11-03 we saw Básico level work', '- Week 3: by 2025-03-20 Básico level labs reviewed', '- [Lab: Docker](https://c.example/d) - 30 min (moved to Avanzado on 2025-10-04)', '<!-- TODO: due 2025-12-01, Avanzado in all areas -->'])
      assert.deepEqual(besides(line), [], line);
  });

  it('reads modules from numbered lists and tables, a part\'s name without its "Part A:", and rounds whose label holds the due date, numbered or in a table', () => {
    const page = [
      '---',
      'year: 2025',
      'levels: Tier 1, Tier 2',
      '---',
      '# CYB 220',
      '- Milestone 1 — due Oct 3: reach Tier 1 in two parts.',
      '2. Milestone 2 (due 2025-11-14): reach Tier 2 in one part and Tier 1 in all parts.',
      '| Final checkpoint | Dec 12 | Tier 2 in two parts |',
      '## Part A: Web Security',
      '### Tier 1',
      '| Module | Time |',
      '| --- | --- |',
      '| [Reading: OWASP Top 10](https://owasp.org/top10) | 45 min |',
      '| [Lab: SQL Injection](https://c.example/sqli) | 1 hour |',
      '',
      '| # | Module | Time |',
      '| --- | --- | --- |',
      '| 3 | [Lab: XSS \\| CSP](https://c.example/xss) | 30 min |',
      '',
      '| Reference | Kind |',
      '| --- | --- |',
      '| [OWASP cheat sheets](https://cheatsheetseries.owasp.org/) | reference |',
      '### Tier 2',
      '1. [Lab: CSRF](https://c.example/csrf) - 2 hours',
      '2. One of:',
      '   - [Project: VPN with WireGuard](https://c.example/wg) - 3 hours',
      '   - [Project: VPN with OpenVPN](https://c.example/ovpn) - 3 hours',
      '## Part B: Cryptography',
      '### Tier 1',
      '1. [Lab: Hashing](https://c.example/hash) - 1 hour',
    ].join('\n');
    const { spec, problems } = readCoursePages([{ name: 'cyb.md', text: page }]);
    assert.deepEqual(problems, []);
    assert.deepEqual(spec?.areas, [{ name: 'Part A: Web Security', otherNames: ['Web Security'] }, { name: 'Part B: Cryptography', otherNames: ['Cryptography'] }]);
    assert.deepEqual(spec?.modules.map((module) => [module.title, module.level, module.minutes, module.choice]), [
      ['Reading: OWASP Top 10', 'Tier 1', 45, undefined],
      ['Lab: SQL Injection', 'Tier 1', 60, undefined],
      ['Lab: XSS \\| CSP', 'Tier 1', 30, undefined],
      ['Lab: CSRF', 'Tier 2', 120, undefined],
      ['Project: VPN with WireGuard', 'Tier 2', 180, 'One of (Part A: Web Security, Tier 2)'],
      ['Project: VPN with OpenVPN', 'Tier 2', 180, 'One of (Part A: Web Security, Tier 2)'],
      ['Lab: Hashing', 'Tier 1', 60, undefined],
    ]);
    assert.deepEqual(spec?.rounds, [
      { name: 'Milestone 1', due: '2025-10-03', requires: [{ level: 'Tier 1', areas: 2 }] },
      { name: 'Milestone 2', due: '2025-11-14', requires: [{ level: 'Tier 2', areas: 1 }, { level: 'Tier 1', areas: 2 }] },
      { name: 'Final checkpoint', due: '2025-12-12', requires: [{ level: 'Tier 2', areas: 2 }] },
    ]);
  });

  it('names a round by the words of its label: a tag or a link in it, a due date-time, a hyphen inside a word', () => {
    const named = (line: string) => {
      const read = readRoundLine(line, ['Tier 1', 'Tier 2'], undefined, { year: 2025 }, 3);
      return read && 'round' in read ? [read.round.name, read.round.due] : read;
    };
    assert.deepEqual(named('- <b>Round 1</b>: 2025-10-03, Tier 1 in two areas'), ['Round 1', '2025-10-03']);
    assert.deepEqual(named('- Round 2 [(details)](https://c.example/r2): 2025-11-03, Tier 1 in three areas'), ['Round 2 (details)', '2025-11-03']);
    assert.deepEqual(named('- Round 3 (due 2025-12-03T17:00-05:00): Tier 2 in two areas'), ['Round 3', '2025-12-03T17:00-05:00']);
    assert.deepEqual(named('Pre-entrega 1: 2025-10-03 Tier 1 in two areas'), ['Pre-entrega 1', '2025-10-03']);
    assert.equal(named('- [Lab: X](https://c.example/x) - 30 min (moved to Tier 2 on 2025-10-04)'), undefined);
  });

  it('reads a page in Spanish or German: its dates, its choices, what is still to announce and what else an area is called', () => {
    const page = [
      '---',
      'levels: Básico, Avanzado',
      '---',
      '*Entrega 1:* Para el **viernes 17 de octubre de 2025** debes alcanzar el nivel Básico en dos áreas.',
      '*Abgabe 2:* Bis **Freitag, 7. November 2025** Stufe Avanzado in einem Bereich.',
      '## Modelo relacional (también llamado SQL)',
      '### Básico',
      '- [SELECT](https://c.example/select) - 45 min',
      '- Uno de:',
      '  - [Proyecto: Biblioteca](https://c.example/bib) - 6 h',
      '  - [Proyecto: Clínica](https://c.example/cli) - 6 h',
      '- Lectura complementaria: el teorema CAP - por anunciar',
      '### Avanzado',
      '- [Índices](https://c.example/idx) - 2 h',
      '## NoSQL',
      '### Básico',
      '- [MongoDB](https://c.example/mongo) - 40 min',
    ].join('\n');
    const { spec, problems } = readCoursePages([{ name: 'curso.md', text: page }]);
    assert.deepEqual(problems, []);
    assert.deepEqual(spec?.rounds?.map((round) => [round.name, round.due]), [['Entrega 1', '2025-10-17'], ['Abgabe 2', '2025-11-07']]);
    assert.deepEqual(spec?.areas?.[0], { name: 'Modelo relacional', otherNames: ['SQL'] });
    assert.deepEqual(spec?.choices, undefined);
    assert.deepEqual(spec?.modules.filter((module) => module.choice).map((module) => module.title), ['Proyecto: Biblioteca', 'Proyecto: Clínica']);
    assert.equal(spec?.modules.find((module) => module.title.startsWith('Lectura'))?.optional, true);
  });

  it('says which line has a date it cannot place, and takes the year from the front matter or the command line', () => {
    const page = ['# Queues', '', '> To achieve *Bronze Level* mastery of Queues you must complete:', '', '- [Why Queues?](https://q.example/why) - 10 min', '', '**Checkpoint:** by Monday March 3rd you must reach Bronze in one area.'].join('\n');
    assert.deepEqual(readCoursePages([{ name: 'q.md', text: page }]).problems, ['q.md:7: "Checkpoint": the date "Monday March 3rd" has no year: write it ("Monday March 3rd, 2025"), or give the year (front matter "year: 2025", or --year)']);
    assert.deepEqual(readCoursePages([{ name: 'q.md', text: page }], { year: 2025 }).spec?.rounds, [{ name: 'Checkpoint', due: '2025-03-03', requires: [{ level: 'Bronze', areas: 1 }] }]);
    assert.deepEqual(readCoursePages([{ name: 'q.md', text: page }], { year: 2026 }).problems, ['q.md:7: "Checkpoint": "Monday March 3rd" is a Tuesday in 2026, not a Monday']);
    assert.deepEqual(readCoursePages([{ name: 'q.md', text: `---\nyear: 2025\n---\n${page}` }]).spec?.rounds?.[0].due, '2025-03-03');
  });

  it('reads a page of one area titled by it, a plain heading naming a declared level, and says when there are no modules', () => {
    const page = ['---', 'title: Queues', 'levels: Bronze, Gold', '---', '### Bronze', '- [Why Queues?](https://q.example/why) - 10 min', '### Gold', 'Streams:', '- [Kafka](https://q.example/kafka) - 1 hour'].join('\n');
    const read = readCoursePages([{ name: 'queues.md', text: page }]);
    assert.deepEqual(read.spec?.modules, [
      { area: 'Queues', level: 'Bronze', title: 'Why Queues?', url: 'https://q.example/why', minutes: 10 },
      { area: 'Queues', level: 'Gold', group: 'Streams', title: 'Kafka', url: 'https://q.example/kafka', minutes: 60 },
    ]);
    assert.match(readCoursePages([{ name: 'x.md', text: '# Notes\n\n- a list\n' }]).problems[0], /^no modules: expected list items like/);
  });

  it('reads a level named beside "level" in the course\'s language, in a heading, an emphasis or a line ("### Nivel básico", "*Nivel Avanzado*", "Nivel básico:")', () => {
    const page = ['---', 'levels: Básico, Avanzado', '---', '## Bases de Datos', '### Nivel básico', '- [SQL](https://c.example/sql) - 30 min', '> Para el *Nivel Avanzado* haz:', '- [Replicación](https://c.example/rep) - 2 h', '## Redes', 'Nivel básico:', '- [TLS](https://c.example/tls) - 50 min', '### Avanzado nivel', '- [VPN](https://c.example/vpn) - 3 h'].join('\n');
    const read = readCoursePages([{ name: 'curso.md', text: page }]);
    assert.deepEqual(read.problems, []);
    assert.deepEqual(read.spec?.modules?.map((module) => `${module.area} · ${module.level} · ${module.title}`), ['Bases de Datos · Básico · SQL', 'Bases de Datos · Avanzado · Replicación', 'Redes · Básico · TLS', 'Redes · Avanzado · VPN']);
    const undeclared = readCoursePages([{ name: 'q.md', text: '# Queues\n### Уровень Базовый\n- [Why](https://q.example/why) - 10 min\n### Level 2\n- [Kafka](https://q.example/kafka) - 1 h' }]);
    assert.deepEqual(undeclared.spec?.modules?.map((module) => `${module.level} · ${module.group ?? ''} · ${module.title}`), ['Базовый ·  · Why', 'Базовый · Level 2 · Kafka']);
  });

  it('says in one line a run of what it read as no module, an item with a time where no level is open, and lets a list of links be', () => {
    const page = (...more: string[]) => ['---', 'levels: Básico', '---', '## Bases de Datos', 'Antes de empezar:', '- [Manual](https://c.example/manual)', '### Básico', '- [Índices](https://c.example/idx) - 1 h', '## Redes', '- [Cortafuegos](https://c.example/fw) - media hora', '- [TLS](https://c.example/tls) - 50 min', '## Lecturas', '- [Un libro](https://c.example/libro)', ...more].join('\n');
    const read = readCoursePages([{ name: 'curso.md', text: page() }]);
    assert.deepEqual(read.problems, []);
    const hint = 'if they are modules, open a level above (a heading "### Básico", or "> To achieve *Básico Level* mastery")';
    assert.deepEqual(read.notices, [`curso.md:10: 2 items with a time in Redes are read as no modules, as no level is open above them ("Cortafuegos", "TLS"): ${hint}`]);
    assert.deepEqual(read.spec?.modules?.map((module) => module.title), ['Índices']);
    const before = readCoursePages([{ name: 'curso.md', text: page('## Sistemas', '- [Kernel](https://c.example/k) - 20 min', '### Básico', '- [Procesos](https://c.example/p) - 1 h') }]);
    assert.deepEqual(before.notices?.[1], `curso.md:15: "Kernel" in Sistemas is read as no module, as no level is open above it: ${hint}`);
  });

  it('opens no level on an English "Level …" line: `### Level up your skills` is a group, `> **Level of effort:**` nothing', () => {
    const page = ['# Queues', '> To achieve *Bronze Level* mastery of Queues you must complete:', '### Level up your skills', '- [Why Queues?](https://q.example/why) - 10 min', '> **Level of effort:** an evening', '- [Kafka](https://q.example/kafka) - 1 h'].join('\n');
    assert.deepEqual(readCoursePages([{ name: 'q.md', text: page }]).spec?.modules?.map((module) => `${module.level} · ${module.group} · ${module.title}`), ['Bronze · Level up your skills · Why Queues?', 'Bronze · Level up your skills · Kafka']);
  });

  it('reads what students also call an area, a level or a module, and a level counting a part of its own that a group names ("levels: Gold + Capstone")', () => {
    const page = [
      '---',
      'levels: Bronze (also called Beginning), Gold + Capstone (also called Final Project or Capstone Project)',
      '---',
      '## Queues (also called Messaging, Message Queues)',
      '> To reach *Bronze Level* in Queues, complete:',
      '- [Why Queues?](https://q.example/why) - 10 min (also called Queues Intro)',
      '> To reach *Gold Level* in Queues, complete:',
      'Streams:',
      '- [Kafka](https://q.example/kafka) - 1 hour',
      'Final project:',
      '- [Build a broker](https://q.example/broker) - 3 hours',
      '## Logs',
      '### Beginning',
      '- [Append-only logs](https://q.example/logs) - 20 min',
    ].join('\n');
    const read = readCoursePages([{ name: 'queues.md', text: page }]);
    assert.deepEqual(read.spec?.areas, [{ name: 'Queues', otherNames: ['Messaging', 'Message Queues'] }, { name: 'Logs' }]);
    assert.deepEqual(read.spec?.levels, [
      { name: 'Bronze', otherNames: ['Beginning'] },
      { name: 'Gold', includes: [{ name: 'Gold' }, { name: 'Capstone', otherNames: ['Final Project', 'Capstone Project'] }] },
    ]);
    assert.deepEqual(read.spec?.modules, [
      { area: 'Queues', level: 'Bronze', title: 'Why Queues?', url: 'https://q.example/why', minutes: 10, otherTitles: ['Queues Intro'] },
      { area: 'Queues', level: 'Gold', group: 'Streams', title: 'Kafka', url: 'https://q.example/kafka', minutes: 60 },
      { area: 'Queues', level: 'Capstone', group: 'Final project', title: 'Build a broker', url: 'https://q.example/broker', minutes: 180 },
      { area: 'Logs', level: 'Bronze', title: 'Append-only logs', url: 'https://q.example/logs', minutes: 20 },
    ]);
    // A plain heading naming a level the page opened before (not declared) opens it again, as it did.
    const reopened = ['# Streams', '> To achieve *Silver Level* mastery:', '- [A](https://s.example/a) - 5 min', '> To achieve *Gold Level* mastery:', '- [B](https://s.example/b) - 5 min', '### Silver', '- [C](https://s.example/c) - 5 min'].join('\n');
    assert.deepEqual(readCoursePages([{ name: 'streams.md', text: reopened }]).spec?.modules.map((module) => `${module.title}: ${module.level}`), ['A: Silver', 'B: Gold', 'C: Silver']);
  });
});

describe('docs/course-format.md', () => {
  it('shows each format with its complete example, as the examples hold it', () => {
    const docs = readFileSync(path.resolve(__dirname, '../../docs/course-format.md'), 'utf8');
    const block = (language: string, after: string) => {
      const from = docs.indexOf(`\`\`\`${language}\n`, docs.indexOf(after)) + language.length + 4;
      return docs.slice(from, docs.indexOf('\n```\n', from) + 1);
    };
    assert.equal(block('json', '### A complete example in JSON'), exampleText('web-course/course.json'));
    assert.equal(block('markdown', '### A complete example in Markdown'), exampleText('kubernetes-course/course.md'));
  });
});
