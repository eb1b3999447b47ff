import type { CodeLine, CodeSpan, Position } from '../notes/types';

// A forgiving shell tokenizer for command lines in notes. It is not bash: it only needs to find
// which words a command line hands to a program, and exactly where each word stands in the
// document, so that completion, hover and diagnostics can point at one word. Notes are written
// for people, so it also accepts what a real shell would not: `<container id>` placeholders,
// `{{ json .X }}` templates outside quotes, and `\ ` continuations flattened onto one line.

/** One word of a command, mapped to the document. A word never spans two document lines. */
export interface ShellWord {
  /** The word as the program receives it: quotes and escapes removed. */
  value: string;
  /** The word as written. */
  raw: string;
  line: number;
  /** UTF-16 columns on `line`; `end` is exclusive. */
  start: number;
  end: number;
  /** Written with quotes. */
  quoted: boolean;
  /** Its value depends on the shell: `$X`, `${X}`, `$(...)`, backticks. */
  dynamic: boolean;
}

/** A simple command: what runs between `&&`, `||`, `|`, `;`, `&`, newlines and substitutions. */
export interface ShellCommand {
  /** Every word, prefixes included, redirections (`> out.txt`, `2>&1`) left out. */
  words: ShellWord[];
  /**
   * Index in `words` of the program that runs, after `FOO=bar` assignments and wrappers such as
   * `sudo -E`, `time`, `xargs -n 1`, `winpty`; -1 when there is none.
   */
  program: number;
  /** Where the command's text starts and ends (after the prompt). */
  range: { start: Position; end: Position };
  /** Inside `$(...)` or backticks. */
  substituted: boolean;
  /** The line began with a shell prompt (`$ `, `user@host:~$ `, `PS C:\> `). */
  prompted: boolean;
}

/** A command line: one document line, or several joined by trailing `\`. */
export interface LogicalLine {
  /** The lines as they stand, the trailing `\` of all but the last one removed. */
  pieces: CodeLine[];
  /** The pieces joined by one space each, which is what the tokenizer reads. */
  text: string;
  /** Length of the prompt at the start of `text`, 0 when there is none. */
  promptLength: number;
}

export interface ShellOptions {
  /** `# ` starts a root prompt rather than a comment (console transcripts). */
  hashPrompt?: boolean;
}

/** Code languages whose lines are shell command lines; a bare fence counts too (see isShellSpan). */
export const SHELL_LANGUAGES: ReadonlySet<string> = new Set([
  'bash',
  'sh',
  'shell',
  'zsh',
  'ksh',
  'fish',
  'console',
  'shell-session',
  'shellsession',
  'sh-session',
  'bash-session',
  'terminal',
  'cmd',
  'bat',
  'batch',
  'dos',
  'powershell',
  'pwsh',
  'ps1',
  // Students label both Dockerfiles and docker command lines `docker`. Reading a Dockerfile as
  // command lines is harmless: its lines start with instructions (FROM, RUN), never with `docker`.
  'docker',
]);

/** Transcript languages, where `# ` is root's prompt rather than a comment. */
const TRANSCRIPT_LANGUAGES: ReadonlySet<string> = new Set(['console', 'shell-session', 'shellsession', 'sh-session', 'bash-session', 'terminal']);

/**
 * Inline code and blocks that hold command lines: inline spans, bare fences, shell languages.
 * Not YAML, JSON, `dockerfile` (`RUN docker ...` runs inside a build, where notes rarely call
 * docker, and a Dockerfile's own syntax would need its own reader), nor any programming language.
 */
export function isShellSpan(span: CodeSpan): boolean {
  if (span.kind === 'inline' || span.lang === undefined) return true;
  const lang = span.lang.replace(/^\{?\.?/, '').split(/[\s{,}]/)[0];
  return lang === '' || SHELL_LANGUAGES.has(lang);
}

/**
 * Prompts that start a transcript line. `#` alone is left to `hashPrompt`: in a script it
 * starts a comment, so `# docker is great` must not become a command.
 */
const PROMPTS: RegExp[] = [
  /^[$%❯➜]\s+/,
  /^[\w.-]+@[\w.-]+(?::[^\s$#]*)?\s?[$#]\s*/, // user@host:~/dir$
  /^\[[^\]\n]+\]\s?[$#]\s*/, // [root@host ~]#
  /^(?:bash|sh|zsh)(?:-[\d.]+)?[$#]\s+/, // bash-3.2$
  /^~[^\s$#]*\s?[$#]\s+/, // ~/app$
  /^PS [A-Za-z]:[^>\n]*>\s*/, // PS C:\Users\me>
  /^[A-Za-z]:\\[^>\n]*>\s*/, // C:\Users\me>
];

export function promptLength(text: string, options: ShellOptions = {}): number {
  const indent = /^\s*/.exec(text)?.[0].length ?? 0;
  const rest = text.slice(indent);
  for (const prompt of PROMPTS) {
    const match = prompt.exec(rest);
    if (match && match[0].length < rest.length) return indent + match[0].length;
  }
  if (options.hashPrompt) {
    const match = /^#\s+/.exec(rest);
    if (match && match[0].length < rest.length) return indent + match[0].length;
  }
  return 0;
}

/** Joins lines ending with `\` (outside quotes is not checked: notes rarely split strings) with the next. */
export function logicalLines(lines: readonly CodeLine[], options: ShellOptions = {}): LogicalLine[] {
  const result: LogicalLine[] = [];
  let pieces: CodeLine[] = [];
  for (const line of lines) {
    const continued = /(^|[^\\])\\\s*$/.test(line.text);
    const text = continued ? line.text.replace(/\\\s*$/, '') : line.text;
    pieces.push({ line: line.line, character: line.character, text });
    if (!continued) {
      result.push(makeLogicalLine(pieces, options));
      pieces = [];
    }
  }
  if (pieces.length > 0) result.push(makeLogicalLine(pieces, options));
  return result;
}

function makeLogicalLine(pieces: CodeLine[], options: ShellOptions): LogicalLine {
  return { pieces, text: pieces.map((p) => p.text).join(' '), promptLength: promptLength(pieces[0].text, options) };
}

/** Document position of an offset in a logical line's text; the joining spaces map to line ends. */
export function positionAt(line: LogicalLine, offset: number): Position {
  let base = 0;
  for (const piece of line.pieces) {
    if (offset <= base + piece.text.length) return { line: piece.line, character: piece.character + Math.max(0, offset - base) };
    base += piece.text.length + 1;
  }
  const last = line.pieces[line.pieces.length - 1];
  return { line: last.line, character: last.character + last.text.length };
}

interface RawWord {
  start: number;
  end: number;
  value: string;
  quoted: boolean;
  dynamic: boolean;
}

interface RawSegment {
  words: RawWord[];
  start: number;
  end: number;
  substituted: boolean;
}

const OPERATOR = /^(?:&&|\|\||\|&|;;|[|;&()\n])/;
const REDIRECTION = /^(?:&>>?|>>|>&|>\||<<<|<<-?|<&|<>|>|<)/;
/** `<container id>`, `<image-name>`, `<your docker id>`: what notes mean by "fill in here". */
const ANGLE_PLACEHOLDER = /^<[A-Za-z_][\w .:/-]*>/;
/** The characters OPERATOR, REDIRECTION and ANGLE_PLACEHOLDER begin with. */
const operatorStarts = '<>&|;()\n';

/**
 * Substitutions nested deeper than this are kept as text, not read as commands: real commands nest
 * two or three, and pasted thousands would overflow the stack (and cost a pass over the rest of the
 * line per level).
 */
const maxSubstitutionDepth = 16;

/**
 * Splits a command line into simple commands. Offsets are in `text`; `from`/`to` limit the
 * part read, which is how substitutions are read with the same code (`depth`: how deep).
 */
function segments(text: string, from: number, to: number, substituted: boolean, out: RawSegment[], depth = 0): void {
  let words: RawWord[] = [];
  let word: RawWord | undefined;
  let segmentStart = from;
  let skipNextWord = false; // the target of a redirection is not an argument
  const endWord = (at: number) => {
    if (word) {
      word.end = at;
      if (skipNextWord) skipNextWord = false;
      else words.push(word);
      word = undefined;
    }
  };
  const endSegment = (at: number) => {
    endWord(at);
    if (words.length > 0) out.push({ words, start: segmentStart, end: at, substituted });
    words = [];
    skipNextWord = false;
  };
  const current = (at: number): RawWord => (word ??= { start: at, end: at, value: '', quoted: false, dynamic: false });
  const substitution = (start: number, end: number) => depth < maxSubstitutionDepth && segments(text, start, end, true, out, depth + 1);

  let i = from;
  while (i < to) {
    const c = text[i];
    if (c === ' ' || c === '\t' || c === '\r') {
      endWord(i);
      i++;
      continue;
    }
    if (c === '\\') {
      // `\` before a space or at the end is a line continuation that was flattened onto one
      // line (`docker run \ --detach \ ...`), not an escaped space.
      if (i + 1 >= to || /\s/.test(text[i + 1])) {
        endWord(i);
        i++;
        continue;
      }
      current(i).value += text[i + 1];
      i += 2;
      continue;
    }
    if (!word && c === '#') {
      endSegment(i);
      return;
    }
    if (c === "'") {
      const close = text.indexOf("'", i + 1);
      const stop = close < 0 || close >= to ? to : close;
      const w = current(i);
      w.value += text.slice(i + 1, stop);
      w.quoted = true;
      i = stop + 1;
      continue;
    }
    if (c === '"') {
      const w = current(i);
      w.quoted = true;
      i++;
      while (i < to && text[i] !== '"') {
        if (text[i] === '\\' && i + 1 < to && '"\\$`'.includes(text[i + 1])) {
          w.value += text[i + 1];
          i += 2;
        } else if (text[i] === '$' || text[i] === '`') {
          w.dynamic = true;
          const end = text[i] === '$' && text[i + 1] === '(' ? matching(text, i + 1, to) : text[i] === '`' ? backtickEnd(text, i, to) : -1;
          if (end > 0) {
            substitution(i + (text[i] === '$' ? 2 : 1), end);
            w.value += text.slice(i, end + 1);
            i = end + 1;
          } else {
            w.value += text[i++];
          }
        } else {
          w.value += text[i++];
        }
      }
      i++;
      continue;
    }
    if (c === '$' && text[i + 1] === '(') {
      const end = matching(text, i + 1, to);
      const stop = end < 0 ? to : end;
      substitution(i + 2, stop);
      const w = current(i);
      w.value += text.slice(i, Math.min(stop + 1, to));
      w.dynamic = true;
      i = stop + 1;
      continue;
    }
    if (c === '`') {
      const end = backtickEnd(text, i, to);
      const stop = end < 0 ? to : end;
      substitution(i + 1, stop);
      const w = current(i);
      w.value += text.slice(i, Math.min(stop + 1, to));
      w.dynamic = true;
      i = stop + 1;
      continue;
    }
    if (c === '$') {
      current(i).dynamic = true;
      current(i).value += c;
      i++;
      continue;
    }
    if (!word && c === '{' && text[i + 1] === '{') {
      // A Go template written without quotes: `--format {{ json .RootFS.Layers }}`.
      const close = text.indexOf('}}', i + 2);
      const stop = close < 0 || close + 2 > to ? to : close + 2;
      const w = current(i);
      w.value += text.slice(i, stop);
      w.dynamic = true;
      i = stop;
      continue;
    }
    // Only these begin a redirection or an operator. Any other character goes on the word at once:
    // looking for one at every character of a long word tested the word grown so far each time.
    if (!operatorStarts.includes(c)) {
      current(i).value += c;
      i++;
      continue;
    }
    const rest = text.slice(i, to);
    if (!word && c === '<') {
      const placeholder = ANGLE_PLACEHOLDER.exec(rest);
      if (placeholder) {
        const w = current(i);
        w.value += placeholder[0];
        i += placeholder[0].length;
        continue;
      }
    }
    // A descriptor has a few digits: a long word is not tested, testing it flattens all of it again.
    const fdOnly = word !== undefined && !word.quoted && word.value.length <= 9 && word.start + word.value.length === i && /^\d+$/.test(word.value);
    if ((c === '<' || c === '>' || (c === '&' && text[i + 1] === '>')) && (!word || fdOnly)) {
      // `> out.txt`, `2>&1`, `&>log`: the operator, and then its target, are not arguments.
      const redirection = REDIRECTION.exec(rest);
      word = undefined;
      i += redirection ? redirection[0].length : 1;
      skipNextWord = true;
      continue;
    }
    const operator = OPERATOR.exec(rest);
    if (operator) {
      endSegment(i);
      i += operator[0].length;
      segmentStart = i;
      continue;
    }
    current(i).value += c;
    i++;
  }
  endSegment(to);
}

/** Index of the `)` closing the `(` at `open`, skipping quotes and nested parentheses; -1 if none. */
function matching(text: string, open: number, to: number): number {
  let depth = 0;
  for (let i = open; i < to; i++) {
    const c = text[i];
    if (c === '\\') i++;
    else if (c === "'") {
      const close = text.indexOf("'", i + 1);
      if (close < 0) return -1;
      i = close;
    } else if (c === '(') depth++;
    else if (c === ')' && --depth === 0) return i;
  }
  return -1;
}

function backtickEnd(text: string, open: number, to: number): number {
  const close = text.indexOf('`', open + 1);
  return close < 0 || close >= to ? -1 : close;
}

/** Wrappers that run the command after them: `sudo docker ps`, `time docker build .`, `xargs docker rm`. */
const WRAPPERS: Record<string, { withValue: ReadonlySet<string> }> = {
  sudo: { withValue: new Set(['-u', '-g', '-p', '-C', '-h', '-r', '-t', '-U', '-D']) },
  time: { withValue: new Set(['-f', '-o']) },
  nohup: { withValue: new Set() },
  exec: { withValue: new Set(['-a']) },
  command: { withValue: new Set() },
  builtin: { withValue: new Set() },
  env: { withValue: new Set(['-u', '-C', '-S']) },
  xargs: { withValue: new Set(['-I', '-i', '-n', '-L', '-l', '-P', '-d', '-E', '-e', '-s', '-a']) },
  watch: { withValue: new Set(['-n', '-d']) },
  winpty: { withValue: new Set() },
  nice: { withValue: new Set(['-n']) },
  '!': { withValue: new Set() },
};

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;

/** Index of the word that names the program, past assignments and wrappers; -1 if none. */
export function programIndex(words: readonly { value: string; raw?: string }[]): number {
  let i = 0;
  while (i < words.length) {
    const word = words[i];
    // `FOO="a b" docker ...`: the name before `=` is written bare even when the value is quoted.
    if (ASSIGNMENT.test(word.raw ?? word.value)) {
      i++;
      continue;
    }
    const wrapper = WRAPPERS[word.value];
    if (wrapper && i + 1 < words.length) {
      i++;
      while (i < words.length && (words[i].value.startsWith('-') || (word.value === 'env' && ASSIGNMENT.test(words[i].raw ?? words[i].value)))) {
        i += wrapper.withValue.has(words[i].value) ? 2 : 1;
      }
      continue;
    }
    return i;
  }
  return -1;
}

/** Offset in a logical line's text of a document position; undefined when it is not on the line. */
export function offsetAt(line: LogicalLine, position: Position): number | undefined {
  let base = 0;
  for (const piece of line.pieces) {
    if (piece.line === position.line) {
      const column = position.character - piece.character;
      return column >= 0 && column <= piece.text.length ? base + column : undefined;
    }
    base += piece.text.length + 1;
  }
  return undefined;
}

/**
 * The simple commands of one command line (substitutions included, after their enclosing
 * command). `until` reads the line only up to that offset, which is what completion sees.
 */
export function lineCommands(line: LogicalLine, until: number = line.text.length): ShellCommand[] {
  const raw: RawSegment[] = [];
  if (until < line.promptLength) return [];
  segments(line.text, line.promptLength, until, false, raw);
  // Substitutions are read while their enclosing word is; put each outer command first.
  raw.sort((a, b) => Number(a.substituted) - Number(b.substituted) || a.start - b.start);
  return raw.map((segment) => {
    const words = segment.words.map((w) => toWord(line, w));
    return {
      words,
      program: programIndex(words),
      range: { start: positionAt(line, segment.start), end: positionAt(line, segment.end) },
      substituted: segment.substituted,
      prompted: line.promptLength > 0,
    };
  });
}

function toWord(line: LogicalLine, raw: RawWord): ShellWord {
  const start = positionAt(line, raw.start);
  let end = positionAt(line, raw.end);
  // A word glued across a continuation stays on its first line.
  if (end.line !== start.line) {
    const piece = line.pieces.find((p) => p.line === start.line);
    end = { line: start.line, character: piece ? piece.character + piece.text.length : start.character };
  }
  return {
    value: raw.value,
    raw: line.text.slice(raw.start, raw.end),
    line: start.line,
    start: start.character,
    end: end.character,
    quoted: raw.quoted,
    dynamic: raw.dynamic,
  };
}

/**
 * The command lines of a code span. Inline code is one line however it wraps in the source. In
 * a block where some lines carry a prompt, the lines without one are the commands' output
 * (`docker ps` prints a table), so only prompted lines are read.
 */
export function commandLines(span: CodeSpan): LogicalLine[] {
  const lines = spanLines(span);
  if (span.kind === 'inline') return lines;
  const prompted = lines.filter((l) => l.promptLength > 0);
  return prompted.length > 0 ? prompted : lines;
}

/** All lines of a code span as logical lines, output lines included (where a user may be typing). */
export function spanLines(span: CodeSpan): LogicalLine[] {
  if (span.kind === 'inline') {
    const pieces = span.lines.filter((l) => l.text.length > 0);
    return pieces.length === 0 ? [] : [makeLogicalLine(pieces, {})];
  }
  return logicalLines(span.lines, { hashPrompt: span.lang !== undefined && TRANSCRIPT_LANGUAGES.has(span.lang) });
}

/** Every simple command in a code span, in order. */
export function spanCommands(span: CodeSpan): ShellCommand[] {
  return commandLines(span).flatMap((line) => lineCommands(line));
}
