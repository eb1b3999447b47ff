// What the params of the messages the server handles must hold, as LSP and protocol/protocol.ts say,
// checked before the library or the service reads them: vscode-languageserver trusts its client,
// and one `$/cancelRequest` without an id threw where the transport takes any error for a broken
// frame. Only what the server or the library reads is checked: the rest of a message is the client's.
import { catalogRequest, historyRequest, notesTemplateRequest, outlineRequest, readingSettledRequest, renderModuleRequest, writeStudyTimeRequest } from '../protocol/requests';

/** The first thing wrong with `value`, named by its path under `at` ("params.textDocument.text is not a string"); undefined when it is right. */
export type ShapeCheck = (value: unknown, at: string) => string | undefined;

const kindOf = (value: unknown): string => (value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value === 'object' ? 'an object' : `a ${typeof value}`);

/** What is wrong with `value` at `at`, which should have been `wanted`. */
const wrong = (value: unknown, at: string, wanted: string): string => (value === undefined ? `${at} is missing` : `${at} is not ${wanted} but ${kindOf(value)}`);

const string: ShapeCheck = (value, at) => (typeof value === 'string' ? undefined : wrong(value, at, 'a string'));
const integer: ShapeCheck = (value, at) => (Number.isInteger(value) ? undefined : wrong(value, at, 'an integer'));
/** A request id or a progress token. */
const id: ShapeCheck = (value, at) => (Number.isInteger(value) || typeof value === 'string' ? undefined : wrong(value, at, 'an integer or a string'));

function object(fields: Record<string, ShapeCheck>): ShapeCheck {
  return (value, at) => {
    if (typeof value !== 'object' || value === null || Array.isArray(value)) return wrong(value, at, 'an object');
    for (const [name, check] of Object.entries(fields)) {
      const problem = check((value as Record<string, unknown>)[name], `${at}.${name}`);
      if (problem) return problem;
    }
    return undefined;
  };
}

const number: ShapeCheck = (value, at) => (Number.isFinite(value) ? undefined : wrong(value, at, 'a number'));

const optional =
  (check: ShapeCheck): ShapeCheck =>
  (value, at) =>
    value === undefined ? undefined : check(value, at);

const nullable =
  (check: ShapeCheck): ShapeCheck =>
  (value, at) =>
    value === null || value === undefined ? undefined : check(value, at);

function arrayOf(check: ShapeCheck): ShapeCheck {
  return (value, at) => {
    if (!Array.isArray(value)) return wrong(value, at, 'an array');
    for (const [index, item] of value.entries()) {
      const problem = check(item, `${at}[${index}]`);
      if (problem) return problem;
    }
    return undefined;
  };
}

const oneOf =
  (...allowed: readonly (string | number)[]): ShapeCheck =>
  (value, at) =>
    allowed.includes(value as string | number) ? undefined : wrong(value, at, `one of ${allowed.map((choice) => JSON.stringify(choice)).join(', ')}`);

/** Params a request may also go without: none, null, or the `[null]` a client's `sendRequest(type, undefined)` sends. */
const noParams =
  (check: ShapeCheck): ShapeCheck =>
  (value, at) =>
    value === undefined || value === null || (Array.isArray(value) && value.every((item) => item === null || item === undefined)) ? undefined : check(value, at);

const position = object({ line: integer, character: integer });
const range = object({ start: position, end: position });
const textDocument = object({ uri: string });
const workspaceFolder = object({ uri: string, name: string });
/** Files created, changed or deleted (LSP's FileChangeType). */
const fileEvent = object({ uri: string, type: oneOf(1, 2, 3) });

/** `$/progress` may come with its token and value by position: the library takes both. */
function progress(value: unknown, at: string): string | undefined {
  if (!Array.isArray(value)) return object({ token: id })(value, at);
  return value.length === 2 ? id(value[0], `${at}[0]`) : `${at} is neither an object nor [token, value]`;
}

/**
 * The notifications the server or its library reads params of. `initialized` and `exit` carry
 * nothing read: they are taken whatever their params, as dropping them would leave the server
 * unconfigured or running. Notifications nobody listens to are the library's to drop.
 */
export const notificationShapes: Readonly<Record<string, ShapeCheck>> = {
  'textDocument/didOpen': object({ textDocument: object({ uri: string, languageId: string, version: integer, text: string }) }),
  'textDocument/didChange': object({ textDocument: object({ uri: string, version: integer }), contentChanges: arrayOf(object({ range: optional(range), rangeLength: optional(integer), text: string })) }),
  'textDocument/didClose': object({ textDocument }),
  'textDocument/didSave': object({ textDocument, text: optional(string) }),
  'textDocument/willSave': object({ textDocument, reason: oneOf(1, 2, 3) }),
  // `settings` is whatever the client holds; a client that is asked for settings sends null.
  'workspace/didChangeConfiguration': object({}),
  'workspace/didChangeWatchedFiles': object({ changes: arrayOf(fileEvent) }),
  'workspace/didChangeWorkspaceFolders': object({ event: object({ added: arrayOf(workspaceFolder), removed: arrayOf(workspaceFolder) }) }),
  '$/setTrace': object({ value: oneOf('off', 'messages', 'verbose') }),
  '$/logTrace': object({ message: string, verbose: optional(string) }),
  '$/cancelRequest': object({ id }),
  '$/progress': progress,
  'window/workDoneProgress/cancel': object({ token: id }),
};


const byUri = object({ uri: string });

/**
 * The requests whose params the server reads without a check of its own: `initialize`, and the
 * custom ones (protocol/requests.ts), which answered `# undefined` for a template without a title.
 * The standard requests' handlers answer nothing for params they cannot read (lspServer.ts, safely).
 */
export const requestShapes: Readonly<Record<string, ShapeCheck>> = {
  initialize: object({ capabilities: object({}), rootUri: nullable(string), workspaceFolders: nullable(arrayOf(workspaceFolder)) }),
  [outlineRequest.method]: byUri,
  [historyRequest.method]: byUri,
  [readingSettledRequest.method]: byUri,
  [notesTemplateRequest.method]: object({ title: string, uri: optional(string) }),
  [catalogRequest.method]: noParams(object({ uri: optional(string) })),
  [renderModuleRequest.method]: object({ uri: string, module: object({ title: string, url: optional(string), minutes: optional(number) }), position }),
  [writeStudyTimeRequest.method]: object({ uri: string, module: object({ title: string, line: integer }), minutes: number, mode: oneOf('add', 'replace') }),
};
