import { homepage } from '../../../package.json';
import { diagnosticCodes, type DiagnosticCode } from '../document/settings';
import { codeOf, messageOf, severityWord, type FileReport } from './report';

/**
 * What each code means and how to fix it, for code-scanning UIs that show a rule beside each
 * result; README.md's "Diagnostic codes" says the same (a unit test keeps them together).
 */
export const ruleHelp: Record<DiagnosticCode, { means: string; fix: string }> = {
  'missing-time': {
    means: 'A module has no time estimate, or an empty one such as "(time: )".',
    fix: 'Write how long the module took after its title, e.g. "(time: 45 min)" or "(1.5 hours)"; the quick fix inserts the catalog\'s time.',
  },
  'invalid-time': {
    means: 'A time estimate cannot be read as a duration, e.g. a number without a unit or "(time: soon)".',
    fix: 'Give a number with a unit: "(time: 30 min)", "(time: 1 h)", "(1.5 hours)".',
  },
  placeholder: {
    means: 'Template text was never replaced, e.g. "Include notes here" or "FILL ME IN".',
    fix: 'Write your own notes in its place, or delete it (the quick fix and `study-notes check --fix` remove it).',
  },
  'empty-module': {
    means: 'A module has no notes under it.',
    fix: 'Add what you learned in the module under its heading or list item, or remove the module.',
  },
  'empty-area': {
    means: 'An area heading has no modules.',
    fix: 'Add the modules you studied in the area (completion after "[" offers the catalog\'s), or remove the heading.',
  },
  'duplicate-module': {
    means: 'The same module is written more than once.',
    fix: 'Keep one entry and merge the notes of the others into it.',
  },
  'copied-link': {
    means: 'A module\'s link is the page of another course module than its title names: most likely a link copied from another module.',
    fix: 'Link the title to its own module\'s page (the quick fix puts the course\'s address), or correct the title.',
  },
  'likely-module': {
    means: 'A module is counted as a module of the course by its title and its place among the others only, not by its address or exact title.',
    fix: 'Check that it is the course module named; the quick fix links its title to the course\'s page (or writes the course\'s title), which makes it sure.',
  },
  'unplaced-module': {
    means: 'A module with notes matches no module of the course, so it does not count towards progress.',
    fix: 'If it is a course module, link it to the course\'s page (the quick fix offers the likeliest ones); if it is your own extra, leave it.',
  },
  'level-claim': {
    means: 'A level of the course ticked in a check list (`- [x] <level> Level`) that the notes do not reach yet, or one they reach that is left unticked.',
    fix: 'Write the notes of the modules the message lists, or untick the level; the quick fix ticks a level the notes reach.',
  },
  'docker-command': {
    means: 'A docker or kubectl command line the client would refuse: an unknown or removed command or flag, or a misspelt program name.',
    fix: 'Correct the command as the message suggests (hover shows the command\'s reference); turn the check off with the docker.enabled setting.',
  },
  'read-by-lines': {
    means: 'The file is too large or too dense in markup to be read in full while editing: it is read line by line and its code blocks are not checked.',
    fix: 'Split the file (one per area or level), or ignore this information; set its severity to "off" to hide it.',
  },
};

/** README.md's section on the codes, on the project's home page (package.json's homepage). */
export const codesHelpUri = `${homepage.replace(/#.*$/, '')}#diagnostic-codes`;

const sarifLevel = { error: 'error', warning: 'warning', info: 'note', hint: 'note' } as const;

/** SARIF 2.1.0 for GitHub code scanning and other viewers; columns are UTF-16 units, as in LSP (SARIF's default columnKind). */
export function formatSarif(reports: readonly FileReport[], version: string): string {
  const rules = diagnosticCodes.map((id) => {
    const { means, fix } = ruleHelp[id];
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
