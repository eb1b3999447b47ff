// Reading a file named by a user, a setting or a client without ever waiting on a FIFO or a device.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';

/** A file refused for reading or rewriting, and why, in words for the report. */
export class FileRefused extends Error {}

/** Past this, a file is not notes but an accident: reading it would hold the run (or the server) for nothing. */
export const largestNotesFile = 8 * 1024 * 1024;

/**
 * Opens a regular file for reading without blocking on a FIFO or a device (`/dev/zero` named as
 * notes is refused, not read forever), and without following a link when about to rewrite it.
 */
export function readRegularFile(file: string, { followLinks = true, limit = largestNotesFile } = {}): { bytes: Buffer; stats: Stats } {
  const descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (followLinks ? 0 : constants.O_NOFOLLOW));
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) throw new FileRefused(stats.isDirectory() ? 'is a folder' : 'not a regular file (a FIFO, socket or device)');
    if (stats.size > limit) throw new FileRefused(`too large (${megabytes(stats.size)}; read up to ${megabytes(limit)})`);
    return { bytes: readAll(descriptor, stats.size), stats };
  } finally {
    closeSync(descriptor);
  }
}

function readAll(descriptor: number, size: number): Buffer {
  const bytes = Buffer.alloc(size);
  let done = 0;
  while (done < size) {
    const read = readSync(descriptor, bytes, done, size - done, done);
    if (read === 0) return bytes.subarray(0, done);
    done += read;
  }
  return bytes;
}

function megabytes(size: number): string {
  return `${Math.round((size / 1024 / 1024) * 10) / 10} MB`;
}
