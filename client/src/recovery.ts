import * as vscode from 'vscode';
import { CloseAction, ErrorAction, State, type CloseHandlerResult, type ErrorHandler, type ErrorHandlerResult, type BaseLanguageClient } from 'vscode-languageclient';

/** More crashes than this within `crashWindowMs` and the server is left stopped: it would only crash again. */
export const maxRestarts = 4;
const crashWindowMs = 3 * 60 * 1000;

export const restartedMessage = 'Study Notes: the language server stopped unexpectedly and was restarted.';
export const gaveUpMessage = `Study Notes: the language server stopped unexpectedly ${maxRestarts + 1} times in 3 minutes and was not restarted.`;

/**
 * Restarts a crashed server and tells the student once per crash, after the new server runs;
 * crashes in a row are told once, not in a loop of notifications. Past `maxRestarts` in the window it
 * gives up with one error that offers the output and a manual restart.
 */
export class CrashRecovery implements ErrorHandler, vscode.Disposable {
  private crashes: number[] = [];
  /** A crash whose restart has not been told yet. */
  private untold = false;
  /** Already told about a crash in the current window: later ones in a row only go to the output. */
  private toldInWindow = false;
  private readonly subscriptions: vscode.Disposable[] = [];

  constructor(private readonly outputChannel: vscode.LogOutputChannel) {}

  /** The client to watch; called once it exists (it needs this handler to be created). */
  attach(client: BaseLanguageClient): void {
    this.subscriptions.push(client.onDidChangeState(({ newState }) => newState === State.Running && this.running()));
  }

  error(_error: Error, _message: unknown, count: number | undefined): ErrorHandlerResult {
    // The default policy: a few write/read errors are tolerated, then the connection is shut down,
    // which ends in closed() below.
    return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown };
  }

  closed(): CloseHandlerResult {
    const now = Date.now();
    this.crashes = [...this.crashes.filter((time) => now - time < crashWindowMs), now];
    if (this.crashes.length === 1) this.toldInWindow = false;
    if (this.crashes.length > maxRestarts) {
      this.outputChannel.error(gaveUpMessage);
      void vscode.window.showErrorMessage(gaveUpMessage, 'Show Output', 'Restart').then((choice) => {
        if (choice === 'Show Output') this.outputChannel.show();
        if (choice === 'Restart') void vscode.commands.executeCommand('studyNotes.restartServer');
      });
      return { action: CloseAction.DoNotRestart, handled: true };
    }
    this.outputChannel.warn(`The language server stopped unexpectedly (${this.crashes.length} in the last 3 minutes); restarting it.`);
    this.untold = true;
    return { action: CloseAction.Restart, handled: true };
  }

  /** A restart the student asked for starts with a clean slate. */
  reset(): void {
    this.crashes = [];
    this.untold = false;
    this.toldInWindow = false;
  }

  dispose(): void {
    for (const subscription of this.subscriptions) subscription.dispose();
  }

  private running(): void {
    if (!this.untold) return;
    this.untold = false;
    this.outputChannel.info('The language server runs again.');
    if (this.toldInWindow) return;
    this.toldInWindow = true;
    void vscode.window.showWarningMessage(restartedMessage, 'Show Output').then((choice) => choice === 'Show Output' && this.outputChannel.show());
  }
}
