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

  /** Resolves once no answer is being worked out and the answers made are written. */
  async written(): Promise<void> {
    while (this.underWay > 0) await letOthersRun();
    // The protocol library writes an answer in the turn of the event loop after the one it was made
    // in (its writer's queue, when no other write holds it): two turns on, it is out.
    await letOthersRun();
    await letOthersRun();
  }
}
