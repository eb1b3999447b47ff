// The transports of the Node server, chosen by the command line as vscode-languageserver would
// choose them (--stdio, --node-ipc, --socket=PORT, --pipe=NAME), built here so that every one of
// them reaches the connection through the message gate (messageGate.ts).
import type { MessageReader, MessageWriter } from 'vscode-languageserver/node';
import { createServerPipeTransport, createServerSocketTransport, IPCMessageReader, IPCMessageWriter } from './nodeLibrary';
import { gated } from './messageGate';
import { SentWriter } from './sentWriter';
import { stdioTransport } from './stdioTransport';

export function nodeTransport(argv: readonly string[]): [MessageReader, SentWriter] {
  const [reader, transportWriter] = transportNamed(argv);
  const writer = new SentWriter(transportWriter);
  return [gated(reader, writer), writer];
}

function transportNamed(argv: readonly string[]): [MessageReader, MessageWriter] {
  if (argv.includes('--stdio')) return stdioTransport();
  if (argv.includes('--node-ipc')) return [new IPCMessageReader(process), new IPCMessageWriter(process)];
  const port = optionValue(argv, '--socket');
  if (port !== undefined) return createServerSocketTransport(Number(port));
  const pipe = optionValue(argv, '--pipe');
  if (pipe !== undefined) return createServerPipeTransport(pipe);
  process.stderr.write('study-notes-ls: say how the client speaks to the server: --stdio, --node-ipc, --socket=PORT or --pipe=NAME\n');
  return process.exit(2);
}

/** `--name=value` or `--name value`. */
function optionValue(argv: readonly string[], name: string): string | undefined {
  const at = argv.indexOf(name);
  if (at >= 0) return argv[at + 1];
  return argv.find((arg) => arg.startsWith(`${name}=`))?.slice(name.length + 1);
}
