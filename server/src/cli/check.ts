import type { CheckFormat } from './args';
import { jsonFileByFile, textFileByFile, type FileByFile } from './checkFormats';
import type { Colors } from './colors';
import { fixFile } from './fix';
import { githubFileByFile } from './github';
import type { NotesFile } from './load';
import { HeldText, type ReportText } from './output';
import { addCounts, exitCodeOf, severityWord, type Counts, type FileReport } from './report';
import { savedMeanwhile } from './safeFile';
import { sarifFileByFile } from './sarif';

export interface CheckOptions {
  format: CheckFormat;
  maxWarnings?: number;
  fix: boolean;
  /** Show errors only; warnings still count for maxWarnings, as in ESLint. */
  quiet?: boolean;
}

/** One file's report, its safe fixes applied first with --fix; `unfixed` when --fix had to leave the file alone. */
export function checkFile(notes: NotesFile, options: CheckOptions, log: (line: string) => void): FileReport & { unfixed?: boolean } {
  if (!options.fix) return { file: notes.file, diagnostics: notes.diagnose() };
  const outcome = fixAndDiagnose(notes, log);
  return { file: notes.file, diagnostics: outcome.diagnostics, ...(outcome.unfixed ? { unfixed: true } : {}) };
}

/** What the output shows of a file's report: its errors only with --quiet. */
export function shownOf(report: FileReport, options: CheckOptions): FileReport {
  return options.quiet ? { file: report.file, diagnostics: report.diagnostics.filter((d) => severityWord(d) === 'error') } : { file: report.file, diagnostics: report.diagnostics };
}

export interface CheckResult {
  output: ReportText;
  /** The --sarif-file's report, when asked for. */
  sarif?: ReportText;
  exitCode: number;
}

/**
 * The run's reports, taken as each file is checked: written at once into the output (and the
 * --sarif-file's), in the run's order, and then dropped. The run keeps the sums, not the reports,
 * so a class of any size is checked in the same memory but for its output's text.
 */
export class CheckedFiles {
  private readonly all: Counts = { errors: 0, warnings: 0, others: 0 };
  private readonly shown: Counts = { errors: 0, warnings: 0, others: 0 };
  private unfixed = 0;
  private readonly outputs: { format: FileByFile; text: HeldText }[];
  files = 0;

  constructor(
    private readonly options: CheckOptions & { sarifFile?: string },
    colors: Colors,
    version: string,
  ) {
    const formats = [formatOf(options.format, colors, version), ...(options.sarifFile === undefined ? [] : [sarifFileByFile(version)])];
    this.outputs = formats.map((format) => ({ format, text: new HeldText() }));
  }

  add(report: FileReport & { unfixed?: boolean }): void {
    this.files++;
    if (report.unfixed) this.unfixed++;
    addCounts(this.all, report.diagnostics);
    const shown = shownOf(report, this.options);
    addCounts(this.shown, shown.diagnostics);
    for (const { format, text } of this.outputs) text.add(format.file(shown));
  }

  /** The run's output and exit code, once every file is checked; `unread`: the inputs that could not be read, said after it. */
  finish(log: (line: string) => void, unread = 0): CheckResult {
    const problemsExit = exitCodeOf(this.all, this.options.maxWarnings);
    if (problemsExit && !this.all.errors) log(`too many warnings: ${this.all.warnings} (--max-warnings ${this.options.maxWarnings})`);
    const totals = { ...this.shown, files: this.files, unread };
    const [output, sarif] = this.outputs.map(({ format, text }) => {
      const { before, after } = format.around(totals);
      return text.between(before, after);
    });
    // A file --fix had to leave alone fails the run: CI must not pass with the fixes unwritten.
    return { output, sarif, exitCode: Math.max(problemsExit, this.unfixed ? 1 : 0) };
  }
}

/** Applies the safe fixes, then reports what is left, as eslint --fix does. */
function fixAndDiagnose(notes: NotesFile, log: (line: string) => void): { diagnostics: FileReport['diagnostics']; unfixed: boolean } {
  const outcome = fixFile(notes);
  if (outcome.notFixed === savedMeanwhile) log(`${notes.file} ${savedMeanwhile}`);
  else if (outcome.notFixed) log(`${notes.file}: not fixed: ${outcome.notFixed}`);
  else if (outcome.fixed) log(`fixed ${outcome.fixed} problem${outcome.fixed === 1 ? '' : 's'} in ${notes.file}`);
  return { diagnostics: outcome.notes.diagnose(), unfixed: outcome.notFixed !== undefined };
}

function formatOf(format: CheckFormat, colors: Colors, version: string): FileByFile {
  switch (format) {
    case 'json':
      return jsonFileByFile();
    case 'sarif':
      return sarifFileByFile(version);
    case 'github':
      return githubFileByFile();
    case 'text':
      return textFileByFile(colors);
  }
}
