import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

// The generator's parsing runs here on outputs recorded from docker 28.2.2 and kubectl 1.32
// (test/fixtures/docker-cli/recordings.json says which command printed which file); the real
// clients are never called.

interface Flag {
  long?: string;
  short?: string;
  takesValue: boolean;
  valueType?: string;
  description: string;
  hidden?: boolean;
}
interface Candidate {
  value: string;
  description: string;
}
interface Help {
  usage: string;
  description: string;
  aliases: string[];
  commands: { name: string; description: string }[];
  flags: Flag[];
  globalFlags: Flag[];
}
interface CommandData {
  description: string;
  usage?: string;
  aliases?: string[];
  subcommands?: string[];
  flags: Flag[] | null;
}
interface CliData {
  source: string;
  tool: string;
  version: string;
  globalFlagsPersistent: boolean;
  root: CommandData;
  commands: Record<string, CommandData>;
}
interface Run {
  code: number;
  stdout: string;
  stderr: string;
}
interface Generator {
  parseCompletion(stdout: string): { candidates: Candidate[]; directive?: number };
  parseHelp(text: string, style?: 'docker' | 'kubectl', options?: { allFlags?: boolean }): Help;
  mergeFlags(candidates: Candidate[], helpFlags: Flag[], exclude?: Set<string>): Flag[];
  aliasPath(entry: string, tool: string, visitedPath: string[]): string[];
  parseDockerVersion(text: string): string | undefined;
  parseKubectlVersion(json: string): string;
  kubectlValueType(defaultValue: string): string | undefined;
  walk(tool: string, run: (args: string[]) => Promise<Run>): Promise<CliData>;
}

const fixtures = path.join(__dirname, '..', 'fixtures', 'docker-cli');
const recordings: { tool: string; args: string[]; code: number; stdout?: string }[] = JSON.parse(
  readFileSync(path.join(fixtures, 'recordings.json'), 'utf8'),
);

function recorded(name: string): string {
  return readFileSync(path.join(fixtures, name), 'utf8');
}

/** Replays the recordings; a command line that was not recorded fails like an unknown command. */
function replay(tool: string, keep: Record<string, string[]> = {}) {
  return async (args: string[]): Promise<Run> => {
    const hit = recordings.find((r) => r.tool === tool && JSON.stringify(r.args) === JSON.stringify(args));
    if (!hit) return { code: 1, stdout: '', stderr: `not recorded: ${args.join(' ')}` };
    let stdout = hit.stdout ? recorded(hit.stdout) : '';
    // Completion of a group lists every child; keep only the children whose outputs were recorded.
    const only = args[0] === '__complete' && args.at(-1) === '' ? keep[args.slice(1, -1).join(' ')] : undefined;
    if (only) stdout = stdout.split('\n').filter((l) => l.startsWith(':') || only.includes(l.split('\t')[0])).join('\n');
    return { code: hit.code, stdout, stderr: '' };
  };
}

describe('gen-docker', () => {
  let gen: Generator;
  before(async () => {
    gen = (await import(pathToFileURL(path.join(__dirname, '..', '..', 'scripts', 'gen-docker.mjs')).href)) as Generator;
  });

  it('reads completion candidates and the directive', () => {
    const { candidates, directive } = gen.parseCompletion(recorded('docker-complete-root.txt'));
    assert.equal(directive, 4);
    assert.equal(candidates.length, 59);
    assert.deepEqual(candidates[0], {
      value: 'attach',
      description: 'Attach local standard input, output, and error streams to a running container',
    });
    assert.ok(candidates.some((c) => c.value === 'container' && c.description === 'Manage containers'));
  });

  it('reads usage, aliases and the flag table of docker help', () => {
    const help = gen.parseHelp(recorded('docker-ps-help.txt'));
    assert.equal(help.usage, 'docker ps [OPTIONS]');
    assert.equal(help.description, 'List containers');
    assert.deepEqual(help.aliases, ['docker container ls', 'docker container list', 'docker container ps', 'docker ps']);
    const byName = new Map(help.flags.map((f) => [f.long, f]));
    assert.equal(byName.get('--all')?.short, '-a');
    assert.equal(byName.get('--all')?.takesValue, false);
    assert.equal(byName.get('--filter')?.takesValue, true, '`-f, --filter filter` takes a value');
    assert.equal(byName.get('--format')?.takesValue, true);
    assert.equal(byName.get('--no-trunc')?.takesValue, false, 'long-only flags are read too');
    assert.equal(help.flags.length, 8);
  });

  it('reads command sections and global options of the root help', () => {
    const help = gen.parseHelp(recorded('docker-help.txt'));
    assert.ok(help.commands.some((c) => c.name === 'run'), 'Common Commands');
    assert.ok(help.commands.some((c) => c.name === 'container'), 'Management Commands');
    assert.ok(help.commands.some((c) => c.name === 'swarm'), 'Swarm Commands');
    const host = help.globalFlags.find((f) => f.long === '--host');
    assert.deepEqual([host?.short, host?.takesValue], ['-H', true]);
    assert.equal(help.globalFlags.find((f) => f.long === '--debug')?.takesValue, false);
  });

  it('pairs short and long flags and keeps completion descriptions', () => {
    const help = gen.parseHelp(recorded('docker-container-run-help.txt'));
    const { candidates } = gen.parseCompletion(recorded('docker-complete-container-run-flags.txt'));
    const flags = gen.mergeFlags(candidates, help.flags);
    const interactive = flags.find((f) => f.long === '--interactive');
    assert.deepEqual(interactive, { long: '--interactive', short: '-i', takesValue: false, description: 'Keep STDIN open even if not attached' });
    const publish = flags.find((f) => f.long === '--publish');
    assert.deepEqual([publish?.short, publish?.takesValue, publish?.valueType], ['-p', true, 'list']);
    assert.equal(flags.find((f) => f.long === '--name')?.valueType, 'string');
    // Completion's one-line description, not help's wrapped multi-line one.
    assert.equal(flags.find((f) => f.long === '--cgroupns')?.description, 'Cgroup namespace to use (host|private)');
    assert.ok(flags.every((f) => f.long), 'every short flag of run has a long form');
    assert.deepEqual(
      flags.map((f) => f.long),
      [...flags.map((f) => f.long)].sort(),
    );
  });

  it('reads kubectl help: value flags by their default, descriptions on the next line', () => {
    const help = gen.parseHelp(recorded('kubectl-create-configmap-help.txt'), 'kubectl');
    assert.deepEqual(help.aliases, ['configmap', 'cm']);
    assert.match(help.usage, /^kubectl create configmap NAME/);
    const fromFile = help.flags.find((f) => f.long === '--from-file');
    assert.deepEqual([fromFile?.takesValue, fromFile?.valueType], [true, 'strings']);
    assert.match(fromFile?.description ?? '', /^Key file can be specified/);
    assert.equal(help.flags.find((f) => f.long === '--append-hash')?.takesValue, false);
    const options = gen.parseHelp(recorded('kubectl-options.txt'), 'kubectl', { allFlags: true });
    const namespace = options.flags.find((f) => f.long === '--namespace');
    assert.deepEqual([namespace?.short, namespace?.takesValue], ['-n', true]);
  });

  it('takes kubectl flags from help because completion offers only the required ones', () => {
    const { candidates } = gen.parseCompletion(recorded('kubectl-complete-run-flags.txt'));
    assert.deepEqual(
      candidates.map((c) => c.value),
      ['--image'],
    );
    const flags = gen.mergeFlags(candidates, gen.parseHelp(recorded('kubectl-run-help.txt'), 'kubectl').flags);
    assert.ok(flags.length > 30);
    assert.equal(flags.find((f) => f.long === '--image')?.description, 'The image for the container to run.');
    assert.deepEqual(
      flags.filter((f) => f.short === '-i' || f.short === '-t').map((f) => f.long),
      ['--stdin', '--tty'],
    );
  });

  it('reads kubectl value types from defaults', () => {
    assert.deepEqual(
      ["false", "[]", "''", '500', '0s', 'map[]', "'/root/.kube/cache'"].map(gen.kubectlValueType),
      [undefined, 'strings', 'string', 'int', 'duration', 'map', 'string'],
    );
  });

  it('turns alias entries into command paths', () => {
    assert.deepEqual(gen.aliasPath('docker container ls', 'docker', ['ps']), ['container', 'ls']);
    assert.deepEqual(gen.aliasPath('cm', 'kubectl', ['create', 'configmap']), ['create', 'cm']);
  });

  it('reads versions', () => {
    assert.equal(gen.parseDockerVersion(recorded('docker-version.txt')), '28.2.2');
    assert.match(gen.parseKubectlVersion(recorded('kubectl-version.txt')), /^1\.32\.4/);
  });

  it('walks a recorded slice of the docker CLI into the data shape', async () => {
    const data = await gen.walk('docker', replay('docker', { '': ['ps', 'container', 'bake'], container: ['run'] }));
    assert.equal(data.version, '28.2.2');
    assert.match(data.source, /^docker CLI 28\.2\.2 via `docker __complete`/);
    assert.deepEqual(data.root.subcommands, ['bake', 'container', 'ps']);
    assert.ok(data.root.flags?.some((f) => f.long === '--context' && f.short === '-c' && f.takesValue));
    assert.deepEqual(Object.keys(data.commands), ['bake', 'container', 'container ls', 'container run']);
    // `ps` is visited first and recorded under its canonical path, with every other name.
    assert.deepEqual(data.commands['container ls'].aliases, ['container list', 'container ps', 'ps']);
    assert.equal(data.commands['container ls'].description, 'List containers');
    assert.deepEqual(data.commands['container run'].aliases, ['run']);
    assert.deepEqual(data.commands.container.subcommands, ['run']);
    // A plugin stub whose help fails: nothing is known about its flags.
    assert.equal(data.commands.bake.flags, null);
    // Hidden legacy flags confirmed by the client.
    const net = data.commands['container run'].flags?.find((f) => f.long === '--net');
    assert.deepEqual(net && [net.takesValue, net.hidden], [true, true]);
    assert.equal(JSON.stringify(data), JSON.stringify(await gen.walk('docker', replay('docker', { '': ['ps', 'container', 'bake'], container: ['run'] }))));
  });
});
