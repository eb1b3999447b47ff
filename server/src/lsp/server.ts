// The language server in Node (study-notes-ls, the VS Code desktop extension): stdio, IPC or a
// socket, and the workspace read from the disk.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { listen } from './lspServer';
import { createNodeWorkspace } from '../workspace/nodeWorkspace';
import { stdioTransport, usesStdio } from './stdioTransport';

const connection = usesStdio(process.argv) ? createConnection(ProposedFeatures.all, ...stdioTransport()) : createConnection(ProposedFeatures.all);
listen(connection, (options) => createNodeWorkspace(options));
