/**
 * A snippet as the plain text a client without snippet support inserts: each placeholder is its
 * default (`${1:30}` → `30`), escapes are undone, and the last line, which only held the final
 * cursor stop (`$0`) after the notes prefix, is left out with the blank lines before it: such a
 * client leaves the cursor at the end of the insertion anyway, and Neovim 0.7's completion writes
 * a line break inside an accepted word as a NUL byte.
 */
export function plainInsertText(snippet: string): string {
  const lines = snippet.split('\n');
  if (/(?<!\\)\$0$/.test(lines.at(-1) ?? '') && lines.length > 1) {
    lines.pop();
    while (lines.length > 1 && /^[\s>]*$/.test(lines.at(-1)!)) lines.pop();
  }
  return unescapeSnippet(lines.join('\n'));
}

function unescapeSnippet(text: string): string {
  return text.replace(/\\([$}\\])|\$\{\d+:((?:\\.|[^}\\])*)\}|\$\{\d+\}|\$\d+/g, (_whole, escaped: string | undefined, placeholder: string | undefined) => {
    if (escaped !== undefined) return escaped;
    return placeholder !== undefined ? unescapeSnippet(placeholder) : '';
  });
}
