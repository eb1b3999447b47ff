import { readdirSync } from 'node:fs';
import path from 'node:path';
import { GitIgnores } from './gitignore';
import { display } from './inputs';

/**
 * Why a student folder the search found no notes in holds Markdown files all the same: a
 * .gitignore hides the folder, or every Markdown file in it (the search skips what git ignores).
 * Said on the student's row: a whole student must never vanish from a class unsaid.
 */
export function hiddenByGitignore(folder: string, cwd: string): string | undefined {
  const ignores = new GitIgnores();
  const folderHiddenBy = ignores.ignoredBy(folder, true);
  if (folderHiddenBy) return `the folder is hidden by ${display(folderHiddenBy, cwd)}; name its files to read them`;
  const hidden = new Map<string, string[]>();
  const visit = (dir: string): void => {
    for (const entry of entriesOf(dir)) {
      const full = path.join(dir, entry.name);
      const isFolder = entry.isDirectory();
      if (isFolder && (entry.name.startsWith('.') || entry.name === 'node_modules')) continue;
      const by = ignores.ignoredBy(full, isFolder);
      if (!by && isFolder) visit(full);
      else if (by) for (const file of isFolder ? markdownUnder(full) : /\.(md|markdown)$/i.test(entry.name) ? [full] : []) note(hidden, by, file);
    }
  };
  visit(folder);
  if (!hidden.size) return undefined;
  const files = [...hidden.values()].flat().map((file) => path.relative(folder, file).split(path.sep).join('/'));
  const shown = files.slice(0, 3).join(', ') + (files.length > 3 ? ', …' : '');
  return `${files.length} Markdown file${files.length === 1 ? '' : 's'} hidden by ${[...hidden.keys()].map((file) => display(file, cwd)).join(', ')}: ${shown}; name them to read them`;
}

function note(hidden: Map<string, string[]>, by: string, file: string): void {
  hidden.set(by, [...(hidden.get(by) ?? []), file]);
}

function markdownUnder(dir: string): string[] {
  return entriesOf(dir).flatMap((entry) => {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) return entry.name.startsWith('.') || entry.name === 'node_modules' ? [] : markdownUnder(full);
    return /\.(md|markdown)$/i.test(entry.name) ? [full] : [];
  });
}

function entriesOf(dir: string) {
  try {
    return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
  } catch {
    return [];
  }
}
