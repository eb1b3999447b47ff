// Bundles the extension client, the language server and the CLI into single CommonJS files:
// remark is ESM-only, VS Code loads extensions with require(), and one file activates fast.
import { readFile } from 'node:fs/promises';
import * as esbuild from 'esbuild';

const production = process.argv.includes('--production');

/**
 * The docker and kubectl data (285 KB) reach the bundles as one string each, parsed when first
 * required (server/src/docker/dockerCommands.ts): V8 reads a string far faster than the object
 * literal esbuild would write, and a server's cold start is mostly the reading of its own bundle.
 */
const cliDataAsStrings = {
  name: 'cli-data-as-strings',
  setup(build) {
    build.onLoad({ filter: /[\\/]server[\\/]data[\\/][a-z]+-cli\.json$/ }, async ({ path }) => ({
      contents: `module.exports = JSON.parse(${JSON.stringify(JSON.stringify(JSON.parse(await readFile(path, 'utf8'))))});`,
      loader: 'js',
    }));
  },
};

const shared = {
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  sourcemap: !production,
  minify: production,
  logLevel: 'warning',
  legalComments: 'none',
  // jsonc-parser's "main" is a UMD build whose require() calls esbuild cannot follow; its ESM build bundles.
  alias: { 'jsonc-parser': './node_modules/jsonc-parser/lib/esm/main.js' },
  plugins: [cliDataAsStrings],
};

/**
 * VS Code for the web: the extension in the browser's extension host and the server in a Web
 * Worker, each one file (only `vscode` resolves there). The `worker` condition keeps micromark's
 * character-reference decoder from reaching for `document`, which a worker has not.
 */
const web = { ...shared, platform: 'browser', target: 'es2022', mainFields: ['browser', 'module', 'main'], conditions: ['worker'] };

await Promise.all([
  esbuild.build({ ...shared, entryPoints: ['client/src/extension.ts'], outfile: 'dist/extension.js', external: ['vscode'] }),
  esbuild.build({ ...web, entryPoints: ['client/src/webExtension.ts'], outfile: 'dist/web/extension.js', external: ['vscode'] }),
  esbuild.build({ ...web, format: 'iife', entryPoints: ['server/src/lsp/browserServer.ts'], outfile: 'dist/web/server.js' }),
  // Editors start dist/server.js, which runs dist/serverMain.js from V8's code cache of it (server/src/lsp/cachedStart.ts).
  esbuild.build({ ...shared, entryPoints: ['server/src/lsp/cachedStart.ts'], outfile: 'dist/server.js', banner: { js: '#!/usr/bin/env node' } }),
  esbuild.build({ ...shared, entryPoints: ['server/src/lsp/server.ts'], outfile: 'dist/serverMain.js' }),
  esbuild.build({ ...shared, entryPoints: ['server/src/cli.ts'], outfile: 'dist/cli.js', banner: { js: '#!/usr/bin/env node' } }),
]);
