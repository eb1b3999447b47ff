import * as vscode from 'vscode';
import type { Outlines } from './outlines';
import { clockTime } from './timerQuestions';
import type { StudyTimerController, Timing } from './timerController';

export const timerActionsCommand = 'studyNotes.timer.actions';

/** Long titles are cut: the status bar is shared, and the tooltip says the whole title. */
const shownTitleLength = 32;

/**
 * The study timer in the status bar: the module timed and its minutes (paused, idle, a question
 * waiting), a click for its actions; with no timer, a start on a notes file.
 */
export function createTimerStatus(controller: StudyTimerController, outlines: Outlines): vscode.Disposable {
  const item = vscode.window.createStatusBarItem('studyNotes.timer', vscode.StatusBarAlignment.Right, 101);
  item.name = 'Study Notes: Study Timer';
  /** Only the newest update may write: a slower answer for an earlier editor must not win. */
  let latest = 0;
  const update = async () => {
    const ticket = ++latest;
    const timer = controller.timer;
    const timing = timer && controller.timingOf(timer.module);
    if (timer && timing) return showTiming(item, timer.module.title, timer.runs[0]?.from, timing);
    const document = vscode.window.activeTextEditor?.document;
    const outline = document?.languageId === 'markdown' ? await outlines.get(document.uri) : undefined;
    if (ticket !== latest) return;
    if (!outline?.isNotes) return item.hide();
    item.text = '$(play) Start timer';
    item.tooltip = 'Study Notes: time the module at the cursor; its time is written into the notes when you stop.';
    item.accessibilityInformation = { label: 'Start the study timer on the module at the cursor', role: 'button' };
    item.command = 'studyNotes.timer.start';
    item.backgroundColor = undefined;
    item.show();
  };
  void update();
  return vscode.Disposable.from(item, controller.onDidChange(() => void update()), vscode.window.onDidChangeActiveTextEditor(() => void update()), outlines.onDidChange(() => void update()));
}

function showTiming(item: vscode.StatusBarItem, title: string, started: number | undefined, timing: Timing): void {
  const shortTitle = title.length > shownTitleLength ? `${title.slice(0, shownTitleLength - 1)}…` : title;
  const state = timing.running ? (timing.idle ? 'idle' : '') : 'paused';
  item.text = `${timing.running ? '$(watch)' : '$(debug-pause)'} ${shortTitle} · ${timing.minutes} min${state ? ` · ${state}` : ''}${timing.unanswered ? ' $(question)' : ''}`;
  const tooltip = new vscode.MarkdownString(undefined, true);
  tooltip.appendMarkdown('**Study timer:** ').appendText(title);
  tooltip.appendMarkdown('\n\n').appendText(`${timing.minutes} min counted${started ? ` since ${clockTime(started)}` : ''}${timing.running ? '' : ', paused'}${timing.idle ? ', nothing done in VS Code for a while' : ''}`);
  if (timing.unanswered) tooltip.appendMarkdown('\n\n').appendText('A time without activity waits for your answer: click.');
  tooltip.appendMarkdown('\n\n').appendText('Click to pause, resume or stop it');
  item.tooltip = tooltip;
  item.accessibilityInformation = { label: `Study timer on ${title}: ${timing.minutes} minutes${state ? `, ${state}` : ''}`, role: 'button' };
  item.command = timerActionsCommand;
  item.backgroundColor = timing.unanswered ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
  item.show();
}

/** The timer's actions, from a click on it in the status bar. */
export async function showTimerActions(controller: StudyTimerController): Promise<void> {
  const timer = controller.timer;
  if (!timer) return void vscode.commands.executeCommand('studyNotes.timer.start');
  const timing = controller.timingOf(timer.module);
  const actions: (vscode.QuickPickItem & { run: () => unknown })[] = [
    timing?.running ? { label: '$(debug-pause) Pause', run: () => controller.pause() } : { label: '$(play) Resume', run: () => controller.resume() },
    { label: '$(debug-stop) Stop', detail: 'Writes the time into the notes', run: () => controller.stop() },
    ...(timer.gaps.length > 0 ? [{ label: '$(question) Say how to count the time without activity', run: () => controller.settleGaps() }] : []),
    { label: '$(go-to-file) Show the module', run: () => vscode.window.showTextDocument(vscode.Uri.parse(timer.module.uri), { selection: new vscode.Range(timer.module.line, 0, timer.module.line, 0) }) },
  ];
  const picked = await vscode.window.showQuickPick(actions, { title: `Study Timer: ${timer.module.title}`, placeHolder: `${timing?.minutes ?? 0} min` });
  await picked?.run();
}
