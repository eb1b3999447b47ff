// Time estimates in study notes (docs/notes-format.md): how long a student
// says a module took, written in a dozen styles: `(24 min)`, `Time: 1 hr 30 min`,
// `(took ~15 minutes)`, `- 45 min`, `[Why Queues Video ~10 mins](url)`, `*Cost 15 minutes, ...*`.
//
// The scanner is a small two-stage grammar over ONE raw Markdown source line:
//   1. a lexer cuts the line into tokens (numbers, words, punctuation runs) and swallows URLs,
//      link destinations and inline code whole, so `t=5m` in a YouTube link or `-p 8080:80` in
//      code can never look like a duration;
//   2. a few rules, each anchored on one token (`(`, `time`, `took`, `~`, `-`, a link's `)`),
//      read a duration with a tiny recursive-descent reader and propose a candidate; the
//      strongest candidate wins.
// Every rule looks a bounded number of tokens ahead, and the look-up tables (matching parens,
// where the line's content starts and ends, where a label's value stops) are built in single
// passes, so a scan is linear in the line length: no regular expression ever runs over user text.
//
// Pure code: no I/O, no editor API, no module-level mutable state.
import { caseless } from './caseless';
import { trimEndMatching } from './trimRuns';

export type EstimateKind = 'minutes' | 'empty' | 'unreadable';

export interface EstimateMatch {
  kind: EstimateKind;
  /** Set when kind === 'minutes'; ranges "20-30 min" keep both ends, a single value has min === max. */
  minutes?: { min: number; max: number };
  /** UTF-16 offset into the line where the estimate text starts (at `(`, `~`, `-`, `Time`, `took`...; surrounding `**` excluded). */
  start: number;
  /** Exclusive end offset. */
  end: number;
  /** True when an explicit label or verb announced it (time:, took, spent, cost, studied for, done in, it takes, elapsed time): strong evidence of a module line. */
  labelled: boolean;
}

// ---------------------------------------------------------------------------------------------
// Lexer
// ---------------------------------------------------------------------------------------------

type TokenKind =
  | 'number'
  | 'word'
  | 'punct'
  /** A URL, a link destination or an inline code span: opaque, never read for durations. */
  | 'opaque';

interface Token {
  kind: TokenKind;
  start: number;
  end: number;
  /** Lower-cased word; a number's digits with a decimal comma made a point (`1,5` → `1.5`); a punctuation run with full-width and dash variants normalised (`（` → `(`, `–` → `-`). */
  text: string;
  /** The numeric value of a number token (NaN otherwise). */
  value: number;
  /** Whitespace separates the token from the previous one. */
  spaced: boolean;
  /**
   * A number glued to something that makes it part of another thing: an identifier (`k8s`,
   * `euribor3m`, `v1.2`), a version tail (`18.04.1`), a port or clock (`8080:80`), a query string
   * (`t=5`), money (`$1`), an issue (`#1`). Never the amount of a duration.
   */
  embedded: boolean;
  /** A number glued after `-` or `~` that follows a digit: the far end of `20-30` or a date `2025-10-13`. */
  afterDigitDash: boolean;
  /** A `)` that closes a link destination or a parenthesised bare URL: the end of a link. */
  closesLink: boolean;
}

/** Inline-code runs longer than this are plain punctuation: bounds the closing-run search (see lexCode). */
const MAX_CODE_FENCE = 16;

/** Characters lexed as one token per run: markup (`**`, `__`, `~~`, `###`), dashes, dots, `??`, `>>`. */
const RUN_CHARS = new Set(['-', '*', '_', '#', '~', '=', '.', '?', '!', '>', '+']);

/** Full-width and typographic variants that students type for the same ASCII punctuation. */
const PUNCT_NORMAL: Record<string, string> = {
  '（': '(',
  '）': ')',
  '：': ':',
  '～': '~',
  '，': ',',
  '–': '-', // en dash
  '—': '-', // em dash
  '−': '-', // minus sign
  '‐': '-', // hyphen
};

const URL_PREFIXES = ['http://', 'https://', 'ftp://', 'www.'];

function isSpaceCode(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff || (c >= 0x2000 && c <= 0x200b);
}
function isDigitCode(c: number): boolean {
  return c >= 48 && c <= 57;
}
function isAsciiLetterCode(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}
const LETTER = /\p{L}/u;
function isLetterAt(line: string, i: number): boolean {
  const c = line.charCodeAt(i);
  if (isAsciiLetterCode(c)) return true;
  if (c < 128) return false;
  const cp = line.codePointAt(i);
  return cp !== undefined && LETTER.test(String.fromCodePoint(cp));
}
/** An accent saved decomposed goes on the word it follows: the combining diacritical marks, which NFD makes of Latin and Cyrillic letters. */
function isCombiningMark(c: number): boolean {
  return (c >= 0x300 && c <= 0x36f) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) || (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f);
}

function normalPunct(ch: string): string {
  return PUNCT_NORMAL[ch] ?? ch;
}

/**
 * Why a number glued to the previous character is not an amount. Checked on raw characters
 * because the lexer has not decided what the previous characters are yet.
 */
function isEmbeddedNumber(line: string, start: number): boolean {
  if (start === 0) return false;
  const prev = line.charCodeAt(start - 1);
  // identifier or word: k8s, x86, euribor3m, usually3-4seconds
  if (isAsciiLetterCode(prev) || prev === 95 /* _ */) return true;
  const ch = line[start - 1];
  // query strings, paths, money, issue numbers, e-mail-ish: t=5, /2, $1, #1, &7, ?3, %2, @1, \1
  if ('=/$#&?%@\\'.includes(ch)) return true;
  // version tails and clocks/ports: 18.04 -> "04" never starts here, but 1.2.3 -> "3", 8080:80 -> "80"
  if ((ch === '.' || ch === ':') && start >= 2 && isDigitCode(line.charCodeAt(start - 2))) return true;
  return false;
}
function isAfterDigitDash(line: string, start: number): boolean {
  if (start < 2) return false;
  const ch = normalPunct(line[start - 1]);
  return (ch === '-' || ch === '~') && isDigitCode(line.charCodeAt(start - 2));
}

/** Length of a URL starting at `i` (stops at whitespace, `<>"`, an unbalanced `)` or `]`), trailing sentence punctuation excluded. */
function urlLength(line: string, i: number): number {
  let depth = 0;
  let j = i;
  for (; j < line.length; j++) {
    const c = line.charCodeAt(j);
    if (isSpaceCode(c)) break;
    const ch = line[j];
    if (ch === '<' || ch === '>' || ch === '"' || ch === ']') break;
    if (ch === '(') depth++;
    else if (ch === ')') {
      if (depth === 0) break;
      depth--;
    }
  }
  while (j > i && '.,;:!?*_~\'"'.includes(line[j - 1])) j--;
  return j - i;
}

function startsUrl(line: string, i: number): boolean {
  // Every word start is asked: most cannot begin a prefix at all.
  const first = line.charCodeAt(i) | 0x20;
  if (first !== 104 /* h */ && first !== 102 /* f */ && first !== 119 /* w */) return false;
  for (const p of URL_PREFIXES) {
    if (line.length - i >= p.length && line.slice(i, i + p.length).toLowerCase() === p) return true;
  }
  return false;
}

class LineLexer {
  readonly tokens: Token[] = [];
  private pos = 0;
  private spaced = false;
  /** Code-fence lengths known to have no closing run further on (keeps the search linear). */
  private readonly unclosedFence = new Set<number>();

  constructor(private readonly line: string) {}

  run(): Token[] {
    const { line } = this;
    while (this.pos < line.length) {
      const c = line.charCodeAt(this.pos);
      if (isSpaceCode(c)) {
        this.pos++;
        this.spaced = true;
      } else if (isDigitCode(c)) {
        this.lexNumber();
      } else if (c === 96 /* ` */) {
        this.lexCode();
      } else if (isLetterAt(line, this.pos)) {
        if (startsUrl(line, this.pos)) this.lexOpaque(urlLength(line, this.pos));
        else this.lexWord();
      } else if (c >= 0x300 && isCombiningMark(c) && this.tokens.at(-1)?.kind === 'word' && this.tokens.at(-1)?.end === this.pos) {
        this.lexDecomposedWord();
      } else {
        this.lexPunct();
      }
    }
    return this.tokens;
  }

  private push(kind: TokenKind, start: number, end: number, text: string, value = NaN): Token {
    const token: Token = {
      kind,
      start,
      end,
      text,
      value,
      spaced: this.spaced || start === 0,
      embedded: false,
      afterDigitDash: false,
      closesLink: false,
    };
    this.tokens.push(token);
    this.spaced = false;
    return token;
  }

  private lexNumber(): void {
    const { line } = this;
    const start = this.pos;
    let j = start;
    while (j < line.length && isDigitCode(line.charCodeAt(j))) j++;
    let text = line.slice(start, j);
    // A decimal point only when a digit follows: "1.5 Hours", but "Time: 20 min." keeps its period.
    // A comma glued between digits is a decimal comma before one or two digits ("1,5 h") and
    // thousands grouping before three ("5,000 rows"); either way it never splits the number.
    const separator = line[j];
    if ((separator === '.' || separator === ',') && isDigitCode(line.charCodeAt(j + 1))) {
      let k = j + 1;
      while (k < line.length && isDigitCode(line.charCodeAt(k))) k++;
      const fraction = line.slice(j + 1, k);
      text = separator === '.' || fraction.length <= 2 ? `${text}.${fraction}` : `${text}${fraction}`;
      j = k;
    }
    // `1½ hours`: a fraction glued to the digits is part of the amount.
    const glyph = j === start + text.length ? VULGAR_FRACTIONS.get(line[j]) : undefined;
    if (glyph !== undefined) j++;
    // Past 15 digits a number is an id or a hash, never a duration (and beyond exact doubles).
    const token = this.push('number', start, j, line.slice(start, j), text.length > 15 ? Infinity : Number(text) + (glyph ?? 0));
    // "1hour15min", "1h30m": a number glued to a unit that itself follows a number continues a duration.
    const unitBefore = this.tokens[this.tokens.length - 2];
    const continuesDuration =
      unitBefore?.kind === 'word' && !unitBefore.spaced && UNITS.has(unitBefore.text) && this.tokens[this.tokens.length - 3]?.kind === 'number';
    token.embedded = !continuesDuration && isEmbeddedNumber(line, start);
    token.afterDigitDash = isAfterDigitDash(line, start);
    this.pos = j;
  }

  /** A word saved decomposed (NFD: `duracio\u0301n`) is the word its letters compose: the word lexed before its first mark goes on. */
  private lexDecomposedWord(): void {
    const { line } = this;
    const before = this.tokens.pop() as Token;
    this.spaced = before.spaced;
    const start = before.start;
    let j = this.pos;
    while (j < line.length && (isLetterAt(line, j) || isCombiningMark(line.charCodeAt(j)))) j += line.codePointAt(j)! > 0xffff ? 2 : 1;
    this.push('word', start, j, line.slice(start, j).toLowerCase().normalize('NFC'));
    this.pos = j;
  }

  private lexWord(): void {
    const { line } = this;
    const start = this.pos;
    let j = start;
    while (j < line.length && isLetterAt(line, j)) j += line.codePointAt(j)! > 0xffff ? 2 : 1;
    this.push('word', start, j, line.slice(start, j).toLowerCase());
    this.pos = j;
  }

  private lexOpaque(length: number): void {
    const start = this.pos;
    this.push('opaque', start, start + length, '');
    this.pos = start + length;
  }

  /**
   * Inline code is opaque: `docker run -p 8080:80` or `sleep 5m` is never an estimate.
   * The closing run is found with indexOf; a fence length that has no closing run is
   * remembered, so each length is searched in vain at most once (linear overall).
   */
  private lexCode(): void {
    const { line } = this;
    const start = this.pos;
    let j = start;
    while (line[j] === '`') j++;
    const fence = j - start;
    if (fence <= MAX_CODE_FENCE && !this.unclosedFence.has(fence)) {
      const close = line.indexOf('`'.repeat(fence), j);
      if (close >= 0) {
        this.lexOpaque(close + fence - start);
        return;
      }
      this.unclosedFence.add(fence);
    }
    this.push('punct', start, j, line.slice(start, j));
    this.pos = j;
  }

  private lexPunct(): void {
    const { line } = this;
    const start = this.pos;
    const cp = line.codePointAt(start)!;
    const ch = String.fromCodePoint(cp);
    const text = normalPunct(ch);
    let j = start + ch.length;
    if (RUN_CHARS.has(text)) {
      while (j < line.length && normalPunct(line[j]) === text) j++;
    }
    this.push('punct', start, j, text.repeat(RUN_CHARS.has(text) ? j - start : 1));
    this.pos = j;
    // `](` opens a link destination: whatever it holds (relative path, pdf, anchor, data URI)
    // is an address, not prose. Leading spaces are allowed: `]( https://...)`.
    if (text === '(' && this.tokens.length >= 2 && this.tokens[this.tokens.length - 2].text === ']' && !this.tokens[this.tokens.length - 1].spaced) {
      let k = j;
      while (k < line.length && isSpaceCode(line.charCodeAt(k))) k++;
      const length = urlLength(line, k);
      if (length > 0) {
        this.pos = k;
        this.spaced = k > j;
        this.lexOpaque(length);
      }
    }
  }
}

// ---------------------------------------------------------------------------------------------
// The scanned line: tokens plus look-up tables built in one pass each
// ---------------------------------------------------------------------------------------------

interface ScannedLine {
  line: string;
  tokens: Token[];
  /** closeOf[i] = index of the `)` matching the `(` at i, or -1. */
  closeOf: Int32Array;
  /** First token after list markers, blockquote and heading marks, ordered-list numbers, task boxes and markup. */
  contentStart: number;
  /** Last token before trailing markup, closing `###`, sentence punctuation and `<br>`. */
  contentEnd: number;
  /** stopAt[i] = first index >= i where a label's value stops: markup, `)`, or past contentEnd. */
  stopAt: Int32Array;
}

function isMarkup(t: Token | undefined): boolean {
  if (!t || t.kind !== 'punct') return false;
  const ch = t.text[0];
  return ch === '*' || ch === '_' || (ch === '~' && t.text.length >= 2);
}
function isDash(t: Token | undefined): boolean {
  return !!t && t.kind === 'punct' && t.text[0] === '-' && t.text.length <= 3;
}
function isPunct(t: Token | undefined, text: string): boolean {
  return !!t && t.kind === 'punct' && t.text === text;
}
function isWord(t: Token | undefined, ...words: string[]): boolean {
  return !!t && t.kind === 'word' && words.includes(t.text);
}
function isWordIn(t: Token | undefined, words: ReadonlySet<string>): boolean {
  return !!t && t.kind === 'word' && words.has(t.text);
}

function scanLine(line: string): ScannedLine {
  const tokens = new LineLexer(line).run();
  const n = tokens.length;

  const closeOf = new Int32Array(n).fill(-1);
  const open: number[] = [];
  for (let i = 0; i < n; i++) {
    const t = tokens[i];
    if (t.kind !== 'punct') continue;
    if (t.text === '(') open.push(i);
    else if (t.text === ')' && open.length > 0) {
      const o = open.pop()!;
      closeOf[o] = i;
      // A link destination `](...)` or a bare URL in parens `(https://...)` ends a link.
      if ((o > 0 && tokens[o - 1].text === ']') || (i === o + 2 && tokens[o + 1].kind === 'opaque')) t.closesLink = true;
    }
  }

  let contentStart = 0;
  for (;;) {
    const t = tokens[contentStart];
    if (!t || t.kind === 'opaque') break;
    if (t.kind === 'punct' && (isMarkup(t) || /* blockquote, heading, bullet */ '>#-+•·'.includes(t.text[0]))) {
      contentStart++;
    } else if (t.kind === 'number' && contentStart + 1 < n && (isPunct(tokens[contentStart + 1], '.') || isPunct(tokens[contentStart + 1], ')'))) {
      contentStart += 2; // ordered list "1." / "2)"
    } else if (isPunct(t, '[') && (isPunct(tokens[contentStart + 1], ']') || (isWord(tokens[contentStart + 1], 'x') && isPunct(tokens[contentStart + 2], ']')))) {
      contentStart += isPunct(tokens[contentStart + 1], ']') ? 2 : 3; // task box "[ ]" / "[x]"
    } else break;
  }

  let contentEnd = n - 1;
  for (;;) {
    const t = tokens[contentEnd];
    if (!t || contentEnd < contentStart) break;
    if (t.kind === 'punct' && (isMarkup(t) || '#.,;!\\'.includes(t.text[0]))) {
      contentEnd--;
    } else if (isPunct(t, '>') && isWord(tokens[contentEnd - 1], 'br') && isPunct(tokens[contentEnd - 2], '<')) {
      contentEnd -= 3;
    } else if (isPunct(t, '>') && isPunct(tokens[contentEnd - 1], '/') && isWord(tokens[contentEnd - 2], 'br') && isPunct(tokens[contentEnd - 3], '<')) {
      contentEnd -= 4;
    } else break;
  }

  const stopAt = new Int32Array(n + 1);
  stopAt[n] = n;
  for (let i = n - 1; i >= 0; i--) {
    stopAt[i] = i > contentEnd || isMarkup(tokens[i]) || isPunct(tokens[i], ')') ? i : stopAt[i + 1];
  }

  return { line, tokens, closeOf, contentStart, contentEnd, stopAt };
}

/** Real markup is a single run (`***`); skipping at most this many runs keeps look-around bounded on lines like `* * * * *`. */
const MAX_MARKUP_SKIP = 3;

function skipMarkupForward(s: ScannedLine, k: number): number {
  for (let n = 0; n < MAX_MARKUP_SKIP && isMarkup(s.tokens[k]); n++) k++;
  return k;
}
/** Index of the previous token that is not markup, or -1. */
function prevSignificant(s: ScannedLine, i: number): number {
  let k = i - 1;
  for (let n = 0; n < MAX_MARKUP_SKIP && k >= 0 && isMarkup(s.tokens[k]); n++) k--;
  return k;
}

/**
 * A label or verb must start a clause. "Boot time: 3 s" in notes about VMs or "Script took
 * about a minute to process" describe something else; the student's own estimate opens the
 * line, follows punctuation (`(`, `-`, `,`, `?`, a link) or the line's list/heading markers.
 */
function isClauseStart(s: ScannedLine, i: number): boolean {
  const p = prevSignificant(s, i);
  if (p < s.contentStart) return true;
  const t = s.tokens[p];
  return t.kind === 'punct' || t.kind === 'opaque';
}

/** Nothing but trailing markup / punctuation follows index k. */
function isLineEnd(s: ScannedLine, k: number): boolean {
  return k > s.contentEnd;
}

// ---------------------------------------------------------------------------------------------
// Durations:  approx* part (joiner? part)* [rangeSep duration]
// ---------------------------------------------------------------------------------------------

interface Unit {
  minutes: number;
  /** Parts of a combination must go down in rank: "1h 30mins", never "30 min 1 h". */
  rank: number;
}
const HOUR: Unit = { minutes: 60, rank: 3 };
const MINUTE: Unit = { minutes: 1, rank: 2 };
const SECOND: Unit = { minutes: 1 / 60, rank: 1 };
const ENGLISH_UNITS = {
  h: HOUR, hr: HOUR, hrs: HOUR, hour: HOUR, hours: HOUR, 小时: HOUR, 時間: HOUR,
  m: MINUTE, min: MINUTE, mins: MINUTE, minute: MINUTE, minutes: MINUTE, mn: MINUTE, 分钟: MINUTE, 分: MINUTE,
  s: SECOND, sec: SECOND, secs: SECOND, second: SECOND, seconds: SECOND, 秒: SECOND,
};
/**
 * Students of any course write the time in their own language: a course in Spanish gets `25
 * minutos`, one in German `1 Std. 30 Min.` (Spanish, Portuguese, French, German, Italian, Russian;
 * Chinese and Japanese above). A unit counts only after an amount, so a word of prose is never one.
 */
const OTHER_LANGUAGES_UNITS = {
  hora: HOUR, horas: HOUR, hs: HOUR, heure: HOUR, heures: HOUR, stunde: HOUR, stunden: HOUR, std: HOUR, ora: HOUR, ore: HOUR, час: HOUR, часа: HOUR, часов: HOUR, ч: HOUR,
  minuto: MINUTE, minutos: MINUTE, minuten: MINUTE, minuti: MINUTE, мин: MINUTE, минута: MINUTE, минуты: MINUTE, минут: MINUTE,
  segundo: SECOND, segundos: SECOND, seconde: SECOND, secondes: SECOND, sekunde: SECOND, sekunden: SECOND, secondi: SECOND, сек: SECOND, секунд: SECOND, секунды: SECOND,
};
// A Map: a word like `constructor` must not find Object.prototype's (`Time: 5 constructor` read NaN
// minutes); so are the tables of words below.
const UNITS = new Map<string, Unit>(Object.entries({ ...ENGLISH_UNITS, ...OTHER_LANGUAGES_UNITS }));
const ENGLISH_UNIT_WORDS = new Set(Object.keys(ENGLISH_UNITS));

/** The words of the unit of so many minutes (60: hours, 1: minutes), longest first: the writers of times find a time's own units by them. */
export function unitWordsOf(minutes: number): string[] {
  return [...UNITS].filter(([, unit]) => unit.minutes === minutes).map(([word]) => word).sort((a, b) => b.length - a.length);
}

/** The minutes one of a unit word stands for: `horas` 60, `Min` 1; undefined for a word that is no unit. */
export function unitMinutes(word: string): number | undefined {
  return UNITS.get(word.toLowerCase())?.minutes;
}

/** Spelled-out amounts students write: "(Studied for one hour)", "(Studied four hours)". */
const NUMBER_WORDS = new Map<string, number>(
  Object.entries({
    one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
    eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, ninety: 90,
  }),
);
const TENS = new Set(['twenty', 'thirty', 'forty', 'fifty']);

/**
 * Hedges kept inside the estimate's text. "more than one hour" reads as 60: the bound is the
 * only number given. Vague amounts ("a few minutes", "several hours", "a while") are NOT
 * durations: they cannot be turned into minutes, and prose uses them constantly ("in a few
 * minutes the instance is ready"); after an explicit `Time:` label they make the estimate
 * 'unreadable', elsewhere nothing is reported.
 */
const APPROX_WORDS = new Set([
  'about', 'around', 'approx', 'approximately', 'roughly', 'nearly', 'almost', 'over', 'under', 'ca', 'circa', 'just', 'only', 'maybe', 'probably',
  // The languages of OTHER_LANGUAGES_UNITS: `unos 30 minutos`, `environ 2 heures`, `etwa 40 Minuten`, `около 2 часов`.
  'unos', 'unas', 'aproximadamente', 'casi', 'environ', 'presque', 'etwa', 'ungefähr', 'quasi', 'quase', 'около', 'примерно', 'почти',
]);
const APPROX_PAIRS = new Map(Object.entries({ more: 'than', less: 'than', at: 'least', up: 'to', cerca: 'de' }));

/** `< 1 hour`, `(>2 h)`, `≤ 20 min`: a bound written as a comparison, read as "less than" is. */
function isBound(t: Token): boolean {
  return t.kind === 'punct' && (t.text === '<' || t.text === '>' || t.text === '≤' || t.text === '≥');
}

function readApprox(s: ScannedLine, k: number): number {
  const { tokens } = s;
  for (let n = 0; n < 3; n++) {
    const t = tokens[k];
    if (!t) break;
    if (t.kind === 'punct' && (t.text === '~' || t.text === '≈')) k++;
    else if (isBound(t)) k += isPunct(tokens[k + 1], '=') && !tokens[k + 1].spaced ? 2 : 1;
    else if (t.kind === 'word' && APPROX_WORDS.has(t.text)) k += isPunct(tokens[k + 1], '.') && !tokens[k + 1].spaced ? 2 : 1;
    else if (t.kind === 'word' && APPROX_PAIRS.has(t.text) && isWord(tokens[k + 1], APPROX_PAIRS.get(t.text)!)) k += 2;
    else if (isWord(t, 'at') && isWord(tokens[k + 1], 'most')) k += 2;
    else break;
  }
  return k;
}

/** Written in digits, in English words (`one`, `an`, `half`) or in another language's (`una`, `media`, `eine halbe`): a word amount counts only before a unit of its language, as `a hora` is Portuguese for "the hour". */
type AmountLanguage = 'digits' | 'english' | 'other';

interface Amount {
  min: number;
  max: number;
  next: number;
  language: AmountLanguage;
}

/**
 * One, two, three, a half and one and a half in the languages of OTHER_LANGUAGES_UNITS: `una hora`,
 * `media hora`, `eine halbe Stunde`, `une demi-heure`, `полтора часа`.
 */
const OTHER_LANGUAGES_NUMBER_WORDS = new Map<string, number>(
  Object.entries({
    una: 1, un: 1, uno: 1, une: 1, ein: 1, eine: 1, einer: 1, einen: 1, um: 1, uma: 1, один: 1, одна: 1, одну: 1,
    dos: 2, dois: 2, duas: 2, deux: 2, zwei: 2, due: 2, два: 2, две: 2, tres: 3, três: 3, trois: 3, drei: 3, tre: 3, три: 3,
    media: 0.5, medio: 0.5, meia: 0.5, meio: 0.5, demi: 0.5, demie: 0.5, halbe: 0.5, halben: 0.5, halb: 0.5, mezza: 0.5, mezzo: 0.5,
    anderthalb: 1.5, eineinhalb: 1.5, полтора: 1.5,
  }),
);

/** One amount: `30`, `1.5`, `one`, `twenty-five`, `half (an)`, `a`/`an` (before a unit: "an hour"). */
function readSingleAmount(s: ScannedLine, k: number, farEndOfRange: boolean): Amount | undefined {
  const { tokens } = s;
  const t = tokens[k];
  if (!t) return undefined;
  if (t.kind === 'number') {
    if (t.embedded || (!farEndOfRange && t.afterDigitDash) || !Number.isFinite(t.value)) return undefined;
    const fraction = mixedFraction(tokens, k + 1);
    const next = fraction ? k + 4 : k + 1;
    // `1+ hour`, `30+ min`: at least that long, read as "more than one hour" is
    const plus = isPunct(tokens[next], '+') && !tokens[next].spaced && UNITS.has(tokens[next + 1]?.text) ? 1 : 0;
    return { min: t.value + fraction, max: t.value + fraction, next: next + plus, language: 'digits' };
  }
  if (isPunct(t, '.')) return leadingDotAmount(tokens, k);
  if (t.kind !== 'word') return undefined;
  if (t.text === 'half') {
    // "half an hour", "half hour"
    const next = isWord(tokens[k + 1], 'an', 'a') ? k + 2 : k + 1;
    return { min: 0.5, max: 0.5, next, language: 'english' };
  }
  if (t.text === 'a' || t.text === 'an') {
    // "a half hour" / "an hour": the article is an amount of one only when a unit follows
    if (isWord(tokens[k + 1], 'half')) return { min: 0.5, max: 0.5, next: k + 2, language: 'english' };
    return isWordIn(tokens[k + 1], ENGLISH_UNIT_WORDS) ? { min: 1, max: 1, next: k + 1, language: 'english' } : undefined;
  }
  const word = NUMBER_WORDS.get(t.text);
  if (word === undefined) return readOtherLanguagesAmount(s, k);
  // "twenty-five", "twenty five"
  if (TENS.has(t.text)) {
    const hyphen = isPunct(tokens[k + 1], '-') && !tokens[k + 1].spaced ? 1 : 0;
    const ones = tokens[k + 1 + hyphen];
    const onesValue = ones?.kind === 'word' ? NUMBER_WORDS.get(ones.text) : undefined;
    if (onesValue !== undefined && onesValue < 10) {
      const v = word + onesValue;
      return { min: v, max: v, next: k + 2 + hyphen, language: 'english' };
    }
  }
  return { min: word, max: word, next: k + 1, language: 'english' };
}

/** `.5 hour`, `(.75h)`: a decimal written without its zero, the dot glued to nothing before it but a space or a mark. */
function leadingDotAmount(tokens: readonly Token[], k: number): Amount | undefined {
  const [dot, digits, before] = [tokens[k], tokens[k + 1], tokens[k - 1]];
  if (digits?.kind !== 'number' || digits.spaced || digits.embedded || !/^[0-9]+$/.test(digits.text)) return undefined;
  if (!dot.spaced && before?.kind !== 'punct') return undefined;
  const value = Number(`0.${digits.text}`);
  return { min: value, max: value, next: k + 2, language: 'digits' };
}

const VULGAR_FRACTIONS = new Map([['½', 0.5], ['¼', 0.25], ['¾', 0.75], ['⅓', 1 / 3], ['⅔', 2 / 3]]);

/** `1 1/2 hours`: a spaced `n/d` of halves, thirds or quarters after a whole number; 0 when none. */
function mixedFraction(tokens: readonly Token[], k: number): number {
  const [over, slash, under] = [tokens[k], tokens[k + 1], tokens[k + 2]];
  if (over?.kind !== 'number' || !over.spaced || !isPunct(slash, '/') || slash.spaced || under?.kind !== 'number' || under.spaced) return 0;
  return under.value >= 2 && under.value <= 4 && over.value >= 1 && over.value < under.value && Number.isInteger(over.value) ? over.value / under.value : 0;
}

/** `una`, `media`; `eine halbe` and `une demi` are a half; `demi-heure` keeps its hyphen before the unit. */
function readOtherLanguagesAmount(s: ScannedLine, k: number): Amount | undefined {
  const { tokens } = s;
  const word = OTHER_LANGUAGES_NUMBER_WORDS.get(tokens[k].text);
  if (word === undefined) return undefined;
  const half = word === 1 ? tokens[k + 1] : undefined;
  const value = half?.kind === 'word' && OTHER_LANGUAGES_NUMBER_WORDS.get(half.text) === 0.5 ? 0.5 : word;
  const next = value === word ? k + 1 : k + 2;
  // `demi-heure`; but `dos-tres horas` is a range
  const unitAfterHyphen = isPunct(tokens[next], '-') && !tokens[next].spaced && !tokens[next + 1]?.spaced && UNITS.has(tokens[next + 1]?.text);
  return { min: value, max: value, next: unitAfterHyphen ? next + 1 : next, language: 'other' };
}

/** A range separator between two amounts: `20-30`, `20 - 30`, `20~30`, `20 to 30`. */
function isRangeSeparator(t: Token | undefined): boolean {
  return (!!t && t.kind === 'punct' && (t.text === '-' || t.text === '~')) || isWord(t, 'to');
}

function readAmount(s: ScannedLine, k: number, farEndOfRange = false): Amount | undefined {
  const { tokens } = s;
  const first = readSingleAmount(s, k, farEndOfRange);
  if (!first) return undefined;
  let amount = first;
  if (isRangeSeparator(tokens[first.next])) {
    const far = readSingleAmount(s, first.next + 1, true);
    if (far) amount = { min: first.min, max: far.max, next: far.next, language: first.language === 'digits' ? far.language : first.language };
  }
  // "one and a half hours", "1 and a half hours"
  const k2 = amount.next;
  if (isWord(tokens[k2], 'and') && isWord(tokens[k2 + 1], 'a') && isWord(tokens[k2 + 2], 'half')) {
    amount = { ...amount, min: amount.min + 0.5, max: amount.max + 0.5, next: k2 + 3 };
  }
  return amount;
}

interface Duration {
  minutes: { min: number; max: number };
  /** Index of the first token after the duration. */
  next: number;
  /** Exclusive character offset where the duration ends. */
  end: number;
  rank: number;
}

/**
 * A decade, not seconds: "the 1970s", "- 90s PC wave". A module never takes a round number of
 * seconds written with a glued single "s".
 */
function isDecade(amount: Amount, unitToken: Token): boolean {
  return unitToken.text === 's' && !unitToken.spaced && amount.min === amount.max && amount.min >= 10 && amount.min % 10 === 0;
}

/** A capital "M" is mega or million ("1 M size", "5M rows"); students write minutes as "m" or "min". */
function isMillion(s: ScannedLine, unitToken: Token): boolean {
  return unitToken.end - unitToken.start === 1 && s.line[unitToken.start] === 'M';
}

/** amount unit ["and a half"] */
function readPart(s: ScannedLine, k: number, farEndOfRange = false): Duration | undefined {
  const { tokens } = s;
  const amount = readAmount(s, k, farEndOfRange);
  if (!amount) return undefined;
  // "Time: **30** min": emphasis may sit between the amount and its unit
  const unitAt = skipMarkupForward(s, amount.next);
  const unitToken = tokens[unitAt];
  const unit = unitToken?.kind === 'word' && isUnitOf(amount.language, unitToken.text) ? UNITS.get(unitToken.text) : undefined;
  if (!unit || isDecade(amount, unitToken) || isMillion(s, unitToken)) return undefined;
  let { min, max } = amount;
  let next = unitAt + 1;
  const half = halfAfterUnit(s, next);
  if (half) {
    min += 0.5;
    max += 0.5;
    next += half;
  }
  return { minutes: { min: min * unit.minutes, max: max * unit.minutes }, next, end: tokens[next - 1].end, rank: unit.rank };
}

function isUnitOf(language: AmountLanguage, word: string): boolean {
  return language === 'digits' || (language === 'english') === ENGLISH_UNIT_WORDS.has(word);
}

/** The half after a unit: "an hour and a half", `1 hora y media`, `1 heure et demie`, `1 ora e mezza`, `1 час с половиной`; how many tokens it takes. */
function halfAfterUnit(s: ScannedLine, k: number): number {
  const { tokens } = s;
  if (isWord(tokens[k], 'and') && isWord(tokens[k + 1], 'a') && isWord(tokens[k + 2], 'half')) return 3;
  const halves = tokens[k]?.kind === 'word' ? HALVES_AFTER_JOINER.get(tokens[k].text) : undefined;
  return halves && tokens[k + 1]?.kind === 'word' && halves.includes(tokens[k + 1].text) ? 2 : 0;
}

/** Each language's "and" with its "half": `y media` is Spanish, `e meia` Portuguese, `e mezza` Italian; `and media` is no half. */
const HALVES_AFTER_JOINER = new Map<string, readonly string[]>(
  Object.entries({ y: ['media', 'medio'], e: ['meia', 'meio', 'mezza', 'mezzo'], et: ['demie', 'demi'], und: ['halb', 'halbe'], с: ['половиной'] }),
);

/** "and" in the languages of UNITS: `1 hora y 30 minutos`, `1 Stunde und 20 Minuten`. */
const JOINING_WORDS = new Set(['and', 'y', 'e', 'et', 'und', 'и']);

/** Tokens allowed between the parts of a combination: "2 hours and 15 minutes", "1 hr, 20 min", "1 hr. 20 min". */
function skipJoiner(s: ScannedLine, k: number): number {
  const t = s.tokens[k];
  if (isWordIn(t, JOINING_WORDS) || isPunct(t, ',') || isPunct(t, '+') || isPunct(t, '.')) return k + 1;
  return k;
}

/** Combinations with units going down: "1h 30mins", "1 hour 30 min", "1h30m", "2 hours and 15 minutes". */
function readCombination(s: ScannedLine, k: number, farEndOfRange = false): Duration | undefined {
  const first = readPart(s, k, farEndOfRange);
  if (!first) return undefined;
  const minutes = first.rank === HOUR.rank ? unitlessMinutes(s, first.next, first.minutes.max) : undefined;
  if (minutes !== undefined) return { minutes: { min: first.minutes.min + minutes, max: first.minutes.max + minutes }, next: first.next + 1, end: s.tokens[first.next].end, rank: MINUTE.rank };
  let total = first;
  for (let parts = 1; parts < 3; parts++) {
    const part = readPart(s, skipJoiner(s, total.next));
    if (!part || part.rank >= total.rank) break;
    total = {
      minutes: { min: total.minutes.min + part.minutes.min, max: total.minutes.max + part.minutes.max },
      next: part.next,
      end: part.end,
      rank: part.rank,
    };
  }
  return total;
}

/**
 * "1h30", "1 hr 30", "2 hours 15": two digits after the hours are their minutes, when nothing but
 * punctuation follows them (glued to the unit, anything but a word glued to them).
 */
function unitlessMinutes(s: ScannedLine, k: number, hours: number): number | undefined {
  const t = s.tokens[k];
  if (t?.kind !== 'number' || t.embedded || !minutesLong(t) || !(t.value < 60)) return undefined;
  const after = s.tokens[k + 1];
  if (isLineEnd(s, k + 1)) return t.value;
  // `1h30-2h` and `1 h 30 - 2 h` are ranges of hours; `2 hours 15 - 20 min` and `2h 10-12 h` ranges of the amount after the hours
  if (isRangeSeparator(after)) {
    const far = !t.spaced || after.spaced ? readPart(s, k + 2, true) : undefined;
    return far?.rank === HOUR.rank && far.minutes.min >= hours + t.value ? t.value : undefined;
  }
  // `2 hours 10/10`, `1 h 10:30`: the number goes on past its punctuation
  const goesOn = after.kind === 'punct' && !after.spaced && s.tokens[k + 2]?.kind === 'number' && !s.tokens[k + 2].spaced;
  const ends = (after.kind === 'punct' && !goesOn) || after.kind === 'opaque' || (!t.spaced && after.spaced && after.kind === 'word' && !UNITS.has(after.text));
  return ends ? t.value : undefined;
}

/** Two digits (`1 hr 30`), or one glued to its unit (`1h5`): `1 hr 5` may be five of something else. */
function minutesLong(t: Token): boolean {
  const digits = t.end - t.start;
  return digits === 2 || (digits === 1 && !t.spaced);
}

/** Rounds to whole seconds: 0.1 h is 6 min, not 6.000000000000001. */
function roundToSecond(minutes: number): number {
  return Math.round(minutes * 60) / 60;
}

/** duration := combination [rangeSep combination]   ("20 min - 30 min" is a range; "1 h - 30 min" is not) */
function readDuration(s: ScannedLine, k: number): Duration | undefined {
  const first = readCombination(s, k);
  if (!first) return undefined;
  let duration = first;
  if (isRangeSeparator(s.tokens[first.next])) {
    // `1h30-2h`: the far end's amount is glued after a dash after a digit, as `30` is in `20-30 min`
    const far = readCombination(s, first.next + 1, true);
    if (far && far.minutes.min >= first.minutes.max) {
      duration = { ...far, minutes: { min: first.minutes.min, max: far.minutes.max } };
    }
  }
  duration = withAddedParts(s, duration);
  const lo = roundToSecond(Math.min(duration.minutes.min, duration.minutes.max));
  const hi = roundToSecond(Math.max(duration.minutes.min, duration.minutes.max));
  return { ...duration, minutes: { min: lo, max: hi } };
}

/** `20 min + 40 min`, `20 min reading + 40 min lab`, `20 min (video) + 40 min (lab)`: parts added with `+`, a word or two naming each. */
function withAddedParts(s: ScannedLine, first: Duration): Duration {
  let total = first;
  for (;;) {
    const k = afterPartName(s, total.next);
    if (!isPunct(s.tokens[k], '+')) return total;
    const part = readCombination(s, k + 1);
    if (!part) return total;
    total = { ...part, minutes: { min: total.minutes.min + part.minutes.min, max: total.minutes.max + part.minutes.max } };
  }
}

/** Past what names a part of a sum: a word or two, or an aside in parentheses. */
function afterPartName(s: ScannedLine, k: number): number {
  if (isPunct(s.tokens[k], '(') && s.closeOf[k] > k) return s.closeOf[k] + 1;
  let at = k;
  while (at < k + 2 && s.tokens[at]?.kind === 'word' && !UNITS.has(s.tokens[at].text)) at++;
  return at;
}

/** Where a text's first duration stands as the reader reads it (`1h30`, `una hora y media`, `20-30 min`), the unit words it is written in, and the space between its first amount and unit. */
export interface DurationSpan {
  minutes: { min: number; max: number };
  start: number;
  end: number;
  gap: string;
  units: string[];
}

export function durationSpan(text: string): DurationSpan | undefined {
  const s = scanLine(text);
  for (let i = 0; i < s.tokens.length; i++) {
    const duration = s.tokens[i].kind === 'opaque' ? undefined : readDuration(s, i);
    if (!duration) continue;
    const units = s.tokens.slice(i, duration.next).filter((t) => t.kind === 'word' && UNITS.has(t.text));
    const gap = text.slice(s.tokens[i].end, units[0].start);
    return { minutes: duration.minutes, start: s.tokens[i].start, end: duration.end, gap: /^\s*$/.test(gap) ? gap : ' ', units: units.map((t) => text.slice(t.start, t.end)) };
  }
  return undefined;
}

/** approx* duration [spent] [total] */
function readEstimateValue(s: ScannedLine, k: number): Duration | undefined {
  const duration = readDuration(s, readApprox(s, skipMarkupForward(s, k)));
  if (!duration) return undefined;
  const next = pastTotal(s.tokens, duration.next);
  return next === duration.next ? duration : { ...duration, next, end: s.tokens[next - 1].end };
}

/** The words after a time that call it the student's, or the module's whole: `30 minutes spent`, `- 2 hours total`, `1 hour spent in total`. */
const SPENT_WORDS = new Set(['spent', 'taken', 'used']);
const TOTAL_WORDS = new Set(['total', 'overall', 'altogether', 'combined']);

function pastTotal(tokens: readonly Token[], k: number): number {
  const spent = isWordIn(tokens[k], SPENT_WORDS) ? k + 1 : k;
  if (isWord(tokens[spent], 'in') && isWord(tokens[spent + 1], 'total')) return spent + 2;
  return isWordIn(tokens[spent], TOTAL_WORDS) ? spent + 1 : spent;
}

// ---------------------------------------------------------------------------------------------
// Labels and verbs
// ---------------------------------------------------------------------------------------------

/** Words before `time` that still make a label: "Estimated time:", "-- elapsed time:". */
const TIME_QUALIFIERS_BEFORE = new Set(['estimated', 'estimate', 'elapsed', 'total', 'spent', 'study', 'studying', 'learning', 'approximate', 'approx']);
const TIME_PURPOSES = new Set(['complete', 'finish', 'completion']);
/** Words after `time` that make a label even without a colon: "Time spent 30 min", "Time taken: 1 h". */
const TIME_QUALIFIERS_AFTER = new Set(['spent', 'taken', 'used', 'cost', 'required', 'needed', 'elapsed', 'estimate', 'estimated', 'consumed']);

interface Head {
  /** Character offset where the label or verb phrase starts. */
  start: number;
  /** Index of the first token of the value. */
  next: number;
  /** The label ended with `:` (or a dash): its value is the estimate even when it is unreadable. */
  explicit: boolean;
}

/** "time" in the languages of UNITS: `Tiempo: 2 horas`, `Zeit: 40 Minuten`. */
const OTHER_LANGUAGES_TIME_WORDS = ['tiempo', 'tempo', 'temps', 'zeit', 'время', '时间', '用时', '耗时', '時間'];
const OTHER_LANGUAGES_DURATION_WORDS = ['duración', 'duração', 'durée', 'dauer', 'durata', 'длительность'];
const TIME_WORDS = new Set(['time', ...OTHER_LANGUAGES_TIME_WORDS]);
const DURATION_WORDS = new Set(['duration', ...OTHER_LANGUAGES_DURATION_WORDS]);

/**
 * time-label := [qualifier] ("time" | "duration") [qualifier] ":"   e.g. "Time:", "Time Spent :", "Estimated time:", "Duration:"
 *             | [qualifier] "time" qualifier                   e.g. "Time spent 30 min"
 * A dash right before the label belongs to it ("-- elapsed time: 20 mins").
 */
function readTimeLabel(s: ScannedLine, i: number, mustStartClause: boolean): Head | undefined {
  const { tokens } = s;
  let k = i;
  const timeAfterQualifier = joinedWord(tokens, k + 1);
  if (isWordIn(tokens[k], TIME_QUALIFIERS_BEFORE) && isWord(tokens[timeAfterQualifier], 'time')) k = timeAfterQualifier;
  else if (!isWordIn(tokens[k], TIME_WORDS) && !isWordIn(tokens[k], DURATION_WORDS)) return undefined;
  // "**Duration:** how long the function took" describes a field in notes; only a real duration after it counts.
  // So does every word but English "time": `Tempo: 120` is a beat, `Temps: 20-25 C` a temperature.
  const describesOnly = !isWord(tokens[k], 'time');
  if (mustStartClause && !isClauseStart(s, i)) return undefined;
  k++;
  let qualified = k - i > 1;
  // "Time to complete: 30 min" and "Time taken to complete:" name the same thing as "Time:".
  for (let n = 0; n < 3; n++) {
    const qualifier = joinedWord(tokens, k);
    if (isWord(tokens[k], 'to') && isWordIn(tokens[k + 1], TIME_PURPOSES)) k += 2;
    else if (isWordIn(tokens[qualifier], TIME_QUALIFIERS_AFTER)) k = qualifier + 1;
    else break;
    qualified = true;
  }
  k = skipMarkupForward(s, k);
  // Only a colon makes a bare "time" a label: "## Time - Space trade-offs" is a notes heading.
  // An equals sign labels a time too (`Time = 20 min`), but not a missing one: `elapsed_time = end - start` is code.
  const explicit = isPunct(tokens[k], ':');
  if (explicit || isPunct(tokens[k], '=')) k++;
  else if (!qualified) return undefined;
  const p = prevSignificant(s, i);
  const start = p >= s.contentStart && isDash(tokens[p]) ? tokens[p].start : tokens[i].start;
  return { start, next: k, explicit: explicit && !describesOnly };
}

/** A label's words may be joined as a field's name is: `time-spent:`, `time_taken:`, `total-time:`; the index of the word after such a joint, else `k`. */
function joinedWord(tokens: readonly Token[], k: number): number {
  const [joint, word] = [tokens[k], tokens[k + 1]];
  return (isPunct(joint, '-') || isPunct(joint, '_')) && !joint.spaced && word?.kind === 'word' && !word.spaced ? k + 1 : k;
}

type VerbShape = 'plain' | 'for' | 'in';
/**
 * Verbs that announce the student's time. 'for': may be followed by "for" ("Studied for one
 * hour"); 'in': must be followed by "in"/"within" ("done in 30 minutes") or an approximation
 * ("done around 2 hours") because "done" alone is everywhere in notes.
 */
// A Map: a word like "constructor" must not find Object.prototype's.
const TIME_VERBS = new Map<string, VerbShape>(
  Object.entries({
    took: 'plain', take: 'plain', takes: 'plain', taking: 'plain',
    spent: 'for', spend: 'for', spends: 'for', spending: 'for',
    cost: 'plain', costs: 'plain',
    studied: 'for', study: 'for', studying: 'for',
    done: 'in', finished: 'in', completed: 'in',
  } satisfies Record<string, VerbShape>),
);
/** The same in the languages of OTHER_LANGUAGES_UNITS, with their pronouns: `(tardé unos 30 minutos)`, `me llevó 2 horas`, `ich brauchte 40 Minuten`, `я потратил 2 часа`. */
const OTHER_LANGUAGES_VERBS = new Set(['tardé', 'llevó', 'dediqué', 'levei', 'demorei', 'gastei', 'passé', 'brauchte', 'dauerte', 'impiegato', 'messo', 'потратил', 'потратила', 'заняло']);
for (const verb of OTHER_LANGUAGES_VERBS) TIME_VERBS.set(verb, 'plain');
/** `me` licenses `me llevó`, never English `let me take 10 minutes`. */
const OTHER_LANGUAGES_PRONOUNS = new Set(['me', 'ich', 'я']);
/** Approximations that may follow a completion verb without "in": "finished about 30 min". */
const COMPLETION_APPROX = new Set(['about', 'around', 'approx', 'approximately', 'roughly', 'nearly', 'almost']);
/**
 * Subjects that let a verb start an estimate mid-sentence: "For X, it takes me 80 minutes",
 * "I spent 2 hours". A noun subject ("Elastic Beanstalk takes about five minutes to create
 * the environment") describes the software, not the student.
 */
const PRONOUNS = new Set(['i', 'it', 'we', 'this', 'which']);

/** A pronoun that makes `verb` a student's: English ones before any time verb, another language's before its own verbs only. */
function isPronounOf(pronoun: Token | undefined, verb: string): boolean {
  if (pronoun?.kind !== 'word') return false;
  return PRONOUNS.has(pronoun.text) || (OTHER_LANGUAGES_PRONOUNS.has(pronoun.text) && OTHER_LANGUAGES_VERBS.has(verb));
}
const CONNECTIVES = new Set(['and', 'also', 'then', 'totally']);

/**
 * verb-head := [pronoun] verb ["me"|"us"] ["for" | "in" | "within"]
 * licensed when the verb (or its pronoun) starts a clause, a pronoun/connective precedes it,
 * or "me"/"us" follows it ("This application takes me about 4 hours").
 */
function readVerbHead(s: ScannedLine, i: number): Head | undefined {
  const { tokens } = s;
  let verb = i;
  let start = tokens[i]?.start ?? 0;
  let licensed = false;
  if (tokens[i + 1]?.kind === 'word' && TIME_VERBS.has(tokens[i + 1].text) && isPronounOf(tokens[i], tokens[i + 1].text)) {
    verb = i + 1;
    licensed = true;
  }
  const t = tokens[verb];
  const shape = t?.kind === 'word' ? TIME_VERBS.get(t.text) : undefined;
  if (!shape) return undefined;
  if (!licensed) {
    const p = prevSignificant(s, verb);
    const before = tokens[p];
    if (p >= s.contentStart && isPronounOf(before, t.text)) {
      licensed = true;
      start = before.start;
    } else {
      licensed = isClauseStart(s, verb) || (p >= s.contentStart && before?.kind === 'word' && CONNECTIVES.has(before.text));
    }
  }
  let k = verb + 1;
  if (isWord(tokens[k], 'me', 'us')) {
    k++;
    licensed = true;
  }
  if (!licensed) return undefined;
  // `Spent: 30 min`, `Took: 45 minutes`: the verb as a field's name.
  if (isPunct(tokens[k], ':')) return { start, next: k + 1, explicit: false };
  if (shape === 'in') {
    // "(done around 2 hours)": an approximation, like "in", tells a duration from "done 3 labs".
    if (isWord(tokens[k], 'in', 'within')) k++;
    else if (!isWordIn(tokens[k], COMPLETION_APPROX) && !isPunct(tokens[k], '~')) return undefined;
  } else if (shape === 'for' && isWord(tokens[k], 'for')) {
    k++;
  }
  return { start, next: k, explicit: false };
}

/**
 * Words and marks that mean "not filled in yet": `Time: TODO`, `(time: xx min)`, `(time: ??)`,
 * `Time: N/A`, `**FILL ME IN**`. Unit words may accompany them (`xx min`).
 */
const PLACEHOLDER_WORDS = new Set(['todo', 'tbd', 'tba', 'tbc', 'fixme', 'fill', 'me', 'in', 'here', 'none', 'na', 'n', 'a', 'pending']);
const MAX_PLACEHOLDER_TOKENS = 6;

function isPlaceholderToken(t: Token): boolean {
  if (t.kind === 'word') return PLACEHOLDER_WORDS.has(t.text) || ENGLISH_UNIT_WORDS.has(t.text) || /* xx, xxx */ [...t.text].every((c) => c === 'x');
  if (t.kind === 'punct') return '?-./…_'.includes(t.text[0]);
  return false;
}

/** What a `time:` label holds when it holds no duration: nothing or a placeholder ('empty') or something else ('unreadable'). */
function classifyLabelValue(s: ScannedLine, from: number, stop: number): { kind: 'empty' | 'unreadable'; lastEnd: number | undefined } {
  const { tokens } = s;
  const k = skipMarkupForward(s, from);
  if (k >= stop) return { kind: 'empty', lastEnd: undefined };
  const lastEnd = tokens[stop - 1].end;
  if (stop - k > MAX_PLACEHOLDER_TOKENS) return { kind: 'unreadable', lastEnd };
  for (let j = k; j < stop; j++) {
    if (!isPlaceholderToken(tokens[j])) return { kind: 'unreadable', lastEnd };
  }
  return { kind: 'empty', lastEnd };
}

// ---------------------------------------------------------------------------------------------
// Rules. Each proposes at most one candidate anchored on token i.
// ---------------------------------------------------------------------------------------------

interface Candidate extends EstimateMatch {
  /** How sure the rule is that this is the estimate; the strongest candidate wins. */
  strength: number;
}

/** A rule reads the time that starts at token `i`, if any. */
type Rule = (s: ScannedLine, i: number) => Candidate | undefined;

const STRENGTH_LABELLED_PAREN = 4; // (time: 30 min), (took ~15 minutes)
const STRENGTH_LABELLED = 3; // Time: 15 min, *Cost 15 minutes, ...*, it takes me 60 minutes
const STRENGTH_PAREN = 2; // (24 min)
const STRENGTH_POSITIONAL = 1; // ~10 mins, - 10 min, [link](url) 25 min, a line that is only "30 min"

function minutesCandidate(start: number, end: number, d: Duration, labelled: boolean, strength: number): Candidate {
  return { kind: 'minutes', minutes: d.minutes, start, end, labelled, strength };
}

/**
 * `(` [time-label | verb-head] approx* duration ... `)`
 * Students put their time in parentheses after the title, the link, even glued to a raw URL
 * (`(https://...)(15min)`) or inside the link text (`[Video: Why Queues?(16min)](url)`). The
 * duration must open the parenthesis; anything may follow it before `)` ("(70min including
 * looking at some other documents)", "(5 minutes..duh)"). A title's "(in 5 minutes)" does not
 * open with a duration, so it is not read.
 */
function ruleParenthesised(s: ScannedLine, i: number): Candidate | undefined {
  const { tokens } = s;
  if (!isPunct(tokens[i], '(')) return undefined;
  const close = s.closeOf[i];
  const inner = skipMarkupForward(s, i + 1);
  const head = readTimeLabel(s, inner, false) ?? readVerbHead(s, inner);
  // After a label, a verb may still come: "(time: it took 30 min)".
  const valueAt = head ? (readVerbHead(s, head.next)?.next ?? head.next) : inner;
  const d = readEstimateValue(s, valueAt);
  const start = tokens[i].start;
  if (d) {
    if (close >= 0 && d.next > close) return undefined; // the duration must sit inside the parens
    const end = close >= 0 ? tokens[close].end : d.end;
    return minutesCandidate(start, end, d, !!head, head ? STRENGTH_LABELLED_PAREN : STRENGTH_PAREN);
  }
  if (!head?.explicit) return undefined;
  const stop = close >= 0 ? close : s.stopAt[skipMarkupForward(s, head.next)];
  const value = classifyLabelValue(s, head.next, stop);
  const end = close >= 0 ? tokens[close].end : (value.lastEnd ?? tokens[head.next - 1].end);
  return { kind: value.kind, start, end, labelled: true, strength: STRENGTH_LABELLED_PAREN };
}

/** `[10 min]` after a title, as `(10 min)`: a bracket closing on the duration that opens no link. */
function ruleBracketed(s: ScannedLine, i: number): Candidate | undefined {
  const { tokens } = s;
  if (!isPunct(tokens[i], '[')) return undefined;
  const d = readEstimateValue(s, skipMarkupForward(s, i + 1));
  const close = d && skipMarkupForward(s, d.next);
  if (!d || close === undefined || !isPunct(tokens[close], ']') || isPunct(tokens[close + 1], '(')) return undefined;
  return minutesCandidate(tokens[i].start, tokens[close].end, d, false, STRENGTH_PAREN);
}

/**
 * time-label [verb-head] approx* duration      "Time: 15 min", "Time: it takes me 35 minutes"
 * time-label <anything else>                   'empty' / 'unreadable' (explicit labels only)
 */
function ruleTimeLabel(s: ScannedLine, i: number): Candidate | undefined {
  const head = readTimeLabel(s, i, true);
  if (!head) return undefined;
  const valueAt = readVerbHead(s, head.next)?.next ?? head.next;
  const d = readEstimateValue(s, valueAt);
  if (d) return minutesCandidate(head.start, d.end, d, true, STRENGTH_LABELLED);
  if (!head.explicit) return undefined;
  const value = classifyLabelValue(s, head.next, s.stopAt[skipMarkupForward(s, head.next)]);
  return { kind: value.kind, start: head.start, end: value.lastEnd ?? s.tokens[head.next - 1].end, labelled: true, strength: STRENGTH_LABELLED };
}

/**
 * verb-head approx* duration      "*Cost 15 minutes, finished on ...*", "***spent 20 min***",
 *                                 "it takes me 60 minutes", "I spent 2 hours"
 * A vague amount after a verb ("it takes a few minutes") is prose, not an estimate.
 */
function ruleVerb(s: ScannedLine, i: number): Candidate | undefined {
  const t = s.tokens[i];
  if (t.kind !== 'word' || !TIME_VERBS.get(t.text)) return undefined;
  const head = readVerbHead(s, i);
  if (!head) return undefined;
  const d = readEstimateValue(s, head.next);
  return d && minutesCandidate(head.start, d.end, d, true, STRENGTH_LABELLED);
}

/** "Kubernetes in ~5 minutes": a duration after "in" belongs to a title. */
function followsIn(s: ScannedLine, i: number): boolean {
  return isWord(s.tokens[prevSignificant(s, i)], 'in', 'within');
}

/**
 * clock [":"] duration      "⏱ 10 min", "🕐: 1 h", "⌛ 25 mins"
 * A clock or an hourglass before an amount labels it as the time the student took.
 */
function ruleClock(s: ScannedLine, i: number): Candidate | undefined {
  const t = s.tokens[i];
  if (t.kind !== 'punct' || !CLOCKS.test(t.text)) return undefined;
  let k = i + 1;
  // The emoji's presentation selector (U+FE0F) is a token of its own.
  if (isPunct(s.tokens[k], '\ufe0f')) k++;
  k = skipMarkupForward(s, k);
  if (isPunct(s.tokens[k], ':')) k++;
  const d = readEstimateValue(s, skipMarkupForward(s, k));
  return d && minutesCandidate(t.start, d.end, d, true, STRENGTH_LABELLED);
}

const CLOCKS = /^[\u231a\u231b\u23f0-\u23f3\u{1f550}-\u{1f567}]$/u;

/**
 * `~` duration      "~10 mins", "~ 10 min", "[Why Queues Video ~10 mins](url)"
 * A tilde before a duration is an approximation nobody writes in a title.
 */
function ruleTilde(s: ScannedLine, i: number): Candidate | undefined {
  const t = s.tokens[i];
  if (!isPunct(t, '~') && !isPunct(t, '≈')) return undefined;
  if (followsIn(s, i)) return undefined;
  const d = readEstimateValue(s, i);
  return d && minutesCandidate(t.start, d.end, d, false, STRENGTH_POSITIONAL);
}

/** The phrase ends: end of line, or the end of link text, a parenthesis or a table cell ("[Why Queues - 10 min](url)"). */
function endsPhrase(s: ScannedLine, k: number): boolean {
  if (endsTitle(s, k)) return true;
  const t = s.tokens[skipMarkupForward(s, k)];
  return isPunct(t, ']') || isPunct(t, ')') || isPunct(t, '|');
}

/**
 * The line ends, or the title and its time end where the notes go on after them: a colon (`Why
 * Queues - 10 min: it keeps …`), a spaced dash (`[Nmap](…) 30 min — scanned my VM`) or a sentence's
 * end (`[Nmap](…), 30 min. Scanned …`). `Video - 5 minutes of Kafka` goes on with a word: a title.
 */
function endsTitle(s: ScannedLine, k: number): boolean {
  if (isLineEnd(s, k)) return true;
  const at = skipMarkupForward(s, k);
  const t = s.tokens[at];
  if (isPunct(t, ':')) return true;
  const next = s.tokens[at + 1];
  if (isDash(t)) return t.spaced && next?.spaced === true;
  return (isPunct(t, '.') || isPunct(t, ',') || isPunct(t, ';')) && !t.spaced && next?.spaced === true && next.kind === 'word';
}

/**
 * title `-`|`--`|`–` approx* duration <end>      "1. Why Queues - 10 min", "### Launch a VM - 30 min ###"
 * The duration must end the line (or the link text): "Video - 5 minutes of Kafka" is a title.
 * The leading dash of a list item is not a separator. After a link, a dash and a bare number
 * ("[Compare S3 vs EC2](url) - 60") is an estimate with its unit forgotten: 'unreadable'.
 */
function ruleDash(s: ScannedLine, i: number): Candidate | undefined {
  const { tokens } = s;
  const t = tokens[i];
  if (!isDash(t) || i <= s.contentStart) return undefined;
  const before = tokens[i - 1];
  if (!t.spaced && before.kind === 'number') return undefined; // 20-30, 2025-10-13
  const d = readEstimateValue(s, i + 1);
  if (d) return endsPhrase(s, d.next) ? minutesCandidate(t.start, d.end, d, false, STRENGTH_POSITIONAL) : undefined;
  const bare = tokens[i + 1];
  const p = prevSignificant(s, i);
  if (bare?.kind === 'number' && !bare.embedded && isLineEnd(s, i + 2) && p >= 0 && tokens[p].closesLink) {
    return { kind: 'unreadable', start: t.start, end: bare.end, labelled: false, strength: STRENGTH_POSITIONAL };
  }
  return undefined;
}

/**
 * <link> approx* duration <end>      "> [Video: Why Queues? Note](pdf) 25 min"
 * <separator> approx* duration <end> "Lab 3 | 20 min", "| Why Queues | 10 min |"
 * A bare duration counts only at the very end of the line right after a link or a separator:
 * "Learn Kafka in 12 Minutes" or "5 minutes to learn" are titles. ":" is not a separator here:
 * "Boot time: 3 seconds" is a fact in the notes, and real `Time:` labels have their own rule.
 */
function ruleAfterLink(s: ScannedLine, i: number): Candidate | undefined {
  const { tokens } = s;
  const p = prevSignificant(s, i);
  if (p < s.contentStart) return undefined;
  const before = tokens[p];
  const afterLink = before.closesLink || before.kind === 'opaque' || (isPunct(before, '>') && tokens[p - 1]?.kind === 'opaque');
  const afterSeparator = before.kind === 'punct' && (before.text === '|' || before.text === ',' || before.text === ';');
  if (!afterLink && !afterSeparator) return undefined;
  const d = readEstimateValue(s, i);
  const ends = d && (endsTitle(s, d.next) || (afterSeparator && isPunct(tokens[d.next], '|') && isLineEnd(s, d.next + 1)));
  return d && ends ? minutesCandidate(tokens[i].start, d.end, d, false, STRENGTH_POSITIONAL) : undefined;
}

/** A line that is only a duration ("30 min", "- 1.5 hours", "**45 min**") is the estimate of the module above it. */
function ruleWholeLine(s: ScannedLine, i: number): Candidate | undefined {
  if (i !== s.contentStart) return undefined;
  const d = readEstimateValue(s, i);
  return d && isLineEnd(s, d.next) ? minutesCandidate(s.tokens[i].start, d.end, d, false, STRENGTH_POSITIONAL) : undefined;
}

/**
 * The rules that may read a time at a token of each kind, in one order for all: each of the
 * others opens on a kind of its own (a `(`, a time word, a verb, a dash), and asking it of every
 * token was most of the calls of a lexed line's reading.
 */
const RULES_AT: Record<Exclude<TokenKind, 'opaque'>, readonly Rule[]> = {
  number: [ruleAfterLink, ruleWholeLine],
  word: [ruleTimeLabel, ruleVerb, ruleAfterLink, ruleWholeLine],
  punct: [ruleParenthesised, ruleBracketed, ruleClock, ruleTilde, ruleDash, ruleAfterLink, ruleWholeLine],
};

/** A real duration beats a label left empty; then the stronger rule; then the earlier one (students write one estimate, near the title). */
function isBetter(a: Candidate, b: Candidate | undefined): boolean {
  if (!b) return true;
  const am = a.kind === 'minutes' ? 1 : 0;
  const bm = b.kind === 'minutes' ? 1 : 0;
  if (am !== bm) return am > bm;
  return a.strength > b.strength;
}

const anyLetter = /\p{L}/u;

/**
 * Every estimate has a unit after its amount (readPart), or a time label (readTimeLabel), each a
 * word: a run of letters as the lexer reads them; only the bare number after a link's dash has
 * neither, and it ends the line after the link's `)` with no letter but a `<br>`. A line with none
 * of them is not lexed: most lines of notes, commands and addresses with digits among them, and
 * lexing them was a third of a long text's first reading.
 *
 * Here the word is bounded by anything but a Latin letter: it lets through more lines than a bound
 * of any letter (\p{L}), which the patterns below then judge, and on a text with one character past
 * Latin-1 (all its lines are then two-byte strings, where each \p{L} test is a call) it takes a
 * quarter less time cold and half warm.
 */
const unitWords = [...UNITS.keys()].join('|');
const estimateWord = new RegExp(String.raw`(?<![a-zA-Z])(?:${Object.keys(ENGLISH_UNITS).join('|')}|time|duration)(?![a-zA-Z])`, 'i');
const timeLabel = new RegExp(String.raw`(?<!\p{L})(?:${caseless('time|duration')})(?!\p{L})`, 'u');
/** `1½ hours`: a fraction glued to the amount's digits (VULGAR_FRACTIONS). */
const fractionGlyph = `[${[...VULGAR_FRACTIONS.keys()].join('')}]?`;
/**
 * A unit counts only right after an amount (a digit, or a word the lexer reads as one), with at
 * most spaces and emphasis between, as readPart reads it: the `s` of `Docker's`, the `m` of `I'm`
 * and the `minutes` of `in a few minutes` are no evidence (they sent half the lines with a unit
 * word to the lexer). The pattern costs several times estimateWord's: it is asked only of the
 * lines estimateWord lets through.
 */
const amountWords = [...NUMBER_WORDS.keys(), 'half', 'an', 'a'];
/**
 * The digits of an amount as the lexer takes them for one (isEmbeddedNumber): not glued after a
 * word's letters (`S3 bucket`, `h2 h3`, `enp0s8`) or an address's or a version's marks (`t=0s`),
 * unless the letters are a unit glued after digits (`x1h30m`) or the mark a fraction's slash (`1
 * 1/2 hours`). Such digits sent a fifth of the lines that reach the lexer there, to find nothing.
 * A decimal may go without its zero (`.5 hour`, leadingDotAmount) and an amount end in `+` (`1+ hour`).
 */
const amountDigits = String.raw`(?:(?<![0-9_=$#&?%@\\]|(?<![0-9])\/|[0-9][.:]|(?<![0-9][a-zA-Z]*)[a-zA-Z])[0-9]+(?:[.,][0-9]+)?${fractionGlyph}|(?<![0-9a-zA-Z.])\.[0-9]+)\+?`;
const unitAfterAmount = new RegExp(String.raw`(?:${amountDigits}|(?<!\p{L})(?:${caseless(amountWords.join('|'))})(?!\p{L}))[\s\u200b*_~～]*(?:${caseless(unitWords)})(?!\p{L})`, 'u');
/**
 * The units and labels of other languages, asked apart and only of a line with a digit: in
 * estimateWord and timeLabel, which every line is asked, they took a cold 1 MB reading by lines
 * 1.7% more instructions, here 0.9%. A label of theirs counts only over a time (readTimeLabel),
 * and their units only after an amount (readPart). Their amounts may be words (`media hora`,
 * `eine halbe Stunde`, `une demi-heure`), on any line: a unit word is asked first, as the pair
 * asked at once cost 0.9% more instructions and this 0.5%.
 */
const otherUnitWords = Object.keys(OTHER_LANGUAGES_UNITS).join('|');
const otherLanguagesUnit = new RegExp(String.raw`[0-9]${fractionGlyph}[\s\u200b*_~～]*(?:${otherUnitWords})(?![a-zA-Z])`, 'i');
const otherLanguagesLabel = new RegExp(String.raw`(?<![a-zA-Z])(?:${[...OTHER_LANGUAGES_TIME_WORDS, ...OTHER_LANGUAGES_DURATION_WORDS].join('|')})(?![a-zA-Z])`, 'i');
const otherLanguagesUnitWord = new RegExp(String.raw`(?<![a-zA-Z])(?:${otherUnitWords})(?![a-zA-Z])`, 'i');
const otherLanguagesWordAmount = new RegExp(String.raw`(?<![a-zA-Z])(?:${[...OTHER_LANGUAGES_NUMBER_WORDS.keys()].join('|')})[\s\u200b*_~～-]*(?:${otherUnitWords})(?![a-zA-Z])`, 'i');
const anyDigit = /[0-9]/;
/** `<br>`, `<br />`, spaced as the lexer spaces (a zero-width space too): any non-letters inside. */
const lineBreakTag = new RegExp(String.raw`<[^<>\p{L}]*${caseless('br')}[^<>\p{L}]*>`, 'gu');

export function mayHoldEstimate(line: string): boolean {
  if (!anyLetter.test(line)) return false;
  if (estimateWord.test(line) && ((hasColon(line) && timeLabel.test(line)) || unitAfterAmount.test(line))) return true;
  if (anyDigit.test(line) && (otherLanguagesUnit.test(line) || otherLanguagesLabel.test(line))) return true;
  return (otherLanguagesUnitWord.test(line) && otherLanguagesWordAmount.test(line)) || endsWithBareNumber(line);
}

/**
 * A label that stands alone, its time unreadable or left out (`Time: TBD`), has its colon
 * (readTimeLabel's explicit); without one a label counts only before a time, whose amount and unit
 * unitAfterAmount finds. `real-time` and `at the same time` sent a line in ten to the lexer.
 */
function hasColon(line: string): boolean {
  return line.includes(':') || line.includes('：');
}

/** The link's `)` (or `）`) is the line's last: after it, a digit and no letter but a `<br>`. */
function endsWithBareNumber(line: string): boolean {
  const close = Math.max(line.lastIndexOf(')'), line.lastIndexOf('）'));
  if (close < 0) return false;
  const tail = line.slice(close + 1).replace(lineBreakTag, '');
  return anyDigit.test(tail) && !anyLetter.test(tail);
}

/**
 * The two lines scanned last and what they hold: a reader asks of one line more than once (is it
 * an area, does it open a module, does the line above have a time below it). Callers never change a match.
 */
let lastScan: { line: string; match: EstimateMatch | undefined } | undefined;
let scanBefore: typeof lastScan;

/** Finds the time estimate in one line of raw Markdown source (markup like **, __, *, links, URLs may be present). Returns the best one, or undefined when the line has no estimate. */
export function scanEstimate(line: string): EstimateMatch | undefined {
  if (lastScan?.line === line) return lastScan.match;
  if (scanBefore?.line === line) return scanBefore.match;
  scanBefore = lastScan;
  lastScan = { line, match: mayHoldEstimate(line) ? lexedEstimate(line) : undefined };
  return lastScan.match;
}

/** The estimate the lexer finds in a line; a line of symbols alone (8 MB of NUL: 4 s and 1.2 GB of tokens) is first ruled out by mayHoldEstimate. */
export function lexedEstimate(line: string): EstimateMatch | undefined {
  const s = scanLine(line);
  let best: Candidate | undefined;
  for (let i = 0; i < s.tokens.length; i++) {
    const kind = s.tokens[i].kind;
    if (kind === 'opaque') continue;
    for (const rule of RULES_AT[kind]) {
      const c = rule(s, i);
      if (c && isBetter(c, best)) best = c;
    }
  }
  if (!best) return undefined;
  const { kind, minutes, start, end, labelled } = best;
  return kind === 'minutes' ? { kind, minutes, start, end, labelled } : { kind, start, end, labelled };
}

// ---------------------------------------------------------------------------------------------
// Formatting
// ---------------------------------------------------------------------------------------------

/** Whole seconds as people say them: "30 s", "1 min 30 s", "45 min", "1 h 30 min", "2 h". */
function formatSeconds(totalSeconds: number): string {
  const h = Math.floor(totalSeconds / 3600);
  const m = Math.floor((totalSeconds % 3600) / 60);
  const sec = totalSeconds % 60;
  const parts: string[] = [];
  if (h) parts.push(`${h} h`);
  if (m) parts.push(`${m} min`);
  if (sec) parts.push(`${sec} s`);
  return parts.length ? parts.join(' ') : '0 min';
}

function toSeconds(minutes: number): number {
  return Number.isFinite(minutes) ? Math.max(0, Math.round(minutes * 60)) : 0;
}

/**
 * Formats minutes for people: 30 → "30 min", 90 → "1 h 30 min", 120 → "2 h", 0.5 → "30 s",
 * {min: 20, max: 30} → "20–30 min", {min: 60, max: 120} → "1–2 h", {min: 45, max: 90} →
 * "45 min – 1 h 30 min". Seconds are rounded; a range shares its unit when both ends allow.
 */
export function formatMinutes(m: { min: number; max: number }): string {
  const lo = toSeconds(Math.min(m.min, m.max));
  const hi = toSeconds(Math.max(m.min, m.max));
  if (lo === hi) return formatSeconds(lo);
  if (lo % 3600 === 0 && hi % 3600 === 0 && lo > 0) return `${lo / 3600}–${hi / 3600} h`;
  if (lo % 60 === 0 && hi % 60 === 0 && hi < 3600) return `${lo / 60}–${hi / 60} min`;
  if (hi < 60) return `${lo}–${hi} s`;
  return `${formatSeconds(lo)} – ${formatSeconds(hi)}`;
}

/** `1. [Some Area](…) 300 mins`: the text without its time, here an area's name without the time its modules took together. */
export function withoutEstimate(text: string): string {
  const match = scanEstimate(text);
  return match && match.end > match.start ? (text.slice(0, match.start) + text.slice(match.end)).trim() : text;
}

/**
 * How many notes blocks to look at for a time written under the opener. A labelled `Time: 15
 * minutes` right under `### Launch a VM - 30 min` is the student's own: the bare time in the
 * title is often the course's suggested time copied with it.
 */
export function estimateLookahead(estimate: EstimateMatch | undefined): number {
  if (!estimate) return 3;
  return estimate.labelled ? 0 : 1;
}

/** A time on the line that covers at least one character. */
export function scanTime(text: string): EstimateMatch | undefined {
  const match = scanEstimate(text);
  return match && match.end > match.start ? match : undefined;
}

/** A title with its time cut out, and the separators left dangling before it. */
export function withoutTime(title: string, estimate: EstimateMatch | undefined): string {
  if (!estimate) return title.trim();
  return trimEndMatching(title.slice(0, estimate.start) + title.slice(estimate.end), /[\s\-–:(]/).trim();
}

export function shiftTime(match: EstimateMatch | undefined, by: number): EstimateMatch | undefined {
  return match && { ...match, start: match.start + by, end: match.end + by };
}
