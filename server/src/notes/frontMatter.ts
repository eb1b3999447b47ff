export interface FrontMatter {
  fields: Map<string, string>;
  /** The first line after it (0 without one). */
  bodyStart: number;
}

/** A line of YAML front matter: `key: value`, a nested or listed value, or blank. */
const yamlLine = /^(\s*$|[A-Za-z_][\w-]*:|\s+\S|-\s)/;

/**
 * `---` then `key: value` lines then `---`, as Jekyll and Hugo pages begin. Notes that open with a
 * rule (`---` then `# My notes`) have none: their lines are not YAML's.
 */
export function frontMatter(lines: readonly string[]): FrontMatter {
  const fields = new Map<string, string>();
  if (lines[0]?.trim() !== '---') return { fields, bodyStart: 0 };
  // Read up to the closing rule or the first line YAML would not have: a long file opening with a rule is not read to its end.
  let end = 1;
  while (end < lines.length && lines[end].trim() !== '---' && yamlLine.test(lines[end])) end++;
  if (end === lines.length || lines[end].trim() !== '---') return { fields, bodyStart: 0 };
  for (const line of lines.slice(1, end)) {
    const field = /^([A-Za-z][\w-]*):\s*(.*)$/.exec(line.trim());
    if (field && field[2]) fields.set(field[1], field[2].replace(/^(["'])(.*)\1$/, '$2').trim());
  }
  return { fields, bodyStart: end + 1 };
}
