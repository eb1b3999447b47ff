import { fencedLines } from '../notes/fencedLines';
import { boldLineText, headingLine } from '../notes/headingLine';
import { plainMarkup } from '../notes/openers';
import { isSiblingHeadingTitle } from '../notes/openerContext';
import type { Area, NotesModel, Range } from '../notes/types';
import type { SummaryModule } from './studentNotes';
import { hasWrittenText, isOwnLine } from './writtenUp';

interface Heading {
  line: number;
  depth: number;
  title: string;
  /** A bold line (`**Kubernetes vs Swarm:**`), below any heading: a part of a module's notes only. */
  bold?: boolean;
}

/** A bold line is read as a heading deeper than any `#` heading. */
const boldDepth = 7;

/**
 * `## Docker and Containers` then `### Container`, `#### Networking`, `#### Swarm`: notes kept by
 * topic, each heading naming no module the reader knows. A heading of an area with a sentence of the
 * student's own under it, in no module's notes, is a module of the student's to place, or to list
 * for a TA to check: notes the tool cannot place are said, never dropped. A file of notes with no
 * area heading (`Dockers and Containers/Beginner.md`) is one area. A heading in a module's notes
 * (`#### Launch a VM` under `### Practice`) is one too, `partOf` that module: a module of its own
 * only where its title surely is the course's, or the module places nowhere, holds such a heading
 * and this one places (progress.ts placeUnderUnplaced); else a part of those notes.
 */
export function topicSections(model: NotesModel, lines: readonly string[]): SummaryModule[] {
  const taken = takenLines(model, lines.length);
  const openers = model.modules.map((module) => module.openerRange.start.line);
  const regions = model.areas.length
    ? model.areas.map((area, areaIndex) => ({ from: area.headingRange.end.line + 1, to: area.range.end.line, areaIndex, depth: headingDepth(lines[area.headingRange.start.line]) }))
    : model.modules.length
      ? [{ from: 0, to: lines.length - 1, areaIndex: undefined, depth: 0 }]
      : [];
  const sections: SummaryModule[] = [];
  const levelAt = levelsInOrder(model);
  let nextOpener = 0;
  for (const { from, to, areaIndex, depth: areaDepth } of regions) {
    let moduleDepth: number | undefined;
    const headings = headingsOf(lines, from, to);
    const nextHeading = nextHeadingLines(headings);
    headings.forEach(({ line, depth, title, bold }, at) => {
      // `## Reflections` after `## Cloud Web Apps`: a heading as deep as the area's is beside it, not in it.
      if (depth <= areaDepth) return void (moduleDepth = undefined);
      const opens = taken[line] === openerMark;
      // `### Process streaming data` under `## Build a … App`, after a stray `#`: a part of the module's notes.
      const underModule = !opens && moduleDepth !== undefined && depth > moduleDepth;
      if (!underModule) moduleDepth = opens ? depth : undefined;
      const withinModule = underModule || taken[line] === notesMark;
      if (opens || (taken[line] && !withinModule) || (bold && !withinModule) || !isSiblingHeadingTitle(title)) return;
      while (nextOpener < openers.length && openers[nextOpener] <= line) nextOpener++;
      // A bold line under a heading is a part of the heading's notes, not their end.
      const next = bold ? headings[at + 1]?.line : nextHeading[at];
      const end = Math.min(next ?? to + 1, openers[nextOpener] ?? Infinity);
      if (hasWrittenText(lines, line + 1, end, isOwnLine)) sections.push({ line, title, areaIndex, level: levelAt(line), written: true, topicSection: true, ...(withinModule && { partOf: openers[nextOpener - 1] }) });
    });
    const lead = areaIndex === undefined ? undefined : areaLead(model.areas[areaIndex], areaIndex, lines, taken, Math.min(headings[0]?.line ?? Infinity, to + 1));
    if (lead) sections.push(lead);
  }
  return sections;
}

/** Letters of notes right under an area's heading that are more than its introduction: a page of them. */
const areaLeadLetters = 400;

/**
 * `# Big Data and Machine Learning` over eighty lines on Hadoop, before any heading, module or
 * level: notes the tool cannot place by a title, listed for a TA to check under the area's name,
 * never dropped. A few sentences there introduce the area.
 */
function areaLead(area: Area, areaIndex: number, lines: readonly string[], taken: Uint8Array, before: number): SummaryModule | undefined {
  const from = area.headingRange.end.line + 1;
  let to = from;
  while (to < before && !taken[to]) to++;
  if (!hasWrittenText(lines, from, to, isOwnLine, areaLeadLetters)) return undefined;
  return { line: area.headingRange.start.line, title: area.heading, areaIndex, written: true, topicSection: true, areaLead: true };
}

const otherMark = 1;
const openerMark = 2;
const notesMark = 3;

/** Each line the reader gave a part: a module's opener (2), its notes (3), a level's marker, a summary, a table of contents, the title (1). */
function takenLines(model: NotesModel, lineCount: number): Uint8Array {
  const taken = new Uint8Array(lineCount + 1);
  const mark = (range: Range, as = otherMark): void => {
    taken.fill(as, range.start.line, Math.min(range.end.line, lineCount) + 1);
  };
  for (const module of model.modules) mark(module.range, notesMark);
  for (const range of [...model.levels.map((level) => level.markerRange), ...model.summaries, ...model.tablesOfContents.map((contents) => contents.range)]) mark(range);
  if (model.title) mark(model.title.range);
  for (const module of model.modules) taken[module.openerRange.start.line] = openerMark;
  return taken;
}

/** An area named by a line that is no heading (`**Area 1: Docker**`) holds headings of any depth. */
function headingDepth(line = ''): number {
  return /^\s{0,3}(#{1,6})\s/.exec(line)?.[1].length ?? 0;
}

/** For each heading, the line of the next one that is no bold line: one walk back. */
function nextHeadingLines(headings: readonly Heading[]): (number | undefined)[] {
  const next: (number | undefined)[] = new Array(headings.length);
  let line: number | undefined;
  for (let at = headings.length - 1; at >= 0; at--) {
    next[at] = line;
    if (!headings[at].bold) line = headings[at].line;
  }
  return next;
}

function headingsOf(lines: readonly string[], from: number, to: number): Heading[] {
  const fenced = fencedLines();
  const headings: Heading[] = [];
  for (let line = from; line <= Math.min(to, lines.length - 1); line++) {
    const text = lines[line];
    if (fenced(text)) continue;
    const heading = headingLine(text);
    if (heading?.spaced) headings.push({ line, depth: heading.depth, title: heading.title });
    const bold = heading ? undefined : boldLineText(text);
    if (bold !== undefined) headings.push({ line, depth: boldDepth, title: plainMarkup(bold).replace(/:$/, '').trim(), bold: true });
  }
  return headings;
}

/** The level of each line, asked in the text's order: one walk of the levels in all. */
function levelsInOrder(model: NotesModel): (line: number) => string | undefined {
  let next = 0;
  return (line) => {
    while (next < model.levels.length && model.levels[next].range.end.line < line) next++;
    const level = model.levels[next];
    return level && level.range.start.line <= line ? level.name : undefined;
  };
}
