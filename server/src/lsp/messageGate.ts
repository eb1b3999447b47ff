// Between a transport's reader and the connection, on every transport (stdio, IPC, sockets, the
// browser's postMessage): a well-framed message the server cannot take is ignored and said once in
// the client's log, never taken for a broken transport, and a request it cannot take is answered
// with LSP's error for it. vscode-languageserver leaves the lifecycle to the server: it answered
// requests before `initialize` and after `shutdown` as any other.
import type { DataCallback, MessageReader, MessageWriter, NotificationMessage, RequestMessage, ResponseMessage } from 'vscode-languageserver';
import { ErrorCodes, LogMessageNotification, Message, MessageType } from './library';
import { notificationShapes, requestShapes } from './messageShapes';

/** Where the client is in LSP's lifecycle: initialize, work, shutdown, exit. */
type Lifecycle = 'uninitialized' | 'running' | 'shut down';

/** `reader` as the connection should see it: only messages the server can take reach it. */
export function gated(reader: MessageReader, writer: MessageWriter): MessageReader {
  const gate = new MessageGate(writer);
  return {
    onError: reader.onError,
    onClose: reader.onClose,
    onPartialMessage: reader.onPartialMessage,
    listen: (callback) => reader.listen((message) => gate.handOn(message, callback)),
    dispose: () => reader.dispose(),
  };
}

class MessageGate {
  /** The kinds of messages already said to be ignored: a client that repeats one must not flood the log. */
  private readonly said = new Set<string>();
  private lifecycle: Lifecycle = 'uninitialized';
  /** `initialized` starts the server's work (settings, indexing): once, as LSP sends it once. */
  private initializedSeen = false;

  constructor(private readonly writer: MessageWriter) {}

  handOn(message: Message, callback: DataCallback): void {
    if (Message.isNotification(message) && !this.admits(message)) return;
    if (Message.isRequest(message) && !this.takes(message)) return;
    try {
      callback(message);
    } catch (error) {
      // The message was read whole: what the library could not take of it says nothing of the next frame.
      this.ignore(`${methodOf(message)} message`, `it could not be handled: ${firstLine(error instanceof Error ? error.message : String(error))}`);
    }
  }

  /** LSP drops every notification before `initialize` but `exit`. */
  private admits(notification: NotificationMessage): boolean {
    if (notification.method === 'exit') return true;
    const problem = this.lifecycle === 'uninitialized' ? 'it came before initialize' : this.repeated(notification) ? 'it came again: the server started its work at the first one' : notificationShapes[notification.method]?.(notification.params, 'params');
    if (problem) this.ignore(`${notification.method} notification`, problem);
    return problem === undefined;
  }

  private repeated(notification: NotificationMessage): boolean {
    if (notification.method !== 'initialized') return false;
    const seen = this.initializedSeen;
    this.initializedSeen = true;
    return seen;
  }

  /** Whether the connection may answer `request`; the gate answers one it may not with LSP's error. */
  private takes(request: RequestMessage): boolean {
    const refusal = this.refusal(request);
    if (refusal) {
      const response: ResponseMessage = { jsonrpc: '2.0', id: request.id, error: { code: refusal.code, message: `${request.method}: ${refusal.message}` } };
      void this.writer.write(response).catch(() => undefined);
      return false;
    }
    if (request.method === 'initialize') this.lifecycle = 'running';
    if (request.method === 'shutdown') this.lifecycle = 'shut down';
    return true;
  }

  private refusal(request: RequestMessage): { code: number; message: string } | undefined {
    const initialize = request.method === 'initialize';
    if (this.lifecycle === 'uninitialized' && !initialize) return { code: ErrorCodes.ServerNotInitialized, message: 'the server is not initialized yet: initialize comes first' };
    if (this.lifecycle === 'shut down') return { code: ErrorCodes.InvalidRequest, message: 'the server is shut down: only exit may follow' };
    if (this.lifecycle === 'running' && initialize) return { code: ErrorCodes.InvalidRequest, message: 'the server is already initialized' };
    const problem = requestShapes[request.method]?.(request.params, 'params') ?? documentRequestProblem(request);
    return problem ? { code: ErrorCodes.InvalidParams, message: problem } : undefined;
  }

  private ignore(kind: string, why: string): void {
    if (this.said.has(kind)) return;
    this.said.add(kind);
    this.log(`study-notes-ls: ignored a ${kind}: ${why}; further ones are ignored without a word`);
  }

  private log(message: string): void {
    void this.writer.write({ jsonrpc: '2.0', method: LogMessageNotification.method, params: { type: MessageType.Warning, message } } as NotificationMessage).catch(() => undefined);
  }
}

/** Every `textDocument/…` request names its document: `params: null` was an internal error from deep in the library. */
function documentRequestProblem({ method, params }: RequestMessage): string | undefined {
  if (!method.startsWith('textDocument/')) return undefined;
  const uri = (params as { textDocument?: { uri?: unknown } } | null | undefined)?.textDocument?.uri;
  return typeof uri === 'string' ? undefined : 'params.textDocument.uri: a document URI is expected';
}

function methodOf(message: Message): string {
  const method = (message as { method?: unknown }).method;
  return typeof method === 'string' ? method : 'JSON-RPC';
}

export function firstLine(text: string): string {
  return text.split('\n', 1)[0];
}
