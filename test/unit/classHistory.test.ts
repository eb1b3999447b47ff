// The TA at the deadline: the class built from its real git history (../shared/corpus/class-history.bundle),
// one clone per student, graded by the CLI at Round 1; what it graded is checked against git read here.
import { strict as assert } from 'node:assert';
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { readSnapshotNotes, snapshotProgress, type SnapshotNotes } from '../../server/src/service/snapshotNotes';
import { defaultSettings } from '../../server/src/document/settings';
import { timedElsewhereIn, totalOf } from '../../server/src/document/timeTotals';
import { cloneClass, skipWithoutClassHistory } from '../support/classHistory';
import { buildCliOnce, runCli } from '../support/studyNotesCli';

const git = (folder: string, ...args: string[]): string => execFileSync('git', ['-C', folder, ...args], { encoding: 'utf8', maxBuffer: 1 << 28 });

/** Round 1 of GW CS 6421 was due on 2018-10-29 in Washington, DC: the last second of that day there, in git's words. */
const round1Ends = '2018-10-29T23:59:59-04:00';

interface Student {
  student: string;
  files: number;
  progress: { area: string; reached: string | null }[];
  rounds: { name: string; met: boolean }[];
  graded?: { from: string; commit?: string; commitsAfter?: number; branch?: string; extended?: boolean; due: string };
  byDueDate?: { round: string; met: boolean; metNow: boolean; commit?: string; extended?: boolean }[];
}

interface FileSummary {
  file: string;
  student: string;
  modules: number;
  withoutEstimate: number;
  timedElsewhere: number;
  minutes: { min: number; max: number };
  areas: { name: string; modules: number; levels: { name: string; modules: number }[] }[];
  missing: { title: string; line: number }[];
}

const course = bundledCourse;
const reading = { catalog: bundledCourse.catalog, course, settings: defaultSettings };

/** What git says a student's notes were at the last commit by `until`: the commit, the commits after it, its Markdown files read. */
function notesByGit(folder: string, until: string): { commit: string; after: number; files: SnapshotNotes[] } {
  const commit = git(folder, 'rev-list', '-1', '--first-parent', `--until=${until}`, 'HEAD').trim();
  const after = Number(git(folder, 'rev-list', '--count', '--first-parent', `${commit}..HEAD`));
  const paths = git(folder, 'ls-tree', '-r', '-z', '--name-only', commit)
    .split('\0')
    .filter((file) => /\.(md|markdown)$/i.test(file) && !file.split('/').slice(0, -1).some((part) => part.startsWith('.')));
  return { commit, after, files: paths.map((file) => readSnapshotNotes(file, git(folder, 'show', `${commit}:${file}`), reading)) };
}

/** One row a level name, its modules those of every marker of that name in the area. */
function levelRows(levels: readonly { name: string; modules: readonly unknown[] }[]): { name: string; modules: number }[] {
  const rows = new Map<string, number>();
  for (const level of levels) rows.set(level.name, (rows.get(level.name) ?? 0) + level.modules.length);
  return [...rows].map(([name, modules]) => ({ name, modules }));
}

/** The summary's view of a file, computed from a model: what `summary --format json` lists per file. */
function fileView(notes: SnapshotNotes) {
  const { model } = notes;
  const outside = model.modules.filter((module) => module.areaIndex === undefined);
  const areas = model.areas.map((area) => ({ modules: area.modules.length, levels: levelRows(area.levels) }));
  const timedElsewhere = timedElsewhereIn({ model, catalog: bundledCourse.catalog });
  return {
    ...totalOf(model.modules, timedElsewhere),
    areas: outside.length ? [{ modules: outside.length, levels: [] }, ...areas] : areas,
    missing: model.modules.filter((module) => module.estimate?.kind !== 'minutes' && !timedElsewhere.has(module)).map((module) => ({ title: module.title, line: module.openerRange.start.line + 1 })),
  };
}

describe('summary grades a class from its git history (class-history.bundle, a clone per student)', function () {
  this.timeout(600_000);
  let dir: string;
  let students: string[];
  const summary = (...args: string[]) => summaryOf('class', ...args);
  const summaryOf = (folder: string, ...args: string[]) => {
    const run = runCli(['summary', folder, '--format', 'json', '-o', 'summary.json', ...args], dir);
    assert.equal(run.status, 0, run.stderr);
    return JSON.parse(readFileSync(path.join(dir, 'summary.json'), 'utf8')) as { files: FileSummary[]; students: Student[] };
  };

  before(async function () {
    skipWithoutClassHistory(this);
    buildCliOnce();
    dir = mkdtempSync(path.join(tmpdir(), 'study-notes-class-'));
    students = await cloneClass(path.join(dir, 'class'));
  });
  after(() => dir && rmSync(dir, { recursive: true, force: true }));

  it('--at "Round 1": each student is graded on their notes at their last commit by 2018-10-29 24:00 in Washington, DC', () => {
    const { files, students: rows } = summary('--at', 'Round 1');
    assert.equal(rows.length, students.length);
    for (const student of students) {
      const row = rows.find((entry) => entry.student === student) as Student;
      const byGit = notesByGit(path.join(dir, 'class', student), round1Ends);
      assert.deepEqual(row.graded && { commit: row.graded.commit, after: row.graded.commitsAfter, branch: row.graded.branch }, { commit: byGit.commit, after: byGit.after, branch: `students/${student}` }, student);
      const graded = files.filter((file) => file.student === student);
      const notes = byGit.files.filter((file) => file.isNotes);
      assert.deepEqual(graded.map((file) => file.file).sort(), notes.map((file) => path.join('class', student, file.path)).sort(), `${student}: the files graded are the commit's notes`);
      for (const file of graded) {
        const { modules, withoutEstimate, timedElsewhere, minutes, areas, missing } = file;
        const expected = fileView(notes.find((entry) => path.join('class', student, entry.path) === file.file) as SnapshotNotes);
        assert.deepEqual({ modules, withoutEstimate, timedElsewhere, minutes, areas: areas.map((area) => ({ modules: area.modules, levels: area.levels.map(({ name, modules: count }) => ({ name, modules: count })) })), missing }, expected, file.file);
      }
      if (row.files === 0) continue;
      const progress = snapshotProgress(byGit.files, course);
      assert.deepEqual(row.progress.map(({ area, reached }) => ({ area, reached })), progress.areas.map(({ area, reached }) => ({ area, reached })), `${student}: levels at the commit`);
      assert.deepEqual(row.rounds.map(({ name, met }) => ({ name, met })), progress.rounds.map(({ name, met }) => ({ name, met })), `${student}: rounds at the commit`);
    }
    // 17 seconds late: the commit of 2018-10-30 00:00:17 in Washington is not Round 1's.
    assert.equal(rows.find((row) => row.student === 'XinShuYang')?.graded?.commit?.slice(0, 7), '5928200');
  });

  it('shows the commit graded, its date and the commits after it, in the table', () => {
    const run = runCli(['summary', 'class', '--at', 'Round 1'], dir);
    assert.equal(run.status, 0, run.stderr);
    assert.match(run.stdout, /^Graded at 2018-10-29 23:59:59 -04:00 \(America\/New_York\): each student's last commit by then on the branch checked out \(committer date\)$/m);
    assert.match(run.stdout, /^ {2}C91CBQ: d511ff9 of 2018-10-29 23:52:23 -04:00 on students\/C91CBQ, 7 commits after the due date$/m);
    assert.match(run.stdout, /^C91CBQ\s.*\sd511ff9 \(\+7\)\s/m);
    // Every clone of the one repository has the classmates' branches too: their notes are not this student's, in the whole class as in a part of it.
    assert.doesNotMatch(run.stdout, /notes committed by the due date on/);
    cpSync(path.join(dir, 'class', 'C91CBQ'), path.join(dir, 'one', 'C91CBQ'), { recursive: true });
    const alone = runCli(['summary', 'one', '--at', 'Round 1'], dir);
    assert.match(alone.stdout, /^ {2}C91CBQ: d511ff9 of 2018-10-29 23:52:23 -04:00 on students\/C91CBQ, 7 commits after the due date$/m);
  });

  it('--extensions moves one student\'s due date, and that student\'s verdict follows', () => {
    const lastCommit = git(path.join(dir, 'class', 'jzhzj'), 'log', '-1', '--format=%cI').trim();
    const extensions = path.join(dir, 'extensions.csv');
    writeFileSync(extensions, `student,round,due\njzhzj,Round 1,${lastCommit.slice(0, 10)}\n`);
    const before = summary('--at', 'Round 1').students;
    const after = summary('--at', 'Round 1', '--extensions', extensions).students;
    const jzhzj = (rows: Student[]) => rows.find((row) => row.student === 'jzhzj') as Student;
    assert.equal(jzhzj(before).rounds[0].met, false);
    assert.deepEqual({ met: jzhzj(after).rounds[0].met, commit: jzhzj(after).graded?.commit, extended: jzhzj(after).graded?.extended }, { met: true, commit: git(path.join(dir, 'class', 'jzhzj'), 'rev-parse', 'HEAD').trim(), extended: true });
    const others = (rows: Student[]) => rows.filter((row) => row.student !== 'jzhzj').map((row) => [row.student, row.graded?.commit, row.rounds[0].met]);
    assert.deepEqual(others(after), others(before));
    // Without --at, Round 1 judged at jzhzj's due date follows the extension too (a class of jzhzj alone: it is quicker).
    cpSync(path.join(dir, 'class', 'jzhzj'), path.join(dir, 'solo', 'jzhzj'), { recursive: true });
    const round1 = (rows: Student[]) => jzhzj(rows).byDueDate?.find((round) => round.round === 'Round 1') as NonNullable<Student['byDueDate']>[number];
    const atDue = round1(summaryOf('solo').students);
    const extended = round1(summaryOf('solo', '--extensions', extensions).students);
    assert.deepEqual({ met: atDue.met, extended: atDue.extended }, { met: false, extended: undefined });
    assert.deepEqual({ met: extended.met, extended: extended.extended, commit: extended.commit, metNow: extended.metNow }, { met: true, extended: true, commit: jzhzj(after).graded?.commit, metNow: true });
  });
});
