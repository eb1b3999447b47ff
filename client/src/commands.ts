import * as vscode from 'vscode';
import { State, type BaseLanguageClient } from 'vscode-languageclient';
import { insertModuleAtCursor, insertModuleAtEnd } from './insertModule';
import { insertModuleLeft } from './insertModuleLeft';
import { newNotesDocument } from './newNotes';
import type { Outlines } from './outlines';
import { pickModuleLeft } from './pickModuleLeft';
import { pickModuleLeftCommand, type Range } from './protocol';
import type { CrashRecovery } from './recovery';
import { showSummary, type MeasuredTimes } from './summaryView';
import { revealRangeCommand } from './treeItems';
import { insertPlace, moduleLinkText, moduleUrl } from './treeMenus';
import type { NotesNode } from './treeNodes';

export interface CommandContext {
  client: BaseLanguageClient;
  /** Where the summary remembers what it showed, for a window reload. */
  workspaceState: vscode.Memento;
  outlines: Outlines;
  outputChannel: vscode.LogOutputChannel;
  recovery: CrashRecovery;
  /** What the study timer measured, shown in the summary beside what the notes say. */
  measured: MeasuredTimes;
}

/** Registers the palette and tree commands declared in package.json. */
export function registerCommands({ client, workspaceState, outlines, outputChannel, recovery, measured }: CommandContext): vscode.Disposable {
  const commands: Record<string, (...args: never[]) => unknown> = {
    'studyNotes.newNotes': () => newNotesDocument(outlines),
    'studyNotes.insertModule': () => insertModuleAtCursor(outlines),
    'studyNotes.showSummary': () => showActiveSummary(outlines, workspaceState, measured),
    'studyNotes.restartServer': () => restartServer(client, outputChannel, recovery),
    'studyNotes.showOutput': () => outputChannel.show(),
    [revealRangeCommand]: (uri: string, range: Range) => revealRange(uri, range),
    [pickModuleLeftCommand]: (uri: string, headingLine: number) => pickModuleLeft(outlines, uri, headingLine),
    'studyNotes.tree.insertModuleHere': (node: NotesNode) => insertModuleHere(outlines, node),
    'studyNotes.tree.insertModuleLeft': (node: NotesNode) => node.kind === 'moduleLeft' && insertModuleLeft(outlines, node),
    'studyNotes.tree.revealModule': (node: NotesNode) => node.kind === 'module' && revealRange(node.uri, node.module.range),
    'studyNotes.tree.openModuleUrl': (node: NotesNode) => openModuleUrl(node),
    'studyNotes.tree.copyModuleLink': (node: NotesNode) => copyModuleLink(node),
  };
  return vscode.Disposable.from(...Object.entries(commands).map(([id, run]) => vscode.commands.registerCommand(id, withErrorMessage(run))));
}

/** A failing command tells the student instead of failing silently in the developer console. */
export function withErrorMessage(run: (...args: never[]) => unknown): (...args: never[]) => Promise<void> {
  return async (...args) => {
    try {
      await run(...args);
    } catch (error) {
      void vscode.window.showErrorMessage(`Study Notes: ${error instanceof Error ? error.message : String(error)}`);
    }
  };
}

/** Restarts the server, or starts it when it stopped for good (crashed too often, failed to start). */
async function restartServer(client: BaseLanguageClient, outputChannel: vscode.LogOutputChannel, recovery: CrashRecovery): Promise<void> {
  outputChannel.info('Restarting the language server (Study Notes: Restart Language Server).');
  recovery.reset();
  await restartClient(client);
}

/** Stops a running server and starts it again (the Node and the browser clients alike); starts a stopped one. */
export async function restartClient(client: BaseLanguageClient): Promise<void> {
  if (client.state !== State.Stopped) await client.stop();
  await client.start();
}

/** Opens the notes at a module, level or area, its heading at the top with its notes below. */
async function revealRange(uri: string, range: Range): Promise<void> {
  const start = new vscode.Position(range.start.line, range.start.character);
  // Where the notes are already open (the summary's links are clicked from beside them).
  const viewColumn = vscode.window.visibleTextEditors.find((editor) => editor.document.uri.toString() === uri)?.viewColumn;
  const editor = await vscode.window.showTextDocument(vscode.Uri.parse(uri), { selection: new vscode.Range(start, start), preserveFocus: false, viewColumn });
  editor.revealRange(new vscode.Range(start, start), vscode.TextEditorRevealType.AtTop);
}

async function showActiveSummary(outlines: Outlines, workspaceState: vscode.Memento, measured: MeasuredTimes): Promise<void> {
  const document = vscode.window.activeTextEditor?.document;
  const outline = document?.languageId === 'markdown' ? await outlines.get(document.uri) : undefined;
  if (!outline?.isNotes) return void vscode.window.showInformationMessage('Open a study notes document to see its study time.');
  showSummary(outlines, workspaceState, measured, outline);
}

function insertModuleHere(outlines: Outlines, node: NotesNode): Promise<void> | undefined {
  const place = insertPlace(node);
  if (!place) return undefined;
  const { end, ...scope } = place;
  return insertModuleAtEnd(outlines, vscode.Uri.parse(node.uri), end, scope);
}

function openModuleUrl(node: NotesNode): Thenable<boolean> | undefined {
  const url = node.kind === 'module' ? moduleUrl(node.module) : undefined;
  return url ? vscode.env.openExternal(vscode.Uri.parse(url)) : undefined;
}

function copyModuleLink(node: NotesNode): Thenable<void> | undefined {
  const link = node.kind === 'module' ? moduleLinkText(node.module) : undefined;
  return link ? vscode.env.clipboard.writeText(link) : undefined;
}
