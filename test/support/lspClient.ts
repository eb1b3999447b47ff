import { spawn, type ChildProcess } from 'node:child_process';
import { createProtocolConnection, StreamMessageReader, StreamMessageWriter, type ProtocolConnection, type ShowMessageParams } from 'vscode-languageserver-protocol/node';
import { projectRoot as root, serverBundle } from './lsp';

/** The built server over stdio, with the window messages it showed. */
export class StdioServer {
  readonly connection: ProtocolConnection;
  readonly messages: ShowMessageParams[] = [];
  private readonly process: ChildProcess;
  private readonly messageWaiters: (() => void)[] = [];

  constructor() {
    this.process = spawn('node', [serverBundle, '--stdio'], { cwd: root, stdio: ['pipe', 'pipe', 'inherit'] });
    this.connection = createProtocolConnection(new StreamMessageReader(this.process.stdout!), new StreamMessageWriter(this.process.stdin!));
    this.connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
      this.messages.push(params);
      this.messageWaiters.splice(0).forEach((wake) => wake());
    });
    this.connection.listen();
  }

  async initialize(params: { workspaceFolders?: { uri: string; name: string }[]; initializationOptions?: unknown }): Promise<void> {
    await this.connection.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {}, workspaceFolders: params.workspaceFolders ?? null, initializationOptions: params.initializationOptions });
    await this.connection.sendNotification('initialized', {});
  }

  /** Resolves with the first shown message that passes the test, or rejects after `timeoutMs`. */
  async message(test: (params: ShowMessageParams) => boolean, timeoutMs = 5000): Promise<ShowMessageParams> {
    const deadline = Date.now() + timeoutMs;
    for (;;) {
      const found = this.messages.find(test);
      if (found) return found;
      if (Date.now() > deadline) throw new Error(`no such message; shown: ${JSON.stringify(this.messages)}`);
      await new Promise<void>((resolve) => {
        this.messageWaiters.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  }

  stop(): void {
    this.connection.dispose();
    this.process.kill();
  }
}

/** Retries `attempt` until it returns a value, for effects that land asynchronously (a file watcher). */
export async function eventually<T>(attempt: () => Promise<T | undefined>, timeoutMs = 5000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
