// A language server and a test client of it: started in this process or spawned from the built
// bundle over stdio, initialized, documents opened and edited, diagnostics (pulled or pushed),
// symbols and the protocol's requests asked, and a crash noticed.
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { existsSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import {
  CancellationTokenSource,
  createProtocolConnection,
  IPCMessageReader,
  IPCMessageWriter,
  StreamMessageReader,
  StreamMessageWriter,
  type CompletionItem,
  type CompletionList,
  type Diagnostic,
  type DocumentDiagnosticReport,
  type LogMessageParams,
  type MessageReader,
  type MessageWriter,
  type ProtocolConnection,
  type PublishDiagnosticsParams,
  type RequestType,
  type ShowMessageParams,
  type TextDocumentContentChangeEvent,
} from 'vscode-languageserver-protocol/node';
import { outlineChangedNotification, readingSettledRequest } from '../../server/src/protocol/requests';
import { startInProcess, type ServerPipes } from './inProcessServer';

export const projectRoot = path.resolve(__dirname, '../..');
/**
 * How long a wait for an event may take before it is called a hang: long enough for a loaded
 * machine, short of mocha's 20 s, so that the failure names what was awaited.
 */
const hangMs = 15_000;
/** STUDY_NOTES_SERVER runs the suites against another build of the server (a variant under test). */
export const serverBundle = process.env.STUDY_NOTES_SERVER ? path.resolve(process.env.STUDY_NOTES_SERVER) : path.join(projectRoot, 'dist/server.js');

function newestSource(directory: string): number {
  return Math.max(
    ...readdirSync(directory, { withFileTypes: true }).map((entry) => {
      const full = path.join(directory, entry.name);
      return entry.isDirectory() ? newestSource(full) : statSync(full).mtimeMs;
    }),
  );
}

/** Builds dist/ when a source is newer than the server bundle (npm test builds first anyway). */
export function ensureBuilt(): void {
  const bundles = ['server.js', 'serverMain.js', 'extension.js', 'cli.js'].map((name) => path.join(projectRoot, 'dist', name));
  const newest = Math.max(newestSource(path.join(projectRoot, 'server/src')), newestSource(path.join(projectRoot, 'client/src')));
  if (bundles.every((bundle) => existsSync(bundle) && statSync(bundle).mtimeMs >= newest)) return;
  execFileSync(process.execPath, ['scripts/build.mjs'], { cwd: projectRoot, stdio: 'inherit' });
}

export interface StartOptions {
  /** Ask for pulled diagnostics (as VS Code does) instead of waiting for published ones. */
  pull?: boolean;
  /** Node options before the bundle, e.g. `--require` of a guard (a spawned server's). */
  nodeArgs?: string[];
  env?: NodeJS.ProcessEnv;
  rootUri?: string | null;
  initializationOptions?: unknown;
  /** Settings sent with didChangeConfiguration after initialized (`{ studyNotes: {...} }`). */
  settings?: unknown;
  /** Declare snippet support in completions, as VS Code does. */
  snippets?: boolean;
  /** Declare that the client asks for CodeLenses again when told to, as VS Code does. */
  codeLensRefresh?: boolean;
  /** More client capabilities, merged over the ones above at their top level (`window`, `workspace`). */
  capabilities?: Record<string, unknown>;
  /** The built bundle spawned, over stdio (editors other than VS Code) or Node IPC (VS Code desktop's transport); by default the server runs in this process. */
  transport?: 'stdio' | 'ipc';
  /** Declare work done progress, as VS Code does: the server reports indexing (see LspServer.progress). */
  progress?: boolean;
}

/** Whether suites reach their servers over stdio, as an editor does: for a build under test (STUDY_NOTES_SERVER), or all of them when STUDY_NOTES_LSP=stdio. */
const spawnedByDefault = process.env.STUDY_NOTES_SERVER !== undefined || process.env.STUDY_NOTES_LSP === 'stdio';

/**
 * One running server and a client connection to it. LspServer.start runs it in this process
 * (fast, and the server's source can be debugged); SpawnedServer.start runs the built bundle over
 * stdio or IPC, for the suites about the transport, the process and its limits.
 */
export abstract class LspServer {
  readonly published: PublishDiagnosticsParams[] = [];
  /** The window messages the server showed. */
  readonly messages: ShowMessageParams[] = [];
  /** What the server wrote to the client's log. */
  readonly logs: string[] = [];
  /** The kinds of the progress the server reported, in order: begin, report…, end. */
  readonly progress: string[] = [];
  /** How often the server asked the client to pull diagnostics again (a new catalog, new settings). */
  refreshes = 0;
  /** How often the server asked the client for CodeLenses again. */
  lensRefreshes = 0;
  /** What the server registered with the client (client/registerCapability), in order. */
  readonly registrations: { method: string; registerOptions?: unknown }[] = [];
  /** The documents whose outline the server said may have changed; undefined for all of them. */
  readonly outlinesChanged: (string | undefined)[] = [];
  private readonly events: (() => void)[] = [];
  /** A waiter of no version takes the next diagnostics published for the document. */
  private readonly waiters: { uri: string; version?: number; resolve: (params: PublishDiagnosticsParams) => void }[] = [];
  readonly connection: ProtocolConnection;
  readonly pull: boolean;

  protected constructor(reader: MessageReader, writer: MessageWriter, options: StartOptions) {
    this.pull = options.pull ?? false;
    this.connection = createProtocolConnection(reader, writer);
    this.connection.onNotification('textDocument/publishDiagnostics', (params: PublishDiagnosticsParams) => {
      this.published.push(params);
      for (const waiter of this.waiters.filter((w) => w.uri === params.uri && (w.version === undefined || w.version === params.version))) waiter.resolve(params);
    });
    this.connection.onRequest('workspace/codeLens/refresh', () => {
      this.lensRefreshes++;
      this.wake();
      return null;
    });
    // The server may ask for a refresh or show a message; a test client just says yes.
    this.connection.onRequest('workspace/diagnostic/refresh', () => {
      this.refreshes++;
      this.wake();
      return null;
    });
    this.connection.onRequest('client/registerCapability', (params: { registrations: { method: string; registerOptions?: unknown }[] }) => {
      this.registrations.push(...params.registrations);
      this.wake();
      return null;
    });
    for (const method of ['window/workDoneProgress/create', 'window/showMessageRequest']) this.connection.onRequest(method, () => null);
    this.connection.onNotification('window/showMessage', (params: ShowMessageParams) => {
      this.messages.push(params);
      this.wake();
    });
    this.connection.onNotification('window/logMessage', ({ message }: LogMessageParams) => {
      this.logs.push(message);
      this.wake();
    });
    this.connection.onNotification(outlineChangedNotification, (params: { uri?: string }) => {
      this.outlinesChanged.push(params.uri);
      this.wake();
    });
    this.connection.onNotification('$/progress', ({ value }: { value: { kind: string } }) => {
      this.progress.push(value.kind);
      this.wake();
    });
    this.connection.onNotification('telemetry/event', () => undefined);
    this.connection.listen();
  }

  /** Whether the server still runs. */
  abstract get alive(): boolean;

  /** Sends a message as it is, outside the client connection's checks (params null, a cancel without an id). */
  abstract sendRaw(message: Record<string, unknown>): void;

  /** The client's process id, sent at initialize: the server's watchdog ends its process when that one is gone. */
  protected abstract readonly clientProcessId: number | null;

  /** Once the client said exit: the server is made sure to be gone. */
  protected abstract ended(): Promise<void>;

  protected wake(): void {
    this.events.splice(0).forEach((wake) => wake());
  }

  /** Resolves when `test` holds, checked after each message or refresh from the server; rejects after `timeoutMs`. */
  async until<T>(test: () => T | undefined, what: string, timeoutMs = hangMs): Promise<T> {
    return within(
      (async () => {
        for (;;) {
          const found = test();
          if (found !== undefined) return found;
          await new Promise<void>((resolve) => this.events.push(resolve));
        }
      })(),
      timeoutMs,
      what,
    );
  }

  /** The first log line that passes `test`. */
  log(test: (message: string) => boolean, timeoutMs?: number): Promise<string> {
    return this.until(() => this.logs.find(test), `a log line; logged: ${this.logs.slice(-5).join(' | ')}`, timeoutMs);
  }

  /** The first shown message that passes `test`. */
  message(test: (params: ShowMessageParams) => boolean): Promise<ShowMessageParams> {
    return this.until(() => this.messages.find(test), `a message; shown: ${JSON.stringify(this.messages)}`);
  }

  /** A server initialized as `options` say, in this process unless the environment asks for the built bundle over stdio. */
  static async start(options: StartOptions = {}): Promise<LspServer> {
    return spawnedByDefault || options.transport ? SpawnedServer.start(options) : LspServer.inProcess(options);
  }

  /** A server initialized as `options` say, in this process whatever the environment asks. */
  static async inProcess(options: StartOptions = {}): Promise<LspServer> {
    const server = new InProcessServer(options);
    await server.initialize(options);
    return server;
  }

  protected async initialize(options: StartOptions): Promise<void> {
    const capabilities = {
      // What VS Code says it takes; a test of another client names its own (clientForms.test.ts).
      textDocument: {
        hover: { contentFormat: ['markdown', 'plaintext'] },
        documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix'] } } },
        completion: { completionItem: { documentationFormat: ['markdown', 'plaintext'], labelDetailsSupport: true, ...(options.snippets ? { snippetSupport: true } : {}) } },
        ...(options.pull ? { diagnostic: { dynamicRegistration: false } } : {}),
      },
      // As VS Code does, a client that pulls diagnostics takes a request to pull them again.
      workspace: { ...(options.codeLensRefresh ? { codeLens: { refreshSupport: true } } : {}), ...(options.pull ? { diagnostics: { refreshSupport: true } } : {}) },
      ...(options.progress ? { window: { workDoneProgress: true } } : {}),
      ...options.capabilities,
    };
    await this.connection.sendRequest('initialize', {
      processId: this.clientProcessId,
      rootUri: options.rootUri ?? null,
      workspaceFolders: options.rootUri ? [{ uri: options.rootUri, name: 'workspace' }] : null,
      capabilities,
      initializationOptions: options.initializationOptions,
    });
    await this.connection.sendNotification('initialized', {});
    if (options.settings) await this.connection.sendNotification('workspace/didChangeConfiguration', { settings: options.settings });
  }

  /** Resolves when the server publishes diagnostics for that version (push mode). */
  whenPublished(uri: string, version: number): Promise<PublishDiagnosticsParams> {
    // The last: a long text's precise reading may publish its version again (service/preciseReads.ts).
    const already = [...this.published].reverse().find((params) => params.uri === uri && params.version === version);
    return already ? Promise.resolve(already) : new Promise((resolve) => this.waiters.push({ uri, version, resolve }));
  }

  /** Resolves at the next diagnostics published for the document, of any version (push mode). */
  nextPublished(uri: string): Promise<PublishDiagnosticsParams> {
    return new Promise((resolve) => this.waiters.push({ uri, resolve }));
  }

  /** Opens a document and, in push mode, waits for its diagnostics. */
  async openAndPublished(uri: string, text: string, version = 1): Promise<Diagnostic[]> {
    const published = this.whenPublished(uri, version);
    await this.open(uri, text, version);
    return (await published).diagnostics;
  }

  async open(uri: string, text: string, version = 1): Promise<void> {
    await this.connection.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version, text } });
  }

  async change(uri: string, version: number, contentChanges: TextDocumentContentChangeEvent[]): Promise<void> {
    await this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges });
  }

  async close(uri: string): Promise<void> {
    await this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** The diagnostics of the document's current version: pulled, or the ones published for `version`. */
  async diagnostics(uri: string, version: number): Promise<Diagnostic[]> {
    if (this.pull) {
      const report: DocumentDiagnosticReport = await this.connection.sendRequest('textDocument/diagnostic', { textDocument: { uri } });
      return report.kind === 'full' ? report.items : [];
    }
    return (await this.whenPublished(uri, version)).diagnostics;
  }

  /** Waits until the document's reading by lines, if it had one, is replaced by its precise reading. */
  async settled(uri: string): Promise<void> {
    await this.connection.sendRequest(readingSettledRequest, { uri });
  }

  /** A request of the protocol's whose answer the test goes on with: null fails the test, saying which. */
  async answer<P, R>(type: RequestType<P, R | null, void>, params: P): Promise<R> {
    const result = await this.request(type, params);
    if (result === null) throw new Error(`${type.method} answered null`);
    return result;
  }

  /** A request of the protocol's (typed by it), or any method by name. */
  request<P, R>(type: RequestType<P, R, void>, params: P, token?: CancellationTokenSource): Promise<R>;
  request<R>(method: string, params: unknown, token?: CancellationTokenSource): Promise<R>;
  request<R>(method: string | RequestType<unknown, R, void>, params: unknown, token?: CancellationTokenSource): Promise<R> {
    const name = typeof method === 'string' ? method : method.method;
    return token ? this.connection.sendRequest(name, params, token.token) : this.connection.sendRequest(name, params);
  }

  async stop(): Promise<void> {
    if (!this.alive) return;
    try {
      // A server that hangs is stopped all the same.
      await within(this.connection.sendRequest('shutdown'), 2000, 'shutdown').catch(() => undefined);
      await this.connection.sendNotification('exit');
    } catch {
      // Already gone.
    }
    this.connection.dispose();
    await this.ended();
  }
}

/** The built bundle (serverBundle) in a process of its own, over stdio or Node IPC. */
export class SpawnedServer extends LspServer {
  readonly stderr: string[] = [];
  exitCode: number | null | undefined;
  protected readonly clientProcessId = process.pid;

  private constructor(
    readonly process: ChildProcess,
    options: StartOptions,
  ) {
    const ipc = options.transport === 'ipc';
    super(ipc ? new IPCMessageReader(process) : new StreamMessageReader(process.stdout!), ipc ? new IPCMessageWriter(process) : new StreamMessageWriter(process.stdin!), options);
    process.stderr!.on('data', (chunk: Buffer) => this.stderr.push(chunk.toString('utf8')));
    process.on('exit', (code) => (this.exitCode = code));
  }

  /** A server started and not yet initialized: the client's first message is the caller's. */
  static spawn(options: StartOptions = {}): SpawnedServer {
    const ipc = options.transport === 'ipc';
    const child = spawn(process.execPath, [...(options.nodeArgs ?? []), serverBundle, ipc ? '--node-ipc' : '--stdio'], { cwd: projectRoot, stdio: ['pipe', 'pipe', 'pipe', ...(ipc ? ['ipc' as const] : [])], env: { ...process.env, ...options.env } });
    return new SpawnedServer(child, options);
  }

  /** A spawned server, initialized (over stdio unless `options.transport` says IPC). */
  static override async start(options: StartOptions = {}): Promise<SpawnedServer> {
    const server = SpawnedServer.spawn(options);
    await server.initialize(options);
    return server;
  }

  sendRaw(message: Record<string, unknown>): void {
    const body = { jsonrpc: '2.0', ...message };
    if (this.process.channel) return void this.process.send(body);
    const frame = JSON.stringify(body);
    this.process.stdin!.write(`Content-Length: ${Buffer.byteLength(frame)}\r\n\r\n${frame}`);
  }

  get alive(): boolean {
    return this.exitCode === undefined;
  }

  protected async ended(): Promise<void> {
    if (this.alive) this.process.kill();
  }
}

/** The server's source run in this process (support/inProcessServer.ts), over in-memory pipes. */
class InProcessServer extends LspServer {
  // No id: the watchdog would poll it for as long as mocha runs, and end mocha's process with the server's.
  protected readonly clientProcessId = null;
  private running = true;

  constructor(
    options: StartOptions,
    private readonly pipes: ServerPipes = startInProcess(),
  ) {
    super(new StreamMessageReader(pipes.fromServer), new StreamMessageWriter(pipes.toServer), options);
    void pipes.stopped.then(() => {
      this.running = false;
      this.wake();
    });
  }

  sendRaw(message: Record<string, unknown>): void {
    const frame = JSON.stringify({ jsonrpc: '2.0', ...message });
    this.pipes.toServer.write(`Content-Length: ${Buffer.byteLength(frame)}\r\n\r\n${frame}`);
  }

  get alive(): boolean {
    return this.running;
  }

  protected async ended(): Promise<void> {
    // The exit sent may not have reached the server (one that stopped answering): it is stopped here.
    this.pipes.stop();
    await this.pipes.stopped;
  }
}

/** A process's peak resident memory (Linux's VmHWM), in bytes; undefined where /proc does not tell it. */
export function peakMemory(pid: number | undefined): number | undefined {
  const status = pid !== undefined && existsSync(`/proc/${pid}/status`) ? readFileSync(`/proc/${pid}/status`, 'utf8') : '';
  const kilobytes = /^VmHWM:\s+(\d+) kB/m.exec(status)?.[1];
  return kilobytes === undefined ? undefined : Number(kilobytes) * 1024;
}

/** The CPU time a process has used so far (Linux /proc: user and system, all its threads), in ms; undefined elsewhere. */
export function cpuTime(pid: number | undefined): number | undefined {
  const stat = pid !== undefined && existsSync(`/proc/${pid}/stat`) ? readFileSync(`/proc/${pid}/stat`, 'utf8') : '';
  // The fields after the command name, which may hold spaces and parentheses: utime and stime are the 12th and 13th.
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  // Counted in USER_HZ, 100 a second on Linux.
  return fields.length > 12 ? (Number(fields[11]) + Number(fields[12])) * 10 : undefined;
}

/**
 * Starts a new peak for peakMemory (Linux: writing 5 to /proc/PID/clear_refs sets VmHWM to the
 * current resident memory); false where the system does not let it.
 */
export function resetPeakMemory(pid: number | undefined): boolean {
  try {
    writeFileSync(`/proc/${pid}/clear_refs`, '5');
    return true;
  } catch {
    return false;
  }
}

/** Rejects when `promise` takes longer than `ms`, naming what was awaited. */
export function within<T>(promise: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    promise.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`${what}: no answer within ${ms} ms`)), ms);
    }),
  ]);
}

/** Retries `attempt` until it returns a value, for effects that land asynchronously with no event to await (a file watcher). */
export async function eventually<T>(attempt: () => Promise<T | undefined>, timeoutMs = hangMs): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await attempt();
    if (value !== undefined) return value;
    if (Date.now() > deadline) throw new Error('gave up waiting');
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}

/** Completion items in the order the client shows them. */
export function sorted(result: CompletionList | CompletionItem[] | null): CompletionItem[] {
  const items = Array.isArray(result) ? result : (result?.items ?? []);
  return [...items].sort((a, b) => (a.sortText ?? '').localeCompare(b.sortText ?? ''));
}
