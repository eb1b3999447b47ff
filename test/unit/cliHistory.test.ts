// summary and git history on small classes made here, commit by commit, with the dates a case needs.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import path from 'node:path';
import { buildCliOnce, runCli, tempTree } from '../support/studyNotesCli';

/** Notes that meet Round 1 of the bundled course: Docker and Containers at Intermediate, Cloud Web Apps at Beginner. */
const fullNotes = ((): string => {
  const modules = (area: string, levels: readonly string[]) => bundledCourse.catalog.modules.filter((module) => module.area === area && levels.includes(module.level) && !module.withdrawn);
  const written = (area: string, levels: readonly string[]) => modules(area, levels).map((module) => `[${module.title}](${module.url}) (10 min)\n\nWhat I learnt in ${module.title}.\n`).join('\n');
  return `# Notes\n\n## Area 1: Docker and Containers\n\n${written('Docker and Containers', ['Beginner', 'Intermediate', 'Bring it together'])}\n## Area 2: Cloud Web Apps\n\n${written('Cloud Web Apps', ['Beginner'])}`;
})();
const fewNotes = '# Notes\n\n## Area 1: Docker and Containers\n\n> Beginner Level\n\n[Video: Why Docker?](https://www.youtube.com/watch?v=RYDHUTHLf8U) (10 min)\n\nContainers share the kernel.\n';

function commit(folder: string, files: Record<string, string>, dates: { committed: string; authored?: string; by?: string }, message = 'notes'): void {
  for (const [file, text] of Object.entries(files)) {
    mkdirSync(path.dirname(path.join(folder, file)), { recursive: true });
    writeFileSync(path.join(folder, file), text);
  }
  const by = dates.by ?? 's@s';
  const env = { ...process.env, GIT_AUTHOR_NAME: by, GIT_AUTHOR_EMAIL: by, GIT_COMMITTER_NAME: by, GIT_COMMITTER_EMAIL: by, GIT_AUTHOR_DATE: dates.authored ?? dates.committed, GIT_COMMITTER_DATE: dates.committed };
  execFileSync('git', ['-C', folder, 'add', '-A'], { env });
  execFileSync('git', ['-C', folder, 'commit', '-q', '--allow-empty', '-m', message], { env });
}

function repo(folder: string): string {
  mkdirSync(folder, { recursive: true });
  execFileSync('git', ['init', '-q', '-b', 'main', folder]);
  return folder;
}

interface Row {
  student: string;
  files: number;
  rounds: { name: string; met: boolean; judgedAt?: string }[];
  problem?: string;
  unread?: string[];
  graded?: { from: string; commit?: string; commitsAfter?: number; branch?: string; note?: string; check?: string; due: string; sharedWith?: number };
  byDueDate?: { round: string; met?: boolean; metNow: boolean; commit?: string; from: string; note?: string }[];
}

describe('summary and the students\' git history', function () {
  this.timeout(120_000);
  const trees: string[] = [];
  let dir: string;
  const summary = (...args: string[]) => {
    const run = runCli(['summary', 'class', '--format', 'json', ...args], dir);
    // The .git that is no repository fails every run, said in a line; its row is there all the same.
    assert.match(run.stderr, /^study-notes: class\/broken: git history not read \(.+\): graded on its files as they are now, not at the due dates$/m);
    assert.equal(run.status, 2, run.stderr);
    return { rows: JSON.parse(run.stdout).students as Row[], stderr: run.stderr };
  };
  const row = (rows: Row[], student: string) => rows.find((entry) => entry.student === student) as Row;
  const head = (student: string, revision = 'HEAD') => execFileSync('git', ['-C', path.join(dir, 'class', student), 'rev-parse', revision], { encoding: 'utf8' }).trim();

  before(() => {
    buildCliOnce();
    dir = tempTree({ 'class/plain/README.md': fullNotes });
    trees.push(dir);
    // On time by a minute, then the rest the day after.
    const late = repo(path.join(dir, 'class', 'late'));
    commit(late, { 'README.md': fewNotes }, { committed: '2018-10-29T23:59:00-04:00' });
    commit(late, { 'README.md': fullNotes }, { committed: '2018-10-30T00:00:01-04:00' });
    // Amended after the due date: the author date stays before it, the committer date does not.
    const amended = repo(path.join(dir, 'class', 'amended'));
    commit(amended, { 'README.md': fewNotes }, { committed: '2018-10-20T12:00:00-04:00' });
    commit(amended, { 'README.md': fullNotes }, { committed: '2018-11-02T09:00:00-04:00', authored: '2018-10-28T12:00:00-04:00' });
    // Nothing before the due date.
    const first = repo(path.join(dir, 'class', 'starter'));
    commit(first, { 'README.md': fullNotes }, { committed: '2018-11-01T10:00:00-04:00' });
    // Detached at its second commit; its first had a binary file and a page of notes both deleted since.
    const detached = repo(path.join(dir, 'class', 'detached'));
    commit(detached, { 'README.md': fullNotes, 'Old notes.md': '# Old\n\nSome old text.\n', 'image.md': 'GIF89a\0\0' }, { committed: '2018-10-10T10:00:00-04:00' });
    execFileSync('git', ['-C', detached, 'rm', '-q', 'image.md']);
    commit(detached, { 'README.md': fewNotes }, { committed: '2018-10-11T10:00:00-04:00' });
    execFileSync('git', ['-C', detached, 'rm', '-q', 'Old notes.md']);
    commit(detached, {}, { committed: '2018-10-12T10:00:00-04:00' });
    execFileSync('git', ['-C', detached, 'checkout', '-q', '--detach', 'HEAD~1']);
    // A clock set back: the last commit is dated before the due date, after one dated past it.
    const skewed = repo(path.join(dir, 'class', 'skewed'));
    commit(skewed, { 'README.md': fewNotes }, { committed: '2018-10-20T12:00:00-04:00' });
    commit(skewed, { 'README.md': fullNotes }, { committed: '2018-11-02T12:00:00-04:00' });
    commit(skewed, { 'README.md': `${fullNotes}\nMore.\n` }, { committed: '2018-10-25T12:00:00-04:00' });
    // A shallow clone of the late one: its one commit is after the due date, the one before it not in the clone.
    execFileSync('git', ['clone', '-q', '--depth', '1', `file://${late}`, path.join(dir, 'class', 'shallow')]);
    // Handed in on a branch of its own: the clone checks out main, which holds the course's template only,
    // committed by the instructor in this repository alone (a repository made from a template has its own first commit).
    const handedIn = repo(path.join(dir, 'origins', 'handin'));
    commit(handedIn, { 'README.md': '# Notes\n\nInclude notes here about each of the links.\n' }, { committed: '2018-09-01T10:00:00-04:00', by: 'instructor@course' });
    execFileSync('git', ['-C', handedIn, 'checkout', '-q', '-b', 'dev']);
    commit(handedIn, { 'README.md': fullNotes }, { committed: '2018-10-20T12:00:00-04:00' });
    commit(handedIn, { 'README.md': `${fullNotes}\nLate words.\n` }, { committed: '2018-11-01T12:00:00-04:00' });
    execFileSync('git', ['-C', handedIn, 'checkout', '-q', 'main']);
    execFileSync('git', ['clone', '-q', `file://${handedIn}`, path.join(dir, 'class', 'handin')]);
    // An old draft on a branch of its own, older than the notes of main: not the notes handed in.
    const drafted = repo(path.join(dir, 'class', 'drafted'));
    commit(drafted, { 'README.md': '# Notes\n' }, { committed: '2018-09-01T10:00:00-04:00' });
    execFileSync('git', ['-C', drafted, 'checkout', '-q', '-b', 'draft']);
    commit(drafted, { 'README.md': fewNotes }, { committed: '2018-10-01T10:00:00-04:00' });
    execFileSync('git', ['-C', drafted, 'checkout', '-q', 'main']);
    commit(drafted, { 'README.md': fullNotes }, { committed: '2018-10-15T10:00:00-04:00' });
    // A .git that is no repository.
    mkdirSync(path.join(dir, 'class', 'broken'));
    writeFileSync(path.join(dir, 'class', 'broken', '.git'), 'gitdir: ../nowhere\n');
    writeFileSync(path.join(dir, 'class', 'broken', 'README.md'), fullNotes);
  });
  after(() => trees.forEach((tree) => rmSync(tree, { recursive: true, force: true })));

  it('--at a round grades the last commit by the end of its day in the course\'s zone, on the committer date', () => {
    const { rows } = summary('--at', 'Round 1');
    assert.deepEqual(row(rows, 'late').graded, { due: '2018-10-29 23:59:59 -04:00', timeZone: 'America/New_York', from: 'commit', branch: 'main', commitsAfter: 1, commit: head('late', 'HEAD~1'), committed: '2018-10-29 23:59:00 -04:00' });
    assert.equal(row(rows, 'late').rounds[0].met, false);
    assert.equal(row(rows, 'amended').graded?.commit, head('amended', 'HEAD~1'), 'amended after the due date: not graded, whatever its author date');
    assert.deepEqual({ graded: row(rows, 'starter').graded?.note, problem: row(rows, 'starter').problem, files: row(rows, 'starter').files }, { graded: 'no commit by the due date', problem: 'no commit by the due date', files: 0 });
    // Checked out at an older commit than its branch's, which changed the notes by the due date.
    const behindMain = 'notes committed by the due date on main (the last 2018-10-12 10:00:00 -04:00) are not in the history graded: check out the branch the student handed in on and grade again';
    assert.deepEqual(row(rows, 'detached').graded, { due: '2018-10-29 23:59:59 -04:00', timeZone: 'America/New_York', from: 'commit', commitsAfter: 0, commit: head('detached'), committed: '2018-10-11 10:00:00 -04:00', check: behindMain });
    assert.deepEqual(row(rows, 'plain').graded, { due: '2018-10-29 23:59:59 -04:00', timeZone: 'America/New_York', from: 'files', note: 'no git repository of its own: judged on its files' });
    assert.deepEqual([row(rows, 'skewed').graded?.commit, row(rows, 'skewed').graded?.check], [head('skewed', 'HEAD~2'), 'a later commit is dated by the due date after one dated later (a clock set wrong?): not graded, check by hand']);
    assert.deepEqual([row(rows, 'shallow').graded?.branch, row(rows, 'shallow').graded?.note], ['main', 'no commit by the due date in this shallow clone: its older commits are not in it (git fetch --unshallow)']);
    assert.match(row(rows, 'broken').graded?.note ?? '', /^git history not read \(.*\): judged on its files$/);
    assert.equal(row(rows, 'broken').rounds[0].met, true, 'the files of a repository git cannot read are graded');
  });

  it('--at a round, notes committed by the due date on another branch than the one graded are said, an older draft is not', () => {
    const { rows } = summary('--at', 'Round 1');
    assert.deepEqual([row(rows, 'handin').graded?.branch, row(rows, 'handin').rounds[0].met], ['main', false]);
    const handedIn = 'notes committed by the due date on origin/dev (the last 2018-10-20 12:00:00 -04:00) are not in the history graded: check out the branch the student handed in on and grade again';
    assert.equal(row(rows, 'handin').graded?.check, handedIn, 'the commit after the due date on dev is not named');
    assert.deepEqual([row(rows, 'drafted').graded?.commit, row(rows, 'drafted').graded?.check], [head('drafted'), undefined]);
    const table = runCli(['summary', 'class', '--at', 'Round 1'], dir).stdout;
    assert.ok(table.split('\n').some((line) => line.startsWith('  handin: ') && line.endsWith(`; ${handedIn}`)), table);
    // Each round at its own due date says it too, where the other branch's notes are by that date.
    const byDueDate = summary().rows.find((entry) => entry.student === 'handin')?.byDueDate as { round: string; check?: string }[];
    assert.deepEqual(byDueDate.map((round) => [round.round, round.check]), [['Round 1', handedIn], ['Round 2', handedIn.replace('2018-10-20 12:00:00 -04:00', '2018-11-01 12:00:00 -04:00')]]);
  });

  it('--at one round, the other rounds say the notes judged are of that time, not of their own due dates', () => {
    const { rows } = summary('--at', 'Round 2');
    assert.deepEqual(row(rows, 'late').rounds.map((round) => [round.name, round.judgedAt]), [['Round 1', '2018-12-09 23:59:59 -05:00'], ['Round 2', undefined]]);
    assert.deepEqual(row(rows, 'plain').rounds.map((round) => round.judgedAt), [undefined, undefined], 'judged on its files, as its row says');
    // The shallow clone is of late's repository: the commit graded for both is in both histories, not one student's own work.
    assert.deepEqual(['late', 'shallow', 'amended'].map((student) => row(rows, student).graded?.sharedWith), [1, 1, undefined]);
    const table = runCli(['summary', 'class', '--at', 'Round 2'], dir).stdout;
    assert.match(table, /^ {2}shallow: [0-9a-f]{7} of 2018-10-30 00:00:01 -04:00 on main, a commit the histories of 1 other student hold too \(the course's template, or a copy\), 0 commits after the due date$/m);
    assert.match(table, /^ {2}Round 1 \(due 2018-10-29\), as of 2018-12-09 23:59:59 -05:00: met$/m);
    assert.match(runCli(['summary', 'class', '--at', 'Round 2', '--format', 'csv'], dir).stdout, /,Round 1 \(2018-10-29\) as of the date graded,Round 2 \(2018-12-09\),/);
    // The HTML's lead and columns too: a TA reads the class table, not each student's line.
    const html = runCli(['summary', 'class', '--at', 'Round 2', '--format', 'html'], dir).stdout;
    assert.match(html, /<p class="lead">\d+ students · Round 1 \(due 2018-10-29\), as of 2018-12-09 23:59:59 -05:00: met by \d+ · Round 2 \(due 2018-12-09\): met by \d+<\/p>/);
    assert.match(html, /<th>Round 1 \(due 2018-10-29\), as of 2018-12-09 23:59:59 -05:00<\/th><th>Round 2 \(due 2018-12-09\)<\/th>/);
    // An extension moves one student's date graded: the heading names no one student's date.
    writeFileSync(path.join(dir, 'round2-extension.csv'), 'late,Round 2,2018-12-20\n');
    const extended = runCli(['summary', 'class', '--at', 'Round 2', '--extensions', 'round2-extension.csv', '--format', 'html'], dir).stdout;
    assert.match(extended, /<th>Round 1 \(due 2018-10-29\), as of each student&#39;s date graded<\/th>/);
  });

  it('--at a commit\'s files are those of the commit: one deleted since counts, one not text is named on the row', () => {
    const { rows } = summary('--at', '2018-10-10T10:30');
    assert.deepEqual(row(rows, 'detached').unread, ['Old notes.md', 'image.md']);
    assert.equal(row(rows, 'detached').graded?.commitsAfter, 1);
    assert.equal(row(rows, 'detached').rounds[0].met, true);
    assert.equal(row(rows, 'detached').graded?.due, '2018-10-10 10:30:59 -04:00');
  });

  it('without --at, each round is judged at its own due date beside the verdict now', () => {
    const { rows } = summary();
    const round1 = (student: string) => (row(rows, student).byDueDate ?? []).find((round) => round.round === 'Round 1');
    assert.deepEqual({ met: round1('late')?.met, metNow: round1('late')?.metNow, commit: round1('late')?.commit }, { met: false, metNow: true, commit: head('late', 'HEAD~1') });
    // No history tells what a folder without one held at the due date: its files now are no proof.
    assert.deepEqual({ met: round1('plain')?.met, metNow: round1('plain')?.metNow, from: round1('plain')?.from }, { met: null, metNow: true, from: 'files' });
    assert.equal(row(rows, 'late').byDueDate?.length, 2);
    const table = runCli(['summary', 'class'], dir).stdout;
    assert.match(table, /^late\s.*\snot met \/ met\s+not met \/ not met\s/m);
    assert.match(table, /^plain\s.*\sunknown \/ met\s+unknown \/ not met\s/m);
    assert.match(table, /^ {2}plain: Round 1 \(due 2018-10-29 23:59:59 -04:00\): not known by the due date \(no git repository of its own: judged on its files\); met now$/m);
    assert.match(runCli(['summary', 'class', '--format', 'csv'], dir).stdout, /^plain,.*,unknown,2018-10-29 23:59:59 -04:00,files,,/m);
    assert.match(table, /^ {2}late: Round 1 \(due 2018-10-29 23:59:59 -04:00\): not met by the due date: 1 more area at Intermediate, 2 more areas at Beginner or above \([0-9a-f]{7} of 2018-10-29 23:59:00 -04:00 on main, 1 commit after the due date\); met now$/m);
  });

  it('a bad --at or extensions file is one line naming what is wrong and where, exit 2', () => {
    const wrong = (args: string[], message: RegExp) => {
      const run = runCli(['summary', 'class', ...args], dir);
      assert.equal(run.status, 2, run.stdout);
      assert.match(run.stderr, message);
      assert.equal(run.stderr.trim().split('\n').length, 1, run.stderr);
    };
    wrong(['--at', 'Round 3'], /^study-notes: --at "Round 3" is neither a round of the course \(Round 1, Round 2\) nor a date/);
    writeFileSync(path.join(dir, 'extensions.csv'), 'student,round,due\nlate,Round 1,2018-11-31\n');
    wrong(['--extensions', 'extensions.csv'], /^study-notes: extensions\.csv:2: "2018-11-31" is not a date/);
    writeFileSync(path.join(dir, 'extensions.csv'), 'late,Round 9,2018-11-01\n');
    wrong(['--extensions', 'extensions.csv'], /^study-notes: extensions\.csv:1: "Round 9" is not a round of the course \(Round 1, Round 2\)/);
    wrong(['--at', 'Round 1', '--extensions', 'missing.csv'], /^study-notes: missing\.csv: cannot read \(no such file or folder\)/);
    assert.match(runCli(['check', 'class', '--at', 'Round 1'], dir).stderr, /--at only applies to summary/);
  });

  it('a repository whose settings are broken is judged on its files, and the settings\' problem is said', () => {
    const folder = path.join(dir, 'class', 'unsettled');
    repo(folder);
    commit(folder, { 'README.md': fewNotes }, { committed: '2018-10-20T12:00:00-04:00' });
    writeFileSync(path.join(folder, '.studynotes.json'), '{ "diagnostics": ');
    try {
      const run = runCli(['summary', 'class', '--at', 'Round 1', '--format', 'json'], dir);
      assert.equal(run.status, 2);
      assert.match(run.stderr, /unsettled\/\.studynotes\.json/);
      const unsettled = row(JSON.parse(run.stdout).students as Row[], 'unsettled');
      assert.equal(unsettled.graded?.note, 'history not graded: its settings cannot be read');
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });

  it('an extension moves that student\'s due date only, in the course\'s zone, whatever the case of their name; one for no student is said', () => {
    writeFileSync(path.join(dir, 'extensions.csv'), 'student,round,due\nLATE,Round 1,2018-10-30\n"nobody, really",Round 1,2018-10-30\n');
    const { rows, stderr } = summary('--at', 'Round 1', '--extensions', 'extensions.csv');
    assert.deepEqual({ commit: row(rows, 'late').graded?.commit, met: row(rows, 'late').rounds[0].met, due: row(rows, 'late').graded?.due }, { commit: head('late'), met: true, due: '2018-10-30 23:59:59 -04:00' });
    assert.equal(row(rows, 'amended').graded?.commit, head('amended', 'HEAD~1'));
    assert.match(stderr, /^study-notes: extensions\.csv:3: no student folder "nobody, really" in the class$/m);
  });
  it('one student\'s repository named on its own is judged on its files, and its row says how to grade its history', () => {
    const run = runCli(['summary', path.join('class', 'late'), '--at', 'Round 1', '--format', 'json'], dir);
    assert.equal(run.status, 0, run.stderr);
    const [late] = JSON.parse(run.stdout).students as Row[];
    assert.equal(late.graded?.note, 'its git history is read only as a student folder under the folder named (name its class folder, or the folder above it): judged on its files');
  });

  it('--at a time before every student\'s first commit says there is nothing to grade, in one line, exit 2', () => {
    commit(repo(path.join(dir, 'early', 'ann')), { 'README.md': fewNotes }, { committed: '2018-10-01T10:00:00-04:00' });
    commit(repo(path.join(dir, 'early', 'bo')), { 'README.md': fullNotes }, { committed: '2018-10-02T10:00:00-04:00' });
    const run = runCli(['summary', 'early', '--at', '2018-01-01'], dir);
    assert.equal(run.status, 2);
    assert.equal(run.stdout, '');
    assert.equal(run.stderr, 'study-notes: no notes file in any student\'s repository at a commit by --at "2018-01-01": nothing to grade then\n');
  });
});
