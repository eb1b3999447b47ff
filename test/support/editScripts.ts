// Random edit scripts for the sync fuzz: bursts of didChange events whose edits are resolved
// against the text they apply to (so a script replays exactly on its source), with edit
// boundaries drawn to the places that break incremental readers: surrogate pairs, line breaks
// (a "\n" inserted after a lone "\r" joins two breaks into one), line ends and headings.
import fc from 'fast-check';
import type { TextDocumentContentChangeEvent } from 'vscode-languageserver-protocol';
import { fraction, insertedTextArbitrary } from './arbitraries';
import { documentLines, splitsSurrogatePair } from './invariants';

export interface Source {
  name: string;
  text: string;
}

export type Snap = 'none' | 'surrogate' | 'lineStart' | 'lineEnd' | 'afterBreak' | 'heading';

export interface EditSpec {
  /** Where the edit starts, as a fraction of the text. */
  at: number;
  /** How many UTF-16 units it removes. */
  remove: number;
  insert: string;
  snap: Snap;
  /** Replace the whole text (a full-content change event) instead. */
  whole?: boolean;
}

export interface Burst {
  /** Each inner list is one didChange with that many content changes. */
  changes: EditSpec[][];
  /** Ask for symbols after every didChange, so that each version is read (and re-read incrementally). */
  readEach: boolean;
  /** Let a debounced analysis run in the middle of the burst. */
  pause: boolean;
}

export interface Scenario {
  source: number;
  bursts: Burst[];
}

const editSpec: fc.Arbitrary<EditSpec> = fc.record({
  at: fraction(),
  remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 3, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 2, arbitrary: fc.integer({ min: 4, max: 80 }) }, { weight: 1, arbitrary: fc.integer({ min: 81, max: 2000 }) }),
  insert: fc.oneof(
    { weight: 2, arbitrary: fc.constant('') },
    { weight: 5, arbitrary: insertedTextArbitrary },
    // A new area or level splits the areas an incremental reader keeps: every later index moves.
    { weight: 1, arbitrary: fc.tuple(fc.constantFrom('#', '##', '###'), fc.integer({ min: 0, max: 4 }), fc.constantFrom('Docker and Containers', 'Cloud Web Apps', 'Big Data', ''), fc.constantFrom('\n', '\r\n', '\n> Beginner Level\n')).map(([hashes, n, topic, after]) => `${hashes} Area ${n}${topic && `: ${topic}`}${after}`) },
  ),
  snap: fc.constantFrom<Snap>('none', 'none', 'surrogate', 'lineStart', 'lineEnd', 'afterBreak', 'heading', 'heading'),
  whole: fc.oneof({ weight: 40, arbitrary: fc.constant(undefined) }, { weight: 1, arbitrary: fc.constant(true) }),
});

const burst: fc.Arbitrary<Burst> = fc.record({
  changes: fc.array(fc.array(editSpec, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 6 }),
  readEach: fc.boolean(),
  pause: fc.boolean(),
});

/** Mostly documents with areas, the ones an incremental reader re-reads in part. */
export function scenarioArbitrary(all: readonly Source[]): fc.Arbitrary<Scenario> {
  const withAreas = all.flatMap((source, index) => (/^#{1,6}[ \t].*\barea\b|^#{1,6}[ \t]+(docker|cloud|big data|sdn)/im.test(source.text) ? [index] : []));
  const source = withAreas.length > 0 ? fc.oneof({ weight: 4, arbitrary: fc.constantFrom(...withAreas) }, { weight: 1, arbitrary: fc.nat({ max: all.length - 1 }) }) : fc.nat({ max: all.length - 1 });
  return fc.record({ source, bursts: fc.array(burst, { minLength: 1, maxLength: 4 }) });
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 && text.charCodeAt(i + 1) === 10) i++;
    if (code === 13 || code === 10) starts.push(i + 1);
  }
  return starts;
}

/** The LSP position of an offset; an offset inside a \r\n moves before it. */
function positionAt(text: string, starts: number[], offset: number): { line: number; character: number } {
  if (text.charCodeAt(offset - 1) === 13 && text.charCodeAt(offset) === 10) offset--;
  let line = 0;
  while (line + 1 < starts.length && starts[line + 1] <= offset) line++;
  return { line, character: offset - starts[line] };
}

function snapOffset(text: string, offset: number, snap: Snap): number {
  const starts = lineStarts(text);
  const { line } = positionAt(text, starts, offset);
  const lineText = documentLines(text)[line];
  switch (snap) {
    case 'surrogate':
      for (let i = offset; i < text.length; i++) if (splitsSurrogatePair(text, i)) return i;
      return offset;
    case 'lineStart':
      return starts[line];
    case 'lineEnd':
      return starts[line] + lineText.length;
    case 'heading': {
      // At the next heading line: where an incremental reader splits the document into areas.
      const next = /^#{1,6}(?:[ \t]|$)/m.exec(text.slice(offset));
      return next ? offset + next.index : offset;
    }
    case 'afterBreak': {
      // Right after a line break: an inserted "\n" after a lone "\r" joins them into one break.
      const next = starts.find((start) => start >= offset);
      return next ?? text.length;
    }
    default:
      return offset;
  }
}

/** One content change as a client sends it, and the text after it. */
export function resolve(text: string, spec: EditSpec): { change: TextDocumentContentChangeEvent; text: string } {
  if (spec.whole) {
    const next = spec.insert + text.slice(Math.floor(spec.at * text.length));
    return { change: { text: next }, text: next };
  }
  let start = snapOffset(text, Math.min(text.length, Math.floor(spec.at * (text.length + 1))), spec.snap);
  let end = Math.min(text.length, start + spec.remove);
  if (spec.snap === 'surrogate' && spec.remove > 0) end = snapOffset(text, end, 'surrogate');
  if (text.charCodeAt(start - 1) === 13 && text.charCodeAt(start) === 10) start--;
  if (text.charCodeAt(end - 1) === 13 && text.charCodeAt(end) === 10) end++;
  const starts = lineStarts(text);
  const range = { start: positionAt(text, starts, start), end: positionAt(text, starts, end) };
  return { change: { range, text: spec.insert }, text: text.slice(0, start) + spec.insert + text.slice(end) };
}

