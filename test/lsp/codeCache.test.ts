// The server editors start (dist/server.js) runs its bundle from V8's code cache of it: the first
// start leaves the cache, the next starts take it, and a cache that is no longer V8's (another
// Node, a broken file) is written anew. The cache lives in the folder the editor names, only.
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { codeCacheDir } from '../../server/src/lsp/codeCache';
import { ensureBuilt, SpawnedServer } from '../support/lsp';

/** Starts the built server with its cache in `dir`, asks for symbols, and ends it as an editor does (shutdown, exit). */
async function startAndEnd(dir: string): Promise<void> {
  const server = await SpawnedServer.start({ env: { STUDY_NOTES_CACHE_DIR: dir } });
  await server.open('file:///notes/README.md', '## Docker\n### Lab: Docker Intro (30 min)\nRan alpine.\n');
  assert.ok((await server.request<unknown[]>('textDocument/documentSymbol', { textDocument: { uri: 'file:///notes/README.md' } })).length > 0);
  const exited = once(server.process, 'exit');
  await server.request('shutdown', null);
  await server.connection.sendNotification('exit');
  await exited;
}

const caches = (dir: string): string[] => readdirSync(dir).filter((name) => name.endsWith('.v8cache'));

describe('the server started from its code cache', function () {
  this.timeout(60_000);
  let dir: string;

  before(() => ensureBuilt());
  beforeEach(() => (dir = path.join(mkdtempSync(path.join(tmpdir(), 'study-notes-cache-')), 'cache')));
  afterEach(() => rmSync(path.dirname(dir), { recursive: true, force: true }));

  it('leaves a cache the next start takes as it is, in a folder only the user reads', async () => {
    await startAndEnd(dir);
    const [cache] = caches(dir);
    assert.ok(cache, 'a cache is left');
    assert.equal(statSync(dir).mode & 0o777, 0o700);
    assert.equal(statSync(path.join(dir, cache)).mode & 0o777, 0o600);
    const written = readFileSync(path.join(dir, cache));
    await startAndEnd(dir);
    assert.deepEqual(caches(dir), [cache]);
    assert.ok(readFileSync(path.join(dir, cache)).equals(written), 'a cache V8 took is not written again');
  });

  it('answers from a broken cache all the same, and writes it anew', async () => {
    await startAndEnd(dir);
    const [cache] = caches(dir);
    writeFileSync(path.join(dir, cache), 'not a code cache');
    await startAndEnd(dir);
    assert.notEqual(readFileSync(path.join(dir, cache), 'utf8'), 'not a code cache');
  });

  it('answers with no cache where the folder cannot be made', async () => {
    const file = path.join(path.dirname(dir), 'a-file');
    writeFileSync(file, '');
    await startAndEnd(path.join(file, 'cache'));
  });

  it('keeps it only in the folder the editor names: with none, the server writes no cache', () => {
    const storage = path.join(tmpdir(), 'storage', 'code-cache');
    assert.equal(codeCacheDir({ STUDY_NOTES_CACHE_DIR: storage }), storage);
    assert.equal(codeCacheDir({ STUDY_NOTES_CACHE_DIR: 'cache' }), undefined, 'a relative folder is no place for it');
    assert.equal(codeCacheDir({ STUDY_NOTES_CACHE_DIR: '' }), undefined);
    assert.equal(codeCacheDir({ HOME: tmpdir(), XDG_CACHE_HOME: path.join(tmpdir(), '.cache') }), undefined);
  });
});
