import type { Node } from 'unist';
import { LineIndex } from './lineIndex';

/**
 * remark drops one leading byte order mark before it counts offsets (a second one is text); this
 * puts its offsets back on the document's own text so every range is exact.
 */
export class SourceMap {
  readonly lines: LineIndex;
  readonly shift: number;

  constructor(readonly text: string) {
    this.shift = text.charCodeAt(0) === 0xfeff ? 1 : 0;
    this.lines = new NotesLines(text, this.shift);
  }

  span(node: Node): { start: number; end: number } | undefined {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return undefined;
    return { start: start + this.shift, end: end + this.shift };
  }

  slice(node: Node): string {
    const span = this.span(node);
    return span ? this.text.slice(span.start, span.end) : '';
  }
}

/**
 * The lines as the readers take them: a leading byte order mark is no text of the first line, as
 * for remark, so the reading by lines sees `# Title` there too. Positions still count it.
 */
class NotesLines extends LineIndex {
  constructor(
    text: string,
    private readonly markLength: number,
  ) {
    super(text);
  }

  override lineStart(line: number): number {
    const start = super.lineStart(line);
    return start === 0 ? this.markLength : start;
  }
}
