// What the protocol library cannot see in the client's bytes: a header that never ends the way it
// must (`\n\n` alone: the library waits for `\r\n\r\n` forever) and a body longer than any message
// the server takes (the library waits for 100 GB). Both leave the server running and deaf.
import { Transform, type TransformCallback } from 'node:stream';

/**
 * The largest message the server reads: a notes file is read up to 10 M characters, which JSON may
 * escape to six bytes each; the same file in a didOpen and a didChange at once is still far below.
 */
export const largestMessageBytes = 128 * 1024 * 1024;
/** A header holds a Content-Length and perhaps a Content-Type: a few hundred bytes at most. */
const longestHeaderBytes = 8 * 1024;

const CR = 13;
const LF = 10;

/**
 * Passes the client's bytes on unchanged, reading each frame's header on the way: a frame it cannot
 * follow is an error (the transport says so and stops), never a wait.
 */
export class FrameGuard extends Transform {
  private header: number[] = [];
  /** Body bytes still to pass before the next header. */
  private bodyLeft = 0;

  override _transform(chunk: Buffer, _encoding: BufferEncoding, done: TransformCallback): void {
    try {
      this.scan(chunk);
      done(null, chunk);
    } catch (error) {
      done(error as Error);
    }
  }

  private scan(chunk: Buffer): void {
    let at = 0;
    while (at < chunk.length) {
      if (this.bodyLeft > 0) {
        const taken = Math.min(this.bodyLeft, chunk.length - at);
        this.bodyLeft -= taken;
        at += taken;
        continue;
      }
      this.header.push(chunk[at++]);
      this.headerByte();
    }
  }

  /** The header ends at its blank line: its length says how much body follows. */
  private headerByte(): void {
    const { header } = this;
    const n = header.length;
    if (n > longestHeaderBytes) throw new Error(`a message header longer than ${longestHeaderBytes} bytes`);
    if (n >= 2 && header[n - 1] === LF && header[n - 2] === LF) throw new Error('a message header ended by a blank line without carriage returns ("\\n\\n" where "\\r\\n\\r\\n" is due)');
    if (n < 4 || header[n - 1] !== LF || header[n - 2] !== CR || header[n - 3] !== LF || header[n - 4] !== CR) return;
    const length = /^content-length:\s*(\d+)\s*$/im.exec(Buffer.from(header).toString('latin1'));
    this.header = [];
    // No length: the library says so in its own words.
    if (!length) return;
    const bytes = Number(length[1]);
    if (bytes > largestMessageBytes) throw new Error(`a message of ${bytes} bytes, over the ${largestMessageBytes} the server reads`);
    this.bodyLeft = bytes;
  }
}
