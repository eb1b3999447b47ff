import type { CheckFormat } from './args';
import { formatJson, formatText } from './checkFormats';
import type { Colors } from './colors';
import { CliError } from './errors';
import { applySafeFixes, writeAtomically } from './fix';
import { formatGithubLimited } from './github';
import type { NotesFile } from './load';
import { exitCodeOf, countsOf, severityWord, type FileReport } from './report';
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
  const reports: FileReport[] = files.map((notes) => ({ file: notes.file, diagnostics: options.fix ? fixAndDiagnose(notes, log) : notes.diagnose() }));
  const shown = options.quiet ? reports.map((r) => ({ file: r.file, diagnostics: r.diagnostics.filter((d) => severityWord(d) === 'error') })) : reports;
  const counts = countsOf(reports);
  const exitCode = exitCodeOf(counts, options.maxWarnings);
  if (exitCode && !counts.errors) log(`too many warnings: ${counts.warnings} (--max-warnings ${options.maxWarnings})`);
  return { output: render(shown, options.format, colors, version), exitCode, reports: shown };
}

/** Applies the safe fixes, then reports what is left, as eslint --fix does. */
function fixAndDiagnose(notes: NotesFile, log: (line: string) => void): FileReport['diagnostics'] {
  const diagnostics = notes.diagnose();
  const { text, fixed } = applySafeFixes(notes.document, diagnostics);
  if (!fixed) return diagnostics;
  try {
    writeAtomically(notes.file, text);
  } catch (error) {
    throw new CliError(`${notes.file}: cannot write the fixes (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
  log(`fixed ${fixed} problem${fixed === 1 ? '' : 's'} in ${notes.file}`);
  return notes.reread(text).diagnose();
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
