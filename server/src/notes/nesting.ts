/**
 * remark takes quadratic time on deeply nested lists, and the reader recurses into nested
 * blockquotes; no real notes nest anywhere near this deep. Container markers past the limit
 * become no-break spaces, which CommonMark does not read as indentation, so the line keeps its
 * length and every offset stays exact. Lists nest by indentation and also on one line
 * (`- - - x`, `1. 1. x`, `> - > - x`): both count.
 */
const maxPrefix = 96;

/** Container openers at a line's start: indentation, `>`, and list markers followed by a space or tab. */
const containerPrefix = /^(?:[ \t>]|[-+*](?=[ \t])|\d{1,9}[.)](?=[ \t]))+/gm;
/** `- - - -` rules a line (a thematic break) rather than opening lists: only its quotes are capped. */
const thematicBreak = /^[ \t>]*([-*_])(?:[ \t]*\1){2,}[ \t]*$/;

export function capNesting(text: string): string {
  if (!hasDeepLine(text)) return text;
  return text.replace(containerPrefix, (prefix: string, offset: number) => {
    if (prefix.length <= maxPrefix) return prefix;
    if (thematicBreak.test(lineAt(text, offset))) {
      const quotes = /^[ \t>]*/.exec(prefix)![0];
      return cap(quotes) + prefix.slice(quotes.length);
    }
    return cap(prefix);
  });
}

function cap(prefix: string): string {
  return prefix.length <= maxPrefix ? prefix : prefix.slice(0, maxPrefix) + '\u00a0'.repeat(prefix.length - maxPrefix);
}

function lineAt(text: string, start: number): string {
  let end = start;
  while (end < text.length && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
  return text.slice(start, end);
}

/** Cheap pre-check: a line starting with more than maxPrefix characters that can open containers. */
function hasDeepLine(text: string): boolean {
  let run = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      run = 0;
      atLineStart = true;
    } else if (atLineStart && isPrefixCode(code)) {
      if (++run > maxPrefix) return true;
    } else {
      atLineStart = false;
    }
  }
  return false;
}

/** Space, tab, `>`, `-`, `+`, `*`, `.`, `)` and digits. */
function isPrefixCode(code: number): boolean {
  return code === 32 || code === 9 || code === 62 || code === 45 || code === 43 || code === 42 || code === 46 || code === 41 || (code >= 48 && code <= 57);
}
