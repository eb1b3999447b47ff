import { diagnosticCodes, type DiagnosticCode } from '../service/settings';
import { codeOf, messageOf, severityWord, type FileReport } from './report';

/** What each code means, for code-scanning UIs that show a rule beside each result. */
const ruleDescriptions: Record<DiagnosticCode, string> = {
  'missing-time': 'A module has no time estimate, or an empty one such as "(time: )".',
  'invalid-time': 'A time estimate cannot be read as a duration, e.g. a number without a unit.',
  placeholder: 'Template text was never replaced, e.g. "Include notes here".',
  'empty-module': 'A module has no notes under it.',
  'empty-area': 'An area heading has no modules.',
  'duplicate-module': 'The same module is written more than once.',
  'docker-command': 'A docker or kubectl command line the client would refuse (unknown command, flag or program name).',
  'read-by-lines': 'The file is too large or too dense in markup to be read in full while editing: it is read line by line.',
};

const sarifLevel = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** SARIF 2.1.0 for GitHub code scanning and other viewers; columns are UTF-16 units, as in LSP (SARIF's default columnKind). */
export function formatSarif(reports: readonly FileReport[], version: string): string {
  const rules = diagnosticCodes.map((id) => ({ id, shortDescription: { text: ruleDescriptions[id] } }));
  const results = reports.flatMap((r) =>
    r.diagnostics.map((d) => {
      const ruleId = codeOf(d);
      const ruleIndex = (diagnosticCodes as readonly string[]).indexOf(ruleId);
      return {
        ruleId,
        ...(ruleIndex >= 0 ? { ruleIndex } : {}),
        level: sarifLevel[severityWord(d)],
        message: { text: messageOf(d) },
        locations: [
          {
            physicalLocation: {
              artifactLocation: { uri: encodeURI(r.file.split('\\').join('/')) },
              region: {
                startLine: d.range.start.line + 1,
                startColumn: d.range.start.character + 1,
                endLine: d.range.end.line + 1,
                endColumn: d.range.end.character + 1,
              },
            },
          },
        ],
      };
    }),
  );
  const log = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'study-notes', version, rules } }, columnKind: 'utf16CodeUnits', results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
