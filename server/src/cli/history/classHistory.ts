import { existsSync } from 'node:fs';
import path from 'node:path';
import type { CourseRules, RoundRule } from '../../catalog/course';
import { courseTimeZone, zonedText, type Deadline } from '../../course/dueDates';
import { commitAt, filesAt, snapshotFiles, type NotesHistory, type SnapshotFile } from '../../service/notesHistory';
import type { CatalogIndex } from '../../notes/catalog';
import type { NotesModel } from '../../notes/types';
import { readSnapshotModel, readSnapshotNotes, snapshotProgress, type SnapshotNotes, type SnapshotReading } from '../../service/snapshotNotes';
import type { Candidate } from '../inputs';
import { display } from '../inputs';
import type { SkippedFile } from '../load';
import { readCommitsOnlyHere, readNotesElsewhere, type NotesElsewhere } from '../../workspace/gitHistory';
import { studentDeadline, type Extension, type GradingTime } from './deadlines';
import { inParallel, type StudentRepo } from './studentRepos';

/** How a student's notes were graded at a due date, for every format of the summary. */
export interface GradedNotes {
  /** The deadline, as a clock in its zone shows it: "2018-10-29 23:59:59 -04:00". */
  due: string;
  timeZone: string;
  /** A TA's extension (--extensions) moved the student's due date. */
  extended?: boolean;
  /** The last commit made by the due date, or the student folder's files as they are (no repository of its own). */
  from: 'commit' | 'files';
  /** The branch checked out in the student's clone; none when detached. */
  branch?: string;
  commit?: string;
  /** The commit's committer date, in the deadline's zone. */
  committed?: string;
  /** Commits of the branch after the one graded: made after the due date, but for those `check` names. */
  commitsAfter?: number;
  /** Why the files were graded, or why there was nothing to grade. */
  note?: string;
  /** What a TA should check by hand: commits dated by the due date after one dated later. */
  check?: string;
  /**
   * How many other students' histories hold the commit graded: the course's template when a student
   * had committed nothing of their own by then, or work copied from a classmate's repository.
   */
  sharedWith?: number;
}

/** A round judged at its own due date (summary without --at), beside the verdict on the notes as they are now. */
export interface RoundByDueDate extends GradedNotes {
  round: string;
  /** null where no history tells it (a folder with no repository of its own is judged on its files as they are now): unknown in every format. */
  met: boolean | null;
  missing: string[];
  /** The round's verdict on the notes as they are now. */
  metNow: boolean;
}

/** The history fields of a student's row in the summary. */
export interface HistoryFields {
  /** With --at: what was graded. */
  graded?: GradedNotes;
  /** Without --at: each round of the course at its own due date. */
  byDueDate?: RoundByDueDate[];
}

/** What reading a student's notes of another time needs, by a file of the student's folder. */
export type ReadingOf = (file: string) => Promise<(SnapshotReading & { baseDir: string }) | undefined>;

const notOwnRepository = 'no git repository of its own: judged on its files';
/** A class folder may be the TA's repository, its commits made after the due dates: a folder named is never read as a student's history. */
const namedRepository = 'its git history is read only as a student folder under the folder named (name its class folder, or the folder above it): judged on its files';

/** The student's folder is itself a repository: named on the command line, not found under a class folder. */
function isNamedRepository(folder: string): boolean {
  return existsSync(path.join(folder, '.git'));
}

/** A commit graded for a student: what it was, and its Markdown files. */
interface Graded {
  notes: GradedNotes;
  files: SnapshotFile[];
}

/** A commit graded for --at, with its files' models, read while git reads the other students' repositories. */
interface GradedAt extends Graded {
  repo: StudentRepo;
  read: Map<string, { model: NotesModel; catalog: CatalogIndex }>;
}

/**
 * The class's notes as of the due dates: each student repository's last commit by the deadline on
 * its checked-out branch, graded instead of its working tree (`--at`), or each round at its own due
 * date beside the verdict now.
 */
export class ClassHistory {
  /** By the folder of the repository. */
  private readonly graded = new Map<string, GradedNotes>();
  private readonly byDueDate = new Map<string, Omit<RoundByDueDate, 'metNow'>[]>();
  /** Repositories whose settings cannot be read: not graded against a guessed course. */
  private readonly unsettled = new Set<string>();
  /** Files of a commit that could not be read as text: said on their student's row, as a file on disk would be. */
  readonly unreadable: SkippedFile[] = [];

  constructor(
    readonly time: GradingTime,
    private readonly repos: readonly StudentRepo[],
    private readonly extensions: readonly Extension[],
    private readonly readingOf: ReadingOf,
    private readonly cwd: string,
  ) {}

  /**
   * --at: the candidates with each repository's files replaced by those of the commit graded.
   * A repository git could not read, or whose settings are broken, keeps its files, and says why.
   */
  async gradedCandidates(candidates: readonly Candidate[]): Promise<Candidate[]> {
    if ('eachRound' in this.time) return [...candidates];
    const graded = (await inParallel(this.repos.filter((repo) => repo.history), (repo) => this.gradeAt(repo))).filter((entry): entry is GradedAt => entry !== undefined);
    // A class of a thousand repositories: each candidate's student folder and argument are looked up, not compared with every repository.
    const replaced = new Set(graded.map(({ repo }) => repo.folder));
    const kept = candidates.filter((candidate) => candidate.explicit || candidate.stdin || !replaced.has(studentFolder(path.resolve(this.cwd, candidate.argument), path.resolve(this.cwd, candidate.file))));
    const argumentOf = new Map<string, string>();
    for (const candidate of candidates) if (!candidate.explicit && !candidate.stdin && !argumentOf.has(path.resolve(this.cwd, candidate.argument))) argumentOf.set(path.resolve(this.cwd, candidate.argument), candidate.argument);
    const committed = graded.flatMap(({ repo, files, read, notes }) =>
      files.flatMap((file): Candidate[] => {
        const shown = display(path.join(repo.folder, file.path), this.cwd);
        if ('text' in file) return [{ file: shown, explicit: false, argument: argumentOf.get(repo.root) ?? display(repo.root, this.cwd), committed: { text: file.text, read: read.get(file.path) } }];
        this.unreadable.push({ file: shown, root: repo.root, problem: `${shown}: at commit ${notes.commit?.slice(0, 7)}: ${file.problem}` });
        return [];
      }),
    );
    return [...kept, ...committed];
  }

  /** A repository git could not read is graded on its files as they are now, not at the due dates: said, and the run fails. */
  get problems(): string[] {
    return this.repos.flatMap((repo) => (repo.problem ? [`${display(repo.folder, this.cwd)}: git history not read (${repo.problem}): graded on its files as they are now, not at the due dates`] : []));
  }

  /** Without --at: every round of each repository's course judged at the student's due date for it. */
  async gradeEachRound(): Promise<void> {
    if (!('eachRound' in this.time)) return;
    await inParallel(
      this.repos.filter((repo) => repo.history),
      async (repo) => {
        const reading = await this.readingOf(path.join(repo.folder, 'README.md'));
        if (reading) this.byDueDate.set(repo.folder, await this.roundsOf(repo, reading));
        else this.unsettled.add(repo.folder);
      },
    );
  }

  /**
   * The history fields of a student, whose files are in `folder` (none read: their folder is named
   * after them); `metNow` is each round's verdict on today's files.
   */
  fieldsOf(student: string, folder: string | undefined, metNow: (round: string) => boolean, rules: CourseRules): HistoryFields {
    const fields = this.ownFieldsOf(student, folder, metNow, rules);
    if (fields.graded) return { graded: this.withSharing(fields.graded) };
    return { byDueDate: fields.byDueDate?.map((round) => this.withSharing(round)) };
  }

  /** How many repositories' histories hold each commit, counted once over the class. */
  private holders?: Map<string, number>;

  private withSharing<T extends GradedNotes>(notes: T): T {
    if (!notes.commit) return notes;
    const others = (this.commitHolders().get(notes.commit) ?? 1) - 1;
    return others > 0 ? { ...notes, sharedWith: others } : notes;
  }

  private commitHolders(): Map<string, number> {
    this.holders ??= commitHolders(this.repos);
    return this.holders;
  }

  /** By the folder of the repository. */
  private readonly elsewhere = new Map<string, Promise<NotesElsewhere[]>>();

  /**
   * The notes on a repository's other branches that are the student's: a clone of a class kept as
   * one repository, a branch per student, has every classmate's branch beside the student's. Not
   * those a classmate's history holds, and where the branch checked out has commits of its own (no
   * classmate's history and no other branch holds them), only those by their authors: a clone of part
   * of such a class. A template's first commit is no one's own where a branch grew from it: a student
   * who handed in on a branch of a repository made from the template is said, whoever committed it.
   * Only the branches whose last commit may be the student's are read: not one the branch checked
   * out holds, nor a classmate's.
   */
  private ownElsewhere(repo: StudentRepo): Promise<NotesElsewhere[]> {
    let read = this.elsewhere.get(repo.folder);
    if (!read) {
      read = this.readOwnElsewhere(repo);
      this.elsewhere.set(repo.folder, read);
    }
    return read;
  }

  private async readOwnElsewhere(repo: StudentRepo): Promise<NotesElsewhere[]> {
    const holders = this.commitHolders();
    const others = (repo.branches ?? []).filter((branch) => !holders.has(branch.tip));
    if (!others.length) return [];
    const onlyHere = await readCommitsOnlyHere(repo.folder, others.map((branch) => branch.ref));
    const ownCommits = (repo.history?.commits ?? []).filter((commit) => holders.get(commit.hash) === 1 && onlyHere.has(commit.hash));
    const authors = new Set(ownCommits.flatMap((commit) => (commit.author === undefined ? [] : [commit.author])));
    const own = (commit: { hash: string; author: string }) => !holders.has(commit.hash) && (!authors.size || authors.has(commit.author));
    const branches = others.filter((branch) => own({ hash: branch.tip, author: branch.author }));
    return branches.length ? (await readNotesElsewhere(repo.folder, branches.map((branch) => branch.ref))).filter(own) : [];
  }

  private ownFieldsOf(student: string, folder: string | undefined, metNow: (round: string) => boolean, rules: CourseRules): HistoryFields {
    const repo = this.repos.find((entry) => (folder === undefined ? path.basename(entry.folder) === student : entry.folder === folder));
    const note = repo?.problem ? `git history not read (${repo.problem}): judged on its files` : repo && this.unsettled.has(repo.folder) ? 'history not graded: its settings cannot be read' : folder && isNamedRepository(folder) ? namedRepository : notOwnRepository;
    if (!('eachRound' in this.time)) {
      const round = 'round' in this.time ? this.time.round : undefined;
      return { graded: (repo && this.graded.get(repo.folder)) ?? { ...this.deadlineOf(student, rules, round), from: 'files', note } };
    }
    const rounds = repo && this.byDueDate.get(repo.folder);
    if (rounds) return { byDueDate: rounds.map((round) => ({ ...round, metNow: metNow(round.round) })) };
    return { byDueDate: rules.rounds.map((round) => ({ round: round.name, ...this.deadlineOf(student, rules, round), from: 'files', note, met: null, missing: [], metNow: metNow(round.name) })) };
  }

  private deadlineOf(student: string, rules: CourseRules, round: RoundRule | undefined): Pick<GradedNotes, 'due' | 'timeZone' | 'extended'> {
    const { deadline, extended } = round ? studentDeadline(round, rules, student, this.extensions) : { deadline: (this.time as { deadline: Deadline }).deadline, extended: false };
    return { due: zonedText(deadline.until, deadline.timeZone), timeZone: deadline.timeZone, ...(extended && { extended }) };
  }

  /** Undefined when the student's settings cannot be read: their files are judged as they are, and the settings' problem said. */
  private async gradeAt(repo: StudentRepo): Promise<GradedAt | undefined> {
    const reading = await this.readingOf(path.join(repo.folder, 'README.md'));
    if (!reading) {
      this.unsettled.add(repo.folder);
      return undefined;
    }
    const student = path.basename(repo.folder);
    const { deadline, extended } = 'round' in this.time ? studentDeadline(this.time.round, reading.course.rules, student, this.extensions) : { deadline: (this.time as { deadline: Deadline }).deadline, extended: false };
    const graded = await commitGraded(repo.history as NotesHistory, await this.ownElsewhere(repo), deadline, extended, courseTimeZone(reading.course.rules));
    this.graded.set(repo.folder, graded.notes);
    const read = new Map<string, { model: NotesModel; catalog: CatalogIndex }>();
    for (const file of graded.files) if ('text' in file) read.set(file.path, { model: readSnapshotModel(file.text, reading.catalog), catalog: reading.catalog });
    return { ...graded, repo, read };
  }

  private async roundsOf(repo: StudentRepo, reading: SnapshotReading & { baseDir: string }): Promise<Omit<RoundByDueDate, 'metNow'>[]> {
    const history = repo.history as NotesHistory;
    const read = new Map<string, SnapshotNotes>();
    const readFile = (file: { path: string; text: string }): SnapshotNotes => {
      const key = `${file.path}\0${file.text}`;
      let notes = read.get(key);
      if (!notes) read.set(key, (notes = readSnapshotNotes(file.path, file.text, reading, globPath(path.join(repo.folder, file.path), reading.baseDir))));
      return notes;
    };
    const rules = reading.course.rules;
    const rounds: Omit<RoundByDueDate, 'metNow'>[] = [];
    for (const round of rules.rounds) {
      const { deadline, extended } = studentDeadline(round, rules, path.basename(repo.folder), this.extensions);
      const graded = await commitGraded(history, await this.ownElsewhere(repo), deadline, extended, courseTimeZone(rules));
      const files = graded.files.flatMap((file) => ('text' in file ? [readFile(file)] : []));
      const verdict = snapshotProgress(files, reading.course).rounds.find((entry) => entry.name === round.name);
      rounds.push({ round: round.name, ...graded.notes, met: verdict?.met ?? false, missing: verdict?.missing ?? [] });
    }
    return rounds;
  }
}

/**
 * The commit a history grades at a deadline, and its files. Its time is shown in the course's zone,
 * as every round's is: a due date written with an offset (`…T23:59-05:00`) would show October's
 * commits an hour off the clocks of the day.
 */
async function commitGraded(history: NotesHistory, elsewhere: readonly NotesElsewhere[], deadline: Deadline, extended: boolean, courseZone: string): Promise<Graded> {
  const at = commitAt(history, deadline.until);
  const notes: GradedNotes = {
    due: zonedText(deadline.until, deadline.timeZone),
    timeZone: deadline.timeZone,
    ...(extended && { extended }),
    from: 'commit',
    ...(history.branch && { branch: history.branch }),
    commitsAfter: at.after,
  };
  const checks = [at.backdated && backdatedNote(at.backdated), elsewhereNote(elsewhere, deadline.until, lastNotesChange(history, at.index), courseZone)].filter(Boolean);
  if (checks.length) notes.check = checks.join('; ');
  if (!at.commit) return { notes: { ...notes, note: noCommitNote(history) }, files: [] };
  notes.commit = at.commit.hash;
  notes.committed = zonedText(at.commit.committed, courseZone);
  return { notes, files: await snapshotFiles(history, filesAt(history, at.index)) };
}

/** When the branch graded last changed its notes by the commit graded: -1 if it never did. */
function lastNotesChange(history: NotesHistory, index: number): number {
  for (let at = index; at >= 0; at--) if (history.commits[at].changes.size > 0) return history.commits[at].committed;
  return -1;
}

/**
 * Notes committed by the due date on another branch, after the branch graded last changed its own:
 * the student handed in there (the clone's default branch kept the template), or worked on both.
 * A branch whose notes are older than the ones graded is an old draft, not said.
 */
function elsewhereNote(elsewhere: readonly NotesElsewhere[], until: number, gradedNotes: number, courseZone: string): string | undefined {
  const missed = elsewhere.filter((commit) => commit.committed <= until && commit.committed > gradedNotes);
  if (!missed.length) return undefined;
  const last = missed.reduce((latest, commit) => (commit.committed > latest.committed ? commit : latest));
  const others = new Set(missed.map((commit) => commit.branch)).size - 1;
  const where = others ? `${last.branch} and ${others} other ${others === 1 ? 'branch' : 'branches'}` : last.branch;
  return `notes committed by the due date on ${where} (the last ${zonedText(last.committed, courseZone)}) are not in the history graded: check out the branch the student handed in on and grade again`;
}

function commitHolders(repos: readonly StudentRepo[]): Map<string, number> {
  const holders = new Map<string, number>();
  for (const repo of repos) for (const hash of new Set(repo.history?.commits.map((commit) => commit.hash))) holders.set(hash, (holders.get(hash) ?? 0) + 1);
  return holders;
}

function noCommitNote(history: NotesHistory): string {
  if (history.shallow) return 'no commit by the due date in this shallow clone: its older commits are not in it (git fetch --unshallow)';
  return history.commits.length ? 'no commit by the due date' : 'no commit yet';
}

/** A commit dated by the due date after one dated later: its clock was wrong, or its work late. */
export function backdatedNote(count: number): string {
  return `${count === 1 ? 'a later commit is' : `${count} later commits are`} dated by the due date after one dated later (a clock set wrong?): not graded, check by hand`;
}

/** The path notesFiles globs match, as the command line's service makes it: below the settings' folder, else the whole path. */
function globPath(file: string, baseDir: string): string {
  const relative = path.relative(baseDir, file);
  return isWithin(file, baseDir) ? relative.split(path.sep).join('/') : file.split(path.sep).join('/').replace(/^\/+/, '');
}

/** The folder directly under the folder argument that holds the file: a student's. */
function studentFolder(root: string, file: string): string {
  return path.join(root, path.relative(root, file).split(path.sep)[0]);
}

function isWithin(file: string, folder: string): boolean {
  const relative = path.relative(folder, file);
  return relative !== '' && !relative.startsWith('..') && !path.isAbsolute(relative);
}
