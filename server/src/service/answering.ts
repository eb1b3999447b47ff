import { letOthersRun } from '../document/letOthersRun';
import { answerInSteps, type Cancellation, type Steps } from '../document/steps';

/**
 * The answers a service works out in steps, other messages going between them. Work that can wait
 * (a long text's precise reading, on another thread) waits until they are written: on a 2-core
 * machine it would take the core the editor needs to receive them.
 */
export class Answering {
  private underWay = 0;

  async inSteps<T>(steps: Steps<T>, cancellation?: Cancellation): Promise<T> {
    this.underWay++;
    try {
      return await answerInSteps(steps, cancellation);
    } finally {
      this.underWay--;
    }
  }

  /**
   * Resolves once two turns of the event loop in a row passed with no answer being worked out. Two:
   * over a stream (stdio, a socket, a pipe) the protocol library hands an answer to the stream in the
   * turn after the one it was made in (its writer's queue, when no other write holds it); IPC and a
   * worker's postMessage send it in the same turn. In a row: the request that asked for the
   * waiting work may start its steps after the wait began (it reads the document first).
   */
  async written(): Promise<void> {
    for (let quietTurns = 0; quietTurns < 2; ) {
      await letOthersRun();
      quietTurns = this.underWay > 0 ? 0 : quietTurns + 1;
    }
  }
}
