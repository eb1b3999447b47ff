// The server's writer over a real socket (a Unix socket in a temporary folder): what it tells of a
// big message leaving, which the work that can wait waits for (service/answering.ts).
import assert from 'node:assert/strict';
import { once } from 'node:events';
import { mkdtempSync, rmSync } from 'node:fs';
import net from 'node:net';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { NotificationMessage } from 'vscode-languageserver';
import { letOthersRun } from '../../server/src/document/letOthersRun';
import { StreamMessageWriter } from '../../server/src/lsp/nodeLibrary';
import { SentWriter } from '../../server/src/lsp/sentWriter';

describe('the transport writer that tells when what it wrote has left (lsp/sentWriter.ts)', () => {
  let dir: string;
  let server: net.Server;
  let client: net.Socket;
  let peer: net.Socket;

  beforeEach(async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'study-notes-sent-'));
    server = net.createServer();
    server.listen(path.join(dir, 'socket'));
    await once(server, 'listening');
    const accepted = once(server, 'connection');
    client = net.connect(path.join(dir, 'socket'));
    [peer] = (await accepted) as [net.Socket];
    peer.pause();
  });
  afterEach(() => {
    client.destroy();
    peer.destroy();
    server.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('has sent nothing pending at first, and a big message only once the other side read it', async () => {
    const writer = new SentWriter(new StreamMessageWriter(client));
    await writer.sent();
    const message: NotificationMessage = { jsonrpc: '2.0', method: 'big', params: ['x'.repeat(8_000_000)] };
    const written = writer.write(message);
    let sent = false;
    const whenSent = writer.sent().then(() => (sent = true));
    // The sockets' buffers hold far less than 8 MB: the rest waits for the reader, turn after turn.
    for (let turn = 0; turn < 10; turn++) await letOthersRun();
    assert.equal(sent, false, 'sent while the other side read nothing');
    let received = 0;
    peer.on('data', (chunk: Buffer) => (received += chunk.length));
    peer.resume();
    await Promise.all([written, whenSent]);
    assert.ok(client.bytesWritten > 8_000_000, `${client.bytesWritten} bytes written`);
    assert.ok(received > 0);
  });
});
