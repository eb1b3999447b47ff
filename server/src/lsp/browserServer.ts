// The language server in a browser's Web Worker (VS Code for the web: vscode.dev, github.dev):
// LSP over postMessage, the workspace's files read by the client.
import { BrowserMessageReader, BrowserMessageWriter, createConnection } from 'vscode-languageserver/browser';
import { createClientWorkspace } from '../workspace/clientWorkspace';
import { listen } from './lspServer';
import { gated } from './messageGate';

/** The worker's own scope, which its messages come from and go to. */
const scope = globalThis as unknown as ConstructorParameters<typeof BrowserMessageReader>[0];

const writer = new BrowserMessageWriter(scope);
listen(createConnection(gated(new BrowserMessageReader(scope), writer), writer), createClientWorkspace);
