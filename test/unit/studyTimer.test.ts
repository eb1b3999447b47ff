// The study timer's arithmetic (client/src/studyTimer.ts, studySessions.ts) on a fake clock: the
// tests pass the times, nothing sleeps.
import assert from 'node:assert/strict';
import { correctedLast, keptSessions, measuredIn, measuredMinutes, withSession } from '../../client/src/studySessions';
import {
  elapsedMinutes,
  followModule,
  isIdle,
  isRunning,
  lineAfterChanges,
  noteActivity,
  noteTick,
  pauseTimer,
  resumeTimer,
  settleGap,
  startTimer,
  stopTimer,
  type Session,
  type TimedModule,
  type TimerState,
} from '../../client/src/studyTimer';

const t0 = Date.UTC(2018, 9, 13, 9, 0);
/** The fake clock: `minutes` after nine o'clock. */
const at = (minutes: number) => t0 + minutes * 60_000;
const idleMs = 20 * 60_000;
const tickMs = 15_000;
const docker: TimedModule = { uri: 'file:///notes/README.md', title: 'Video: Why Docker?', line: 6 };
const s3: TimedModule = { uri: 'file:///notes/README.md', title: 'QwikLab: Intro to S3', line: 12 };

/** The timer as a window reload or a crash finds it: what was saved, read back. */
const reloaded = (timer: TimerState): TimerState => JSON.parse(JSON.stringify(timer));

/** Ticks every `tickMs` from `from` to `to` minutes, as the editor's interval does while VS Code runs. */
function ticking(timer: TimerState, from: number, to: number): TimerState {
  let ticked = timer;
  for (let time = at(from) + tickMs; time <= at(to); time += tickMs) ticked = noteTick(ticked, time, tickMs);
  return ticked;
}

describe('the study timer', () => {
  it('counts the runs between pauses, in whole minutes as they are written', () => {
    let timer = startTimer(docker, at(0));
    timer = pauseTimer(timer, at(10));
    assert.equal(isRunning(timer), false);
    assert.equal(elapsedMinutes(timer, at(14)), 10, 'a pause counts nothing');
    timer = resumeTimer(timer, at(15));
    assert.deepEqual(stopTimer(timer, at(27)), { module: docker, start: at(0), end: at(27), minutes: 22 });
    assert.equal(elapsedMinutes(startTimer(docker, at(0)), at(0) + 40_000), 1, '40 s make a minute');
    assert.equal(elapsedMinutes(startTimer(docker, at(0)), at(0) + 20_000), 0, '20 s make none');
  });

  it('asks about a gap with no activity longer than the setting, on the first activity after it', () => {
    let timer = noteActivity(startTimer(docker, at(0)), at(5), idleMs);
    timer = noteActivity(timer, at(24), idleMs);
    assert.deepEqual(timer.gaps, [], '19 minutes is no gap');
    assert.equal(isIdle(timer, at(44), idleMs), false);
    assert.equal(isIdle(timer, at(45), idleMs), true, 'idle past 20 minutes: the status bar says so');
    timer = noteActivity(timer, at(50), idleMs);
    assert.deepEqual(timer.gaps, [{ from: at(24), to: at(50), why: 'idle' }]);
    assert.equal(elapsedMinutes(timer, at(50)), 50, 'the gap counts until the student says otherwise');
  });

  it('each answer does what it says: keep counts the gap, drop takes it out, stop ends at the last activity', () => {
    const asked = noteActivity(noteActivity(startTimer(docker, at(0)), at(10), idleMs), at(40), idleMs);
    const [gap] = asked.gaps;
    assert.equal(elapsedMinutes(settleGap(asked, 'keep'), at(45)), 45);
    const dropped = settleGap(asked, 'drop');
    assert.deepEqual(dropped.gaps, []);
    assert.equal(elapsedMinutes(dropped, at(45)), 15, '10 before the gap and 5 after it');
    assert.equal(isRunning(dropped), true, 'the timer runs on');
    assert.deepEqual(stopTimer(asked, gap.from), { module: docker, start: at(0), end: at(10), minutes: 10 });
  });

  it('drops a gap across a pause without counting the pause', () => {
    let timer = noteActivity(startTimer(docker, at(0)), at(10), idleMs);
    timer = noteActivity(timer, at(40), idleMs);
    timer = resumeTimer(pauseTimer(timer, at(50)), at(60));
    assert.equal(elapsedMinutes(settleGap(timer, 'drop'), at(70)), 30, '0-10, 40-50 and 60-70');
  });

  it('asks nothing while paused: the student said they are not studying', () => {
    const timer = noteActivity(pauseTimer(startTimer(docker, at(0)), at(5)), at(90), idleMs);
    assert.deepEqual(timer.gaps, []);
    assert.equal(isIdle(timer, at(120), idleMs), false);
  });

  it('takes a jump of the clock for a sleep: the next activity asks, however short the gap', () => {
    let timer = ticking(startTimer(docker, at(0)), 0, 3);
    timer = noteActivity(timer, at(3), idleMs);
    timer = noteTick(timer, at(12), tickMs);
    assert.equal(timer.slept, true, 'a tick due at 3:15 came at 12:00');
    assert.equal(isIdle(timer, at(12), idleMs), true);
    timer = noteActivity(timer, at(12.5), idleMs);
    assert.deepEqual(timer.gaps, [{ from: at(3), to: at(12.5), why: 'asleep' }]);
    assert.equal(noteActivity(timer, at(13), idleMs).gaps.length, 1, 'asked once');
  });

  it('ticks on time make no sleep; a clock set back counts nothing negative', () => {
    const timer = ticking(startTimer(docker, at(0)), 0, 30);
    assert.equal(timer.slept, false);
    const back = noteTick(timer, at(20), tickMs);
    assert.equal(back.slept, false);
    assert.equal(elapsedMinutes(startTimer(docker, at(10)), at(5)), 0);
  });

  it('survives a window reload; after a crash and a late restart it asks about the time VS Code was gone', () => {
    const saved = reloaded(noteActivity(ticking(startTimer(docker, at(0)), 0, 12), at(12), idleMs));
    const afterReload = noteActivity(noteTick(saved, at(12) + 5_000, tickMs), at(12) + 6_000, idleMs);
    assert.deepEqual(afterReload.gaps, [], 'a reload of seconds is no gap');
    assert.equal(elapsedMinutes(afterReload, at(20)), 20);
    const afterCrash = noteActivity(noteTick(saved, at(130), tickMs), at(131), idleMs);
    assert.deepEqual(afterCrash.gaps, [{ from: at(12), to: at(131), why: 'asleep' }]);
  });

  describe('follows its module', () => {
    it('down and up with lines added or taken above it; not for edits on or below its line', () => {
      assert.equal(lineAfterChanges(6, [{ startLine: 2, endLine: 2, text: 'a\nb\nc\n' }]), 9);
      assert.equal(lineAfterChanges(6, [{ startLine: 1, endLine: 3, text: '' }]), 4);
      assert.equal(lineAfterChanges(6, [{ startLine: 6, endLine: 6, text: 'Video: Why Docker, again' }]), 6);
      assert.equal(lineAfterChanges(6, [{ startLine: 8, endLine: 20, text: '\r\n\r\n' }]), 6);
      assert.equal(lineAfterChanges(6, [{ startLine: 4, endLine: 7, text: 'x' }]), 4, 'an edit over its line leaves it where the edit starts');
      assert.equal(lineAfterChanges(6, [{ startLine: 0, endLine: 0, text: '\n' }, { startLine: 4, endLine: 7, text: '' }]), 5);
    });

    it('by its title in the server’s outline, by its line when its title was edited, and not once it is deleted', () => {
      assert.deepEqual(followModule(docker, [{ title: 'Video: Why Docker?', line: 2 }, { title: 'Video: Why Docker?', line: 9 }]), { ...docker, line: 9 });
      assert.deepEqual(followModule(docker, [{ title: 'Video: Why Docker? (again)', line: 6 }]), { ...docker, title: 'Video: Why Docker? (again)' });
      assert.equal(followModule(docker, [{ title: 'QwikLab: Intro to S3', line: 12 }]), undefined);
    });
  });

  describe('sessions', () => {
    const sessions: Session[] = [
      { module: docker, start: at(0), end: at(20), minutes: 20, written: 'add' },
      { module: s3, start: at(30), end: at(45), minutes: 15, written: 'add' },
      { module: { ...docker, line: 9 }, start: at(60), end: at(70), minutes: 10, written: 'replace' },
    ];

    it('measure a module over all its sessions, and a file by module title', () => {
      assert.equal(measuredMinutes(sessions, docker), 30);
      assert.deepEqual([...measuredIn(sessions, docker.uri)], [['Video: Why Docker?', 30], ['QwikLab: Intro to S3', 15]]);
      assert.deepEqual([...measuredIn(sessions, 'file:///other.md')], []);
    });

    it('the last one is corrected: another module, or other minutes', () => {
      assert.deepEqual(correctedLast(sessions, { module: s3 }).at(-1), { ...sessions[2], module: s3 });
      assert.deepEqual(correctedLast(sessions, { minutes: 25 }).map((session) => session.minutes), [20, 15, 25]);
      assert.deepEqual(correctedLast([], { minutes: 5 }), []);
    });

    it('keep the newest when there are too many', () => {
      let many: Session[] = [];
      for (let index = 0; index <= keptSessions; index++) many = withSession(many, { ...sessions[0], start: index });
      assert.equal(many.length, keptSessions);
      assert.equal(many[0].start, 1);
    });
  });
});
