/**
 * Glob matching in time proportional to the path times the glob, whatever the glob: globs come
 * from settings a student's folder or a cloned workspace may hold, and a regular expression built
 * from `*a*a*a*a*b` backtracks for seconds on a 33-character name (picomatch did).
 * Supported: `*`, `?`, `[a-z]`, `[!x]`, `**` as a whole segment, `{a,b}`, `\` escapes.
 */

/** Longer globs are not file names but an accident or an attack. */
const longestGlob = 1000;
/** `{a,b}{c,d}…` doubles per brace: past this many alternatives a glob is refused. */
const mostAlternatives = 64;

export class GlobError extends Error {}

type CharToken = { star: true } | { star: false; test: (char: string) => boolean };
type SegmentToken = { globstar: true } | { globstar: false; chars: CharToken[] };

export interface GlobOptions {
  /** `*`, `?` and `**` match names starting with a dot (`.github`). */
  dot: boolean;
  /** A glob without a slash names a file in any folder, as in .gitignore. */
  basename?: boolean;
}

/** What is wrong with a glob, in words, or undefined when it can be matched. */
export function globProblem(glob: string): string | undefined {
  try {
    alternativesOf(glob);
    return undefined;
  } catch (error) {
    return (error as Error).message;
  }
}

/** A matcher of `/`-separated paths for any of the globs; throws GlobError for a glob it refuses. */
export function globMatcher(globs: readonly string[], options: GlobOptions): (path: string) => boolean {
  const patterns = globs.flatMap((glob) =>
    alternativesOf(glob).map((alternative) => ({ segments: segmentsOf(alternative.replace(/^(\.\/)+/, '')), byName: options.basename === true && !alternative.includes('/') })),
  );
  return (path) => {
    const parts = path.split('/').filter((part) => part !== '');
    return patterns.some(({ segments, byName }) => matchesPath(segments, byName ? parts.slice(-1) : parts, options.dot));
  };
}

/** A command-line argument's folder before its first wildcard, and the glob after it; undefined for a plain path. */
export function splitGlob(argument: string): { base: string; glob: string } | undefined {
  const parts = argument.split('/');
  const first = parts.findIndex((part) => /[*?[{]/.test(part));
  return first < 0 ? undefined : { base: parts.slice(0, first).join('/'), glob: parts.slice(first).join('/') };
}

function alternativesOf(glob: string): string[] {
  if (glob.length > longestGlob) throw new GlobError(`longer than ${longestGlob} characters`);
  return expandBraces(glob);
}

/** `a{b,c{d,e}}` → `ab`, `acd`, `ace`; an unclosed brace is a literal one. */
function expandBraces(glob: string): string[] {
  const open = unescapedIndex(glob, '{', 0);
  if (open < 0) return [glob];
  const close = closingBrace(glob, open);
  if (close < 0) return [glob];
  const choices = topLevelSplit(glob.slice(open + 1, close));
  if (choices.length < 2) return expandBraces(`${glob.slice(0, open)}\\{${glob.slice(open + 1)}`);
  const rest = glob.slice(close + 1);
  const result: string[] = [];
  for (const choice of choices)
    for (const expanded of expandBraces(glob.slice(0, open) + choice + rest)) {
      result.push(expanded);
      if (result.length > mostAlternatives) throw new GlobError(`more than ${mostAlternatives} alternatives in braces`);
    }
  return result;
}

function unescapedIndex(text: string, char: string, from: number): number {
  for (let i = from; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === char) return i;
  }
  return -1;
}

function closingBrace(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i;
  }
  return -1;
}

function topLevelSplit(text: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '\\') i++;
    else if (text[i] === '{') depth++;
    else if (text[i] === '}') depth--;
    else if (text[i] === ',' && depth === 0) {
      parts.push(text.slice(start, i));
      start = i + 1;
    }
  }
  return [...parts, text.slice(start)];
}

function segmentsOf(glob: string): SegmentToken[] {
  return glob.split('/').map((segment) => (segment === '**' ? { globstar: true } : { globstar: false, chars: charsOf(segment) }));
}

function charsOf(segment: string): CharToken[] {
  const chars = Array.from(segment);
  const tokens: CharToken[] = [];
  for (let i = 0; i < chars.length; i++) {
    const char = chars[i];
    if (char === '*') {
      if (!tokens.at(-1)?.star) tokens.push({ star: true });
    } else if (char === '?') tokens.push({ star: false, test: () => true });
    else if (char === '[' && chars.indexOf(']', i + 2) > 0) {
      const end = chars.indexOf(']', i + 2);
      tokens.push({ star: false, test: classTest(chars.slice(i + 1, end)) });
      i = end;
    } else {
      const literal = char === '\\' && i + 1 < chars.length ? chars[++i] : char;
      tokens.push({ star: false, test: (c) => c === literal });
    }
  }
  return tokens;
}

/** `[abc]`, `[a-z]`, `[!x]` or `[^x]`; a `]` right after the bracket is literal. */
function classTest(body: string[]): (char: string) => boolean {
  const negated = body[0] === '!' || body[0] === '^';
  const items = negated ? body.slice(1) : body;
  const ranges: [string, string][] = [];
  for (let i = 0; i < items.length; i++) {
    if (items[i + 1] === '-' && i + 2 < items.length) {
      ranges.push([items[i], items[i + 2]]);
      i += 2;
    } else ranges.push([items[i], items[i]]);
  }
  return (char) => ranges.some(([low, high]) => char >= low && char <= high) !== negated;
}

/**
 * Runs the pattern as a set of reachable positions over the input (an NFA, no backtracking):
 * each input item advances every live position once, so the cost is items × tokens.
 */
function runs<T, I>(tokens: readonly T[], input: readonly I[], isStar: (token: T) => boolean, starTakes: (item: I) => boolean, takes: (token: T, item: I) => boolean): boolean {
  let live: Uint8Array = new Uint8Array(tokens.length + 1);
  live[0] = 1;
  live = closure(live, tokens, isStar);
  for (const item of input) {
    const next = new Uint8Array(tokens.length + 1);
    let any = false;
    for (let i = 0; i < tokens.length; i++) {
      if (!live[i]) continue;
      if (isStar(tokens[i])) {
        if (starTakes(item)) next[i] = 1;
      } else if (takes(tokens[i], item)) next[i + 1] = 1;
      any ||= next[i] === 1 || next[i + 1] === 1;
    }
    if (!any) return false;
    live = closure(next, tokens, isStar);
  }
  return live[tokens.length] === 1;
}

/** A star may match nothing: the position after it is live too. */
function closure<T>(live: Uint8Array, tokens: readonly T[], isStar: (token: T) => boolean): Uint8Array {
  for (let i = 0; i < tokens.length; i++) if (live[i] && isStar(tokens[i])) live[i + 1] = 1;
  return live;
}

function matchesPath(segments: readonly SegmentToken[], parts: readonly string[], dot: boolean): boolean {
  return runs(
    segments,
    parts,
    (token) => token.globstar,
    (part) => dot || !part.startsWith('.'),
    (token, part) => !token.globstar && matchesSegment(token.chars, part, dot),
  );
}

/** Without `dot`, a name starting with a dot is matched only by a glob segment that starts with a literal dot. */
function matchesSegment(tokens: readonly CharToken[], part: string, dot: boolean): boolean {
  if (!dot && part.startsWith('.') && !(tokens[0] && !tokens[0].star && tokens[0].test('.') && !tokens[0].test('a'))) return false;
  return runs(
    tokens,
    Array.from(part),
    (token) => token.star,
    () => true,
    (token, char) => !token.star && token.test(char),
  );
}
