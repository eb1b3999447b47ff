import { existsSync, readdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import type { NotesHistory } from '../../service/notesHistory';
import { readBranchTips, readGitHistory, type BranchTip } from '../../workspace/gitHistory';

/** A student's folder that is a git repository of its own, with its history or why it could not be read. */
export interface StudentRepo {
  /** Absolute. */
  folder: string;
  /** The folder argument it was found under. */
  root: string;
  history?: NotesHistory;
  /** Its branches, local and fetched. */
  branches?: BranchTip[];
  problem?: string;
}

/**
 * The repositories of a class: each student folder directly under a folder argument that holds its
 * own `.git` (a clone per student, or a submodule). A folder that is only inside a bigger
 * repository, the class folder itself included, is no student's history: its commits may be the
 * TA's, made after every due date, so it is judged on its files.
 */
export async function studentRepos(roots: readonly string[]): Promise<StudentRepo[]> {
  const found: { folder: string; root: string }[] = [];
  for (const root of new Set(roots)) for (const folder of subfolders(root)) if (existsSync(path.join(folder, '.git'))) found.push({ folder, root });
  return inParallel(found, async (repo) => {
    try {
      const [history, branches] = await Promise.all([readGitHistory(repo.folder), readBranchTips(repo.folder)]);
      return history ? { ...repo, history, branches } : { ...repo, problem: 'not a git repository' };
    } catch (error) {
      return { ...repo, problem: error instanceof Error ? error.message : String(error) };
    }
  });
}

function subfolders(root: string): string[] {
  let names: string[];
  try {
    names = readdirSync(root).filter((name) => !name.startsWith('.') && name !== 'node_modules').sort();
  } catch {
    return [];
  }
  return names.map((name) => path.join(root, name)).filter((folder) => {
    try {
      return statSync(folder).isDirectory();
    } catch {
      return false;
    }
  });
}

/** git runs in processes of its own: a few at a time keep both cores busy while others wait on the disk. */
const gitProcesses = Math.max(4, availableParallelism() * 2);

/** `work` on every item, a few at a time, in the items' order. */
export async function inParallel<T, R>(items: readonly T[], work: (item: T) => Promise<R>, limit = gitProcesses): Promise<R[]> {
  const results: R[] = new Array(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await work(items[index]);
    }
  };
  await Promise.all(Array.from({ length: Math.min(limit, items.length) }, worker));
  return results;
}
