// How deep the JSON a user writes may nest, checked before it is parsed: the catalog here, the CLI's settings.

/**
 * A settings file needs 3 levels, a catalog 5 (rounds → requires → level), a package.json rarely 10. At 256
 * no file a person or a tool writes is refused, and every reader that recurses over the text or its value
 * (jsonc-parser's parser, Ajv's errors, JSON.stringify of a wrong value in a message) stays far below the
 * 3,500 levels of `{"a":` at which jsonc-parser exhausts Node's stack.
 */
export const deepestJson = 256;

const opening: Record<string, string> = { '[': ']', '{': '}' };

/**
 * Where `text` (JSON, comments allowed as in jsonc-parser) first opens a level deeper than `limit`, or
 * undefined when it never does. A closing bracket counts only when it closes the innermost level: a parser
 * recovering from `[}` stays in the list, so a stray one must not let the count fall below the parser's depth.
 */
export function tooDeepAt(text: string, limit = deepestJson): { line: number; column: number } | undefined {
  const open: string[] = [];
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (char === '"') i = stringEnd(text, i);
    else if (char === '/' && text[i + 1] === '/') i = lineEnd(text, i);
    else if (char === '/' && text[i + 1] === '*') i = commentEnd(text, i);
    else if (opening[char]) {
      if (open.push(opening[char]) > limit) return positionOf(text, i);
    } else if (char === open.at(-1)) open.pop();
  }
  return undefined;
}

/** As jsonc-parser reads a string: a backslash takes the next character, a line break ends it unclosed. */
function stringEnd(text: string, quote: number): number {
  for (let i = quote + 1; i < text.length; i++) {
    const char = text[i];
    if (char === '\\') i++;
    else if (char === '"' || char === '\n' || char === '\r') return i;
  }
  return text.length;
}

function lineEnd(text: string, from: number): number {
  const match = /[\r\n]/g;
  match.lastIndex = from;
  return match.exec(text)?.index ?? text.length;
}

function commentEnd(text: string, from: number): number {
  const end = text.indexOf('*/', from + 2);
  return end < 0 ? text.length : end + 1;
}

/** 1-based, as an editor's "go to line:column". */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  const before = text.slice(0, offset).split('\n');
  return { line: before.length, column: before[before.length - 1].length + 1 };
}

/** A file saved with a byte-order mark (Windows Notepad writes one) is the same JSON: the mark is no character of it. */
export function withoutByteOrderMark(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}
