import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Outlines } from './outlines';
import { correctedLast, measuredIn, measuredMinutes, withSession } from './studySessions';
import {
  elapsedMinutes,
  isIdle,
  isRunning,
  noteActivity,
  noteTick,
  pauseTimer,
  resumeTimer,
  sameModule,
  settleGap,
  startTimer,
  stopTimer,
  type Session,
  type TimedModule,
  type TimerState,
} from './studyTimer';
import { askAboutGap, askWrittenTime, durationText, locateModule } from './timerQuestions';
import { TimerStore, type TimerRecord } from './timerStore';
import { writeOrTell } from './timeWriting';

/** How the timer shows on a module: its minutes, running or paused, and whether it waits for an answer about a gap. */
export interface Timing {
  minutes: number;
  running: boolean;
  idle: boolean;
  unanswered: boolean;
}

/** Saved at most this often while nothing but the clock changes: a crash loses no more of the last activity. */
const saveEveryMs = 30_000;

function readSettings() {
  const config = vscode.workspace.getConfiguration('studyNotes.timer');
  return {
    idleMs: Math.max(0, config.get<number>('idleMinutes', 20)) * 60_000,
    writtenTime: config.get<'ask' | 'add' | 'replace'>('writtenTime', 'ask'),
  };
}

/** Ticks often enough to see a short idle setting pass, and no more than every 15 s. */
function tickMs(idleMs: number): number {
  return Math.min(15_000, Math.max(1000, idleMs / 4));
}

/**
 * The study timer of a workspace: one at a time, started, paused and stopped on a module, its
 * state saved on every change (a reload or a crash finds it running), the gaps without activity
 * asked about on the student's return, and its minutes written into the notes by the server.
 */
export class StudyTimerController implements vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<void>();
  /** Fires when the timer or the sessions changed, and when the shown minutes or idleness did. */
  readonly onDidChange = this.changed.event;
  private readonly subscriptions: vscode.Disposable[] = [this.changed];
  private ticker: ReturnType<typeof setInterval> | undefined;
  private savedAt = 0;
  /** Read once per change, not on every keystroke. */
  private settings = readSettings();
  private shown = '';
  /** The questions about gaps being asked: a stop waits for the same answers. */
  private settling: Promise<'settled' | 'stopped' | 'unanswered'> | undefined;

  private constructor(
    private record: TimerRecord,
    private readonly store: TimerStore,
    private readonly client: BaseLanguageClient,
    private readonly outlines: Outlines,
    private readonly log: vscode.LogOutputChannel,
  ) {
    this.subscriptions.push(
      vscode.workspace.onDidChangeConfiguration((event) => {
        if (!event.affectsConfiguration('studyNotes.timer')) return;
        this.settings = readSettings();
        this.schedule();
      }),
      { dispose: () => clearInterval(this.ticker) },
    );
    this.schedule();
  }

  static async create(context: vscode.ExtensionContext, client: BaseLanguageClient, outlines: Outlines, log: vscode.LogOutputChannel): Promise<StudyTimerController> {
    const store = new TimerStore(context.storageUri, context.workspaceState, log);
    const controller = new StudyTimerController(await store.read(), store, client, outlines, log);
    // Back after a reload or a crash: a tick tells how long the window was gone. A reload is the
    // student's doing, activity like any other; a long absence (a crash, VS Code closed) is asked about.
    controller.tick();
    if (controller.timer && !controller.timer.slept) controller.activity();
    controller.publishContext();
    return controller;
  }

  get timer(): TimerState | undefined {
    return this.record.timer;
  }

  get sessions(): readonly Session[] {
    return this.record.sessions;
  }

  /**
   * The timed module moved (lines above it changed) or was renamed. `shown`: the server read it so,
   * the views show it; else only the lines moved, saved with the next tick.
   */
  moved(from: TimerState, module: TimedModule, shown: boolean): void {
    if (this.record.timer !== from) return;
    const record = { ...this.record, timer: { ...from, module } };
    if (shown) this.update(record);
    else this.record = record;
  }

  /** Minutes measured per module title of a notes file, for the summary. */
  measuredIn(uri: string): Map<string, number> {
    return measuredIn(this.record.sessions, uri);
  }

  /** How the timer shows on the module, when it times that one. */
  timingOf(module: Pick<TimedModule, 'uri' | 'title'>): Timing | undefined {
    const { timer } = this.record;
    if (!timer || !sameModule(timer.module, module)) return undefined;
    const now = Date.now();
    return { minutes: elapsedMinutes(timer, now), running: isRunning(timer), idle: isIdle(timer, now, this.settings.idleMs), unanswered: timer.gaps.length > 0 };
  }

  /** Starts timing the module; a timer on another module is stopped and written first. */
  async start(module: TimedModule): Promise<void> {
    const { timer } = this.record;
    if (timer && sameModule(timer.module, module)) return isRunning(timer) ? undefined : this.resume();
    if (timer && !(await this.stop())) return;
    this.update({ ...this.record, timer: startTimer(module, Date.now()) });
    this.log.info(`Study timer started on “${module.title}” (${module.uri}).`);
  }

  /** A command of the timer is the student back at VS Code: a gap before it is asked about too. */
  pause(): void {
    this.activity();
    if (this.record.timer) this.update({ ...this.record, timer: pauseTimer(this.record.timer, Date.now()) });
  }

  resume(): void {
    this.activity();
    if (this.record.timer) this.update({ ...this.record, timer: resumeTimer(this.record.timer, Date.now()) });
  }

  /** Stops the timer now and writes its minutes; false when a gap was left unanswered (the timer runs on). */
  async stop(): Promise<boolean> {
    if (!this.record.timer) return true;
    this.activity();
    const settled = await this.settleGaps();
    if (settled === 'unanswered') void vscode.window.showInformationMessage('Study Notes: the timer runs on until you say how to count the time without activity (click the timer in the status bar).');
    if (settled !== 'settled') return settled === 'stopped';
    await this.finish(Date.now());
    return true;
  }

  /** Something was done in VS Code: after a long gap or a sleep, the student is asked how to count it. */
  activity(): void {
    const { timer } = this.record;
    if (!timer) return;
    const now = Date.now();
    const { idleMs } = this.settings;
    const next = noteActivity(timer, now, idleMs);
    // Most activity only moves the last activity on: the tick saves it, nothing shows it.
    if (!isIdle(timer, now, idleMs)) return void (this.record = { ...this.record, timer: next });
    this.update({ ...this.record, timer: next });
    if (next.gaps.length > timer.gaps.length) void this.settleGaps();
  }

  /** Asks about every gap not answered yet, one by one; a stop ends the timer at the gap's start. */
  settleGaps(): Promise<'settled' | 'stopped' | 'unanswered'> {
    this.settling ??= this.askAboutGaps().finally(() => (this.settling = undefined));
    return this.settling;
  }

  /** The last session, moved to another module or given other minutes; the notes follow what was written. */
  async correctLast(change: { module?: TimedModule; minutes?: number }): Promise<void> {
    const last = this.record.sessions.at(-1);
    if (!last) return;
    const sessions = correctedLast(this.record.sessions, change);
    const corrected = sessions.at(-1)!;
    const moved = !sameModule(corrected.module, last.module);
    let written = last.written;
    if (written && (moved || corrected.minutes !== last.minutes)) {
      const mode = written;
      const minutesOf = (module: TimedModule, added: number) => (mode === 'add' ? added : measuredMinutes(sessions, module));
      const taken = moved ? await this.write(last.module, minutesOf(last.module, -last.minutes), mode) : 0;
      const given = await this.write(corrected.module, minutesOf(corrected.module, moved ? corrected.minutes : corrected.minutes - last.minutes), mode);
      if (taken === undefined || given === undefined) written = undefined;
    }
    this.update({ ...this.record, sessions: [...sessions.slice(0, -1), { ...corrected, written }] });
    this.log.info(`Last study session corrected: ${corrected.minutes} min on “${corrected.module.title}” (was ${last.minutes} min on “${last.module.title}”).`);
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private async askAboutGaps(): Promise<'settled' | 'stopped' | 'unanswered'> {
    for (let gap = this.record.timer?.gaps[0]; gap; gap = this.record.timer?.gaps[0]) {
      const answer = await askAboutGap(gap, this.record.timer!.module);
      const timer = this.record.timer;
      if (!timer) return 'stopped';
      if (!answer) return 'unanswered';
      this.log.info(`A gap of ${durationText(gap.to - gap.from)} without activity: ${answer}.`);
      if (answer === 'stop') {
        await this.finish(gap.from);
        return 'stopped';
      }
      this.update({ ...this.record, timer: settleGap(timer, answer) });
    }
    return 'settled';
  }

  /** Ends the session at `end`, keeps it, and writes it into the notes (added, or the module's measured total). */
  private async finish(end: number): Promise<void> {
    const timer = this.record.timer;
    if (!timer) return;
    const session = stopTimer(timer, end);
    this.update({ ...this.record, timer: undefined });
    if (session.minutes === 0) return void vscode.window.setStatusBarMessage(`Study Notes: under half a minute on “${session.module.title}”: nothing written.`, 8000);
    const mode = await this.writtenTime(session);
    const minutes = mode === 'replace' ? measuredMinutes(withSession(this.record.sessions, session), session.module) : session.minutes;
    const written = mode ? await this.write(session.module, minutes, mode) : undefined;
    // A session whose minutes did not reach the notes is kept for the summary, and no correction touches the notes for it.
    this.update({ ...this.record, sessions: withSession(this.record.sessions, { ...session, written: written === undefined ? undefined : mode }) });
    if (written !== undefined) vscode.window.setStatusBarMessage(`Study Notes: ${session.minutes} min on “${session.module.title}” written; it says ${written} min now.`, 8000);
    else if (!mode) void vscode.window.showInformationMessage(`Study Notes: ${session.minutes} min on “${session.module.title}” are kept for the summary, not written into the notes.`);
  }

  private write(module: TimedModule, minutes: number, mode: 'add' | 'replace'): Promise<number | undefined> {
    return writeOrTell(this.client, this.outlines, this.log, module, minutes, mode);
  }

  /** Add, for a module without a time; for one with a time, the setting, else the answer given once, else the question. */
  private async writtenTime(session: Session): Promise<'add' | 'replace' | undefined> {
    const outline = await this.outlines.get(vscode.Uri.parse(session.module.uri));
    const written = outline && locateModule(outline, session.module)?.outlined;
    if (!written?.hasEstimate) return 'add';
    if (this.settings.writtenTime !== 'ask') return this.settings.writtenTime;
    if (this.record.writtenTime) return this.record.writtenTime;
    const answer = await askWrittenTime(session.module, written.time ?? 'a time', session.minutes);
    if (answer) this.update({ ...this.record, writtenTime: answer });
    return answer;
  }

  private tick(): void {
    const { timer } = this.record;
    if (!timer) return;
    const now = Date.now();
    const { idleMs } = this.settings;
    this.record = { ...this.record, timer: noteTick(timer, now, tickMs(idleMs)) };
    const timing = this.timingOf(timer.module);
    const shown = JSON.stringify(timing);
    if (shown !== this.shown || now - this.savedAt > saveEveryMs || this.record.timer?.slept !== timer.slept) this.update(this.record);
  }

  /** The tick runs while a timer does. */
  private schedule(): void {
    clearInterval(this.ticker);
    this.ticker = this.record.timer ? setInterval(() => this.tick(), tickMs(this.settings.idleMs)) : undefined;
  }

  private update(record: TimerRecord): void {
    this.record = record;
    this.savedAt = Date.now();
    this.shown = record.timer ? JSON.stringify(this.timingOf(record.timer.module)) : '';
    void this.store.write(record);
    if (!this.ticker !== !record.timer) this.schedule();
    this.publishContext();
    this.changed.fire();
  }

  /** For the menus and the Command Palette: which timer commands apply. */
  private publishContext(): void {
    const { timer, sessions } = this.record;
    void vscode.commands.executeCommand('setContext', 'studyNotes.timer.state', timer ? (isRunning(timer) ? 'running' : 'paused') : undefined);
    void vscode.commands.executeCommand('setContext', 'studyNotes.timer.hasSessions', sessions.length > 0);
  }
}
