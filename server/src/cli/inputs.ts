import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import picomatch from 'picomatch';
import type { SettingsFinder } from './config';
import { CliError } from './errors';
import { GitIgnores } from './gitignore';

/** A Markdown file to look at; `explicit` when the user named it, so it is used even if it does not read as notes. */
export interface Candidate {
  file: string;
  explicit: boolean;
  /** The argument that found it, to say "no notes in <argument>". */
  argument: string;
  /** Read from standard input (`-`); `file` is then the name it is shown as. */
  stdin?: boolean;
}

export interface InputSources {
  cwd: string;
  /** Settings per file, for their "ignores"; without it nothing is ignored by settings. */
  finder?: SettingsFinder;
  stdinFilename?: string;
}

/** Turns the paths and globs of the command line into candidate files, in a stable order, each file once. */
export function candidatesFor(args: readonly string[], sources: InputSources | string): Candidate[] {
  const walk = new Walk(typeof sources === 'string' ? { cwd: sources } : sources);
  const seen = new Set<string>();
  const result: Candidate[] = [];
  for (const argument of args.length ? args : ['.']) {
    for (const candidate of walk.candidatesOf(argument)) {
      const key = candidate.stdin ? '-' : realPath(path.resolve(walk.cwd, candidate.file));
      if (seen.has(key) || walk.ignoredBySettings(candidate)) continue;
      seen.add(key);
      result.push(candidate);
    }
  }
  return result;
}

class Walk {
  readonly cwd: string;
  private readonly gitIgnores = new GitIgnores();

  constructor(private readonly sources: InputSources) {
    this.cwd = sources.cwd;
  }

  candidatesOf(argument: string): Candidate[] {
    if (argument === '-') return [{ file: this.sources.stdinFilename ?? '<stdin>', explicit: true, argument, stdin: true }];
    const absolute = path.resolve(this.cwd, argument);
    const stats = statOf(absolute);
    if (stats?.isDirectory()) {
      const files = this.filesUnder(absolute).filter((file) => /\.(md|markdown)$/i.test(file));
      if (!files.length) throw new CliError(`${argument}: no notes files found (no Markdown files in this folder)`);
      return files.map((file) => ({ file: display(file, this.cwd), explicit: false, argument }));
    }
    if (stats) return [{ file: display(absolute, this.cwd), explicit: true, argument }];
    if (picomatch.scan(argument).isGlob) return this.globbed(argument);
    throw new CliError(`${argument}: no such file or folder`);
  }

  private globbed(argument: string): Candidate[] {
    const { base, glob } = picomatch.scan(argument.split(path.sep).join('/'));
    const root = path.resolve(this.cwd, base || '.');
    const matches = picomatch(glob, { dot: false });
    const files = statOf(root)?.isDirectory() ? this.filesUnder(root).filter((file) => matches(path.relative(root, file).split(path.sep).join('/'))) : [];
    if (!files.length) throw new CliError(`${argument}: no files match`);
    return files.map((file) => ({ file: display(file, this.cwd), explicit: true, argument }));
  }

  /**
   * Every file below root, sorted for stable output, skipping node_modules, dot-folders (.git,
   * .vscode-test) and what .gitignore ignores. Symbolic links are followed when they lead inside
   * root or the current folder, never out of both (a link to a home folder or /), and a folder
   * is entered once however many links lead to it.
   */
  private filesUnder(root: string): string[] {
    const inside = [realPath(root), realPath(this.cwd)];
    const entered = new Set<string>();
    const result: string[] = [];
    const visit = (dir: string): void => {
      const real = realPath(dir);
      if (entered.has(real)) return;
      entered.add(real);
      for (const entry of readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name))) {
        const full = path.join(dir, entry.name);
        const kind = this.kindOf(entry, full, inside);
        if (kind === 'folder') visit(full);
        else if (kind === 'file') result.push(full);
      }
    };
    visit(root);
    return result;
  }

  private kindOf(entry: Dirent, full: string, inside: readonly string[]): 'folder' | 'file' | undefined {
    let isFolder = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = realPath(full);
      if (!inside.some((root) => isWithin(target, root))) return undefined;
      const stats = statOf(full);
      isFolder = stats?.isDirectory() ?? false;
      isFile = stats?.isFile() ?? false;
    }
    if (isFolder && (entry.name.startsWith('.') || entry.name === 'node_modules')) return undefined;
    if (!(isFolder || isFile) || this.gitIgnores.isIgnored(full, isFolder)) return undefined;
    return isFolder ? 'folder' : 'file';
  }

  /** The "ignores" globs of the file's settings, relative to their file's folder; they apply to named files too, as ESLint's do. */
  ignoredBySettings(candidate: Candidate): boolean {
    if (candidate.stdin || !this.sources.finder) return false;
    const file = path.resolve(this.cwd, candidate.file);
    let settings;
    try {
      settings = this.sources.finder.forFile(file);
    } catch {
      return false; // a broken settings file is reported when the file is loaded
    }
    if (!settings.ignores?.length) return false;
    const matches = picomatch(settings.ignores.map((glob) => glob.replace(/\/+$/, '')), { dot: true });
    const parts = path.relative(settings.baseDir, file).split(path.sep);
    return parts[0] !== '..' && parts.some((_, i) => matches(parts.slice(0, i + 1).join('/')));
  }
}

function isWithin(file: string, root: string): boolean {
  const relative = path.relative(root, file);
  return !relative.startsWith('..') && !path.isAbsolute(relative);
}

function realPath(file: string): string {
  try {
    return realpathSync(file);
  } catch {
    return file;
  }
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
