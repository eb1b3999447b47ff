// Between a transport's reader and the connection, on every transport (stdio, IPC, sockets, the
// browser's postMessage): a well-framed message the server cannot take is ignored and said once in
// the client's log, never taken for a broken transport.
import { LogMessageNotification, Message, MessageType, type DataCallback, type MessageReader, type MessageWriter, type NotificationMessage } from 'vscode-languageserver';
import { notificationShapes } from './messageShapes';

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

  constructor(private readonly writer: MessageWriter) {}

  handOn(message: Message, callback: DataCallback): void {
    if (Message.isNotification(message) && !this.admits(message)) return;
    try {
      callback(message);
    } catch (error) {
      // The message was read whole: what the library could not take of it says nothing of the next frame.
      this.ignore(`${methodOf(message)} message`, `it could not be handled: ${firstLine(error instanceof Error ? error.message : String(error))}`);
    }
  }

  private admits(notification: NotificationMessage): boolean {
    const problem = notificationShapes[notification.method]?.(notification.params, 'params');
    if (problem) this.ignore(`${notification.method} notification`, problem);
    return problem === undefined;
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

function methodOf(message: Message): string {
  const method = (message as { method?: unknown }).method;
  return typeof method === 'string' ? method : 'JSON-RPC';
}

export function firstLine(text: string): string {
  return text.split('\n', 1)[0];
}
