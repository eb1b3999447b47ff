// The language server: LSP wiring over the editor-free service (service/studyNotesService.ts), the
// same in Node (server.ts) and in a browser's Web Worker (browserServer.ts): they differ only in
// the connection and in how the workspace's files are read.
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  CompletionTriggerKind,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  MessageType,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Connection,
  type InitializeParams,
  type InitializeResult,
} from 'vscode-languageserver';
import {
  catalogRequest,
  historyRequest,
  notesTemplateRequest,
  outlineChangedNotification,
  outlineRequest,
  readingSettledRequest,
  renderModuleRequest,
  writeStudyTimeRequest,
  type HistoryParams,
  type NotesTemplateParams,
  type OutlineParams,
  type ReadingSettledParams,
  type RenderModuleParams,
  type WriteStudyTimeParams,
} from '../service/protocol';
import { readSettings } from '../service/settings';
import { settingsProblems } from '../service/settingsSchema';
import { createStudyNotesService, type StudyNotesService } from '../service/studyNotesService';
import type { NotesWorkspace } from '../service/workspace';
import type { ReadOffThread } from '../service/preciseReads';

/** The workspace folders the client named and whether it trusts them; the file access is the host's. */
export type WorkspaceFactory = (options: { folders: readonly string[]; trusted: boolean }, connection: Connection) => NotesWorkspace;

let connection: Connection;
let createWorkspace: WorkspaceFactory;
let readOffThread: ReadOffThread | undefined;
const documents = new TextDocuments(TextDocument);
const pending = new Map<string, ReturnType<typeof setTimeout>>();
/** Documents read since they were opened: the first read asks the editor for lenses again (see analyse). */
const analysed = new Set<string>();
let client = { pullDiagnostics: false, configuration: false, watchedFiles: false, progress: false, snippets: false, codeLensRefresh: false };
let service: StudyNotesService;

/**
 * A failing feature must not take the server down: it logs and answers with nothing. A request
 * cancelled while it waited behind a long read is not worked on: the reads are synchronous, so a
 * queued request is the one place cancellation can save time.
 */
function safely<P, R>(feature: string, empty: R, handler: (params: P) => R | Promise<R>): (params: P, token?: CancellationToken) => Promise<R> {
  return async (params, token) => {
    if (token?.isCancellationRequested) throw new ResponseError(LSPErrorCodes.RequestCancelled, `${feature} cancelled`);
    try {
      return await handler(params);
    } catch (error) {
      connection.console.error(`${feature} failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
      return empty;
    }
  };
}

/** Edits come in bursts: wait for a quiet moment, and drop a run the next edit made stale. */
function scheduleAnalysis(uri: string): void {
  clearTimeout(pending.get(uri));
  pending.set(uri, setTimeout(() => safely('analysis', undefined, analyse)(uri), service.settings.debounceMs));
}

function analyse(uri: string): void {
  pending.delete(uri);
  const document = service.documentChanged(uri);
  if (!document) return;
  if (!client.pullDiagnostics) void connection.sendDiagnostics({ uri, version: document.version, diagnostics: service.diagnostics(uri) });
  void connection.sendNotification(outlineChangedNotification, { uri });
  // An editor may ask for lenses before it has sent the document (VS Code does when the server
  // starts with the document open), get none, and not ask again until an edit: ask it to.
  if (!analysed.has(uri)) {
    analysed.add(uri);
    refreshCodeLenses();
  }
}

/** A long text's precise reading replaced its first one (read by lines): what it changed is shown again. */
function readAgain(uri: string, changed: { diagnostics: boolean; outline: boolean }): void {
  const document = service.document(uri);
  if (!document) return;
  if (changed.diagnostics && client.pullDiagnostics) void connection.languages.diagnostics.refresh().catch(() => undefined);
  else if (changed.diagnostics) void connection.sendDiagnostics({ uri, version: document.version, diagnostics: service.diagnostics(uri) });
  if (!changed.outline) return;
  void connection.sendNotification(outlineChangedNotification, { uri });
  refreshCodeLenses();
}

function refreshCodeLenses(): void {
  if (client.codeLensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
}

function everythingChanged(): void {
  if (client.pullDiagnostics) void connection.languages.diagnostics.refresh().catch(() => undefined);
  // The course's rules may have changed with the catalog: lenses of unchanged documents are stale too.
  refreshCodeLenses();
  for (const document of documents.all()) scheduleAnalysis(document.uri);
}

function initialize(params: InitializeParams): InitializeResult {
  const capabilities = params.capabilities;
  client = {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    configuration: capabilities.workspace?.configuration === true,
    watchedFiles: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    progress: capabilities.window?.workDoneProgress === true,
    // Neovim 0.7 and eglot without yasnippet would insert `${1:30}` and `$0` as they are.
    snippets: capabilities.textDocument?.completion?.completionItem?.snippetSupport === true,
    codeLensRefresh: capabilities.workspace?.codeLens?.refreshSupport === true,
  };
  const folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : [])).map((folder) => folder.uri);
  // The client says whether the workspace is trusted; editors without the notion trust it.
  const trusted = (params.initializationOptions as { workspaceTrusted?: boolean } | undefined)?.workspaceTrusted !== false;
  service = createStudyNotesService({
    workspace: createWorkspace({ folders, trusted }, connection),
    logger: { info: (message) => connection.console.info(message), warn: (message) => connection.console.warn(message), error: (message) => connection.console.error(message) },
    openDocuments: documents,
    onCatalogChanged() {
      everythingChanged();
      if (service.indexed > 0) void safely('indexing', undefined, indexWorkspace)(undefined);
    },
    // A notification: showWarningMessage is a request, and a client without it would reject it.
    onProblem: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message }),
    onReadAgain: readAgain,
    readOffThread,
  });
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      hoverProvider: true,
      codeLensProvider: { resolveProvider: false },
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      completionProvider: { triggerCharacters: [' ', '-', '[', '('] },
      workspaceSymbolProvider: true,
      diagnosticProvider: client.pullDiagnostics ? { identifier: 'study-notes', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
    },
    serverInfo: { name: 'study-notes-ls', version: '0.1.0' },
  };
}

async function configure(pushed: unknown): Promise<void> {
  const raw = client.configuration ? await connection.workspace.getConfiguration('studyNotes') : (pushed as { studyNotes?: unknown } | undefined)?.studyNotes;
  for (const problem of settingsProblems(raw)) connection.console.warn(`studyNotes.${problem}`);
  await service.configure(readSettings(raw).settings);
}

/**
 * Reads the workspace folders' Markdown files. Progress is the student's, across their files: what
 * an editor asked before they were read (an outline, a lens, diagnostics) may differ now, for any
 * file, open or not, so every one is shown again when there was anything to read.
 */
async function indexWorkspace(): Promise<void> {
  const progress = client.progress ? await connection.window.createWorkDoneProgress() : undefined;
  let read = 0;
  await service.indexWorkspace({
    begin: (files) => progress?.begin('Indexing study notes', 0, `${files} Markdown files`, false),
    file: (percentage, uri) => progress?.report(percentage, uri.slice(uri.lastIndexOf('/') + 1)),
    done(indexed, files) {
      progress?.done();
      read = files;
      connection.console.info(`Indexed ${indexed} notes files of ${files} Markdown files`);
    },
  });
  if (read === 0) return;
  everythingChanged();
  void connection.sendNotification(outlineChangedNotification, {});
}

/** Serves one client over `server`: one service, its files read through `workspace`, long texts read precisely on `offThread` where the host has one. */
export function listen(server: Connection, workspace: WorkspaceFactory, offThread?: ReadOffThread): void {
  connection = server;
  createWorkspace = workspace;
  readOffThread = offThread;
  connection.onInitialize(initialize);
  connection.onInitialized(
    safely('initialized', undefined, async () => {
      if (client.watchedFiles) await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.md' }] });
      await configure(undefined);
      await indexWorkspace();
    }),
  );

  connection.onDidChangeConfiguration(
    safely('configuration', undefined, async (params) => {
      await configure(params.settings);
      everythingChanged();
    }),
  );

  connection.onDidChangeWatchedFiles(
    safely('watched files', undefined, async ({ changes }) => {
      for (const change of changes) {
        await service.fileChanged(change.uri, change.type === FileChangeType.Deleted);
        if (!documents.get(change.uri)) void connection.sendNotification(outlineChangedNotification, { uri: change.uri });
      }
    }),
  );

  documents.onDidChangeContent((event) => scheduleAnalysis(event.document.uri));

  documents.onDidClose(
    safely('close', undefined, async ({ document }) => {
      clearTimeout(pending.get(document.uri));
      pending.delete(document.uri);
      analysed.delete(document.uri);
      if (!client.pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      await service.documentClosed(document.uri);
    }),
  );

  connection.languages.diagnostics.on(
    safely('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, ({ textDocument }) => ({ kind: DocumentDiagnosticReportKind.Full, items: service.diagnostics(textDocument.uri) })),
  );
  connection.onDocumentSymbol(safely('documentSymbol', [], ({ textDocument }) => service.symbols(textDocument.uri)));
  connection.onCodeLens(safely('codeLens', [], ({ textDocument }) => service.codeLenses(textDocument.uri)));
  connection.onFoldingRanges(safely('foldingRange', [], ({ textDocument }) => service.folding(textDocument.uri)));
  connection.onHover(safely('hover', null, ({ textDocument, position }) => service.hover(textDocument.uri, position)));
  connection.onCompletion(safely('completion', [], ({ textDocument, position, context }) => service.completion(textDocument.uri, position, context?.triggerKind === CompletionTriggerKind.Invoked, client.snippets)));
  connection.onCodeAction(safely('codeAction', [], ({ textDocument, context }) => service.codeActions(textDocument.uri, context.diagnostics)));
  connection.onWorkspaceSymbol(safely('workspaceSymbol', [], ({ query }) => service.workspaceSymbols(query)));
  connection.onRequest(outlineRequest, safely('outline', null, ({ uri }: OutlineParams) => service.outline(uri)));
  connection.onRequest(readingSettledRequest, safely('readingSettled', null, async ({ uri }: ReadingSettledParams) => (await service.settled(uri)) ?? null));
  connection.onRequest(catalogRequest, safely('catalog', { modules: [] }, () => service.catalog()));
  connection.onRequest(notesTemplateRequest, safely('notesTemplate', null, (params: NotesTemplateParams) => service.notesTemplate(params)));
  connection.onRequest(renderModuleRequest, safely('renderModule', null, (params: RenderModuleParams) => service.renderModule(params)));
  connection.onRequest(historyRequest, safely('history', null, ({ uri }: HistoryParams) => service.history(uri)));
  connection.onRequest(writeStudyTimeRequest, safely('writeStudyTime', null, (params: WriteStudyTimeParams) => service.writeStudyTime(params)));

  documents.listen(connection);
  connection.listen();
}
