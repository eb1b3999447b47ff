// npm's `prepare`: builds the bundles. In a clone (npm ci, npm install) the build tools are there.
// When npm installs the package from git globally (`npm install -g git+…`) it runs prepare without
// installing devDependencies first (npm/cli#8440), so they are installed here, into the clone npm
// is packing, with npm's global settings taken out of the environment.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';

const root = path.resolve(import.meta.dirname, '..');
if (!existsSync(path.join(root, 'node_modules', 'esbuild'))) {
  const env = Object.fromEntries(Object.entries(process.env).filter(([name]) => !/^npm_config_(global|location|prefix|allow_scripts)$/i.test(name)));
  const npm = process.env.npm_execpath ? [process.execPath, process.env.npm_execpath] : ['npm'];
  const args = ['ci', '--include=dev', '--ignore-scripts', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error'];
  const result = spawnSync(npm[0], [...npm.slice(1), ...args], { cwd: root, env, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`prepare: installing the build tools failed (npm ${args.join(' ')}: exit ${result.status ?? result.signal})`);
    process.exit(1);
  }
}
await import('./build.mjs');
