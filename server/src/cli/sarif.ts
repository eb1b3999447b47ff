import { homepage } from '../../../package.json';
import { diagnosticCodes, diagnosticRules } from '../document/diagnosticCodes';
import { codeOf, messageOf, severityWord, type FileReport } from './report';

/** README.md's section on the codes, on the project's home page (package.json's homepage). */
export const codesHelpUri = `${homepage.replace(/#.*$/, '')}#diagnostic-codes`;

const sarifLevel = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** SARIF 2.1.0 for GitHub code scanning and other viewers; columns are UTF-16 units, as in LSP (SARIF's default columnKind). */
export function formatSarif(reports: readonly FileReport[], version: string): string {
  const rules = diagnosticCodes.map((id) => {
    const { means, fix } = diagnosticRules[id];
    return {
      id,
      shortDescription: { text: means },
      fullDescription: { text: `${means} ${fix}` },
      help: { text: `${means}\n\nHow to fix: ${fix}`, markdown: `${means}\n\n**How to fix:** ${fix}` },
      helpUri: codesHelpUri,
    };
  });
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
    runs: [{ tool: { driver: { name: 'study-notes', version, informationUri: codesHelpUri, rules } }, columnKind: 'utf16CodeUnits', results }],
  };
  return `${JSON.stringify(log, null, 2)}\n`;
}
