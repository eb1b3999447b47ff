// One command from a fresh clone to a working tool: install, build, package, and a first run
// of the CLI on the shipped example, so a new contributor sees every piece working.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';

function run(command, args, { allowFailure = false } = {}) {
  console.log(`\n> ${command} ${args.join(' ')}`);
  const result = spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (result.status !== 0 && !allowFailure) {
    console.error(`setup: "${command} ${args.join(' ')}" failed (exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
  return result.status;
}

if (!existsSync(path.join(root, 'node_modules'))) run(npm, ['ci']);
else console.log('setup: node_modules present, skipping npm ci');

run(npm, ['run', 'build']);

const scripts = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8')).scripts ?? {};
let vsix;
if (scripts.package) {
  run(npm, ['run', 'package']);
  vsix = readdirSync(root).filter((name) => name.endsWith('.vsix')).sort().at(-1);
} else console.log('\nsetup: no "package" script in package.json yet, skipping the .vsix');

// Warnings in the example are deliberate (one module has no estimate): show them, do not fail on them.
const check = run(process.execPath, ['dist/cli.js', 'check', 'examples/notes'], { allowFailure: true });
if (check !== 0 && check !== 1) process.exit(1);
run(process.execPath, ['dist/cli.js', 'summary', 'examples/notes']);

if (vsix) console.log(`\nsetup: extension packaged at ${path.join(root, vsix)}\n  install it with: code --install-extension ${path.join(root, vsix)}`);
console.log('\nsetup: done. The CLI is dist/cli.js: node dist/cli.js --help');
