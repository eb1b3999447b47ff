// Notes are written by anyone: a fork a TA opens may hold `[Lab](javascript:…)` or a title like
// `<img src=x onerror=…>`. What the server hands the editor to render or open goes through here.

/** The URL when it is a web address a client may open; undefined for javascript:, data:, command:, file: and the like. */
export function webUrl(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  const trimmed = url.trim();
  // \s covers spaces and line breaks; control characters (NUL, escape) are no part of an address either.
  return /^https?:\/\/[^\s<>]+$/i.test(trimmed) && ![...trimmed].some((character) => character < ' ' || character === '\u007f') ? trimmed : undefined;
}

/**
 * Text shown inside Markdown as the text it is: what inline Markdown reads as markup (links,
 * emphasis, code, raw HTML, entities) is backslash-escaped, line breaks become spaces, and a
 * marker that would start a block (`#`, `>`, `-`, `1.`) is escaped where the text starts a line.
 */
export function markdownText(text: string): string {
  return text
    .replace(/[\r\n\u2028\u2029]+/g, ' ')
    .trim()
    .replace(/[\\`*_[\]()<>&~|]/g, (character) => `\\${character}`)
    .replace(/^([#>+=-])|^(\d+)([.)])/, (_, marker: string | undefined, digits: string | undefined, after: string | undefined) => (marker ? `\\${marker}` : `${digits}\\${after}`));
}
