import { printable } from './printable';

/** Files before a bar is worth drawing: a few files finish before anyone looks. */
const threshold = 5;

export interface Progress {
  tick(file: string): void;
  done(): void;
}

const silent: Progress = { tick: () => {}, done: () => {} };

/** A one-line bar on stderr, only on a terminal: piped or CI output stays clean. */
export function progressBar(total: number, stream: NodeJS.WriteStream): Progress {
  if (!stream.isTTY || total <= threshold) return silent;
  let count = 0;
  const width = 24;
  return {
    tick(shown) {
      const file = printable(shown);
      count++;
      const filled = Math.round((count / total) * width);
      const columns = (stream.columns || 80) - width - 16;
      const name = file.length > columns ? `…${file.slice(file.length - columns + 1)}` : file;
      stream.write(`\r\u001b[K[${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${count}/${total} ${name}`);
    },
    done() {
      stream.write('\r\u001b[K');
    },
  };
}
