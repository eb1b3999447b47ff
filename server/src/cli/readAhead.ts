import { availableParallelism } from 'node:os';
import type { CatalogIndex } from '../notes/catalog';
import { readsAlikeByLines } from '../notes/linesAlike';
import { largestReadText, readsFully } from '../notes/readCost';
import type { NotesModel } from '../notes/types';
import { ReadingWorker } from '../workspace/readingWorker';

/**
 * Reads a class's notes on the machine's other cores while this thread checks them. remark takes
 * most of a check's time and reads one file at a time; the files of a run are independent, so a
 * worker reads the files ahead and the language service then takes the models instead of parsing
 * again. The models are the same as a read on the main thread: the same reader, the same catalog's
 * modules.
 */

export interface ReadAheadJob {
  text: string;
  /** The catalog the file's language service reads notes with. */
  catalog: CatalogIndex;
}

/** Below this much text to read in all, starting a worker (it loads the whole command) costs more than it saves. */
const worthWorkers = 256 * 1024;
const coresForWorkers = 4;
/** Files a worker holds at once: one to read while this thread, busy checking, has not yet answered the last. */
const heldPerWorker = 2;

/**
 * The files of a run offered to `threads - 1` workers. This thread takes the files in the run's
 * order, reading itself those no worker took; each worker takes the file farthest ahead. So the
 * threads meet wherever their speeds put them, and this thread, which also checks every file,
 * reads fewer files the more checking costs. A file a worker could not read is read here.
 */
export class ReadingAhead {
  /** The files offered and not yet taken are `offered[next]` to `offered[last - 1]`: this thread takes the first, a worker the last. */
  private offered: ReadAheadJob[] = [];
  private next = 0;
  private last = 0;
  private readonly given = new Map<ReadAheadJob, Promise<NotesModel | undefined>>();
  private readonly workers: { worker: ReadingWorker; held: number }[] = [];
  private textOffered = 0;
  private readonly threads: number;
  /** Text offered before the workers start: none when the user asked for threads. */
  private readonly textForWorkers: number;

  /**
   * `auto`: the machine's cores, up to four, on four or more, once the run has offered enough text
   * to pay for starting them. On two cores shared with other work a worker did not pay for sure
   * (1,000 corpus files: ×1.56 faster in one pair at load 5.5, ×0.71 in another at load 3) and
   * its heap costs ~90 MB (10,000 files: 576 MB, one thread 474–506 MB): there --concurrency 2 asks
   * for it. `bundle`: the built command's file, which a worker runs; without it every file is read here.
   */
  constructor(
    concurrency: number | 'auto',
    private readonly bundle: string | undefined,
  ) {
    const cores = availableParallelism();
    this.threads = concurrency !== 'auto' ? concurrency : cores < coresForWorkers ? 1 : Math.min(cores, 4);
    this.textForWorkers = concurrency === 'auto' ? worthWorkers : 0;
  }

  /** Files the run will take, in its order; a text read by lines (it is plain, or too costly for remark) or not at all is left to the service. */
  offer(jobs: readonly ReadAheadJob[]): void {
    if (this.threads < 2 || !this.bundle) return;
    // Files taken are not held: the run offers a few at a time.
    this.offered = [...this.offered.slice(this.next, this.last), ...jobs.filter((job) => job.text.length <= largestReadText && readsFully(job.text) && !readsAlikeByLines(job.text))];
    this.next = 0;
    this.last = this.offered.length;
    this.textOffered += jobs.reduce((sum, job) => sum + job.text.length, 0);
    if (!this.workers.length && this.textOffered >= this.textForWorkers)
      for (let thread = 1; thread < this.threads; thread++) this.workers.push({ worker: new ReadingWorker(this.bundle), held: 0 });
    this.give();
  }

  /** The model a worker read of the job, or undefined: this thread reads it. Jobs are taken in the order offered. */
  async take(job: ReadAheadJob): Promise<NotesModel | undefined> {
    if (this.next < this.last && this.offered[this.next] === job) {
      this.next++;
      // The workers' answers come in as events: this thread lets them in between its files.
      if (this.workers.length) await new Promise((resolve) => setImmediate(resolve));
      return undefined;
    }
    const model = this.given.get(job);
    this.given.delete(job);
    return model;
  }

  stop(): void {
    for (const { worker } of this.workers) worker.stop();
  }

  private give(): void {
    for (const thread of this.workers)
      while (thread.held < heldPerWorker && thread.worker.alive && this.next < this.last) {
        const job = this.offered[--this.last];
        thread.held++;
        // A reading the worker cannot give (or gave up on) is made on this thread, which reports its failure for its file.
        const model = thread.worker.read(job.text, job.catalog).catch(() => undefined);
        this.given.set(
          job,
          model.finally(() => {
            thread.held--;
            this.give();
          }),
        );
      }
  }
}
