import { isUtf8 } from 'node:buffer';
import { readFileSync } from 'node:fs';
import { CliError } from './errors';
import { FileRefused, readRegularFile } from './safeFile';

const strictUtf8 = new TextDecoder('utf-8', { fatal: true });

/**
 * A notes file's text, refusing what would give nonsense diagnostics: binary files (a NUL byte)
 * and text that is not UTF-8 (a Latin-1 export), naming the first bad line so it can be fixed.
 */
export function readNotesText(file: string, from: string | number = file): string {
  const bytes = readBytes(file, from);
  const nul = bytes.indexOf(0);
  if (nul >= 0) throw new CliError(`${file}: binary file (NUL byte at offset ${nul}), not Markdown notes`);
  try {
    return strictUtf8.decode(bytes);
  } catch {
    throw new CliError(`${file}: not valid UTF-8 (first bad byte on line ${firstBadLine(bytes)}); save it as UTF-8`);
  }
}

/** `from` is the path, or 0 for the notes piped to standard input; `file` names it in errors. */
function readBytes(file: string, from: string | number): Buffer {
  try {
    return typeof from === 'number' ? readFileSync(from) : readRegularFile(from).bytes;
  } catch (error) {
    if (error instanceof FileRefused) throw new CliError(`${file}: cannot read (${error.message})`);
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : (code ?? String(error));
    throw new CliError(`${file}: cannot read (${why})`);
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
