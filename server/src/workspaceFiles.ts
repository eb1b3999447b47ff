// Notes files on disk that no editor has open: read for the outline of the Areas & Modules view.
import { readFile, realpath } from 'node:fs/promises';
import path from 'node:path';
import { URI } from 'vscode-uri';

/**
 * The text of a Markdown file inside one of the workspace folders, or undefined: a request for
 * any other URI (another scheme, outside the folders, through a link out of them) reads nothing.
 */
export async function readWorkspaceNotes(uri: string, folderUris: readonly string[]): Promise<string | undefined> {
  const parsed = URI.parse(uri);
  if (parsed.scheme !== 'file' || !/\.(md|markdown)$/i.test(parsed.fsPath)) return undefined;
  const file = await realpath(parsed.fsPath).catch(() => undefined);
  if (!file) return undefined;
  for (const folder of folderUris) {
    const folderUri = URI.parse(folder);
    if (folderUri.scheme !== 'file') continue;
    const root = await realpath(folderUri.fsPath).catch(() => undefined);
    const relative = root && path.relative(root, file);
    if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) return readFile(file, 'utf8');
  }
  return undefined;
}
