import { readdirSync, statSync, type Stats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import { CliError } from './errors';

/** A Markdown file to look at; `explicit` when the user named it, so it is used even if it does not read as notes. */
export interface Candidate {
  file: string;
  explicit: boolean;
  /** The argument that found it, to say "no notes in <argument>". */
  argument: string;
}

/** Turns the paths and globs of the command line into candidate files, in a stable order. */
export function candidatesFor(args: readonly string[], cwd: string): Candidate[] {
  const seen = new Set<string>();
  const result: Candidate[] = [];
  for (const argument of args.length ? args : ['.']) {
    for (const candidate of candidatesOf(argument, cwd)) {
      const key = path.resolve(cwd, candidate.file);
      if (seen.has(key)) continue;
      seen.add(key);
      result.push(candidate);
    }
  }
  return result;
}

function candidatesOf(argument: string, cwd: string): Candidate[] {
  const absolute = path.resolve(cwd, argument);
  const stats = statOf(absolute);
  if (stats?.isDirectory()) {
    const files = markdownUnder(absolute);
    if (!files.length) throw new CliError(`${argument}: no notes files found (no Markdown files in this folder)`);
    return files.map((file) => ({ file: display(file, cwd), explicit: false, argument }));
  }
  if (stats) return [{ file: display(absolute, cwd), explicit: true, argument }];
  if (picomatch.scan(argument).isGlob) return globbed(argument, cwd);
  throw new CliError(`${argument}: no such file or folder`);
}

function globbed(argument: string, cwd: string): Candidate[] {
  const { base, glob } = picomatch.scan(argument.split(path.sep).join('/'));
  const root = path.resolve(cwd, base || '.');
  const matches = picomatch(glob, { dot: false });
  const files = statOf(root)?.isDirectory() ? allFilesUnder(root).filter((file) => matches(path.relative(root, file).split(path.sep).join('/'))) : [];
  if (!files.length) throw new CliError(`${argument}: no files match`);
  return files.map((file) => ({ file: display(file, cwd), explicit: true, argument }));
}

function markdownUnder(dir: string): string[] {
  return allFilesUnder(dir).filter((file) => /\.(md|markdown)$/i.test(file));
}

/** Every file below dir, skipping node_modules and dot-folders (.git, .vscode-test), sorted for stable output. */
function allFilesUnder(dir: string): string[] {
  const result: string[] = [];
  for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!entry.name.startsWith('.') && entry.name !== 'node_modules') result.push(...allFilesUnder(full));
    } else if (entry.isFile()) result.push(full);
  }
  return result;
}

function statOf(file: string): Stats | undefined {
  try {
    return statSync(file);
  } catch {
    return undefined;
  }
}

/** Paths as the user would type them: relative to the current folder when inside it. */
export function display(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
