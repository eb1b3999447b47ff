import * as vscode from 'vscode';
import type { LanguageClient } from 'vscode-languageclient/node';
import { registerCommands } from './commands';
import { followActiveEditor } from './follow';
import { Outlines } from './outlines';
import { createLanguageClient } from './server';
import { createStudyTimeStatus } from './statusBar';
import { NotesTreeProvider, treeViewId } from './tree';

let client: LanguageClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<void> {
  const outputChannel = vscode.window.createOutputChannel('Study Notes', { log: true });
  client = createLanguageClient(context, outputChannel);
  const outlines = new Outlines(client);
  const provider = new NotesTreeProvider(outlines);
  const treeView = vscode.window.createTreeView(treeViewId, { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(
    outputChannel,
    outlines,
    provider,
    treeView,
    followActiveEditor(treeView, provider),
    createStudyTimeStatus(outlines),
    registerCommands({ client, outlines, outputChannel }),
    // Trust is granted once per session and never revoked without a reload: a restart suffices.
    vscode.workspace.onDidGrantWorkspaceTrust(() => void client?.restart()),
  );
  // Commands and views are registered before the server starts, so a slow or failing server
  // still leaves "Show output" and "Restart language server" usable.
  try {
    await client.start();
  } catch (error) {
    outputChannel.error(`The language server did not start: ${error instanceof Error ? error.message : String(error)}`);
  }
}

export async function deactivate(): Promise<void> {
  await client?.stop();
}
