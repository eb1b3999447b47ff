import * as vscode from 'vscode';
import type { Outlines } from './outlines';
import { lineAfterChanges } from './studyTimer';
import type { StudyTimerController } from './timerController';
import { locateModule } from './timerQuestions';

/**
 * Keeps the timer on its module while the notes change: edits above it move its line at once; the
 * server's reading of the notes then finds it by its title, or by its line when the student edits
 * its title.
 */
export function followTimedModule(controller: StudyTimerController, outlines: Outlines): vscode.Disposable {
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeTextDocument(({ document, contentChanges }) => {
      const timer = controller.timer;
      if (!timer || document.uri.toString() !== timer.module.uri || contentChanges.length === 0) return;
      const line = lineAfterChanges(timer.module.line, contentChanges.map(({ range, text }) => ({ startLine: range.start.line, endLine: range.end.line, text })));
      if (line !== timer.module.line) controller.moved(timer, { ...timer.module, line }, false);
    }),
    outlines.onDidChange(async (uri) => {
      const timer = controller.timer;
      if (!timer || (uri && uri.toString() !== timer.module.uri)) return;
      const outline = await outlines.get(vscode.Uri.parse(timer.module.uri));
      const module = outline?.isNotes ? locateModule(outline, timer.module)?.module : undefined;
      if (module && (module.line !== timer.module.line || module.title !== timer.module.title)) controller.moved(timer, module, true);
    }),
  );
}
