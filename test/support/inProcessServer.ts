// The language server in the test's own process, as server.ts starts it in its own: the Node
// workspace, every message through the message gate. The streams are in-memory pipes: a suite runs
// and debugs the server's source without a spawn or a build. Long texts are read precisely on this
// thread, between requests (the suites of the reading worker spawn the built server).
import { PassThrough } from 'node:stream';
import { createConnection, ProposedFeatures, StreamMessageReader, StreamMessageWriter, type MessageReader } from 'vscode-languageserver/node';
import { startServer } from '../../server/src/lsp/lspServer';
import { gated } from '../../server/src/lsp/messageGate';
import { createNodeWorkspace } from '../../server/src/workspace/nodeWorkspace';

/** The client's ends of the pipes, and the server's stop. */
export interface ServerPipes {
  /** What the client writes (framed messages); what the server writes back. */
  readonly toServer: PassThrough;
  readonly fromServer: PassThrough;
  /** Stops the server: its timers, watchers and connection; the pipes end. */
  stop(): void;
  /** Resolves when the server stopped, by stop() or an `exit` notification. */
  readonly stopped: Promise<void>;
}

export function startInProcess(): ServerPipes {
  const toServer = new PassThrough();
  const fromServer = new PassThrough();
  const writer = new StreamMessageWriter(fromServer);
  let ended: () => void = () => undefined;
  const stopped = new Promise<void>((resolve) => (ended = resolve));
  let running = true;
  const stop = () => {
    if (!running) return;
    running = false;
    server.dispose();
    toServer.end();
    fromServer.end();
    ended();
  };
  // vscode-languageserver/node ends the process on `exit`: here it ends this server.
  const reader = exitStops(gated(new StreamMessageReader(toServer), writer), stop);
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  const server = startServer(connection, { workspace: (options) => createNodeWorkspace(options) });
  return { toServer, fromServer, stop, stopped };
}

/** `reader` without the `exit` notification, which calls `stop` instead. */
function exitStops(reader: MessageReader, stop: () => void): MessageReader {
  return {
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    listen: (callback) =>
      reader.listen((message) => {
        if ((message as { method?: unknown }).method === 'exit') return stop();
        callback(message);
      }),
    dispose: () => reader.dispose(),
  };
}
