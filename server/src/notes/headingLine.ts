const boldLine = /^(\*\*|__)(?=\S)(.+)(?<=\S)\1$/;

/** The text of a line that is all bold and one bold run (`**Kubernetes vs Swarm:**`), as written. */
export function boldLineText(line: string): string | undefined {
  if (!line.startsWith('**') && !line.startsWith('__')) return undefined;
  const text = boldLine.exec(line.trimEnd())?.[2];
  return text === undefined || /\*\*|__/.test(text) ? undefined : text;
}

/** An ATX heading's depth and words; `spaced`: written with its space (`##Title` is a paragraph to CommonMark). */
export interface HeadingLine {
  depth: number;
  title: string;
  spaced: boolean;
}

/** The heading a line is, emphasis, code and link brackets left out; linear in the line. */
export function headingLine(line: string): HeadingLine | undefined {
  const opening = /^\s{0,3}(#{1,6})/.exec(line);
  if (!opening) return undefined;
  // The closing #s are cut by hand: a lazy group before `[\s#]*$` retries to the end of the line from each of its characters.
  const heading = line.slice(opening[0].length).replace(/[*_`[\]]/g, '').trim();
  let end = heading.length;
  while (end > 0 && (heading[end - 1] === '#' || /\s/.test(heading[end - 1]))) end--;
  return end > 0 ? { depth: opening[1].length, title: heading.slice(0, end).trim(), spaced: /\s/.test(line[opening[0].length] ?? '') } : undefined;
}

/**
 * Where a heading's words stand on its line, as written: after `### `, before a closing run of `#`
 * set off by a space (`### Container ##`) and the spaces around it. Linear in the line, as above.
 */
export function headingTitleSpan(line: string): { start: number; end: number } | undefined {
  const opening = /^\s{0,3}#{1,6}\s+/.exec(line);
  if (!opening) return undefined;
  const isSpace = (at: number): boolean => /\s/.test(line[at] ?? '');
  let end = line.length;
  while (end > 0 && isSpace(end - 1)) end--;
  let hashes = end;
  while (hashes > 0 && line[hashes - 1] === '#') hashes--;
  if (hashes < end && isSpace(hashes - 1)) for (end = hashes; end > 0 && isSpace(end - 1); ) end--;
  return end > opening[0].length ? { start: opening[0].length, end } : undefined;
}
