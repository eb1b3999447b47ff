import type { Position, Range } from './types';

/**
 * Maps UTF-16 offsets to LSP positions. Line breaks are \n, \r\n and a lone \r, as in both
 * CommonMark and LSP, so remark's offsets and the editor's lines agree.
 */
export class LineIndex {
  private readonly lineStarts: number[];
  private lastLine = 0;

  constructor(readonly text: string) {
    this.lineStarts = text.includes('\r') ? lineStartsOf(text) : newlineStartsOf(text);
  }

  get lineCount(): number {
    return this.lineStarts.length;
  }

  positionAt(offset: number): Position {
    const clamped = Math.max(0, Math.min(offset, this.text.length));
    const line = this.lineOfOffset(clamped);
    this.lastLine = line;
    return { line, character: clamped - this.lineStarts[line] };
  }

  /** Readers ask line after line: the line asked last, or the next, is tried before a binary search. */
  private lineOfOffset(offset: number): number {
    const starts = this.lineStarts;
    for (let line = this.lastLine; line <= this.lastLine + 1 && line < starts.length; line++) {
      if (starts[line] <= offset && (line + 1 === starts.length || offset < starts[line + 1])) return line;
    }
    let low = 0;
    let high = starts.length - 1;
    while (low < high) {
      const mid = (low + high + 1) >> 1;
      if (starts[mid] <= offset) low = mid;
      else high = mid - 1;
    }
    return low;
  }

  offsetAt(position: Position): number {
    if (position.line >= this.lineStarts.length) return this.text.length;
    if (position.line < 0) return 0;
    const start = this.lineStarts[position.line];
    return Math.min(start + Math.max(0, position.character), this.lineEnd(position.line));
  }

  range(startOffset: number, endOffset: number): Range {
    return { start: this.positionAt(startOffset), end: this.positionAt(endOffset) };
  }

  lineStart(line: number): number {
    return this.lineStarts[Math.max(0, Math.min(line, this.lineStarts.length - 1))];
  }

  /** Offset of the end of the line's text, before its line break. */
  lineEnd(line: number): number {
    if (line + 1 >= this.lineStarts.length) return this.text.length;
    let end = this.lineStarts[line + 1];
    if (this.text.charCodeAt(end - 1) === 10) end--;
    if (this.text.charCodeAt(end - 1) === 13) end--;
    return end;
  }

  lineText(line: number): string {
    return this.text.slice(this.lineStart(line), this.lineEnd(line));
  }
}

/** A text of \n breaks alone, as most are: found by indexOf, native even in code not yet compiled (a cold start's). */
function newlineStartsOf(text: string): number[] {
  const starts = [0];
  for (let at = text.indexOf('\n'); at !== -1; at = text.indexOf('\n', at + 1)) starts.push(at + 1);
  return starts;
}

function lineStartsOf(text: string): number[] {
  const starts = [0];
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 13 /* \r */) {
      if (text.charCodeAt(i + 1) === 10) i++;
      starts.push(i + 1);
    } else if (code === 10 /* \n */) {
      starts.push(i + 1);
    }
  }
  return starts;
}
