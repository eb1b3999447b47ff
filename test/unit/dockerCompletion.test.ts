import assert from 'node:assert/strict';
import type { CompletionItem, TextEdit } from 'vscode-languageserver-types';
import { dockerCompletions } from '../../server/src/docker/dockerCompletion';
import { collectCode } from '../../server/src/notes/code';
import { SourceMap } from '../../server/src/notes/source';
import type { CodeSpan, Position } from '../../server/src/notes/types';
import { parseMarkdown } from '../../server/src/notes/parse';

/** The document with `¦` marking the cursor; returns its code spans and the cursor position. */
function at(textWithCursor: string): { code: CodeSpan[]; position: Position } {
  const offset = textWithCursor.indexOf('¦');
  const text = textWithCursor.slice(0, offset) + textWithCursor.slice(offset + 1);
  const before = text.slice(0, offset).split('\n');
  const position = { line: before.length - 1, character: before[before.length - 1].length };
  const source = new SourceMap(text);
  return { code: collectCode(parseMarkdown(source.text), source), position };
}

function complete(textWithCursor: string): CompletionItem[] | undefined {
  const { code, position } = at(textWithCursor);
  return dockerCompletions(code, position);
}

function labels(items: CompletionItem[] | undefined): string[] {
  return (items ?? []).map((i) => i.label);
}

describe('docker completion', () => {
  it('offers the top-level and management commands after `docker `', () => {
    const items = complete('```bash\ndocker ¦\n```\n');
    const names = labels(items);
    for (const name of ['run', 'ps', 'images', 'container', 'image', 'network', 'swarm', 'service', 'stack', 'compose']) assert.ok(names.includes(name), name);
    const container = items?.find((i) => i.label === 'container');
    assert.equal(container?.detail, 'Manage containers');
    const edit = container?.textEdit as TextEdit;
    assert.deepEqual(edit.range, { start: { line: 1, character: 7 }, end: { line: 1, character: 7 } });
  });

  it('completes a partial word and replaces it whole', () => {
    const items = complete('Run `docker con¦` then');
    assert.deepEqual(
      labels(items).filter((l) => l.startsWith('con')),
      ['config', 'container', 'context'],
    );
    const edit = items?.find((i) => i.label === 'container')?.textEdit as TextEdit;
    assert.deepEqual(edit, { range: { start: { line: 0, character: 12 }, end: { line: 0, character: 15 } }, newText: 'container' });
    const middle = complete('`docker con¦tai ps`');
    const middleEdit = middle?.find((i) => i.label === 'container')?.textEdit as TextEdit;
    assert.deepEqual(middleEdit.range, { start: { line: 0, character: 8 }, end: { line: 0, character: 14 } });
  });

  it('offers the subcommands of a group, aliases resolved', () => {
    const names = labels(complete('`docker container ¦`'));
    for (const name of ['ls', 'run', 'exec', 'prune']) assert.ok(names.includes(name), name);
    assert.ok(!names.includes('images'));
    assert.deepEqual(labels(complete('`kubectl rollout ¦`')), ['history', 'pause', 'restart', 'resume', 'status', 'undo']);
  });

  it('offers the flags of the command with their descriptions, not the ones given', () => {
    const items = complete('```sh\n$ docker run -d --name web --¦\n```\n');
    const names = labels(items);
    assert.ok(names.includes('--interactive'));
    assert.ok(!names.includes('--name'), 'already given');
    assert.ok(!names.includes('--detach'), 'already given as -d');
    assert.ok(!names.includes('-i'), 'short forms only after a single dash');
    assert.ok(!names.includes('--net'), 'hidden flags are not offered');
    const publish = items?.find((i) => i.label === '--publish');
    assert.equal(publish?.detail, '-p, --publish list');
    assert.deepEqual(publish?.documentation, { kind: 'markdown', value: "Publish a container's port(s) to the host" });
    assert.deepEqual((publish?.textEdit as TextEdit).range, { start: { line: 1, character: 27 }, end: { line: 1, character: 29 } });
  });

  it('offers a repeatable flag again, and short forms after a single dash', () => {
    const names = labels(complete('`docker run -p 80:80 -e A=1 -¦`'));
    assert.ok(names.includes('-p') && names.includes('--publish'), 'list flags repeat');
    assert.ok(names.includes('-i') && names.includes('--interactive'));
  });

  it('offers the global flags before the command, and kubectl globals after it', () => {
    const root = labels(complete('`docker --¦`'));
    for (const name of ['--host', '--context', '--debug']) assert.ok(root.includes(name), name);
    const kubectl = labels(complete('`kubectl get pods --¦`'));
    assert.ok(kubectl.includes('--namespace') && kubectl.includes('--output'));
  });

  it('completes in a continued line, a pipeline and a substitution', () => {
    assert.ok(labels(complete('```bash\ndocker container run \\\n  --detach \\\n  --pub¦\n```\n')).includes('--publish'));
    assert.ok(labels(complete('`docker ps -q | xargs docker r¦`')).includes('rm'));
    assert.ok(labels(complete('`docker rm $(docker ps -¦`')).includes('--quiet'));
  });

  it('stays out of places that are not a docker command position', () => {
    assert.equal(complete('`ls ¦`'), undefined, 'another program');
    assert.equal(complete('`dock¦`'), undefined, 'the program name itself');
    assert.equal(complete('```yaml\nimage: docker ¦\n```\n'), undefined, 'not a shell block');
    assert.equal(complete('```python\ndocker ¦\n```\n'), undefined);
    assert.equal(complete('docker ¦ in prose'), undefined, 'not code');
    assert.equal(complete('`docker run --name ¦`'), undefined, 'a flag value');
    assert.equal(complete('`docker run nginx ¦`'), undefined, 'the command docker runs');
    assert.equal(complete('`docker ps ¦`'), undefined, 'arguments');
    assert.equal(complete('`docker compose ¦`'), undefined, 'a plugin without data');
  });
});
