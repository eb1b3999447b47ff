import type { Code, InlineCode, Nodes, Root } from 'mdast';
import type { LineIndex } from './lineIndex';
import type { CodeLine, CodeSpan } from './types';
import type { SourceMap } from './source';

/** Inline code and code blocks, mapped line by line to the document so that the docker features can point at words. */
export function codeSpanOf(node: Code | InlineCode, source: SourceMap): CodeSpan | undefined {
  const span = source.span(node);
  if (!span) return undefined;
  const range = source.lines.range(span.start, span.end);
  if (node.type === 'inlineCode') return { kind: 'inline', range, lines: inlineLines(source.lines, span.start, span.end) };
  const lang = node.lang ? node.lang.toLowerCase() : undefined;
  return { kind: 'block', lang, range, lines: blockLines(source.lines, node, span.start, range.start.line, range.end.line) };
}

/** The lines of an inline code span from its opening backticks at `start` to the end of its closing ones. */
export function inlineLines(lines: LineIndex, start: number, end: number): CodeLine[] {
  const raw = lines.text.slice(start, end);
  const ticks = /^`+/.exec(raw)?.[0].length ?? 0;
  const from = start + ticks;
  const to = Math.max(from, end - ticks);
  const result: CodeLine[] = [];
  const first = lines.positionAt(from).line;
  const last = lines.positionAt(to).line;
  for (let line = first; line <= last; line++) {
    const lineFrom = Math.max(from, lines.lineStart(line));
    const lineTo = Math.min(to, lines.lineEnd(line));
    result.push({ line, character: lineFrom - lines.lineStart(line), text: lines.text.slice(lineFrom, lineTo) });
  }
  return result;
}

/**
 * A block's content lines. Inside lists and blockquotes the document line carries a container
 * prefix that mdast's value has dropped; the value line is a suffix of the document line, which
 * tells where the code starts.
 */
function blockLines(lines: LineIndex, node: Code, start: number, startLine: number, endLine: number): CodeLine[] {
  const valueLines = node.value.split(/\r\n|\r|\n/);
  // A fenced block starts at its fence, wherever on its line (`- ```aws` opens one in a list item).
  const fenced = /^(```|~~~)/.test(lines.text.slice(start, start + 3));
  const firstLine = fenced ? startLine + 1 : startLine;
  const result: CodeLine[] = [];
  for (let i = 0; i < valueLines.length && firstLine + i <= endLine; i++) {
    const line = firstLine + i;
    const documentText = lines.lineText(line);
    const valueText = valueLines[i];
    const character = documentText.endsWith(valueText) ? documentText.length - valueText.length : 0;
    result.push({ line, character, text: documentText.slice(character) });
  }
  if (node.value === '') return [];
  return result;
}

/** Every code span and block of a tree, in document order; iterative because notes can nest deeply. */
export function collectCode(tree: Root, source: SourceMap): CodeSpan[] {
  const result: CodeSpan[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'code' || node.type === 'inlineCode') {
      const span = codeSpanOf(node, source);
      if (span) result.push(span);
    } else if ('children' in node) {
      for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
    }
  }
  return result;
}
