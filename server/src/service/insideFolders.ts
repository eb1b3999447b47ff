// Whether a URI names a file inside the workspace folders, decided on the path a file system will
// open, not on the URI's text: `file:///ws/../etc/shadow.md` and `file:///ws/%2E%2E/x.md` begin
// with `file:///ws/` and open files outside it. The Node server compares real paths
// (workspace/nodeWorkspace.ts); a server without a file system and the client that reads for it
// (client/src/workspaceFiles.ts) both decide here.
import { URI } from 'vscode-uri';

/** Where a URI leads: its scheme and authority as compared, and its path's segments once decoded and resolved. */
interface Place {
  scheme: string;
  authority: string;
  segments: string[];
}

/**
 * The place `uri` opens, or undefined when it is no URI or its path may mean different files on
 * different systems. Backslashes separate segments, as Windows reads them; scheme and authority
 * are compared without case (RFC 3986), the path with it, but for a `file:` drive letter, which
 * Windows ignores: a path that differs only in case on a system that ignores it is refused, never
 * one outside taken for one inside.
 */
function placeOf(uri: string): Place | undefined {
  let parsed: URI;
  try {
    parsed = URI.parse(uri, true);
  } catch {
    return undefined;
  }
  const segments: string[] = [];
  for (const segment of parsed.path.split(/[\\/]/)) {
    if (segment === '' || segment === '.') continue;
    if (segment === '..') segments.pop();
    // Windows drops a name's trailing dots and spaces: `...` or `.. ` may go up a folder there.
    else if (/^[. ]+$/.test(segment)) return undefined;
    else segments.push(segment);
  }
  const scheme = parsed.scheme.toLowerCase();
  if (scheme === 'file' && /^[a-z]:$/i.test(segments[0] ?? '')) segments[0] = segments[0].toLowerCase();
  return { scheme, authority: parsed.authority.toLowerCase(), segments };
}

function holds(folder: Place, file: Place): boolean {
  return folder.scheme === file.scheme && folder.authority === file.authority && folder.segments.length <= file.segments.length && folder.segments.every((segment, index) => file.segments[index] === segment);
}

/** The path of `uri` below the first of `folders` that holds it (the folder itself included), as segments; undefined when none holds it. */
export function pathBelowFolders(uri: string, folders: readonly string[]): string[] | undefined {
  const file = placeOf(uri);
  if (!file) return undefined;
  for (const folder of folders) {
    const root = placeOf(folder);
    if (root && holds(root, file)) return file.segments.slice(root.segments.length);
  }
  return undefined;
}

export function insideFolders(uri: string, folders: readonly string[]): boolean {
  return pathBelowFolders(uri, folders) !== undefined;
}
