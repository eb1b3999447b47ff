// The language server: wires LSP to the editor-free service in server/src/service.
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { TextDocument } from 'vscode-languageserver-textdocument';
import {
  CodeActionKind,
  CompletionTriggerKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  DocumentDiagnosticReportKind,
  FileChangeType,
  MessageType,
  ProposedFeatures,
  ShowMessageNotification,
  TextDocuments,
  TextDocumentSyncKind,
  LSPErrorCodes,
  ResponseError,
  type CancellationToken,
  type Diagnostic,
  type InitializeParams,
  type InitializeResult,
  type WorkspaceFolder,
} from 'vscode-languageserver/node';
import { URI } from 'vscode-uri';
import { dockerCompletions } from './docker/dockerCompletion';
import { dockerDiagnostics, dockerQuickFixes, DOCKER_DIAGNOSTIC_CODE } from './docker/dockerDiagnostics';
import { dockerHover } from './docker/dockerHover';
import { CatalogSources } from './service/catalogSources';
import { codeActions } from './service/codeActions';
import { computeDiagnostics } from './service/diagnostics';
import { foldingRanges } from './service/folding';
import { hover } from './service/hover';
import { moduleCompletions } from './service/moduleCompletion';
import { renderModuleAt } from './service/moduleInsertion';
import type { CodeSpan } from './model/types';
import { analyseNotes, isNotesDocument, NotesDocumentCache, type NotesDocument } from './service/notesDocument';
import { sketchDocument, sketchNotes } from './service/notesSketch';
import { buildOutline } from './service/outline';
import {
  catalogRequest,
  outlineChangedNotification,
  outlineRequest,
  renderModuleRequest,
  type CatalogResult,
  type OutlineParams,
  type RenderModuleParams,
} from './service/protocol';
import { defaultSettings, readSettings, type StudyNotesSettings } from './service/settings';
import { documentSymbols } from './service/symbols';
import { WorkspaceIndex } from './service/workspaceSymbols';
import { UserCatalogFile } from './userCatalogFile';
import { readWorkspaceNotes } from './workspaceFiles';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);
// The server must keep answering: texts remark would take seconds on are read line by line.
const analyses = new NotesDocumentCache(undefined, undefined, (text, { catalog }) => sketchNotes(text, catalog));
const workspace = new WorkspaceIndex();
const pending = new Map<string, NodeJS.Timeout>();
const catalogs = new CatalogSources();
const userCatalog = new UserCatalogFile({
  changed(catalog) {
    if (!catalogs.useUserCatalog(catalog)) return;
    // The catalog is evidence of what a module is: every reading made with the old one is stale.
    analyses.useCatalog(catalogs.course);
    if (client.pullDiagnostics) connection.languages.diagnostics.refresh();
    for (const document of documents.all()) scheduleAnalysis(document.uri);
    if (workspace.size > 0) void safely('indexing', undefined, indexWorkspace)(undefined);
  },
  problem(message) {
    connection.console.warn(message);
    // A notification: showWarningMessage is a request, and a client without it would reject it.
    void connection.sendNotification(ShowMessageNotification.type, { type: MessageType.Warning, message });
  },
});

let settings: StudyNotesSettings = defaultSettings;
let client = { pullDiagnostics: false, configuration: false, watchedFiles: false, progress: false };
let folders: WorkspaceFolder[] = [];
/** The client says whether the workspace is trusted; editors without the notion trust it. */
let trusted = true;

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

function analysisOf(uri: string): NotesDocument | undefined {
  const document = documents.get(uri);
  return document && analyses.get(uri, document.version, document.getText());
}

function diagnosticsOf(analysis: NotesDocument): Diagnostic[] {
  const diagnostics = computeDiagnostics(analysis, settings);
  const dockerSeverity = settings.diagnostics[DOCKER_DIAGNOSTIC_CODE];
  if (!settings.docker.enabled || dockerSeverity === 'off' || !isNotesDocument(analysis, settings)) return diagnostics;
  const severity = { hint: 4, information: 3, warning: 2, error: 1 }[dockerSeverity] as Diagnostic['severity'];
  return [...diagnostics, ...dockerDiagnosticsOf(analysis.model.code).map((diagnostic) => ({ ...diagnostic, severity }))];
}

/**
 * A code span's docker diagnostics depend on its text alone, wherever it stands: remembered by
 * the text (lines counted from the span's first), an edit re-checks only the spans it changed.
 */
const dockerChecked = new Map<string, Diagnostic[]>();

function dockerDiagnosticsOf(code: readonly CodeSpan[]): Diagnostic[] {
  if (dockerChecked.size > 50_000) dockerChecked.clear();
  const result: Diagnostic[] = [];
  for (const span of code) {
    const first = span.range.start.line;
    let key = `${span.kind}\u0000${span.lang ?? ''}`;
    for (const line of span.lines) key += `\n${line.line - first} ${line.character} ${line.text}`;
    let found = dockerChecked.get(key);
    if (!found) {
      const range = { start: { line: 0, character: span.range.start.character }, end: { line: span.range.end.line - first, character: span.range.end.character } };
      found = dockerDiagnostics([{ ...span, range, lines: span.lines.map((line) => ({ ...line, line: line.line - first })) }]);
      dockerChecked.set(key, found);
    }
    for (const diagnostic of found) {
      const { start, end } = diagnostic.range;
      result.push({ ...diagnostic, range: { start: { line: start.line + first, character: start.character }, end: { line: end.line + first, character: end.character } } });
    }
  }
  return result;
}

/** Edits come in bursts: wait for a quiet moment, and drop a run the next edit made stale. */
function scheduleAnalysis(uri: string): void {
  clearTimeout(pending.get(uri));
  pending.set(uri, setTimeout(() => safely('analysis', undefined, analyse)(uri), settings.debounceMs));
}

function analyse(uri: string): void {
  pending.delete(uri);
  const analysis = analysisOf(uri);
  if (!analysis) return;
  workspace.update(analysis, settings);
  if (!client.pullDiagnostics) {
    const diagnostics = diagnosticsOf(analysis);
    if (documents.get(uri)?.version !== analysis.version) return;
    void connection.sendDiagnostics({ uri, version: analysis.version, diagnostics });
  }
  void connection.sendNotification(outlineChangedNotification, { uri });
}

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const capabilities = params.capabilities;
  client = {
    pullDiagnostics: capabilities.textDocument?.diagnostic !== undefined,
    configuration: capabilities.workspace?.configuration === true,
    watchedFiles: capabilities.workspace?.didChangeWatchedFiles?.dynamicRegistration === true,
    progress: capabilities.window?.workDoneProgress === true,
  };
  folders = params.workspaceFolders ?? (params.rootUri ? [{ uri: params.rootUri, name: 'root' }] : []);
  trusted = (params.initializationOptions as { workspaceTrusted?: boolean } | undefined)?.workspaceTrusted !== false;
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      documentSymbolProvider: true,
      foldingRangeProvider: true,
      hoverProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix] },
      completionProvider: { triggerCharacters: [' ', '-', '[', '('] },
      workspaceSymbolProvider: true,
      diagnosticProvider: client.pullDiagnostics ? { identifier: 'study-notes', interFileDependencies: false, workspaceDiagnostics: false } : undefined,
    },
    serverInfo: { name: 'study-notes-ls', version: '0.1.0' },
  };
});

connection.onInitialized(
  safely('initialized', undefined, async () => {
    if (client.watchedFiles) await connection.client.register(DidChangeWatchedFilesNotification.type, { watchers: [{ globPattern: '**/*.md' }] });
    await loadSettings(undefined);
    await loadUserCatalog();
    await indexWorkspace();
  }),
);

async function loadSettings(pushed: unknown): Promise<void> {
  const raw = client.configuration ? await connection.workspace.getConfiguration('studyNotes') : (pushed as { studyNotes?: unknown } | undefined)?.studyNotes;
  const { settings: read, problems } = readSettings(raw);
  settings = read;
  for (const problem of problems) connection.console.warn(`studyNotes.${problem}`);
}

/** Not in untrusted workspaces: a catalog is the workspace's file, read by the server. */
async function loadUserCatalog(): Promise<void> {
  if (settings.catalog && !trusted) connection.console.info(`studyNotes.catalog is not read in an untrusted workspace: ${settings.catalog}`);
  const openFolders = documents.all().map((document) => URI.parse(document.uri)).filter((uri) => uri.scheme === 'file').map((uri) => path.dirname(uri.fsPath));
  const bases = [...folders.map((folder) => URI.parse(folder.uri)).filter((uri) => uri.scheme === 'file').map((uri) => uri.fsPath), ...openFolders];
  await userCatalog.load(trusted ? settings.catalog : undefined, bases);
}

connection.onDidChangeConfiguration(
  safely('configuration', undefined, async (params) => {
    await loadSettings(params.settings);
    await loadUserCatalog();
    if (client.pullDiagnostics) connection.languages.diagnostics.refresh();
    for (const document of documents.all()) scheduleAnalysis(document.uri);
  }),
);

async function markdownFiles(directory: string, found: string[]): Promise<string[]> {
  for (const entry of await readdir(directory, { withFileTypes: true }).catch(() => [])) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(directory, entry.name);
    if (entry.isDirectory()) await markdownFiles(full, found);
    else if (entry.isFile() && entry.name.toLowerCase().endsWith('.md')) found.push(full);
  }
  return found;
}

/**
 * A file no editor has open is sketched from its lines, not parsed (see notesSketch.ts): a
 * thousand notes files index in seconds. A file just closed keeps its full analysis when the
 * disk holds what was analysed.
 */
async function indexFile(uri: string, analysed?: NotesDocument): Promise<void> {
  if (documents.get(uri)) return;
  const text = await readFile(URI.parse(uri).fsPath, 'utf8');
  workspace.update(analysed?.text === text ? analysed : sketchDocument(uri, text, catalogs.course), settings);
}

/** In the background, file by file, so that requests are answered meanwhile. */
async function indexWorkspace(): Promise<void> {
  const files: string[] = [];
  for (const folder of folders) await markdownFiles(URI.parse(folder.uri).fsPath, files);
  const progress = client.progress ? await connection.window.createWorkDoneProgress() : undefined;
  progress?.begin('Indexing study notes', 0, `${files.length} Markdown files`, false);
  let reported = 0;
  for (const [done, file] of files.entries()) {
    await safely('indexing', undefined, indexFile)(URI.file(file).toString());
    const percentage = Math.round((100 * (done + 1)) / files.length);
    if (percentage > reported) progress?.report(percentage, path.basename(file));
    reported = percentage;
    // Requests and edits waiting for the open documents go first.
    await new Promise((resolve) => setImmediate(resolve));
  }
  progress?.done();
  connection.console.info(`Indexed ${workspace.size} notes files of ${files.length} Markdown files`);
}

connection.onDidChangeWatchedFiles(
  safely('watched files', undefined, async ({ changes }) => {
    for (const change of changes) {
      if (change.type === FileChangeType.Deleted) workspace.remove(change.uri);
      else await safely('indexing', undefined, indexFile)(change.uri);
      if (!documents.get(change.uri)) void connection.sendNotification(outlineChangedNotification, { uri: change.uri });
    }
  }),
);

documents.onDidChangeContent((event) => scheduleAnalysis(event.document.uri));

documents.onDidClose(
  safely('close', undefined, async ({ document }) => {
    clearTimeout(pending.get(document.uri));
    pending.delete(document.uri);
    const analysed = analyses.peek(document.uri);
    analyses.delete(document.uri);
    if (!client.pullDiagnostics) void connection.sendDiagnostics({ uri: document.uri, diagnostics: [] });
    await indexFile(document.uri, analysed).catch(() => workspace.remove(document.uri));
  }),
);

connection.languages.diagnostics.on(
  safely('diagnostics', { kind: DocumentDiagnosticReportKind.Full, items: [] }, ({ textDocument }) => {
    const analysis = analysisOf(textDocument.uri);
    return { kind: DocumentDiagnosticReportKind.Full, items: analysis ? diagnosticsOf(analysis) : [] };
  }),
);

connection.onDocumentSymbol(safely('documentSymbol', [], ({ textDocument }) => {
  const analysis = analysisOf(textDocument.uri);
  return analysis ? remembered(analysis, 'symbols', () => documentSymbols(analysis, settings)) : [];
}));

connection.onFoldingRanges(safely('foldingRange', [], ({ textDocument }) => {
  const analysis = analysisOf(textDocument.uri);
  return analysis ? remembered(analysis, 'folding', () => foldingRanges(analysis, settings)) : [];
}));

/**
 * Editors ask for symbols and folding again and again on an unchanged document (outline, breadcrumbs,
 * sticky scroll): each version answers once per settings.
 */
const answers = new WeakMap<NotesDocument, Map<string, { settings: StudyNotesSettings; value: unknown }>>();

function remembered<T>(analysis: NotesDocument, feature: string, compute: () => T): T {
  let byFeature = answers.get(analysis);
  if (!byFeature) answers.set(analysis, (byFeature = new Map()));
  const found = byFeature.get(feature);
  if (found?.settings === settings) return found.value as T;
  const value = compute();
  byFeature.set(feature, { settings, value });
  return value;
}

connection.onHover(safely('hover', null, ({ textDocument, position }) => {
  const analysis = analysisOf(textDocument.uri);
  if (!analysis) return null;
  const notesHover = hover(analysis, position, settings, catalogs.forDocument(textDocument.uri, workspace));
  if (notesHover || !settings.docker.enabled || !isNotesDocument(analysis, settings)) return notesHover;
  return dockerHover(analysis.model.code, position) ?? null;
}));

connection.onCompletion(safely('completion', [], ({ textDocument, position, context }) => {
  const analysis = analysisOf(textDocument.uri);
  if (!analysis || !isNotesDocument(analysis, settings)) return [];
  const docker = settings.docker.enabled ? dockerCompletions(analysis.model.code, position) : undefined;
  const invoked = context?.triggerKind === CompletionTriggerKind.Invoked;
  return docker ?? moduleCompletions(analysis, position, catalogs.forDocument(textDocument.uri, workspace), invoked) ?? [];
}));

connection.onCodeAction(safely('codeAction', [], ({ textDocument, context }) => {
  const analysis = analysisOf(textDocument.uri);
  if (!analysis) return [];
  return [...codeActions(analysis, context.diagnostics), ...context.diagnostics.flatMap((diagnostic) => dockerQuickFixes(diagnostic, textDocument.uri))];
}));

connection.onWorkspaceSymbol(safely('workspaceSymbol', [], ({ query }) => workspace.query(query)));

connection.onRequest(outlineRequest, safely('outline', null, async ({ uri }: OutlineParams) => buildOutline(analysisOf(uri) ?? (await analysisOnDisk(uri)), settings)));

/** A notes file no editor has open, so that the Areas & Modules view need not open every file; open documents only when untrusted. */
async function analysisOnDisk(uri: string): Promise<NotesDocument> {
  const text = trusted ? await readWorkspaceNotes(uri, folders.map((folder) => folder.uri)) : undefined;
  return analyseNotes(uri, 0, text ?? '', catalogs.course);
}

connection.onRequest(catalogRequest, safely('catalog', { modules: [] }, (): CatalogResult => ({ course: catalogs.courseName, modules: [...catalogs.course.modules] })));

connection.onRequest(renderModuleRequest, safely('renderModule', null, ({ uri, module, position }: RenderModuleParams) => {
  const analysis = analysisOf(uri);
  return analysis ? { snippet: renderModuleAt(analysis, module, position) } : null;
}));

documents.listen(connection);
connection.listen();
