// What students claim of their own progress: a check list of levels per area (`- [x] Basics
// Level` under `##### Message Queues`), or a level marked done (`Basics ✓`). Read from the
// lines, since a claim is no part of the notes' structure: it says what the notes should show.

import type { CourseName } from '../notes/types';

/** A level a line ticks, or leaves unticked, with the area it stands under. */
export interface LevelClaim {
  /** 0-based line and the characters of its mark (`[x]`, `[ ]`, `✓`). */
  line: number;
  start: number;
  end: number;
  /** The course's level it names ("**Advanced Level**" names "Advanced"). */
  level: string;
  /** The nearest heading or list item above that names something else than a level: the area, in the student's words. */
  under?: string;
  ticked: boolean;
}

/** A claim is a short line: longer ones are notes, never searched with the patterns below. */
const longestClaim = 200;
const taskItem = /^(\s*(?:>\s*)*[-*+]\s+)\[([ xX])\]\s+(.+)$/;
const doneMark = /^(.*?\S)\s*(✓|✔|☑)\s*$/;
const heading = /^\s{0,3}(?:>\s*)*#{1,6}\s+(.+?)\s*#*\s*$/;
const listItem = /^\s*(?:>\s*)*[-*+]\s+(?!\[[ xX]\])(.+)$/;

/**
 * The claims of a text's lines, for the levels a course names: each by its name or another the
 * course gives it (`- [x] Novice` of a course's `Recruit (also called Novice)`), which is no area.
 */
export function readLevelClaims(lines: readonly string[], levels: readonly CourseName[]): LevelClaim[] {
  const claims: LevelClaim[] = [];
  // Most notes claim nothing: one look at each line for a mark, before any heading is read for its area.
  if (!lines.some((text) => text.length <= longestClaim && /\[[ xX]\]|[✓✔☑]/.test(text))) return claims;
  const names = new Map(levels.flatMap(({ name, otherNames = [] }) => [name, ...otherNames].map((written) => [written.toLowerCase(), name] as const)));
  const levelText = (text: string): string | undefined => names.get(plain(text).replace(/\blevel\b/i, '').replace(/\s+/g, ' ').trim().toLowerCase());
  let under: string | undefined;
  lines.forEach((text, line) => {
    // Only short lines with a mark or a heading or item can claim a level: most lines are passed over at once.
    if (text.length > longestClaim || !/[[✓✔☑#*+-]/.test(text)) return;
    const task = taskItem.exec(text);
    if (task) {
      const level = levelText(task[3]);
      if (level) claims.push({ line, start: task[1].length, end: task[1].length + 3, level, under, ticked: task[2] !== ' ' });
      else under = plain(task[3]);
      return;
    }
    const done = doneMark.exec(text);
    const level = done && levelText(done[1]);
    if (done && level) {
      claims.push({ line, start: done[1].length, end: text.length, level, under, ticked: true });
      return;
    }
    const named = heading.exec(text) ?? listItem.exec(text);
    if (named && !levelText(named[1])) under = plain(named[1]);
  });
  return claims;
}

function plain(text: string): string {
  return text.replace(/[*_`#>]|\[([^\]]*)\]\([^)]*\)/g, '$1').replace(/:$/, '').trim();
}
