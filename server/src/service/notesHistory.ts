import { binaryReason } from './notesBytes';

/**
 * The history of a student's notes folder as git keeps it, read through the workspace (Node's reads
 * it with the git binary, workspace/gitHistory.ts; VS Code for the web has none). Only what grading
 * and the weekly chart need: the checked-out branch's commits along their first parents and the
 * Markdown files each one changed.
 */
export interface HistoryCommit {
  hash: string;
  /**
   * The committer date, in ms. Not the author date: `git commit --amend` and a rebase keep the author
   * date while changing the notes, so work rewritten after a due date would pass for work done by it;
   * the committer date is when this snapshot of the notes was made.
   */
  committed: number;
  /** The author's email, where git tells it. */
  author?: string;
  /** The Markdown files it changed, by path in the folder (`/`-separated): the blob id, or null when deleted. */
  changes: ReadonlyMap<string, string | null>;
}

export interface NotesHistory {
  /** The branch checked out; undefined when HEAD is detached. */
  branch?: string;
  /** Oldest first: the first parents of HEAD, what the branch pointed at over time. */
  commits: readonly HistoryCommit[];
  /** A shallow clone's: the commits before the oldest here are not in it. */
  shallow?: boolean;
  /** The bytes of Markdown files, by blob id. */
  read(blobs: readonly string[]): Promise<Map<string, Uint8Array>>;
}

/** Which commit of a history is graded at a deadline, and how many came after it. */
export interface GradedCommit {
  /** The last commit made by the deadline; undefined when the history has none by then. */
  commit?: HistoryCommit;
  /** Its place in `commits`; -1 when none. */
  index: number;
  /** Commits of the branch after the graded one. */
  after: number;
  /** Of those, the ones dated by the deadline all the same, after one dated later: a clock set wrong, to check by hand. */
  backdated: number;
}

/**
 * The branch's last commit made by `until`: along the first parents, the last before the first one
 * dated after it. A commit dated by the deadline that follows one dated after it (a clock set back)
 * holds that later work, and is not graded: it is counted, for a TA to check. A merge counts as the
 * commit that brought its branch in.
 */
export function commitAt(history: NotesHistory, until: number): GradedCommit {
  const { commits } = history;
  let index = -1;
  while (index + 1 < commits.length && commits[index + 1].committed <= until) index++;
  const backdated = commits.slice(index + 1).filter((commit) => commit.committed <= until).length;
  return { ...(index >= 0 && { commit: commits[index] }), index, after: commits.length - 1 - index, backdated };
}

/** The Markdown files in the tree of the commit at `index`: path to blob id. */
export function filesAt(history: NotesHistory, index: number): Map<string, string> {
  const files = new Map<string, string>();
  for (let at = 0; at <= index; at++) {
    for (const [path, blob] of history.commits[at].changes) {
      if (blob === null) files.delete(path);
      else files.set(path, blob);
    }
  }
  return files;
}

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/** A file of a commit as notes: its text, or why it is not read (binary, not UTF-8). */
export type SnapshotFile = { path: string; text: string } | { path: string; problem: string };

/** The texts of a commit's Markdown files, each said to be unreadable as the CLI says it of a file on disk. */
export async function snapshotFiles(history: NotesHistory, files: ReadonlyMap<string, string>): Promise<SnapshotFile[]> {
  const bytes = await history.read([...new Set(files.values())]);
  return [...files].map(([path, blob]) => decodeNotes(path, bytes.get(blob)));
}

export function decodeNotes(path: string, bytes: Uint8Array | undefined): SnapshotFile {
  if (!bytes) return { path, problem: 'missing from the repository' };
  const binary = binaryReason(bytes);
  if (binary) return { path, problem: binary };
  try {
    return { path, text: strictUtf8.decode(bytes) };
  } catch {
    return { path, problem: 'not valid UTF-8' };
  }
}
