import assert from 'node:assert/strict';
import {
  cliTools,
  dockerTool,
  flagSignature,
  isPlaceholder,
  isRepeatable,
  readInvocation,
  suggest,
  type CliTool,
  type Invocation,
} from '../../server/src/docker/dockerCommands';
import { spanCommands } from '../../server/src/docker/shellLine';
import { collectCode } from '../../server/src/notes/code';
import { SourceMap } from '../../server/src/notes/source';
import { parseMarkdown } from '../../server/src/notes/parse';
import { wordDistance } from '../../server/src/notes/typos';

// These tests read the committed data (server/data/*-cli.json), not a mock of it.

const KUBECTL = cliTools().get('kubectl') as CliTool;
const DOCKER = dockerTool();

function invocationOf(line: string): Invocation {
  const text = '`' + line + '`';
  const source = new SourceMap(text);
  const [span] = collectCode(parseMarkdown(source.text), source);
  const invocation = spanCommands(span).map((c) => readInvocation(c)).find(Boolean);
  assert.ok(invocation, `no docker/kubectl command in ${line}`);
  return invocation;
}

/** Each word with its role, `flag-value` shortened to `value`. */
function roles(line: string): string[] {
  const { words, roles } = invocationOf(line);
  return words.map((w, i) => `${w.value}:${roles[i].kind.replace('flag-value', 'value')}`);
}

describe('docker commands', () => {
  it('loads the docker and kubectl data taken from the real clients', () => {
    assert.match(DOCKER.version, /^\d+\.\d+\.\d+/);
    assert.match(DOCKER.source, /docker CLI .* via `docker __complete`.*Apache-2\.0/);
    assert.ok(KUBECTL, 'kubectl data');
    assert.ok(DOCKER.root.subcommands.includes('container'));
    assert.ok(DOCKER.root.subcommands.includes('run'));
  });

  it('resolves aliases to one command', () => {
    const list = DOCKER.command('container ls');
    assert.ok(list);
    for (const alias of ['ps', 'container list', 'container ps']) assert.equal(DOCKER.command(alias), list, alias);
    assert.equal(DOCKER.command('images'), DOCKER.command('image ls'));
    assert.equal(DOCKER.command('run')?.path, 'container run');
    assert.equal(DOCKER.command('builder build')?.path, 'image build');
    assert.equal(DOCKER.command('rmi')?.path, 'image rm');
    assert.equal(KUBECTL.command('create cm')?.path, 'create configmap');
    assert.deepEqual(DOCKER.command('container run')?.aliases, ['run']);
  });

  it('reads command paths through aliases and groups', () => {
    assert.equal(invocationOf('docker ps -a').command.path, 'container ls');
    assert.equal(invocationOf('docker container ls').command.path, 'container ls');
    assert.equal(invocationOf('sudo docker image ls').command.path, 'image ls');
    assert.equal(invocationOf('docker swarm join-token worker').command.path, 'swarm join-token');
    assert.equal(invocationOf('kubectl get pods').command.path, 'get');
    assert.equal(invocationOf('docker').command, DOCKER.root);
  });

  it('knows the flags of a command, global flags only where the client takes them', () => {
    const run = DOCKER.command('run');
    assert.ok(run);
    const flags = DOCKER.flagsOf(run);
    const interactive = flags.find((f) => f.short === '-i');
    assert.equal(interactive?.long, '--interactive');
    assert.equal(flagSignature(flags.find((f) => f.long === '--publish') ?? interactive!), '-p, --publish list');
    assert.ok(flags.some((f) => f.long === '--help'));
    assert.ok(!flags.some((f) => f.long === '--context'), 'docker takes -H/--context/--debug before the command only');
    const globals = DOCKER.flagsOf(DOCKER.root).map((f) => f.long);
    for (const name of ['--host', '--context', '--debug', '--log-level']) assert.ok(globals.includes(name), name);
    const get = KUBECTL.command('get');
    assert.ok(get && KUBECTL.flagsOf(get).some((f) => f.long === '--namespace'), 'kubectl globals apply after any command');
    assert.ok(isRepeatable(flags.find((f) => f.long === '--env')!));
    assert.ok(!isRepeatable(flags.find((f) => f.long === '--name')!));
  });

  it('gives every word a role: combined short flags, values, --flag=value', () => {
    assert.deepEqual(roles('docker run -itd -p 80:80 --name=web -e A=B nginx:alpine'), [
      'docker:program',
      'run:command',
      '-itd:flags',
      '-p:flags',
      '80:80:value',
      '--name=web:flags',
      '-e:flags',
      'A=B:value',
      'nginx:alpine:argument',
    ]);
    const { roles: r } = invocationOf('docker run -itd nginx');
    assert.ok(r[2].kind === 'flags');
    assert.deepEqual(
      r[2].uses.map((u) => [u.name, u.flag?.long, u.start, u.end]),
      [
        ['-i', '--interactive', 12, 14],
        ['-t', '--tty', 14, 15],
        ['-d', '--detach', 15, 16],
      ],
    );
    assert.deepEqual(roles('docker run -p8080:80 nginx'), ['docker:program', 'run:command', '-p8080:80:flags', 'nginx:argument']);
  });

  it('leaves the command that docker runs alone', () => {
    assert.deepEqual(roles('docker run -d nginx sh -c "ls -l" --bogus').slice(4), ['sh:unchecked', '-c:unchecked', 'ls -l:unchecked', '--bogus:unchecked']);
    assert.deepEqual(roles('docker exec -it web ls -la').slice(4), ['ls:unchecked', '-la:unchecked']);
    assert.deepEqual(roles('docker top web -aux').slice(3), ['-aux:unchecked']);
    // Other commands take flags after arguments, as the client does.
    assert.deepEqual(roles('docker rm web -f').slice(2), ['web:argument', '-f:flags']);
    assert.deepEqual(roles('kubectl exec -it pod -- sh -c ls').slice(5), ['sh:argument', '-c:argument', 'ls:argument']);
    // kubectl's old exec form: the command starts at the second argument.
    assert.deepEqual(roles('kubectl exec web-1 ls -la').slice(2), ['web-1:argument', 'ls:argument', '-la:unchecked']);
    assert.deepEqual(roles('kubectl get pods -o wide').slice(2), ['pods:argument', '-o:flags', 'wide:value']);
  });

  it('reads global flags before the command', () => {
    assert.deepEqual(roles('docker -H tcp://10.0.0.1:2375 --debug info'), ['docker:program', '-H:flags', 'tcp://10.0.0.1:2375:value', '--debug:flags', 'info:command']);
    assert.deepEqual(roles('kubectl -n kube-system get pods -o wide'), [
      'kubectl:program',
      '-n:flags',
      'kube-system:value',
      'get:command',
      'pods:argument',
      '-o:flags',
      'wide:value',
    ]);
  });

  it('stops at placeholders and at commands without flag data', () => {
    assert.deepEqual(roles('docker <command> --foo'), ['docker:program', '<command>:unchecked', '--foo:unchecked']);
    assert.deepEqual(roles('docker COMMAND --help'), ['docker:program', 'COMMAND:unchecked', '--help:unchecked']);
    assert.deepEqual(roles('docker compose up -d --build'), ['docker:program', 'compose:command', 'up:argument', '-d:unchecked', '--build:unchecked']);
    assert.equal(invocationOf('docker engine activate').roles[1].kind, 'command');
    assert.equal(invocationOf('kubectl rolling-update frontend --image=x').roles[1].kind, 'command');
    assert.ok(invocationOf('kubectl run hello --image=x --replicas=2 --port=8080').roles.every((r) => r.kind !== 'unchecked'));
    assert.ok(invocationOf('kubectl create -f deploy.yaml --record').roles.every((r) => r.kind !== 'unchecked'));
  });

  it('marks unknown commands and flags', () => {
    assert.equal(invocationOf('docker imabe build').roles[1].kind, 'unknown-command');
    const { roles: r } = invocationOf('docker ps --al');
    assert.ok(r[2].kind === 'flags' && r[2].uses[0].flag === undefined);
  });

  it('tells placeholders from words', () => {
    for (const value of ['<container id>', '[OPTIONS]', '{{ json .RootFS.Layers }}', 'REPLACE_ME', 'IMAGE', '...', 'xxx', 'NAME[:TAG]']) {
      assert.ok(isPlaceholder({ value, raw: value, dynamic: false }), value);
    }
    assert.ok(isPlaceholder({ value: '$DOCKERID', raw: '$DOCKERID', dynamic: true }));
    for (const value of ['run', 'nginx:alpine', 'ps', 'A']) assert.ok(!isPlaceholder({ value, raw: value, dynamic: false }), value);
  });

  it('suggests the closest name', () => {
    assert.equal(wordDistance('dokcer', 'docker', 2), 1, 'a swap is one slip');
    assert.equal(suggest('imabe', ['image', 'images', 'import']), 'image');
    assert.equal(suggest('execute', ['exec', 'export']), 'exec');
    assert.equal(suggest('--datach', ['--detach', '--device']), '--detach');
    assert.equal(suggest('pull', ['kill', 'ls']), undefined, 'two slips in four letters is another word');
    assert.equal(suggest('zzz', ['run']), undefined);
  });
});
