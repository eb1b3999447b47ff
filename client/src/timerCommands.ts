import * as vscode from 'vscode';
import { withErrorMessage } from './commands';
import type { Outlines } from './outlines';
import type { TimedModule } from './studyTimer';
import type { StudyTimerController } from './timerController';
import { durationText, moduleAtLine, pickModule, timedModule } from './timerQuestions';
import { showTimerActions, timerActionsCommand } from './timerStatus';
import type { NotesNode } from './treeNodes';

/** The study timer's commands: from the palette, the tree's context menu, the lens and the status bar. */
export function registerTimerCommands(controller: StudyTimerController, outlines: Outlines): vscode.Disposable {
  const commands: Record<string, (...args: never[]) => unknown> = {
    'studyNotes.timer.start': async (target?: NotesNode | TimedModule) => {
      const module = await moduleToTime(outlines, target);
      if (module) await controller.start(module);
    },
    'studyNotes.timer.pause': () => controller.pause(),
    'studyNotes.timer.resume': () => controller.resume(),
    'studyNotes.timer.stop': () => controller.stop(),
    [timerActionsCommand]: () => showTimerActions(controller),
    'studyNotes.timer.correctLastSession': () => correctLastSession(controller, outlines),
  };
  return vscode.Disposable.from(...Object.entries(commands).map(([id, run]) => vscode.commands.registerCommand(id, withErrorMessage(run))));
}

/** The tree's module, the lens's, else the module at the cursor of the active notes, else one the student picks. */
async function moduleToTime(outlines: Outlines, target: NotesNode | TimedModule | undefined): Promise<TimedModule | undefined> {
  if (target && 'kind' in target) return target.kind === 'module' ? timedModule(target.uri, target.module) : undefined;
  if (target) return target;
  const editor = vscode.window.activeTextEditor;
  const outline = editor?.document.languageId === 'markdown' ? await outlines.get(editor.document.uri) : undefined;
  if (!editor || !outline?.isNotes) return void vscode.window.showInformationMessage('Study Notes: open a notes file to time one of its modules.');
  const at = moduleAtLine(outline, editor.selection.active.line);
  return at ? timedModule(outline.uri, at) : pickModule(outline, 'Start Study Timer', 'The module to time');
}

/** "Wrong module, forgot to stop": the last session moved to another module of its notes, or given other minutes. */
async function correctLastSession(controller: StudyTimerController, outlines: Outlines): Promise<void> {
  const last = controller.sessions.at(-1);
  if (!last) return void vscode.window.showInformationMessage('Study Notes: no study session to correct yet.');
  const title = 'Correct Last Session';
  const session = `${last.minutes} min on “${last.module.title}”, ${new Date(last.start).toLocaleString()} (${durationText(last.end - last.start)})`;
  const what = await vscode.window.showQuickPick(
    [
      { label: '$(symbol-namespace) Another module', detail: `It was not “${last.module.title}”`, change: 'module' as const },
      { label: '$(watch) Other minutes', detail: `It was not ${last.minutes} min (forgot to stop, or to start)`, change: 'minutes' as const },
    ],
    // A correction being typed is kept when the summary beside it redraws and takes the focus.
    { title, placeHolder: session, ignoreFocusOut: true },
  );
  if (what?.change === 'minutes') {
    const typed = await vscode.window.showInputBox({ title, ignoreFocusOut: true, prompt: `The minutes studied: ${session}`, value: String(last.minutes), validateInput: (value) => (/^\s*\d+\s*$/.test(value) ? undefined : 'Whole minutes, 0 or more') });
    if (typed !== undefined) await controller.correctLast({ minutes: Number(typed) });
  } else if (what?.change === 'module') {
    const outline = await outlines.get(vscode.Uri.parse(last.module.uri));
    if (!outline?.isNotes) return void vscode.window.showInformationMessage(`Study Notes: ${last.module.uri} is no notes file any more: its modules cannot be listed.`);
    const module = await pickModule(outline, title, `The module studied: ${session}`);
    if (module) await controller.correctLast({ module });
  }
}
