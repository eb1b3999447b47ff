import { strict as assert } from 'node:assert';
import { checkText } from '../../server/src/cli/summaryChecks';
import { buildCliOnce, runCli, tempTree } from '../support/studyNotesCli';

// A class of two: ann wrote a module the course's order and a like title place (counted, to check),
// ben one that matches no module of the course, and files nothing links to, one named to break HTML.
const hostileFile = '<img src=x onerror=alert(1)>.md';
const hostileTitle = 'Latency < 20 ms & "cheap" tricks';
const classFiles = {
  'class/ann/README.md': '# Notes\n\n## Cloud Web Apps\n\n> Intermediate Level\n\n### Video: Virtualization (10 min)\n\nHypervisors share the hardware between VMs.\n\n### S3 vs EC2 (20 min)\n\nS3 served the files faster than my EC2 VM.\n',
  'class/ben/README.md': `# Notes\n\n## Cloud Web Apps\n\n> Intermediate Level\n\n### My own CDN experiment (15 min)\n\nPut CloudFront in front of a bucket.\n\n### ${hostileTitle} (10 min)\n\nCached at the edge.\n`,
  'class/ben/Technical Report.md': 'What I measured, in prose.\n',
  [`class/ben/${hostileFile}`]: 'More prose.\n',
};
const s3VersusEc2 = 'On your own: Compare the performance, functionality, and price when serving web content from S3 versus an EC2 VM';

interface Placed {
  file: string;
  line: number;
  title: string;
  catalog: string[];
  confidence?: string;
  written: boolean;
  area?: string;
}
interface StudentJson {
  student: string;
  progress: { area: string; likely: Placed[]; unplaced: Placed[] }[];
  unplaced: Placed[];
  unread: string[];
}

describe('study-notes summary: what a TA checks by hand', function () {
  let dir: string;
  const summary = (format: string): string => {
    const run = runCli(['summary', 'class', '--format', format], dir);
    assert.equal(run.status, 0, run.stderr);
    return run.stdout;
  };

  before(function () {
    this.timeout(120000);
    buildCliOnce();
    dir = tempTree(classFiles);
  });

  it('json: a likely module with the course module it counts for, a module not placed, the files not read', () => {
    const [ann, ben] = (JSON.parse(summary('json')) as { students: StudentJson[] }).students;
    const cloud = (student: StudentJson) => student.progress.find((area) => area.area === 'Cloud Web Apps');
    // Numbered from 1, as the table numbers them (README.md:11).
    assert.deepEqual(cloud(ann)?.likely, [{ file: 'README.md', line: 11, title: 'S3 vs EC2', catalog: [s3VersusEc2], confidence: 'likely', written: true, area: 'Cloud Web Apps' }]);
    assert.deepEqual(cloud(ann)?.unplaced, []);
    assert.deepEqual(
      cloud(ben)?.unplaced.map(({ file, line, title, catalog, written }) => ({ file, line, title, catalog, written })),
      [
        { file: 'README.md', line: 7, title: 'My own CDN experiment', catalog: [], written: true },
        { file: 'README.md', line: 11, title: hostileTitle, catalog: [], written: true },
      ],
    );
    assert.deepEqual([ann.unread, ben.unread.sort()], [[], [hostileFile, 'Technical Report.md']]);
    assert.deepEqual([ann.unplaced, ben.unplaced], [[], []]);
  });

  it('table: per student, one aligned line per module or file to check, after the class table', () => {
    const text = summary('table');
    const block = text.slice(text.indexOf('To check by hand')).trimEnd().split('\n').slice(2);
    assert.deepEqual(
      block.map((line) => line.trim().split(/\s{2,}/)),
      [
        ['ann', 'likely', `«S3 vs EC2» (README.md:11) → ${s3VersusEc2}`],
        ['ben', 'not placed', '«My own CDN experiment» (README.md:7) in Cloud Web Apps, perhaps: AWS Tutorial: Launch a VM, or QwikLab: Intro to S3'],
        ['not placed', `«${hostileTitle}» (README.md:11) in Cloud Web Apps, perhaps: AWS Tutorial: Launch a VM, or QwikLab: Intro to S3`],
        ['not read as notes', hostileFile],
        ['not read as notes', 'Technical Report.md'],
      ],
    );
    const column = (words: string) => block.map((line) => line.indexOf(words)).filter((at) => at >= 0);
    assert.equal(new Set([...column('likely'), ...column('not ')]).size, 1, block.join('\n'));
    assert.equal(new Set([...column('«'), ...column('Technical'), ...column('<img')]).size, 1, block.join('\n'));
  });

  it('csv: how many likely, not placed and not read per student, and where the modules not placed are', () => {
    const [header, ...rows] = summary('csv').trim().split('\n');
    const columns = header.split(',');
    const at = columns.indexOf('likely_modules');
    assert.deepEqual(columns.slice(at), ['likely_modules', 'unplaced_modules', 'logged_without_notes', 'unread_files', 'unplaced_list', 'unread_list', 'problem']);
    assert.deepEqual(
      rows.map((row) => row.split(',').slice(at)),
      [
        ['1', '0', '0', '0', '', '', ''],
        ['0', '2', '0', '2', '"README.md:7 My own CDN experiment; README.md:11 Latency < 20 ms & ""cheap"" tricks"', '<img src=x onerror=alert(1)>.md; Technical Report.md', ''],
      ],
    );
  });

  it('a module the time log names that no notes are counted as: in the module left, in the list to check, and counted in the CSV', () => {
    const logged = tempTree({
      'class/cal/README.md': ['# Notes', '', '## Time spent', '', '| Module | Time |', '| --- | --- |', '| Video: Why Docker? | 10 min |', '| Lab: DevOps Docker Beginners Guide | 45 min |', '', '## Docker and Containers', '', '> Beginner Level', '', '### Video: Why Docker? (10 min)', '', 'Ship the runtime.', ''].join('\n'),
    });
    const run = (format: string): string => runCli(['summary', 'class', '--format', format], logged).stdout;
    const [cal] = (JSON.parse(run('json')) as { students: { progress: { area: string; levels: { level: string; left: { title: string; module: object; logged?: object }[] }[] }[] }[] }).students;
    const beginner = cal.progress.find((area) => area.area === 'Docker and Containers')?.levels.find((level) => level.level === 'Beginner');
    assert.deepEqual(beginner?.left, [{ title: 'Lab: DevOps Docker Beginners Guide', minutes: 45, module: beginner?.left[0].module, logged: { file: 'README.md', line: 7, title: 'Lab: DevOps Docker Beginners Guide', courseTitle: 'Lab: DevOps Docker Beginners Guide' } }]);
    const table = run('table');
    assert.deepEqual(table.slice(table.indexOf('To check by hand')).trimEnd().split('\n').slice(2).map((line) => line.trim().split(/\s{2,}/)), [['cal', 'logged, no notes', '«Lab: DevOps Docker Beginners Guide» (README.md:8) → Lab: DevOps Docker Beginners Guide']]);
    const [header, row] = run('csv').trim().split('\n').map((line) => line.split(','));
    assert.equal(row[header.indexOf('logged_without_notes')], '1');
  });

  it('markdown: a list per student of what to check, the student\'s words escaped', () => {
    const text = summary('markdown');
    const section = text.slice(text.indexOf('## To check by hand'), text.indexOf('## class/'));
    assert.match(section, /### ann\n\n- likely: «S3 vs EC2» \(README\.md:11\) → On your own: Compare/);
    assert.match(section, /### ben\n\n- not placed: «My own CDN experiment» \(README\.md:7\) in Cloud Web Apps/);
    assert.ok(section.includes('- not placed: «Latency \\< 20 ms \\& "cheap" tricks» (README.md:11)'), section);
    assert.ok(section.includes('- not read as notes: \\<img src=x onerror=alert\\(1\\)\\>.md'), section);
    assert.ok(section.includes('- not read as notes: Technical Report.md'), section);
  });

  it('html: each student\'s section lists what to check, escaped, and its summary line says how many', () => {
    const html = summary('html');
    const studentSections = /<details[^>]*><summary><strong>([^<]*)<\/strong>(.*?)<\/summary>(.*?)<\/details>/g;
    const sections = new Map([...html.matchAll(studentSections)].map(([, student, line, body]) => [student, { line, body }]));
    assert.match(sections.get('ann')?.line ?? '', /· <span class="unmet">1 to check<\/span>$/);
    assert.match(sections.get('ben')?.line ?? '', /· <span class="unmet">4 to check<\/span>$/);
    assert.ok(sections.get('ann')?.body.includes(`<li><strong>likely</strong>: «S3 vs EC2» (README.md:11) → ${s3VersusEc2}</li>`));
    const ben = sections.get('ben')?.body ?? '';
    assert.ok(ben.includes('<li><strong>not placed</strong>: «Latency &#60; 20 ms &#38; &#34;cheap&#34; tricks» (README.md:11) in Cloud Web Apps'), ben);
    assert.ok(ben.includes('<li><strong>not read as notes</strong>: &#60;img src=x onerror=alert(1)&#62;.md</li>'), ben);
    assert.ok(ben.includes('<li><strong>not read as notes</strong>: Technical Report.md</li>'), ben);
    assert.doesNotMatch(html, /<img|<script|<svg/i);
    assert.deepEqual(unclosedTags(html), []);
  });

  it('html: the chart names and colours the levels the course has, not the bundled course\'s', () => {
    const ownCourse = tempTree({
      '.studynotes.json': '{ "catalog": "course.json" }',
      'course.json': JSON.stringify({
        levels: [{ name: 'Bronze' }, { name: 'Silver' }],
        rounds: [{ name: 'Week 2', due: '2025-01-14', requires: [{ level: 'Silver', areas: 1 }] }],
        modules: [
          { area: 'Queues', level: 'Bronze', title: 'Video: Why Queues?', minutes: 12 },
          { area: 'Queues', level: 'Silver', title: 'Lab: RabbitMQ Hello World', minutes: 40 },
        ],
      }),
      'class/ann/README.md': '# Notes\n\n## Queues\n\n### Video: Why Queues? (12 min)\n\nProducers never wait for consumers.\n',
      'class/ben/README.md': '# Notes\n\n## Queues\n\n### Video: Why Queues? (12 min)\n\nConsumers ack.\n\n### Lab: RabbitMQ Hello World (40 min)\n\nDeclared a durable queue.\n',
    });
    const run = runCli(['summary', 'class', '--format', 'html'], ownCourse);
    assert.equal(run.status, 0, run.stderr);
    const legend = /<p class="legend[^>]*>(.*?)<\/p>/.exec(run.stdout)?.[1] ?? '';
    assert.deepEqual([...legend.matchAll(/<span[^>]*>([^<]*)<\/span>/g)].map((match) => match[1]), ['Silver', 'Bronze', 'no level yet']);
    assert.match(run.stdout, /aria-label="Queues: 1 Silver, 1 Bronze, 0 no level"/);
    assert.doesNotMatch(run.stdout, /Intermediate|Beginner/);
    assert.deepEqual(unclosedTags(run.stdout), []);
  });

  it('a likely module names what its notes may also be, not counted', () => {
    const kubernetes = { file: 'README.md', line: 40, title: 'Kubernetes', catalog: ['Learn more about Kubernetes on your own'], confidence: 'likely' as const, written: true, perhapsAlso: ['Video: Kubernetes vs Swarm', 'Video: Kubernetes in 5 Minutes'] };
    assert.equal(checkText({ kind: 'likely', module: kubernetes, file: 'README.md' }), '«Kubernetes» (README.md:41) → Learn more about Kubernetes on your own (perhaps also Video: Kubernetes vs Swarm, or Video: Kubernetes in 5 Minutes, not counted)');
  });
});

/** The tags a page opens and never closes, or closes without opening: what a stray `<` in a title would leave. */
function unclosedTags(html: string): string[] {
  const voidTags = new Set(['meta', 'br', '!doctype']);
  const open: string[] = [];
  const wrong: string[] = [];
  for (const [, closing, name] of html.matchAll(/<(\/?)([a-z!][a-z0-9]*)/gi)) {
    const tag = name.toLowerCase();
    if (voidTags.has(tag)) continue;
    if (!closing) open.push(tag);
    else if (open.pop() !== tag) wrong.push(`</${tag}>`);
  }
  return [...wrong, ...open];
}
