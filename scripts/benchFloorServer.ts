// The floor of a cold start on this machine: a language server on vscode-languageserver, as ours
// and the peer are, that reads nothing and answers documentSymbol with one symbol at once. Its cold
// start is Node's start, the protocol library's load and the messages; no server answers sooner.
import { createConnection, ProposedFeatures, SymbolKind, TextDocumentSyncKind } from 'vscode-languageserver/node';

const connection = createConnection(ProposedFeatures.all);
const nowhere = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
connection.onInitialize(() => ({ capabilities: { textDocumentSync: TextDocumentSyncKind.Incremental, documentSymbolProvider: true } }));
connection.onDocumentSymbol(() => [{ name: 'notes', kind: SymbolKind.File, range: nowhere, selectionRange: nowhere }]);
connection.listen();
