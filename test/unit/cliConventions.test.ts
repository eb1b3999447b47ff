// The conventions ESLint and markdownlint-cli2 users expect of a checker, on the built CLI:
// --quiet, -o, --config, stdin, ignores, .gitignore, symbolic links, and settings files checked
// against the schema VS Code uses (unknown keys, wrong values, VS Code's spelling, comments).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { buildCliOnce, cliBundle, runCli, studentNotes, tempTree } from '../support/studyNotesCli';

const alice = { notes: 'alice' } as const;
const bob = { notes: 'bob' } as const;
const errorsConfig = JSON.stringify({ diagnostics: { 'missing-time': 'error' } });

describe('study-notes CLI conventions', function () {
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
  after(() => {
    for (const dir of trees) rmSync(dir, { recursive: true, force: true });
  });

  it('stops quietly, with its own exit code, when the reader of its output goes away (| head)', () => {
    // Output well past a pipe's 64 KB, so that the write meets the closed pipe whatever the timing.
    const dir = tree(Object.fromEntries(Array.from({ length: 400 }, (_, index) => [`student-${index}/README.md`, index % 2 ? alice : bob])));
    const piped = spawnSync('bash', ['-c', `set -o pipefail; "${process.execPath}" "${cliBundle}" summary . | head -c 10 > /dev/null`], { cwd: dir, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', FORCE_COLOR: '' } });
    assert.equal(piped.stderr, '', 'nothing on stderr: no EPIPE trace');
    assert.equal(piped.status, 0);
  });

  it('--help lists each of them', () => {
    const help = runCli(['--help'], tree({})).stdout;
    for (const option of ['-q, --quiet', '-o, --output-file FILE', '-c, --config FILE', '--stdin-filename NAME', '--concurrency N|auto|off', 'study-notes check -', '.gitignore', '"ignores"', 'symbolic links'])
      assert.ok(help.includes(option), option);
  });

  describe('--concurrency', () => {
    // Real notes of several students, each a little different: alice's and bob's, with lines added.
    const classTree = (): string => {
      const files: Record<string, string> = {};
      for (let student = 0; student < 8; student++) {
        const notes = readFileSync(studentNotes(student % 2 ? 'alice' : 'bob'), 'utf8');
        files[`s${student}/README.md`] = `${notes}\n[Video: Extra ${student}](https://x.example/${student})\n${'Notes. '.repeat(student * 50)}\n`;
      }
      return tree(files);
    };

    it('reads files on worker threads and reports exactly what one thread reports, in the same order', () => {
      const dir = classTree();
      const one = runCli(['check', '--format', 'json', '--concurrency', '1', '.'], dir);
      const three = runCli(['check', '--format', 'json', '--concurrency', '3', '.'], dir);
      assert.equal(three.status, one.status);
      assert.equal(three.stderr, one.stderr);
      assert.equal(three.stdout, one.stdout);
      assert.equal(JSON.parse(one.stdout).files.length, 8);
      const summaryOne = runCli(['summary', '--format', 'json', '--concurrency', 'off', '.'], dir);
      assert.equal(runCli(['summary', '--format', 'json', '--concurrency', '2', '.'], dir).stdout, summaryOne.stdout);
    });

    it('says what it expects of a wrong value', () => {
      const run = runCli(['check', '--concurrency', 'many', '.'], tree({ 'notes.md': alice }));
      assert.equal(run.status, 2);
      assert.equal(run.stderr.trim(), 'study-notes: --concurrency must be a number of threads, auto or off, got "many"');
    });
  });

  describe('--quiet', () => {
    it('reports errors only, and warnings still count for --max-warnings', () => {
      const dir = tree({ 'notes.md': alice });
      assert.match(runCli(['check', 'notes.md'], dir).stdout, /warning missing-time[\s\S]*info placeholder/);
      const quiet = runCli(['check', '--quiet', 'notes.md'], dir);
      assert.equal(quiet.status, 0);
      assert.doesNotMatch(quiet.stdout, /missing-time|placeholder/);
      const limited = runCli(['check', '-q', '--max-warnings', '0', 'notes.md'], dir);
      assert.equal(limited.status, 1);
      assert.match(limited.stderr, /too many warnings: 1 \(--max-warnings 0\)/);
    });

    it('keeps errors', () => {
      const dir = tree({ 'notes.md': alice, '.studynotes.json': errorsConfig });
      const run = runCli(['check', '--quiet', '--format', 'json', 'notes.md'], dir);
      assert.equal(run.status, 1);
      const codes = JSON.parse(run.stdout).files[0].diagnostics.map((d: { code: string }) => d.code);
      assert.deepEqual(codes, ['missing-time']);
    });
  });

  describe('-o/--output-file', () => {
    it('writes the report to the file, making its folder, and nothing to stdout', () => {
      const dir = tree({ 'notes.md': alice });
      const run = runCli(['check', 'notes.md', '--format', 'sarif', '-o', 'reports/notes.sarif'], dir);
      assert.equal(run.status, 0, run.stderr);
      assert.equal(run.stdout, '');
      assert.equal(JSON.parse(readFileSync(path.join(dir, 'reports/notes.sarif'), 'utf8')).version, '2.1.0');
      runCli(['summary', 'notes.md', '--format', 'csv', '--output-file=class.csv'], dir);
      assert.match(readFileSync(path.join(dir, 'class.csv'), 'utf8'), /^student,/);
    });

    it('says in one line when the file cannot be written', () => {
      const dir = tree({ 'notes.md': alice, 'taken/readme': 'a file, not a folder' });
      const run = runCli(['check', 'notes.md', '-o', 'taken/readme/out.txt'], dir);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^study-notes: cannot write taken\/readme\/out\.txt \((ENOTDIR|EEXIST)\)\n$/);
    });
  });

  describe('--config', () => {
    it('uses the named settings for every file instead of the nearest', () => {
      const dir = tree({ 'notes.md': alice, '.studynotes.json': JSON.stringify({ diagnostics: { 'missing-time': 'off' } }), 'ci/strict.json': errorsConfig });
      assert.doesNotMatch(runCli(['check', 'notes.md'], dir).stdout, /missing-time/);
      const run = runCli(['check', 'notes.md', '--config', 'ci/strict.json'], dir);
      assert.equal(run.status, 1);
      assert.match(run.stdout, /error missing-time/);
    });

    it('reads "studyNotes" of a named package.json, and names a missing file', () => {
      const dir = tree({ 'notes.md': alice, 'other/package.json': JSON.stringify({ name: 'x', studyNotes: { diagnostics: { placeholder: 'off' } } }) });
      assert.doesNotMatch(runCli(['check', 'notes.md', '-c', 'other/package.json'], dir).stdout, /placeholder/);
      const missing = runCli(['check', 'notes.md', '-c', 'nowhere.json'], dir);
      assert.equal(missing.status, 2);
      assert.match(missing.stderr, /cannot read .*nowhere\.json: ENOENT/);
    });
  });

  describe('stdin', () => {
    it('checks notes piped to "-", named <stdin> or --stdin-filename, with the current folder\'s settings', () => {
      const dir = tree({ '.studynotes.json': errorsConfig });
      const input = readFileSync(studentNotes('alice'), 'utf8');
      const run = runCli(['check', '-'], dir, { input });
      assert.equal(run.status, 1);
      assert.match(run.stdout, /^<stdin>:13:1 error missing-time /m);
      assert.match(runCli(['check', '-', '--stdin-filename', 'alice.md'], dir, { input }).stdout, /^alice\.md:13:1 error/m);
      assert.match(runCli(['summary', '-', '--format', 'json'], dir, { input }).stdout, /"file": "<stdin>"/);
    });

    it('refuses --fix on stdin, and binary input', () => {
      const dir = tree({});
      assert.match(runCli(['check', '--fix', '-'], dir, { input: '# x' }).stderr, /--fix cannot write back to stdin/);
      const binary = runCli(['check', '-'], dir, { input: 'a\u0000b' });
      assert.equal(binary.status, 2);
      assert.match(binary.stderr, /<stdin>: binary file/);
    });
  });

  describe('which files are checked', () => {
    it('skips the "ignores" globs of the settings, relative to their file as in ESLint, named files too', () => {
      const dir = tree({
        '.studynotes.json': JSON.stringify({ ignores: ['drafts/', '**/old-*.md'] }),
        'notes/alice.md': alice,
        'notes/drafts/wip.md': alice,
        'notes/old-term.md': alice,
        'drafts/top.md': alice,
      });
      const run = runCli(['check'], dir);
      assert.match(run.stdout, /notes\/alice\.md/);
      assert.match(run.stdout, /notes\/drafts\/wip\.md/, 'drafts/ is relative to .studynotes.json: notes/drafts is another folder');
      assert.doesNotMatch(run.stdout, /old-term|top\.md/);
      const named = runCli(['check', 'drafts/top.md'], dir);
      assert.equal(named.status, 0);
      assert.match(named.stderr, /no files to check: the "ignores" setting ignores every file/);
    });

    it('skips what .gitignore ignores inside a repository, as git does (nested files, re-inclusion)', () => {
      const dir = tree({
        '.git/HEAD': 'ref: refs/heads/main\n',
        '.gitignore': 'build/\n*.draft.md\n',
        'notes/alice.md': alice,
        'notes/bob.draft.md': bob,
        'notes/.gitignore': 'private/\n!keep.draft.md\n',
        'notes/keep.draft.md': alice,
        'notes/private/p.md': alice,
        'build/copy.md': alice,
      });
      const files = JSON.parse(runCli(['check', '--format', 'json'], dir).stdout).files.map((f: { file: string }) => f.file);
      assert.deepEqual(files, ['notes/alice.md', 'notes/keep.draft.md']);
      const files2 = JSON.parse(runCli(['check', 'notes', '--format', 'json'], dir).stdout).files.map((f: { file: string }) => f.file);
      assert.deepEqual(files2, ['notes/alice.md', 'notes/keep.draft.md'], 'the root .gitignore applies when a subfolder is checked');
    });

    it('ignores a .gitignore outside any repository', () => {
      const dir = tree({ '.gitignore': '*.md\n', 'alice.md': alice });
      assert.match(runCli(['check'], dir).stdout, /alice\.md/);
    });

    it('follows symbolic links to folders inside the tree, once, and never out of it', function () {
      const outside = mkdtempSync(path.join(tmpdir(), 'study-notes-outside-'));
      trees.push(outside);
      mkdirSync(path.join(outside, 'secret'));
      writeFileSync(path.join(outside, 'secret/notes.md'), readFileSync(studentNotes('alice')));
      const dir = tree({ 'class/alice/README.md': alice, 'submissions/bob/README.md': alice });
      try {
        symlinkSync(path.join(dir, 'submissions/bob'), path.join(dir, 'class/bob'), 'dir');
        symlinkSync(path.join(outside, 'secret'), path.join(dir, 'class/escape'), 'dir');
        symlinkSync(path.join(dir, 'class'), path.join(dir, 'class/loop'), 'dir');
        symlinkSync(path.join(outside, 'secret/notes.md'), path.join(dir, 'class/linked.md'));
      } catch (error) {
        console.log(`    (skipped: cannot make symbolic links here: ${(error as Error).message})`);
        this.skip();
      }
      const run = runCli(['check', 'class', '--format', 'json'], dir);
      const files = JSON.parse(run.stdout).files.map((f: { file: string }) => f.file);
      assert.deepEqual(files, ['class/alice/README.md', 'class/bob/README.md']);
      // Not followed, said: a link in a class folder may be a student.
      assert.match(run.stderr, /^study-notes: class\/escape: a symbolic link out of the folder named and the current folder, not followed: name the folder it leads to$/m);
      assert.match(run.stderr, /^study-notes: class\/linked\.md: a symbolic link out of the folder named and the current folder, not followed: name the file it leads to$/m);
    });
  });

  describe('settings files, checked against schemas/studynotes.schema.json', () => {
    const check = (config: string): ReturnType<typeof runCli> => runCli(['check', '.'], tree({ 'notes.md': alice, '.studynotes.json': config }));

    it('says a settings file holding null is no settings, with the file, never an internal error', () => {
      const run = check('null');
      assert.equal(run.status, 2);
      assert.match(run.stderr, /^study-notes: invalid settings in .*\.studynotes\.json:\n {2}settings: null, where an object of settings was expected/);
    });

    it('names unknown keys and wrong values in one message, with the file', () => {
      const run = check(JSON.stringify({ diagnostic: {}, diagnostics: { 'missing-tme': 'off', placeholder: 'warn' }, debounceMs: '250', docker: { enabled: 'yes' } }));
      assert.equal(run.status, 2);
      assert.equal(run.stdout, '');
      const lines = run.stderr.trimEnd().split('\n');
      assert.match(lines[0], /^study-notes: invalid settings in .*\.studynotes\.json:$/);
      assert.deepEqual(lines.slice(1).sort(), [
        '  debounceMs: must be a number (got "250")',
        '  diagnostic: unknown key (known: diagnostics, catalog, notesFiles, debounceMs, docker, timer, ignores)',
        '  diagnostics.missing-tme: unknown key (known: missing-time, invalid-time, placeholder, empty-module, empty-area, duplicate-module, copied-link, likely-module, unplaced-module, logged-without-notes, level-claim, misspelt-level, docker-command, read-by-lines)',
        '  diagnostics.placeholder: must be one of off, hint, information, warning, error (got "warn")',
        '  docker.enabled: must be a boolean (got "yes")',
      ]);
    });

    it('accepts the VS Code spelling, as copied from settings.json', () => {
      const run = check(JSON.stringify({ 'studyNotes.diagnostics.missing-time': 'error', 'studyNotes.docker.enabled': false }));
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /error missing-time/);
      const both = check(JSON.stringify({ 'studyNotes.diagnostics.missing-time': 'error', diagnostics: { 'missing-time': 'off' } }));
      assert.equal(both.status, 2);
      assert.match(both.stderr, /diagnostics\.missing-time: set twice, as "studyNotes\.diagnostics\.missing-time" and nested; keep one/);
      assert.match(check(JSON.stringify({ 'studyNotes.diagnostics.missing-time': 'loud' })).stderr, /studyNotes\.diagnostics\.missing-time: must be one of off, hint/);
    });

    it('accepts comments and trailing commas, and says where JSON breaks', () => {
      const run = check('// the class\'s settings\n{\n  /* stricter for the final hand-in */\n  "diagnostics": { "missing-time": "error", },\n}\n');
      assert.equal(run.status, 1, run.stderr);
      assert.match(run.stdout, /error missing-time/);
      const broken = check('{\n  "diagnostics": {\n    "missing-time" "off"\n  }\n}\n');
      assert.equal(broken.status, 2);
      assert.match(broken.stderr, /\.studynotes\.json:3:20: not valid JSON \(ColonExpected\)\n$/);
    });

    it('checks "studyNotes" in package.json the same way', () => {
      const dir = tree({ 'notes.md': alice, 'package.json': JSON.stringify({ name: 'class', studyNotes: { notesfiles: [] } }) });
      const run = runCli(['check', '.'], dir);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /invalid settings in .*package\.json \(studyNotes\):\n {2}notesfiles: unknown key \(known: /);
    });
  });
});
