import { type CodeAction, CodeActionKind, type Diagnostic, DiagnosticSeverity, Range, TextEdit } from 'vscode-languageserver-types';
import type { CodeSpan } from '../notes/types';
import {
  cliTools,
  type CliCommand,
  type CliTool,
  type Invocation,
  isPlaceholder,
  readInvocation,
  suggest,
  closestCandidates,
} from './dockerCommands';
import { commandLine } from './dockerHover';
import { isShellSpan, type ShellCommand, type ShellWord, spanCommands } from './shellLine';
import { wordDistance } from '../notes/typos';

export const DOCKER_DIAGNOSTIC_CODE = 'docker-command';

/** What a `docker-command` diagnostic carries for its quick fix: the word that should replace its range. */
export interface DockerFixData {
  replacement: string;
  /** The other commands the word is as close to (`rn`: `rm` beside `run`): each a fix, none applied unattended. */
  alike?: string[];
  /** `kubectl sniff`, `docker pushrm`: a word right after the program may name a plugin's command, which only the student knows. */
  maybePlugin?: boolean;
}

/**
 * Warnings on docker and kubectl command lines that the client would refuse: an unknown
 * command or subcommand (`docker imabe build`), an unknown flag (`docker ps --al`), and a
 * mistyped program name (`dokcer run`). Each names the likely intended word when one is close.
 *
 * It has to be silent on everything else, because a false warning on a student's correct
 * notes is worse than a missed typo:
 * - every way of writing flags the client accepts (`-itd`, `--name=web`, `-p80:80`, values);
 * - placeholders (`<container id>`, `$DOCKERID`, `[OPTIONS]`, `IMAGE`, `...`), after which
 *   nothing more is checked;
 * - the command that `docker run IMAGE ...` runs, and anything after `--`;
 * - other programs: `docker-compose`, `docker-machine`, `dockerd`;
 * - plugins and commands of older versions (`docker compose`, `docker engine`, `kubectl
 *   rolling-update`), whose flags are not checked;
 * - prose in inline code (`docker is great`): an unknown word right after `docker` is reported
 *   in inline code only when it is close to a real command;
 * - code that is not a command line: YAML, JSON, Dockerfiles (`RUN docker ...` is not read:
 *   Dockerfiles are their own language) and output lines of a transcript (lines without a
 *   prompt in a block where other lines have one).
 */
export function dockerDiagnostics(code: readonly CodeSpan[]): Diagnostic[] {
  const diagnostics: Diagnostic[] = [];
  for (const span of code) {
    if (!isShellSpan(span)) continue;
    for (const shell of spanCommands(span)) {
      const invocation = readInvocation(shell);
      if (invocation) diagnostics.push(...invocationProblems(invocation, span));
      else {
        const typo = programTypo(shell);
        if (typo) diagnostics.push(typo);
      }
    }
  }
  return diagnostics;
}

function invocationProblems(invocation: Invocation, span: CodeSpan): Diagnostic[] {
  const { tool, words, roles } = invocation;
  const problems: Diagnostic[] = [];
  for (let i = 0; i < words.length; i++) {
    const word = words[i];
    const role = roles[i];
    if (role.kind === 'unknown-command') {
      const alike = closestCandidates(word.value, tool.childNames(role.parent).filter((n) => isCommandName(tool, role.parent, n)));
      // More than a few as close is no hint, but a list.
      const closest = alike.length <= maxAlike ? alike : [];
      const suggestion = closest.length === 1 ? closest[0] : undefined;
      // `docker container pull`: a real command, in another group.
      const elsewhere = suggestion ? undefined : commandElsewhere(tool, role.parent, word.value);
      // In inline code, `docker` followed by a word that is no command is usually a sentence
      // or a product name (`docker store`, `docker ce`), whatever command it happens to be near.
      if (!suggestion && !elsewhere && (span.kind === 'inline' || looksLikeProse(words, i))) continue;
      if (span.kind === 'inline' && (looksLikeProse(words, i) || isProductName(word.value))) continue;
      const where = role.parent.path ? `a \`${commandLine(tool, role.parent)}\` command` : `a ${tool.name} command`;
      const hint = elsewhere ? `; did you mean \`${commandLine(tool, elsewhere)}\`?` : didYouMean(closest);
      // A command of another group is only named: its fix is no word swapped here.
      problems.push(problem(range(word), `\`${quoted(word.value)}\` is not ${where}${hint}`, elsewhere ? undefined : closest, !role.parent.path));
    } else if (role.kind === 'flags') {
      for (const use of role.uses) {
        if (use.flag) continue;
        const flags = tool.flagsOf(role.command);
        const owner = role.global ? `\`${tool.name}\` (before the command)` : `\`${commandLine(tool, role.command)}\``;
        // `-token` for `--token`: pflag reads `-t -o -k ...`; the whole word is the slip.
        const doubled = !word.value.startsWith('--') ? `-${word.value.split('=')[0]}` : undefined;
        if (doubled && doubled.length > 3 && flags.some((f) => f.long === doubled)) {
          const name = word.value.split('=')[0];
          const at = Range.create(word.line, use.start, word.line, use.start + name.length);
          problems.push(problem(at, `\`${quoted(name)}\` is not an option of ${owner}; did you mean \`${doubled}\`?`, doubled));
          break;
        }
        const names = flags.map((f) => f.long).filter((n): n is string => !!n);
        const suggestion = use.name.startsWith('--') ? suggest(use.name, names) : undefined;
        // A letter of `-itx` is shown in its word; `--formt=x` is clear without.
        const written = use.name.startsWith('--') || use.name === word.value ? '' : ` (in \`${quoted(word.value)}\`)`;
        problems.push(
          problem(
            Range.create(word.line, use.start, word.line, use.end),
            `\`${quoted(use.name)}\`${written} is not an option of ${owner}${didYouMean(suggestion ? [suggestion] : [])}`,
            suggestion,
          ),
        );
      }
    }
  }
  return problems;
}

/** The command `word` names at the top level or in another group, for `docker container pull`. */
function commandElsewhere(tool: CliTool, parent: CliCommand, word: string): CliCommand | undefined {
  const top = tool.child(tool.root, word);
  if (top && top !== parent && top.origin === 'cli') return top;
  return undefined;
}

/** Hidden commands such as `docker help` are fine to accept but not to suggest over a real one. */
function isCommandName(tool: CliTool, parent: CliCommand, name: string): boolean {
  const child = tool.child(parent, name);
  return !!child && child.origin !== 'historic';
}

/**
 * A sentence in code: `docker is great`, `docker images are layers.` Several lower-case words
 * with no flag and a word that commands never take (articles, verbs of prose), or a full stop.
 */
function looksLikeProse(words: readonly ShellWord[], from: number): boolean {
  const rest = words.slice(from).map((w) => w.value);
  if (rest.some((w) => w.startsWith('-'))) return false;
  if (/[.,:!?]$/.test(words[words.length - 1].value) && words.length >= 3) return true;
  return rest.some((w) => PROSE_WORDS.has(w.toLowerCase()));
}

/** Words that follow "docker" in the names of things rather than of commands; short words are too ambiguous to correct. */
function isProductName(word: string): boolean {
  return word.length <= 3 || PRODUCT_WORDS.has(word.toLowerCase());
}

const PRODUCT_WORDS: ReadonlySet<string> = new Set(
  'store hub toolbox registry datacenter enterprise community edition desktop cloud engine client server host hosts file files daemon machine playground labs'.split(' '),
);

const PROSE_WORDS: ReadonlySet<string> = new Set(
  'a an the is are was were be been being has have had will would can could should may might must does did do not and or but of to in on for with from by as at that this these those it its which who what when where how why than then so if also very our your their we you they i'.split(' '),
);

/** `dokcer run`, `docekr ps`, `kubeclt get`: a program name one or two slips from a tool, followed by its real command. */
function programTypo(shell: ShellCommand): Diagnostic | undefined {
  if (shell.program < 0 || shell.program + 1 >= shell.words.length) return undefined;
  const program = shell.words[shell.program];
  const next = shell.words[shell.program + 1];
  if (!/^[A-Za-z]{4,}$/.test(program.value) || OTHER_PROGRAMS.has(program.value.toLowerCase())) return undefined;
  for (const tool of cliTools().values()) {
    // `Docker run` starts a sentence more often than a shell line, and runs on macOS and Windows.
    if (program.value.toLowerCase() === tool.name) continue;
    // Up to two slips, `dock` and `dokcer` alike: the command after it makes the intent plain.
    if (wordDistance(program.value.toLowerCase(), tool.name, 2) > 2 || isPlaceholder(next)) continue;
    const command = tool.child(tool.root, next.value);
    if (!command || command.origin !== 'cli') continue;
    return problem(range(program), `\`${quoted(program.value)}\` is not a program; did you mean \`${tool.name}\`?`, tool.name);
  }
  return undefined;
}

/** Real programs whose names are close to a tool's. */
const OTHER_PROGRAMS: ReadonlySet<string> = new Set(['dockerd', 'docker-compose', 'docker-machine', 'dockerize', 'podman', 'kubectx', 'kubens']);

const maxAlike = 3;

/** `; did you mean \`run\`?`, or of a few as close: `; did you mean \`rm\` or \`run\`?`. */
function didYouMean(suggestions: readonly string[]): string {
  const named = suggestions.map((suggestion) => `\`${suggestion}\``);
  return named.length ? `; did you mean ${named.length > 1 ? `${named.slice(0, -1).join(', ')} or ${named[named.length - 1]}` : named[0]}?` : '';
}

function range(word: ShellWord): Range {
  return Range.create(word.line, word.start, word.line, word.end);
}

function problem(at: Range, message: string, replacements: string | readonly string[] | undefined, maybePlugin = false): Diagnostic {
  const [replacement, ...alike] = typeof replacements === 'string' ? [replacements] : (replacements ?? []);
  return {
    range: at,
    severity: DiagnosticSeverity.Warning,
    code: DOCKER_DIAGNOSTIC_CODE,
    source: 'study-notes',
    message,
    ...(replacement ? { data: { replacement, ...(alike.length && { alike }), ...(maybePlugin && { maybePlugin }) } satisfies DockerFixData } : {}),
  };
}

/** A word of the notes as a message shows it: a 100,000-character flag is its first letters, the range shows the rest. */
function quoted(word: string): string {
  return word.length > 40 ? `${word.slice(0, 40)}…` : word;
}

/** The quick fixes of a `docker-command` diagnostic: replace only the mistyped word, with each command it is as close to. */
export function dockerQuickFixes(diagnostic: Diagnostic, uri: string): CodeAction[] {
  if (diagnostic.code !== DOCKER_DIAGNOSTIC_CODE) return [];
  const data = diagnostic.data as Partial<DockerFixData> | undefined;
  if (!data || typeof data.replacement !== 'string' || data.replacement === '') return [];
  const alike = Array.isArray(data.alike) ? data.alike.filter((word): word is string => typeof word === 'string' && word !== '') : [];
  return [data.replacement, ...alike].map((replacement) => ({
    title: `Replace with \`${replacement}\``,
    kind: CodeActionKind.QuickFix,
    diagnostics: [diagnostic],
    // Preferred fixes are applied unattended (`check --fix`): never a plugin's command rewritten, nor a guess between two.
    isPreferred: data.maybePlugin !== true && alike.length === 0,
    edit: { changes: { [uri]: [TextEdit.replace(diagnostic.range, replacement)] } },
  }));
}

