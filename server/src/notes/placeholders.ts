import type { Nodes, Root } from 'mdast';
import { linesOf } from './remarkLines';
import { plainMarkerText } from './markers';
import { plainMarkup } from './openers';
import type { SourceMap } from './source';
import type { Placeholder } from './types';
import { trimEndMatching } from './trimRuns';

/**
 * Template text the course's notes template ships with, or that students leave as a reminder: the
 * template's sentence whole (`Include notes here about each of the links.`) and nothing more. Any
 * word after it is the student's (`Write notes here - docker ps -a lists …`, `…, I ran alpine`).
 */
const templateSentences = String.raw`include (?:your )?notes here(?: about each of the links)?|(?:add|put|write) (?:your )?notes here|fill me in|notes go here`;
export const templateText = new RegExp(String.raw`^(?:${templateSentences}|todo|tbd|coming soon)$`, 'i');

/**
 * Every template text holds one of these words: a line without them is no placeholder, and its
 * plain text need not be made (the text source asks this of every line, the reader of every
 * paragraph line's text without markup).
 */
export function mayBeTemplateText(raw: string): boolean {
  return templateWords.test(raw);
}

const templateWords = /notes|fill|todo|tbd|coming/i;

export function isTemplateText(plain: string): boolean {
  return templateText.test(trimEndMatching(plain, /[.!:]/).trim());
}

/** The template's own sentences, safe to delete unattended; a student's `TODO` or lone `-` is theirs to keep. */
const templateSentence = new RegExp(String.raw`^(?:${templateSentences})$`, 'i');

export function isTemplateSentence(plain: string): boolean {
  return templateSentence.test(trimEndMatching(plain, /[.!:]/).trim());
}

/**
 * Template text never replaced, line by line (it often shares a paragraph with a level marker),
 * and empty bullets: the notes are still to be written.
 */
export function findPlaceholders(tree: Root, source: SourceMap): Placeholder[] {
  const result: Placeholder[] = [];
  const stack: Nodes[] = [tree];
  while (stack.length > 0) {
    const node = stack.pop() as Nodes;
    if (node.type === 'paragraph') {
      if (!mayBeTemplateText(source.slice(node))) continue;
      for (const line of linesOf(node, source)) {
        const text = plainMarkerText(plainMarkup(line.raw));
        if (!isTemplateText(text)) continue;
        const start = line.start + (line.raw.length - line.raw.replace(/^[\s>]*/, '').length);
        result.push({ text, range: source.lines.range(start, line.end) });
      }
      continue;
    }
    if (node.type === 'listItem' && node.children.length === 0) {
      const span = source.span(node);
      if (span) result.push({ text: source.slice(node).trim(), range: source.lines.range(span.start, span.end) });
      continue;
    }
    if ('children' in node) for (let i = node.children.length - 1; i >= 0; i--) stack.push(node.children[i]);
  }
  return result.sort((a, b) => a.range.start.line - b.range.start.line);
}
