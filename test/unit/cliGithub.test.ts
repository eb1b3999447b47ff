// `--format github` in a workflow: GitHub shows 10 annotations of each kind per step, so the
// most important come first and the rest, with the time table, go to the job summary.
import { strict as assert } from 'node:assert';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCliOnce, notesWithoutTimes, runCli, tempTree } from '../support/studyNotesCli';


describe('study-notes check --format github', function () {
  this.timeout(60_000);
  let dir: string;
  before(function () {
    this.timeout(120_000);
    buildCliOnce();
    // The labs are no modules of the course: their notices would crowd the ones this test counts.
    const unplacedOff = { 'unplaced-module': 'off' };
    dir = tempTree({
      '.studynotes.json': JSON.stringify({ diagnostics: unplacedOff }),
      'a.md': notesWithoutTimes(12),
      'b/b.md': notesWithoutTimes(3),
      'b/.studynotes.json': JSON.stringify({ diagnostics: { 'missing-time': 'error', ...unplacedOff } }),
      'c.md': `${notesWithoutTimes(1)}\n> Include notes here about each of the links\n`,
    });
  });
  after(() => rmSync(dir, { recursive: true, force: true }));

  it('annotates at most 10 of each kind, errors first, then warnings, in file order', () => {
    const run = runCli(['check', '--format', 'github'], dir);
    assert.equal(run.status, 1);
    const lines = run.stdout.trimEnd().split('\n');
    const kinds = lines.map((line) => /^::(\w+) file=([^,]+),line=(\d+)/.exec(line)?.slice(1, 4).join(' '));
    assert.deepEqual(kinds.slice(0, 3), ['error b/b.md 7', 'error b/b.md 11', 'error b/b.md 15']);
    assert.deepEqual(
      kinds.slice(3, 13).map((k) => k?.split(' ').slice(0, 2).join(' ')),
      Array(10).fill('warning a.md'),
    );
    assert.equal(kinds[3], 'warning a.md 7');
    assert.deepEqual(kinds.slice(13), ['notice c.md 11']);
    assert.equal(lines.length, 14, 'the 11th and 12th warning of a.md and the warning of c.md are left to the summary');
  });

  it('appends a job summary with the problems not annotated and the time per file when GITHUB_STEP_SUMMARY is set', () => {
    const summaryFile = path.join(dir, 'step-summary.md');
    writeFileSync(summaryFile, '# An earlier step\n');
    runCli(['check', '--format', 'github'], dir, { env: { GITHUB_STEP_SUMMARY: summaryFile } });
    const summary = readFileSync(summaryFile, 'utf8');
    assert.match(summary, /^# An earlier step\n## Study Notes: 3 errors, 13 warnings, 1 notices in 3 files\n/, 'appended, never replaced');
    assert.match(summary, /the other 3 are listed here/);
    const rows = summary.split('\n').filter((line) => /^\| (a|b\/b|c)\.md \|/.test(line));
    assert.deepEqual(
      rows.map((row) => row.split(' | ').slice(0, 3).join(' | ')),
      ['| a.md | 47 | warning', '| a.md | 51 | warning', '| c.md | 7 | warning'],
    );
    assert.match(summary, /### Time per student and file\n\n#### Class summary\n/);
    assert.match(summary, /\| a\.md \|/);
  });

  it('writes no summary for the other formats', () => {
    const summaryFile = path.join(dir, 'other-summary.md');
    runCli(['check', '--format', 'text'], dir, { env: { GITHUB_STEP_SUMMARY: summaryFile } });
    assert.throws(() => readFileSync(summaryFile), /ENOENT/);
  });
});
