// The CLI on what a class folder may hold by accident or by design: folders it cannot read, FIFOs,
// a broken config of one student, crafted globs, escape sequences and formulas in names and notes.
// Every case is a child process on a temporary folder; none may hang, print a stack trace or stop the class.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, readdirSync, readFileSync, readlinkSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { devNull } from 'node:os';
import path from 'node:path';
import { asNobodyIn, buildCliOnce, runCli, tempTree, type Run } from '../support/studyNotesCli';

const alice = { notes: 'alice' as const };
const bob = { notes: 'bob' as const };

/** Every file under `dir` and what it holds, links as their target: what a refused run must leave as it was. */
function snapshotOf(dir: string): Record<string, string> {
  const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).sort();
  return Object.fromEntries(files.map((file) => {
    const full = path.join(dir, file);
    return [file, lstatSync(full).isSymbolicLink() ? `-> ${readlinkSync(full)}` : statSync(full).isFile() ? readFileSync(full, 'utf8') : '(folder)'];
  }));
}

function noStackTrace(run: Run): void {
  assert.doesNotMatch(run.stderr, /\n\s+at |node:internal|Error: /, `no stack trace:\n${run.stderr}`);
}

/** Alice's fixture notes are checked: her missing time is reported. */
function aliceChecked(run: Run): void {
  assert.match(run.stdout, /alice\/README\.md:13:1 warning missing-time/, `${run.stdout}${run.stderr}`);
}

describe('study-notes on a hostile class folder', function () {
  this.timeout(60_000);
  const trees: string[] = [];
  const tree = (files: Parameters<typeof tempTree>[0]): string => {
    const dir = tempTree(files);
    trees.push(dir);
    return dir;
  };

  before(function () {
    this.timeout(120_000);
    buildCliOnce();
  });
  // rm walks a tree deeper than PATH_MAX, which fs.rmSync cannot.
  after(() => trees.forEach((dir) => execFileSync('rm', ['-rf', dir])));

  describe('file-system errors are one line for that file or folder', () => {
    it('a student folder it may not read', function () {
      const dir = tree({ 'class/alice/README.md': alice, 'class/carol/README.md': bob });
      // Root reads every folder: the CLI then runs as nobody, for whom 000 means no.
      const user = process.getuid?.() === 0 ? asNobodyIn(dir) : undefined;
      if (typeof user === 'string') {
        console.log(`      (skipped: the tests run as root, who may read any folder, and ${user})`);
        this.skip();
      }
      chmodSync(path.join(dir, 'class/carol'), 0o000);
      try {
        const run = runCli(['check', 'class'], dir, { as: user });
        noStackTrace(run);
        aliceChecked(run);
        assert.match(run.stderr, /^study-notes: class\/carol: cannot read folder \(permission denied\)$/m);
        assert.equal(run.status, 2);
      } finally {
        chmodSync(path.join(dir, 'class/carol'), 0o755);
      }
    });

    it('a folder whose path is longer than the system allows', () => {
      const dir = tree({ 'class/alice/README.md': alice });
      // No single call can make it: each step is made and entered relative to the last.
      const deepen = "process.chdir('class'); for (let i = 0; i < 25; i++) { fs.mkdirSync('d'.repeat(200)); process.chdir('d'.repeat(200)); } fs.writeFileSync('README.md', '# Deep')";
      execFileSync(process.execPath, ['-e', deepen], { cwd: dir });
      const run = runCli(['check', 'class'], dir);
      noStackTrace(run);
      aliceChecked(run);
      assert.match(run.stderr, /^study-notes: class\/d+(\/d+)+: cannot read folder \(path too long\)$/m);
    });

    it('a FIFO or a device named as notes or as a student\'s settings is refused, not waited on', () => {
      const dir = tree({ 'class/alice/README.md': alice, 'class/bob/README.md': bob });
      execFileSync('mkfifo', ['notes.md', 'class/bob/.studynotes.json'], { cwd: dir });
      const named = runCli(['check', 'notes.md', devNull, 'class/alice/README.md'], dir);
      noStackTrace(named);
      aliceChecked(named);
      assert.match(named.stderr, /^study-notes: notes\.md: cannot read \(not a regular file \(a FIFO, socket or device\)\)$/m);
      assert.match(named.stderr, /: cannot read \(not a regular file \(a FIFO, socket or device\)\)$/m);
      const walked = runCli(['check', 'class'], dir);
      noStackTrace(walked);
      aliceChecked(walked);
      assert.match(walked.stderr, /^study-notes: cannot read .*class\/bob\/\.studynotes\.json: not a regular file/m);
    });

    it('a glob over /proc, where folders vanish and refuse', function () {
      if (!existsSync('/proc/self')) {
        console.log('      (skipped: no /proc on this system)');
        this.skip();
      }
      const run = runCli(['check', '/proc/*/no-notes-here.md'], tree({}));
      noStackTrace(run);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^study-notes: \/proc\/\*\/no-notes-here\.md: no files match$/m);
    });

    it('130,000 files in one folder (a student\'s screenshots beside the notes)', function () {
      this.timeout(300_000);
      const dir = tree({ 'class/alice/README.md': alice });
      const shots = path.join(dir, 'class/alice/shots');
      mkdirSync(shots);
      for (let i = 0; i < 130_000; i++) writeFileSync(path.join(shots, `shot-${i}.png`), '');
      const started = performance.now();
      const run = runCli(['summary', 'class', '--format', 'csv'], dir);
      console.log(`      summary over 130,000 files: ${((performance.now() - started) / 1000).toFixed(1)} s`);
      noStackTrace(run);
      assert.equal(run.status, 0, run.stderr);
      assert.match(run.stdout, /^alice,1,0,2,/m);
    });
  });

  describe('one student\'s broken settings are that student\'s problem', () => {
    const files = {
      'class/alice/README.md': alice,
      'class/bob/README.md': bob,
      'class/bob/.studynotes.json': '{ "diagnostics": ',
      'class/carol/README.md': bob,
      'class/carol/package.json': JSON.stringify({ name: 'carol', studyNotes: { notesfiles: [] } }),
    };

    it('check reports it on stderr once and checks the others', () => {
      const run = runCli(['check', 'class'], tree(files));
      noStackTrace(run);
      aliceChecked(run);
      assert.equal(run.status, 2);
      assert.equal(run.stderr.match(/bob\/\.studynotes\.json:1:\d+: not valid JSON/g)?.length, 1, run.stderr);
      assert.match(run.stderr, /^study-notes: invalid settings in .*carol\/package\.json \(studyNotes\):\n {2}notesfiles: unknown key/m);
    });

    it('summary gives the student a row that says why', () => {
      const run = runCli(['summary', 'class', '--format', 'json'], tree(files));
      noStackTrace(run);
      const rows: { student: string; modules: number; problem?: string }[] = JSON.parse(run.stdout).students;
      assert.deepEqual(
        rows.map((row) => [row.student, row.modules > 0, /not valid JSON|invalid settings/.test(row.problem ?? '')]),
        [
          ['alice', true, false],
          ['bob', false, true],
          ['carol', false, true],
        ],
      );
    });

    describe('JSON nested 10,000 and 100,000 levels deep, in any file the run reads as JSON', () => {
      // Each opens its 257th level at the column given: one line for that student, never a stack overflow for the class.
      const deep = {
        'brackets-10k': ['.studynotes.json', '['.repeat(10_000), 257],
        'brackets-100k': ['.studynotes.json', '['.repeat(100_000), 257],
        'objects-10k': ['.studynotes.json', '{"a":'.repeat(10_000), 1281],
        'objects-100k': ['.studynotes.json', `${'{"a":'.repeat(100_000)}1${'}'.repeat(100_000)}`, 1281],
        // A parser recovering from a stray "}" stays in the list: it must not lower the count.
        'stray-closers': ['.studynotes.json', '[},'.repeat(100_000), 769],
        'package-key': ['package.json', `{"name": "x",\n "studyNotes": ${'{"a":'.repeat(10_000)}`, 1291],
      } as const;
      const files = {
        'class/alice/README.md': alice,
        'class/bob/README.md': bob,
        ...Object.fromEntries(Object.entries(deep).flatMap(([student, [name, text]]) => [[`class/${student}/README.md`, bob], [`class/${student}/${name}`, text]])),
        // A course file is read as JSON too: that student's notes are refused with the one line, no other course used.
        'class/zoe/README.md': alice,
        'class/zoe/.studynotes.json': '{ "catalog": "catalog.json" }',
        'class/zoe/catalog.json': '{"modules":'.repeat(100_000),
      };

      it('check says so in one line per file, with its line and column, and checks the others', () => {
        const run = runCli(['check', 'class'], tree(files));
        noStackTrace(run);
        assert.doesNotMatch(run.stderr, /internal error|call stack/, run.stderr);
        aliceChecked(run);
        assert.doesNotMatch(run.stdout, /zoe\/README\.md/);
        for (const [student, [name, , column]] of Object.entries(deep)) {
          const line = name === 'package.json' ? 2 : 1;
          assert.match(run.stderr, new RegExp(`^study-notes: \\S*class/${student}/${name.replace('.', '\\.')}:${line}:${column}: JSON nested deeper than 256 levels$`, 'm'), run.stderr);
        }
        assert.match(run.stderr, /^study-notes: the course file \S*class\/zoe\/catalog\.json: line 1, column 2817: JSON nested deeper than 256 levels$/m);
        assert.equal(run.status, 2);
      });

      it('summary gives those students a row that says why', () => {
        const run = runCli(['summary', 'class', '--format', 'json'], tree(files));
        noStackTrace(run);
        const rows: { student: string; modules: number; problem?: string }[] = JSON.parse(run.stdout).students;
        const deeper = (row: { problem?: string }): boolean => /JSON nested deeper than 256 levels/.test(row.problem ?? '');
        assert.deepEqual(rows.filter(deeper).map((row) => row.student).sort(), [...Object.keys(deep), 'zoe'].sort());
        assert.deepEqual(rows.filter((row) => !deeper(row)).map((row) => [row.student, row.modules > 0]), [['alice', true], ['bob', true]]);
      });
    });

    it('a crafted glob in a student\'s settings costs no time', () => {
      const name = `${'a'.repeat(33)}.md`;
      const dir = tree({ 'class/alice/README.md': alice, [`class/eve/${name}`]: '# x\n', 'class/eve/.studynotes.json': JSON.stringify({ notesFiles: ['*a*a*a*a*a*a*a*a*a*a*a*a*a*b'], ignores: ['**/*a*a*a*a*a*a*a*a*a*a*a*b.md'] }) });
      const started = performance.now();
      const run = runCli(['check', 'class'], dir);
      console.log(`      check with the crafted globs: ${(performance.now() - started).toFixed(0)} ms (was 17.7 s)`);
      noStackTrace(run);
      aliceChecked(run);
    });
  });

  describe('-o never replaces a file the run reads, nor writes through a link', () => {
    const files = {
      'class/alice/README.md': alice,
      'class/bob/README.md': bob,
      'class/bob/.studynotes.json': '{ "catalog": "../catalog.json" }',
      'class/catalog.json': JSON.stringify({ modules: [{ area: 'Area 1: Docker and Containers', level: 'Beginner', title: 'Video: Why Docker?' }] }),
      'outside/kept.txt': 'not the report\n',
    };
    const refusals: [string, (dir: string) => void, RegExp][] = [
      ['the notes, named as they are', () => {}, /^study-notes: cannot write the report to class\/alice\/README\.md: it is class\/alice\/README\.md, which this run reads$/],
      ['the notes, by a path through ..', () => {}, /^study-notes: cannot write the report to class\/bob\/\.\.\/alice\/README\.md: it is class\/alice\/README\.md, which this run reads$/],
      ['the notes, by a hard link', (dir) => linkSync(path.join(dir, 'class/alice/README.md'), path.join(dir, 'report.md')), /^study-notes: cannot write the report to report\.md: it is class\/alice\/README\.md, which this run reads$/],
      ['a student\'s settings', () => {}, /^study-notes: cannot write the report to class\/bob\/\.studynotes\.json: it is \S*class\/bob\/\.studynotes\.json, which this run reads$/],
      ['the catalog a student\'s settings name', () => {}, /^study-notes: cannot write the report to class\/catalog\.json: it is \S*class\/catalog\.json, which this run reads$/],
      ['a link planted to a file outside the tree', (dir) => symlinkSync(path.join(dir, 'outside/kept.txt'), path.join(dir, 'report.txt')), /^study-notes: cannot write the report to report\.txt: a symbolic link \(name the file it points to\)$/],
      ['a link to the notes', (dir) => symlinkSync('class/alice/README.md', path.join(dir, 'report.md')), /^study-notes: cannot write the report to report\.md: a symbolic link \(name the file it points to\)$/],
    ];
    const outputOf = (name: string): string => ({ 'the notes, named as they are': 'class/alice/README.md', 'the notes, by a path through ..': 'class/bob/../alice/README.md', "a student's settings": 'class/bob/.studynotes.json', "the catalog a student's settings name": 'class/catalog.json' })[name] ?? (name.includes('planted') ? 'report.txt' : 'report.md');

    for (const [name, plant, message] of refusals) {
      it(`refuses ${name}: one line, exit 2, nothing written (not even --fix's fixes)`, () => {
        const dir = tree(files);
        plant(dir);
        const before = snapshotOf(dir);
        for (const args of [['check', 'class', '--fix'], ['summary', 'class'], ['check', 'class', '--format', 'sarif']]) {
          const run = runCli([...args, '-o', outputOf(name)], dir);
          noStackTrace(run);
          assert.equal(run.status, 2, `${args.join(' ')}: ${run.stderr}`);
          assert.match(run.stderr.trimEnd(), message, `${args.join(' ')}: ${run.stderr}`);
          assert.equal(run.stderr.trimEnd().split('\n').length, 1, run.stderr);
          assert.deepEqual(snapshotOf(dir), before, `${args.join(' ')}: nothing written`);
        }
      });
    }

    it('writes to a new file, or replaces a report of its own, beside the notes', () => {
      const dir = tree(files);
      for (let run = 0; run < 2; run++) assert.equal(runCli(['check', 'class', '-o', 'class/report.txt'], dir).status, 0);
      assert.match(readFileSync(path.join(dir, 'class/report.txt'), 'utf8'), /alice\/README\.md:13:1 warning missing-time/);
    });
  });

  describe('what a student wrote is printed as text', () => {
    // ESC c resets the terminal (clears the screen); a line break starts a fake line or workflow command.
    const trap = '\u001bc✔ All checks passed\n::error file=x::fake';

    it('escape sequences in notes do not reach the terminal', () => {
      const notes = `# Notes\n\n## Area 1: Docker and Containers\n\n> Beginner Level\n\n[Lab: ${trap.replace('\n', '\u2028')}](https://example.org/x)\n\nDid it.\n`;
      const dir = tree({ 'class/mallory/README.md': notes });
      for (const args of [['check', 'class'], ['summary', 'class'], ['summary', 'class', '--format', 'markdown']]) {
        const run = runCli(args, dir);
        assert.equal(run.stdout.includes('\u001b'), false, `${args.join(' ')}: ${JSON.stringify(run.stdout)}`);
        assert.equal(run.stdout.includes('\u2028'), false);
      }
      assert.match(runCli(['check', 'class'], dir).stdout, /\\x1bc✔ All checks passed\\u2028::error/);
    });

    it('a file name with a line break makes no second line, in text, github annotations or stderr', () => {
      const dir = tree({ [`class/${trap.split('\u001b').join('')}/README.md`]: alice, 'named\n::error::x.md': alice });
      for (const format of ['text', 'github']) {
        const run = runCli(['check', 'class', 'named\n::error::x.md', '--format', format], dir);
        noStackTrace(run);
        for (const line of `${run.stdout}${run.stderr}`.split('\n')) assert.doesNotMatch(line, /^\s*::error file=x|^\s*::error::x|^✔ All checks passed/, `${format}: ${line}`);
      }
    });

    it('CSV cells that a spreadsheet would run as a formula start with an apostrophe', () => {
      const dir = tree({ 'class/=HYPERLINK("x.example")/README.md': alice, 'class/@SUM(1)/README.md': alice, 'class/+1/README.md': alice, 'class/-1/README.md': alice });
      const rows = runCli(['summary', 'class', '--format', 'csv'], dir).stdout.trimEnd().split('\n').slice(1);
      assert.deepEqual(
        rows.map((row) => row.split(',')[0]),
        ["'+1", "'-1", '"\'=HYPERLINK(""x.example"")"', "'@SUM(1)"],
      );
    });
  });

  it('a file the checks fail on is one line; the other students are checked', () => {
    const nested = `${'$('.repeat(3500)}x${')'.repeat(3500)}`;
    const notes = `# Notes\n\n## Area 1: Docker and Containers\n\n> Beginner Level\n\n[Lab: Docker](https://example.org/x) (time: 30 min)\n\n\`\`\`bash\ndocker run ${nested}\n\`\`\`\n`;
    const run = runCli(['check', 'class'], tree({ 'class/alice/README.md': alice, 'class/zed/README.md': notes }));
    noStackTrace(run);
    aliceChecked(run);
  });
});
