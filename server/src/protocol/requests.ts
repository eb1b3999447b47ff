// The messages the client and the server send each other, typed: a handler and a call agree on
// params and result by the compiler. Apart from protocol.ts (the shapes) so that the service, its
// features and the CLI, which need only the shapes, do not load the JSON-RPC library.
import { NotificationType, RequestType, RequestType0 } from 'vscode-languageserver-protocol';
import type { CatalogParams, CatalogResult, HistoryParams, HistoryResult, NotesTemplateParams, NotesTemplateResult, OutlineChangedParams, OutlineParams, OutlineResult, ReadFileParams, ReadingSettledParams, RenderModuleParams, RenderModuleResult, WriteStudyTimeParams, WriteStudyTimeResult } from './protocol';

/**
 * Custom requests between the VS Code client and the server. The client's sidebar and status bar
 * show only what these return: there is no second parser in the client.
 */
export const outlineRequest = new RequestType<OutlineParams, OutlineResult | null, void>('studyNotes/outline');

/** Sent by the server when a document's outline may have changed. */
export const outlineChangedNotification = new NotificationType<OutlineChangedParams>('studyNotes/outlineChanged');

/**
 * Answers once the document is read precisely: a long text is answered from a reading by lines
 * first (service/preciseReads.ts). Params: { uri }; result: the version read, or null when the
 * document is not open. For tools and tests that compare what the server finally shows.
 */
export const readingSettledRequest = new RequestType<ReadingSettledParams, number | null, void>('studyNotes/readingSettled');

/**
 * `studyNotes/catalog`: the course the server reads notes with (the bundled course, or the
 * user's, which replaces it unless it extends it), for templates and the "Insert module" pick
 * list. Modules written in other notes files are left out: they are suggestions, not the course.
 */
export const catalogRequest = new RequestType<CatalogParams | undefined, CatalogResult, void>('studyNotes/catalog');

/**
 * `studyNotes/renderModule`: a catalog module as the document at `uri` would write it at
 * `position`: a snippet (minutes as `${1:30}`, the notes line as `$0`) in the document's style.
 */
export const renderModuleRequest = new RequestType<RenderModuleParams, RenderModuleResult | null, void>('studyNotes/renderModule');

/**
 * `studyNotes/writeStudyTime`: the edits that write a module's measured time into the notes, in
 * their own style (the client's study timer; the server is the one writer of the notes' format).
 * Null when the document is not open or has no such module.
 */
export const writeStudyTimeRequest = new RequestType<WriteStudyTimeParams, WriteStudyTimeResult | null, void>('studyNotes/writeStudyTime');

/**
 * `studyNotes/notesTemplate`: a new notes document laid out like the course the server reads notes
 * with: title, areas, level markers, and the empty line where the first module goes (0-based).
 */
export const notesTemplateRequest = new RequestType<NotesTemplateParams, NotesTemplateResult | null, void>('studyNotes/notesTemplate');

/**
 * The workspace's files as the client reads them, for a server with no file system of its own (a
 * Web Worker in VS Code for the web). `readFile` answers a file's text (an error when it cannot be
 * read); `markdownFiles` the workspace's Markdown files, as URIs.
 */
export const readFileRequest = new RequestType<ReadFileParams, string | null, void>('studyNotes/workspace/readFile');

export const markdownFilesRequest = new RequestType0<string[], void>('studyNotes/workspace/markdownFiles');

/**
 * `studyNotes/history`: what the git history of the student's notes folder (the workspace folder
 * holding `uri`) tells: the time logged per week and, per round, what the notes held at its due
 * date. Read by the server in Node with git; elsewhere `unavailable` says why.
 */
export const historyRequest = new RequestType<HistoryParams, HistoryResult | null, void>('studyNotes/history');
