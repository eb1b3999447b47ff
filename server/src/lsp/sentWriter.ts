import type { Message, MessageWriter } from 'vscode-languageserver';

/**
 * A transport's writer that tells when all it was given has left the process. A big answer (10 MB
 * of notes' outline, a megabyte of JSON) leaves a stream in pieces as the client reads them, each
 * in a turn of the event loop: work that can wait (an edit's diagnostics, the workspace index) must
 * not start before, or the client waits for the rest behind it.
 */
export class SentWriter implements MessageWriter {
  private writing = 0;
  private waiting: (() => void)[] = [];

  constructor(private readonly writer: MessageWriter) {}

  get onError(): MessageWriter['onError'] {
    return this.writer.onError;
  }

  get onClose(): MessageWriter['onClose'] {
    return this.writer.onClose;
  }

  async write(message: Message): Promise<void> {
    this.writing++;
    try {
      await this.writer.write(message);
    } finally {
      if (--this.writing === 0) for (const resolve of this.waiting.splice(0)) resolve();
    }
  }

  /** Resolves once every message written so far has left (or failed to). */
  sent(): Promise<void> {
    return this.writing === 0 ? Promise.resolve() : new Promise((resolve) => this.waiting.push(resolve));
  }

  end(): void {
    this.writer.end();
  }

  dispose(): void {
    this.writer.dispose();
  }
}
