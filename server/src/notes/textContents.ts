import type { LineIndex } from './lineIndex';
import type { LineLink } from './lines';
import type { TableOfContents } from './types';

/**
 * The contents lists the reading by lines finds (a list of links to the page's headings), as remark's
 * reading gives them: each list's range, from its first marker to the end of its last text, and
 * the links of its items. Placement leaves their lines out of the student's topic sections.
 */
export class ContentsLists<L> {
  private readonly found: { list: L; start: number; end: number; entries: TableOfContents['entries'] }[] = [];

  constructor(private readonly lines: LineIndex) {}

  /** A line of the contents list `list`, from `start` to `end`; an item's line brings its link. */
  line(list: L, start: number, end: number, link?: LineLink): void {
    let open = this.found.at(-1);
    if (open?.list !== list) {
      open = { list, start, end, entries: [] };
      this.found.push(open);
    }
    open.end = end;
    if (link) open.entries.push({ text: link.text, target: link.url, range: this.lines.range(link.start, link.end) });
  }

  tables(): TableOfContents[] {
    return this.found.map(({ start, end, entries }) => ({ range: this.lines.range(start, end), entries }));
  }
}
