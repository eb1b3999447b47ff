import type { TextEdit } from 'vscode-languageserver-types';
import type { CatalogModule } from '../notes/catalog';
import type { Position, Range } from '../notes/types';

/** The source of every diagnostic the server publishes: the client and the quick fixes know theirs by it. */
export const diagnosticSource = 'study-notes';

/**
 * A client command a progress CodeLens runs when clicked, with [notes uri, the area heading's line]:
 * the modules the area's next level still needs, to pick one and insert it. Only a client that
 * says it runs the command (initializationOptions.clientCommands) gets it: elsewhere the lens is
 * read, not clicked (an unknown command would fail in the editor).
 */
export const pickModuleLeftCommand = 'studyNotes.pickModuleLeft';

/**
 * A view of its own a client says it shows (initializationOptions.clientViews): the rounds are in
 * VS Code's summary. A client without it gets them as CodeLenses, the form any editor shows.
 */
export const progressView = 'progress';

export interface OutlineParams {
  uri: string;
}

export interface OutlineModule {
  title: string;
  url?: string;
  range: Range;
  /** Normalised estimate ("30 min", "1 h 30 min"), or undefined when none is readable. */
  time?: string;
  minutes?: number;
  hasEstimate: boolean;
  /** No time of its own, written in another area: the course lists it in two and the notes time it in the other. Not without an estimate. */
  timedElsewhere?: true;
  /**
   * The catalog's title of the module this is, as the server matches titles and URLs: views find
   * it in the catalog by that title (a module the course lists in two areas has one title).
   */
  courseTitle?: string;
  /** The course's web address of that module: a module written without a link is copied as a link to it. */
  courseUrl?: string;
}

export interface OutlineLevel {
  name: string;
  range: Range;
  totalMinutes: number;
  /** totalMinutes as the views show it: "1 h 20 min", "30 min 18 s". */
  time: string;
  /** "1 h 20 min, 1 module without estimate" */
  summary: string;
  /** As the summary counts them: not one timed in another area. */
  modulesWithoutEstimate: number;
  modules: OutlineModule[];
}

export interface OutlineArea {
  name: string;
  range: Range;
  totalMinutes: number;
  /** totalMinutes as the views show it. */
  time: string;
  summary: string;
  /** As the summary counts them: not one timed in another area. */
  modulesWithoutEstimate: number;
  levels: OutlineLevel[];
  /** Modules of the area outside any level. */
  modules: OutlineModule[];
  /** The catalog area these notes are about (its entry in OutlineResult.progress); none when the course has no such area. */
  courseArea?: string;
}

export interface OutlineResult {
  uri: string;
  isNotes: boolean;
  title?: string;
  totalMinutes: number;
  /** totalMinutes as the views show it. */
  time: string;
  modulesWithoutEstimate: number;
  summary: string;
  areas: OutlineArea[];
  /** Modules before the first area. */
  modules: OutlineModule[];
  /** How far the notes go through the course; only for notes files. */
  progress?: OutlineProgress;
}

/** The document whose outline may have changed; none when every document's may have. */
export interface OutlineChangedParams {
  uri?: string;
}

export interface ReadingSettledParams {
  uri: string;
}

/** The document the catalog is for: its settings file names its course. Without it, the workspace's course. */
export interface CatalogParams {
  uri?: string;
}

export interface CatalogResult {
  course?: string;
  modules: CatalogModuleEntry[];
}

/** A catalog module and its time as the views show it ("45 min"); none when the course gives none. */
export type CatalogModuleEntry = CatalogModule & { time?: string };

export interface RenderModuleParams {
  uri: string;
  module: CatalogModule;
  position: Position;
}

export interface RenderModuleResult {
  snippet: string;
}

export interface WriteStudyTimeParams {
  uri: string;
  /** The module as the client last saw it: its title and its opener's line (0-based). The title finds it when lines above moved. */
  module: { title: string; line: number };
  minutes: number;
  /** `add`: `minutes` go on top of the time written (fewer for a negative number); `replace`: the module's time becomes `minutes`. */
  mode: 'add' | 'replace';
}

export interface WriteStudyTimeResult {
  /** The version of the document the edits apply to: the client applies them to that version only. */
  version: number;
  edits: TextEdit[];
  /** Where the module's opener stands in that version. */
  line: number;
  /** The module's readable minutes before (the lower end of a range); none when it had no readable time. */
  minutesBefore?: number;
  /** The module's minutes once written; 0 when its time was taken away. */
  minutes: number;
}

export interface NotesTemplateParams {
  title: string;
  /** Where the notes will be saved: the settings file above it names the course. Without it, the workspace's course. */
  uri?: string;
}

export interface NotesTemplateResult {
  text: string;
  firstModuleLine?: number;
}

/** A catalog module a level still requires: the tree offers to insert it. */
export interface OutlineModuleLeft {
  title: string;
  minutes: number | null;
  /** The course's estimate written out ("45 min"); none when the course gives none. */
  time?: string;
  module: CatalogModule;
  /** Where the notes already write it, without notes under it yet: it is to be filled in, not inserted again. */
  inNotes?: Range;
  /** The line of the student's time log that names it, though no notes of theirs are counted as it (the log's file may be another of the student's). */
  logged?: { uri: string; range: Range; title: string };
}

export interface OutlineLevelProgress {
  level: string;
  /** Every requirement of this level is done (course/progress.ts decides; views only show it). */
  met: boolean;
  required: number;
  done: number;
  left: OutlineModuleLeft[];
  minutesLeft: number;
  /** minutesLeft as the views show it; none when nothing is left or the course gives no times. */
  timeLeft?: string;
}

/** One catalog area's progress, named as the catalog names it. */
export interface OutlineAreaProgress {
  area: string;
  reached: string | null;
  /** "Basics ✓ · Advanced 7/12 (2 h 40 min left)", as the CodeLens says it. */
  text: string;
  /** Its parts, for views that show them apart: "Basics ✓ · Advanced 7/12" and "2 h 40 min left for Advanced". */
  levelCounts: string;
  timeLeft?: string;
  /** What a narrow row shows: "Advanced 7/12" (every level's count once all are met) and "2 h 40 min left". */
  nextLevelCount: string;
  nextTimeLeft?: string;
  /** The lowest level not yet reached: what the student works towards. */
  nextLevel?: string;
  levels: OutlineLevelProgress[];
  /** Modules counted for this area by likeness and order only: the student should check them. */
  likely: OutlinePlacedModule[];
  /** Modules with notes in this area that match no module of the course: not counted. */
  unplaced: OutlinePlacedModule[];
  /** Modules left that the student's time log names, no notes counted as them: the log's title and line, the course's title. Not counted. */
  logged: OutlinePlacedModule[];
  /** "2 placed by likeness, 1 not placed, 1 logged without notes"; none when the tool is sure of every module. */
  unsure?: string;
}

/** A module of the student's notes as placed on the course, with where it is written. */
export interface OutlinePlacedModule {
  title: string;
  uri: string;
  range: Range;
  /** The course's titles it was placed on; none when it could not be placed. */
  catalog: string[];
  confidence?: 'sure' | 'likely';
  /** For a likely module: other modules, not done, that its title names as much, which its notes may also be. */
  perhapsAlso?: string[];
  /** A likely module with no notes of its own, counted by the notes of the module right below it: that module's title. */
  notesBelow?: string;
}

export interface OutlineRound {
  name: string;
  due: string;
  /** The last instant that counts, in ms (the end of the due date's day in the course's zone), for the views that say what is due next. */
  until?: number;
  /** That instant as a clock in the course's zone shows it: "2018-10-29 23:59:59 -04:00". */
  dueAt?: string;
  met: boolean;
  /** "Checkpoint 1 (due 2025-03-14): not met: 1 more area at Advanced" */
  text: string;
  missing: string[];
}

/** The student's notes measured against the course: every catalog area in course order, and the rounds. */
export interface OutlineProgress {
  areas: OutlineAreaProgress[];
  rounds: OutlineRound[];
  /** Modules with notes under no area of the course that match no module of it. */
  unplaced: OutlinePlacedModule[];
  /** The student's Markdown files that hold nothing the tool can place, by URI: a TA reads them by hand. */
  unread: string[];
}

export interface ReadFileParams {
  uri: string;
}

export interface HistoryParams {
  uri: string;
}

export interface HistoryResult {
  /** Why there is no history to show: VS Code for the web, no git repository, git missing, an untrusted workspace. */
  unavailable?: string;
  /** The branch checked out; none when detached. */
  branch?: string;
  /** The zone weeks and due dates are in: the course's. */
  timeZone: string;
  /** Oldest first, every week from the first commit's to the last's. */
  weeks: HistoryWeek[];
  rounds: HistoryRound[];
}

/** The study time the estimates of a week's commits added to the notes. */
export interface HistoryWeek {
  /** The Monday it starts on, YYYY-MM-DD. */
  week: string;
  minutes: number;
  /** minutes as the views show it; negative when the week's commits took estimates away. */
  time: string;
  commits: number;
}

/** A round judged on the notes as they were at its due date. */
export interface HistoryRound {
  name: string;
  /** "2018-10-29 23:59:59 -04:00" */
  dueAt: string;
  /** The commit graded: the last made by the due date; none when there was none yet. */
  commit?: string;
  /** Its committer date, in the course's zone. */
  committed?: string;
  /** Commits made after the due date. */
  after: number;
  met: boolean;
  missing: string[];
  /** The level each course area had reached then: "Docker and Containers: Intermediate". */
  reached: string[];
}
