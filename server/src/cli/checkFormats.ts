import type { Diagnostic } from 'vscode-languageserver-types';
import type { Colors } from './colors';
import { printable } from './printable';
import { codeOf, countsOf, messageOf, severityWord, type FileReport } from './report';

/** `file:line:col severity code message`, 1-based like every editor's "go to", files separated by a blank line. */
export function formatText(reports: readonly FileReport[], colors: Colors): string {
  const paint = { error: colors.red, warning: colors.yellow, info: colors.blue, hint: colors.dim };
  const blocks = reports
    .filter((r) => r.diagnostics.length)
    .map((r) =>
      r.diagnostics
        .map((d) => {
          const severity = severityWord(d);
          const where = `${printable(r.file)}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
          return `${colors.bold(where)} ${paint[severity](severity)} ${colors.dim(codeOf(d))} ${printable(messageOf(d))}`;
        })
        .join('\n'),
    );
  return blocks.length ? `${blocks.join('\n\n')}\n\n${totals(reports, colors)}\n` : `${colors.green('✔ no problems')} in ${plural(reports.length, 'file')}\n`;
}

function totals(reports: readonly FileReport[], colors: Colors): string {
  const counts = countsOf(reports);
  const line = `✖ ${plural(counts.errors + counts.warnings + counts.others, 'problem')} (${plural(counts.errors, 'error')}, ${plural(counts.warnings, 'warning')}, ${counts.others} info/hint) in ${plural(reports.length, 'file')}`;
  return counts.errors ? colors.red(line) : counts.warnings ? colors.yellow(line) : line;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function formatJson(reports: readonly FileReport[]): string {
  const counts = countsOf(reports);
  const files = reports.map((r) => ({ file: r.file, diagnostics: r.diagnostics.map(jsonDiagnostic) }));
  return `${JSON.stringify({ errorCount: counts.errors, warningCount: counts.warnings, otherCount: counts.others, files }, null, 2)}\n`;
}

function jsonDiagnostic(d: Diagnostic) {
  return {
    line: d.range.start.line + 1,
    column: d.range.start.character + 1,
    endLine: d.range.end.line + 1,
    endColumn: d.range.end.character + 1,
    severity: severityWord(d),
    code: codeOf(d),
    message: messageOf(d),
  };
}

/** GitHub workflow commands, which annotate the pull request's diff at each line. */
export function formatGithub(reports: readonly FileReport[]): string {
  const command = { error: 'error', warning: 'warning', info: 'notice', hint: 'notice' };
  const lines = reports.flatMap((r) =>
    r.diagnostics.map((d) => {
      const properties = [
        `file=${escapeProperty(r.file.split('\\').join('/'))}`,
        `line=${d.range.start.line + 1}`,
        `col=${d.range.start.character + 1}`,
        `endLine=${d.range.end.line + 1}`,
        `endColumn=${d.range.end.character + 1}`,
        `title=${escapeProperty(codeOf(d))}`,
      ];
      return `::${command[severityWord(d)]} ${properties.join(',')}::${escapeData(messageOf(d))}`;
    }),
  );
  return lines.length ? `${lines.join('\n')}\n` : '';
}

/**
 * A file name or a student's module title as the text format shows it: no escape sequence or BEL reaches the
 * log, and a line break, which would end the command, is `\x0a` (so @actions/core's `%0A` and `%0D` are never
 * needed). Then the other escapes of @actions/core: a `%` and, in a property, a comma or a colon would otherwise
 * be read as the command's own syntax.
 */
function escapeData(text: string): string {
  return printable(text).replace(/%/g, '%25');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
