import type { CourseRules } from '../catalog/course';
import { courseTimeZone, roundDeadline, weekOf, zonedText } from '../course/dueDates';
import { formatMinutes } from '../notes/timeEstimate';
import type { Minutes } from '../notes/types';
import { commitAt, decodeNotes, filesAt, type NotesHistory } from './notesHistory';
import type { HistoryResult, HistoryRound, HistoryWeek, OutlineRound } from '../protocol/protocol';
import { readSnapshotNotes, snapshotProgress, type SnapshotNotes, type SnapshotReading } from './snapshotNotes';
import { totalOf } from '../document/timeTotals';
import type { NotesWorkspace } from './workspace';

/** A history's Markdown files read once each, by path and blob. */
type ReadNotes = (path: string, blob: string) => SnapshotNotes | undefined;

/**
 * What the student's notes folder's git history shows in the summary: the study time logged per
 * week and each round on the notes as they were at its due date. Computed once per state of the
 * branch and course; git's log is read again on each request (one process), to see new commits.
 */
export class HistoryViews {
  private readonly known = new Map<string, { key: string; reading: SnapshotReading; result: HistoryResult }>();

  constructor(private readonly workspace: NotesWorkspace) {}

  async of(folder: string, reading: SnapshotReading): Promise<HistoryResult> {
    const timeZone = courseTimeZone(reading.course.rules);
    const unavailable = (why: string): HistoryResult => ({ unavailable: why, timeZone, weeks: [], rounds: [] });
    if (!this.workspace.history) return unavailable('not available in VS Code for the web: the history of the notes is read with git, on the desktop');
    if (!this.workspace.trusted) return unavailable('the workspace is not trusted: the history of its notes is not read');
    let history: NotesHistory | undefined;
    try {
      history = await this.workspace.history(folder);
    } catch (error) {
      return unavailable(`the history of the notes cannot be read: ${error instanceof Error ? error.message : String(error)}`);
    }
    if (!history) return unavailable('the notes are in no git repository: commit them to see your weeks');
    const key = `${history.branch ?? ''}\u0000${history.commits.at(-1)?.hash ?? ''}`;
    const known = this.known.get(folder);
    if (known?.key === key && known.reading.course === reading.course && known.reading.settings === reading.settings) return known.result;
    const result = await historyResult(history, reading, timeZone);
    // The folders of a session are few: one entry each, replaced as their branch moves.
    this.known.set(folder, { key, reading, result });
    return result;
  }
}

async function historyResult(history: NotesHistory, reading: SnapshotReading, timeZone: string): Promise<HistoryResult> {
  const blobs = [...new Set(history.commits.flatMap((commit) => [...commit.changes.values()].filter((blob): blob is string => blob !== null)))];
  const bytes = await history.read(blobs);
  const read = new Map<string, SnapshotNotes | undefined>();
  const notesOf: ReadNotes = (path, blob) => {
    const key = `${path}\u0000${blob}`;
    if (!read.has(key)) {
      const file = decodeNotes(path, bytes.get(blob));
      read.set(key, 'text' in file ? readSnapshotNotes(path, file.text, reading) : undefined);
    }
    return read.get(key);
  };
  const result: HistoryResult = { timeZone, weeks: weeklyTime(history, notesOf, timeZone), rounds: reading.course.rules.rounds.map((round) => roundAtDue(history, round, reading, notesOf)) };
  if (history.branch) result.branch = history.branch;
  return result;
}

/**
 * The time each week's commits added to the notes: the estimates of the notes files after a commit
 * less those before it, counted in the week the commit was made (Monday first, in the course's zone).
 */
function weeklyTime(history: NotesHistory, notesOf: ReadNotes, timeZone: string): HistoryWeek[] {
  const byWeek = new Map<string, { minutes: Minutes; commits: number }>();
  const perFile = new Map<string, Minutes>();
  let total: Minutes = { min: 0, max: 0 };
  for (const commit of history.commits) {
    for (const [path, blob] of commit.changes) {
      const notes = blob === null ? undefined : notesOf(path, blob);
      if (notes?.isNotes) perFile.set(path, totalOf(notes.model.modules).minutes);
      else perFile.delete(path);
    }
    const now = [...perFile.values()].reduce((sum, minutes) => ({ min: sum.min + minutes.min, max: sum.max + minutes.max }), { min: 0, max: 0 });
    const week = weekOf(commit.committed, timeZone);
    const entry = byWeek.get(week) ?? { minutes: { min: 0, max: 0 }, commits: 0 };
    byWeek.set(week, { minutes: { min: entry.minutes.min + now.min - total.min, max: entry.minutes.max + now.max - total.max }, commits: entry.commits + 1 });
    total = now;
  }
  return everyWeek([...byWeek.keys()]).map((week) => {
    const { minutes, commits } = byWeek.get(week) ?? { minutes: { min: 0, max: 0 }, commits: 0 };
    return { week, minutes: minutes.max, time: signedTime(minutes), commits };
  });
}

/** The Mondays from the first week to the last, none left out: a week without commits is a week without time logged. */
function everyWeek(weeks: readonly string[]): string[] {
  if (!weeks.length) return [];
  const sorted = [...weeks].sort();
  const all: string[] = [];
  for (let day = Date.parse(`${sorted[0]}T00:00:00Z`); day <= Date.parse(`${sorted[sorted.length - 1]}T00:00:00Z`); day += 7 * 86_400_000) all.push(new Date(day).toISOString().slice(0, 10));
  return all;
}

function signedTime(minutes: Minutes): string {
  if (minutes.max === 0 && minutes.min === 0) return '0 min';
  const sign = minutes.max < 0 ? '−' : '';
  return sign + formatMinutes({ min: Math.abs(minutes.min), max: Math.abs(minutes.max) });
}

function roundAtDue(history: NotesHistory, round: CourseRules['rounds'][number], reading: SnapshotReading, notesOf: ReadNotes): HistoryRound {
  const deadline = roundDeadline(round, reading.course.rules);
  const at = commitAt(history, deadline.until);
  const files = [...filesAt(history, at.index)].flatMap(([path, blob]) => notesOf(path, blob) ?? []);
  const progress = snapshotProgress(files, reading.course);
  const verdict = progress.rounds.find((entry) => entry.name === round.name);
  const result: HistoryRound = {
    name: round.name,
    dueAt: zonedText(deadline.until, deadline.timeZone),
    after: at.after,
    met: verdict?.met ?? false,
    missing: verdict?.missing ?? [],
    reached: progress.areas.filter((area) => area.reached).map((area) => `${area.area}: ${area.reached}`),
  };
  if (at.commit) Object.assign(result, { commit: at.commit.hash, committed: zonedText(at.commit.committed, courseTimeZone(reading.course.rules)) });
  return result;
}

/** The outline's rounds with their deadlines as instants, so that the status bar can say which is due next. */
export function withDeadlines(rounds: readonly OutlineRound[], rules: CourseRules): OutlineRound[] {
  return rounds.map((round) => {
    const rule = rules.rounds.find((entry) => entry.name === round.name);
    if (!rule) return round;
    const deadline = roundDeadline(rule, rules);
    return { ...round, until: deadline.until, dueAt: zonedText(deadline.until, deadline.timeZone) };
  });
}
