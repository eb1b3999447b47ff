import assert from 'node:assert/strict';
import type { Hover, MarkupContent } from 'vscode-languageserver-types';
import { dockerHover } from '../../server/src/docker/dockerHover';
import { collectCode } from '../../server/src/notes/code';
import { SourceMap } from '../../server/src/notes/source';
import { parseMarkdown } from '../../server/src/notes/parse';

/** Hover at `¦` (the marker is removed from the document). */
function hover(textWithCursor: string): Hover | undefined {
  const offset = textWithCursor.indexOf('¦');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length };
  const source = new SourceMap(text);
  return dockerHover(collectCode(parseMarkdown(source.text), source), position);
}

function value(h: Hover | undefined): string {
  return (h?.contents as MarkupContent | undefined)?.value ?? '';
}

describe('docker hover', () => {
  it('describes a command word with its usage and aliases', () => {
    const h = hover('Start it with `docker r¦un -d nginx`.');
    assert.match(value(h), /^\*\*docker container run\*\*: Create and run a new container from an image/);
    assert.match(value(h), /docker run \[OPTIONS\] IMAGE \[COMMAND\] \[ARG\.\.\.\]/);
    assert.match(value(h), /Also written: `docker run`/);
    assert.match(value(h), /docker CLI \d+\.\d+\.\d+/);
    assert.deepEqual(h?.range, { start: { line: 0, character: 22 }, end: { line: 0, character: 25 } });
  });

  it('describes a management command and the tool itself', () => {
    assert.match(value(hover('```bash\ndocker con¦tainer ls\n```\n')), /\*\*docker container\*\*: Manage containers/);
    assert.match(value(hover('```bash\ndocker container l¦s\n```\n')), /\*\*docker container ls\*\*: List containers[\s\S]*`docker ps`/);
    assert.match(value(hover('`dock¦er ps`')), /\*\*docker\*\*: A self-sufficient runtime for containers/);
    assert.match(value(hover('`kubectl g¦et pods`')), /\*\*kubectl get\*\*: Display one or many resources/);
  });

  it('describes a flag, and the letter under the cursor in combined short flags', () => {
    const long = hover('`docker run --na¦me web nginx`');
    assert.match(value(long), /`--name string`: Assign a name to the container/);
    assert.match(value(long), /option of `docker container run`/);
    assert.deepEqual(long?.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 18 } });
    const letter = hover('`docker run -i¦t nginx`');
    assert.match(value(letter), /`-t, --tty`: Allocate a pseudo-TTY/);
    assert.deepEqual(letter?.range, { start: { line: 0, character: 14 }, end: { line: 0, character: 15 } });
    const withValue = hover('`docker run --publ¦ish=80:80 nginx`');
    assert.deepEqual(withValue?.range, { start: { line: 0, character: 12 }, end: { line: 0, character: 21 } }, 'the flag, not its value');
    assert.match(value(hover('`docker -¦H tcp://host:2375 ps`')), /global option of `docker`/);
  });

  it('says when a command is a plugin or older than the client', () => {
    assert.match(value(hover('`docker comp¦ose up`')), /Not in docker CLI .*: a plugin/);
    assert.match(value(hover('`kubectl rolling-up¦date web`')), /an older command/);
  });

  it('has nothing to say elsewhere', () => {
    assert.equal(hover('`docker run ngi¦nx`'), undefined, 'an argument');
    assert.equal(hover('`docker run --name w¦eb nginx`'), undefined, 'a flag value');
    assert.equal(hover('`docker run nginx sh -¦c ls`'), undefined, 'the command docker runs');
    assert.equal(hover('`docker-comp¦ose up`'), undefined, 'another program');
    assert.equal(hover('```yaml\nimage: dock¦er\n```\n'), undefined);
    assert.equal(hover('the dock¦er tool'), undefined, 'prose');
  });
});
