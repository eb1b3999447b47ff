import * as vscode from 'vscode';

/**
 * What tells that the student is at VS Code: typing, moving the cursor, scrolling, changing editors
 * or terminals, running a command in one, coming back to the window. Leaving the window is none of
 * these and pauses nothing: students study beside it (a video, a cloud console).
 */
export function onStudentActivity(listener: () => void): vscode.Disposable {
  const typed = (event: vscode.TextDocumentChangeEvent) => event.contentChanges.length > 0 && event.document.uri.scheme !== 'output';
  return vscode.Disposable.from(
    vscode.workspace.onDidChangeTextDocument((event) => typed(event) && listener()),
    vscode.window.onDidChangeTextEditorSelection(() => listener()),
    vscode.window.onDidChangeTextEditorVisibleRanges(() => listener()),
    vscode.window.onDidChangeActiveTextEditor(() => listener()),
    vscode.window.onDidChangeWindowState((state) => state.focused && state.active && listener()),
    vscode.window.onDidChangeActiveTerminal(() => listener()),
    vscode.window.onDidChangeTerminalState(() => listener()),
    vscode.window.onDidStartTerminalShellExecution(() => listener()),
  );
}
