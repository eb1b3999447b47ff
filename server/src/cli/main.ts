import { helpText, parseArgs, type CliOptions } from './args';
import { runCheck } from './check';
import { colorsFor } from './colors';
import { SettingsFinder } from './config';
import { CliError } from './errors';
import { candidatesFor } from './inputs';
import { loadNotes, type Loaded } from './load';
import { progressBar } from './progress';
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
  const { files, problems, warnings } = await load(options.paths, io);
  for (const warning of warnings) io.stderr.write(`study-notes: ${warning}\n`);
  if (!files.length) return write(io.stderr, problems.map((p) => `study-notes: ${p}\n`).join(''), 2);
  const colors = colorsFor(io.stdout, options.color, io.env);
  const result =
    options.command === 'check'
      ? runCheck(files, options, colors, io.version, (line) => io.stderr.write(`study-notes: ${line}\n`))
      : { output: runSummary(files, options.format, colors, io.cwd), exitCode: 0 };
  io.stdout.write(result.output);
  for (const problem of problems) io.stderr.write(`study-notes: ${problem}\n`);
  return problems.length ? 2 : result.exitCode;
}

async function load(paths: readonly string[], io: Io): Promise<Loaded> {
  const candidates = candidatesFor(paths, io.cwd);
  const progress = progressBar(candidates.length, io.stderr);
  try {
    return await loadNotes(candidates, new SettingsFinder(io.cwd), io.cwd, (file) => progress.tick(file));
  } finally {
    progress.done();
  }
}

function write(stream: NodeJS.WriteStream, text: string, exitCode: number): number {
  stream.write(text);
  return exitCode;
}
