// The language server in Node (study-notes-ls, the VS Code desktop extension): stdio, IPC or a
// socket, and the workspace read from the disk.
import { createConnection, ProposedFeatures } from 'vscode-languageserver/node';
import { listen } from './lspServer';
import { createNodeWorkspace } from './nodeWorkspace';

listen(createConnection(ProposedFeatures.all), (options) => createNodeWorkspace(options));
