// Servers in the test's own process (support/inProcessServer.ts): each keeps its own state, and one
// stopped leaves nothing behind that would keep mocha's process running or end it.
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createHook } from 'node:async_hooks';
import { URI } from 'vscode-uri';
import { LspServer } from '../support/lsp';

const uri = 'file:///week1/notes.md';
const notes = (module: string): string => `# My notes\n\n## Area 1: Docker and Containers\n\n### Beginner\n\n${module}\n\nran a container\n`;

/**
 * The timers and file watchers the server's own code makes (server/src in their stack) while
 * `work` runs, and which of them are still there once it is done and the event loop has turned:
 * any would keep mocha's process running.
 */
async function leftBehind(work: () => Promise<void>): Promise<{ made: string[]; left: string[] }> {
  const made = new Map<number, string>();
  const live = new Set<number>();
  const limit = Error.stackTraceLimit;
  Error.stackTraceLimit = 50;
  const hook = createHook({
    init(id, type) {
      if (type !== 'Timeout' && type !== 'FSEVENTWRAP') return;
      const where = new Error().stack?.split('\n').find((line) => line.includes(`${path.sep}server${path.sep}src${path.sep}`));
      if (!where) return;
      made.set(id, `${type} ${where.trim()}`);
      live.add(id);
    },
    destroy: (id) => void live.delete(id),
  }).enable();
  try {
    await work();
    // A watcher closes, and a cleared timer is destroyed, on a later turn of the event loop.
    for (let turn = 0; turn < 20 && live.size > 0; turn++) await new Promise((resolve) => setImmediate(resolve));
  } finally {
    hook.disable();
    Error.stackTraceLimit = limit;
  }
  return { made: [...new Set(made.values())], left: [...live].map((id) => made.get(id)!) };
}

describe('language servers in the test process', () => {
  const running: LspServer[] = [];
  const start = async (options: Parameters<typeof LspServer.inProcess>[0]): Promise<LspServer> => {
    const server = await LspServer.inProcess(options);
    running.push(server);
    return server;
  };
  afterEach(async () => {
    for (const server of running.splice(0)) await server.stop();
  });

  it('share no state: the same document with another text has its own findings in each, and one stopped leaves the other answering', async () => {
    const [timed, untimed] = await Promise.all([start({ pull: true }), start({ pull: true })]);
    await timed.open(uri, notes('[Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/) (time: 30 min)'));
    await untimed.open(uri, notes('[Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/)'));
    const codes = async (server: LspServer) => (await server.diagnostics(uri, 1)).map((diagnostic) => diagnostic.code);
    assert.equal((await codes(timed)).includes('missing-time'), false);
    assert.equal((await codes(untimed)).includes('missing-time'), true);
    await timed.stop();
    assert.equal(timed.alive, false);
    assert.equal((await codes(untimed)).includes('missing-time'), true);
  });

  it('end one server, not the process, at an exit notification', async () => {
    const server = await start({});
    await server.request('shutdown', null);
    await server.connection.sendNotification('exit');
    await server.until(() => (server.alive ? undefined : true), 'the server stopped');
    const next = await start({ pull: true });
    await next.open(uri, notes('[Lab: Docker Intro](https://training.play-with-docker.com/beginner-linux/)'));
    assert.ok((await next.diagnostics(uri, 1)).length > 0);
  });

  it('leave no timer or file watcher behind once stopped: an edit waiting for its pause, the course file watched', async () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'study-notes-in-process-'));
    try {
      writeFileSync(path.join(folder, 'course.json'), JSON.stringify({ course: 'Basket course', modules: [{ area: 'Weaving', level: 'Beginner', title: 'Quantum Basket Weaving', minutes: 45 }] }));
      const notesUri = URI.file(path.join(folder, 'notes.md')).toString();
      const { made, left } = await leftBehind(async () => {
        const server = await LspServer.inProcess({ pull: true, rootUri: URI.file(folder).toString(), settings: { studyNotes: { catalog: 'course.json', debounceMs: 5000 } } });
        await server.until(() => (server.refreshes > 0 ? true : undefined), 'the course file read');
        await server.open(notesUri, notes('Quantum Basket Weaving'));
        await server.diagnostics(notesUri, 1);
        await server.stop();
      });
      assert.ok(made.some((what) => what.startsWith('FSEVENTWRAP')) && made.some((what) => what.includes('editPauses')), `the course file was watched and the edit waited: ${made.join('; ')}`);
      assert.deepEqual(left, []);
    } finally {
      rmSync(folder, { recursive: true, force: true });
    }
  });
});
