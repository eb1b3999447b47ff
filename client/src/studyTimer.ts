// The study timer's arithmetic: runs, pauses, gaps without activity and sleeps, all on times the
// caller passes in (Date.now() in the editor, a fake clock in the tests). It may not import vscode:
// the unit tests run it outside VS Code.

/** A module as the timer knows it: its notes file, its title, and its opener's line (0-based), kept up to date. */
export interface TimedModule {
  uri: string;
  title: string;
  line: number;
}

/** A stretch with no activity in VS Code that the student has not said how to count yet. */
export interface Gap {
  from: number;
  to: number;
  /** `idle`: nothing done in VS Code for longer than the setting; `asleep`: the clock jumped (sleep, suspend, VS Code closed). */
  why: 'idle' | 'asleep';
}

/** The running or paused timer, as saved in the workspace's storage. */
export interface TimerState {
  module: TimedModule;
  /** Stretches of time counted, the last one open while the timer runs. */
  runs: { from: number; to?: number }[];
  lastActivity: number;
  lastTick: number;
  /** The clock jumped since the last activity: the next one asks about the gap, however short. */
  slept?: boolean;
  gaps: Gap[];
}

/** A stretch of study on a module, kept for the summary and for corrections. */
export interface Session {
  module: TimedModule;
  start: number;
  end: number;
  minutes: number;
  /** How its minutes went into the notes; none when they were not written. */
  written?: 'add' | 'replace';
}

/** A tick this much later than due means the machine slept: timers do not fire while it does. */
export const sleepAfterMs = 60_000;
const minuteMs = 60_000;

export function startTimer(module: TimedModule, now: number): TimerState {
  return { module, runs: [{ from: now }], lastActivity: now, lastTick: now, gaps: [] };
}

export function isRunning(timer: TimerState): boolean {
  return timer.runs.at(-1)?.to === undefined;
}

/** Milliseconds counted up to `now`. */
export function elapsedMs(timer: TimerState, now: number): number {
  return timer.runs.reduce((sum, run) => sum + Math.max(0, Math.min(run.to ?? now, now) - run.from), 0);
}

/** Whole minutes, as they would be written: a session of 40 s is 1 min, one of 20 s none. */
export function elapsedMinutes(timer: TimerState, now: number): number {
  return Math.round(elapsedMs(timer, now) / minuteMs);
}

export function pauseTimer(timer: TimerState, now: number): TimerState {
  if (!isRunning(timer)) return timer;
  return { ...timer, runs: [...timer.runs.slice(0, -1), { ...timer.runs.at(-1)!, to: now }], lastActivity: now };
}

export function resumeTimer(timer: TimerState, now: number): TimerState {
  if (isRunning(timer)) return timer;
  return { ...timer, runs: [...timer.runs, { from: now }], lastActivity: now, lastTick: now, slept: false };
}

/**
 * Something was done in VS Code. After a gap longer than `idleMs`, or a sleep, the gap is kept for
 * the student to say how to count it; until then it counts, as the timer runs on.
 */
export function noteActivity(timer: TimerState, now: number, idleMs: number): TimerState {
  const gap = now - timer.lastActivity;
  const asked = isRunning(timer) && gap > 0 && (gap > idleMs || timer.slept === true);
  const gaps = asked ? [...timer.gaps, { from: timer.lastActivity, to: now, why: timer.slept ? ('asleep' as const) : ('idle' as const) }] : timer.gaps;
  return { ...timer, lastActivity: Math.max(now, timer.lastActivity), slept: false, gaps };
}

/** The timer's regular tick: one due `tickMs` ago that comes much later tells that the machine slept. */
export function noteTick(timer: TimerState, now: number, tickMs: number): TimerState {
  const slept = timer.slept === true || (isRunning(timer) && now - timer.lastTick > tickMs + sleepAfterMs);
  return { ...timer, lastTick: now, slept };
}

/** No activity for longer than `idleMs` while running: the status bar says so, the next activity asks. */
export function isIdle(timer: TimerState, now: number, idleMs: number): boolean {
  return isRunning(timer) && (now - timer.lastActivity > idleMs || timer.slept === true);
}

/** The student's answer for the first gap: `keep` counts it, `drop` takes it out of the runs. */
export function settleGap(timer: TimerState, answer: 'keep' | 'drop'): TimerState {
  const [gap, ...rest] = timer.gaps;
  if (!gap) return timer;
  return { ...timer, gaps: rest, runs: answer === 'drop' ? cutOut(timer.runs, gap.from, gap.to) : timer.runs };
}

function cutOut(runs: TimerState['runs'], from: number, to: number): TimerState['runs'] {
  return runs.flatMap((run) => {
    const end = run.to ?? Infinity;
    if (end <= from || run.from >= to) return [run];
    const before = run.from < from ? [{ from: run.from, to: from }] : [];
    const after = end > to ? [{ from: to, to: run.to }] : [];
    return [...before, ...after];
  });
}

/** The session the timer makes when stopped at `end` (the last activity before a gap, or now). */
export function stopTimer(timer: TimerState, end: number): Session {
  const runs = timer.runs.filter((run) => run.from < end).map((run) => ({ from: run.from, to: Math.min(run.to ?? end, end) }));
  const counted: TimerState = { ...timer, runs };
  return { module: timer.module, start: timer.runs[0]?.from ?? end, end, minutes: elapsedMinutes(counted, end) };
}

/** The same module: a title and line as the timer saw them. */
export function sameModule(a: Pick<TimedModule, 'uri' | 'title'>, b: Pick<TimedModule, 'uri' | 'title'>): boolean {
  return a.uri === b.uri && a.title === b.title;
}

/**
 * The module's line after edits of its document (each change's range as it was before it): lines
 * added or taken above it move it; an edit of its own line leaves it where the edit starts.
 */
export function lineAfterChanges(line: number, changes: readonly { startLine: number; endLine: number; text: string }[]): number {
  const shift = (above: number) => changes.filter((change) => change.endLine < above).reduce((sum, change) => sum + lineBreaks(change.text) - (change.endLine - change.startLine), 0);
  const covering = changes.find((change) => change.startLine < line && change.endLine >= line);
  return Math.max(0, covering ? covering.startLine + shift(covering.startLine) : line + shift(line));
}

function lineBreaks(text: string): number {
  return text.match(/\r\n|\r|\n/g)?.length ?? 0;
}

/**
 * The timed module among the modules the server now reads in its file: the same title nearest its
 * line; else the module at its line, whose title the student changed; else none (it was deleted).
 */
export function followModule(timed: TimedModule, modules: readonly { title: string; line: number }[]): TimedModule | undefined {
  const named = modules.filter((module) => module.title === timed.title).sort((a, b) => Math.abs(a.line - timed.line) - Math.abs(b.line - timed.line));
  const found = named[0] ?? modules.find((module) => module.line === timed.line);
  return found && { uri: timed.uri, title: found.title, line: found.line };
}
