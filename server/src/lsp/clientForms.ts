// The service's answers in the form a client said it can take (`initialize`): every client is a
// user, and one that cannot show Markdown or an outline's tree still gets what VS Code gets.
import type { CodeAction, Command, CompletionItem, CompletionList, DocumentSymbol, Hover, MarkupContent, SymbolInformation, WorkspaceEdit } from 'vscode-languageserver';
import type { ClientAbilities } from './clientAbilities';

/** What a client without code action literals runs to apply a quick fix: the server asks it to apply the edit. */
export const applyEditCommand = 'studyNotes.applyEdit';

export function hoverFor(client: ClientAbilities, hover: Hover | null): Hover | null {
  if (!hover || client.markdownHover || !isMarkdown(hover.contents)) return hover;
  return { ...hover, contents: { kind: 'plaintext', value: plainText(hover.contents.value) } };
}

export function completionFor(client: ClientAbilities, answer: CompletionItem[] | CompletionList): CompletionItem[] | CompletionList {
  if (client.markdownDocumentation && client.labelDetails) return answer;
  const items = Array.isArray(answer) ? answer : answer.items;
  const shown = items.map((item) => completionItemFor(client, item));
  return Array.isArray(answer) ? shown : { ...answer, items: shown };
}

function completionItemFor(client: ClientAbilities, item: CompletionItem): CompletionItem {
  const { labelDetails, documentation, ...rest } = item;
  const shown: CompletionItem = { ...rest };
  if (documentation !== undefined) shown.documentation = !client.markdownDocumentation && isMarkdown(documentation) ? plainText(documentation.value) : documentation;
  if (labelDetails && client.labelDetails) shown.labelDetails = labelDetails;
  // Without label details, what they said goes where every client shows it.
  else if (labelDetails) shown.detail ??= [labelDetails.detail, labelDetails.description].filter(Boolean).join(' ').trim() || undefined;
  return shown;
}

/**
 * A client without the outline's tree gets its entries flat, each naming the entry it is in. A flat
 * entry has no detail beside its name, so the name carries it: a module's time, an area's totals.
 */
export function symbolsFor(client: ClientAbilities, uri: string, symbols: DocumentSymbol[]): DocumentSymbol[] | SymbolInformation[] {
  if (client.hierarchicalSymbols) return symbols;
  const flat: SymbolInformation[] = [];
  const visit = (symbol: DocumentSymbol, container?: string): void => {
    const name = symbol.detail ? `${symbol.name} — ${symbol.detail}` : symbol.name;
    flat.push({ name, kind: symbol.kind, location: { uri, range: symbol.range }, ...(container !== undefined && { containerName: container }) });
    for (const child of symbol.children ?? []) visit(child, symbol.name);
  };
  for (const symbol of symbols) visit(symbol);
  return flat;
}

/**
 * A client that takes no code action literals takes commands: a fix's edit is applied by the server
 * asking the client to (workspace/applyEdit); a client that can do neither is offered none. The
 * command carries the versions of the documents the edit was made for (`versionOf`).
 */
export function codeActionsFor(client: ClientAbilities, actions: CodeAction[], versionOf: (uri: string) => number | undefined): (CodeAction | Command)[] {
  if (client.codeActionLiterals) return actions;
  return actions.flatMap((action): Command[] => {
    if (action.edit) return client.applyEdit ? [{ title: action.title, command: applyEditCommand, arguments: [action.edit, versionsOf(action.edit, versionOf)] }] : [];
    return action.command ? [action.command] : [];
  });
}

function versionsOf(edit: WorkspaceEdit, versionOf: (uri: string) => number | undefined): Record<string, number | null> {
  return Object.fromEntries(Object.keys(edit.changes ?? {}).map((uri) => [uri, versionOf(uri) ?? null]));
}

/**
 * The edit an applyEditCommand carries, when the documents it edits are open at the versions it was
 * made for: typed in since, its ranges would land on other text, and a command's arguments edit no
 * document the server did not offer the fix for.
 */
export function editOf(args: unknown[] | undefined, versionOf: (uri: string) => number | undefined): WorkspaceEdit | undefined {
  const [edit, versions] = args ?? [];
  if (typeof edit !== 'object' || edit === null || !('changes' in edit) || typeof versions !== 'object' || versions === null) return undefined;
  const uris = Object.keys((edit as WorkspaceEdit).changes ?? {});
  const made = versions as Record<string, unknown>;
  return uris.length > 0 && uris.every((uri) => versionOf(uri) !== undefined && made[uri] === versionOf(uri)) ? (edit as WorkspaceEdit) : undefined;
}

function isMarkdown(contents: unknown): contents is MarkupContent {
  return typeof contents === 'object' && contents !== null && (contents as MarkupContent).kind === 'markdown';
}

/** Markdown as its text reads: emphasis, code marks, escapes and hard-break spaces gone, a link its text and address. */
export function plainText(markdown: string): string {
  return markdown
    .replace(/^#{1,6}\s+/gm, '')
    .replace(/\[([^\]]*)\]\(<?([^)>\s]*)>?\)/g, (_, text: string, url: string) => (url && url !== text ? `${text} (${url})` : text))
    .replace(/<((?:https?|mailto):[^>\s]+)>/g, '$1')
    .replace(/ {2,}$/gm, '')
    .replace(inlineMarkup, withoutSpanMarks);
}

/**
 * What stands first at a place wins, as in Markdown: a code span (its text literal), an escape, then
 * emphasis (`*`, `**`; `_`, `__` not inside a word: `snake_case_name` stays), read again inside.
 * Each within its line and 400 characters, which keeps a long line of unclosed marks from being
 * searched to its end from each.
 */
const inlineMarkup = /(`+)(.{0,400}?[^`])\1(?!`)|\\([\\`*_{}[\]()#+\-.!<>|~])|(\*{1,3})(?=\S)(.{0,400}?\S)\4|(?<![\p{L}\p{N}_])(__|_)(?=\S)(.{0,400}?\S)\6(?![\p{L}\p{N}_])/gu;

function withoutSpanMarks(_whole: string, ticks?: string, code = '', escaped?: string, _stars?: string, starred?: string, _underscores?: string, underscored = ''): string {
  // `` `` a `b` c `` ``: one space inside each end is the span's padding.
  if (ticks !== undefined) return /^ .*[^ ].* $/s.test(code) ? code.slice(1, -1) : code;
  if (escaped !== undefined) return escaped;
  return (starred ?? underscored).replace(inlineMarkup, withoutSpanMarks);
}
