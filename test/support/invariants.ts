// Checks shared by the property, fuzz and hostile-input suites: where a range may stand in a
// document, which numbers and strings an answer may hold, and what an edit may change.
import assert from 'node:assert/strict';

export interface LspPosition {
  line: number;
  character: number;
}

export interface LspRange {
  start: LspPosition;
  end: LspPosition;
}

/** The document's lines as LSP counts them: \n, \r\n and a lone \r end a line. */
export function documentLines(text: string): string[] {
  return text.split(/\r\n|\r|\n/);
}

const isHigh = (code: number): boolean => code >= 0xd800 && code <= 0xdbff;
const isLow = (code: number): boolean => code >= 0xdc00 && code <= 0xdfff;

/** Whether `character` falls between the two halves of a surrogate pair of `line`. */
export function splitsSurrogatePair(line: string, character: number): boolean {
  return character > 0 && character < line.length && isHigh(line.charCodeAt(character - 1)) && isLow(line.charCodeAt(character));
}

function comparePositions(a: LspPosition, b: LspPosition): number {
  return a.line - b.line || a.character - b.character;
}

export function checkPosition(position: LspPosition, lines: readonly string[], what: string): void {
  assert.ok(Number.isInteger(position.line) && Number.isInteger(position.character), `${what}: position ${JSON.stringify(position)} is not whole numbers`);
  assert.ok(position.line >= 0 && position.line < lines.length, `${what}: line ${position.line} outside the document (${lines.length} lines)`);
  const line = lines[position.line];
  assert.ok(position.character >= 0 && position.character <= line.length, `${what}: character ${position.character} outside line ${position.line} (${line.length} UTF-16 units)`);
  assert.ok(!splitsSurrogatePair(line, position.character), `${what}: ${position.line}:${position.character} splits a surrogate pair`);
}

export function checkRange(range: LspRange, lines: readonly string[], what: string): void {
  checkPosition(range.start, lines, `${what} start`);
  checkPosition(range.end, lines, `${what} end`);
  assert.ok(comparePositions(range.start, range.end) <= 0, `${what}: ends before it starts ${JSON.stringify(range)}`);
}

function isPosition(value: unknown): value is LspPosition {
  return typeof value === 'object' && value !== null && typeof (value as LspPosition).line === 'number' && typeof (value as LspPosition).character === 'number';
}

function isRange(value: unknown): value is LspRange {
  return typeof value === 'object' && value !== null && isPosition((value as LspRange).start) && isPosition((value as LspRange).end);
}

/** Every {start, end} range anywhere in an answer (diagnostics, symbols, edits, the model), with its path. */
export function rangesIn(value: unknown, path = '$', found: { path: string; range: LspRange }[] = [], seen = new Set<object>()): { path: string; range: LspRange }[] {
  if (typeof value !== 'object' || value === null || seen.has(value)) return found;
  seen.add(value);
  if (isRange(value)) found.push({ path, range: value });
  if (Array.isArray(value)) value.forEach((item, index) => rangesIn(item, `${path}[${index}]`, found, seen));
  else for (const [key, item] of Object.entries(value)) rangesIn(item, `${path}.${key}`, found, seen);
  return found;
}

/** Every range of an answer lies inside the document, on UTF-16 boundaries that split no surrogate pair. */
export function checkAllRanges(value: unknown, text: string, what: string): void {
  const lines = documentLines(text);
  for (const { path, range } of rangesIn(value)) checkRange(range, lines, `${what} ${path}`);
}

/**
 * No NaN or Infinity anywhere, and no number formatted past what people read: a string holding
 * "NaN", "Infinity" or an exponent ("1e+21 h") comes from arithmetic that went wrong.
 */
export function checkSaneValues(value: unknown, what: string, path = '$', seen = new Set<object>()): void {
  if (typeof value === 'number') {
    assert.ok(Number.isFinite(value), `${what} ${path}: ${value}`);
    return;
  }
  if (typeof value === 'string') {
    assert.ok(!/\bNaN\b|\bInfinity\b|\d[eE][+-]\d|\[object Object\]/.test(value), `${what} ${path}: ${JSON.stringify(value.slice(0, 200))}`);
    return;
  }
  if (typeof value !== 'object' || value === null || seen.has(value)) return;
  seen.add(value);
  for (const [key, item] of Object.entries(value)) checkSaneValues(item, what, `${path}.${key}`, seen);
}

/** Line ending counts: a fix never adds a line nor changes how one ends. */
export function lineEndings(text: string): { crlf: number; cr: number; lf: number } {
  const crlf = text.match(/\r\n/g)?.length ?? 0;
  const cr = text.match(/\r(?!\n)/g)?.length ?? 0;
  const lf = text.match(/(?<!\r)\n/g)?.length ?? 0;
  return { crlf, cr, lf };
}

/** UTF-16 offset of an LSP position, as LSP reads it: past the end of a line is its end. */
export function offsetOf(text: string, position: LspPosition): number {
  let lineStart = 0;
  for (let line = 0; line < position.line; line++) {
    const next = text.slice(lineStart).search(/\r\n|\r|\n/);
    if (next < 0) return text.length;
    lineStart += next + (text.startsWith('\r\n', lineStart + next) ? 2 : 1);
  }
  const rest = text.slice(lineStart);
  const lineEnd = rest.search(/\r\n|\r|\n/);
  const length = lineEnd < 0 ? rest.length : lineEnd;
  return lineStart + Math.min(Math.max(0, position.character), length);
}

/** Applies non-overlapping edits with plain string splicing, independently of any LSP library. */
export function applyEdits(text: string, edits: readonly { range: LspRange; newText: string }[]): string {
  const spans = edits.map((edit) => ({ start: offsetOf(text, edit.range.start), end: offsetOf(text, edit.range.end), newText: edit.newText }));
  spans.sort((a, b) => b.start - a.start || b.end - a.end);
  let result = text;
  for (const span of spans) result = result.slice(0, span.start) + span.newText + result.slice(span.end);
  return result;
}

/** A short, printable form of text for failure messages: escapes, truncated in the middle. */
export function show(text: string, max = 400): string {
  const json = JSON.stringify(text);
  return json.length <= max ? json : `${json.slice(0, max / 2)} … ${json.slice(-max / 2)} (${text.length} chars)`;
}
