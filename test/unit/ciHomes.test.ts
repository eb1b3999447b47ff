// The CI homes of the CLI, run as a workflow and a commit would run them, without network:
// the GitHub Action's steps (scripts/action/check.sh) on a fixture repository with the files
// GitHub provides, and the pre-commit hook through Debian's pre-commit (`try-repo`).
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { buildCliOnce, cliBundle, notesWithoutTimes, projectRoot, tempTree } from '../support/studyNotesCli';

// js-yaml comes with markdownlint-cli2, a dependency of the project's lint.
// eslint-disable-next-line @typescript-eslint/no-require-imports
const yaml = require('js-yaml') as { load(text: string): unknown };


function run(command: string, args: readonly string[], cwd: string, env: NodeJS.ProcessEnv = {}) {
  return spawnSync(command, args, { cwd, encoding: 'utf8', env: { ...process.env, NO_COLOR: '', ...env } });
}

describe('CI homes', function () {
  this.timeout(120_000);
  const trees: string[] = [];
  before(() => buildCliOnce());
  after(() => {
    for (const dir of trees) rmSync(dir, { recursive: true, force: true });
  });

  describe('the GitHub Action (action.yml runs scripts/action/check.sh)', () => {
    let repo: string;
    let outputs: { summary: string; output: string };
    before(() => {
      // The labs are no modules of the course: their notices would crowd the warnings this test counts.
      repo = tempTree({
        'notes/.studynotes.json': '{ "diagnostics": { "unplaced-module": "off" } }\n',
        'notes/alice.md': notesWithoutTimes(12),
        'notes/strict/bob.md': notesWithoutTimes(2),
        'notes/strict/.studynotes.json': '{ "diagnostics": { "missing-time": "error", "unplaced-module": "off" } } // the final hand-in\n',
        'README.md': '# A repository of notes\n',
      });
      trees.push(repo);
      outputs = { summary: path.join(repo, 'summary.md'), output: path.join(repo, 'output.txt') };
    });

    const action = (inputs: Record<string, string>) =>
      run('bash', [path.join(projectRoot, 'scripts/action/check.sh')], repo, { GITHUB_STEP_SUMMARY: outputs.summary, GITHUB_OUTPUT: outputs.output, ...inputs });

    it('annotates within GitHub limits, writes the job summary and the outputs, fails on errors', () => {
      const result = action({ INPUT_PATHS: 'notes', INPUT_SARIF_FILE: 'out/study-notes.sarif' });
      assert.equal(result.status, 1, result.stderr);
      const kinds = result.stdout.trimEnd().split('\n').map((line) => /^::(\w+) file=([^,]+)/.exec(line)?.slice(1).join(' '));
      assert.deepEqual(kinds, [...Array(2).fill('error notes/strict/bob.md'), ...Array(10).fill('warning notes/alice.md')]);
      const summary = readFileSync(outputs.summary, 'utf8');
      assert.match(summary, /## Study Notes: 2 errors, 12 warnings, 0 notices in 2 files/);
      assert.equal(summary.match(/^\| notes\/alice\.md \| \d+ \| warning \| missing-time \|/gm)?.length, 2);
      assert.match(summary, /### Time per student and file/);
      assert.equal(readFileSync(outputs.output, 'utf8'), 'exit-code=1\nsarif-file=out/study-notes.sarif\n');
      const sarif = JSON.parse(readFileSync(path.join(repo, 'out/study-notes.sarif'), 'utf8'));
      assert.equal(sarif.runs[0].results.length, 14, 'SARIF has every problem, not only the annotated ones');
      assert.equal(summary.match(/## Study Notes/g)?.length, 1, 'the SARIF run adds no second summary');
    });

    it('passes within max-warnings when there are no errors, with paths as globs', () => {
      writeFileSync(outputs.output, '');
      const result = action({ INPUT_PATHS: 'notes/*.md\nREADME.md', INPUT_MAX_WARNINGS: '12' });
      assert.equal(result.status, 0, result.stderr);
      assert.equal(readFileSync(outputs.output, 'utf8'), 'exit-code=0\nsarif-file=\n');
      assert.equal(action({ INPUT_PATHS: 'notes/*.md', INPUT_MAX_WARNINGS: '11' }).status, 1);
    });

    it('checks once for the annotations, the job summary and the SARIF file', () => {
      // node, as the runner has it, that notes each run: the real one runs.
      const bin = path.join(repo, 'bin');
      mkdirSync(bin, { recursive: true });
      writeFileSync(path.join(bin, 'node'), `#!/usr/bin/env bash\nprintf '%s\\n' "$*" >>"${path.join(repo, 'node-runs.txt')}"\nexec "${process.execPath}" "$@"\n`, { mode: 0o755 });
      rmSync(path.join(repo, 'node-runs.txt'), { force: true });
      const result = action({ INPUT_PATHS: 'notes', INPUT_SARIF_FILE: 'out/once.sarif', PATH: `${bin}${path.delimiter}${process.env.PATH}` });
      assert.equal(result.status, 1, result.stderr);
      const runs = readFileSync(path.join(repo, 'node-runs.txt'), 'utf8').trim().split('\n');
      assert.equal(runs.length, 1, runs.join('\n'));
      assert.match(runs[0], / check notes --max-warnings -1 --sarif-file out\/once\.sarif --format github$/);
      assert.equal(JSON.parse(readFileSync(path.join(repo, 'out/once.sarif'), 'utf8')).runs[0].results.length, 14);
    });

    it('takes paths with spaces, quoted or escaped as in a shell', () => {
      mkdirSync(path.join(repo, 'my notes'), { recursive: true });
      writeFileSync(path.join(repo, 'my notes', "bob's notes.md"), notesWithoutTimes(1));
      const annotated = (paths: string) => {
        const result = action({ INPUT_PATHS: paths });
        assert.equal(result.status, 0, result.stderr);
        return [...new Set(result.stdout.trimEnd().split('\n').map((line) => /^::\w+ file=([^,]+)/.exec(line)?.[1]))];
      };
      assert.deepEqual(annotated(`"my notes"\nREADME.md`), ["my notes/bob's notes.md"]);
      assert.deepEqual(annotated(`my\\ notes/bob\\'s\\ notes.md notes/alice.md`), ["my notes/bob's notes.md", 'notes/alice.md']);
      rmSync(path.join(repo, 'my notes'), { recursive: true });
    });

    it('is a composite action on Node 20 whose step runs the script with the inputs', () => {
      const yml = readFileSync(path.join(projectRoot, 'action.yml'), 'utf8');
      // YAML as GitHub reads it: a plain description holding ': ' would stop the action from loading.
      assert.deepEqual(Object.keys(yaml.load(yml) as object), ['name', 'description', 'branding', 'inputs', 'outputs', 'runs']);
      assert.match(yml, /^ {2}using: composite$/m);
      assert.match(yml, /uses: actions\/setup-node@v4\n\s+with:\n\s+node-version: 20\n/);
      assert.match(yml, /run: bash "\$GITHUB_ACTION_PATH\/scripts\/action\/check\.sh"/);
      for (const input of ['paths', 'max-warnings', 'sarif-file']) {
        assert.match(yml, new RegExp(`^ {2}${input}:$`, 'm'), input);
        assert.match(yml, new RegExp(`INPUT_${input.toUpperCase().replace('-', '_')}: \\$\\{\\{ inputs\\.${input} \\}\\}`), input);
      }
    });
  });

  describe('the pre-commit hook (.pre-commit-hooks.yaml)', () => {
    let hookRepo: string;
    let notesRepo: string;
    const env = (home: string) => ({ PRE_COMMIT_HOME: path.join(home, 'cache'), GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@t', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@t' });

    before(function () {
      for (const tool of ['pre-commit', 'git']) {
        if (run(tool, ['--version'], projectRoot).status !== 0) {
          console.log(`    (skipped: ${tool} is not installed; scripts/setup-ci.sh installs Debian's pre-commit)`);
          this.skip();
        }
      }
      // The hook repository as pre-commit clones it, with the bundle built (a real clone builds it once, from the registry).
      hookRepo = tempTree({});
      trees.push(hookRepo);
      for (const file of ['.pre-commit-hooks.yaml', 'scripts/pre-commit.sh']) {
        mkdirSync(path.dirname(path.join(hookRepo, file)), { recursive: true });
        copyFileSync(path.join(projectRoot, file), path.join(hookRepo, file));
      }
      mkdirSync(path.join(hookRepo, 'dist'));
      copyFileSync(cliBundle, path.join(hookRepo, 'dist/cli.js'));
      for (const args of [['init', '-q'], ['add', '-A'], ['commit', '-qm', 'hook']]) assert.equal(run('git', args, hookRepo, env(hookRepo)).status, 0);
      notesRepo = tempTree({ 'notes/alice.md': notesWithoutTimes(1), 'CONTRIBUTING.txt': 'not markdown' });
      trees.push(notesRepo);
      for (const args of [['init', '-q'], ['add', '-A']]) assert.equal(run('git', args, notesRepo, env(notesRepo)).status, 0);
    });

    const tryRepo = () => run('pre-commit', ['try-repo', hookRepo, 'study-notes', '--all-files', '--verbose'], notesRepo, env(notesRepo));

    it('passes on warnings and fails on errors, printing the problems', () => {
      const clean = tryRepo();
      assert.equal(clean.status, 0, clean.stdout + clean.stderr);
      assert.match(clean.stdout, /study-notes check\.+Passed/);
      assert.match(clean.stdout, /notes\/alice\.md:7:1 warning missing-time/);
      writeFileSync(path.join(notesRepo, '.studynotes.json'), '{ "diagnostics": { "missing-time": "error" } }');
      run('git', ['add', '-A'], notesRepo);
      const failing = tryRepo();
      assert.equal(failing.status, 1, failing.stdout + failing.stderr);
      assert.match(failing.stdout, /study-notes check\.+Failed/);
      assert.match(failing.stdout, /notes\/alice\.md:7:1 error missing-time/);
    });
  });
});
