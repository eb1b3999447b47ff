import { type Hover, MarkupKind, Range } from 'vscode-languageserver-types';
import type { CodeSpan, Position } from '../notes/types';
import { type CliCommand, type CliFlag, type CliTool, flagSignature, type FlagUse, readInvocation } from './dockerCommands';
import { isShellSpan, lineCommands, offsetAt, spanLines } from './shellLine';

/**
 * Hover on a word of a docker or kubectl command line: the tool, a command (`run`, `container`,
 * `ls`) or a flag (`--name`, or the letter under the cursor in `-it`) shows what the client
 * says about it, with the range of that word (or letter).
 */
export function dockerHover(code: readonly CodeSpan[], position: Position): Hover | undefined {
  for (const span of code) {
    if (!isShellSpan(span)) continue;
    for (const line of spanLines(span)) {
      if (offsetAt(line, position) === undefined) continue;
      for (const shell of lineCommands(line)) {
        const invocation = readInvocation(shell);
        if (!invocation) continue;
        const index = invocation.words.findIndex((w) => w.line === position.line && w.start <= position.character && position.character < w.end);
        if (index < 0) continue;
        const word = invocation.words[index];
        const role = invocation.roles[index];
        const wordRange = Range.create(word.line, word.start, word.line, word.end);
        const { tool } = invocation;
        if (role.kind === 'program') return markdown(commandDocumentation(tool, tool.root), wordRange);
        if (role.kind === 'command') return markdown(commandDocumentation(tool, role.command), wordRange);
        if (role.kind === 'flags') {
          const under = role.uses.find((u) => u.start <= position.character && position.character < u.end);
          const shown = (under ? [under] : role.uses).filter((u): u is FlagUse & { flag: CliFlag } => !!u.flag);
          if (shown.length === 0) return undefined;
          const range = under ? Range.create(word.line, under.start, word.line, under.end) : wordRange;
          const owner = role.global ? `global option of \`${tool.name}\`` : `option of \`${commandLine(tool, role.command)}\``;
          return markdown(shown.map((u) => flagDocumentation(u.flag)).join('\n\n') + `\n\n*${owner}*`, range);
        }
        return undefined;
      }
    }
  }
  return undefined;
}

function markdown(value: string, range: Range): Hover {
  return { contents: { kind: MarkupKind.Markdown, value }, range };
}

/** `docker container run`, `kubectl get`. */
export function commandLine(tool: CliTool, command: CliCommand): string {
  return command.path ? `${tool.name} ${command.path}` : tool.name;
}

/** What a command is, how it is used and its other names; shared with completion. */
export function commandDocumentation(tool: CliTool, command: CliCommand): string {
  const parts = [`**${commandLine(tool, command)}**: ${asText(command.description)}`];
  if (command.usage) parts.push('```\n' + command.usage + '\n```');
  if (command.aliases.length > 0) parts.push(`Also written: ${command.aliases.map((a) => `\`${tool.name} ${a}\``).join(', ')}`);
  if (command.origin === 'cli') parts.push(`*${tool.name} CLI ${tool.version}*`);
  else parts.push(`*Not in ${tool.name} CLI ${tool.version}: ${command.origin === 'plugin' ? 'a plugin' : 'an older command'}*`);
  return parts.join('\n\n');
}

export function flagDocumentation(flag: CliFlag): string {
  const hidden = flag.hidden ? ' (hidden from the help)' : '';
  return `\`${flagSignature(flag)}\`${hidden}: ${asText(flag.description)}`;
}

/** The tools' help says `"<ip|interface>[:port]"`: in Markdown a `<` may open HTML, so it is escaped. */
function asText(description: string): string {
  return description.replace(/</g, '\\<');
}
