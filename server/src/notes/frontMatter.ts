export interface FrontMatter {
  fields: Map<string, string>;
  /** The first line after it (0 without one). */
  bodyStart: number;
}

/** `---` then `key: value` lines then `---`, as Jekyll and Hugo pages begin. */
export function frontMatter(lines: readonly string[]): FrontMatter {
  const fields = new Map<string, string>();
  if (lines[0]?.trim() !== '---') return { fields, bodyStart: 0 };
  const end = lines.indexOf('---', 1);
  for (const line of lines.slice(1, end < 0 ? undefined : end)) {
    const field = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line.trim());
    if (field && field[2]) fields.set(field[1], field[2].replace(/^(["'])(.*)\1$/, '$2').trim());
  }
  return { fields, bodyStart: end < 0 ? lines.length : end + 1 };
}
