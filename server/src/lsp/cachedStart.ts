// dist/server.js, what editors start (study-notes-ls, the VS Code extension): the language server's
// bundle, dist/serverMain.js, compiled from V8's code cache an earlier start left. A cold start is
// mostly the compiling of a megabyte of JavaScript before the first answer.
//
// Node's own modules that the bundle requires are loaded first, before V8's flags change below:
// Node compiles them from a code cache made under V8's default flags, and from their source under
// any other (a 100 KB first outline took 7–10% longer). Nothing of them is called here;
// test/unit/bundles.test.ts keeps the list whole.
import * as childProcess from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import * as net from 'node:net';
import * as os from 'node:os';
import path from 'node:path';
import * as nodeProcess from 'node:process';
import * as url from 'node:url';
import * as util from 'node:util';
import { setFlagsFromString } from 'node:v8';
import * as workerThreads from 'node:worker_threads';
import { codeCacheDir, runFromCodeCache } from './codeCache';

// Named, so that the bundler keeps their loading (it drops a bare import of Node's modules).
if ([childProcess, crypto, fsPromises, net, nodeProcess, os, url, util, workerThreads].includes(undefined as never)) throw new Error('Node could not load its own modules');

/**
 * V8's optimizing compiler without inlining. With it, compiling the reader's hot functions took more
 * instructions than running them during a long text's first reading (1,762 M of 3,135 M for 1 MB,
 * counted on one thread), on a core the reading shares on a 2-core machine. Without it, paired
 * against the same build with it: the first outline of 1 MB ×0.87 (618 → 531 ms), an edit's
 * diagnostics ×0.79–0.94 at 20 KB to 1 MB; the warm reading, 10 MB and remark's precise reading as
 * fast as before. Set before the bundle is compiled (V8 takes a code cache only under the flags it
 * was made with): the CLI keeps V8's defaults (a class's check took as long either way).
 */
const v8Flags = '--no-turbo-inlining';
setFlagsFromString(v8Flags);
runFromCodeCache(path.join(__dirname, 'serverMain.js'), codeCacheDir(process.env), require, v8Flags);
