// The language server in a browser's Web Worker (VS Code for the web: vscode.dev, github.dev):
// LSP over postMessage, the workspace's files read by the client, and long texts read precisely on
// a Web Worker of its own where the client said which script to start it with.
import { BrowserMessageReader, BrowserMessageWriter, createConnection, type Connection } from 'vscode-languageserver/browser';
import { createClientWorkspace } from '../workspace/clientWorkspace';
import { isBrowserReadingWorker, readOnWebWorker, serveBrowserReadings } from '../workspace/browserReadingWorker';
import { startServer } from './lspServer';
import { gated } from './messageGate';

/** The worker's own scope, which its messages come from and go to. */
const scope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];

/** Said once, in the server's log: whether precise readings run on a worker of their own or between requests. */
function readingWorkerTold(connection: Connection): (problem?: string) => void {
  return (problem) => {
    if (problem === undefined) connection.console.info('Long texts are read precisely on a Web Worker of their own.');
    else connection.console.warn(`Long texts are read precisely between requests: the reading worker did not start (${problem}).`);
  };
}

// The same built file runs in the nested worker that reads long texts (workspace/browserReadingWorker.ts).
if (isBrowserReadingWorker()) serveBrowserReadings();
else {
  const writer = new BrowserMessageWriter(scope);
  startServer(createConnection(gated(new BrowserMessageReader(scope), writer), writer), {
    workspace: createClientWorkspace,
    offThread: (options, connection) => {
      const script = (options as { readingWorkerScript?: unknown } | undefined)?.readingWorkerScript;
      return typeof script === 'string' ? readOnWebWorker(script, readingWorkerTold(connection)) : undefined;
    },
  });
}
