import type { CheckFormat } from './args';
import { formatJson, formatText } from './checkFormats';
import type { Colors } from './colors';
import { fixFile } from './fix';
import { formatGithubLimited } from './github';
import type { NotesFile } from './load';
import { exitCodeOf, countsOf, severityWord, type FileReport } from './report';
import { savedMeanwhile } from './safeFile';
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

export function runCheck(files: readonly NotesFile[], options: CheckOptions, colors: Colors, version: string, log: (line: string) => void): CheckResult {
  let unfixed = 0;
  const reports: FileReport[] = files.map((notes) => {
    if (!options.fix) return { file: notes.file, diagnostics: notes.diagnose() };
    const outcome = fixAndDiagnose(notes, log);
    if (outcome.unfixed) unfixed++;
    return { file: notes.file, diagnostics: outcome.diagnostics };
  });
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
