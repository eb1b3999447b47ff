import { appendFileSync, mkdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { CliError } from './errors';

/** The report on stdout, or in the file of -o/--output-file (its folder made if missing, as ESLint does). */
export function writeReport(text: string, outputFile: string | undefined, cwd: string, stdout: NodeJS.WritableStream): void {
  if (outputFile === undefined) {
    stdout.write(text);
    return;
  }
  const file = path.resolve(cwd, outputFile);
  writing(outputFile, () => {
    mkdirSync(path.dirname(file), { recursive: true });
    writeFileSync(file, text);
  });
}

/** GitHub's job summary file collects every step's Markdown, so it is appended to, never replaced. */
export function appendJobSummary(markdown: string, summaryFile: string): void {
  writing(summaryFile, () => appendFileSync(summaryFile, markdown));
}

function writing(file: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    throw new CliError(`cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
