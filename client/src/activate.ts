// What the extension does once it has a language client: the same in VS Code's Node extension host
// (extension.ts, the server a Node process) and in a browser's (webExtension.ts, a Web Worker).
import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import { registerCommands, restartClient } from './commands';
import { followActiveEditor } from './follow';
import { Outlines } from './outlines';
import { CrashRecovery } from './recovery';
import { createStudyTimeStatus } from './statusBar';
import { registerSummarySerializer } from './summaryView';
import { onStudentActivity } from './timerActivity';
import { registerTimerCommands } from './timerCommands';
import { StudyTimerController } from './timerController';
import { registerTimerLenses } from './timerLens';
import { createTimerStatus } from './timerStatus';
import { followTimedModule } from './timerTracking';
import { NotesTreeProvider, treeViewId } from './tree';
import { rereadRowsLeftEmpty } from './treeLostRows';
import type { NotesNode } from './treeNodes';

/**
 * What activate() returns: for the integration tests (test/integration), which run in the
 * extension host and check the tree's content without scraping the UI. Not a public API.
 */
export interface StudyNotesTestApi {
  client: BaseLanguageClient;
  outlines: Outlines;
  tree: NotesTreeProvider;
  treeView: vscode.TreeView<NotesNode>;
  timer: StudyTimerController;
}

let client: BaseLanguageClient | undefined;

/** Makes the host's client for the server: the output channel and the crash handling are given. */
export type ClientFactory = (outputChannel: vscode.LogOutputChannel, recovery: CrashRecovery) => BaseLanguageClient | Promise<BaseLanguageClient>;

export async function activateWith(context: vscode.ExtensionContext, createClient: ClientFactory): Promise<StudyNotesTestApi> {
  const outputChannel = vscode.window.createOutputChannel('Study Notes', { log: true });
  const recovery = new CrashRecovery(outputChannel);
  client = await createClient(outputChannel, recovery);
  const outlines = new Outlines(client);
  const timer = await StudyTimerController.create(context, client, outlines, outputChannel);
  const provider = new NotesTreeProvider(outlines, timer);
  const treeView = vscode.window.createTreeView(treeViewId, { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(
    outputChannel,
    recovery,
    outlines,
    timer,
    provider,
    treeView,
    followActiveEditor(treeView, provider),
    rereadRowsLeftEmpty(treeView, provider, outputChannel),
    createStudyTimeStatus(client, outlines),
    createTimerStatus(timer, outlines),
    registerTimerLenses(timer, outlines),
    registerTimerCommands(timer, outlines),
    followTimedModule(timer, outlines),
    onStudentActivity(() => timer.activity()),
    registerCommands({ client, workspaceState: context.workspaceState, outlines, outputChannel, recovery, measured: timer }),
    registerSummarySerializer(outlines, context.workspaceState, timer),
    // Trust is granted once per session and never revoked without a reload: a restart suffices.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void (client && restartClient(client))),
  );
  // Commands and views are registered before the server starts, so a slow or failing server
  // still leaves "Show output" and "Restart language server" usable.
  try {
    await client.start();
  } catch (error) {
    outputChannel.error(`The language server did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
  return { client, outlines, tree: provider, treeView, timer };
}

export async function deactivateClient(): Promise<void> {
  await client?.stop();
}
