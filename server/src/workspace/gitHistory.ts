// The one place git history is read: the git binary, through its plumbing commands' documented
// output (log --raw -z, cat-file --batch); git's objects are never read here.
import { spawn } from 'node:child_process';
import { tmpdir } from 'node:os';
import type { HistoryCommit, NotesHistory } from '../service/notesHistory';

/** Why a folder's history could not be read, in one line: git is missing, the repository is broken or not the user's. */
export class HistoryUnavailable extends Error {}

/**
 * Options that make git's output the same on every machine: no pager, no colour, no signature
 * check printed into the log, messages in English (they are matched), and no lock taken on the
 * index of a repository that is only read.
 */
const gitOptions = ['--no-pager', '-c', 'log.showSignature=false', '-c', 'color.ui=false'];
const gitEnv = { ...process.env, LC_ALL: 'C', LANGUAGE: 'C', GIT_TERMINAL_PROMPT: '0', GIT_OPTIONAL_LOCKS: '0' };
/** A student's repository read whole: a history's log or blobs may run to a few hundred megabytes, never more. */
const maxOutput = 1 << 28;

/**
 * The history of the notes under `folder` (a path): the checked-out branch's first parents, with the
 * Markdown files each commit changed below the folder, outside dot-folders and node_modules as the
 * notes are searched. Undefined when the folder is in no git repository; a repository whose branch
 * has no commit yet has an empty history.
 */
export async function readGitHistory(folder: string): Promise<NotesHistory | undefined> {
  let log: Buffer;
  try {
    log = await git(folder, ['log', '--first-parent', '-m', '--no-renames', '--raw', '--no-abbrev', '--relative', '--root', '-z', '--format=%x01%H %ct %ae%x02%D', 'HEAD', '--']);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    if (/not a git repository/i.test(message)) return undefined;
    if (noCommitYet.test(message)) return emptyHistory(folder);
    throw new HistoryUnavailable(message);
  }
  const commits = parseLog(log.toString('utf8'));
  return { branch: commits.branch, commits: commits.commits, ...(commits.shallow && { shallow: true }), read: (blobs) => readBlobs(folder, blobs) };
}

/** A branch, local or fetched. */
export interface BranchTip {
  /** In full: `refs/remotes/origin/dev`. */
  ref: string;
  /** Its last commit, and that commit's author's email. */
  tip: string;
  author: string;
}

/**
 * The repository's branches and their last commits: a student may have handed in on another
 * branch than the clone's default one. Only their tips, without asking git which are merged (three
 * times the cost, for every student of a class): a clone of a class kept as one repository holds
 * every classmate's branch, and a tip in a history read is none of the student's own.
 */
export async function readBranchTips(folder: string): Promise<BranchTip[]> {
  // A repository git cannot read is said by its history's reading.
  const output = await git(folder, ['for-each-ref', '--format=%(refname)%00%(symref)%00%(objectname)%00%(authoremail)', 'refs/heads', 'refs/remotes']).catch(() => Buffer.alloc(0));
  return output
    .toString('utf8')
    .split('\n')
    .flatMap((line) => {
      const [ref, symref, tip, author = ''] = line.split('\0');
      return tip && !symref ? [{ ref, tip, author: author.replace(/^<|>$/g, '') }] : [];
    });
}

/**
 * The commits of the branch checked out that none of `refs` holds: its own work, not the base it
 * shares with them (a template's first commit, which a branch of the student's grew from).
 */
export async function readCommitsOnlyHere(folder: string, refs: readonly string[]): Promise<Set<string>> {
  const output = await git(folder, ['rev-list', 'HEAD', '--not', ...refs]).catch(() => Buffer.alloc(0));
  return new Set(output.toString('utf8').split('\n').filter(Boolean));
}

/** A commit of notes on a branch other than the one checked out, which that branch lacks. */
export interface NotesElsewhere {
  /** As git names it: `dev`, `origin/master`. */
  branch: string;
  /** The committer date, in ms. */
  committed: number;
  hash: string;
  /** The author's email. */
  author: string;
}

/** The commits of `refs` that change notes (Markdown files below `folder`, as the history reads them) and the branch checked out lacks. */
export async function readNotesElsewhere(folder: string, refs: readonly string[]): Promise<NotesElsewhere[]> {
  const log = ['log', '--source', '--no-renames', '--name-only', '--relative', '-z', '--format=%x01%S %ct %H %ae', ...refs];
  const notesFiles = ['--', ':(icase)*.md', ':(icase)*.markdown'];
  const output = await git(folder, [...log, '--not', 'HEAD', ...notesFiles]).catch((error: unknown) => (noCommitYet.test(String(error)) ? git(folder, [...log, ...notesFiles]) : Buffer.alloc(0)));
  const found: NotesElsewhere[] = [];
  for (const chunk of output.toString('utf8').split('\x01')) {
    const [header, ...paths] = chunk.split('\0');
    const [branch, time, hash, ...author] = header.split(' ');
    if (!hash || !paths.some((path) => isNotesPath(path.trim()))) continue;
    found.push({ branch: branch.replace(/^refs\/(?:heads|remotes)\//, ''), committed: Number(time) * 1000, hash, author: author.join(' ') });
  }
  return found;
}

const noCommitYet = /does not have any commits yet|unknown revision or path not in the working tree|bad default revision 'HEAD'|bad revision '\^?HEAD'/i;

function emptyHistory(folder: string): NotesHistory {
  return { commits: [], read: (blobs) => readBlobs(folder, blobs) };
}

const graftedMark = /^grafted(?:, |$)/;

/** `\x01<hash> <committer time> <author's email>\x02<decorations>\0`, then `:<modes> <old> <new> <status>\0<path>\0` per changed file, newest first. */
function parseLog(log: string): { branch?: string; commits: HistoryCommit[]; shallow: boolean } {
  const commits: HistoryCommit[] = [];
  let branch: string | undefined;
  let shallow = false;
  for (const chunk of log.split('\x01')) {
    if (!chunk) continue;
    const [header, ...entries] = chunk.split('\0');
    const [hash, time, ...rest] = header.trim().split(' ');
    const [author, decorated = ''] = rest.join(' ').split('\x02');
    // A shallow clone's oldest commit is decorated `grafted` (`grafted, HEAD -> main` when it is the only one).
    if (graftedMark.test(decorated)) shallow = true;
    if (!commits.length) branch = /^HEAD -> ([^,]+)/.exec(decorated.replace(graftedMark, ''))?.[1];
    const changes = new Map<string, string | null>();
    for (let i = 0; i + 1 < entries.length; i += 2) {
      const meta = entries[i].trim().split(' ');
      const path = entries[i + 1];
      if (isNotesPath(path)) changes.set(path, blobOf(meta));
    }
    commits.push({ hash, committed: Number(time) * 1000, author, changes });
  }
  return { branch, commits: commits.reverse(), shallow };
}

/** A regular file's new blob; null for a deletion, and for a link or submodule, which holds no notes. */
function blobOf([, mode, , blob, status]: string[]): string | null {
  return status === 'D' || !/^100[67]/.test(mode) ? null : blob;
}

function isNotesPath(path: string): boolean {
  return /\.(md|markdown)$/i.test(path) && !path.split('/').some((part, i, parts) => i < parts.length - 1 && (part.startsWith('.') || part === 'node_modules'));
}

/** `cat-file --batch`: `<id> blob <size>\n<bytes>\n` per id asked, in order. */
async function readBlobs(folder: string, blobs: readonly string[]): Promise<Map<string, Uint8Array>> {
  const texts = new Map<string, Uint8Array>();
  if (!blobs.length) return texts;
  const output = await git(folder, ['cat-file', '--batch'], blobs.map((blob) => `${blob}\n`).join(''));
  let at = 0;
  for (const blob of blobs) {
    const lineEnd = output.indexOf(0x0a, at);
    const header = output.subarray(at, lineEnd).toString('latin1').split(' ');
    at = lineEnd + 1;
    if (header[1] === 'missing') continue;
    const size = Number(header[2]);
    texts.set(blob, output.subarray(at, at + size));
    at += size + 1;
  }
  return texts;
}

/**
 * Runs git on the folder from a folder of no one's (on Windows a program is looked for in the
 * current folder first: a student's `git.exe` must not be the one run).
 */
function git(folder: string, args: readonly string[], input = ''): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const child = spawn('git', ['-C', folder, ...gitOptions, ...args], { cwd: tmpdir(), env: gitEnv });
    const stdout: Buffer[] = [];
    const stderr: Buffer[] = [];
    let size = 0;
    child.stdout.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxOutput) child.kill();
      else stdout.push(chunk);
    });
    child.stderr.on('data', (chunk: Buffer) => stderr.push(chunk));
    child.on('error', (error: NodeJS.ErrnoException) => reject(new HistoryUnavailable(error.code === 'ENOENT' ? 'git is not installed (or not on the PATH)' : error.message)));
    child.on('close', (code) => {
      if (code === 0) resolve(Buffer.concat(stdout));
      else reject(new HistoryUnavailable(size > maxOutput ? `git's output passed ${maxOutput} bytes` : firstLine(Buffer.concat(stderr).toString('utf8')) || `git exited with ${code}`));
    });
    // git may exit before reading all it was given (a broken repository): that is its error to say, not a crash.
    child.stdin.on('error', () => {});
    child.stdin.end(input);
  });
}

function firstLine(text: string): string {
  return text.trim().split('\n')[0].replace(/^fatal: /, '');
}
