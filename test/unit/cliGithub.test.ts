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

  it('prints no control character from a file name or a module title, and escapes what workflow commands read', () => {
    // ESC c resets the terminal, BEL rings, ESC [2J clears the screen; %, : and , are the command's own syntax.
    const title = 'Lab: \u001bc\u0007 100% done, see: x';
    const name = 'eve\u001b[2J\u0007,a:b%.md';
    // Eleven modules: the eleventh warning goes to the job summary's table.
    const modules = Array.from({ length: 11 }, (_, i) => `[${title} ${i}](https://example.org/${i})\n\nDid it.\n`);
    const trapped = tempTree({ [name]: `# Notes\n\n## Area 1: Docker and Containers\n\n> Beginner Level\n\n${modules.join('\n')}` });
    const summaryFile = path.join(trapped, 'step-summary.md');
    try {
      const run = runCli(['check', '--format', 'github', name], trapped, { env: { GITHUB_STEP_SUMMARY: summaryFile } });
      const annotation = run.stdout.split('\n').find((line) => line.startsWith('::warning '));
      assert.equal(annotation, '::warning file=eve\\x1b[2J\\x07%2Ca%3Ab%25.md,line=7,col=1,endLine=7,endColumn=54,title=missing-time::Module "Lab: \\x1bc\\x07 100%25 done, see: x 0" has no time estimate: write how long it took, e.g. "(time: 30 min)".', JSON.stringify(run.stdout));
      // eslint-disable-next-line no-control-regex -- control characters are what must not appear
      for (const [where, text] of [['stdout', run.stdout], ['stderr', run.stderr], ['job summary', readFileSync(summaryFile, 'utf8')]]) assert.doesNotMatch(text, /[\u0000-\u0009\u000b-\u001f\u007f]/, `${where}: ${JSON.stringify(text)}`);
    } finally {
      rmSync(trapped, { recursive: true, force: true });
    }
  });

  it('writes no summary for the other formats', () => {
    const summaryFile = path.join(dir, 'other-summary.md');
    runCli(['check', '--format', 'text'], dir, { env: { GITHUB_STEP_SUMMARY: summaryFile } });
    assert.throws(() => readFileSync(summaryFile), /ENOENT/);
  });
});
