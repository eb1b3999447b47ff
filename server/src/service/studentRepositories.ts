import { URI, Utils } from 'vscode-uri';

/**
 * The folders directly under a workspace folder that are git repositories of their own, holding
 * Markdown files: a TA's class folder of clones, one per student (GitHub Classroom's layout), as
 * the command line reads a class. Each is a student of its own: their notes are not one student's.
 * Only the first level is asked, as the command line asks: a few questions, not one per folder.
 */
export async function studentRepositories(files: readonly string[], folders: readonly string[], exists: (uri: string) => Promise<boolean>): Promise<string[]> {
  const subfolders = new Set<string>();
  for (const file of files) {
    const below = firstFolderBelow(file, folders);
    if (below) subfolders.add(below);
  }
  const found: string[] = [];
  for (const folder of subfolders) if (await exists(Utils.joinPath(URI.parse(folder), '.git').toString())) found.push(folder);
  return found;
}

/** The folder directly under the workspace folder holding `file`, when the file lies deeper than the workspace folder itself. */
function firstFolderBelow(file: string, folders: readonly string[]): string | undefined {
  // The innermost workspace folder holding the file: a folder may be opened inside another.
  for (const folder of [...folders].sort((a, b) => b.length - a.length)) {
    const prefix = folder.endsWith('/') ? folder : `${folder}/`;
    if (!file.startsWith(prefix)) continue;
    const rest = file.slice(prefix.length);
    const slash = rest.indexOf('/');
    return slash > 0 ? prefix + rest.slice(0, slash) : undefined;
  }
  return undefined;
}
