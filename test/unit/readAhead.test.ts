// The CLI's reading of a class on two threads (cli/readAhead.ts): this thread takes the files in
// order, a worker those farthest ahead; every file is read once, and a worker's model is the one
// this thread would have read.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { bundledCourse } from '../../server/src/catalog/bundledCourse';
import { ReadingAhead, type ReadAheadJob } from '../../server/src/cli/readAhead';
import { rememberingLookups } from '../../server/src/document/notesDocument';
import { CatalogIndex } from '../../server/src/notes/catalog';
import { readPrecisely } from '../../server/src/notes/readByAreas';
import { buildCliOnce, cliBundle, studentNotes } from '../support/studyNotesCli';

describe('reading a class ahead on a worker', function () {
  this.timeout(60_000);
  before(function () {
    this.timeout(120_000);
    buildCliOnce();
  });

  const catalog = new CatalogIndex(bundledCourse.catalog.modules, bundledCourse.catalog.words);
  // Each with a screenshot in a list item's notes: a text remark reads, as a worker does; a plain one is read here by lines.
  const jobsOf = (count: number, plain = false): ReadAheadJob[] =>
    Array.from({ length: count }, (_, at) => ({ text: `${readFileSync(studentNotes(at % 2 ? 'alice' : 'bob'), 'utf8')}\n[Video: Extra ${at}](https://x.example/${at})\n${plain ? '' : '- ran it\n  <img src="run.png">\n'}`, catalog }));

  it('gives the worker the files farthest ahead, reads the rest here, each once, the same models', async () => {
    const ahead = new ReadingAhead(2, cliBundle);
    const jobs = jobsOf(12);
    try {
      ahead.offer(jobs);
      const taken = [];
      for (const job of jobs) taken.push(await ahead.take(job));
      const byWorker = taken.flatMap((model, at) => (model ? [at] : []));
      assert.ok(byWorker.length >= 2, 'the worker was given the last files at once');
      assert.ok(!byWorker.includes(0), 'this thread reads the first file itself');
      assert.deepEqual(byWorker, byWorker.map((_, at) => jobs.length - byWorker.length + at), 'the worker read a run of the last files');
      for (const at of byWorker) assert.deepEqual(taken[at], readPrecisely(jobs[at].text, { catalog: rememberingLookups(catalog) }));
    } finally {
      ahead.stop();
    }
  });

  it('gives a worker no plain text: this thread reads it by lines in less time than remark takes', async () => {
    const ahead = new ReadingAhead(2, cliBundle);
    const jobs = jobsOf(12, true);
    try {
      ahead.offer(jobs);
      for (const job of jobs) assert.equal(await ahead.take(job), undefined);
    } finally {
      ahead.stop();
    }
  });

  it('starts no worker for a few small files when left to choose', async () => {
    const ahead = new ReadingAhead('auto', cliBundle);
    const jobs = jobsOf(3);
    ahead.offer(jobs);
    for (const job of jobs) assert.equal(await ahead.take(job), undefined);
    ahead.stop();
  });
});
