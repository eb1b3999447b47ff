// What a row of the Areas & Modules tree says: label, description, tooltip and what a screen reader
// reads. Every figure is the server's; nothing here decides what is done or met. Free of vscode, so
// that it can be checked outside VS Code.
import { URI, Utils } from 'vscode-uri';
import { counted, notCountedCounts, spokenTimes } from './progressShown';
import { placedOnText, type OutlineAreaProgress, type OutlineModule } from './protocol';
import { areaModules, outlineModules, type AreaNode, type NotesNode, type PlacedNode, type ProgressNode } from './treeNodes';

export interface RowText {
  label: string;
  description?: string;
  /** Paragraphs, shown as text (never as Markdown: titles are the student's). */
  tooltip: string[];
  /** Read by screen readers instead of the label and description, whose symbols (✓, ·, →) read badly. */
  accessibleLabel: string;
  icon: RowIcon;
}

/** A product icon by its id ("pass-filled"), in a theme colour when it says something. */
export interface RowIcon {
  id: string;
  color?: string;
}

/** How a file's path reads in the view: workspace-relative, as VS Code shows it. */
export type PathOf = (uri: string) => string;

export function rowText(node: NotesNode, pathOf: PathOf): RowText {
  const label = rowLabel(node, pathOf);
  const description = rowDescription(node);
  return { label, description, tooltip: [label, ...tooltipLines(node, pathOf)], accessibleLabel: accessibleLabel(node, label, description), icon: rowIcon(node) };
}

function rowLabel(node: NotesNode, pathOf: PathOf): string {
  switch (node.kind) {
    case 'file':
      // The path, not the title: students' notes all start "# Distributed Systems Practice".
      return pathOf(node.uri);
    case 'area':
      return node.area.name;
    case 'level':
      return node.level.name;
    case 'module':
      // The time first, or where it stands in short: a narrow side bar cuts the end of a row, and the time is what the row is for.
      return `${node.module.time ?? (node.module.timedElsewhere ? 'timed elsewhere' : 'no estimate')} · ${node.module.title}`;
    case 'progress':
      // The next level only, and its time beside it: the default side bar cut "Beginner ✓ · Intermediate 0/…".
      return node.progress.nextLevelCount;
    case 'moduleLeft':
      return node.left.title;
    case 'check':
      return `Check: ${node.progress.unsure}`;
    case 'placed':
      return node.placed.title;
    case 'notCounted':
      return 'Not counted';
    case 'unread':
      return pathOf(node.uri);
  }
}

function rowDescription(node: NotesNode): string | undefined {
  switch (node.kind) {
    case 'file':
      return total(node.outline, outlineModules(node.outline));
    case 'area':
      return total(node.area, areaModules(node.area));
    case 'level':
      return total(node.level, node.level.modules);
    case 'progress':
      return node.progress.nextTimeLeft;
    case 'moduleLeft':
      return node.left.inNotes ? 'no notes yet' : node.left.logged ? 'in your time log, no notes' : node.left.time;
    case 'placed':
      return node.how === 'likely' ? `→ ${courseTitles(node)} (likely)` : node.how === 'logged' ? 'in your time log, no notes' : 'not counted';
    case 'notCounted':
      return notCountedCounts(node.progress);
    case 'unread':
      return 'not counted';
    default:
      return undefined;
  }
}

const timedInAnotherArea = 'timed in another area';

/** A module's own time, or where its time is: `none` where it has no time. */
function moduleTime(module: OutlineModule, none: string): string {
  return module.time ?? (module.timedElsewhere ? timedInAnotherArea : none);
}

/** "0 min" would read as "done in no time" where no module has a time of its own yet. */
function total({ totalMinutes, time, modulesWithoutEstimate }: { totalMinutes: number; time: string; modulesWithoutEstimate: number }, modules: readonly OutlineModule[]): string {
  if (totalMinutes > 0 || modules.length === 0 || modules.some((module) => module.hasEstimate)) return time;
  return modulesWithoutEstimate > 0 ? 'no estimates' : timedInAnotherArea;
}

function courseTitles(node: PlacedNode): string {
  return node.placed.catalog.join(' + ');
}

function tooltipLines(node: NotesNode, pathOf: PathOf): string[] {
  switch (node.kind) {
    case 'file':
      return [...(node.outline.title ? [node.outline.title] : []), node.outline.summary];
    case 'area':
      return [node.area.summary];
    case 'level':
      return [node.level.summary];
    case 'module':
      return [...(node.module.url ? [node.module.url] : []), moduleTime(node.module, 'No time estimate')];
    case 'progress':
      return progressLines(node.progress, node.children.length);
    case 'moduleLeft':
      return [
        `Required for ${node.level}${node.left.time ? ` (${node.left.time} at the course's estimate)` : ''}`,
        node.left.inNotes ? 'In your notes, with no notes under it yet' : 'Not in your notes yet: Insert Module adds it',
        ...(node.left.logged ? [`Your time log names "${node.left.logged.title}" (line ${node.left.logged.range.start.line + 1}), but no notes of yours are counted as it: if you wrote them, put them under its title`] : []),
        ...(node.left.module.url ? [node.left.module.url] : []),
      ];
    case 'check':
      return [
        `The tool is not sure of these modules of ${node.progress.area}.`,
        'A module placed by likeness counts for the course module it names: check that it is that one. A module not placed counts for nothing, nor does one your time log names with no notes counted as it.',
        'The quick fix on its title ("This is …") links it to the course, and the tool is sure of it.',
      ];
    case 'placed':
      return [...placedLines(node), `${pathOf(node.placed.uri)}, line ${node.placed.range.start.line + 1}`];
    case 'notCounted':
      return ['Modules under no area of the course that match none of its modules, and files of yours read as no module of it: progress does not count them.'];
    case 'unread':
      return ['A Markdown file of yours that holds nothing the tool can place on the course: progress does not count it, a TA reads it by hand.'];
  }
}

function progressLines(progress: OutlineAreaProgress, modulesLeft: number): string[] {
  const reached = progress.reached ? `${progress.reached} reached in ${progress.area}` : `No level of ${progress.area} reached yet`;
  const next = progress.levels.find((level) => level.level === progress.nextLevel);
  if (!next) return [progress.levelCounts, reached];
  return [progress.levelCounts, reached, `Left for ${next.level}: ${counted(modulesLeft, 'module') || '0 modules'}${next.timeLeft ? `, ${next.timeLeft} at the course's estimates` : ''}`];
}

function placedLines(node: PlacedNode): string[] {
  switch (node.how) {
    case 'likely':
      if (node.placed.notesBelow) return [`Counted as "${placedOnText({ ...node.placed, notesBelow: undefined })}" by the notes under "${node.placed.notesBelow}", right below it: it has none of its own, and those begin by speaking of it.`, `Check that they are its notes too; if not, write what you learned under it.`];
      return [`Counted as "${placedOnText(node.placed)}" by its title and its place in the course's order: check that it is.`, `If it is, the quick fix on its title links it to the course and makes it sure.`];
    case 'unplaced':
      return [`Matches no module of ${node.area}, so it does not count.`, `If it is one of the course's, the quick fix on its title links it to the course.`];
    case 'logged':
      return [`Your time log names "${courseTitles(node)}", but no notes of yours are counted as it, so it does not count.`, 'If you wrote its notes, put them under its title; if not, they are still to write.'];
    case 'noArea':
      return ['Under no area of the course, and matches no module of it, so it does not count.'];
  }
}

/**
 * Words instead of symbols and abbreviations: "Beginner met, Intermediate 7 of 12 done, 2 hours 5 minutes left"
 * rather than "Beginner ✓ · Intermediate 7/12 · 2 h 5 min left", which a screen reader spells out.
 */
function accessibleLabel(node: NotesNode, label: string, description: string | undefined): string {
  switch (node.kind) {
    case 'file':
      return `Notes file ${label}, ${spokenTimes(node.outline.summary)}`;
    case 'area':
      return [/^area\b/i.test(label) ? label : `Area ${label}`, ...areaProgressSpoken(node), spokenTimes(node.area.summary)].join(', ');
    case 'level':
      return `Level ${label}, ${spokenTimes(node.level.summary)}`;
    case 'module':
      return `Module ${node.module.title}, ${spokenTimes(moduleTime(node.module, 'no time estimate'))}`;
    case 'progress':
      return `Progress in ${node.progress.area}: ${levelsSpoken(node.progress)}${node.progress.timeLeft ? `, ${spokenTimes(node.progress.timeLeft)}` : ''}`;
    case 'moduleLeft':
      return `Left for ${node.level}: ${label}, ${node.left.inNotes ? 'in your notes with no notes under it yet' : node.left.logged ? 'in your time log, with no notes counted as it' : spokenTimes(node.left.time ?? 'no estimate')}`;
    case 'check':
      return `Check ${node.progress.area}: ${node.progress.unsure}`;
    case 'placed':
      if (node.how === 'logged') return `${label}, in your time log with no notes counted as it: not counted`;
      return node.how === 'likely' ? `${label}, counted as ${courseTitles(node)} by likeness: check it` : `${label}, not counted`;
    case 'notCounted':
      return `Not counted: ${description}`;
    case 'unread':
      return `${label}, not counted: read as no module of the course`;
  }
}

/** The area's level reached and the next level's count, from its progress row: "Beginner reached, 3 of 9 Intermediate modules done". */
function areaProgressSpoken(node: AreaNode): string[] {
  const progress = node.children.find((child): child is ProgressNode => child.kind === 'progress')?.progress;
  if (!progress) return [];
  const next = progress.levels.find((level) => level.level === progress.nextLevel);
  return [progress.reached ? `${progress.reached} reached` : 'no level reached yet', ...(next ? [`${next.done} of ${next.required} ${next.level} modules done`] : [])];
}

function levelsSpoken(progress: OutlineAreaProgress): string {
  return progress.levels.map((level) => `${level.level} ${level.met ? 'met' : `${level.done} of ${level.required} done`}`).join(', ');
}

const warning = 'list.warningForeground';

function rowIcon(node: NotesNode): RowIcon {
  switch (node.kind) {
    case 'file':
      return { id: 'notebook' };
    case 'area':
      return { id: 'library' };
    case 'level':
      return { id: 'layers' };
    case 'module':
      return node.module.hasEstimate || node.module.timedElsewhere ? { id: 'book' } : { id: 'warning', color: warning };
    case 'progress':
      // Every level met, as the server decides it ("one of these" meets a level with fewer done than listed).
      return node.progress.levels.every((level) => level.met) ? { id: 'pass-filled', color: 'testing.iconPassed' } : { id: 'checklist' };
    case 'moduleLeft':
      if (node.left.logged && !node.left.inNotes) return { id: 'circle-large-outline', color: warning };
      return { id: node.left.inNotes ? 'circle-large-filled' : 'circle-large-outline' };
    case 'check':
      return { id: 'eye', color: warning };
    case 'placed':
      if (node.how === 'logged') return { id: 'circle-large-outline', color: warning };
      return { id: node.how === 'likely' ? 'question' : 'circle-slash' };
    case 'notCounted':
      return { id: 'circle-slash' };
    case 'unread':
      return { id: 'file' };
  }
}

/**
 * An unsaved file's name, as the desktop shows it: the browser's untitled URI holds the server's
 * host and the folder's path (`untitled://127.0.0.1:8204/tmp/…/notes.md`), read as a path it was
 * the whole of them.
 */
export function untitledName(uri: string): string {
  return Utils.basename(URI.parse(uri));
}
