// dist/server.js, what editors start (study-notes-ls, the VS Code extension): the language server's
// bundle, dist/serverMain.js, compiled from V8's code cache an earlier start left. A cold start is
// mostly the compiling of a megabyte of JavaScript before the first answer.
//
// Node's own modules that the bundle requires are loaded first, before V8's flags change below:
// Node compiles them from a code cache made under V8's default flags, and from their source under
// any other (a 100 KB first outline took 7% longer). Nothing of them is called here;
// test/unit/bundles.test.ts keeps the list whole and checks that this file calls none of them.
import * as childProcess from 'node:child_process';
import * as crypto from 'node:crypto';
import * as fsPromises from 'node:fs/promises';
import * as net from 'node:net';
import * as os from 'node:os';
import path from 'node:path';
import * as nodeProcess from 'node:process';
import * as stream from 'node:stream';
import * as url from 'node:url';
import * as util from 'node:util';
import { setFlagsFromString } from 'node:v8';
import * as workerThreads from 'node:worker_threads';
import { codeCacheDir, runFromCodeCache } from './codeCache';

/** Exported, so that the bundler keeps their loading: it drops an import of Node's modules that nothing uses. */
export const loadedBeforeTheFlags = [childProcess, crypto, fsPromises, net, nodeProcess, os, stream, url, util, workerThreads];

/**
 * V8's optimizing compiler without inlining. With it, compiling took more instructions than the
 * long text's first reading it compiled for (1,762 M of 3,135 M for a cold 1 MB reading, counted on
 * one thread; 838 M without inlining), on a core the reading shares on a 2-core machine. Paired
 * against the same build with it: the first outline of 1 MB ×0.84–0.93, 100 KB ×0.94, 20 KB ×1.04;
 * an edit's diagnostics ×0.85–1.00; the warm reading, 10 MB and remark's precise reading as fast.
 * The flags are the process's: the reading worker runs without inlining too (its precise reading
 * of 1 MB was in place sooner). Set before the bundle is compiled, as V8 takes a code cache only
 * under the flags it was made with. The CLI does not take it: a class's check took as long either way.
 *
 * And patterns compiled to machine code at their first use: by default V8 first compiles each to
 * bytecode, and at its second use compiles it again, and a reading uses nearly every pattern on
 * many lines. A cold 100 KB reading: 1,081 -> 1,039 M instructions; the first outline of 100 KB
 * ×0.89–0.93 paired against the same build without it, 20 KB and 1 MB as fast.
 */
const v8Flags = '--no-turbo-inlining --no-regexp-tier-up';
setFlagsFromString(v8Flags);
runFromCodeCache(path.join(__dirname, 'serverMain.js'), codeCacheDir(process.env), require, v8Flags);
