import { CompletionItem, CompletionItemKind, MarkupKind, Range, TextEdit } from 'vscode-languageserver-types';
import type { CodeSpan, Position } from '../notes/types';
import { rangeContains } from '../notes/shown';
import {
  assignRoles,
  type CliCommand,
  type CliFlag,
  type CliTool,
  flagSignature,
  isGroup,
  isRepeatable,
  toolOf,
} from './dockerCommands';
import { commandDocumentation } from './dockerHover';
import { isShellSpan, lineCommands, offsetAt, type ShellCommand, type ShellWord, spanLines } from './shellLine';

/**
 * Completion of docker and kubectl command lines in inline code and shell blocks: after
 * `docker ` its commands, after a command group its subcommands, after `-` or `--` the flags of
 * the command not given yet. A partly typed word is replaced whole (`docker con|` offers
 * `config`, `container`, `context`). undefined when the position is not in such a command line.
 */
export function dockerCompletions(code: readonly CodeSpan[], position: Position): CompletionItem[] | undefined {
  for (const span of code) {
    if (!isShellSpan(span) || !rangeContains(span.range, position)) continue;
    for (const line of spanLines(span)) {
      const offset = offsetAt(line, position);
      if (offset === undefined) continue;
      const typing = commandAt(lineCommands(line, offset), position);
      if (!typing) return undefined;
      const partial = partialWord(typing, position, line.text[offset - 1]);
      const wordEnd = partial ? fullWordEnd(lineCommands(line), partial, position) : position.character;
      return completeCommand(typing, partial, Range.create(position.line, partial ? partial.start : position.character, position.line, wordEnd));
    }
  }
  return undefined;
}


/** The command being typed: the one read up to the cursor (a substitution inside it wins). */
function commandAt(commands: ShellCommand[], position: Position): ShellCommand | undefined {
  const atCursor = commands.filter((c) => c.range.end.line === position.line && c.range.end.character === position.character);
  return atCursor.at(-1);
}

/** The word the cursor is at the end of, if it is not after a space. */
function partialWord(command: ShellCommand, position: Position, before: string | undefined): ShellWord | undefined {
  if (before === undefined || /\s/.test(before)) return undefined;
  const last = command.words.at(-1);
  return last && last.line === position.line && last.end === position.character ? last : undefined;
}

/** Where the word under the cursor ends in the whole line, so that completing `con|tainer` replaces all of it. */
function fullWordEnd(commands: ShellCommand[], partial: ShellWord, position: Position): number {
  for (const command of commands) {
    for (const word of command.words) {
      if (word.line === partial.line && word.start === partial.start) return Math.max(word.end, position.character);
    }
  }
  return position.character;
}

function completeCommand(typing: ShellCommand, partial: ShellWord | undefined, range: Range): CompletionItem[] | undefined {
  const tool = toolOf(typing);
  if (!tool) return undefined;
  const words = typing.words.slice(typing.program);
  const prior = partial ? words.slice(0, -1) : words;
  if (prior.length === 0) return undefined; // the cursor is on the program's own name
  // The role a plain word would have here says what may come: a subcommand, a flag, or neither
  // (a flag's value, the command docker runs, anything after a placeholder).
  const probe = { value: 'x', raw: 'x', dynamic: false, start: range.start.character };
  const next = assignRoles(tool, [...prior, probe]).roles.at(-1)?.kind;
  const { command, roles } = assignRoles(tool, prior);
  if (partial?.value.startsWith('-')) {
    if (next !== 'command' && next !== 'unknown-command' && next !== 'argument') return undefined;
    const given = new Set(roles.flatMap((r) => (r.kind === 'flags' ? r.uses.map((u) => u.flag) : [])));
    return flagItems(tool, command, partial.value, given, range);
  }
  if (next === 'command' || next === 'unknown-command') return subcommandItems(tool, command, range);
  return undefined;
}

function subcommandItems(tool: CliTool, parent: CliCommand, range: Range): CompletionItem[] | undefined {
  if (!isGroup(parent)) return undefined;
  return parent.subcommands.flatMap((name) => {
    const child = tool.child(parent, name);
    if (!child) return [];
    const item: CompletionItem = {
      label: name,
      kind: isGroup(child) ? CompletionItemKind.Module : CompletionItemKind.Function,
      detail: child.description,
      documentation: { kind: MarkupKind.Markdown, value: commandDocumentation(tool, child) },
      textEdit: TextEdit.replace(range, name),
      // Plugins and historic commands after the client's own ones.
      sortText: `${child.origin === 'cli' ? '0' : '1'}${name}`,
    };
    return [item];
  });
}

function flagItems(tool: CliTool, command: CliCommand, typed: string, given: Set<CliFlag | undefined>, range: Range): CompletionItem[] {
  const items: CompletionItem[] = [];
  const withShort = !typed.startsWith('--');
  for (const flag of tool.flagsOf(command)) {
    if (flag.hidden || (given.has(flag) && !isRepeatable(flag))) continue;
    const names = [flag.long, withShort ? flag.short : undefined].filter((n): n is string => !!n);
    for (const name of names) {
      items.push({
        label: name,
        kind: CompletionItemKind.Property,
        detail: flagSignature(flag),
        documentation: { kind: MarkupKind.Markdown, value: flag.description },
        textEdit: TextEdit.replace(range, name),
        // Long names first: they say what they do.
        sortText: `${name.startsWith('--') ? '0' : '1'}${name}`,
      });
    }
  }
  return items;
}
