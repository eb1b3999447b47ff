import type { ShellCommand, ShellWord } from './shellLine';
import { wordDistance } from '../notes/typos';

// What the docker and kubectl command lines mean: commands, their aliases and flags, read from
// the data that scripts/gen-docker.mjs takes from the real clients (server/data/*-cli.json),
// plus what those clients no longer know but students typed in 2018 (HISTORIC_COMMANDS).
// Everything here is pure; completion, hover and diagnostics are built on readInvocation().

/** A flag as the data file stores it. */
export interface CliFlag {
  long?: string;
  short?: string;
  takesValue: boolean;
  /** The value's type as the client names it: `string`, `list`, `int`, `duration`... */
  valueType?: string;
  description: string;
  /** Accepted by the client but hidden from its help (`docker run --net`). */
  hidden?: boolean;
}

interface CommandData {
  description: string;
  usage?: string;
  aliases?: string[];
  subcommands?: string[];
  flags: CliFlag[] | null;
}

/** The shape of server/data/<tool>-cli.json (documented in scripts/gen-docker.mjs). */
export interface CliData {
  source: string;
  tool: string;
  version: string;
  globalFlagsPersistent: boolean;
  root: CommandData;
  commands: Record<string, CommandData>;
}

export type CommandOrigin = 'cli' | 'plugin' | 'historic';

export interface CliCommand {
  /** Canonical path, words joined by one space (`container run`); '' for the tool itself. */
  path: string;
  description: string;
  usage?: string;
  /** Other paths of the same command (`run` for `container run`). */
  aliases: string[];
  /** Names of the direct subcommands, as the client lists them. */
  subcommands: string[];
  /** Its own flags; undefined when unknown, in which case any flag is accepted. */
  flags?: CliFlag[];
  origin: CommandOrigin;
  /** Why a plugin or historic command is known without data. */
  note?: string;
}

/**
 * Commands the installed client does not have but notes rightly use. Each is accepted with any
 * flags and arguments: we have no flag data for them, and a guess would flag real commands.
 */
const HISTORIC_COMMANDS: Record<string, Record<string, { origin: CommandOrigin; note: string }>> = {
  docker: {
    // CLI plugins: present only where they are installed (Docker Desktop ships most of them).
    compose: { origin: 'plugin', note: 'Docker Compose V2, a CLI plugin (`docker-compose` is the older separate program)' },
    buildx: { origin: 'plugin', note: 'BuildKit builds, a CLI plugin' },
    scan: { origin: 'plugin', note: 'Snyk image scanning, a CLI plugin of 2020-2023' },
    scout: { origin: 'plugin', note: 'Docker Scout, a CLI plugin' },
    app: { origin: 'plugin', note: 'Docker App (CNAB bundles), an experimental CLI plugin of 2019-2021' },
    init: { origin: 'plugin', note: 'Docker Init, a CLI plugin' },
    debug: { origin: 'plugin', note: 'Docker Debug, a CLI plugin' },
    sbom: { origin: 'plugin', note: 'SBOM generation, a CLI plugin' },
    extension: { origin: 'plugin', note: 'Docker Desktop extensions, a CLI plugin' },
    dev: { origin: 'plugin', note: 'Docker Dev Environments, a CLI plugin' },
    ai: { origin: 'plugin', note: 'Docker AI agent, a CLI plugin' },
    model: { origin: 'plugin', note: 'Docker Model Runner, a CLI plugin' },
    mcp: { origin: 'plugin', note: 'Docker MCP Toolkit, a CLI plugin' },
    desktop: { origin: 'plugin', note: 'Docker Desktop control, a CLI plugin' },
    cloud: { origin: 'plugin', note: 'Docker Build Cloud, a CLI plugin' },
    // Commands that existed in older docker versions.
    engine: { origin: 'historic', note: '`docker engine activate|check|update`, docker 18.09 to 19.03' },
    deploy: { origin: 'historic', note: 'experimental alias of `docker stack deploy`, docker 1.13 to 19.03' },
    daemon: { origin: 'historic', note: 'started the daemon before `dockerd`, docker 1.8 to 1.12' },
    machine: { origin: 'historic', note: 'Docker Machine is the separate `docker-machine` program' },
  },
  kubectl: {
    // Removed from kubectl; tutorials of 2018 use them.
    'rolling-update': { origin: 'historic', note: 'rolling update of a replication controller, removed in kubectl 1.18' },
    convert: { origin: 'historic', note: 'converted manifests between API versions, moved out of kubectl in 1.17' },
    stop: { origin: 'historic', note: 'stopped resources, removed in kubectl 1.5' },
    'run-container': { origin: 'historic', note: 'old name of `kubectl run`' },
    alpha: { origin: 'historic', note: 'alpha commands' },
  },
};

/** A flag of `docker build` when it runs through the buildx plugin (the default since docker 23). */
function buildx(long: string, valueType: string | undefined, description: string, short?: string): CliFlag {
  return { long, ...(short ? { short } : {}), takesValue: !!valueType, ...(valueType ? { valueType } : {}), description: `${description} (buildx)` };
}

/** `docker stack --orchestrator=kubernetes` (Docker Desktop 2018 to docker 23.0). */
function kubernetesStackFlags(): CliFlag[] {
  const removed = '(Kubernetes stacks, removed in docker 23.0)';
  return [
    { long: '--orchestrator', takesValue: true, valueType: 'string', description: `Orchestrator to use (swarm|kubernetes|all) ${removed}` },
    { long: '--namespace', takesValue: true, valueType: 'string', description: `Kubernetes namespace to use ${removed}` },
    { long: '--kubeconfig', takesValue: true, valueType: 'string', description: `Kubernetes config file ${removed}` },
  ];
}

/**
 * Flags the installed client does not know but that notes rightly use: flags removed since
 * 2018, and the flags `docker build` gains where the buildx plugin is installed (the data was
 * taken from a client without it, whose `docker build` is the legacy builder). Keyed by
 * canonical path.
 */
const HISTORIC_FLAGS: Record<string, Record<string, CliFlag[]>> = {
  docker: {
    // `docker login -e` was removed in docker 17.06.
    login: [{ long: '--email', short: '-e', takesValue: true, valueType: 'string', description: 'Email (removed in docker 17.06)' }],
    // Deprecated in docker 1.12, removed in 20.10.
    search: [
      { long: '--automated', takesValue: false, description: 'Only show automated builds (removed in docker 20.10)' },
      { long: '--stars', short: '-s', takesValue: true, valueType: 'uint', description: 'Only displays with at least x stars (removed in docker 20.10)' },
    ],
    // Distributed application bundles (experimental) and Kubernetes stacks, removed in 20.10 and 23.0.
    'stack deploy': [
      { long: '--bundle-file', takesValue: true, valueType: 'string', description: 'Path to a Distributed Application Bundle file (removed in docker 20.10)' },
      ...kubernetesStackFlags(),
    ],
    stack: kubernetesStackFlags(),
    'stack ls': kubernetesStackFlags(),
    'stack ps': kubernetesStackFlags(),
    'stack rm': kubernetesStackFlags(),
    'stack services': kubernetesStackFlags(),
    'image build': [
      buildx('--allow', 'stringArray', 'Allow extra privileged entitlement'),
      buildx('--annotation', 'stringArray', 'Add annotation to the image'),
      buildx('--attest', 'stringArray', 'Attestation parameters'),
      buildx('--build-context', 'stringArray', 'Additional build contexts'),
      buildx('--builder', 'string', 'Override the configured builder instance'),
      buildx('--cache-to', 'stringArray', 'Cache export destinations'),
      buildx('--call', 'string', 'Set method for evaluating build'),
      buildx('--check', undefined, 'Shorthand for --call=check'),
      buildx('--load', undefined, 'Shorthand for --output=type=docker'),
      buildx('--metadata-file', 'string', 'Write build result metadata to a file'),
      buildx('--no-cache-filter', 'stringArray', 'Do not cache specified stages'),
      buildx('--output', 'stringArray', 'Output destination', '-o'),
      buildx('--progress', 'string', 'Set type of progress output'),
      buildx('--provenance', 'string', 'Shorthand for --attest=type=provenance'),
      buildx('--push', undefined, 'Shorthand for --output=type=registry'),
      buildx('--sbom', 'string', 'Shorthand for --attest=type=sbom'),
      buildx('--secret', 'stringArray', 'Secret to expose to the build'),
      buildx('--ssh', 'stringArray', 'SSH agent socket or keys to expose to the build'),
    ],
  },
  kubectl: {
    version: [{ long: '--short', takesValue: false, description: 'Print just the version number (removed in kubectl 1.28)' }],
    drain: [{ long: '--delete-local-data', takesValue: false, description: 'Continue even if there are pods using emptyDir (old name of --delete-emptydir-data)' }],
    get: [{ long: '--export', takesValue: false, description: 'Strip cluster-specific information (removed in kubectl 1.18)' }],
    // Before kubectl 1.18, `kubectl run` created a deployment: replicas, generators, and so on.
    run: [
      { long: '--replicas', short: '-r', takesValue: true, valueType: 'int', description: 'Number of replicas to create (removed in kubectl 1.18)' },
      { long: '--generator', takesValue: true, valueType: 'string', description: 'The name of the API generator to use (removed in kubectl 1.18)' },
      { long: '--schedule', takesValue: true, valueType: 'string', description: 'A schedule in the Cron format the job should be run with (removed in kubectl 1.18)' },
      { long: '--service-generator', takesValue: true, valueType: 'string', description: 'The name of the generator to use for creating a service (removed in kubectl 1.18)' },
      { long: '--limits', takesValue: true, valueType: 'string', description: 'The resource requirement limits for this container (removed in kubectl 1.21)' },
      { long: '--requests', takesValue: true, valueType: 'string', description: 'The resource requirement requests for this container (removed in kubectl 1.21)' },
    ],
  },
};

/** One command-line tool: its commands by path (aliases included) and its global flags. */
export class CliTool {
  readonly name: string;
  readonly version: string;
  readonly source: string;
  readonly root: CliCommand;
  /** kubectl accepts its global flags after any command; docker only before the command. */
  readonly globalFlagsPersistent: boolean;
  private readonly byPath = new Map<string, CliCommand>();

  constructor(data: CliData) {
    this.name = data.tool;
    this.version = data.version;
    this.source = data.source;
    this.globalFlagsPersistent = data.globalFlagsPersistent;
    this.root = toCommand('', data.root, 'cli');
    this.byPath.set('', this.root);
    for (const [path, command] of Object.entries(data.commands)) {
      const cliCommand = toCommand(path, command, 'cli');
      this.byPath.set(path, cliCommand);
      for (const alias of cliCommand.aliases) if (!this.byPath.has(alias)) this.byPath.set(alias, cliCommand);
    }
    for (const [path, { origin, note }] of Object.entries(HISTORIC_COMMANDS[this.name] ?? {})) {
      if (this.byPath.has(path)) continue;
      const command: CliCommand = { path, description: note, aliases: [], subcommands: [], origin, note };
      this.byPath.set(path, command);
      const parent = this.byPath.get(path.split(' ').slice(0, -1).join(' '));
      // Plugins are offered by completion; commands gone from the client are only accepted.
      if (parent && origin === 'plugin') parent.subcommands = [...parent.subcommands, path.split(' ').at(-1) ?? path].sort();
    }
    for (const [path, flags] of Object.entries(HISTORIC_FLAGS[this.name] ?? {})) {
      const command = this.byPath.get(path);
      if (!command?.flags) continue;
      for (const flag of flags) {
        const taken = command.flags.some((f) => (flag.long && f.long === flag.long) || (flag.short && f.short === flag.short));
        if (!taken) command.flags.push(flag);
      }
    }
  }

  /** A command by its canonical path or any alias path (`ps`, `container list`). */
  command(path: string): CliCommand | undefined {
    return this.byPath.get(path);
  }

  /** The subcommand of `parent` named `word` (an alias name too), if any. */
  child(parent: CliCommand, word: string): CliCommand | undefined {
    if (!isGroup(parent)) return undefined;
    return this.byPath.get(parent.path ? `${parent.path} ${word}` : word);
  }

  /** Every flag accepted after `command`: its own, the global ones where they apply, and help. */
  flagsOf(command: CliCommand): CliFlag[] {
    const own = command === this.root ? [] : (command.flags ?? []);
    const global = command === this.root || this.globalFlagsPersistent ? (this.root.flags ?? []) : [];
    const flags = [...own, ...global];
    if (!flags.some((f) => f.long === '--help')) flags.push(HELP_FLAG);
    return flags;
  }

  /** Whether `command` accepts any flag because nothing is known about its flags. */
  acceptsAnyFlag(command: CliCommand): boolean {
    return command !== this.root && command.flags === undefined;
  }

  /**
   * How many arguments a command takes before what follows belongs to another program, or
   * undefined. docker stops reading its own flags at the first argument of commands that run
   * another command (`docker run [OPTIONS] IMAGE [COMMAND] [ARG...]`, `docker top CONTAINER
   * [ps OPTIONS]`). kubectl reads flags anywhere until `--`, except in the old form of exec
   * (`kubectl exec POD COMMAND [args...]`, refused since kubectl 1.26 but everywhere in 2018),
   * where the command starts at the second argument.
   */
  argumentsBeforeForeignWords(command: CliCommand): number | undefined {
    if (isGroup(command)) return undefined;
    if (this.name === 'kubectl') return command.path === 'exec' ? 2 : undefined;
    if (this.name !== 'docker' || !command.usage) return undefined;
    const tokens = command.usage.split(/\s+/).slice(1);
    while (tokens.length > 0 && /^[a-z][a-z-]*$/.test(tokens[0])) tokens.shift();
    if (tokens.length > 0 && /^\[?OPTIONS\]?$/.test(tokens[0])) tokens.shift();
    return /\bCOMMAND\b|\bOPTIONS\b|\bARG\b/.test(tokens.join(' ')) ? 1 : undefined;
  }

  /** Every command path that can follow the tool's name, canonical and aliases, for suggestions. */
  childNames(parent: CliCommand): string[] {
    if (!isGroup(parent)) return [];
    const prefix = parent.path ? `${parent.path} ` : '';
    const names = new Set(parent.subcommands);
    for (const path of this.byPath.keys()) {
      if (path.startsWith(prefix) && path.length > prefix.length && !path.slice(prefix.length).includes(' ')) names.add(path.slice(prefix.length));
    }
    return [...names].sort();
  }
}

const HELP_FLAG: CliFlag = { long: '--help', takesValue: false, description: 'Print usage' };

function toCommand(path: string, data: CommandData, origin: CommandOrigin): CliCommand {
  return {
    path,
    description: data.description,
    ...(data.usage ? { usage: data.usage } : {}),
    aliases: data.aliases ?? [],
    subcommands: data.subcommands ?? [],
    ...(data.flags ? { flags: data.flags.map((f) => ({ ...f })) } : {}),
    origin,
  };
}

export function isGroup(command: CliCommand): boolean {
  return command.subcommands.length > 0;
}

let tools: ReadonlyMap<string, CliTool> | undefined;

/**
 * The tools whose command lines are understood, by program name. Made when a command is first
 * read: a server's first answer needs none of it, and it cost its cold start some milliseconds.
 */
export function cliTools(): ReadonlyMap<string, CliTool> {
  tools ??= new Map(loadCliData().map((data) => new CliTool(data)).map((tool) => [tool.name, tool]));
  return tools;
}

/**
 * The data is required here, not imported: an import is parsed when the bundle loads, and its
 * 285 KB cost every cold start ~4 ms before the first answer, which needs none of it.
 */
function loadCliData(): CliData[] {
  /* eslint-disable @typescript-eslint/no-require-imports */
  return [require('../../data/docker-cli.json'), require('../../data/kubectl-cli.json')] as CliData[];
  /* eslint-enable @typescript-eslint/no-require-imports */
}

export const dockerTool = (): CliTool => cliTools().get('docker') as CliTool;

/** Flags given once per value (`-p 80:80 -p 443:443`, `-e A=1 -e B=2`): lists, maps, filters, mounts. */
export function isRepeatable(flag: CliFlag): boolean {
  return !!flag.valueType && /^(list|strings|stringArray|stringSlice|map|filter|ulimit|pref|port|network|mount|secret|config|ipNetSlice|external-ca|gpu-request|command|node-addr)$/.test(flag.valueType);
}

/** `-p, --publish list`: how the client's help writes a flag. */
export function flagSignature(flag: CliFlag): string {
  const names = [flag.short, flag.long].filter(Boolean).join(', ');
  return flag.valueType ? `${names} ${flag.valueType}` : names;
}

/**
 * Words that stand for something to fill in rather than for themselves: `<container id>`,
 * `[OPTIONS]`, `{{ json .X }}`, `$DOCKERID`, `${X}`, `REPLACE_ME`, `COMMAND`, `...`, `xxx`.
 * A command line is not checked past one of these in a command position.
 */
export function isPlaceholder(word: Pick<ShellWord, 'value' | 'raw' | 'dynamic'>): boolean {
  const value = word.value;
  if (word.dynamic) return true;
  if (/^<.*>$|^\[.*\]$|^\{.*\}$|^\(.*\)$/.test(value)) return true;
  if (/[<>{}[\]]|\.\.\.|…/.test(value)) return true;
  if (/^[A-Z][A-Z0-9_]*(?:\[.*\])?$/.test(value) && value.length > 1) return true;
  if (/^x{2,}$|^(?:foo|bar|baz|something|your[-_]?\w*|my[-_]\w+|name|id|example)$/i.test(value)) return true;
  return false;
}

/** A flag as written in one word: `--name`, or one letter of `-it`, with its columns. */
export interface FlagUse {
  name: string;
  start: number;
  end: number;
  /** undefined when the command has no such flag. */
  flag?: CliFlag;
}

export type WordRole =
  | { kind: 'program' }
  /** A word of the command path: `container`, `run`. */
  | { kind: 'command'; command: CliCommand }
  /** Not a subcommand of `parent`, which only has subcommands. */
  | { kind: 'unknown-command'; parent: CliCommand }
  | { kind: 'flags'; uses: FlagUse[]; command: CliCommand; global: boolean }
  /** The value of the flag before it (`web` in `--name web`). */
  | { kind: 'flag-value'; flag: CliFlag }
  | { kind: 'argument'; command: CliCommand }
  /** `--`: what follows is arguments. */
  | { kind: 'end-of-flags' }
  /** Not read: after a placeholder, a command without flag data, or the command docker runs. */
  | { kind: 'unchecked' };

/** A tool's command line, each word given its role. */
export interface Invocation {
  tool: CliTool;
  shell: ShellCommand;
  /** The words from the program on. */
  words: ShellWord[];
  roles: WordRole[];
  /** The deepest command the words name; the tool's root when none. */
  command: CliCommand;
}

/** The tool run by a shell command, if it is one we know. `docker-compose` is not docker. */
export function toolOf(shell: ShellCommand): CliTool | undefined {
  if (shell.program < 0) return undefined;
  return cliTools().get(shell.words[shell.program].value);
}

/** Reads a shell command as an invocation of docker or kubectl; undefined for other programs. */
export function readInvocation(shell: ShellCommand, tool: CliTool | undefined = toolOf(shell)): Invocation | undefined {
  if (!tool || shell.program < 0) return undefined;
  const words = shell.words.slice(shell.program);
  return { tool, shell, words, ...assignRoles(tool, words) };
}

/** Gives each word after the program its role; shared by every feature so they agree. */
export function assignRoles(tool: CliTool, words: readonly Pick<ShellWord, 'value' | 'raw' | 'dynamic' | 'start'>[]): { roles: WordRole[]; command: CliCommand } {
  const roles: WordRole[] = [{ kind: 'program' }];
  let command = tool.root;
  let pendingValue: CliFlag | undefined;
  let unchecked = false;
  let flagsEnded = false;
  let argumentCount = 0;
  for (let i = 1; i < words.length; i++) {
    const word = words[i];
    const value = word.value;
    if (unchecked) {
      roles.push({ kind: 'unchecked' });
      continue;
    }
    if (pendingValue) {
      roles.push({ kind: 'flag-value', flag: pendingValue });
      pendingValue = undefined;
      continue;
    }
    if (!flagsEnded && value === '--') {
      roles.push({ kind: 'end-of-flags' });
      flagsEnded = true;
      if (isGroup(command) || tool.name === 'docker') unchecked = true;
      continue;
    }
    if (!flagsEnded && /^-[^\d\s]/.test(value) && !word.dynamic) {
      if (tool.acceptsAnyFlag(command)) {
        // Nothing known about its flags, so not whether the next word is a flag's value.
        roles.push({ kind: 'unchecked' });
        unchecked = true;
        continue;
      }
      const read = readFlags(tool, command, value, word.raw, word.start);
      roles.push({ kind: 'flags', uses: read.uses, command, global: command === tool.root });
      if (read.uses.some((u) => !u.flag)) unchecked = true;
      else pendingValue = read.pendingValue;
      continue;
    }
    if (flagsEnded) {
      roles.push({ kind: 'argument', command });
      continue;
    }
    if (isGroup(command)) {
      const child = isPlaceholder(word) ? undefined : tool.child(command, value);
      if (child) {
        command = child;
        roles.push({ kind: 'command', command });
      } else if (isPlaceholder(word)) {
        roles.push({ kind: 'unchecked' });
        unchecked = true;
      } else {
        roles.push({ kind: 'unknown-command', parent: command });
        unchecked = true;
      }
      continue;
    }
    roles.push({ kind: 'argument', command });
    argumentCount++;
    if (argumentCount === tool.argumentsBeforeForeignWords(command)) unchecked = true;
  }
  return { roles, command };
}

/**
 * The flags of one word. `--name=web` and `--name` are one flag; `-it` is `-i` and `-t`;
 * in `-p80:80` the rest of the word after a value-taking letter is its value.
 */
export function readFlags(
  tool: CliTool,
  command: CliCommand,
  value: string,
  raw: string,
  start: number,
): { uses: FlagUse[]; pendingValue?: CliFlag } {
  const flags = tool.flagsOf(command);
  // Columns come from the raw word; a quoted flag (`"--name"`) starts one column later.
  const offset = raw.startsWith('-') ? start : start + 1;
  if (value.startsWith('--')) {
    const equals = value.indexOf('=');
    const name = equals < 0 ? value : value.slice(0, equals);
    const flag = flags.find((f) => f.long === name);
    return {
      uses: [{ name, start: offset, end: offset + name.length, flag }],
      pendingValue: flag?.takesValue && equals < 0 ? flag : undefined,
    };
  }
  const uses: FlagUse[] = [];
  for (let i = 1; i < value.length; i++) {
    const letter = value[i];
    if (letter === '=' && i > 1) break; // `-f=json`: pflag reads the value after `=`
    const name = `-${letter}`;
    const flag = flags.find((f) => f.short === name) ?? (name === '-h' ? HELP_FLAG : undefined);
    uses.push({ name, start: offset + i, end: offset + i + 1, flag });
    if (!flag) break;
    if (flag.takesValue) {
      const rest = value.slice(i + 1);
      return { uses: fixFirst(uses, offset), pendingValue: rest === '' ? flag : undefined };
    }
  }
  return { uses: fixFirst(uses, offset) };
}

/** The first letter's range includes its dash, so `-i` of `-it` covers two columns. */
function fixFirst(uses: FlagUse[], offset: number): FlagUse[] {
  if (uses.length > 0) uses[0] = { ...uses[0], start: offset };
  return uses;
}

/**
 * The candidate a mistyped word most likely meant: within 1 edit for words up to four letters,
 * 2 for longer ones, or a candidate that the word starts with (`execute` -> `exec`); undefined when none
 * is close, or when two are equally close.
 */
export function suggest(word: string, candidates: readonly string[]): string | undefined {
  const closest = closestCandidates(word, candidates);
  return closest.length === 1 ? closest[0] : undefined;
}

/** The candidates a mistyped word is equally close to, by suggest's measure (`rn`: `rm` and `run`); none when none is close. */
export function closestCandidates(word: string, candidates: readonly string[]): string[] {
  const typed = word.toLowerCase();
  const core = typed.replace(/^-+/, '');
  // Two slips in a four-letter word make another word (`pull` -> `kill`), not a typo.
  const limit = core.length <= 4 ? 1 : 2;
  let best: string[] = [];
  let bestScore = Infinity;
  for (const candidate of new Set(candidates)) {
    if (candidate.toLowerCase() === typed) return [candidate];
    const distance = wordDistance(typed, candidate.toLowerCase(), limit);
    const candidateCore = candidate.toLowerCase().replace(/^-+/, '');
    const prefix = candidateCore.length >= 3 && core.startsWith(candidateCore) ? 1.5 : Infinity;
    const score = Math.min(distance <= limit ? distance : Infinity, prefix);
    if (score === Infinity || score > bestScore) continue;
    if (score < bestScore) best = [];
    best.push(candidate);
    bestScore = score;
  }
  return best;
}
