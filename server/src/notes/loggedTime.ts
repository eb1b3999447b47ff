import { fencedLines } from './fencedLines';
import type { LineIndex } from './lineIndex';
import { scanEstimate, type EstimateMatch } from './timeEstimate';

/** How many written lines at the end of a module's notes may hold the time the student logged. */
const TAIL_LINES = 3;

/**
 * Some students log their time when they finish a module, below its notes: `*Cost 15 minutes,
 * finished on Oct 13th, 2025.*`, `***spent 20 min***`, `spent 1 hours`. Such a line opens with
 * a labelled time and says little else, so a sentence of the notes that merely mentions a
 * duration ("It takes 8 minutes to launch the cluster") is not read as one.
 */
export function readLoggedTime(line: string): EstimateMatch | undefined {
  const match = scanEstimate(line);
  if (match?.kind !== 'minutes' || !match.labelled) return undefined;
  if (!/^[\s>*_+-]*$/.test(line.slice(0, match.start))) return undefined;
  const rest = line.slice(match.end).replace(/[\s*_.!]+/g, ' ').trim();
  return rest.length <= 12 || /^[,;]/.test(rest) ? match : undefined;
}

/** The time logged among the last written lines of notes that run from `start` to `end`, with the offset of its line. */
export function findLoggedTime(lines: LineIndex, start: number, end: number): { match: EstimateMatch; lineStart: number } | undefined {
  const first = lines.positionAt(start).line;
  let written = 0;
  for (let line = lines.positionAt(end).line; line >= first && written < TAIL_LINES; line--) {
    const text = lines.lineText(line);
    // Blank lines and rules (`____`, `---`) close the notes without saying anything.
    if (/^[\s>]*([-*_=]\s*)*$/.test(text)) continue;
    written++;
    const match = readLoggedTime(text);
    if (match) return { match, lineStart: lines.lineStart(line) };
  }
  return undefined;
}

/** `Time: 30 min` on the first written line under a heading. */
export function timeLineBelow(lines: LineIndex, line: number): boolean {
  const text = firstWrittenBelow(lines, line);
  return text !== undefined && readLoggedTime(text) !== undefined;
}

/** The first written line under a heading is a sentence of notes the student closed with their time (closesLine). */
export function timeClosesNotesBelow(lines: LineIndex, line: number): boolean {
  const text = firstWrittenBelow(lines, line);
  // A sentence of notes, not a module's own line (`* [Video: …](…) (25 min)` under `#### Containers`).
  if (text === undefined || !/^\s*\p{L}/u.test(text)) return false;
  const match = scanEstimate(text);
  return match?.kind === 'minutes' && closesLine(text, match);
}

/** A blank line may come between. */
function firstWrittenBelow(lines: LineIndex, line: number): string | undefined {
  for (let next = line + 1; next < lines.lineCount && next <= line + 2; next++) {
    const text = lines.lineText(next);
    if (text.trim() !== '') return text;
  }
  return undefined;
}

/**
 * A time that closes a line of the student's notes: in parentheses (`Reflected XSS lab, the payload
 * went into the search parameter. (45 min)`), or labelled as the student's after the sentence before
 * it (`… found ssh and http open. Time: about 1h45 for both.`). A sentence that merely mentions a
 * duration is none.
 */
export function closesLine(lineText: string, match: EstimateMatch): boolean {
  const rest = lineText.slice(match.end);
  if (lineText[match.start] === '(' || lineText[match.start] === '（') return /^[\s*_.]*$/.test(rest);
  return ownTimeLabel.test(lineText.slice(match.start)) && /[.!?;]\s*$/.test(lineText.slice(0, match.start)) && rest.replace(/[\s*_.!]+/g, ' ').trim().length <= 12;
}

/** The labels of a time the student logged, not of one the notes mention (`It takes 5 minutes to learn.`). */
const ownTimeLabel = /^[*_]*(?:time|duration|took|spent)\b/i;

/** A section longer than this is notes of the student's own, not one module timed at its end. */
const SECTION_LINES = 500;

/**
 * `### kubernetes` … `spent 60 mins` after `### [docker swarm vs kubernetes](…)`: a section the
 * student timed at its end, as they time their modules, to the next heading as deep or less, or
 * to the next area's heading however deep (`headsArea`): `## kubernetes thoughts` among `### Area`
 * headings is not timed by what is written in the next area, whose edits are read alone.
 */
export function timeLoggedInSection(lines: LineIndex, line: number, depth: number, headsArea: (depth: number, text: string) => boolean): boolean {
  let fenceIndented = false;
  const fenced = fencedLines((opener) => (fenceIndented = opener.startsWith(' ')));
  let end = line;
  for (let next = line + 1; next < lines.lineCount && next <= line + SECTION_LINES; next++) {
    const text = lines.lineText(next);
    const inFence = fenced(text);
    const heading = /^\s{0,3}(#{1,6})(\s|$)/.exec(text);
    if (heading && !inFence && (heading[1].length <= depth || headsArea(heading[1].length, text))) break;
    // A fence opened indented may be a list item's, which an area heading at the margin ends, fence and all.
    if (heading && inFence && fenceIndented && /^#/.test(text) && headsArea(heading[1].length, text)) break;
    end = next;
  }
  return end > line && findLoggedTime(lines, lines.lineStart(line + 1), lines.lineEnd(end)) !== undefined;
}
