// The one place the service's files are read, listed and watched through node:fs.
import { watch, type FSWatcher } from 'node:fs';
import { access, readdir, realpath } from 'node:fs/promises';
import path from 'node:path';
import { URI } from 'vscode-uri';
import { readGitHistory } from './gitHistory';
import { readRegularFile } from './regularFile';
import type { NotesWorkspace } from '../service/workspace';
import { isMarkdownFileName } from '../service/markdownFiles';

/** Editors save by writing a temporary file and renaming it: a burst of events per save. */
const settleMs = 100;

export function createNodeWorkspace(options: { folders: readonly string[]; trusted: boolean }): NotesWorkspace {
  const fileFolders = () => options.folders.map((folder) => URI.parse(folder)).filter((uri) => uri.scheme === 'file');
  return {
    folders: options.folders,
    trusted: options.trusted,
    settingsAboveFolders: true,
    async markdownFiles() {
      const found: string[] = [];
      for (const folder of fileFolders()) await markdownFiles(folder.fsPath, found);
      return found.map((file) => URI.file(file).toString());
    },
    async read(uri) {
      const file = fsPath(uri);
      if (!file) throw new Error(`${uri}: not a file on this machine`);
      return readRegularText(file).catch((error: NodeJS.ErrnoException) => {
        throw new Error(error.code === 'ENOENT' ? 'no such file' : error.code ? String(error) : error.message);
      });
    },
    async readInside(uri) {
      const file = fsPath(uri);
      if (!file || !isMarkdownFileName(file)) return undefined;
      const real = await realpath(file).catch(() => undefined);
      if (!real) return undefined;
      for (const folder of fileFolders()) {
        const root = await realpath(folder.fsPath).catch(() => undefined);
        const relative = root && path.relative(root, real);
        if (relative && !relative.startsWith('..') && !path.isAbsolute(relative)) return readRegularText(real);
      }
      return undefined;
    },
    async exists(uri) {
      const file = fsPath(uri);
      return file !== undefined && (await access(file).then(() => true, () => false));
    },
    watch(uri, changed) {
      const file = fsPath(uri);
      return file ? watchFile(file, changed) : { dispose() {} };
    },
    async history(folder) {
      const path = fsPath(folder);
      if (!path) throw new Error('the notes are not on this machine: git cannot read their history');
      return readGitHistory(path);
    },
  };
}

/** The catalog or notes as text; FIFOs, devices and files larger than any notes are refused (regularFile.ts). */
async function readRegularText(file: string): Promise<string> {
  return readRegularFile(file).bytes.toString('utf8');
}

function fsPath(uri: string): string | undefined {
  const parsed = URI.parse(uri);
  return parsed.scheme === 'file' ? parsed.fsPath : undefined;
}

async function markdownFiles(directory: string, found: string[]): Promise<void> {
  for (const entry of await readdir(directory, { withFileTypes: true }).catch(() => [])) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) await markdownFiles(full, found);
    else if (entry.isFile() && isMarkdownFileName(entry.name)) found.push(full);
  }
}

/** The folder is watched, not the file: a save that replaces the file would end a file watch. */
function watchFile(file: string, changed: () => void): { dispose(): void } {
  let timer: NodeJS.Timeout | undefined;
  let watcher: FSWatcher | undefined;
  const dispose = () => {
    clearTimeout(timer);
    watcher?.close();
    watcher = undefined;
  };
  try {
    watcher = watch(path.dirname(file), (_event, name) => {
      if (name !== null && name !== path.basename(file)) return;
      clearTimeout(timer);
      timer = setTimeout(changed, settleMs);
    });
    watcher.on('error', dispose);
  } catch {
    // A folder that does not exist yet cannot be watched; the next settings change reads again.
  }
  return { dispose };
}
