import * as vscode from 'vscode';
import type { OutlineModule, OutlineResult } from './protocol';
import { followModule, type Gap, type TimedModule } from './studyTimer';
import { outlineModules } from './treeNodes';

/** What the student does with a gap: count it, take it out, or end the session where the activity stopped. */
export type GapAnswer = 'keep' | 'drop' | 'stop';

/** "10:32", in the student's own clock format. */
export function clockTime(time: number): string {
  return new Date(time).toLocaleTimeString([], { hour: '2-digit', minute: '2-digit' });
}

/** "25 min", "40 s": gaps in tests and short settings last seconds. */
export function durationText(ms: number): string {
  return ms < 60_000 ? `${Math.round(ms / 1000)} s` : `${Math.round(ms / 60_000)} min`;
}

/** Asked on the student's return; closed unanswered, the gap stays to be asked about (the status bar says so). */
export async function askAboutGap(gap: Gap, module: TimedModule): Promise<GapAnswer | undefined> {
  const length = durationText(gap.to - gap.from);
  const what = gap.why === 'asleep' ? `The computer slept, or VS Code was closed, for ${length}` : `Nothing was done in VS Code for ${length}`;
  const choices: Record<string, GapAnswer> = { [`Keep ${length} as study`]: 'keep', 'Drop the gap': 'drop', [`Stop at ${clockTime(gap.from)}`]: 'stop' };
  const answer = await vscode.window.showWarningMessage(`Study Notes: ${what} (from ${clockTime(gap.from)}) while timing “${module.title}”. Count it?`, ...Object.keys(choices));
  return answer === undefined ? undefined : choices[answer];
}

/** Asked the first time a module with a time is stopped; the answer is kept for the workspace. */
export async function askWrittenTime(module: TimedModule, written: string, measured: number): Promise<'add' | 'replace' | undefined> {
  const answer = await vscode.window.showInformationMessage(
    `Study Notes: “${module.title}” already says ${written}. Add the ${measured} min measured to it, or replace it with the time the timer measured on it? Asked once for this workspace (setting studyNotes.timer.writtenTime).`,
    'Add',
    'Replace',
  );
  return answer === 'Add' ? 'add' : answer === 'Replace' ? 'replace' : undefined;
}

export function timedModule(uri: string, module: OutlineModule): TimedModule {
  return { uri, title: module.title, line: module.range.start.line };
}

/** The module whose notes hold the line, if any. */
export function moduleAtLine(outline: OutlineResult, line: number): OutlineModule | undefined {
  return outlineModules(outline).filter((module) => module.range.start.line <= line && line <= module.range.end.line).at(-1);
}

export async function pickModule(outline: OutlineResult, title: string, placeHolder: string): Promise<TimedModule | undefined> {
  const items = outlineModules(outline).map((module) => ({ label: module.title, description: module.time ?? 'no time yet', module }));
  const picked = await vscode.window.showQuickPick(items, { title, placeHolder, matchOnDescription: true, ignoreFocusOut: true });
  return picked && timedModule(outline.uri, picked.module);
}

/** The timed module in the notes as the server reads them now (see followModule), and what they say of it. */
export function locateModule(outline: OutlineResult, timed: TimedModule): { module: TimedModule; outlined: OutlineModule } | undefined {
  const modules = outlineModules(outline);
  const module = followModule(timed, modules.map((candidate) => timedModule(outline.uri, candidate)));
  const outlined = module && modules.find((candidate) => candidate.range.start.line === module.line);
  return module && outlined ? { module, outlined } : undefined;
}
