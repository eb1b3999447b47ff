import assert from 'node:assert/strict';
import { Answering } from '../../server/src/service/answering';
import type { Steps } from '../../server/src/document/steps';

const notCancelled = { isCancellationRequested: false };

function* answerOf(events: string[], steps: number): Steps<string> {
  for (let step = 0; step < steps; step++) {
    events.push(`step ${step}`);
    yield;
  }
  return 'answer';
}

/** As the protocol library writes an answer: in the turn of the event loop after the one it was made in. */
const writeLater = (events: string[]) => (): void => void setImmediate(() => events.push('written'));

describe('answers worked out in steps, and the work that waits for them to be written', () => {
  it('is written only after an answer of many steps is made and written', async () => {
    const answering = new Answering();
    const events: string[] = [];
    const answer = answering.inSteps(answerOf(events, 5), notCancelled).then(writeLater(events));
    await answering.written();
    events.push('waited');
    await answer;
    assert.deepEqual(events, ['step 0', 'step 1', 'step 2', 'step 3', 'step 4', 'written', 'waited']);
  });

  it('waits for an answer whose steps start after the wait began, as a request reads its document first', async () => {
    const answering = new Answering();
    const events: string[] = [];
    const waiting = answering.written().then(() => events.push('waited'));
    await answering.inSteps(answerOf(events, 5), notCancelled).then(writeLater(events));
    await waiting;
    assert.deepEqual(events, ['step 0', 'step 1', 'step 2', 'step 3', 'step 4', 'written', 'waited']);
  });

  it('waits for every answer under way, each made between the others', async () => {
    const answering = new Answering();
    const events: string[] = [];
    const short = answering.inSteps(answerOf([], 1), notCancelled).then(writeLater(events));
    const long = answering.inSteps(answerOf([], 8), notCancelled).then(writeLater(events));
    await answering.written();
    events.push('waited');
    await Promise.all([short, long]);
    assert.deepEqual(events, ['written', 'written', 'waited']);
  });

  it('waits until what was written has left for the editor, where the host tells', async () => {
    const events: string[] = [];
    let leave: () => void = () => assert.fail('asked before the answers were written');
    const answering = new Answering(() => new Promise((resolve) => (leave = resolve)));
    const answer = answering.inSteps(answerOf(events, 3), notCancelled).then(writeLater(events));
    const waiting = answering.written().then(() => events.push('waited'));
    await answer;
    for (let turn = 0; turn < 5; turn++) await new Promise((resolve) => setImmediate(resolve));
    events.push('left');
    leave();
    await waiting;
    assert.deepEqual(events, ['step 0', 'step 1', 'step 2', 'written', 'left', 'waited']);
  });

  it('gives the answer of its steps, and is no longer under way when they throw', async () => {
    const answering = new Answering();
    assert.equal(await answering.inSteps(answerOf([], 2), notCancelled), 'answer');
    await assert.rejects(answering.inSteps(answerOf([], 2), { isCancellationRequested: true }), { name: 'Cancelled' });
    const events: string[] = [];
    setImmediate(() => events.push('next turn'));
    await answering.written();
    assert.deepEqual(events, ['next turn']);
  });
});
