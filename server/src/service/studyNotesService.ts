import { URI } from 'vscode-uri';
import { noCourse, type Course } from '../catalog/course';
import type { CodeAction, CodeLens, CompletionItem, CompletionList, Diagnostic, DocumentSymbol, FoldingRange, Hover, Position, Range, WorkspaceSymbol } from 'vscode-languageserver-types';
import type { CatalogIndex } from '../notes/catalog';
import { CatalogSources } from './catalogSources';
import { codeActions } from '../features/codeActions';
import { computeDiagnostics, documentDiagnostics } from '../features/diagnostics';
import { DockerChecks } from './dockerChecks';
import { foldingRanges } from '../features/folding';
import { hover } from '../features/hover';
import { completionSteps } from '../features/completion';
import { renderModuleAt } from '../document/notesWriter';
import { readNotesFromLines } from '../notes/textLines';
import { rangesMeet } from '../notes/shown';
import { parseNotes } from '../notes/parse';
import { isNotesDocument, preciseToCome, type NotesDocument, type NotesParser } from '../document/notesDocument';
import { NotesDocumentCache } from './notesDocumentCache';
import { buildOutline } from '../features/outline';
import { withProgress } from '../features/outlineProgress';
import { progressLenses } from '../features/progressLens';
import { minutesText } from '../course/progressText';
import { notesTemplate } from '../features/notesTemplate';
import { writeStudyTime } from '../features/studyTime';
import { diagnosticSource } from '../protocol/protocol';
import type { CatalogResult, HistoryResult, NotesTemplateParams, NotesTemplateResult, OutlineResult, RenderModuleParams, RenderModuleResult, WriteStudyTimeParams, WriteStudyTimeResult } from '../protocol/protocol';
import { defaultSettings, type StudyNotesSettings } from '../document/settings';
import { documentSymbolSteps } from '../features/symbols';
import { CourseLoader } from './courseLoader';
import { folderOf, pathInWorkspace, type NotesWorkspace } from './workspace';
import { defaultIndexLimits, WorkspaceIndex, type IndexLimits } from './workspaceIndex';
import { clonesAmong, StudentProgress, studentFolderOf } from './studentProgress';
import type { StudentView } from '../document/studentView';
import { HistoryViews, withDeadlines } from './historyView';
import { letOthersRun } from '../document/letOthersRun';
import { PreciseReads, type ReadOffThread } from './preciseReads';
import { EditorViews } from './editorViews';
import type { StaleViews } from './staleViews';
import { finish, type Cancellation, type Steps } from '../document/steps';
import { Answering } from './answering';

export interface Logger {
  info(message: string): void;
  warn(message: string): void;
  error(message: string): void;
}

/** The documents an editor holds open: their text, not the disk's, is what the service reads. */
export interface OpenDocuments {
  get(uri: string): { readonly version: number; getText(): string } | undefined;
  keys(): string[];
}

export interface StudyNotesServiceOptions {
  workspace: NotesWorkspace;
  logger: Logger;
  openDocuments: OpenDocuments;
  /**
   * Given (an editor's server), the service reads the editor's documents after its edits, and says
   * what it shows that is stale: after an edit, a new course or settings, the workspace read, a
   * long text's precise reading. Without it (the command line) every text is read precisely at once.
   */
  onStale?(stale: StaleViews): void;
  /** A problem for the user to see once (a broken course file). */
  onProblem?(message: string): void;
  /** How open documents are read in full; the command line passes the models its workers read ahead. */
  parse?: NotesParser;
  /** Where the host has another thread, an editor's long texts, read by lines first, are read precisely there. */
  readOffThread?: ReadOffThread;
  /** The command a click on a progress CodeLens runs, where the editor has it (protocol.ts: pickModuleLeftCommand). */
  lensCommand?: string;
  /** The rounds as CodeLenses too, for an editor without a view of them (protocol.ts: progressView). */
  roundLenses?: boolean;
  /** How much of the workspace is indexed (workspaceIndex.ts); tests make it small. */
  indexLimits?: IndexLimits;
  /** Resolves once the answers written have left for the editor, where the host can tell (lsp/sentWriter.ts). */
  answersSent?: () => Promise<void>;
}

export interface IndexingProgress {
  begin(files: number): void;
  file(percentage: number, uri: string): void;
  done(indexed: number, files: number): void;
}

/**
 * The index reads a file by its lines up to this length: five times the largest real notes file
 * (~200 K). A longer file is indexed by what its first megabyte holds, read in ~0.1 s, so that no
 * one file holds up the requests waiting meanwhile.
 */
const indexedLength = 1_000_000;

function indexedPart(text: string): string {
  if (text.length <= indexedLength) return text;
  const cut = text.lastIndexOf('\n', indexedLength);
  return text.slice(0, cut > 0 ? cut + 1 : indexedLength);
}

/**
 * A position a request may stand at: on a line of the text, a character past its end at its end (as
 * the protocol says). A line past the last is no place to write at: an edit there lands nowhere.
 */
function inText({ lines }: NotesDocument, { line, character }: Position): Position | undefined {
  if (!(line >= 0 && line < lines.lineCount && character >= 0)) return undefined;
  return { line, character: Math.min(character, lines.lineEnd(line) - lines.lineStart(line)) };
}

export type StudyNotesService = ReturnType<typeof createStudyNotesService>;

/**
 * The language service the editor's server and the command line share: what is read how and
 * when, and which views a change makes stale, so both mean the same. The features compose the answers.
 */
export function createStudyNotesService({ workspace, logger, openDocuments, onStale, onProblem, parse, readOffThread, lensCommand, roundLenses = false, indexLimits = defaultIndexLimits, answersSent }: StudyNotesServiceOptions) {
  let settings: StudyNotesSettings = defaultSettings;
  /** The first settings are no change: nothing was shown under others. */
  let configured = false;
  const catalogs = new CatalogSources();
  const index = new WorkspaceIndex();
  /** Students' own clones the workspace folders hold (a TA's class folder): each is a student. */
  let clones: readonly string[] = [];
  const studentFolders = (): readonly string[] => [...workspace.folders, ...clones];
  // Until the workspace is read (never, in the command line's `check`), a file is its student's only file known.
  const students = new StudentProgress(index, studentFolders, () => indexedFiles !== undefined);
  const histories = new HistoryViews(workspace);
  const dockerChecks = new DockerChecks();
  const pathOf = (uri: string): string => pathInWorkspace(uri, workspace.folders);
  // The server must keep answering: texts remark would take seconds on are read line by line.
  const analyses = new NotesDocumentCache({ parse, readByLines: readNotesFromLines, pathOf, firstByLines: onStale !== undefined, preciseElsewhere: readOffThread !== undefined });
  const answering = new Answering(answersSent);
  const preciseReads = new PreciseReads(analyses, parse ?? parseNotes, readAgain, (uri, error) => logger.error(`reading ${uri} precisely failed, it stays read by lines: ${error instanceof Error ? error.message : String(error)}`), () => answering.written(), readOffThread);
  /** What the editor is shown, and when it is stale (without onStale: nothing). */
  const views = new EditorViews(
    onStale,
    (uri) => documentChanged(uri) !== undefined,
    (uri, error) => logger.error(`reading ${uri} after its edit failed: ${error instanceof Error ? error.message : String(error)}`),
    () => answering.written(),
  );
  /** The files the workspace index read last: read again when the course changes. */
  let indexedFiles: readonly string[] | undefined;
  /** What is wrong with the course file, or the settings file, said on line 1 of every notes file while it lasts. */
  let courseProblem: string | undefined;
  let configProblem: string | undefined;
  function useCourse(course: Course, problem: string | undefined): void {
    const problemChanged = problem !== courseProblem;
    courseProblem = problem;
    if (!catalogs.useCourse(course) && !problemChanged) return;
    // The course is evidence of what a module is: every reading made with the old one is stale.
    analyses.useCatalog(catalogs.course);
    views.everythingChanged(settings.debounceMs);
    if (indexedFiles) void indexOwnFiles(indexedFiles);
  }
  const courseLoader = new CourseLoader(workspace, {
    changed: useCourse,
    problem(message) {
      logger.warn(message);
      onProblem?.(message);
    },
  });


  /** The open document read again after edits: the workspace index follows it. */
  function documentChanged(uri: string): NotesDocument | undefined {
    const document = documentOf(uri);
    if (document) indexDocument(document);
    return document;
  }

  function documentOf(uri: string): NotesDocument | undefined {
    const open = openDocuments.get(uri);
    const document = open && analyses.get(uri, open.version, open.getText());
    if (document && preciseToCome(document)) void preciseReads.start(document);
    return document;
  }

  /** The editor shows the precise reading where it differs from the first: most texts read alike. */
  function readAgain(first: NotesDocument, precise: NotesDocument): void {
    indexDocument(precise);
    const same = (feature: string, answer: (document: NotesDocument) => unknown): boolean => JSON.stringify(remember(first, feature, answer)) === JSON.stringify(remember(precise, feature, answer));
    const diagnostics = !same('diagnostics', diagnosticsOf);
    const outline = !same('symbols', symbolsOf) || !same('codeLenses', lensesOf);
    views.readAgain(precise.uri, { diagnostics, outline });
  }

  /** The course page is the course, not notes, though it reads like them. */
  const isCourseFile = (uri: string): boolean => {
    const file = catalogs.inForce.file;
    const parsed = URI.parse(uri);
    return file !== undefined && (parsed.scheme === 'file' ? parsed.fsPath : uri) === file;
  };
  /** Areas and modules to show: the student's notes, and the course page too (its outline, folding and hovers). */
  const readsAsNotes = (document: NotesDocument): boolean => isNotesDocument(document, settings);
  /** The student's notes: the one answer to "is this notes" that every feature is asked under. */
  const isNotes = (document: NotesDocument): boolean => !isCourseFile(document.uri) && readsAsNotes(document);
  /** The course page, open in the editor, is no file of the student's: the index leaves it out as it does on disk. */
  function indexDocument(document: NotesDocument): void {
    if (isCourseFile(document.uri)) index.remove(document.uri);
    else index.update(document, settings);
  }
  /** What course progress is measured against: the course's modules, levels and rounds. */
  const course = (): Course => catalogs.inForce;
  /** The student's progress, from all their notes files: every view of every file shows this one. */
  const studentOf = (document: NotesDocument): StudentView => students.of(document, isNotes(document), course());

  /**
   * A checker that throws loses its own findings, not the others': the missing times still show.
   * Its failure is logged once per checker, not on every keystroke.
   */
  const failedCheckers = new Set<string>();
  function checked(checker: string, run: () => Diagnostic[]): Diagnostic[] {
    try {
      return run();
    } catch (error) {
      if (!failedCheckers.has(checker)) logger.error(`the ${checker} checks failed, their findings are left out: ${error instanceof Error ? error.message : String(error)}`);
      failedCheckers.add(checker);
      return [];
    }
  }

  function diagnosticsOf(document: NotesDocument): Diagnostic[] {
    const checkers = {
      notes: () => checked('notes', () => computeDiagnostics(document, settings, studentOf(document))),
      docker: () => checked('docker', () => dockerChecks.of(document.model.code)),
      problem: configProblem ?? courseProblem,
    };
    return documentDiagnostics(checkers, settings, isNotes(document));
  }

  /**
   * Editors ask for symbols and folding again and again on an unchanged document (outline, breadcrumbs,
   * sticky scroll): each version answers once per settings.
   */
  const answers = new WeakMap<NotesDocument, Map<string, { settings: StudyNotesSettings; progress: unknown; value: unknown }>>();

  function remembered<T>(uri: string, feature: string, empty: T, compute: (document: NotesDocument) => T): T {
    const document = documentOf(uri);
    return document ? remember(document, feature, compute) : empty;
  }

  /** Answers that show progress change with the student's other files too: they are remembered with the progress they showed. */
  const showsProgress = new Set(['diagnostics', 'codeLenses']);

  /** What an answer was worked out with, beside the document: it is remembered for as long as these stay. */
  function basisOf(document: NotesDocument, feature: string): { settings: StudyNotesSettings; progress: unknown } {
    return { settings, progress: showsProgress.has(feature) && isNotes(document) ? studentOf(document).progress : undefined };
  }

  function recall(document: NotesDocument, feature: string, basis: { settings: StudyNotesSettings; progress: unknown }): { value: unknown } | undefined {
    const found = answers.get(document)?.get(feature);
    return found?.settings === basis.settings && found.progress === basis.progress ? found : undefined;
  }

  function keep(document: NotesDocument, feature: string, basis: { settings: StudyNotesSettings; progress: unknown }, value: unknown): void {
    let byFeature = answers.get(document);
    if (!byFeature) answers.set(document, (byFeature = new Map()));
    byFeature.set(feature, { ...basis, value });
  }

  function remember<T>(document: NotesDocument, feature: string, compute: (document: NotesDocument) => T): T {
    const basis = basisOf(document, feature);
    const found = recall(document, feature, basis);
    if (found) return found.value as T;
    const value = compute(document);
    keep(document, feature, basis, value);
    return value;
  }

  /** As remembered, for an answer worked out between other requests (in steps): one whose request was cancelled is not kept. */
  async function rememberedLater<T>(uri: string, feature: string, empty: T, compute: (document: NotesDocument) => Promise<T>): Promise<T> {
    const document = documentOf(uri);
    if (!document) return empty;
    // Taken before the steps: settings that change during a pause would be remembered with an answer made under the old ones.
    const basis = basisOf(document, feature);
    const found = recall(document, feature, basis);
    if (found) return found.value as T;
    const value = await compute(document);
    keep(document, feature, basis, value);
    return value;
  }

  function* symbolSteps(document: NotesDocument): Steps<DocumentSymbol[]> {
    return readsAsNotes(document) ? yield* documentSymbolSteps(document) : [];
  }
  const symbolsOf = (document: NotesDocument): DocumentSymbol[] => finish(symbolSteps(document));
  const lensesOf = (document: NotesDocument): CodeLens[] => (isNotes(document) ? progressLenses(document, studentOf(document), { pickCommand: lensCommand, rounds: roundLenses }) : []);

  /**
   * A file no editor has open is read by its lines, not parsed (see notes/textLines.ts): a
   * thousand notes files index in seconds. A file just closed keeps its full analysis when the
   * disk holds what was analysed.
   */
  async function indexFile(uri: string, analysed?: NotesDocument): Promise<void> {
    if (openDocuments.get(uri)) return;
    // The index is full: a file it does not hold yet is left out (a checkout of 100,000 files).
    if (!index.has(uri) && index.entries >= indexLimits.entries) return;
    // A client's event may name any path (/etc/passwd): only Markdown inside the folders is read.
    const text = workspace.trusted && !isCourseFile(uri) ? await workspace.readInside(uri) : undefined;
    if (text === undefined) {
      index.remove(uri);
      return;
    }
    const document = analysed?.text === text ? analysed : analyses.readUnopened(uri, indexedPart(text));
    indexDocument(document);
  }

  /** The files of the workspace the index reads, in its order; the rest are logged as left out. */
  async function indexFiles(files: readonly string[], progress?: IndexingProgress): Promise<number> {
    let reported = 0;
    for (const [done, uri] of files.entries()) {
      if (done >= indexLimits.files || index.entries >= indexLimits.entries) return done;
      await indexSafely(uri);
      const percentage = Math.round((100 * (done + 1)) / files.length);
      if (percentage > reported) progress?.file(percentage, uri);
      reported = percentage;
      await letOthersRun();
    }
    return files.length;
  }

  function logLeftOut(files: readonly string[], read: number): void {
    const left = files.slice(read);
    if (!left.length) return;
    const named = left.slice(0, 5).map(pathOf).join(', ');
    const more = left.length > 5 ? ` and ${left.length - 5} more` : '';
    logger.info(`the workspace index left out ${left.length} of ${files.length} Markdown files, from ${named}${more}: it reads at most ${indexLimits.files} files and keeps at most ${indexLimits.entries} areas and modules`);
  }

  async function indexSafely(uri: string, analysed?: NotesDocument): Promise<void> {
    await indexFile(uri, analysed).catch((error: unknown) => {
      index.remove(uri);
      logger.warn(`indexing ${uri} failed: ${error instanceof Error ? error.message : String(error)}`);
    });
  }

  /**
   * In the background, file by file, so that requests are answered meanwhile. `only`: the files
   * this service indexes, when others are another service's (an editor serving several settings files).
   */
  async function indexWorkspace(progress?: IndexingProgress, only?: readonly string[]): Promise<void> {
    if (!workspace.trusted) {
      logger.info('the workspace is not trusted: only open documents are read');
      return;
    }
    const files = only ?? (await workspace.markdownFiles());
    clones = await clonesAmong(files, workspace);
    indexedFiles = files;
    progress?.begin(files.length);
    index.hold();
    try {
      logLeftOut(files, await indexFiles(files, progress));
    } finally {
      index.release();
    }
    // The index also holds open documents outside the folders: they are not among the files.
    progress?.done(files.filter((uri) => index.has(uri)).length, files.length);
    // Progress is the student's, across their files: any view of any file may differ now.
    if (files.length) views.everythingChanged(settings.debounceMs);
  }

  /** The files indexed last, read again with a new course: their readings were made with the old one. */
  async function indexOwnFiles(files: readonly string[]): Promise<void> {
    await indexWorkspace(undefined, files).catch((error: unknown) => logger.error(`indexing the workspace again for its new course failed: ${error instanceof Error ? error.message : String(error)}`));
  }

  return {
    get settings(): StudyNotesSettings {
      return settings;
    },

    /**
     * New settings; the course file they name is read (not in an untrusted workspace: it is the
     * workspace's file), a relative path from the first of `catalogBases` that holds it (by default
     * the workspace folders, then the open documents' folders). `settingsProblem`: the settings file
     * these come from cannot be used, said as the course file's problem is.
     */
    async configure(next: StudyNotesSettings, { catalogBases, settingsProblem }: { catalogBases?: readonly string[]; settingsProblem?: string } = {}): Promise<void> {
      // Settings equal to those in force keep the answers made under them: an editor says its
      // configuration changed when any extension's setting did.
      const changed = settingsProblem !== configProblem || JSON.stringify(next) !== JSON.stringify(settings);
      if (changed) settings = next;
      if (settingsProblem !== configProblem && settingsProblem) onProblem?.(settingsProblem);
      configProblem = settingsProblem;
      if (settings.catalog && !workspace.trusted) logger.info(`studyNotes.catalog is not read in an untrusted workspace, the bundled course is used: ${settings.catalog}`);
      const openFolders = openDocuments.keys().filter((uri) => uri.startsWith('file:')).map(folderOf);
      // A broken settings file names no course one can trust: none is used, never another in its place.
      await courseLoader.load(workspace.trusted && !settingsProblem ? settings.catalog : undefined, catalogBases ?? [...workspace.folders, ...openFolders]);
      if (settingsProblem) useCourse(noCourse(''), undefined);
      // Severities, globs and the course may all be others now.
      if (configured && changed) views.everythingChanged(settings.debounceMs);
      configured = true;
    },

    document: documentOf,
    isNotes,

    /** The editor changed an open document (or opened it): it is read once the typing pauses, and shown. */
    edited(uri: string): void {
      views.edited(uri, settings.debounceMs);
    },

    /**
     * The version the document is read precisely at, once its reading by lines has been replaced
     * (at once for a text read precisely from the start); undefined when it is not open.
     */
    async settled(uri: string): Promise<number | undefined> {
      for (let document = documentOf(uri); document; ) {
        await preciseReads.start(document);
        const now = documentOf(uri);
        // Still the same reading: it was read precisely, or it failed and stays read by lines.
        if (now === document) return now.version;
        document = now;
      }
      return undefined;
    },

    /** The caller is done with the document (the command line, once its findings are taken): its reading is dropped, and nothing is indexed. */
    forgetDocument(uri: string): void {
      analyses.delete(uri);
      preciseReads.forget(uri);
    },

    async documentClosed(uri: string): Promise<void> {
      views.closed(uri);
      const analysed = analyses.peek(uri);
      analyses.delete(uri);
      preciseReads.forget(uri);
      await indexSafely(uri, analysed);
    },

    async fileChanged(uri: string, deleted: boolean): Promise<void> {
      if (deleted) index.remove(uri);
      else await indexSafely(uri);
      if (!openDocuments.get(uri)) views.fileChanged(uri);
    },

    indexWorkspace,

    get indexed(): number {
      return index.size;
    },

    diagnostics: (uri: string): Diagnostic[] => remembered(uri, 'diagnostics', [], diagnosticsOf),
    /** The outline; `cancellation`: a long one stops when its request is cancelled (Cancelled). */
    symbols: (uri: string, cancellation?: Cancellation): Promise<DocumentSymbol[]> => rememberedLater(uri, 'symbols', [], (document) => answering.inSteps(symbolSteps(document), cancellation)),
    folding: (uri: string): FoldingRange[] => remembered(uri, 'folding', [], (document) => (readsAsNotes(document) ? foldingRanges(document) : [])),

    hover(uri: string, position: Position): Hover | null {
      const document = documentOf(uri);
      if (!document || !readsAsNotes(document)) return null;
      // A course page read as notes has modules but no student: no progress on its headings.
      return hover(document, position, settings, catalogs.forDocument(uri, index), isNotes(document) ? () => studentOf(document) : undefined);
    },

    /** On each area heading of a notes file, how far it goes through the course's area. */
    codeLenses: (uri: string): CodeLens[] => remembered(uri, 'codeLenses', [], lensesOf),

    /**
     * The completion feature's list (features/completion.ts). `snippets`: the client takes snippet
     * syntax (else modules come as plain text). `cancellation`: a long list stops when its request
     * is cancelled (Cancelled).
     */
    async completion(uri: string, position: Position, invoked: boolean, snippets: boolean, cancellation?: Cancellation): Promise<CompletionItem[] | CompletionList> {
      const document = documentOf(uri);
      const at = document && inText(document, position);
      if (!document || !at || !isNotes(document)) return [];
      const standing = () => ({ ...studentOf(document), levels: course().rules.levels });
      return answering.inSteps(completionSteps(document, at, { invoked, snippets, standing, catalog: () => catalogs.forDocument(uri, index), course: course(), docker: settings.docker.enabled }), cancellation);
    },

    /**
     * The quick fixes at `range` for the diagnostics the client shows there. A client that sends none
     * of ours (some send none; VS Code can, between an edit and the diagnostics it pulls after it)
     * gets those the server has at that range, as the spec leaves to servers.
     */
    codeActions(uri: string, diagnostics: readonly Diagnostic[], range?: Range): CodeAction[] {
      const document = documentOf(uri);
      if (!document) return [];
      if (!range || diagnostics.some((diagnostic) => diagnostic.source === diagnosticSource)) return codeActions(document, diagnostics);
      const own = remember(document, 'diagnostics', diagnosticsOf).filter((diagnostic) => rangesMeet(diagnostic.range, range));
      return codeActions(document, [...diagnostics, ...own]);
    },

    /** `cancellation`: a query over a large workspace stops when its request is cancelled (Cancelled). */
    workspaceSymbols: (query: string, cancellation?: Cancellation): Promise<WorkspaceSymbol[]> => answering.inSteps(index.querySteps(query), cancellation),

    /**
     * A notes file no editor has open is read from disk (by lines, as the workspace index reads it),
     * so that the Areas & Modules view need not open every file; open documents only when untrusted.
     */
    async outline(uri: string): Promise<OutlineResult> {
      const open = documentOf(uri);
      const text = open ? undefined : workspace.trusted ? await workspace.readInside(uri) : undefined;
      const document = open ?? analyses.readUnopened(uri, text ?? '');
      const outline = buildOutline(document, isNotes(document));
      if (!outline.isNotes) return outline;
      const shown = withProgress(outline, document, studentOf(document), course().catalog);
      return shown.progress ? { ...shown, progress: { ...shown.progress, rounds: withDeadlines(shown.progress.rounds, course().rules) } } : shown;
    },

    /** What the git history of the student's folder (the workspace folder holding `uri`) shows: their weeks, and each round at its due date. */
    history: (uri: string): Promise<HistoryResult> => histories.of(studentFolderOf(uri, studentFolders()).uri, { catalog: catalogs.course, course: course(), settings }),

    /** The catalog notes are read with: the bundled course's, or the user's. */
    readingCatalog: (): CatalogIndex => catalogs.course,
    notesTemplate: ({ title }: NotesTemplateParams): NotesTemplateResult => notesTemplate(title, course()),

    catalog: (): CatalogResult => ({ course: course().title, modules: catalogs.course.modules.map((module) => ({ ...module, time: module.minutes === undefined ? undefined : minutesText(module.minutes) })) }),
    course,
    /** What is wrong with the course file, if anything: the CLI refuses the notes it applies to. */
    get courseProblem(): string | undefined {
      return courseProblem;
    },

    renderModule({ uri, module, position }: RenderModuleParams): RenderModuleResult | null {
      const document = documentOf(uri);
      return document ? { snippet: renderModuleAt(document, module, position) } : null;
    },

    /** The edits that write the study timer's minutes into an open document; see writeStudyTimeRequest. */
    writeStudyTime(params: WriteStudyTimeParams): WriteStudyTimeResult | null {
      const document = documentOf(params.uri);
      return document ? writeStudyTime(document, params) : null;
    },

    dispose(): void {
      courseLoader.dispose();
      views.dispose();
    },
  };
}
