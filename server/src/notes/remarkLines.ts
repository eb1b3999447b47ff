import type { Link, Paragraph, PhrasingContent } from 'mdast';
import { maxWordsBeforeLeadingLink, maxWrappedLineLength, maxWrappedLinkLines, type LineLink, type SourceLine } from './lines';
import type { SourceMap } from './source';

/** A line as remark read it: the reader's facts, and the inline nodes that start on it for the remark source's own use. */
export interface RemarkLine extends SourceLine {
  nodes: PhrasingContent[];
}

export function linesOf(block: { children: PhrasingContent[] }, source: SourceMap): RemarkLine[] {
  const span = source.span(block as Paragraph);
  if (!span) return [];
  const { lines } = source;
  const firstLine = lines.positionAt(span.start).line;
  const lastLine = lines.positionAt(span.end).line;
  const result: RemarkLine[] = [];
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
  for (const line of result) withLinks(line, source);
  return joinWrappedLinks(result, source);
}

/**
 * `[AWS Tutorial: Deploy a Scalable Node.js Web` over `App](https://…) (45 min)`: notes wrapped at a
 * fixed width break a link's text where the paragraph goes on. The lines its leading link spans are
 * one line to the reader, so the title, its address and the time after it are one opener.
 */
function joinWrappedLinks(lines: RemarkLine[], source: SourceMap): RemarkLine[] {
  const joined: RemarkLine[] = [];
  for (let at = 0; at < lines.length; at++) {
    const line = lines[at];
    joined.push(line);
    const link = line.leadingLink;
    if (!link || link.end <= line.end) continue;
    const last = lines.findIndex((below, index) => index > at && below.end >= link.end);
    const wrapped = lines.slice(at, last + 1);
    if (last < 0 || last - at > maxWrappedLinkLines || wrapped.some((part) => part.raw.length > maxWrappedLineLength)) continue;
    line.end = lines[last].end;
    line.raw = source.text.slice(line.start, line.end);
    line.nodes.push(...wrapped.slice(1).flatMap((part) => part.nodes));
    at = last;
  }
  return joined;
}

function withLinks(line: RemarkLine, source: SourceMap): void {
  const leading = leadingLink(line.nodes);
  const first = firstLink(line.nodes);
  if (leading) line.leadingLink = lineLink(leading, source);
  if (first) line.firstLink = first === leading ? line.leadingLink : lineLink(first, source);
}

function lineLink(link: Link, source: SourceMap): LineLink | undefined {
  const span = source.span(link);
  return span && { url: link.url, text: plainText(link.children), ...span };
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
function leadingLink(nodes: readonly PhrasingContent[]): Link | undefined {
  for (const node of nodes) {
    if (node.type === 'link') return node;
    if (node.type === 'strong' || node.type === 'emphasis') {
      const inner = leadingLink(node.children);
      if (inner) return inner;
      if (plainText(node.children).trim() !== '') return undefined;
    } else if (node.type === 'text') {
      if (node.value.trim().length > maxWordsBeforeLeadingLink) return undefined;
    } else if (node.type !== 'break') {
      return undefined;
    }
  }
  return undefined;
}

function firstLink(nodes: readonly PhrasingContent[]): Link | undefined {
  for (const node of nodes) {
    if (node.type === 'link') return node;
    const inner = 'children' in node ? firstLink(node.children as PhrasingContent[]) : undefined;
    if (inner) return inner;
  }
  return undefined;
}
