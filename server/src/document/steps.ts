import { letOthersRun } from './letOthersRun';

/**
 * A request's cancellation as the service sees it (LSP's CancellationToken has this shape): the
 * service knows no editor protocol.
 */
export interface Cancellation {
  readonly isCancellationRequested: boolean;
}

/** Thrown where an answer stopped for its cancelled request: the host answers the request as cancelled. */
export class Cancelled extends Error {
  constructor() {
    super('the request was cancelled');
    this.name = 'Cancelled';
  }
}

/**
 * Work over many items (a workspace's symbols, a long file's outline, a large catalog's
 * completions) as steps: the generator yields after every `stepItems` items and returns its answer.
 */
export type Steps<T> = Generator<void, T, void>;

/** Items between two yields: a few milliseconds of work, so that real notes (a few dozen entries) take one step. */
export const stepItems = 1000;

/** The answer at once, in one go: for callers that have no request to cancel (the command line, tests). */
export function finish<T>(steps: Steps<T>): T {
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The answer, the other messages going between steps: a cancel that came meanwhile is seen (the
 * reads are synchronous, so no cancel is read while a step runs), and the work stops there.
 */
export async function answerInSteps<T>(steps: Steps<T>, cancellation?: Cancellation): Promise<T> {
  if (!cancellation) return finish(steps);
  for (;;) {
    if (cancellation.isCancellationRequested) throw new Cancelled();
    const step = steps.next();
    if (step.done) return step.value;
    await letOthersRun();
  }
}
