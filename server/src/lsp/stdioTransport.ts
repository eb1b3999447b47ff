// The stdio transport of the Node server, built here rather than by vscode-languageserver so that a
// frame the server cannot read is noticed: the library drops a header without a valid
// Content-Length silently, and from then on reads the next frame's bytes out of step, deaf to the
// client; and it waits for ever on a header ended by `\n\n` or a body of 100 GB (frameGuard.ts).
// The server says what it got and exits, so the client restarts it (VS Code does, and the README's
// Neovim and Emacs recipes do on the next request).
import { format } from 'node:util';
import type { MessageReader, MessageWriter } from 'vscode-languageserver/node';
import { StreamMessageReader, StreamMessageWriter } from './nodeLibrary';
import { firstLine } from './messageGate';
import { FrameGuard } from './frameGuard';

export function stdioTransport(): [MessageReader, MessageWriter] {
  // stdout carries the protocol: anything a library prints goes to stderr, the client's log.
  const toLog = (...args: unknown[]) => void process.stderr.write(`${format(...args)}\n`);
  console.log = console.info = console.debug = console.warn = console.error = toLog;
  const reader = new StreamMessageReader(process.stdin.pipe(new FrameGuard()));
  reader.onError((error) => {
    // A body that is not JSON leaves the framing intact: the next message is read as sent.
    if (error instanceof SyntaxError) return toLog(`study-notes-ls: a message from the client is not JSON, ignored: ${firstLine(error.message)}`);
    toLog(`study-notes-ls: stopping, the client's messages can no longer be read: ${firstLine(error.message)}`);
    process.exit(1);
  });
  reader.onClose(() => process.exit(0));
  return [reader, new StreamMessageWriter(process.stdout)];
}
