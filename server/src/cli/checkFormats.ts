import type { Diagnostic } from 'vscode-languageserver-types';
import type { Colors } from './colors';
import { printable } from './printable';
import { codeOf, messageOf, severityWord, type Counts, type FileReport } from './report';

/**
 * A check's output, written as its files are checked: each file's text in turn, and the text
 * around them once every file is known (the totals, which some formats put first). The run keeps
 * the sums, not the reports.
 */
export interface FileByFile {
  /** One file's text, in the run's order ('' when it shows nothing). */
  file(report: FileReport): string;
  around(totals: Totals): { before: string; after: string };
}

export interface Totals extends Counts {
  files: number;
  /** Inputs that could not be read (a binary file, a bad settings file): said under the report, and the run fails. */
  unread?: number;
}

/** `file:line:col severity code message`, 1-based like every editor's "go to", files separated by a blank line. */
export function textFileByFile(colors: Colors): FileByFile {
  const paint = { error: colors.red, warning: colors.yellow, info: colors.blue, hint: colors.dim };
  let blocks = 0;
  return {
    file(r) {
      if (!r.diagnostics.length) return '';
      const lines = r.diagnostics.map((d) => {
        const severity = severityWord(d);
        const where = `${printable(r.file)}:${d.range.start.line + 1}:${d.range.start.character + 1}`;
        return `${colors.bold(where)} ${paint[severity](severity)} ${colors.dim(codeOf(d))} ${printable(messageOf(d))}`;
      });
      return `${blocks++ ? '\n\n' : ''}${lines.join('\n')}`;
    },
    around: (totals) => ({ before: '', after: blocks ? `\n\n${totalsLine(totals, colors)}${unreadText(totals)}\n` : `${colors.green('✔ no problems')} in ${plural(totals.files, 'file')}${unreadText(totals)}\n` }),
  };
}

function totalsLine(totals: Totals, colors: Colors): string {
  const line = `✖ ${plural(totals.errors + totals.warnings + totals.others, 'problem')} (${plural(totals.errors, 'error')}, ${plural(totals.warnings, 'warning')}, ${totals.others} info/hint) in ${plural(totals.files, 'file')}`;
  return totals.errors ? colors.red(line) : totals.warnings ? colors.yellow(line) : line;
}

/** A run that read only some of its inputs is no clean run, whatever the files read say. */
function unreadText({ unread }: Totals): string {
  return unread ? `, but ${plural(unread, 'input')} could not be read (below)` : '';
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function jsonFileByFile(): FileByFile {
  const files = new JsonItems(2);
  return {
    file: (r) => files.item({ file: r.file, diagnostics: r.diagnostics.map(jsonDiagnostic) }),
    around: (totals) => files.around(`${JSON.stringify({ errorCount: totals.errors, warningCount: totals.warnings, otherCount: totals.others, files: [] }, null, 2)}\n`, 'files'),
  };
}

/**
 * One array of a JSON document, item by item, as JSON.stringify(document, null, 2) writes it:
 * `depth` levels down (the array's items). The document is given at the end, with the array
 * empty, so what comes before the items may hold totals.
 */
export class JsonItems {
  private written = 0;

  constructor(private readonly depth: number) {}

  item(value: unknown): string {
    const indent = ' '.repeat(2 * this.depth);
    return `${this.written++ ? ',' : ''}\n${indent}${JSON.stringify(value, null, 2).split('\n').join(`\n${indent}`)}`;
  }

  /** `document` has the array empty under `key`, after every other `"key": []` it holds. */
  around(document: string, key: string): { before: string; after: string } {
    const bracket = document.lastIndexOf(`"${key}": []`) + key.length + 4;
    const close = this.written ? `\n${' '.repeat(2 * (this.depth - 1))}]` : ']';
    return { before: document.slice(0, bracket + 1), after: `${close}${document.slice(bracket + 2)}` };
  }
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
