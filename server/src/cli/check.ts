import type { CheckFormat } from './args';
import { formatJson, formatText } from './checkFormats';
import type { Colors } from './colors';
import { fixFile } from './fix';
import { formatGithubLimited } from './github';
import type { NotesFile } from './load';
import { exitCodeOf, countsOf, severityWord, type FileReport } from './report';
import { savedMeanwhile } from './safeFile';
import { ownCopy } from '../service/ownCopy';
import { formatSarif } from './sarif';

export interface CheckResult {
  output: string;
  exitCode: number;
  /** What the output shows (errors only with --quiet). */
  reports: FileReport[];
}

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

/**
 * The reports of a check that takes each file's findings as the file is read (a check without
 * --fix): `handOn` for loadNotes. Each is its own copy: a message quoting a title would keep the
 * file's whole text alive.
 */
export function checkedAsRead(options: CheckOptions, log: (line: string) => void): { handOn: (notes: NotesFile) => void; checked: ReturnType<typeof checkFile>[] } {
  const checked: ReturnType<typeof checkFile>[] = [];
  return { handOn: (notes) => void checked.push(ownCopy(checkFile(notes, options, log))), checked };
}

/** The run's output and exit code from its files' reports (checkFile). */
export function runCheck(checked: readonly (FileReport & { unfixed?: boolean })[], options: CheckOptions, colors: Colors, version: string, log: (line: string) => void): CheckResult {
  const unfixed = checked.filter((report) => report.unfixed).length;
  const reports: FileReport[] = checked.map(({ file, diagnostics }) => ({ file, diagnostics }));
  const shown = options.quiet ? reports.map((r) => ({ file: r.file, diagnostics: r.diagnostics.filter((d) => severityWord(d) === 'error') })) : reports;
  const counts = countsOf(reports);
  // A file --fix had to leave alone fails the run: CI must not pass with the fixes unwritten.
  const problemsExit = exitCodeOf(counts, options.maxWarnings);
  if (problemsExit && !counts.errors) log(`too many warnings: ${counts.warnings} (--max-warnings ${options.maxWarnings})`);
  return { output: render(shown, options.format, colors, version), exitCode: Math.max(problemsExit, unfixed ? 1 : 0), reports: shown };
}

/** Applies the safe fixes, then reports what is left, as eslint --fix does. */
function fixAndDiagnose(notes: NotesFile, log: (line: string) => void): { diagnostics: FileReport['diagnostics']; unfixed: boolean } {
  const outcome = fixFile(notes);
  if (outcome.notFixed === savedMeanwhile) log(`${notes.file} ${savedMeanwhile}`);
  else if (outcome.notFixed) log(`${notes.file}: not fixed: ${outcome.notFixed}`);
  else if (outcome.fixed) log(`fixed ${outcome.fixed} problem${outcome.fixed === 1 ? '' : 's'} in ${notes.file}`);
  return { diagnostics: outcome.notes.diagnose(), unfixed: outcome.notFixed !== undefined };
}

function render(reports: readonly FileReport[], format: CheckFormat, colors: Colors, version: string): string {
  switch (format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, version);
    case 'github':
      return formatGithubLimited(reports);
    case 'text':
      return formatText(reports, colors);
  }
}
