import type { Diagnostic } from 'vscode-languageserver-types';
import { formatGithub, type FileByFile } from './checkFormats';
import { printable } from './printable';
import { ownCopy } from '../service/ownCopy';
import { codeOf, countsOf, messageOf, severityWord, type FileReport } from './report';

/** GitHub shows at most 10 annotations of each kind (error, warning, notice) per step and drops the rest. */
export const annotationsPerKind = 10;

type Kind = 'error' | 'warning' | 'notice';
const kinds: readonly Kind[] = ['error', 'warning', 'notice'];
const kindOf = (d: Diagnostic): Kind => ({ error: 'error', warning: 'warning', info: 'notice', hint: 'notice' } as const)[severityWord(d)];

/** The problems GitHub will show, taken as the files are checked: the first of each kind, each in file order. */
class Annotations {
  private readonly kept = kinds.map((): FileReport[] => []);
  private readonly left = kinds.map(() => annotationsPerKind);

  /** `keep`: what is kept of a file's annotations (the job summary knows the rest from them by identity). */
  constructor(private readonly keep: (diagnostics: Diagnostic[]) => Diagnostic[] = (diagnostics) => diagnostics) {}

  add(report: FileReport): void {
    kinds.forEach((kind, at) => {
      const diagnostics = report.diagnostics.filter((d) => kindOf(d) === kind).slice(0, this.left[at]);
      this.left[at] -= diagnostics.length;
      if (diagnostics.length) this.kept[at].push({ file: report.file, diagnostics: this.keep(diagnostics) });
    });
  }

  /** Errors first, then warnings, then notices. */
  get groups(): readonly FileReport[][] {
    return this.kept;
  }
}

/** Workflow commands for the problems GitHub will show, written once every file is checked; the rest go to the job summary. */
export function githubFileByFile(): FileByFile {
  // Their own copies: a message quoting a title would keep the file's whole text to the end of the run.
  const annotations = new Annotations(ownCopy);
  return {
    file(report) {
      annotations.add(report);
      return '';
    },
    around: () => ({ before: '', after: annotations.groups.map(formatGithub).join('') }),
  };
}

/** The time table is the summary command's Markdown, given by the caller so this file does not compute times. */
export function jobSummary(reports: readonly FileReport[], timeTable: string): string {
  const annotations = new Annotations();
  reports.forEach((report) => annotations.add(report));
  const shown = new Set(annotations.groups.flatMap((group) => group.flatMap((r) => r.diagnostics)));
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
