import type { CheckFormat } from './args';
import { formatGithub, formatJson, formatText } from './checkFormats';
import type { Colors } from './colors';
import { diagnose } from './diagnose';
import type { NotesFile } from './load';
import { exitCodeOf, countsOf, type FileReport } from './report';
import { formatSarif } from './sarif';

export interface CheckResult {
  output: string;
  exitCode: number;
}

export function runCheck(files: readonly NotesFile[], format: CheckFormat, maxWarnings: number | undefined, colors: Colors, version: string): CheckResult {
  const reports: FileReport[] = files.map((notes) => ({ file: notes.file, diagnostics: diagnose(notes) }));
  return { output: render(reports, format, colors, version), exitCode: exitCodeOf(countsOf(reports), maxWarnings) };
}

function render(reports: readonly FileReport[], format: CheckFormat, colors: Colors, version: string): string {
  switch (format) {
    case 'json':
      return formatJson(reports);
    case 'sarif':
      return formatSarif(reports, version);
    case 'github':
      return formatGithub(reports);
    case 'text':
      return formatText(reports, colors);
  }
}
