import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import Ajv from 'ajv-draft-04';
import { homepage } from '../../package.json';
import { diagnosticCodes } from '../../server/src/document/diagnosticCodes';
import { corpusRoot, skipWithoutCorpus } from '../support/corpus';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');
const fixtures = path.join(root, 'test/fixtures/cli');

interface Run {
  status: number | null;
  stdout: string;
  stderr: string;
}

/** The built CLI as users run it: a child process, piped (so no colours, no progress bar). */
function studyNotes(args: string[], cwd = root): Run {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

const fixture = (...parts: string[]): string => path.relative(root, path.join(fixtures, ...parts));

/**
 * The published SARIF 2.1.0 schema (draft-04; vendored with its license in test/fixtures/sarif, so
 * no network), with "uri" checked as an absolute URL, as GitHub's upload does. Its language
 * pattern is not valid with the `u` flag Ajv uses by default.
 */
function sarifSchemaValidator() {
  const schema = JSON.parse(readFileSync(path.join(root, 'test/fixtures/sarif/sarif-2.1.0-rtm.5.json'), 'utf8'));
  const absoluteUrl = (text: string): boolean => URL.canParse(text);
  return new Ajv({ allErrors: true, strict: false, unicodeRegExp: false, formats: { uri: absoluteUrl, 'uri-reference': true, 'date-time': true } }).compile(schema);
}

describe('study-notes CLI', function () {
  before(function () {
    this.timeout(120000);
    if (!existsSync(cli)) assert.equal(spawnSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' }).status, 0);
  });

  describe('check', () => {
    it('prints file:line:col severity code message and exits 0 on warnings only', () => {
      const run = studyNotes(['check', fixture('class')]);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^test\/fixtures\/cli\/class\/alice\/README\.md:13:1 warning missing-time Module "Lab: DevOps Docker Beginners Guide" has no time estimate/m);
      assert.match(run.stdout, /alice\/README\.md:23:3 info placeholder /);
      assert.doesNotMatch(run.stdout, /bob/);
      assert.equal(run.stdout.includes('\u001b['), false, 'no colours when piped');
      assert.equal(run.stderr, '', 'no progress bar when piped');
    });

    it('exits 1 over --max-warnings and 0 within it', () => {
      assert.equal(studyNotes(['check', fixture('class'), '--max-warnings', '0']).status, 1);
      assert.equal(studyNotes(['check', fixture('class'), '--max-warnings=1']).status, 0);
    });

    it('writes JSON with 1-based positions', () => {
      const output = JSON.parse(studyNotes(['check', fixture('class'), '--format', 'json']).stdout);
      assert.equal(output.warningCount, 1);
      const alice = output.files.find((f: { file: string }) => f.file.endsWith('alice/README.md'));
      assert.deepEqual(
        alice.diagnostics.map((d: { line: number; column: number; code: string; severity: string }) => [d.line, d.column, d.code, d.severity]),
        [
          [13, 1, 'missing-time', 'warning'],
          [23, 3, 'placeholder', 'info'],
        ],
      );
    });

    it('writes SARIF 2.1.0 that validates against the schema, with a rule for each code', () => {
      const run = studyNotes(['check', fixture('class'), '--format', 'sarif']);
      const log = JSON.parse(run.stdout);
      const validate = sarifSchemaValidator();
      const document: unknown = log;
      assert.ok(validate(document), JSON.stringify(validate.errors, null, 2));
      const driver = log.runs[0].tool.driver;
      assert.equal(driver.informationUri, `${homepage.replace(/#.*$/, '')}#diagnostic-codes`);
      const rules = driver.rules.map((r: { id: string }) => r.id);
      assert.deepEqual(rules, [...diagnosticCodes]);
      for (const rule of driver.rules) {
        assert.ok(rule.fullDescription.text.length > rule.shortDescription.text.length, rule.id);
        assert.match(rule.help.text, /How to fix: \S/, rule.id);
        assert.match(rule.help.markdown, /\*\*How to fix:\*\* \S/, rule.id);
      }
      const result = log.runs[0].results.find((r: { ruleId: string }) => r.ruleId === 'missing-time');
      assert.equal(rules[result.ruleIndex], 'missing-time');
      assert.equal(result.level, 'warning');
      assert.deepEqual(result.locations[0].physicalLocation.region, { startLine: 13, startColumn: 1, endLine: 13, endColumn: 90 });
      assert.equal(result.locations[0].physicalLocation.artifactLocation.uri, 'test/fixtures/cli/class/alice/README.md');
    });

    it('writes GitHub annotations', () => {
      const lines = studyNotes(['check', fixture('class'), '--format', 'github']).stdout.trim().split('\n');
      assert.match(lines[0], /^::warning file=test\/fixtures\/cli\/class\/alice\/README\.md,line=13,col=1,endLine=13,endColumn=90,title=missing-time::Module "Lab/);
      assert.match(lines[1], /^::notice file=.*,line=23,col=3,.*title=placeholder::/);
    });

    it('applies safe fixes with --fix, changing only the template text', () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'study-notes-fix-'));
      try {
        const file = path.join(dir, 'README.md');
        copyFileSync(path.join(fixtures, 'class/alice/README.md'), file);
        const before = readFileSync(file, 'utf8');
        assert.equal(studyNotes(['check', 'README.md'], dir).stdout.includes('placeholder'), true);
        const run = studyNotes(['check', '--fix', 'README.md'], dir);
        assert.match(run.stderr, /fixed 1 problem in README\.md/);
        assert.equal(readFileSync(file, 'utf8'), before.replace('> Include notes here about each of the links\n', ''));
        assert.doesNotMatch(run.stdout, /placeholder/);
        assert.match(run.stdout, /missing-time/, 'time fixes are not applied: they would invent a time');
        assert.equal(readFileSync(file, 'utf8').includes('(time: 30 min)'), false);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });

    it('leaves files alone without --fix', () => {
      const file = path.join(fixtures, 'class/alice/README.md');
      const before = readFileSync(file, 'utf8');
      studyNotes(['check', fixture('class')]);
      assert.equal(readFileSync(file, 'utf8'), before);
    });

    it('checks the shipped example: one deliberate warning', () => {
      const run = studyNotes(['check', 'examples/notes']);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /examples\/notes\/README\.md:\d+:1 warning missing-time Module "Lab: Docker Swarm Mode"/);
      assert.equal(run.stdout.match(/ warning /g)?.length, 1);
    });
  });

  describe('summary', () => {
    it('tabulates time per area and level and a class row per student folder', () => {
      const run = studyNotes(['summary', fixture('class')]);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /Area 1: Docker and Containers\s+2 modules\s+20 min\s+1 without estimate/);
      // Each column starts where the one above it does: modules or level reached, time or levels, modules without estimate.
      const section = run.stdout.slice(0, run.stdout.indexOf('\n\n')).split('\n').slice(1, 9);
      const cellStarts = section.map((line) => [...line.matchAll(/\S {2,}(?=\S)/g)].map((gap) => (gap.index ?? 0) + gap[0].length));
      for (const column of [0, 1, 2]) assert.equal(new Set(cellStarts.flatMap((starts) => starts.slice(column, column + 1))).size, 1, section.join('\n'));
      assert.match(run.stdout, /no estimate: line 13 Lab: DevOps Docker Beginners Guide/);
      assert.match(run.stdout, /^bob\s+1\s+2\s+0\s+1 h 25 min/m);
    });

    it('takes check\'s word "text" for its table', () => {
      assert.equal(studyNotes(['summary', fixture('class'), '--format', 'text']).stdout, studyNotes(['summary', fixture('class'), '--format', 'table']).stdout);
    });

    it('writes the class table as CSV', () => {
      const lines = studyNotes(['summary', fixture('class'), '--format', 'csv']).stdout.trim().split('\n');
      assert.deepEqual(lines, [
        'student,files,pages,modules,without_estimate,minutes_min,minutes_max,areas,Cloud Web Apps,Docker and Containers,Big Data and Machine Learning,SDN and NFV,Round 1 (2018-10-29),Round 2 (2018-12-09),likely_modules,unplaced_modules,logged_without_notes,unread_files,unplaced_list,unread_list,problem',
        'alice,1,0,2,1,20,20,Area 1: Docker and Containers (2),none,Beginner,none,none,not met,not met,0,0,0,0,,,',
        'bob,1,0,2,0,85,85,Area 1: Cloud Web Apps (2),none,none,none,none,not met,not met,0,0,0,0,,,',
      ]);
    });

    it('writes JSON and Markdown', () => {
      const json = JSON.parse(studyNotes(['summary', fixture('class'), '--format', 'json']).stdout);
      assert.deepEqual(
        json.students.map((s: { student: string; modules: number }) => [s.student, s.modules]),
        [
          ['alice', 2],
          ['bob', 2],
        ],
      );
      assert.deepEqual(json.files[0].areas[0].levels.map((l: { name: string; modules: number }) => [l.name, l.modules]), [
        ['Beginner', 2],
        ['Intermediate', 0],
      ]);
      assert.match(studyNotes(['summary', fixture('class'), '--format', 'markdown']).stdout, /^\| alice \| 1 \| 2 \| 1 \| 20 min \| not met \| not met \|/m);
    });

    it('says each round as the notes stand now in the class table of folders without git history', () => {
      const table = studyNotes(['summary', fixture('class')]).stdout.split('\n');
      const header = table.findIndex((line) => line.startsWith('Student'));
      assert.match(table[header], /Time +Round 1 now +Round 2 now +Areas \(modules\)$/);
      assert.match(table[header + 1], /^alice .* not met +not met +Area 1: Docker and Containers \(2\)$/);
    });

    it('gives a level one row: the area’s checklist of levels and their own markers below it add up', () => {
      const folder = mkdtempSync(path.join(tmpdir(), 'study-notes-levels-'));
      try {
        const notes = '# Notes\n\n## Area 1: Docker and Containers\n\n- [x] Beginner\n- [ ] Intermediate\n\n### Beginner\n\n[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (time: 15 min)\n\nwhy images\n\n> Intermediate Level\n\n[Lab: Docker Intro](https://github.com/docker/labs/tree/master/beginner/) (time: 30 min)\n\nran a container\n';
        writeFileSync(path.join(folder, 'README.md'), notes);
        const json = JSON.parse(studyNotes(['summary', folder, '--format', 'json']).stdout);
        assert.deepEqual(json.files[0].areas[0].levels.map((l: { name: string; modules: number }) => [l.name, l.modules]), [
          ['Beginner', 1],
          ['Intermediate', 1],
        ]);
      } finally {
        rmSync(folder, { recursive: true, force: true });
      }
    });
  });

  describe('bad input', () => {
    const fails = (args: string[], message: RegExp): void => {
      const run = studyNotes(args);
      assert.equal(run.status, 2, `${run.stdout}${run.stderr}`);
      assert.match(run.stderr, message);
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
    };

    it('a missing path', () => fails(['check', 'no/such/notes.md'], /^study-notes: no\/such\/notes\.md: no such file or folder$/m));
    it('a folder without notes', () => fails(['check', fixture('no-notes')], /no-notes: no notes files found/));
    it('a file that is not UTF-8', () => fails(['check', fixture('broken/latin1.md')], /latin1\.md: not valid UTF-8 \(first bad byte on line 5\)/));
    it('a binary file', () => fails(['summary', fixture('broken/binary.md')], /binary\.md: binary file/));
    it('a run that could not read one of its files says so under its totals, not only on stderr', () => {
      const run = studyNotes(['check', fixture('class'), fixture('broken/binary.md')]);
      assert.equal(run.status, 2);
      assert.match(run.stdout, /in 2 files, but 1 input could not be read \(below\)\n$/);
      assert.match(run.stderr, /binary\.md: binary file/);
    });
    it('a file saved as UTF-16, told to save it as UTF-8', () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'study-notes-utf16-'));
      try {
        writeFileSync(path.join(dir, 'README.md'), Buffer.from('\ufeff# Notes\n', 'utf16le'));
        fails(['check', path.join(dir, 'README.md')], /README\.md: UTF-16 text, not UTF-8: save it as UTF-8$/m);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
    it('a malformed config, naming the file and the key', () =>
      fails(['check', fixture('bad-config')], /invalid settings in .*bad-config\/\.studynotes\.json:\n\s+diagnostics\.missing-time: must be one of/));
    it('an unknown option or format', () => {
      fails(['check', '--frobnicate'], /unknown option --frobnicate/);
      fails(['check', '--format', 'xml'], /--format must be one of text, json, sarif, github/);
      fails(['lint'], /unknown command "lint"/);
    });

    it('config that is not JSON', () => {
      const dir = mkdtempSync(path.join(tmpdir(), 'study-notes-config-'));
      try {
        copyFileSync(path.join(fixtures, 'class/bob/README.md'), path.join(dir, 'README.md'));
        writeFileSync(path.join(dir, '.studynotes.json'), '{ "diagnostics": ');
        const run = studyNotes(['check', '.'], dir);
        assert.equal(run.status, 2);
        assert.match(run.stderr, /\.studynotes\.json:1:\d+: not valid JSON \(/);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    });
  });

  it('prints --help and --version', () => {
    assert.match(studyNotes(['--help']).stdout, /study-notes check \[paths or globs\.\.\.\]/);
    assert.equal(studyNotes(['--version']).stdout.trim(), JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).version);
  });

  describe('on the corpus', () => {
    before(function () {
      skipWithoutCorpus(this);
    });

    it('checks every corpus folder without a crash, exit 0 or 1', function () {
      this.timeout(120000);
      for (const folder of ['notes', 'notes-split', 'seeds']) {
        const run = studyNotes(['check', folder, '--format', 'json'], corpusRoot);
        assert.ok(run.status === 0 || run.status === 1, `${folder}: ${run.stderr}`);
        assert.ok(JSON.parse(run.stdout).files.length > 0, folder);
      }
    });

    it('summarises the class with one row per file of corpus/notes and per student of notes-split', function () {
      this.timeout(120000);
      const rows = studyNotes(['summary', 'notes', 'notes-split', '--format', 'csv'], corpusRoot).stdout.trim().split('\n').slice(1);
      assert.ok(rows.some((row) => row.startsWith('1988warren-1,1,')));
      assert.ok(rows.some((row) => /^xiaokunyin,\d+,/.test(row)));
    });
  });
});
