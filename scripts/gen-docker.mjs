#!/usr/bin/env node
/**
 * Generates server/data/docker-cli.json (and server/data/kubectl-cli.json when kubectl is
 * installed) from the real command-line clients, so that completion, hover and diagnostics
 * know the commands and flags of the tool as it actually is, not as someone remembered it.
 *
 *   npm run gen:docker            both tools (kubectl skipped with a note if it is missing)
 *   node scripts/gen-docker.mjs docker
 *
 * How: both tools are cobra programs, whose hidden `__complete` command prints the candidates
 * for a command line, one per line with a tab before the description, then a `:N` directive
 * line. `<tool> __complete <path...> ""` lists a command group's subcommands,
 * `<tool> __complete <path...> -` the flags of a command (long and short, one line each).
 * `<tool> <path...> --help` adds what completion does not tell: which flags take a value (the
 * type word after `--name string` in docker, the default after `--name='':` in kubectl),
 * which short flag goes with which long one, the usage line and the command's aliases
 * (docker's "Aliases:" section: `docker container ls, docker container list, ... docker ps`,
 * the first one being the command's own path). No daemon or cluster is needed: the walk only
 * asks for help and flag completion, with DOCKER_HOST / KUBECONFIG pointing nowhere and a
 * fresh DOCKER_CONFIG so that nobody's local aliases or contexts leak into the data.
 *
 * Output shape (keys sorted, so that a regeneration with the same client is byte-identical):
 * {
 *   "source": "docker CLI 28.2.2 via `docker __complete`; descriptions are from the docker CLI (Apache-2.0)",
 *   "tool": "docker",
 *   "version": "28.2.2",
 *   "globalFlagsPersistent": false,   // docker: global flags only before the command; kubectl: anywhere
 *   "root": { "description", "usage", "subcommands": [...], "flags": [global flags] },
 *   "commands": {
 *     "container run": {                 // canonical path, words joined by one space
 *       "description": "Create and run a new container from an image",
 *       "usage": "docker container run [OPTIONS] IMAGE [COMMAND] [ARG...]",
 *       "aliases": ["run"],              // other paths naming the same command (optional)
 *       "subcommands": ["attach", ...],  // direct children, for command groups (optional)
 *       "flags": [{ "long": "--interactive", "short": "-i", "takesValue": false, "description": "..." },
 *                 { "long": "--publish", "short": "-p", "takesValue": true, "valueType": "list", ... }]
 *                                        // valueType: docker's type word (string, list, int, ...);
 *                                        // for kubectl read from the default (`=[]` strings, `=''` string)
 *                                        // null when the client could not tell (e.g. a plugin stub)
 *     }
 *   }
 * }
 *
 * The parsing functions are exported so that test/unit/genDocker.test.ts can run them on
 * recorded outputs (test/fixtures/docker-cli/); tests never call the real clients.
 */
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Cobra's completion output: candidates with descriptions, and the directive number. */
export function parseCompletion(stdout) {
  const candidates = [];
  let directive;
  const lines = stdout.split(/\r?\n/);
  for (const line of lines) {
    if (line === '') continue;
    const directiveMatch = /^:(\d+)$/.exec(line);
    if (directiveMatch) {
      directive = Number(directiveMatch[1]);
      continue;
    }
    const tab = line.indexOf('\t');
    if (tab < 0) candidates.push({ value: line, description: '' });
    else candidates.push({ value: line.slice(0, tab), description: line.slice(tab + 1).trim() });
  }
  return { candidates, directive };
}

/** Section headers of cobra help: `Options:`, `Global Options:`, `Management Commands:`, `Basic Commands (Beginner):`. */
const SECTION = /^([A-Z][A-Za-z ]*(?:\([^)]*\))?):\s*$/;
/** docker/pflag: `  -a, --attach list   Attach to ...`, `      --rm   Automatically ...`. */
const DOCKER_FLAG = /^ {2}(?:(-[^-\s]), | {4})(--[^\s=[]+)(?:\[=[^\]]*\])?(?: ([^\s]+))?(?: {2,}|$)/;
const DOCKER_SHORT_ONLY = /^ {2}(-[^-\s])(?: ([^\s]+))?(?: {2,}|$)/;
/** kubectl: `    -A, --all-namespaces=false:` then the description on tab-indented lines. */
const KUBECTL_FLAG = /^ {2,4}(?:(-[^-\s]), )?(--[^\s=]+)=(.*):\s*$/;

/**
 * What `--help` says that completion does not. `style` is 'docker' (pflag's one-line flag
 * table: a type word after the name means the flag takes a value) or 'kubectl' (kubectl's own
 * template: `--name=default:`, where a default of true/false means a boolean flag).
 * `allFlags` reads flag lines wherever they are (`kubectl options` has no section header).
 */
export function parseHelp(text, style = 'docker', { allFlags = false } = {}) {
  const lines = text.split(/\r?\n/);
  const result = { usage: '', description: '', aliases: [], commands: [], flags: [], globalFlags: [] };
  let section = '';
  let pendingUsage = false;
  let lastFlag;
  const description = [];
  for (const line of lines) {
    const inlineUsage = /^Usage:\s+(\S.*)$/.exec(line);
    if (inlineUsage) {
      result.usage = inlineUsage[1].trim();
      section = 'Usage';
      continue;
    }
    const header = SECTION.exec(line);
    if (header) {
      section = header[1];
      pendingUsage = section === 'Usage';
      lastFlag = undefined;
      continue;
    }
    if (pendingUsage && line.trim() !== '') {
      // kubectl puts the usage on the line after `Usage:`.
      result.usage = line.trim();
      pendingUsage = false;
      continue;
    }
    if (section === 'Usage' && result.usage && style === 'docker') {
      // docker: the paragraph after the usage line is the command's description.
      if (line.trim() !== '' || description.length > 0) description.push(line.trim());
      continue;
    }
    if (section === 'Aliases') {
      for (const alias of line.split(',')) if (alias.trim()) result.aliases.push(alias.trim().replace(/\s+/g, ' '));
      continue;
    }
    if (/Commands\b/.test(section)) {
      const entry = /^ {2}(\S+)\s{2,}(.*)$/.exec(line);
      if (entry) result.commands.push({ name: entry[1], description: entry[2].trim() });
      continue;
    }
    if (allFlags || /Options$|^Flags$|^Global Flags$/.test(section)) {
      const flag = parseFlagLine(line, style);
      if (flag) {
        (/^Global/.test(section) ? result.globalFlags : result.flags).push(flag);
        lastFlag = flag;
      } else if (lastFlag && line.trim() !== '' && /^\s/.test(line)) {
        // A wrapped (docker) or next-line (kubectl) description.
        lastFlag.description = `${lastFlag.description} ${line.trim()}`.trim();
      } else if (line.trim() === '' && style === 'kubectl') {
        lastFlag = undefined;
      }
    }
  }
  if (style === 'kubectl') {
    // kubectl: the text before the first section is the long description.
    const firstSection = lines.findIndex((l) => SECTION.test(l));
    description.push(...lines.slice(0, firstSection < 0 ? lines.length : firstSection).map((l) => l.trim()));
  }
  result.description = description.join('\n').trim().split(/\n\s*\n/)[0].replace(/\s+/g, ' ');
  return result;
}

function parseFlagLine(line, style) {
  if (style === 'kubectl') {
    const m = KUBECTL_FLAG.exec(line);
    if (!m) return undefined;
    const valueType = kubectlValueType(m[3]);
    return { long: m[2], ...(m[1] ? { short: m[1] } : {}), takesValue: !!valueType, ...(valueType ? { valueType } : {}), description: '' };
  }
  const m = DOCKER_FLAG.exec(line);
  if (m) {
    return {
      long: m[2],
      ...(m[1] ? { short: m[1] } : {}),
      takesValue: m[3] !== undefined,
      ...(m[3] ? { valueType: m[3] } : {}),
      description: line.slice(m[0].length).trim(),
    };
  }
  const s = DOCKER_SHORT_ONLY.exec(line);
  if (s) return { short: s[1], takesValue: s[2] !== undefined, ...(s[2] ? { valueType: s[2] } : {}), description: line.slice(s[0].length).trim() };
  return undefined;
}

/** kubectl shows a default instead of a type: `=false` is a boolean, `=[]` a list, `=''` a string. */
export function kubectlValueType(defaultValue) {
  if (/^(true|false)$/.test(defaultValue)) return undefined;
  if (defaultValue.startsWith('[')) return 'strings';
  if (defaultValue.startsWith('map[')) return 'map';
  if (/^-?\d+$/.test(defaultValue)) return 'int';
  if (/^-?\d+(\.\d+)?$/.test(defaultValue)) return 'float';
  if (/^\d+(\.\d+)?(ns|us|ms|s|m|h)(\d|$)/.test(defaultValue)) return 'duration';
  return 'string';
}

/**
 * Joins help's flag table (every visible flag, its short form, whether it takes a value) with
 * completion's candidates (one-line descriptions, and any flag help did not show). Completion
 * alone is not enough: cobra offers only the required flags while they are missing
 * (`kubectl __complete run -` gives just `--image`).
 */
export function mergeFlags(completionCandidates, helpFlags, exclude = new Set()) {
  const described = new Map(completionCandidates.filter((c) => c.value.startsWith('-')).map((c) => [c.value, c.description]));
  const flags = [];
  const known = new Set();
  for (const help of helpFlags) {
    const name = help.long ?? help.short;
    if (exclude.has(name)) continue;
    known.add(name);
    if (help.short) known.add(help.short);
    flags.push({
      ...(help.long ? { long: help.long } : {}),
      ...(help.short ? { short: help.short } : {}),
      takesValue: help.takesValue,
      ...(help.valueType ? { valueType: help.valueType } : {}),
      description: described.get(name) || firstSentence(help.description ?? ''),
    });
  }
  // Flags only completion knows (kubectl's `--help`/`-h`): cobra lists a short form on the line
  // right after its long form, with the same description, which is how they are paired here.
  let previousLong;
  for (const [value, description] of described) {
    if (known.has(value) || exclude.has(value)) {
      previousLong = undefined;
      continue;
    }
    if (value.startsWith('--')) {
      previousLong = { long: value, takesValue: false, description };
      flags.push(previousLong);
    } else if (previousLong && previousLong.description === description && !previousLong.short) {
      previousLong.short = value;
    } else {
      flags.push({ short: value, takesValue: false, description });
    }
  }
  return flags.sort((a, b) => compare(a.long ?? a.short, b.long ?? b.short));
}

function firstSentence(text) {
  const match = /^(.*?[.!?])(\s|$)/.exec(text);
  return (match ? match[1] : text).trim();
}

/**
 * An "Aliases:" entry as a command path. docker writes full command lines (`docker container ls,
 * docker container list, docker ps`); kubectl writes the other names of the command itself
 * (`configmap, cm` under `create`), which stand in place of the last word of `visitedPath`.
 */
export function aliasPath(entry, tool, visitedPath) {
  const words = entry.trim().split(/\s+/);
  if (words[0] === tool) return words.slice(1);
  return [...visitedPath.slice(0, -1), ...words];
}

export function parseDockerVersion(text) {
  return /version v?(\d+\.\d+\.\d+\S*?)(?:,|\s|$)/i.exec(text)?.[1];
}

export function parseKubectlVersion(json) {
  const version = JSON.parse(json).clientVersion?.gitVersion ?? '';
  return version.replace(/^v/, '');
}

function compare(a, b) {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Objects with sorted keys, so the JSON file is stable under regeneration. */
export function sortedJson(value) {
  if (Array.isArray(value)) return value.map(sortedJson);
  if (value && typeof value === 'object') {
    return Object.fromEntries(
      Object.keys(value)
        .sort(compare)
        .map((k) => [k, sortedJson(value[k])]),
    );
  }
  return value;
}

// ---------------------------------------------------------------------------------------------
// The walk (needs the real client).

const TOOLS = {
  docker: {
    helpStyle: 'docker',
    globalFlagsPersistent: false,
    async version(run) {
      return parseDockerVersion((await run(['--version'])).stdout);
    },
  },
  kubectl: {
    helpStyle: 'kubectl',
    // kubectl's global flags (`-n`, `--context`, `--kubeconfig`) are accepted after any command.
    globalFlagsPersistent: true,
    async version(run) {
      return parseKubectlVersion((await run(['version', '--client', '-o', 'json'])).stdout);
    },
  },
};

/**
 * Flags the clients accept but hide from help and completion, and that the course's students
 * (2018) typed. Each one is confirmed against the installed client before it goes into the data:
 * `docker run --net x --help` exits 0 when the flag exists and 125 ("unknown flag") when not.
 */
const HIDDEN_FLAG_PROBES = {
  docker: {
    // --net / --net-alias / --dns-opt are the old names of --network / --network-alias / --dns-option.
    'container run': [
      ['--net', 'network', 'Connect a container to a network (old name of --network)'],
      ['--net-alias', 'list', 'Add network-scoped alias for the container (old name of --network-alias)'],
      ['--dns-opt', 'list', 'Set DNS options (old name of --dns-option)'],
    ],
    'container create': [
      ['--net', 'network', 'Connect a container to a network (old name of --network)'],
      ['--net-alias', 'list', 'Add network-scoped alias for the container (old name of --network-alias)'],
      ['--dns-opt', 'list', 'Set DNS options (old name of --dns-option)'],
    ],
    // `docker volume create --name x`: how volumes were named before the name became an argument.
    'volume create': [['--name', 'string', 'Specify volume name (old form of the VOLUME argument)']],
  },
  kubectl: {
    // Deprecated in 1.19 and hidden since, still accepted by most commands that change objects;
    // every kubectl tutorial of 2018 ends `kubectl create -f x.yaml --record`.
    '*': [['--record', undefined, 'Record current kubectl command in the resource annotation (deprecated)']],
  },
};

function runner(tool, env) {
  return (args) =>
    new Promise((resolve) => {
      execFile(tool, args, { env, maxBuffer: 16 * 1024 * 1024, timeout: 30_000 }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : 1) : 0, stdout, stderr });
      });
    });
}

/** Runs `tasks` with at most `limit` in flight; the walk is a few hundred short processes. */
async function pool(limit, items, task) {
  const results = new Array(items.length);
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        results[i] = await task(items[i]);
      }
    }),
  );
  return results;
}

export async function walk(tool, run) {
  const config = TOOLS[tool];
  const style = config.helpStyle;
  const version = await config.version(run);
  const rootHelp = parseHelp((await run(['--help'])).stdout, style);
  const rootCompletion = parseCompletion((await run(['__complete', ''])).stdout);
  let globalHelpFlags = rootHelp.globalFlags.length ? rootHelp.globalFlags : rootHelp.flags;
  if (tool === 'kubectl') globalHelpFlags = parseHelp((await run(['options'])).stdout, style, { allFlags: true }).flags;
  const globalCompletion = parseCompletion((await run(['__complete', '-'])).stdout).candidates;
  const rootFlags = mergeFlags(globalCompletion, globalHelpFlags);
  const globalNames = new Set(rootFlags.flatMap((f) => [f.long, f.short].filter(Boolean)));

  const root = {
    description: rootHelp.description,
    usage: rootHelp.usage,
    subcommands: rootCompletion.candidates.map((c) => c.value).filter((v) => !v.startsWith('-')).sort(compare),
    flags: rootFlags,
  };
  const descriptions = new Map(rootCompletion.candidates.map((c) => [c.value, c.description]));

  const commands = new Map();
  const seen = new Set();
  let frontier = root.subcommands.map((name) => [name]);
  while (frontier.length > 0) {
    const visited = await pool(8, frontier, async (words) => {
      const help = await run([...words, '--help']);
      const parsed = help.code === 0 ? parseHelp(help.stdout, style) : undefined;
      const isGroup = !!parsed && parsed.commands.length > 0;
      const children = isGroup ? parseCompletion((await run(['__complete', ...words, ''])).stdout).candidates : [];
      let flags = null;
      if (parsed) {
        // Groups have flags too in kubectl (`kubectl create -f x.yaml`, `kubectl apply -f`).
        const candidates = parseCompletion((await run(['__complete', ...words, '-'])).stdout).candidates;
        // kubectl's completion repeats the global flags for every command; they live in root.
        flags = mergeFlags(candidates, parsed.flags, config.globalFlagsPersistent ? globalNames : new Set());
      }
      return { words, parsed, children, flags };
    });
    const next = [];
    for (const { words, parsed, children, flags } of visited) {
      const key = words.join(' ');
      const aliasPaths = (parsed?.aliases ?? []).map((a) => aliasPath(a, tool, words).join(' '));
      const canonical = aliasPaths[0] ?? key;
      for (const child of children) descriptions.set(`${canonical} ${child.value}`, child.description);
      if (seen.has(canonical)) continue;
      seen.add(canonical);
      const aliases = [...new Set([...aliasPaths, key])].filter((a) => a !== canonical).sort(compare);
      const subcommands = children.map((c) => c.value).filter((v) => !v.startsWith('-')).sort(compare);
      commands.set(canonical, {
        description: descriptions.get(key) || descriptions.get(canonical) || parsed?.description || '',
        ...(parsed?.usage ? { usage: parsed.usage } : {}),
        ...(aliases.length ? { aliases } : {}),
        ...(subcommands.length ? { subcommands } : {}),
        flags,
      });
      for (const child of subcommands) next.push([...canonical.split(' '), child]);
    }
    frontier = next.filter((words) => !seen.has(words.join(' ')));
  }

  for (const [key, probes] of Object.entries(HIDDEN_FLAG_PROBES[tool] ?? {})) {
    // '*': every command that has flags.
    const canonicals = key === '*' ? [...commands.keys()] : [key];
    await pool(8, canonicals, async (canonical) => {
      const command = commands.get(canonical);
      if (!command?.flags) return;
      // [long name, value type or undefined for a boolean, description]
      for (const [long, valueType, description] of probes) {
        if (command.flags.some((f) => f.long === long)) continue;
        const args = [...canonical.split(' '), valueType ? `${long}=x` : long, '--help'];
        if ((await run(args)).code === 0) {
          command.flags.push({ long, takesValue: !!valueType, ...(valueType ? { valueType } : {}), description, hidden: true });
        }
      }
      command.flags.sort((a, b) => compare(a.long ?? a.short, b.long ?? b.short));
    });
  }

  return sortedJson({
    source: `${tool} CLI ${version} via \`${tool} __complete\`; descriptions are from the ${tool} CLI (Apache-2.0)`,
    tool,
    version,
    globalFlagsPersistent: config.globalFlagsPersistent,
    root,
    commands: Object.fromEntries([...commands.entries()].sort(([a], [b]) => compare(a, b))),
  });
}

async function main() {
  const requested = process.argv.slice(2);
  const tools = requested.length ? requested : ['docker', 'kubectl'];
  const dataDir = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'server', 'data');
  const configDir = mkdtempSync(path.join(tmpdir(), 'gen-docker-'));
  try {
    const env = {
      PATH: process.env.PATH ?? '',
      HOME: configDir,
      DOCKER_CONFIG: configDir,
      DOCKER_HOST: `unix://${path.join(configDir, 'no-daemon.sock')}`,
      DOCKER_CLI_HINTS: 'false',
      KUBECONFIG: path.join(configDir, 'no-kubeconfig'),
      NO_COLOR: '1',
      LANG: 'C',
    };
    for (const tool of tools) {
      if (!TOOLS[tool]) throw new Error(`unknown tool ${tool}: expected one of ${Object.keys(TOOLS).join(', ')}`);
      const run = runner(tool, env);
      const probe = await run(['--help']);
      if (probe.code !== 0) {
        if (requested.length) throw new Error(`${tool} is not installed or does not run: ${probe.stderr.trim()}`);
        console.log(`${tool}: not installed, ${tool}-cli.json left as it is`);
        continue;
      }
      const started = Date.now();
      const data = await walk(tool, run);
      const file = path.join(dataDir, `${tool}-cli.json`);
      writeFileSync(file, JSON.stringify(data, null, 1) + '\n');
      const flagCount = Object.values(data.commands).reduce((n, c) => n + (c.flags?.length ?? 0), 0);
      console.log(
        `${tool} ${data.version}: ${Object.keys(data.commands).length} commands, ${flagCount} command flags, ` +
          `${data.root.flags.length} global flags -> ${path.relative(process.cwd(), file)} (${Date.now() - started} ms)`,
      );
    }
  } finally {
    rmSync(configDir, { recursive: true, force: true });
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
}
