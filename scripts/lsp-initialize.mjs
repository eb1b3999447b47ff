// Starts the language server command named on the command line with --stdio, sends initialize
// and exits 0 once it answers with its capabilities (1 if it does not within 20 s).
import { Buffer } from 'node:buffer';
import { spawn } from 'node:child_process';
import { clearTimeout, setTimeout } from 'node:timers';

const server = spawn(process.argv[2], ['--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
const timer = setTimeout(() => finish(1, 'no answer to initialize within 20 s'), 20000);
let received = '';

function send(message) {
  const body = JSON.stringify({ jsonrpc: '2.0', ...message });
  server.stdin.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
}

function finish(code, message) {
  clearTimeout(timer);
  if (message) console.error(message);
  server.kill();
  process.exit(code);
}

server.on('error', (error) => finish(1, error.message));
server.stdout.on('data', (chunk) => {
  received += chunk.toString('utf8');
  const body = received.split('\r\n\r\n')[1];
  if (!body) return;
  try {
    const answer = JSON.parse(body);
    finish(answer.id === 1 && answer.result?.capabilities?.completionProvider ? 0 : 1, answer.id === 1 ? undefined : `unexpected: ${body}`);
  } catch {
    // Not all of the message has arrived yet.
  }
});
send({ id: 1, method: 'initialize', params: { processId: process.pid, rootUri: null, capabilities: {} } });
