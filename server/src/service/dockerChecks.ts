import type { Diagnostic } from 'vscode-languageserver-types';
import { dockerDiagnostics } from '../docker/dockerDiagnostics';
import { shiftRange } from '../notes/shown';
import type { CodeSpan } from '../notes/types';

/**
 * A code span's docker diagnostics depend on its text alone, wherever it stands: remembered by
 * the text (lines counted from the span's first), an edit re-checks only the spans it changed.
 */
export class DockerChecks {
  private readonly checked = new Map<string, Diagnostic[]>();

  of(code: readonly CodeSpan[]): Diagnostic[] {
    if (this.checked.size > 50_000) this.checked.clear();
    const result: Diagnostic[] = [];
    for (const span of code) {
      const first = span.range.start.line;
      for (const diagnostic of this.ofSpan(span, first)) {
        result.push({ ...diagnostic, range: shiftRange(diagnostic.range, first) });
      }
    }
    return result;
  }

  private ofSpan(span: CodeSpan, first: number): Diagnostic[] {
    let key = `${span.kind}\u0000${span.lang ?? ''}`;
    for (const line of span.lines) key += `\n${line.line - first} ${line.character} ${line.text}`;
    let found = this.checked.get(key);
    if (!found) {
      const range = { start: { line: 0, character: span.range.start.character }, end: { line: span.range.end.line - first, character: span.range.end.character } };
      found = dockerDiagnostics([{ ...span, range, lines: span.lines.map((line) => ({ ...line, line: line.line - first })) }]);
      this.checked.set(key, found);
    }
    return found;
  }
}
