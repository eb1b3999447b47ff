// What the status bar says is due next. No vscode import: checked outside VS Code.
import type { OutlineRound } from './protocol';

/**
 * "Next due: Round 2, 2018-12-09 23:59:59 -05:00; still needs 1 more area at Intermediate", from the
 * rounds' deadlines (the server's, in the course's zone) and the clock; undefined for a course
 * without rounds.
 */
export function nextDueText(rounds: readonly OutlineRound[], now: number): string | undefined {
  const dated = rounds.filter((round): round is OutlineRound & { until: number } => round.until !== undefined).sort((a, b) => a.until - b.until);
  const next = dated.find((round) => round.until >= now);
  if (next) return `Next due: ${next.name}, ${next.dueAt}; ${next.met ? 'your notes meet it already' : `still needs ${next.missing.join(', ')}`}`;
  const last = dated.at(-1);
  return last && `No due date ahead: the last, ${last.name}, was due ${last.dueAt}`;
}
