// Reading and rewriting a student's file in place without ever losing or misplacing a byte.
import { createHash, randomBytes } from 'node:crypto';
import { closeSync, constants, fchmodSync, fchownSync, fstatSync, lstatSync, openSync, realpathSync, renameSync, unlinkSync, writeSync } from 'node:fs';
import path from 'node:path';
import { FileRefused, readRegularFile } from '../workspace/regularFile';

/** What a file held when it was read for fixing, to tell whether someone saved it since. */
export interface FileSnapshot {
  bytes: Buffer;
  size: number;
  mtimeMs: number;
  hash: string;
  mode: number;
  uid: number;
  gid: number;
}

/** The file as it is now, refusing what a rewrite would break: links (their target stays unfixed) and read-only files. */
export function snapshotForFix(file: string): FileSnapshot {
  const link = lstatSync(file);
  if (link.isSymbolicLink()) throw new FileRefused('a symbolic link (fix the file it points to)');
  if (link.isFile() && link.nlink > 1) throw new FileRefused(`a hard link (${link.nlink} names share it; a rewrite would split them)`);
  if (link.isFile() && (link.mode & 0o222) === 0) throw new FileRefused('read-only');
  const { bytes, stats } = readRegularFile(file, { followLinks: false });
  return { bytes, size: stats.size, mtimeMs: stats.mtimeMs, hash: hashOf(bytes), mode: stats.mode & 0o7777, uid: stats.uid, gid: stats.gid };
}

function hashOf(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** Refuses when the file is no longer what was read: an edit saved meanwhile wins over the fixes. */
function requireUnchanged(file: string, before: FileSnapshot): void {
  let now: FileSnapshot;
  try {
    now = snapshotForFix(file);
  } catch (error) {
    throw error instanceof FileRefused ? error : new FileRefused(`changed during the run (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  if (now.size !== before.size || now.mtimeMs !== before.mtimeMs || now.hash !== before.hash) throw new FileRefused('changed during the run (saved meanwhile); run again');
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
 * planted link), with the file's mode and owner, checks nobody saved the file meanwhile, and renames
 * over it: an interrupted run leaves the old file or the new one, never half of one.
 */
export function replaceFile(file: string, bytes: Buffer, before: FileSnapshot): void {
  requireUnchanged(file, before);
  const temporary = path.join(path.dirname(file), `.${path.basename(file)}.${randomBytes(9).toString('hex')}.study-notes-tmp`);
  const descriptor = openSync(temporary, constants.O_WRONLY | constants.O_CREAT | constants.O_EXCL | constants.O_NOFOLLOW, 0o600);
  try {
    try {
      writeAll(descriptor, bytes);
      keepOwner(descriptor, before);
      fchmodSync(descriptor, before.mode);
    } finally {
      closeSync(descriptor);
    }
    requireUnchanged(file, before);
    renameSync(temporary, file);
  } catch (error) {
    unlinkSync(temporary);
    throw error;
  }
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
