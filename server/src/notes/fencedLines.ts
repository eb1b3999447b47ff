/**
 * Reads lines in order and says which belong to fenced code, the fences included: a `#` there is
 * a shell comment, not a heading. As CommonMark closes a fence: with a marker of its own kind at
 * least as long and nothing after it (a student's closing ```` ```bash ```` is code still, as
 * remark reads it); a backtick fence's info has no backtick (```` ``` a`b ```` opens none).
 * `opened` hears each line that opens a fence.
 */
export function fencedLines(opened?: (line: string) => void): (line: string) => boolean {
  let fence: { char: string; length: number } | undefined;
  return (line) => {
    const match = /^ {0,3}(`{3,}|~{3,})(.*)$/.exec(line);
    if (!match) return fence !== undefined;
    const [, marker, rest] = match;
    if (fence) {
      if (marker[0] === fence.char && marker.length >= fence.length && /^[ \t]*$/.test(rest)) fence = undefined;
      return true;
    }
    if (marker[0] === '`' && rest.includes('`')) return false;
    fence = { char: marker[0], length: marker.length };
    opened?.(line);
    return true;
  };
}
