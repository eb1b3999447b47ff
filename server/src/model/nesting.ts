/**
 * remark takes quadratic time on deeply nested lists, and the reader recurses into nested
 * blockquotes; no real notes nest anywhere near this deep. Container markers past the limit
 * become no-break spaces, which CommonMark does not read as indentation, so the line keeps its
 * length and every offset stays exact.
 */
const maxPrefix = 96;

export function capNesting(text: string): string {
  if (!hasDeepLine(text)) return text;
  return text.replace(/^[ \t>]{97,}/gm, (prefix) => prefix.slice(0, maxPrefix) + prefix.slice(maxPrefix).replace(/[ \t>]/g, '\u00a0'));
}

function hasDeepLine(text: string): boolean {
  let run = 0;
  let atLineStart = true;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 10 || code === 13) {
      run = 0;
      atLineStart = true;
    } else if (atLineStart && (code === 32 || code === 9 || code === 62)) {
      if (++run > maxPrefix) return true;
    } else {
      atLineStart = false;
    }
  }
  return false;
}
