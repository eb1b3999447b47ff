// Reading a file named by a user, a setting or a client without ever waiting on a FIFO or a device.
import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { largestReadText, tooLargeToRead } from '../notes/readCost';

/** A file refused for reading or rewriting, and why, in words for the report. */
export class FileRefused extends Error {}

/**
 * Opens a regular file for reading without blocking on a FIFO or a device (`/dev/zero` named as
 * notes is refused, not read forever), and without following a link when about to rewrite it.
 */
export function readRegularFile(file: string, { followLinks = true, limit = largestReadText, files = 'notes files' } = {}): { bytes: Buffer; stats: Stats } {
  const descriptor = openSync(file, constants.O_RDONLY | constants.O_NONBLOCK | (followLinks ? 0 : constants.O_NOFOLLOW));
  try {
    const stats = fstatSync(descriptor);
    if (!stats.isFile()) throw new FileRefused(stats.isDirectory() ? 'is a folder' : 'not a regular file (a FIFO, socket or device)');
    const refusal = tooLargeToRead(stats.size, limit, files);
    if (refusal) throw new FileRefused(refusal);
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
