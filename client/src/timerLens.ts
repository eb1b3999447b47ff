import * as vscode from 'vscode';
import type { Outlines } from './outlines';
import type { TimedModule } from './studyTimer';
import type { StudyTimerController } from './timerController';
import { timedModule } from './timerQuestions';
import { outlineModules } from './treeNodes';

/** Where the lens shows: on every module, on the timed module only, or nowhere. */
type LensSetting = 'everyModule' | 'timedModule' | 'off';

/**
 * The timer on the module's line, the client's own lens (the server's are about progress): "▶ Start"
 * on a module, "⏸ 12 min" and "■ Stop" on the one timed, drawn with VS Code's icons (a font may
 * lack ⏸).
 */
export function registerTimerLenses(controller: StudyTimerController, outlines: Outlines): vscode.Disposable {
  const changed = new vscode.EventEmitter<void>();
  const provider: vscode.CodeLensProvider = {
    onDidChangeCodeLenses: changed.event,
    async provideCodeLenses(document) {
      const shown = vscode.workspace.getConfiguration('studyNotes.timer').get<LensSetting>('codeLens', 'everyModule');
      if (shown === 'off') return [];
      const outline = await outlines.get(document.uri);
      if (!outline?.isNotes) return [];
      return outlineModules(outline).flatMap((module) => lensesOf(controller, timedModule(outline.uri, module), shown));
    },
  };
  return vscode.Disposable.from(
    changed,
    vscode.languages.registerCodeLensProvider({ language: 'markdown' }, provider),
    controller.onDidChange(() => changed.fire()),
    outlines.onDidChange(() => changed.fire()),
    vscode.workspace.onDidChangeConfiguration((event) => event.affectsConfiguration('studyNotes.timer.codeLens') && changed.fire()),
  );
}

function lensesOf(controller: StudyTimerController, module: TimedModule, shown: LensSetting): vscode.CodeLens[] {
  const range = new vscode.Range(module.line, 0, module.line, 0);
  const timing = controller.timingOf(module);
  if (!timing) return shown === 'everyModule' ? [new vscode.CodeLens(range, { title: '$(play) Start', command: 'studyNotes.timer.start', arguments: [module], tooltip: `Time “${module.title}”` })] : [];
  const pauseOrResume = timing.running
    ? { title: `$(debug-pause) ${timing.minutes} min`, command: 'studyNotes.timer.pause', tooltip: 'Pause the study timer' }
    : { title: `$(play) Resume · ${timing.minutes} min`, command: 'studyNotes.timer.resume', tooltip: 'Resume the study timer' };
  return [new vscode.CodeLens(range, pauseOrResume), new vscode.CodeLens(range, { title: '$(debug-stop) Stop', command: 'studyNotes.timer.stop', tooltip: 'Stop the study timer and write the time into the notes' })];
}
