import { helpText, parseArgs, type CliOptions, type InputOptions } from './args';
import { runCheck } from './check';
import { colorsFor } from './colors';
import { SettingsFinder } from './config';
import { CliError } from './errors';
import { jobSummary } from './github';
import { candidatesFor } from './inputs';
import { loadNotes, type Loaded, type NotesFile } from './load';
import { appendJobSummary, writeReport } from './output';
import { progressBar } from './progress';
import type { FileReport } from './report';
import { runSummary } from './summary';

export interface Io {
  argv: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  version: string;
}

/** Runs one command and returns its exit code; user mistakes become one line on stderr, never a stack trace. */
export async function main(io: Io): Promise<number> {
  try {
    return await run(parseArgs(io.argv), io);
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    io.stderr.write(`study-notes: ${error.message}\n`);
    return error.exitCode;
  }
}

async function run(options: CliOptions, io: Io): Promise<number> {
  if (options.command === 'help') return write(io.stdout, helpText, 0);
  if (options.command === 'version') return write(io.stdout, `${io.version}\n`, 0);
  const { files, problems, warnings, ignoredAll, skipped } = await load(options, io);
  for (const warning of warnings) io.stderr.write(`study-notes: ${warning}\n`);
  if (ignoredAll) return write(io.stderr, 'study-notes: no files to check: the "ignores" setting ignores every file\n', 0);
  if (!files.length) return write(io.stderr, problems.map((p) => `study-notes: ${p}\n`).join(''), 2);
  const colors = colorsFor(options.outputFile === undefined ? io.stdout : {}, options.color, io.env);
  const result =
    options.command === 'check'
      ? runCheck(files, options, colors, io.version, (line) => io.stderr.write(`study-notes: ${line}\n`))
      : { output: runSummary(files, options.format, colors, io.cwd, skipped), exitCode: 0, reports: [] };
  writeReport(result.output, options.outputFile, io.cwd, io.stdout);
  if (options.command === 'check' && options.format === 'github' && io.env.GITHUB_STEP_SUMMARY) writeJobSummary(result.reports, files, io);
  for (const problem of problems) io.stderr.write(`study-notes: ${problem}\n`);
  return problems.length ? 2 : result.exitCode;
}

async function load(options: InputOptions, io: Io): Promise<Loaded & { ignoredAll?: boolean }> {
  const finder = new SettingsFinder(io.cwd, options.config);
  const candidates = candidatesFor(options.paths, { cwd: io.cwd, finder, stdinFilename: options.stdinFilename });
  // A pre-commit hook names only the changed files; when the settings ignore them all, there is nothing wrong.
  if (!candidates.length) return { files: [], problems: [], warnings: [], ignoredAll: true };
  const progress = progressBar(candidates.length, io.stderr);
  try {
    return await loadNotes(candidates, finder, io.cwd, (file) => progress.tick(file));
  } finally {
    progress.done();
  }
}

function writeJobSummary(reports: readonly FileReport[], files: readonly NotesFile[], io: Io): void {
  const timeTable = runSummary(files, 'markdown', colorsFor({}, false, io.env), io.cwd);
  appendJobSummary(jobSummary(reports, timeTable), io.env.GITHUB_STEP_SUMMARY as string);
}

function write(stream: NodeJS.WriteStream, text: string, exitCode: number): number {
  stream.write(text);
  return exitCode;
}
