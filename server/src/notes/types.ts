// The notes model: what each block of a study-notes document means (docs/notes-format.md).
// Positions are LSP's: 0-based line, UTF-16 character.

export interface Position {
  line: number;
  character: number;
}

export interface Range {
  start: Position;
  end: Position;
}

/** A name the course gives an area or a level, and the other ways its students write it. */
export interface CourseName {
  name: string;
  otherNames?: readonly string[];
}

/** Minutes read from a time estimate; a range like "20-30 min" keeps both ends. */
export interface Minutes {
  min: number;
  max: number;
}

export type TimeEstimate =
  | { kind: 'minutes'; minutes: Minutes; text: string; range: Range }
  /** Written but not filled in: `(time: )`, `Time: TODO`. */
  | { kind: 'empty'; text: string; range: Range }
  /** Written but unreadable: `(time: 30)` with no unit, `(time: soon)`. */
  | { kind: 'unreadable'; text: string; range: Range };

/** `Video: Why Docker? -- 50 min` in a summary of time spent: a module the log names and the time it gives. */
export interface LoggedTime {
  title: string;
  url?: string;
  estimate: Extract<TimeEstimate, { kind: 'minutes' }>;
  /** The log's line. */
  range: Range;
}

export interface Title {
  text: string;
  range: Range;
}

export interface Area {
  /** The heading text as written, markup removed. */
  heading: string;
  /** "1" in `## Area 1: Some Area`, if any. */
  number?: number;
  /** "Some Area"; empty for a bare `## Area 2`. */
  topic: string;
  /** The heading line. */
  headingRange: Range;
  /**
   * The heading's depth (`##`: 2) as the reader took it, in a quote or list item too; none for a
   * line of text that names an area. The highest area heading so far sets the depth later ones are read at.
   */
  depth?: number;
  /** From the heading to the end of the area's content. */
  range: Range;
  levels: Level[];
  /** All modules of the area, in document order, whatever their level. */
  modules: Module[];
}

export interface Level {
  /** The course's name of the level, however the notes spell it. */
  name: string;
  /** The marker as written (`> **_Basics Level_**`). */
  text: string;
  markerRange: Range;
  /** From the marker to the end of the level's content. */
  range: Range;
  /** Index into NotesModel.areas; undefined for a level written before any area. */
  areaIndex?: number;
  modules: Module[];
}

export type OpenerStyle = 'heading' | 'link-paragraph' | 'list-item' | 'blockquote' | 'paragraph' | 'table-row';

export interface Module {
  title: string;
  url?: string;
  /** Index into NotesModel.areas; undefined before the first area. */
  areaIndex?: number;
  level?: string;
  style: OpenerStyle;
  /** The opener's text on its line(s). */
  openerRange: Range;
  /** Where the title text stands (inside the link text when there is a link). */
  titleRange: Range;
  /** The notes under the module, if any. */
  notesRange?: Range;
  /** From the opener to the end of the notes. */
  range: Range;
  estimate?: TimeEstimate;
  hasNotes: boolean;
  /**
   * `- Containers: [All About Containers](https://me.example/…)`: the opener names a group or a
   * level of the course's page and links a page of the student's: every module of it is there.
   */
  covers?: 'group' | 'level';
}

export interface Placeholder {
  text: string;
  range: Range;
}

export interface TableOfContents {
  range: Range;
  entries: { text: string; target: string; range: Range }[];
}

/** One line of code as it stands in the document, container prefixes (`> `, list indent) removed. */
export interface CodeLine {
  line: number;
  /** Where `text` starts on that line. */
  character: number;
  text: string;
}

export interface CodeSpan {
  kind: 'inline' | 'block';
  /** The fence's info string language, lower-cased; undefined for inline code and bare fences. */
  lang?: string;
  /** The whole construct including fences or backticks. */
  range: Range;
  /** The code itself, line by line, mapped to the document. */
  lines: CodeLine[];
}

export interface NotesDetection {
  isNotes: boolean;
  /** Why the document was (or was not) taken for notes, for logs and the CLI. */
  reasons: string[];
}

export interface NotesModel {
  title?: Title;
  areas: Area[];
  /** Every level marker in document order. */
  levels: Level[];
  /** Every module in document order. */
  modules: Module[];
  placeholders: Placeholder[];
  tablesOfContents: TableOfContents[];
  /** The headings of summaries of time spent and of contents sections: their lines repeat the modules. */
  summaries: Range[];
  /** The timed lines of those summaries, in document order: what a time log says each module took. */
  loggedTimes: LoggedTime[];
  code: CodeSpan[];
  detection: NotesDetection;
  /** Number of lines in the document, to check that ranges lie inside it. */
  lineCount: number;
}
