// What the client said it can do at initialize, and what the server offers it in return.
import type { ClientCapabilities, ServerCapabilities } from 'vscode-languageserver';
import { CodeActionKind, TextDocumentSyncKind } from './library';
import { applyEditCommand } from './clientForms';

export interface ClientAbilities {
  pullDiagnostics: boolean;
  configuration: boolean;
  watchedFiles: boolean;
  progress: boolean;
  snippets: boolean;
  codeLensRefresh: boolean;
  /** A client that pulls without it asks again on its own (on an edit, on focus), and is never asked to. */
  diagnosticRefresh: boolean;
  markdownHover: boolean;
  markdownDocumentation: boolean;
  labelDetails: boolean;
  /** The outline as a tree; else flat, each entry naming the one it is in. */
  hierarchicalSymbols: boolean;
  /** Quick fixes as code actions; else as commands. */
  codeActionLiterals: boolean;
  applyEdit: boolean;
}

/** Before initialize: a client that said nothing can do nothing optional. */
export const noAbilities: ClientAbilities = {
  pullDiagnostics: false,
  configuration: false,
  watchedFiles: false,
  progress: false,
  snippets: false,
  codeLensRefresh: false,
  diagnosticRefresh: false,
  markdownHover: false,
  markdownDocumentation: false,
  labelDetails: false,
  hierarchicalSymbols: false,
  codeActionLiterals: false,
  applyEdit: false,
};

export function clientAbilities(capabilities: ClientCapabilities): ClientAbilities {
  return {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    configuration: capabilities.workspace?.configuration === true,
    watchedFiles: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    progress: capabilities.window?.workDoneProgress === true,
    // Neovim 0.7 and eglot without yasnippet would insert `${1:30}` and `$0` as they are.
    snippets: capabilities.textDocument?.completion?.completionItem?.snippetSupport === true,
    codeLensRefresh: capabilities.workspace?.codeLens?.refreshSupport === true,
    diagnosticRefresh: capabilities.workspace?.diagnostics?.refreshSupport === true,
    // A client that names no formats takes plain text, as the protocol says; VS Code, Neovim and eglot name markdown.
    markdownHover: capabilities.textDocument?.hover?.contentFormat?.includes('markdown') === true,
    markdownDocumentation: capabilities.textDocument?.completion?.completionItem?.documentationFormat?.includes('markdown') === true,
    labelDetails: capabilities.textDocument?.completion?.completionItem?.labelDetailsSupport === true,
    hierarchicalSymbols: capabilities.textDocument?.documentSymbol?.hierarchicalDocumentSymbolSupport === true,
    codeActionLiterals: capabilities.textDocument?.codeAction?.codeActionLiteralSupport !== undefined,
    applyEdit: capabilities.workspace?.applyEdit === true,
  };
}

export function serverCapabilities(client: ClientAbilities): ServerCapabilities {
  return {
    textDocumentSync: TextDocumentSyncKind.Incremental,
    documentSymbolProvider: true,
    foldingRangeProvider: true,
    hoverProvider: true,
    codeLensProvider: { resolveProvider: false },
    codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
    ...(!client.codeActionLiterals && client.applyEdit && { executeCommandProvider: { commands: [applyEditCommand] } }),
    completionProvider: { triggerCharacters: [' ', '-', '[', '(', '>'] },
    workspaceSymbolProvider: true,
    // A file's diagnostics depend on the student's other files (progress, level claims): an edit in one is pulled again in all.
    diagnosticProvider: client.pullDiagnostics ? { identifier: 'study-notes', interFileDependencies: true, workspaceDiagnostics: false } : undefined,
  };
}
