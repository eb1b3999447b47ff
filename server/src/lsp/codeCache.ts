import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { Script } from 'node:vm';

/**
 * Where V8's code cache of the server is kept: the folder the editor names in `STUDY_NOTES_CACHE_DIR`
 * (the VS Code extension's own storage, which goes with the extension). Without one, none: the
 * server writes no file the user did not ask for, and a code cache is code that runs.
 */
export function codeCacheDir(env: NodeJS.ProcessEnv): string | undefined {
  const chosen = env.STUDY_NOTES_CACHE_DIR;
  // A relative folder would be the workspace's, wherever the server was started.
  return chosen && path.isAbsolute(chosen) ? chosen : undefined;
}

type CommonJsBody = (exports: object, require: NodeJS.Require, module: { exports: object }, filename: string, dirname: string) => void;

/** The start has run a while by then: the cache holds the functions it ran, not only the bundle's outline. */
const settleMs = 10_000;

/**
 * Runs a CommonJS bundle as `node bundle` would, compiled from V8's code cache of it in `dir` when
 * one is there and V8 takes it (the same bundle, Node and flags). Otherwise it leaves one for the
 * next start.
 */
export function runFromCodeCache(bundle: string, dir: string | undefined, require: NodeJS.Require, v8Flags: string): void {
  const bytes = readFileSync(bundle);
  const source = bytes.toString('utf8').replace(/^#!.*/, '');
  const cacheFile = dir && path.join(dir, `${cacheKey(bytes, v8Flags)}.v8cache`);
  const cachedData = cacheFile ? readIfThere(cacheFile) : undefined;
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: bundle, cachedData });
  if (cacheFile && (cachedData === undefined || script.cachedDataRejected)) leaveCodeCache(script, cacheFile);
  const module = { exports: {} };
  (script.runInThisContext() as CommonJsBody)(module.exports, require, module, bundle, path.dirname(bundle));
}

/** One cache a bundle, Node and set of flags (given on the command line or set at the start): V8 takes no other. The bundle's bytes, not its text: a megabyte not encoded again. */
function cacheKey(bundle: Buffer, v8Flags: string): string {
  return createHash('sha256').update(bundle).update(`\0${process.version}\0${process.arch}\0${process.execArgv.join(' ')}\0${v8Flags}`).digest('hex').slice(0, 32);
}

function readIfThere(file: string): Buffer | undefined {
  try {
    return readFileSync(file);
  } catch {
    return undefined;
  }
}

/** Written once: after `settleMs` or at exit, whichever comes first. A cache is an aid: a folder it cannot be written to costs only speed. */
function leaveCodeCache(script: Script, file: string): void {
  let written = false;
  const write = (): void => {
    if (written) return;
    written = true;
    try {
      mkdirSync(path.dirname(file), { recursive: true, mode: 0o700 });
      const temporary = `${file}.${process.pid}.tmp`;
      writeFileSync(temporary, script.createCachedData(), { mode: 0o600 });
      renameSync(temporary, file);
      keepNewest(path.dirname(file), 3);
    } catch {
      // No cache this time.
    }
  };
  setTimeout(write, settleMs).unref();
  process.once('exit', write);
}

/** Each build leaves its own cache: the newest few stay (two editors may run two versions). */
function keepNewest(dir: string, count: number): void {
  const caches = readdirSync(dir)
    .filter((name) => name.endsWith('.v8cache'))
    .map((name) => ({ file: path.join(dir, name), at: statSync(path.join(dir, name)).mtimeMs }))
    .sort((a, b) => b.at - a.at);
  for (const { file } of caches.slice(count)) unlinkSync(file);
}
