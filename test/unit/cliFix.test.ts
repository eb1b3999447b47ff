// `study-notes check --fix` as a child process on temporary folders: whatever a student's folder
// holds (planted links, read-only files, an edit saved mid-run), no byte is lost or written elsewhere.
import { strict as assert } from 'node:assert';
import { execFileSync, spawn, spawnSync } from 'node:child_process';
import { chmodSync, existsSync, linkSync, lstatSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { raceFix } from '../support/fixRace';

const root = path.resolve(__dirname, '../..');
const cli = path.join(root, 'dist/cli.js');

const notes = (extra = ''): string =>
  ['# Notes', '', '## Area 1: Docker and Containers', '', '> Beginner Level', '', '[Video: Why Docker?](https://x.example/v) (time: 20 min)', '', 'Containers share the kernel.', '', '> Include notes here about each of the links', extra, ''].join('\n');
// A paragraph of its own goes with its blank line after: no two blank lines stand where it was.
const fixed = (extra = ''): string => notes(extra).replace(`> Include notes here about each of the links\n${extra ? '' : '\n'}`, '');

function studyNotes(args: string[], cwd: string): { status: number | null; stdout: string; stderr: string } {
  const result = spawnSync(process.execPath, [cli, ...args], { cwd, encoding: 'utf8', timeout: 60_000 });
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe('study-notes check --fix keeps every byte where it belongs', function () {
  this.timeout(60_000);
  let dir: string;

  before(function () {
    this.timeout(120_000);
    if (!existsSync(cli)) execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: root, stdio: 'inherit' });
  });
  beforeEach(() => (dir = mkdtempSync(path.join(tmpdir(), 'study-notes-fix-'))));
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it('writes through no link planted for the temporary names the old code used (every PID)', () => {
    const classDir = path.join(dir, 'class');
    const outside = path.join(dir, 'outside.txt');
    mkdirSync(classDir);
    writeFileSync(path.join(classDir, 'README.md'), notes());
    writeFileSync(outside, 'not yours\n');
    const pidMax = Math.min(Number(readFileSync('/proc/sys/kernel/pid_max', 'utf8')), 70_000);
    // Half point at a file outside the tree, half dangle to where a new file would appear.
    for (let pid = 1; pid <= pidMax; pid++) symlinkSync(pid % 2 ? outside : path.join(dir, `created-${pid}`), path.join(classDir, `.README.md.${pid}.study-notes-tmp`));
    const run = studyNotes(['check', '--fix', 'class'], dir);
    assert.match(run.stderr, /fixed 1 problem in class\/README\.md/, run.stderr);
    assert.equal(readFileSync(outside, 'utf8'), 'not yours\n');
    assert.deepEqual(readdirSync(dir).filter((name) => name.startsWith('created-')), []);
    assert.ok(lstatSync(path.join(classDir, 'README.md')).isFile(), 'README.md is still a file, not a link');
    assert.equal(readFileSync(path.join(classDir, 'README.md'), 'utf8'), fixed());
  });

  it('keeps the BOM, CRLF line endings and the mode', () => {
    const file = path.join(dir, 'README.md');
    writeFileSync(file, '\ufeff' + notes('- TODO').replace(/\n/g, '\r\n'));
    chmodSync(file, 0o640);
    const run = studyNotes(['check', '--fix', 'README.md'], dir);
    assert.match(run.stderr, /fixed 1 problem/, run.stderr);
    assert.equal(readFileSync(file, 'utf8'), '\ufeff' + fixed('- TODO').replace(/\n/g, '\r\n'));
    assert.equal(statSync(file).mode & 0o777, 0o640);
  });

  it('leaves a student\'s TODO lines and lone "-" separators alone: only the template\'s own sentences go', () => {
    const file = path.join(dir, 'README.md');
    const text = notes('TODO\n\n-\n\nMore notes.\n\n-\n');
    writeFileSync(file, text);
    studyNotes(['check', '--fix', 'README.md'], dir);
    assert.equal(readFileSync(file, 'utf8'), fixed('TODO\n\n-\n\nMore notes.\n\n-\n'));
  });

  it('keeps a student\'s words after the template\'s sentence, and a plugin\'s command: only what is certainly wrong goes', () => {
    const file = path.join(dir, 'README.md');
    const own = [
      '> Include notes here about each of the links: I learned that containers share the host kernel.',
      '- Write notes here: `docker ps -a` lists exited containers.',
      'Write notes here - docker ps -a lists stopped containers too, which surprised me',
      'Include notes here, I ran hello-world in alpine and learned about image layers',
      'Add your notes here (namespaces and cgroups isolate the processes)',
      '',
      '```sh',
      'kubectl sniff web-0 -n prod',
      'docker pushrm me/app',
      'docker run --detatch nginx',
      '```',
      '',
    ].join('\n');
    writeFileSync(file, notes(own));
    const run = studyNotes(['check', '--fix', 'README.md'], dir);
    assert.equal(readFileSync(file, 'utf8'), fixed(own.replace('--detatch', '--detach')), run.stderr);
  });

  for (const [name, plant, reason] of [
    ['a symbolic link', (file: string, target: string) => symlinkSync(target, file), /a symbolic link/],
    ['a hard link', (file: string, target: string) => linkSync(target, file), /a hard link/],
    ['a read-only file', (file: string) => (writeFileSync(file, notes()), chmodSync(file, 0o444)), /read-only/],
  ] as const) {
    it(`refuses ${name} with one line, fixes the others and fails the run`, () => {
      const classDir = path.join(dir, 'class');
      mkdirSync(path.join(classDir, 'alice'), { recursive: true });
      mkdirSync(path.join(classDir, 'bob'));
      const target = path.join(dir, 'target.md');
      writeFileSync(target, notes());
      plant(path.join(classDir, 'alice/README.md'), target);
      writeFileSync(path.join(classDir, 'bob/README.md'), notes());
      // Named: a folder walk passes links by.
      const run = studyNotes(['check', '--fix', 'class/alice/README.md', 'class/bob/README.md'], dir);
      assert.match(run.stderr, new RegExp(`class/alice/README\\.md: not fixed: ${reason.source}`), run.stderr);
      assert.match(run.stderr, /fixed 1 problem in class\/bob\/README\.md/);
      assert.equal(run.status, 1, 'a file left unfixed fails the run');
      assert.doesNotMatch(run.stderr, /\n\s+at /, 'no stack trace');
      assert.equal(readFileSync(target, 'utf8'), notes(), 'the link\'s target is untouched');
      assert.equal(readFileSync(path.join(classDir, 'bob/README.md'), 'utf8'), fixed());
    });
  }

  it('never touches a file outside the folder given, even through a linked folder', () => {
    const classDir = path.join(dir, 'class');
    const elsewhere = path.join(dir, 'elsewhere');
    mkdirSync(classDir);
    mkdirSync(elsewhere);
    writeFileSync(path.join(elsewhere, 'README.md'), notes());
    symlinkSync(elsewhere, path.join(classDir, 'linked'));
    writeFileSync(path.join(classDir, 'README.md'), notes());
    studyNotes(['check', '--fix', 'class'], dir);
    assert.equal(readFileSync(path.join(elsewhere, 'README.md'), 'utf8'), notes());
  });

  it('keeps an edit saved while a long run is under way', async () => {
    const count = 600;
    const names = Array.from({ length: count }, (_, index) => `student-${String(index).padStart(4, '0')}`);
    for (const name of names) {
      mkdirSync(path.join(dir, name));
      writeFileSync(path.join(dir, name, 'README.md'), notes(`${name}'s notes.`));
    }
    const last = path.join(dir, names[count - 1], 'README.md');
    const edit = notes('An edit saved during the run.');
    const child = spawn(process.execPath, [cli, 'check', '--fix', '.'], { cwd: dir, stdio: ['ignore', 'ignore', 'pipe'] });
    let exited = false;
    const done = new Promise<void>((resolve) => child.on('exit', () => ((exited = true), resolve())));
    // The first fix is written: every file has been read by a run that reads all before writing.
    await new Promise<void>((resolve) => {
      child.stderr.on('data', function first(chunk: Buffer) {
        if (!/fixed 1 problem/.test(chunk.toString())) return;
        child.stderr.off('data', first);
        resolve();
      });
    });
    writeFileSync(last, edit);
    const editedDuringRun = !exited;
    child.stderr.resume();
    await done;
    assert.ok(editedDuringRun, 'the run ended before the edit: too few files to test with');
    assert.match(readFileSync(last, 'utf8'), /An edit saved during the run\./);
  });

  // The editor saves each file the moment the run's temporary file for it appears, in both ways editors save.
  for (const style of ['atomic', 'in-place'] as const) {
    it(`keeps every ${style} save that races the fix of its file, and says so (25 races)`, async () => {
      const race = await raceFix(cli, 25, style);
      console.log(`      ${style}: ${race.saves} saves raced a fix, ${race.detected} found changed during the run, ${race.lost.length} lost`);
      assert.equal(race.saves, 25, 'every fix was raced by a save');
      assert.deepEqual(race.lost, [], `saves lost:\n${race.stderr}`);
      assert.deepEqual(race.leftovers, [], 'nothing is left beside the notes');
      assert.doesNotMatch(race.stderr, /not fixed:/, race.stderr);
    });
  }

  it('refuses a FIFO named as notes with one line instead of hanging', function () {
    const fifo = path.join(dir, 'notes.md');
    if (spawnSync('mkfifo', [fifo]).status !== 0) this.skip();
    writeFileSync(path.join(dir, 'other.md'), notes());
    const run = studyNotes(['check', '--fix', 'notes.md', 'other.md'], dir);
    assert.match(run.stderr, /notes\.md: .*not a regular file/, run.stderr);
    assert.match(run.stderr, /fixed 1 problem in other\.md/);
    assert.equal(readFileSync(path.join(dir, 'other.md'), 'utf8'), fixed());
  });
});
