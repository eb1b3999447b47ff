import type { Diagnostic } from 'vscode-languageserver-types';
import { formatGithub } from './checkFormats';
import { printable } from './printable';
import { codeOf, countsOf, messageOf, severityWord, type FileReport } from './report';

/** GitHub shows at most 10 annotations of each kind (error, warning, notice) per step and drops the rest. */
export const annotationsPerKind = 10;

type Kind = 'error' | 'warning' | 'notice';
const kinds: readonly Kind[] = ['error', 'warning', 'notice'];
const kindOf = (d: Diagnostic): Kind => ({ error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const)[severityWord(d)];

/** The problems GitHub will show, errors first, then warnings, then notices, each in file order. */
export function annotated(reports: readonly FileReport[]): FileReport[][] {
  return kinds.map((kind) => {
    let left = annotationsPerKind;
    return reports.map((r) => {
      const diagnostics = r.diagnostics.filter((d) => kindOf(d) === kind).slice(0, Math.max(left, 0));
      left -= diagnostics.length;
      return { file: r.file, diagnostics };
    });
  });
}

/** Workflow commands for the problems GitHub will show; the rest go to the job summary. */
export function formatGithubLimited(reports: readonly FileReport[]): string {
  return annotated(reports).map(formatGithub).join('');
}

/** The time table is the summary command's Markdown, given by the caller so this file does not compute times. */
export function jobSummary(reports: readonly FileReport[], timeTable: string): string {
  const shown = new Set(annotated(reports).flatMap((group) => group.flatMap((r) => r.diagnostics)));
  const rest = kinds.flatMap((kind) => reports.flatMap((r) => r.diagnostics.filter((d) => kindOf(d) === kind && !shown.has(d)).map((d) => ({ file: r.file, d }))));
  const counts = countsOf(reports);
  const lines = [
    `## Study Notes: ${counts.errors} errors, ${counts.warnings} warnings, ${counts.others} notices in ${reports.length} files`,
    '',
    rest.length
      ? `GitHub shows the first ${annotationsPerKind} of each kind as annotations (errors first); the other ${rest.length} are listed here, errors first.`
      : 'Every problem is shown as an annotation.',
    '',
  ];
  if (rest.length) {
    lines.push('| File | Line | Severity | Code | Message |', '| --- | --- | --- | --- | --- |');
    for (const { file, d } of rest) lines.push(`| ${cell(file)} | ${d.range.start.line + 1} | ${severityWord(d)} | ${cell(codeOf(d))} | ${cell(messageOf(d))} |`);
    lines.push('');
  }
  // The summary's own headings go under this one.
  lines.push('### Time per student and file', '', timeTable.trimEnd().replace(/^#/gm, '####'), '');
  return `${lines.join('\n')}\n`;
}

/**
 * A table cell: a pipe or a line break would end it, HTML in a file name or message would render. Control
 * characters are shown as the time table below shows them (a line break as `\x0a`), never written raw.
 */
function cell(text: string): string {
  return printable(text).replace(/[&<>]/g, (c) => `&#${c.charCodeAt(0)};`).replace(/\|/g, '\\|');
}
