import { formatMinutes } from '../notes/timeEstimate';
import type { AreaProgress, LevelProgress, RoundProgress } from './progress';

// How progress reads, alike in the CodeLens, the hover, the tree, the status bar and the CLI: every
// figure comes from course/progress.ts, nothing here decides what is met.

/** The lowest level not met: what the student works towards. */
export function nextLevel(area: AreaProgress): LevelProgress | undefined {
  return area.levels.find((level) => level.level === area.next);
}

/** "Basics ✓ · Advanced 7/12 · 2 h 40 min left for Advanced": the time is the next level's, at the course's estimates. */
export function levelsText(area: AreaProgress): string {
  const left = timeLeftText(area);
  return left ? `${levelCountsText(area)} · ${left}` : levelCountsText(area);
}

/** "Basics ✓ · Advanced 7/12" */
export function levelCountsText(area: AreaProgress): string {
  return area.levels.map((level) => `${level.level} ${level.met ? '✓' : `${level.done}/${level.required}`}`).join(' · ');
}

/** "2 h 40 min left for Advanced", at the course's estimates; undefined when nothing is left or the course gives no times. */
export function timeLeftText(area: AreaProgress): string | undefined {
  const next = nextLevel(area);
  return next?.minutesLeft ? `${minutesText(next.minutesLeft)} left for ${next.level}` : undefined;
}

export function minutesText(minutes: number): string {
  return formatMinutes({ min: minutes, max: minutes });
}

/** "Checkpoint 2 (due 2025-05-30): not met: 1 more area at Advanced (or a final project ...)" */
export function roundText(round: RoundProgress): string {
  const state = round.met ? 'met' : `not met: ${round.missing.join(', ')}${round.alternatives ? ` (or ${round.alternatives.join(', or ')})` : ''}`;
  return `${round.name} (due ${round.due}): ${state}`;
}

/** "2 modules placed by likeness, 1 not placed": what the student or TA should look at; undefined when the tool is sure of all. */
export function unsureText(area: Pick<AreaProgress, 'likely' | 'unplaced'>): string | undefined {
  const parts = [area.likely.length ? `${area.likely.length} placed by likeness` : '', area.unplaced.length ? `${area.unplaced.length} not placed` : ''].filter(Boolean);
  return parts.length ? parts.join(', ') : undefined;
}
