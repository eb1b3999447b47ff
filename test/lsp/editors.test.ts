import assert from 'node:assert/strict';
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { once } from 'node:events';
import path from 'node:path';
import { parse } from 'smol-toml';
import { ensureBuilt, projectRoot, serverBundle } from '../support/lsp';

/** The fenced block of `language` in the README section headed `heading`: the recipe a user copies. */
function readmeRecipe(heading: string, language: string): string {
  const readme = readFileSync(path.join(projectRoot, 'README.md'), 'utf8');
  const section = readme.split(/^### /m).find((part) => part.startsWith(`${heading}\n`));
  const block = section && new RegExp('^```' + language + '\\n([\\s\\S]*?)^```', 'm').exec(section);
  assert.ok(block, `README.md has a ${language} block under "### ${heading}"`);
  return block[1];
}

function installed(command: string): boolean {
  return spawnSync('sh', ['-c', `command -v ${command}`]).status === 0;
}

function skipWithout(context: Mocha.Context, command: string, packages: string): void {
  if (installed(command)) return;
  console.log(`    (skipped: ${command} is not installed; scripts/setup-editors.sh installs Debian's ${packages})`);
  context.skip();
}

/** The Emacs packages of `libraries` that Emacs, started as the test starts it, cannot load. */
function missingEmacsLibraries(libraries: string[], env: NodeJS.ProcessEnv): string[] {
  const probe = `(progn (package-activate-all) (dolist (library '(${libraries.join(' ')})) (unless (locate-library (symbol-name library)) (princ (format "%s\n" library)))))`;
  const result = spawnSync('emacs', ['--batch', '--eval', probe], { env, encoding: 'utf8' });
  assert.equal(result.status, 0, `emacs --batch could not look for ${libraries.join(', ')}: ${result.stderr}`);
  return result.stdout.split('\n').filter(Boolean);
}

/**
 * An editor's script waits for each event (the server's messages, its answers), never a fixed time;
 * it gives up only after this long, which a hang takes and a loaded machine does not.
 */
const giveUpSeconds = 300;

/**
 * The README's editor recipes, run headless in the real editors on a copy of the example notes,
 * with `study-notes-ls` on PATH as an install puts it: diagnostics, symbols, hover, and a module
 * completion accepted as a student does, which must leave no snippet syntax or NUL byte.
 */
describe('the README’s editor recipes, in the real editors', function () {
  this.timeout((giveUpSeconds + 60) * 1000);
  let home: string;
  let env: NodeJS.ProcessEnv;
  let editor: { child: ChildProcess; output: string } | undefined;

  before(function () {
    ensureBuilt();
    home = mkdtempSync(path.join(tmpdir(), 'study-notes-editors-'));
    mkdirSync(path.join(home, 'bin'));
    const shim = path.join(home, 'bin', 'study-notes-ls');
    writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${serverBundle}" "$@"\n`);
    chmodSync(shim, 0o755);
    // HOME too: no user configuration of the machine running the tests takes part.
    env = {
      ...process.env,
      HOME: home,
      XDG_CONFIG_HOME: path.join(home, '.config'),
      XDG_DATA_HOME: path.join(home, '.local/share'),
      PATH: `${path.join(home, 'bin')}${path.delimiter}${process.env.PATH}`,
      STUDY_NOTES_GIVE_UP_SECONDS: String(giveUpSeconds),
    };
  });

  // An editor still running when its test failed (mocha's time limit) is stopped, and what it said shown.
  afterEach(() => {
    if (editor && editor.child.exitCode === null && editor.child.signalCode === null) {
      editor.child.kill();
      console.log(`    the editor said before it was stopped:\n${editor.output}`);
    }
    editor = undefined;
  });

  after(() => rmSync(home, { recursive: true, force: true }));

  async function run(command: string, args: string[], notes: string): Promise<string> {
    copyFileSync(path.join(projectRoot, 'examples/notes/README.md'), path.join(home, notes));
    const child = spawn(command, args, { cwd: home, env, stdio: ['ignore', 'pipe', 'pipe'] });
    const running = { child, output: '' };
    editor = running;
    for (const stream of [child.stdout, child.stderr]) stream.on('data', (chunk: Buffer) => (running.output += chunk.toString('utf8')));
    const [code, signal] = (await once(child, 'close')) as [number | null, NodeJS.Signals | null];
    assert.equal(code, 0, `${command} exited ${code ?? signal}:\n${running.output}`);
    assert.doesNotMatch(running.output, /^FAIL/m);
    return running.output;
  }

  it('Neovim: the init.lua recipe gives diagnostics, symbols, hover, course progress and a clean module completion', async function () {
    skipWithout(this, 'nvim', 'neovim');
    writeFileSync(path.join(home, 'init.lua'), readmeRecipe('Neovim', 'lua'));
    const output = await run('nvim', ['--headless', '-n', '-u', 'init.lua', 'nvim-notes.md', '-c', `luafile ${path.join(projectRoot, 'test/editors/nvim.lua')}`], 'nvim-notes.md');
    assert.match(output, /ok: no stray line after it/);
  });

  it('Emacs: the eglot recipe gives diagnostics, symbols, hover, course progress and a clean module completion', async function () {
    skipWithout(this, 'emacs', 'emacs-nox, elpa-eglot and elpa-markdown-mode');
    // Without markdown-mode a notes file opens in fundamental-mode, whose hook the recipe does not use.
    const missing = missingEmacsLibraries(['eglot', 'markdown-mode'], env);
    if (missing.length) {
      console.log(`    (skipped: Emacs cannot load ${missing.join(' and ')}, which the recipe needs; scripts/setup-editors.sh installs Debian's elpa-eglot and elpa-markdown-mode)`);
      this.skip();
    }
    writeFileSync(path.join(home, 'init.el'), readmeRecipe('Emacs (eglot)', 'elisp'));
    const output = await run('emacs', ['--batch', '-l', 'init.el', '-l', path.join(projectRoot, 'test/editors/eglot.el'), 'emacs-notes.md'], 'emacs-notes.md');
    assert.match(output, /ok: no stray line after it/);
  });

  it('Helix: the languages.toml recipe parses to study-notes-ls --stdio added to Markdown’s servers', () => {
    const config = parse(readmeRecipe('Helix', 'toml')) as { 'language-server': Record<string, { command: string; args: string[] }>; language: { name: string; 'language-servers': string[] }[] };
    assert.deepEqual({ ...config['language-server']['study-notes'] }, { command: 'study-notes-ls', args: ['--stdio'] });
    const markdown = config.language.find((language) => language.name === 'markdown');
    assert.ok(markdown?.['language-servers'].includes('study-notes'));
  });

  it('Helix: runs the recipe in the editor', function () {
    if (!installed('hx')) {
      console.log('    (skipped: Helix is not packaged in Debian 12 (apt-cache policy helix: no candidate) and nothing is downloaded in tests; the recipe is only parsed above)');
      this.skip();
    }
    assert.fail('Helix is installed here: a headless Helix check is still to be written');
  });
});
