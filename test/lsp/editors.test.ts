import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
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

/**
 * The README's editor recipes, run headless in the real editors on a copy of the example notes,
 * with `study-notes-ls` on PATH as an install puts it: diagnostics, symbols, hover, and a module
 * completion accepted as a student does, which must leave no snippet syntax or NUL byte.
 */
describe('the README’s editor recipes, in the real editors', function () {
  this.timeout(120000);
  let home: string;
  let env: NodeJS.ProcessEnv;

  before(function () {
    ensureBuilt();
    home = mkdtempSync(path.join(tmpdir(), 'study-notes-editors-'));
    mkdirSync(path.join(home, 'bin'));
    const shim = path.join(home, 'bin', 'study-notes-ls');
    writeFileSync(shim, `#!/bin/sh\nexec "${process.execPath}" "${serverBundle}" "$@"\n`);
    chmodSync(shim, 0o755);
    // HOME too: no user configuration of the machine running the tests takes part.
    env = { ...process.env, HOME: home, XDG_CONFIG_HOME: path.join(home, '.config'), XDG_DATA_HOME: path.join(home, '.local/share'), PATH: `${path.join(home, 'bin')}${path.delimiter}${process.env.PATH}` };
  });

  after(() => rmSync(home, { recursive: true, force: true }));

  function run(command: string, args: string[], notes: string): string {
    copyFileSync(path.join(projectRoot, 'examples/notes/README.md'), path.join(home, notes));
    const result = spawnSync(command, args, { cwd: home, env, encoding: 'utf8', timeout: 90000 });
    const output = `${result.stdout}${result.stderr}`;
    assert.equal(result.status, 0, `${command} exited ${result.status ?? result.signal}:\n${output}`);
    assert.doesNotMatch(output, /^FAIL/m);
    return output;
  }

  it('Neovim: the init.lua recipe gives diagnostics, symbols, hover, course progress and a clean module completion', function () {
    skipWithout(this, 'nvim', 'neovim');
    writeFileSync(path.join(home, 'init.lua'), readmeRecipe('Neovim', 'lua'));
    const output = run('nvim', ['--headless', '-n', '-u', 'init.lua', 'nvim-notes.md', '-c', `luafile ${path.join(projectRoot, 'test/editors/nvim.lua')}`], 'nvim-notes.md');
    assert.match(output, /ok: no stray line after it/);
  });

  it('Emacs: the eglot recipe gives diagnostics, symbols, hover, course progress and a clean module completion', function () {
    skipWithout(this, 'emacs', 'emacs-nox, elpa-eglot and elpa-markdown-mode');
    writeFileSync(path.join(home, 'init.el'), readmeRecipe('Emacs (eglot)', 'elisp'));
    const output = run('emacs', ['--batch', '-l', 'init.el', '-l', path.join(projectRoot, 'test/editors/eglot.el'), 'emacs-notes.md'], 'emacs-notes.md');
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
