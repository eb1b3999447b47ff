import { formatMinutes } from '../notes/timeEstimate';
import type { AreaProgress, LevelProgress, LoggedModule, RoundProgress } from './progress';

// How progress reads, alike in the CodeLens, the hover, the tree, the status bar and the CLI: every
// figure comes from course/progress.ts, nothing here decides what is met.

/** The lowest level not met: what the student works towards. */
export function nextLevel(area: AreaProgress): LevelProgress | undefined {
  return area.levels.find((level) => level.level === area.next);
}

/**
 * "Basics ✓ · Advanced 7/12 (2 h 40 min left) · Expert 0/5": the time stands beside the level it is
 * for, the next one, at the course's estimates.
 */
export function levelsText(area: AreaProgress): string {
  const left = nextTimeLeftText(area);
  return area.levels.map((level) => (left && level.level === area.next ? `${levelCountText(level)} (${left})` : levelCountText(level))).join(' · ');
}

/** "Basics ✓ · Advanced 7/12" */
export function levelCountsText(area: AreaProgress): string {
  return area.levels.map(levelCountText).join(' · ');
}

/** "Advanced 7/12", or "Basics ✓" for a level met. */
function levelCountText(level: LevelProgress): string {
  return `${level.level} ${level.met ? '✓' : `${level.done}/${level.required}`}`;
}

/** "Advanced 7/12": what the student works towards, short enough for a narrow row; every level's count once all are met. */
export function nextLevelCountText(area: AreaProgress): string {
  const next = nextLevel(area);
  return next ? levelCountText(next) : levelCountsText(area);
}

/** "2 h 40 min left", for the next level at the course's estimates; undefined when nothing is left or the course gives no times. */
export function nextTimeLeftText(area: AreaProgress): string | undefined {
  const next = nextLevel(area);
  return next?.minutesLeft ? `${minutesText(next.minutesLeft)} left` : undefined;
}

/** "2 h 40 min left for Advanced", where the level is not beside it. */
export function timeLeftText(area: AreaProgress): string | undefined {
  const left = nextTimeLeftText(area);
  return left && `${left} for ${area.next}`;
}

export function minutesText(minutes: number): string {
  return formatMinutes({ min: minutes, max: minutes });
}

/** "Checkpoint 2 (due 2025-05-30): not met: 1 more area at Advanced (or a final project ...)" */
export function roundText(round: RoundProgress): string {
  const state = round.met ? 'met' : `not met: ${round.missing.join(', ')}${round.alternatives ? ` (or ${round.alternatives.join(', or ')})` : ''}`;
  return `${roundLabel(round)}: ${state}`;
}

/** "Round 1 (due 2018-10-29)", and ", as of 2018-12-09 23:59:59 -05:00" when the notes judged are of another time. */
export function roundLabel(round: RoundProgress): string {
  return `${round.name} (due ${round.due})${round.judgedAt ? `, as of ${round.judgedAt}` : ''}`;
}

/**
 * "Learn more about Kubernetes on your own (perhaps also Video: Kubernetes in 5 Minutes, not counted)": the
 * course's titles a module was placed on, with those its title names as much, or the module whose
 * notes it is counted by. `text` makes the course's and the student's words safe for the view.
 */
export function placedOnText(module: { catalog: readonly string[]; perhapsAlso?: readonly string[]; notesBelow?: string }, text: (words: string) => string = (words) => words): string {
  const perhaps = module.perhapsAlso?.length ? ` (perhaps also ${module.perhapsAlso.map(text).join(', or ')}, not counted)` : '';
  const below = module.notesBelow ? ` (by the notes under ${text(module.notesBelow)}, right below it)` : '';
  return `${module.catalog.map(text).join(' + ')}${perhaps}${below}`;
}

/** "2 modules placed by likeness, 1 not placed, 1 logged without notes": what the student or TA should look at; undefined when the tool is sure of all. */
export function unsureText(area: Pick<AreaProgress, 'likely' | 'unplaced' | 'levels'>): string | undefined {
  const logged = loggedWithoutNotes(area).length;
  const parts = [area.likely.length ? `${area.likely.length} placed by likeness` : '', area.unplaced.length ? `${area.unplaced.length} not placed` : '', logged ? `${logged} logged without notes` : ''].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}

/** The modules left in an area that the student's time log names, once each (two levels may ask for one module), in the log's order. */
export function loggedWithoutNotes(area: Pick<AreaProgress, 'levels'>): LoggedModule[] {
  return loggedOnce(area.levels.flatMap((level) => level.left.flatMap(({ logged }) => (logged ? [{ ...logged, areas: [] }] : []))));
}

/** A line of the time log once, with every area that still asks for its module (the course lists some modules in two). */
export interface LoggedInAreas extends LoggedModule {
  areas: string[];
}

/** Every area's modules only logged, each line of the log once: what a diagnostic or a TA's list says once. */
export function loggedAcrossAreas(areas: readonly Pick<AreaProgress, 'area' | 'levels'>[]): LoggedInAreas[] {
  return loggedOnce(areas.flatMap((area) => loggedWithoutNotes(area).map((logged) => ({ ...logged, areas: [area.area] }))));
}

function loggedOnce(entries: readonly LoggedInAreas[]): LoggedInAreas[] {
  const found = new Map<string, LoggedInAreas>();
  for (const entry of entries) {
    const key = `${entry.file}\u0000${entry.line}`;
    const known = found.get(key);
    if (known) known.areas = [...new Set([...known.areas, ...entry.areas])];
    else found.set(key, { ...entry, areas: [...entry.areas] });
  }
  return [...found.values()].sort((a, b) => (a.file === b.file ? a.line - b.line : a.file < b.file ? -1 : 1));
}
