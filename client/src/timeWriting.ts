import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';
import type { Outlines } from './outlines';
import { writeStudyTimeRequest, type WriteStudyTimeParams, type WriteStudyTimeResult } from './protocol';
import type { TimedModule } from './studyTimer';
import { fileLabel } from './treeItems';

/** Writes through the server; a failure is told and logged, and the minutes written are none. */
export async function writeOrTell(client: BaseLanguageClient, outlines: Outlines, log: vscode.LogOutputChannel, module: TimedModule, minutes: number, mode: WriteStudyTimeParams['mode']): Promise<number | undefined> {
  try {
    return (await writeStudyTime(client, outlines, module, minutes, mode)).minutes;
  } catch (error) {
    const message = `Study Notes: ${error instanceof Error ? error.message : String(error)}`;
    log.error(message);
    void vscode.window.showErrorMessage(message);
    return undefined;
  }
}

/** How long to wait for the server to read a document it has not seen yet, or its newest version. */
const catchUpMs = 5000;
const attempts = 3;

/**
 * Writes `minutes` into the module's notes through the server, the one writer of the notes'
 * format: it answers the edits for the version it read, which are applied to that version only (an
 * edit that raced them is waited out and asked again). A file that was saved before is saved again.
 */
async function writeStudyTime(client: BaseLanguageClient, outlines: Outlines, module: TimedModule, minutes: number, mode: WriteStudyTimeParams['mode']): Promise<WriteStudyTimeResult> {
  const document = await vscode.workspace.openTextDocument(vscode.Uri.parse(module.uri));
  const wasDirty = document.isDirty;
  const params: WriteStudyTimeParams = { uri: module.uri, module: { title: module.title, line: module.line }, minutes, mode };
  for (let attempt = 1; ; attempt++) {
    // Listened to before asking: the server's word may come before its answer.
    const changed = nextOutlineChange(outlines, document.uri);
    try {
      const result = await client.sendRequest(writeStudyTimeRequest, params);
      if (result?.version === document.version && (await applied(client, document, result))) {
        if (!wasDirty && document.isDirty) await document.save();
        return result;
      }
      if (attempt === attempts) throw new Error(`“${module.title}” was not found in ${fileLabel(module.uri)}: its ${minutes} min were not written`);
      await changed.done;
    } finally {
      changed.dispose();
    }
  }
}

async function applied(client: BaseLanguageClient, document: vscode.TextDocument, result: WriteStudyTimeResult): Promise<boolean> {
  const edit = new vscode.WorkspaceEdit();
  edit.set(document.uri, await client.protocol2CodeConverter.asTextEdits(result.edits));
  return result.edits.length === 0 || vscode.workspace.applyEdit(edit);
}

/** The server's next word on the document (it read it, or a newer version), or a few seconds. */
function nextOutlineChange(outlines: Outlines, uri: vscode.Uri): { done: Promise<void>; dispose(): void } {
  let listener: vscode.Disposable | undefined;
  let timeout: ReturnType<typeof setTimeout> | undefined;
  const done = new Promise<void>((resolve) => {
    timeout = setTimeout(resolve, catchUpMs);
    listener = outlines.onDidChange((changed) => (!changed || changed.toString() === uri.toString()) && resolve());
  });
  return { done, dispose: () => (clearTimeout(timeout), listener?.dispose()) };
}
