import type { GradedNotes, HistoryFields, RoundByDueDate } from './classHistory';

// How the summary's formats say what was graded at the due dates. Every figure is classHistory.ts's.

/** A row of the class table, as far as its history goes. */
export interface HistoryRow extends HistoryFields {
  student: string;
}

/** "d511ff9 of 2018-10-29 23:52:23 -04:00 on students/C91CBQ, 7 commits after the due date" */
export function gradedText(graded: GradedNotes): string {
  const extended = graded.extended ? `extended to ${graded.due}: ` : '';
  if (graded.from === 'files') return `${extended}${graded.note ?? 'judged on its files'}`;
  const branch = graded.branch ? ` on ${graded.branch}` : ' (detached HEAD)';
  const check = graded.check ? `; ${graded.check}` : '';
  const shared = sharedNote(graded);
  if (!graded.commit) return `${extended}${graded.note ?? 'no commit by the due date'}${branch}, ${plural(graded.commitsAfter ?? 0, 'commit')} after it${check}`;
  return `${extended}${graded.commit.slice(0, 7)} of ${graded.committed}${branch}${shared ? `, ${shared}` : ''}, ${plural(graded.commitsAfter ?? 0, 'commit')} after the due date${check}`;
}

/** A commit graded that classmates' histories hold too is no work of the student's own: the course's template, or a copy. */
function sharedNote(graded: GradedNotes): string | undefined {
  return graded.sharedWith ? `a commit the histories of ${plural(graded.sharedWith, 'other student')} hold too (the course's template, or a copy)` : undefined;
}

/** The class table's short cell: "d511ff9 (+7)", "files", "no commit". */
export function gradedCell(graded: GradedNotes): string {
  const mark = graded.extended ? ' extended' : '';
  if (graded.from === 'files') return `files${mark}`;
  return graded.commit ? `${graded.commit.slice(0, 7)} (+${graded.commitsAfter})${mark}` : `no commit${mark}`;
}

/** "met / met": by the due date, then now; "unknown / met" where no history tells the first. */
export function byDueDateCell(round: RoundByDueDate): string {
  return `${byDueDateVerdict(round)} / ${round.metNow ? 'met' : 'not met'}${round.extended ? ' (extended)' : ''}`;
}

function byDueDateVerdict(round: RoundByDueDate): string {
  if (round.met === null) return 'unknown';
  return round.met ? 'met' : 'not met';
}

/** The class table's columns for the history: what was graded, or each round by its due date and now. */
export function historyHeader(rows: readonly HistoryRow[]): string[] {
  const first = rows.find((row) => row.graded || row.byDueDate);
  if (first?.graded) return ['Graded'];
  return (first?.byDueDate ?? []).map((round) => `${round.round} by due / now`);
}

export function historyCells(row: HistoryRow): string[] {
  if (row.graded) return [gradedCell(row.graded)];
  return (row.byDueDate ?? []).map(byDueDateCell);
}

/** The lines under the class table: per student, the commit graded and how many came after, or why the files were. */
export function historyLines(rows: readonly HistoryRow[]): string[] {
  const graded = rows.filter((row) => row.graded);
  if (graded.length) {
    const head = graded[0].graded as GradedNotes;
    return [`Graded at ${head.due} (${head.timeZone}): each student's last commit by then on the branch checked out (committer date)`, ...graded.map((row) => `  ${row.student}: ${gradedText(row.graded as GradedNotes)}`)];
  }
  const judged = rows.filter((row) => row.byDueDate?.length);
  if (!judged.length) return [];
  return [
    'Rounds at their due dates (each student\'s last commit by then on the branch checked out, committer date) and now',
    ...judged.flatMap((row) => (row.byDueDate as RoundByDueDate[]).map((round) => `  ${row.student}: ${roundByDueDateText(round)}`)),
  ];
}

/** "Round 1 (due 2018-10-29 23:59:59 -04:00): not met by the due date: 1 more area at Intermediate (d511ff9 of …); met now" */
export function roundByDueDateText(round: RoundByDueDate): string {
  const verdict = round.met === null ? 'not known by the due date' : round.met ? 'met by the due date' : `not met by the due date${round.missing.length ? `: ${round.missing.join(', ')}` : ''}`;
  return `${round.round} (due ${round.due}): ${verdict} (${gradedText(round)}); ${round.metNow ? 'met now' : 'not met now'}`;
}

/** CSV columns: what was graded (--at), or per round the verdict by its due date, the commit and the commits after. */
export function historyCsvHeader(rows: readonly HistoryRow[]): string[] {
  const first = rows.find((row) => row.graded || row.byDueDate);
  if (first?.graded) return ['graded_from', 'graded_due', 'graded_commit', 'graded_date', 'commits_after', 'branch', 'graded_note'];
  return (first?.byDueDate ?? []).flatMap((round) => [`${round.round} by due date`, `${round.round} due`, `${round.round} commit`, `${round.round} commits after`]);
}

export function historyCsvCells(row: HistoryRow): (string | number)[] {
  const graded = row.graded;
  if (graded) return [graded.from, graded.due, graded.commit ?? '', graded.committed ?? '', graded.commitsAfter ?? '', graded.branch ?? '', [graded.note, graded.check, sharedNote(graded)].filter(Boolean).join('; ')];
  return (row.byDueDate ?? []).flatMap((round) => [byDueDateVerdict(round), round.due, round.commit ?? round.from, round.commitsAfter ?? '']);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}
