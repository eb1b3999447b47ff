import type { CourseName } from '../notes/types';
import type { LevelSpec } from './course';

/**
 * What a course page says of the names its students write (docs/course-format.md): an area, a
 * level or a module followed by `(also called A, B or C)`, and the front matter's `levels: Core
 * (also called Basics), Builder + Capstone`, where a level joined with `+` counts a part of its
 * own that notes may head as a level.
 */

/** `(also called …)` in the languages rounds are read in: `(también llamado SQL)`, `(auch genannt …)`. */
const alsoCalled = /\s*\((?:also called|also known as|aka|también llamad[oa]s?|también conocid[oa] como|também chamad[oa]s?|aussi appelée?s?|également appelée?s?|auch genannt|detto anche|detta anche|также называем(?:ый|ая|ое))\s+([^)]*)\)/iu;

/** `Name (also called A, B or C)`: the name, and the others when the text gives them. */
export function namedAlso(text: string): CourseName {
  const also = alsoCalled.exec(text);
  if (!also) return { name: text.trim() };
  const otherNames = also[1].split(/\s*,\s*|\s+(?:or|o|ou|oder|или)\s+/u).map((name) => name.trim()).filter(Boolean);
  return { name: (text.slice(0, also.index) + text.slice(also.index + also[0].length)).trim(), otherNames };
}

/** The text without its `(also called …)`. */
export function withoutAlso(text: string): string {
  return text.replace(alsoCalled, '');
}

/** The front matter's `levels:` value: comma-separated levels, each possibly `Level + Part`, each name possibly `(also called …)`. */
export function declaredLevels(value: string | undefined): LevelSpec[] {
  return topLevelParts(value ?? '', ',').map((entry) => {
    const [level, ...parts] = topLevelParts(entry, '+').map((name) => withOtherNames(namedAlso(unquoted(name))));
    return parts.length ? { ...level, includes: [{ name: level.name }, ...parts] } : level;
  });
}

/** The level or part a line names, by its name or another name it is called. */
export function nameMatching(names: readonly CourseName[], written: string): string | undefined {
  const key = written.trim().toLowerCase();
  return names.find((named) => [named.name, ...(named.otherNames ?? [])].some((name) => name.toLowerCase() === key))?.name;
}

/** Other names given more than once (on several pages) are kept once, in the order first given. */
export function mergedNames(names: readonly CourseName[]): CourseName[] {
  const merged = new Map<string, string[]>();
  for (const { name, otherNames } of names) merged.set(name, [...new Set([...(merged.get(name) ?? []), ...(otherNames ?? [])])]);
  return [...merged].map(([name, otherNames]) => withOtherNames({ name, otherNames }));
}

function withOtherNames({ name, otherNames }: CourseName): CourseName {
  return otherNames?.length ? { name, otherNames } : { name };
}

function unquoted(text: string): string {
  return text.trim().replace(/^\[|\]$/g, '').replace(/^(["'])(.*)\1$/, '$2').trim();
}

/** `text` split at `separator` outside parentheses. */
function topLevelParts(text: string, separator: string): string[] {
  const parts = [''];
  let depth = 0;
  for (const char of text) {
    depth += char === '(' ? 1 : char === ')' ? -1 : 0;
    if (char === separator && depth === 0) parts.push('');
    else parts[parts.length - 1] += char;
  }
  return parts.map((part) => part.trim()).filter(Boolean);
}
