// The language server in Node (study-notes-ls, the VS Code desktop extension): stdio, IPC or a
// socket, the workspace read from the disk, and long texts read precisely on a worker thread.
import { createConnection, ProposedFeatures } from './nodeLibrary';
import { startServer } from './lspServer';
import { createNodeWorkspace } from '../workspace/nodeWorkspace';
import { isReadingWorker, readOnAnotherThread, serveReadings } from '../workspace/readingWorker';
import { nodeTransport } from './nodeTransport';

// The same built file runs in the worker thread that reads long texts (workspace/readingWorker.ts).
if (isReadingWorker()) serveReadings();
else {
  const [reader, writer] = nodeTransport(process.argv.slice(2));
  const connection = createConnection(ProposedFeatures.all, reader, writer);
  const offThread = readOnAnotherThread(__filename);
  startServer(connection, { workspace: (options) => createNodeWorkspace(options), offThread: () => offThread, sent: () => writer.sent() });
}
