import { letOthersRun } from '../document/letOthersRun';
import { answerInSteps, type Cancellation, type Steps } from '../document/steps';

/**
 * The answers a service works out in steps, other messages going between them. Work that can wait
 * (a long text's precise reading, on another thread) waits until they are written: on a 2-core
 * machine it would take the core the editor needs to receive them.
 */
export class Answering {
  private underWay = 0;

  /** `sent`: resolves once the answers written have left for the editor, where the host can tell. */
  constructor(private readonly sent: () => Promise<void> = () => Promise.resolve()) {}

  async inSteps<T>(steps: Steps<T>, cancellation?: Cancellation): Promise<T> {
    this.underWay++;
    try {
      return await answerInSteps(steps, cancellation);
    } finally {
      this.underWay--;
    }
  }

  /**
   * Resolves once three turns of the event loop in a row passed with no answer being worked out,
   * and what was written has left (`sent`). Over a stream (stdio, a socket, a pipe) the protocol
   * library hands an answer to the stream in the turn after the one it was made in when no other
   * write holds its writer's queue, and a turn later when one does (a notification written just
   * before, done in that turn's I/O phase); IPC and a worker's postMessage send it in the same turn.
   * Then a big answer leaves in pieces as the client reads them (lsp/sentWriter.ts). In a row: the
   * request that asked for the waiting work may start its steps after the wait began (it reads the
   * document first).
   */
  async written(): Promise<void> {
    for (let quietTurns = 0; quietTurns < 3; ) {
      await letOthersRun();
      quietTurns = this.underWay > 0 ? 0 : quietTurns + 1;
    }
    await this.sent();
  }
}
