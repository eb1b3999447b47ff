import { homepage } from '../../../package.json';
import { diagnosticCodes, diagnosticRules } from '../document/diagnosticCodes';
import type { Diagnostic } from 'vscode-languageserver-types';
import { JsonItems, type FileByFile } from './checkFormats';
import { codeOf, messageOf, severityWord } from './report';

/** README.md's section on the codes, on the project's home page (package.json's homepage). */
export const codesHelpUri = `${homepage.replace(/#.*$/, '')}#diagnostic-codes`;

const sarifLevel = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** SARIF 2.1.0 for GitHub code scanning and other viewers; columns are UTF-16 units, as in LSP (SARIF's default columnKind). */
export function sarifFileByFile(version: string): FileByFile {
  const results = new JsonItems(4);
  return {
    file: (r) => r.diagnostics.map((d) => results.item(sarifResult(r.file, d))).join(''),
    around: () => results.around(`${JSON.stringify(sarifLog(version), null, 2)}\n`, 'results'),
  };
}

/** The log with its results left empty: they are written one by one (JsonItems). */
function sarifLog(version: string) {
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
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [{ tool: { driver: { name: 'study-notes', version, informationUri: codesHelpUri, rules } }, columnKind: 'utf16CodeUnits', results: [] }],
  };
}

function sarifResult(file: string, d: Diagnostic) {
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
          artifactLocation: { uri: encodeURI(file.split('\\').join('/')) },
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
}
