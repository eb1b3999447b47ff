// A check's output written file by file (cli/check.ts, cli/checkFormats.ts): the same bytes as the
// whole document written at once, with the totals the JSON formats put first known only at the end.
import { strict as assert } from 'node:assert';
import fc from 'fast-check';
import { DiagnosticSeverity, type Diagnostic } from 'vscode-languageserver-types';
import { CheckedFiles } from '../../server/src/cli/check';
import { JsonItems } from '../../server/src/cli/checkFormats';
import { colorsFor } from '../../server/src/cli/colors';
import type { FileReport } from '../../server/src/cli/report';

const json = fc.jsonValue();

const diagnostic: fc.Arbitrary<Diagnostic> = fc.record({
  range: fc.record({ start: fc.record({ line: fc.nat(500), character: fc.nat(80) }), end: fc.record({ line: fc.nat(500), character: fc.nat(80) }) }),
  severity: fc.constantFrom(DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information, DiagnosticSeverity.Hint),
  code: fc.constantFrom('missing-time', 'duplicate-module', 'placeholder'),
  message: fc.string(),
});
const reports: fc.Arbitrary<FileReport[]> = fc.array(fc.record({ file: fc.string({ minLength: 1 }), diagnostics: fc.array(diagnostic, { maxLength: 4 }) }), { maxLength: 6 });

function written(text: readonly (string | Uint8Array)[]): string {
  return text.map((part) => (typeof part === 'string' ? part : Buffer.from(part).toString('utf8'))).join('');
}

describe('check output, file by file', () => {
  it('writes an array item by item as JSON.stringify writes it whole, with totals before it', () => {
    // The array two levels down (the json format's files) and four (SARIF's results).
    const shapes = [(list: unknown[], other: unknown) => ({ total: list.length, other, list }), (list: unknown[], other: unknown) => ({ total: list.length, runs: [{ other, list }] })];
    fc.assert(
      fc.property(fc.array(json, { maxLength: 5 }), json, fc.constantFrom(0, 1), (items, other, shape) => {
        const documentOf = (list: unknown[]) => JSON.stringify({ ...shapes[shape](list, other), total: items.length }, null, 2);
        const list = new JsonItems(shape ? 4 : 2);
        const body = items.map((item) => list.item(item)).join('');
        const { before, after } = list.around(documentOf([]), 'list');
        assert.equal(before + body + after, documentOf(items));
      }),
    );
  });

  it('gives the counts and files of every report it was given, in their order, in each format', () => {
    const colors = colorsFor({}, false, {});
    fc.assert(
      fc.property(reports, fc.boolean(), (given, quiet) => {
        const outputs = (['json', 'sarif', 'text', 'github'] as const).map((format) => {
          const checked = new CheckedFiles({ format, fix: false, quiet, sarifFile: format === 'json' ? 'also.sarif' : undefined }, colors, '1.0.0');
          given.forEach((report) => checked.add(report));
          const result = checked.finish(() => {});
          return { output: written(result.output), sarif: result.sarif && written(result.sarif), exitCode: result.exitCode };
        });
        const shown = given.map((report) => ({ ...report, diagnostics: report.diagnostics.filter((d) => !quiet || d.severity === DiagnosticSeverity.Error) }));
        const asJson = JSON.parse(outputs[0].output) as { errorCount: number; files: { file: string; diagnostics: { message: string }[] }[] };
        assert.deepEqual(asJson.files.map((file) => [file.file, file.diagnostics.map((d) => d.message)]), shown.map((report) => [report.file, report.diagnostics.map((d) => d.message)]));
        assert.equal(asJson.errorCount, shown.flatMap((report) => report.diagnostics).filter((d) => d.severity === DiagnosticSeverity.Error).length);
        const sarif = JSON.parse(outputs[1].output) as { runs: { results: { message: { text: string } }[] }[] };
        assert.deepEqual(sarif.runs[0].results.map((result) => result.message.text), shown.flatMap((report) => report.diagnostics.map((d) => d.message)));
        assert.equal(outputs[0].sarif, outputs[1].output, 'the --sarif-file is the sarif format');
        const anyError = given.some((report) => report.diagnostics.some((d) => d.severity === DiagnosticSeverity.Error));
        for (const { exitCode } of outputs) assert.equal(exitCode, anyError ? 1 : 0);
      }),
    );
  });
});
