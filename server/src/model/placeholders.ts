import type { Nodes, Root } from 'mdast';
import { plainText } from './lines';
import type { SourceMap } from './source';
import type { Placeholder } from './types';

/** Template text the course's notes template ships with, or that students leave as a reminder. */
export const templateText = /^(include (your )?notes here.*|(add|put|write) (your )?notes here.*|fill me in|todo|tbd|notes go here|coming soon)$/i;

/** Template text never replaced, and empty bullets: the notes are still to be written. */
export function findPlaceholders(tree: Root, source: SourceMap): Placeholder[] {
  const result: Placeholder[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'paragraph') {
      const text = plainText(node.children).replace(/\s+/g, ' ').trim();
      if (templateText.test(text.replace(/[.!:]+$/, ''))) push(result, node, source, text);
      continue;
    }
    if (node.type === 'listItem' && node.children.length === 0) {
      push(result, node, source, source.slice(node).trim());
      continue;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return result;
}

function push(result: Placeholder[], node: Nodes, source: SourceMap, text: string): void {
  const span = source.span(node);
  if (!span) return;
  result.push({ text, range: source.lines.range(span.start, span.end) });
}
