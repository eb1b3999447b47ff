import { readdirSync, realpathSync, statSync, type Dirent, type Stats } from 'node:fs';
import path from 'node:path';
import type { CatalogIndex } from '../notes/catalog';
import type { NotesModel } from '../notes/types';
import { globMatcher, splitGlob } from '../document/globs';
import type { SettingsFinder } from './config';
import { CliError, reasonOf } from './errors';
import { GitIgnores } from './gitignore';
import { hiddenByGitignore } from './hiddenStudents';
import { isMarkdownFileName } from '../service/markdownFiles';

/** A Markdown file to look at; `explicit` when the user named it, so it is used even if it does not read as notes. */
export interface Candidate {
  file: string;
  explicit: boolean;
  /** The argument that found it, to say "no notes in <argument>". */
  argument: string;
  /** Read from standard input (`-`); `file` is then the name it is shown as. */
  stdin?: boolean;
  /** The file's text at the commit graded (`summary --at`), not the disk's: `file` may no longer exist. */
  committed?: CommittedText;
}

/** A file's text at a commit, and its model when it was read ahead, as notes of a commit are (service/snapshotNotes.ts). */
export interface CommittedText {
  text: string;
  /** Read with `catalog`'s modules; the file's service takes it when it reads with the same catalog. */
  read?: { model: NotesModel; catalog: CatalogIndex };
}

export interface InputSources {
  cwd: string;
  /** Settings per file, for their "ignores"; without it nothing is ignored by settings. */
  finder?: SettingsFinder;
  stdinFilename?: string;
}

/** The files to look at, and a line for each folder or link that could not be read on the way. */
export interface Candidates {
  candidates: Candidate[];
  problems: string[];
}

/** Turns the paths and globs of the command line into candidate files, in a stable order, each file once. */
export function candidatesFor(args: readonly string[], sources: InputSources | string): Candidates {
  const walk = new Walk(typeof sources === 'string' ? { cwd: sources } : sources);
  const seen = new Set<string>();
  const candidates: Candidate[] = [];
  for (const argument of args.length ? args : ['.']) {
    for (const candidate of walk.candidatesOf(argument)) {
      const key = candidate.stdin ? '-' : realPath(path.resolve(walk.cwd, candidate.file));
      if (seen.has(key) || walk.ignoredBySettings(candidate) || walk.isCourseFile(candidate)) continue;
      seen.add(key);
      candidates.push(candidate);
    }
  }
  return { candidates, problems: walk.problems };
}

class Walk {
  readonly cwd: string;
  readonly problems: string[] = [];
  private readonly gitIgnores = new GitIgnores();
  private readonly ignoreMatchers = new WeakMap<readonly string[], (path: string) => boolean>();

  constructor(private readonly sources: InputSources) {
    this.cwd = sources.cwd;
  }

  candidatesOf(argument: string): Candidate[] {
    if (argument === '-') return [{ file: this.sources.stdinFilename ?? '<stdin>', explicit: true, argument, stdin: true }];
    const absolute = path.resolve(this.cwd, argument);
    const { stats, error } = statOf(absolute);
    if (stats?.isDirectory()) {
      const files = this.filesUnder(absolute).filter(isMarkdownFileName);
      if (!files.length) throw new CliError(`${argument}: no notes files found (${hiddenByGitignore(absolute, this.cwd) ?? 'no Markdown files in this folder'})`);
      return files.map((file) => ({ file: display(file, this.cwd), explicit: false, argument }));
    }
    if (stats) return [{ file: display(absolute, this.cwd), explicit: true, argument }];
    const globbed = splitGlob(argument.split(path.sep).join('/'));
    if (globbed) return this.globbed(argument, globbed);
    throw new CliError(`${argument}: ${reasonOf(error)}`);
  }

  private globbed(argument: string, { base, glob }: { base: string; glob: string }): Candidate[] {
    const root = path.resolve(this.cwd, base || '.');
    const matches = globMatcher([glob], { dot: false });
    const files = statOf(root).stats?.isDirectory() ? this.filesUnder(root).filter((file) => matches(path.relative(root, file).split(path.sep).join('/'))) : [];
    if (!files.length) throw new CliError(`${argument}: no files match`);
    return files.map((file) => ({ file: display(file, this.cwd), explicit: true, argument }));
  }

  /**
   * Every file below root, sorted for stable output, skipping node_modules, dot-folders (.git,
   * .vscode-test) and what .gitignore ignores. Symbolic links are followed when they lead inside
   * root or the current folder, never out of both (a link to a home folder or /), and a folder
   * is entered once however many links lead to it. A link right in root may be a student's folder
   * the TA linked into the class (`class/alice -> ~/clones/alice`): one not followed, or leading
   * nowhere, is said, never a student dropped unsaid.
   */
  private filesUnder(root: string): string[] {
    const inside = [realPath(root), realPath(this.cwd)];
    const entered = new Set<string>();
    const result: string[] = [];
    const visit = (dir: string): void => {
      const real = realPath(dir);
      if (entered.has(real)) return;
      entered.add(real);
      for (const entry of this.entriesOf(dir)) {
        const full = path.join(dir, entry.name);
        if (dir === root && entry.isSymbolicLink() && !this.linkedIn(full, entry.name, inside)) continue;
        const kind = this.kindOf(entry, full, inside);
        if (kind === 'folder') visit(full);
        else if (kind === 'file') result.push(full);
      }
    };
    visit(root);
    return result;
  }

  /**
   * A link in a class folder that would be read but is not followed: one line of the report each. A
   * link the walk passes by anyway (`node_modules`, `.venv`, what .gitignore ignores, a file of no
   * notes) is left to it, as before.
   */
  private linkedIn(link: string, name: string, inside: readonly string[]): boolean {
    const { stats, error } = statOf(link);
    const folder = stats?.isDirectory() ?? !/\.[^.]+$/.test(name);
    const walkedPast = name.startsWith('.') || name === 'node_modules' || this.gitIgnores.isIgnored(link, folder) || (!folder && !isMarkdownFileName(name));
    if (walkedPast) return true;
    if (!stats) this.problems.push(`${display(link, this.cwd)}: a symbolic link to nothing (${reasonOf(error)})`);
    else if (!inside.some((root) => isWithin(realPath(link), root))) this.problems.push(`${display(link, this.cwd)}: a symbolic link out of the folder named and the current folder, not followed: name ${folder ? 'the folder' : 'the file'} it leads to`);
    else return true;
    return false;
  }

  /** A folder that cannot be listed (permission, a path too long) is one line of the report, not the end of the run. */
  private entriesOf(dir: string): Dirent[] {
    try {
      return readdirSync(dir, { withFileTypes: true }).sort((a, b) => a.name.localeCompare(b.name));
    } catch (error) {
      this.problems.push(`${display(dir, this.cwd)}: cannot read folder (${reasonOf(error)})`);
      return [];
    }
  }

  private kindOf(entry: Dirent, full: string, inside: readonly string[]): 'folder' | 'file' | undefined {
    let isFolder = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      const target = realPath(full);
      if (!inside.some((root) => isWithin(target, root))) return undefined;
      const { stats } = statOf(full);
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
    const matches = this.ignoreMatcher(settings.ignores);
    const parts = path.relative(settings.baseDir, file).split(path.sep);
    return parts[0] !== '..' && parts.some((_, i) => matches(parts.slice(0, i + 1).join('/')));
  }

  /** The course page the settings name is the course, not a student's notes: a folder's walk leaves it out (named, it is checked). */
  isCourseFile(candidate: Candidate): boolean {
    if (candidate.explicit || candidate.stdin || !this.sources.finder) return false;
    const file = path.resolve(this.cwd, candidate.file);
    try {
      const { settings, baseDir } = this.sources.finder.forFile(file);
      return settings.catalog !== undefined && path.resolve(baseDir, settings.catalog) === file;
    } catch {
      return false;
    }
  }

  /** One matcher per settings file, not per file found: a class folder holds thousands. */
  private ignoreMatcher(ignores: readonly string[]): (path: string) => boolean {
    let matcher = this.ignoreMatchers.get(ignores);
    if (!matcher) this.ignoreMatchers.set(ignores, (matcher = globMatcher(ignores.map((glob) => glob.replace(/\/+$/, '')), { dot: true })));
    return matcher;
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

function statOf(file: string): { stats?: Stats; error?: unknown } {
  try {
    return { stats: statSync(file) };
  } catch (error) {
    return { error };
  }
}

/** Paths as the user would type them: relative to the current folder when inside it. */
export function display(file: string, cwd: string): string {
  const relative = path.relative(cwd, file);
  return relative && !relative.startsWith('..') && !path.isAbsolute(relative) ? relative : file;
}
