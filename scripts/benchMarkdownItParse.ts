// The floor of a big file's first answer: a fresh Node process that reads the notes from its
// standard input, as a server reads a didOpen, and parses them with markdown-it (the parser VS
// Code's Markdown server asks its client for) and nothing else. benchPeers.ts times it from spawn
// to exit, in the same rotation as the servers.
import MarkdownIt from 'markdown-it';

const chunks: Buffer[] = [];
process.stdin.on('data', (chunk: Buffer) => chunks.push(chunk));
process.stdin.on('end', () => {
  new MarkdownIt({ html: true }).parse(Buffer.concat(chunks).toString('utf8'), {});
});
