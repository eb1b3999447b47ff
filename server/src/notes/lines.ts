import type { Link, Paragraph, PhrasingContent } from 'mdast';
import type { SourceMap } from './source';

/**
 * One source line of a paragraph or heading with the inline nodes that start on it. Students put
 * a level marker and a module, or several modules, in one paragraph without blank lines between,
 * so openers are read line by line rather than block by block.
 */
export interface SourceLine {
  /** Offsets of the line's text inside the block. */
  start: number;
  end: number;
  raw: string;
  nodes: PhrasingContent[];
}

export function linesOf(block: { children: PhrasingContent[] }, source: SourceMap): SourceLine[] {
  const span = source.span(block as Paragraph);
  if (!span) return [];
  const { lines } = source;
  const firstLine = lines.positionAt(span.start).line;
  const lastLine = lines.positionAt(span.end).line;
  const result: SourceLine[] = [];
  for (let line = firstLine; line <= lastLine; line++) {
    const start = Math.max(span.start, lines.lineStart(line));
    const end = Math.min(span.end, lines.lineEnd(line));
    result.push({ start, end, raw: lines.text.slice(start, end), nodes: [] });
  }
  let index = 0;
  for (const node of block.children) {
    const nodeStart = source.span(node)?.start;
    if (nodeStart === undefined) continue;
    while (index + 1 < result.length && result[index + 1].start <= nodeStart) index++;
    result[index]?.nodes.push(node);
  }
  return result;
}

/** Plain text of inline content, as a reader sees it. */
export function plainText(nodes: readonly PhrasingContent[]): string {
  let text = '';
  for (const node of nodes) {
    if (node.type === 'text' || node.type === 'inlineCode') text += node.value;
    else if (node.type === 'break') text += ' ';
    else if ('children' in node) text += plainText(node.children as PhrasingContent[]);
  }
  return text;
}

/** The first link of a line when nothing but markup and a few words stand before it. */
export function leadingLink(nodes: readonly PhrasingContent[]): Link | undefined {
  for (const node of nodes) {
    if (node.type === 'link') return node;
    if (node.type === 'strong' || node.type === 'emphasis') {
      const inner = leadingLink(node.children);
      if (inner) return inner;
      if (plainText(node.children).trim() !== '') return undefined;
    } else if (node.type === 'text') {
      if (node.value.trim().length > 25) return undefined;
    } else if (node.type !== 'break') {
      return undefined;
    }
  }
  return undefined;
}

/** Links into the page itself make a table of contents, never a module. */
export function isInPageLink(url: string): boolean {
  return url.startsWith('#') || url === '' || /^https?:\/\/github\.com\/[^/]+\/[^/#]+\/?(blob\/[^#]*)?#/.test(url);
}
