// What the git history of a student's notes tells, as the server answers studyNotes/history: the
// time logged per week and each round at its due date. A real repository, real git, real server.
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { historyRequest, outlineRequest } from '../../server/src/protocol/requests';
import { ensureBuilt, LspServer } from '../support/lsp';

const module = (title: string, url: string, minutes: number) => `[${title}](${url}) (${minutes} min)\n\nWhat I learnt.\n`;
const docker = (modules: string[]) => `# Notes\n\n## Area 1: Docker and Containers\n\n> Beginner Level\n\n${modules.join('\n')}`;
const whyDocker = module('Video: Why Docker?', 'https://www.youtube.com/watch?v=RYDHUTHLf8U', 10);
const lab = module('Lab: DevOps Docker Beginners Guide', 'https://training.play-with-docker.com/ops-s1-hello/', 45);

function commit(folder: string, text: string, date: string): void {
  writeFileSync(path.join(folder, 'README.md'), text);
  const env = { ...process.env, GIT_AUTHOR_NAME: 's', GIT_AUTHOR_EMAIL: 's@s', GIT_COMMITTER_NAME: 's', GIT_COMMITTER_EMAIL: 's@s', GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date };
  execFileSync('git', ['-C', folder, 'add', '-A'], { env });
  execFileSync('git', ['-C', folder, 'commit', '-q', '-m', 'notes'], { env });
}

describe('the history of the notes over stdio (studyNotes/history)', function () {
  this.timeout(120_000);
  const folders: string[] = [];
  const servers: LspServer[] = [];
  const start = async (folder: string, trusted = true) => {
    const server = await LspServer.start({ rootUri: pathToFileURL(folder).toString(), initializationOptions: { workspaceTrusted: trusted } });
    servers.push(server);
    return server;
  };
  const temp = () => {
    const folder = mkdtempSync(path.join(tmpdir(), 'study-notes-history-'));
    folders.push(folder);
    return folder;
  };
  before(() => ensureBuilt());
  after(async () => {
    await Promise.all(servers.map((server) => server.stop()));
    folders.forEach((folder) => rmSync(folder, { recursive: true, force: true }));
  });

  it('logs per week the time each commit added, in the course\'s zone, and judges each round on the notes at its due date', async () => {
    const folder = temp();
    execFileSync('git', ['init', '-q', '-b', 'main', folder]);
    commit(folder, docker([whyDocker]), '2018-10-22T10:00:00-04:00'); // Monday
    // Sunday 23:00 in Washington is Monday in UTC: still the week of the 22nd.
    commit(folder, docker([whyDocker, lab]), '2018-10-28T23:00:00-04:00');
    commit(folder, docker([lab]), '2018-11-06T09:00:00-05:00');
    const server = await start(folder);
    const uri = pathToFileURL(path.join(folder, 'README.md')).toString();
    const history = await server.answer(historyRequest, { uri });
    assert.equal(history.unavailable, undefined);
    assert.deepEqual(history.weeks, [
      { week: '2018-10-22', minutes: 55, time: '55 min', commits: 2 },
      { week: '2018-10-29', minutes: 0, time: '0 min', commits: 0 },
      { week: '2018-11-05', minutes: -10, time: '−10 min', commits: 1 },
    ]);
    const head = (revision: string) => execFileSync('git', ['-C', folder, 'rev-parse', revision], { encoding: 'utf8' }).trim();
    assert.deepEqual(
      history.rounds.map(({ name, dueAt, commit, committed, after, met, reached }) => ({ name, dueAt, commit, committed, after, met, reached })),
      [
        { name: 'Round 1', dueAt: '2018-10-29 23:59:59 -04:00', commit: head('HEAD~1'), committed: '2018-10-28 23:00:00 -04:00', after: 1, met: false, reached: ['Docker and Containers: Beginner'] },
        { name: 'Round 2', dueAt: '2018-12-09 23:59:59 -05:00', commit: head('HEAD'), committed: '2018-11-06 09:00:00 -05:00', after: 0, met: false, reached: [] },
      ],
    );
    assert.equal(history.branch, 'main');
    assert.equal(history.timeZone, 'America/New_York');
    // The outline's rounds carry their deadlines, for the status bar to say which is next.
    await server.openAndPublished(uri, docker([lab]));
    const outline = await server.answer(outlineRequest, { uri });
    assert.deepEqual(outline.progress?.rounds.map(({ until, dueAt }) => ({ until, dueAt })), [
      { until: Date.parse('2018-10-30T00:00:00-04:00') - 1, dueAt: '2018-10-29 23:59:59 -04:00' },
      { until: Date.parse('2018-12-10T00:00:00-05:00') - 1, dueAt: '2018-12-09 23:59:59 -05:00' },
    ]);
  });

  it('says why there is no history: no repository, an untrusted workspace; never fails', async () => {
    const plain = temp();
    writeFileSync(path.join(plain, 'README.md'), docker([whyDocker]));
    const uri = pathToFileURL(path.join(plain, 'README.md')).toString();
    const none = await (await start(plain)).answer(historyRequest, { uri });
    assert.deepEqual(none, { unavailable: 'the notes are in no git repository: commit them to see your weeks', timeZone: 'America/New_York', weeks: [], rounds: [] });
    const untrusted = await (await start(plain, false)).answer(historyRequest, { uri });
    assert.equal(untrusted.unavailable, 'the workspace is not trusted: the history of its notes is not read');
  });
});
