import { editOf } from './textEdit';

/**
 * remark reads real notes at about a microsecond per character, but pasted text can cost it a
 * hundred times more: emphasis and escapes (`_a_ _b_`, `\*`), long runs of lines in one
 * paragraph or list, megabytes on one line. It cannot be interrupted, so a server that handed it
 * such a text would stop answering for seconds or minutes. The cost below predicts remark's time
 * from what drives it, in one pass; a text over the budget is read line by line instead (the text
 * line source, textLines.ts), which answers in a fraction of the time.
 *
 * Units are roughly a microsecond of remark's time on the 2-core machine the weights were
 * measured on: the budget lets every real notes file, and 1 MB of notes joined from the corpus
 * (cost 3.6 M) or from the repository's fixtures (4.0 M), be read in full; the hostile shapes
 * measured (scripts/read-cost.ts) cost 7 M and more.
 */
export const fullReadBudget = 4_400_000;

/**
 * An editor should be answered within about 50 ms of opening a file: a text that costs remark more
 * (20 KB of notes cost ~70 K) is read by lines first and precisely between requests, where the
 * server does that (document/notesDocument.ts).
 */
export const firstReadBudget = 50_000;

/**
 * An edit is answered as the editor shows each keystroke: where another thread reads precisely, the
 * areas an edit falls in that cost remark more than this (~1.5 KB of notes) are read by lines at
 * once and precisely once the typing pauses (document/readVersion.ts).
 */
export const editReadBudget = 5_000;

/**
 * Past this a text is not notes but an accident (the largest real notes file is ~200 K): it is not
 * read at all, even by lines (20 MB of notes took 48 s to read by lines). 10 MB of notes is read.
 */
export const largestReadText = 10 * 1024 * 1024;

/** Why a file of `bytes` is not read, in words for a log or a report; undefined when it is read. */
export function tooLargeToRead(bytes: number, limit = largestReadText, files = 'notes files'): string | undefined {
  const megabytes = (size: number) => `${Math.round((size / 1024 / 1024) * 10) / 10} MB`;
  return bytes > limit ? `too large (${megabytes(bytes)}; ${files} are read up to ${megabytes(limit)})` : undefined;
}

/** Longer than this, one line costs remark more than linearly (0.2 MB on a line: ~2 s). */
export const longestFullLine = 50_000;

/** Characters that open inline markup: remark looks back from each for what it may close. */
const inlineWeight = new Uint8Array(128);
// `*` can open and close inside a word (`a*a*`: 49 KB took 8.5 s) where `_` cannot; each `|` of a
// table row is a cell, and remark pays ~70 µs and ~10 KB for a cell (2,000 columns × 40 rows: 6 s, 865 MB).
for (const [characters, weight] of [['*', 150], ['|', 70], ['_\\', 60], ['[]', 12], ['`', 10], ['<', 8], ['!~&', 4]] as const) {
  for (const character of characters) inlineWeight[character.charCodeAt(0)] = weight;
}

/** Each line of a block is scanned again for its containers: a line costs more than its characters. */
const lineWeight = 100;

/**
 * A blank line (or one of nothing but `>`) costs remark little time but a node and its position
 * (~2.5 KB of heap): a million of them took 10 s and 1.8 GB. Measured at ~10-20 µs each.
 */
const blankLineWeight = 20;

/**
 * remark's time grows faster than the length of one block (a paragraph, list or table without a
 * blank line): 200 KB of list items take six times what 50 KB take, and 11,139 lines of `=` before
 * 43,557 backticks took 18.8 s (found by npm run fuzz). Blocks this heavy cost twice.
 */
const blockDoubling = 600_000;

/**
 * Deep containers cost remark per line in the square of their depth (it closes and reopens each);
 * real notes nest a few levels, so only the part of a line's container prefix past this counts.
 */
const shallowPrefix = 16;
const depthWeight = 2;

/**
 * A `]` that closes no `[` makes remark's footnote rule look back over everything the paragraph
 * has read since its last link (10,000 of them in a line took 1.9 s, 43,000 took 26 s; 5,000
 * lines of `[a] ]` 1.6 s): each costs a tenth of the characters since the paragraph's last `](`.
 */
const unmatchedCloseDivisor = 10;

/**
 * remark's time grows with the square of the links in one paragraph (2,000 lines of links without
 * a blank line: 2-2.7 s), and faster still with a `[` left open before them (17,549 `![` then
 * 7,070 links: 52 s): the n-th link of a block costs n times this, plus the `[` still open.
 */
const linkEndWeight = 3;

export interface ReadCost {
  cost: number;
  longestLine: number;
  /** Where the longest line starts. */
  longestLineAt: number;
}

export function readCost(text: string): ReadCost {
  return measure(text, 0, text.length);
}

/**
 * The cost of the lines of text[from, to), `from` at a line's start: an estimate of a region
 * whose end need not follow a blank line (an area, up to the next area heading).
 */
export function regionCost(text: string, from: number, to: number): number {
  return measure(text, from, to).cost;
}

/**
 * The read cost of `text`, an edit of `previous` whose cost is known. The cost is a sum over blocks
 * (lines between blank lines) and blank lines, so only the blocks the edit touches are measured
 * again, in both texts: a keystroke in 1 MB of notes costs its paragraph, not the megabyte. The
 * longest line is kept unless the edit touched it. Sums in another order may differ from a whole
 * measure in the last bits of a float, never in what they decide.
 */
export function readCostAfterEdit(previous: { text: string; readCost: ReadCost }, text: string): ReadCost {
  const old = previous.text;
  const edit = editOf(old, text);
  const from = blockStart(old, edit.start);
  const oldTo = blockEnd(old, edit.oldEnd);
  const newTo = oldTo + edit.newEnd - edit.oldEnd;
  const known = previous.readCost;
  if (known.longestLineAt >= from && known.longestLineAt < oldTo) return readCost(text);
  const removed = measure(old, from, oldTo);
  const added = measure(text, from, newTo);
  const moved = known.longestLineAt >= oldTo ? known.longestLineAt + newTo - oldTo : known.longestLineAt;
  const cost = known.cost - removed.cost + added.cost;
  if (added.longestLine > known.longestLine) return { cost, longestLine: added.longestLine, longestLineAt: added.longestLineAt };
  return { cost, longestLine: known.longestLine, longestLineAt: moved };
}

/** The start of the block holding `at`: the start of the first line after a blank line, or 0. */
function blockStart(text: string, at: number): number {
  let lineStart = lineStartOf(text, at);
  while (lineStart > 0) {
    const previous = lineStartOf(text, lineStart - 1);
    if (isBlankLine(text, previous)) return lineStart;
    lineStart = previous;
  }
  return 0;
}

/** The end of the block holding `at`: the start of the line after the next blank line wholly after it, or the text's end. */
function blockEnd(text: string, at: number): number {
  let lineStart = lineStartOf(text, at);
  while (lineStart < text.length) {
    const lineEnd = lineEndOf(text, lineStart);
    const next = lineEnd + 1;
    // Only a line that starts after the edit, its line break before it too, is blank in both texts.
    if (lineStart > at && isBlankLine(text, lineStart)) return Math.min(next, text.length);
    lineStart = next;
  }
  return text.length;
}

function lineStartOf(text: string, at: number): number {
  let start = at;
  while (start > 0 && !isBreak(text.charCodeAt(start - 1))) start--;
  return start;
}

function lineEndOf(text: string, lineStart: number): number {
  let end = lineStart;
  while (end < text.length && !isBreak(text.charCodeAt(end))) end++;
  return end;
}

function isBreak(code: number): boolean {
  return code === 10 || code === 13;
}

/** Spaces, tabs and quote markers up to the line's break or the text's end: a line of nothing else is blank to remark's blocks. */
const blankLineRest = /[ \t>]*(?:[\r\n]|$)/y;

/** Whether the line starting at `lineStart` is blank. */
function isBlankLine(text: string, lineStart: number): boolean {
  blankLineRest.lastIndex = lineStart;
  return blankLineRest.test(text);
}

/**
 * The cost of the lines of text[from, to), where `from` starts a line and `to` is the text's end
 * or starts the line after a blank line: no block runs across either end.
 */
function measure(text: string, from: number, to: number): ReadCost {
  return new CostMeter(from).measure(text, to);
}

/**
 * Characters the cost reads one by one: line breaks, brackets and the inline weights. Every other
 * character costs one, and runs of them are counted by the distance between matches: the pattern
 * finds them natively, which a loop over each character did not do in the interpreter a cold start
 * runs it in (20 KB measured in ~5 ms before the first answer, now well under one).
 */
const markedCharacters = /[\r\n*|_\\[\]`<!~&]/g;
/** A line's leading run of container characters: indentation, quotes and list markers. */
const containerPrefix = /[ \t>\-+*.)0-9]*/y;

/**
 * One pass of measure. A class, not a closure over the pass's variables: V8 optimizes a function
 * for the closure it called, and a new closure each call threw that code away on every call.
 * A line break ends a line, whether it is \r or \n: `\r\n` is a line and an empty one.
 */
class CostMeter {
  private cost = 0;
  private block = 0;
  private longestLine = 0;
  private longestLineAt: number;
  private lineStart: number;
  private blankLine = true;
  private prefix = 0;
  private openLabels = 0;
  /** Characters of the block read so far, and how many of them were read when the last link closed. */
  private blockCharacters = 0;
  private labelClosedAt = 0;
  private links = 0;

  constructor(from: number) {
    this.longestLineAt = from;
    this.lineStart = from;
  }

  measure(text: string, to: number): ReadCost {
    // The text's end ends its last line; a region's end is the start of a line it does not hold.
    const last = to === text.length ? to : to - 1;
    this.startLine(text, this.lineStart);
    let counted = this.lineStart;
    markedCharacters.lastIndex = this.lineStart;
    // test, not exec: a match's index is the pattern's lastIndex less one, and no match array is made for each mark.
    while (markedCharacters.test(text) && markedCharacters.lastIndex - 1 <= last) {
      const index = markedCharacters.lastIndex - 1;
      this.plain(index - counted);
      counted = index + 1;
      const code = text.charCodeAt(index);
      if (code === 10 || code === 13) {
        this.lineBreak(index);
        this.startLine(text, index + 1);
      } else this.marked(text, index, code);
    }
    if (last === text.length) {
      this.plain(text.length - counted);
      this.lineBreak(text.length);
    } else this.plain(last + 1 - counted);
    this.endBlock();
    return { cost: this.cost, longestLine: this.longestLine, longestLineAt: this.longestLineAt };
  }

  private startLine(text: string, at: number): void {
    containerPrefix.lastIndex = at;
    // The prefix always matches, if empty: its length is where the match ended.
    containerPrefix.test(text);
    this.prefix = containerPrefix.lastIndex - at;
    this.blankLine = isBlankLine(text, at);
  }

  /** Characters that are no line break, bracket or inline mark. */
  private plain(count: number): void {
    this.block += count;
    this.blockCharacters += count;
  }

  private lineBreak(index: number): void {
    if (index - this.lineStart > this.longestLine) {
      this.longestLine = index - this.lineStart;
      this.longestLineAt = this.lineStart;
    }
    this.lineStart = index + 1;
    if (this.blankLine) {
      this.endBlock();
      this.cost += blankLineWeight;
    } else this.block += lineWeight + depthWeight * Math.max(0, this.prefix - shallowPrefix) ** 2;
  }

  private marked(text: string, index: number, code: number): void {
    this.plain(1);
    this.block += inlineWeight[code];
    if (code === 91) this.openLabels++;
    else if (code === 93 && text.charCodeAt(index + 1) === 40) {
      this.openLabels = Math.max(0, this.openLabels - 1);
      this.cost += ++this.links * linkEndWeight + this.openLabels;
      this.labelClosedAt = this.blockCharacters;
    } else if (code === 93 && this.openLabels > 0) this.openLabels--;
    else if (code === 93) this.cost += (this.blockCharacters - this.labelClosedAt) / unmatchedCloseDivisor;
  }

  private endBlock(): void {
    this.cost += this.block * (1 + this.block / blockDoubling);
    this.block = 0;
    this.openLabels = 0;
    this.blockCharacters = 0;
    this.labelClosedAt = 0;
    this.links = 0;
  }
}

/** Whether remark may read the whole text without keeping the server from answering. */
export function readsFully(text: string, cost?: ReadCost): boolean {
  if (text.length > fullReadBudget) return false;
  const { cost: total, longestLine } = cost ?? readCost(text);
  return total <= fullReadBudget && longestLine <= longestFullLine;
}
