import { isUtf8 } from 'node:buffer';
import { readSync } from 'node:fs';
import { CliError, reasonOf } from './errors';
import { largestReadText, tooLargeToRead } from '../notes/readCost';
import { binaryReason } from '../service/notesBytes';
import { FileRefused, readRegularFile } from '../workspace/regularFile';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A notes file's text, refusing what would give nonsense diagnostics: binary files (a NUL byte)
 * and text that is not UTF-8 (a Latin-1 export), naming the first bad line so it can be fixed.
 */
export function readNotesText(file: string, from: string | number = file): string {
  const bytes = readBytes(file, from);
  const binary = binaryReason(bytes);
  if (binary) throw new CliError(`${file}: ${binary}`);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new CliError(`${file}: not valid UTF-8 (first bad byte on line ${firstBadLine(bytes)}); save it as UTF-8`);
  }
}

/** `from` is the path, or 0 for the notes piped to standard input; `file` names it in errors. */
function readBytes(file: string, from: string | number): Buffer {
  try {
    return typeof from === 'number' ? readStream(from) : readRegularFile(from).bytes;
  } catch (error) {
    throw new CliError(`${file}: cannot read (${error instanceof FileRefused ? error.message : reasonOf(error)})`);
  }
}

/** Standard input up to the notes size limit: `< /dev/zero` must not fill the memory. */
function readStream(descriptor: number): Buffer {
  const chunks: Buffer[] = [];
  let total = 0;
  for (;;) {
    const chunk = Buffer.alloc(64 * 1024);
    const read = readSync(descriptor, chunk);
    if (read === 0) return Buffer.concat(chunks, total);
    total += read;
    if (total > largestReadText) throw new FileRefused(tooLargeToRead(total) as string);
    chunks.push(chunk.subarray(0, read));
  }
}

function firstBadLine(bytes: Buffer): number {
  let start = 0;
  for (let line = 1; ; line++) {
    const end = bytes.indexOf(0x0a, start);
    const slice = bytes.subarray(start, end < 0 ? bytes.length : end);
    if (!isUtf8(slice) || end < 0) return line;
    start = end + 1;
  }
}
