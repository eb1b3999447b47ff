// The language server: LSP wiring over the editor-free service (service/studyNotesService.ts), the
// same in Node (server.ts) and in a browser's Web Worker (browserServer.ts): they differ only in
// the connection and in how the workspace's files are read. Its state is the one client's it
// serves, kept in startServer's closure: a test runs several servers in one process.
import { TextDocument } from 'vscode-languageserver-textdocument';
import type { Connection, InitializeParams, InitializeResult } from 'vscode-languageserver';
import { CompletionTriggerKind, DidChangeWatchedFilesNotification, DocumentDiagnosticReportKind, FileChangeType, MessageType, ShowMessageNotification, TextDocuments } from './library';
import { pickModuleLeftCommand, progressView, type CatalogParams, type HistoryParams, type NotesTemplateParams, type OutlineParams, type ReadingSettledParams, type RenderModuleParams, type WriteStudyTimeParams } from '../protocol/protocol';
import { catalogRequest, historyRequest, notesTemplateRequest, outlineChangedNotification, outlineRequest, readingSettledRequest, renderModuleRequest, writeStudyTimeRequest } from '../protocol/requests';
import { settingsProblems } from '../service/settingsSchema';
import { settingsFileNames } from '../service/settingsFiles';
import { createStudyNotesService, type StudyNotesService } from '../service/studyNotesService';
import type { NotesWorkspace } from '../service/workspace';
import type { ReadOffThread } from '../service/preciseReads';
import { everyView, type StaleViews } from '../service/staleViews';
import { markdownFileGlob } from '../service/markdownFiles';
import { ConfiguredServices } from './configuredServices';
import { clientAbilities, noAbilities, serverCapabilities } from './clientAbilities';
import { applyEditCommand, codeActionsFor, completionFor, editOf, hoverFor, symbolsFor } from './clientForms';
import { answeringSafely } from './safely';
import { indexWorkspace } from './workspaceIndexing';

/** The workspace folders the client named and whether it trusts them; the file access is the host's. */
export type WorkspaceFactory = (options: { folders: readonly string[]; trusted: boolean }, connection: Connection) => NotesWorkspace;

/** The host's other thread for precise readings, where it has one; some hosts learn theirs from the client at initialize. */
export type OffThreadFactory = (initializationOptions: unknown, connection: Connection) => ReadOffThread | undefined;

/** What the host gives the server: its file access, and its other thread where it has one. */
export interface ServerOptions {
  workspace: WorkspaceFactory;
  offThread?: OffThreadFactory;
  /** Resolves once what the server wrote has left it, where the transport tells (sentWriter.ts). */
  sent?: () => Promise<void>;
}

/** A server that can be stopped without ending its process: a test's in-process server. */
export interface StudyNotesServer {
  /** Stops its timers and course file watchers and closes its connection. */
  dispose(): void;
}

/** Serves one client over `connection`: its files read through the host's workspace, long texts read precisely on the host's other thread where it has one. */
export function startServer(connection: Connection, { workspace: createWorkspace, offThread: offThreadOf, sent }: ServerOptions): StudyNotesServer {
  const documents = new TextDocuments(TextDocument);
  const safely = answeringSafely(connection.console);
  let client = noAbilities;
  /** One service per settings file (configuredServices.ts): each document is served by the one over it. */
  let services: ConfiguredServices;
  /** What a click on a progress CodeLens runs: set only when the client says it has the command. */
  let lensCommand: string | undefined;
  /** The rounds as CodeLenses: set unless the client says it shows them in a view of its own. */
  let roundLenses = true;
  let workspace: NotesWorkspace;
  let readOffThread: ReadOffThread | undefined;

  const versionOf = (uri: string): number | undefined => documents.get(uri)?.version;
  const edited = (uri: string): Promise<void> => services.forDocument(uri).then((service) => service.edited(uri));

  /** What the service says is stale, told in the form this client takes. */
  function show(service: StudyNotesService, { uri, diagnostics, outline, lenses, edited }: StaleViews): void {
    if (diagnostics) showDiagnostics(service, uri, edited);
    if (outline) void connection.sendNotification(outlineChangedNotification, uri === undefined ? {} : { uri });
    if (lenses && client.codeLensRefresh) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  /** Pushed to a client that does not pull; one that pulls is asked to, except after its own edit. A change of every document is pushed as the service reads each again. */
  function showDiagnostics(service: StudyNotesService, uri: string | undefined, edited: boolean | undefined): void {
    if (client.pullDiagnostics) {
      if (!edited && client.diagnosticRefresh) void connection.languages.diagnostics.refresh().catch(() => undefined);
      return;
    }
    const version = uri === undefined ? undefined : service.document(uri)?.version;
    if (uri !== undefined && version !== undefined) void connection.sendDiagnostics({ uri, version, diagnostics: service.diagnostics(uri) });
  }

  function initialize(params: InitializeParams): InitializeResult {
    client = clientAbilities(params.capabilities);
    const folders = (params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : [])).map((folder) => folder.uri);
    const options = params.initializationOptions as { workspaceTrusted?: boolean; clientCommands?: unknown; clientViews?: unknown } | undefined;
    // The client says whether the workspace is trusted; editors without the notion trust it.
    const trusted = options?.workspaceTrusted !== false;
    lensCommand = Array.isArray(options?.clientCommands) && options.clientCommands.includes(pickModuleLeftCommand) ? pickModuleLeftCommand : undefined;
    roundLenses = !(Array.isArray(options?.clientViews) && options.clientViews.includes(progressView));
    readOffThread = offThreadOf?.(params.initializationOptions, connection);
    workspace = createWorkspace({ folders, trusted }, connection);
    services = new ConfiguredServices(workspace, (served) => serviceOver(served, trusted));
    return { capabilities: serverCapabilities(client), serverInfo: { name: 'study-notes-ls', version: '0.1.0' } };
  }

  /** A service over `folders` (the workspace's, or those a settings file governs), reporting to this connection. */
  function serviceOver(folders: readonly string[], trusted: boolean): StudyNotesService {
    const service: StudyNotesService = createStudyNotesService({
      workspace: folders === workspace.folders ? workspace : createWorkspace({ folders, trusted }, connection),
      logger: { info: (message) => connection.console.info(message), warn: (message) => connection.console.warn(message), error: (message) => connection.console.error(message) },
      openDocuments: documents,
      onStale: (stale) => show(service, stale),
      // A notification: showWarningMessage is a request, and a client without it would reject it.
      onProblem: (message) => void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message: `Study Notes: ${message}` }),
      readOffThread,
      lensCommand,
      roundLenses,
      answersSent: sent,
    });
    return service;
  }

  /**
   * The editor's own settings: the client sends only the keys the user set (VS Code's defaults are
   * not a choice, and must not hide a .studynotes.json); a client that cannot tell pushes its own.
   */
  async function configure(pushed: unknown): Promise<void> {
    const raw = client.configuration ? await connection.workspace.getConfiguration('studyNotes') : (pushed as { studyNotes?: unknown } | undefined)?.studyNotes;
    for (const problem of settingsProblems(raw)) connection.console.warn(`studyNotes.${problem}`);
    await services.useEditorSettings(raw ?? {});
  }

  const indexAll = () => indexWorkspace({ connection, progress: client.progress, workspace, services });

  /** A settings file was written: documents find their settings again with new services, which read them again. */
  async function settingsFilesChanged(): Promise<void> {
    for (const dropped of services.forget()) dropped.dispose();
    show(services.workspaceService, everyView);
    for (const document of documents.all()) await edited(document.uri);
    await indexAll();
  }

  connection.onInitialize(initialize);
  connection.onInitialized(
    safely('initialized', undefined, async () => {
      if (client.watchedFiles) await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: markdownFileGlob }, ...settingsFileNames.map((name) => ({ globPattern: `**/${name}` }))] });
      await configure(undefined);
      await indexAll();
    }),
  );

  connection.onDidChangeConfiguration(
    safely('configuration', undefined, async (params) => {
      await configure(params.settings);
    }),
  );

  connection.onDidChangeWatchedFiles(
    safely('watched files', undefined, async ({ changes }) => {
      const settingsChanged = changes.some((change) => (settingsFileNames as readonly string[]).includes(change.uri.slice(change.uri.lastIndexOf('/') + 1)));
      if (settingsChanged) return settingsFilesChanged();
      for (const change of changes) await (await services.forDocument(change.uri)).fileChanged(change.uri, change.type === FileChangeType.Deleted);
    }),
  );

  documents.onDidChangeContent(safely('edit', undefined, (event) => edited(event.document.uri)));

  documents.onDidClose(
    safely('close', undefined, async ({ document }) => {
      // Pushed diagnostics stay until they are taken back.
      if (!client.pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
      await (await services.forDocument(document.uri)).documentClosed(document.uri);
    }),
  );

  const serving = (uri: string | undefined) => services.forDocument(uri);
  connection.languages.diagnostics.on(
    safely('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, async ({ textDocument }) => ({ kind: DocumentDiagnosticReportKind.Full, items: (await serving(textDocument.uri)).diagnostics(textDocument.uri) })),
  );
  connection.onDocumentSymbol(safely('documentSymbol', [], async ({ textDocument }, token) => symbolsFor(client, textDocument.uri, await (await serving(textDocument.uri)).symbols(textDocument.uri, token))));
  connection.onCodeLens(safely('codeLens', [], async ({ textDocument }) => (await serving(textDocument.uri)).codeLenses(textDocument.uri)));
  connection.onFoldingRanges(safely('foldingRange', [], async ({ textDocument }) => (await serving(textDocument.uri)).folding(textDocument.uri)));
  connection.onHover(safely('hover', null, async ({ textDocument, position }) => hoverFor(client, (await serving(textDocument.uri)).hover(textDocument.uri, position))));
  connection.onCompletion(
    safely('completion', [], async ({ textDocument, position, context }, token) =>
      completionFor(client, await (await serving(textDocument.uri)).completion(textDocument.uri, position, context?.triggerKind === CompletionTriggerKind.Invoked, client.snippets, token)),
    ),
  );
  connection.onCodeAction(safely('codeAction', [], async ({ textDocument, range, context }) => codeActionsFor(client, (await serving(textDocument.uri)).codeActions(textDocument.uri, context.diagnostics, range), versionOf)));
  connection.onExecuteCommand(
    safely('executeCommand', null, async ({ command, arguments: args }) => {
      if (command !== applyEditCommand) return null;
      const edit = editOf(args, versionOf);
      if (edit) await connection.workspace.applyEdit(edit);
      else void connection.window.showWarningMessage('Study Notes: the notes changed since this fix was offered, so it is not applied: ask for the fix again.');
      return null;
    }),
  );
  connection.onWorkspaceSymbol(
    safely('workspaceSymbol', [], async ({ query }, token) => {
      const found = [];
      for (const service of services.all()) found.push(...(await service.workspaceSymbols(query, token)));
      return found;
    }),
  );
  connection.onRequest(outlineRequest, safely('outline', null, async ({ uri }: OutlineParams) => (await serving(uri)).outline(uri)));
  connection.onRequest(readingSettledRequest, safely('readingSettled', null, async ({ uri }: ReadingSettledParams) => (await (await serving(uri)).settled(uri)) ?? null));
  // Its params are optional: a registration by its type would refuse a request that sends none.
  connection.onRequest(catalogRequest.method, safely('catalog', { modules: [] }, async (params: CatalogParams | undefined) => (await serving(params?.uri)).catalog()));
  connection.onRequest(notesTemplateRequest, safely('notesTemplate', null, async (params: NotesTemplateParams) => (await serving(params.uri)).notesTemplate(params)));
  connection.onRequest(renderModuleRequest, safely('renderModule', null, async (params: RenderModuleParams) => (await serving(params.uri)).renderModule(params)));
  connection.onRequest(historyRequest, safely('history', null, async ({ uri }: HistoryParams) => (await serving(uri)).history(uri)));
  connection.onRequest(writeStudyTimeRequest, safely('writeStudyTime', null, async (params: WriteStudyTimeParams) => (await serving(params.uri)).writeStudyTime(params)));

  documents.listen(connection);
  connection.listen();
  return {
    dispose() {
      for (const service of services?.all() ?? []) service.dispose();
      connection.dispose();
    },
  };
}
