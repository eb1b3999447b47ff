import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';

export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
}

export interface Counts {
  errors: number;
  warnings: number;
  others: number;
}

export function countsOf(reports: readonly FileReport[]): Counts {
  const counts: Counts = { errors: 0, warnings: 0, others: 0 };
  for (const { diagnostics } of reports) addCounts(counts, diagnostics);
  return counts;
}

/** Counts a file's findings into the run's as the file is checked: the run keeps sums, not reports. */
export function addCounts(counts: Counts, diagnostics: readonly Diagnostic[]): void {
  for (const d of diagnostics) {
    if (d.severity === DiagnosticSeverity.Error) counts.errors++;
    else if (d.severity === DiagnosticSeverity.Warning) counts.warnings++;
    else counts.others++;
  }
}

export type SeverityWord = 'error' | 'warning' | 'info' | 'hint';

export function severityWord(diagnostic: Diagnostic): SeverityWord {
  switch (diagnostic.severity) {
    case DiagnosticSeverity.Error:
      return 'error';
    case DiagnosticSeverity.Information:
      return 'info';
    case DiagnosticSeverity.Hint:
      return 'hint';
    default:
      return 'warning';
  }
}

export function codeOf(diagnostic: Diagnostic): string {
  return diagnostic.code === undefined ? 'study-notes' : String(diagnostic.code);
}

/** eslint's rule: errors always fail; warnings fail only over --max-warnings. */
export function exitCodeOf(counts: Counts, maxWarnings: number | undefined): number {
  if (counts.errors > 0) return 1;
  return maxWarnings !== undefined && maxWarnings >= 0 && counts.warnings > maxWarnings ? 1 : 0;
}

/** LSP 3.18 allows Markdown messages; every output here is plain text. */
export function messageOf(diagnostic: Diagnostic): string {
  return typeof diagnostic.message === 'string' ? diagnostic.message : diagnostic.message.value;
}
