// Reading and rewriting a student's file in place without ever losing or misplacing a byte.
import { randomBytes } from 'node:crypto';
import { closeSync, constants, existsSync, fchmodSync, fchownSync, fstatSync, linkSync, lstatSync, openSync, realpathSync, renameSync, rmSync, unlinkSync, writeSync, type Stats } from 'node:fs';
import path from 'node:path';
import { FileRefused, readRegularFile } from '../workspace/regularFile';

/** What a file held when it was read for fixing, to tell whether someone saved it since. */
export interface FileSnapshot {
  bytes: Buffer;
  dev: number;
  ino: number;
  size: number;
  mtimeMs: number;
  mode: number;
  uid: number;
  gid: number;
}

/** Why a file was not fixed when an edit was saved to it during the run. */
export const savedMeanwhile = 'changed during the run: your save is kept, fixes not applied';

class SavedMeanwhile extends FileRefused {
  constructor() {
    super(savedMeanwhile);
  }
}

/** The file as it is now, refusing what a rewrite would break: links (their target stays unfixed) and read-only files. */
export function snapshotForFix(file: string): FileSnapshot {
  const link = lstatSync(file);
  if (link.isSymbolicLink()) throw new FileRefused('a symbolic link (fix the file it points to)');
  if (link.isFile() && link.nlink > 1) throw new FileRefused(`a hard link (${link.nlink} names share it; a rewrite would split them)`);
  if (link.isFile() && (link.mode & 0o222) === 0) throw new FileRefused('read-only');
  const { bytes, stats } = readRegularFile(file, { followLinks: false });
  return { bytes, dev: stats.dev, ino: stats.ino, size: stats.size, mtimeMs: stats.mtimeMs, mode: stats.mode & 0o7777, uid: stats.uid, gid: stats.gid };
}

/** The same file (not a new one saved under its name) with the same bytes: a rename keeps both, an edit changes one. */
function requireUnchanged(file: string, before: FileSnapshot): void {
  let now: FileSnapshot;
  try {
    now = snapshotForFix(file);
  } catch (error) {
    throw error instanceof FileRefused ? error : new FileRefused(`changed during the run (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (!sameFile(now, before) || !now.bytes.equals(before.bytes)) throw new SavedMeanwhile();
}

/** Identity, size and time of the last write, which a stat tells in a few microseconds: an edit changes the time. */
function sameFile(now: Pick<Stats, 'dev' | 'ino' | 'size' | 'mtimeMs'>, before: FileSnapshot): boolean {
  return now.dev === before.dev && now.ino === before.ino && now.size === before.size && now.mtimeMs === before.mtimeMs;
}

/** A file is touched only inside the folder the user gave, even when a folder on the way is a link out of it. */
export function requireInside(file: string, folder: string): void {
  const real = realpathSync(path.dirname(file));
  const root = realpathSync(folder);
  const relative = path.relative(root, real);
  if (relative.startsWith('..') || path.isAbsolute(relative)) throw new FileRefused(`outside ${folder} (through a link)`);
}

/**
 * Writes the new bytes beside the file under a random name created exclusively (never through a
 * planted link), with the file's mode and owner, and puts them in its place only if nobody saved the
 * file since it was read: an edit saved meanwhile wins over the fixes, and an interrupted run leaves
 * the old file or the new one, never half of one.
 */
export function replaceFile(file: string, bytes: Buffer, before: FileSnapshot): void {
  requireUnchanged(file, before);
  const temporary = besideName(file, 'study-notes-tmp');
  const descriptor = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  try {
    writeNew(descriptor, bytes, before);
    requireUnchanged(file, before);
    swapIn(file, temporary, before);
  } finally {
    // Gone once the fixes took the name; otherwise what this run made, and only that.
    rmSync(temporary, { force: true });
  }
}

function besideName(file: string, suffix: string): string {
  return path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(9).toString('hex')}.${suffix}`);
}

function writeNew(descriptor: number, bytes: Buffer, before: FileSnapshot): void {
  try {
    writeAll(descriptor, bytes);
    keepOwner(descriptor, before);
    fchmodSync(descriptor, before.mode);
  } finally {
    closeSync(descriptor);
  }
}

/**
 * Node has no atomic exchange of two files (Linux's RENAME_EXCHANGE), and a rename of the fixed file over
 * the notes would replace, unseen, a save landing after the last check. So the notes are moved aside first:
 * a save from then on lands under the free name, and the fixed file takes the name only while it is free
 * (a hard link never replaces a file). What was moved aside is checked twice: by a stat while the name is
 * free, a save that landed before the move is put back at once; by its bytes once the fixes are in place,
 * a write into it through a descriptor opened before the move replaces the fixes.
 *
 * What is left, and cannot be closed without that exchange:
 * - For the microseconds of a stat between the move and the link, the name is missing: a reader gets
 *   ENOENT, and a save creates the file and is kept.
 * - A write through a descriptor opened before the move and kept open past the last check is lost,
 *   unless the file was truncated on opening (as Node's writeFile and most editors' in-place saves do),
 *   which the stat sees while the name is free.
 * - A second save landing between the fixes taking the name and the first save being put back over
 *   them is replaced by that first save.
 * - A run killed between the move and the link leaves the notes as `.<name>.<random>.study-notes-old`.
 */
function swapIn(file: string, temporary: string, before: FileSnapshot): void {
  const aside = besideName(file, 'study-notes-old');
  renameSync(file, aside);
  if (!sameFile(lstatSync(aside), before)) {
    if (!claimName(aside, file)) unlinkSync(aside);
    throw new SavedMeanwhile();
  }
  if (!claimName(temporary, file)) {
    unlinkSync(aside);
    throw new SavedMeanwhile();
  }
  try {
    requireUnchanged(aside, before);
  } catch (error) {
    renameSync(aside, file);
    throw error;
  }
  unlinkSync(aside);
}

/** Links to hard links refused by the file system: FAT, some network shares. */
const noHardLinks = new Set(['EPERM', 'ENOTSUP', 'EOPNOTSUPP', 'ENOSYS']);

/**
 * Gives `from`'s file the name `to` unless a save took that name (false then): a hard link never replaces a
 * file. Where the file system has no hard links, a rename, which would replace a save landing in that instant.
 */
function claimName(from: string, to: string): boolean {
  try {
    linkSync(from, to);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code ?? '';
    if (code === 'EEXIST') return false;
    if (!noHardLinks.has(code)) throw error;
    if (existsSync(to)) return false;
    renameSync(from, to);
    return true;
  }
  unlinkSync(from);
  return true;
}

function writeAll(descriptor: number, bytes: Buffer): void {
  for (let done = 0; done < bytes.length; ) done += writeSync(descriptor, bytes, done, bytes.length - done);
}

/** Only root may give a file away; anyone may keep their own, so a failure here means it was someone else's. */
function keepOwner(descriptor: number, before: FileSnapshot): void {
  const own = fstatSync(descriptor);
  if (own.uid === before.uid && own.gid === before.gid) return;
  try {
    fchownSync(descriptor, before.uid, before.gid);
  } catch {
    throw new FileRefused(`owned by another user (uid ${before.uid}); a rewrite would make it yours`);
  }
}
