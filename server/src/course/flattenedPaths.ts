const folderSeparator = '__';
const indexPage = /^(index|readme)\.(md|markdown)$/i;

/**
 * A tree of notes saved flat, its folders joined into each file's name with `__`
 * (`notes__docker__intermediate__docker-lab-intro__index.md`, as a copy without folders leaves it):
 * each file's path as the tree had it, so that its folders name its area, level and module again.
 * A part of a name is a folder where another file of the same folder shares the name up to it, or
 * where a folder's index page follows it; a lone `__` stays part of the name (`Intro__to_S3.md`, a
 * double space written as underscores).
 */
export function unflattenedPaths(paths: readonly string[]): Map<string, string> {
  const shared = sharedPrefixes(paths);
  return new Map(paths.map((path) => [path, unflattened(path, shared)]));
}

function splitPath(path: string): { folder: string; parts: string[] } {
  const slash = path.lastIndexOf('/');
  return { folder: path.slice(0, slash + 1), parts: path.slice(slash + 1).split(folderSeparator) };
}

/** How many files of a folder begin with each `name__` prefix. */
function sharedPrefixes(paths: readonly string[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const path of paths) {
    const { folder, parts } = splitPath(path.toLowerCase());
    for (let folders = 1; folders < parts.length; folders++) {
      const prefix = folder + parts.slice(0, folders).join(folderSeparator);
      counts.set(prefix, (counts.get(prefix) ?? 0) + 1);
    }
  }
  return counts;
}

function unflattened(path: string, shared: ReadonlyMap<string, number>): string {
  const { folder, parts } = splitPath(path);
  const lower = splitPath(path.toLowerCase());
  let folders = 0;
  // A folder's name and what follows it are never empty (`x__.md`, `a____b.md` keep their names).
  while (folders + 1 < parts.length && parts[folders] !== '' && parts[folders + 1].replace(/\.(md|markdown)$/i, '') !== '') {
    const prefix = lower.folder + lower.parts.slice(0, folders + 1).join(folderSeparator);
    const beforeIndex = folders + 2 === parts.length && indexPage.test(parts[folders + 1]);
    if ((shared.get(prefix) ?? 0) < 2 && !beforeIndex) break;
    folders++;
  }
  if (!folders) return path;
  return `${folder}${parts.slice(0, folders).join('/')}/${parts.slice(folders).join(folderSeparator)}`;
}
