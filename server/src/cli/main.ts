import { helpText, parseArgs, type CliOptions, type CourseOptions, type HistoryOptions, type InputOptions } from './args';
import { runCourse } from './course';
import { CheckedFiles, checkFile, shownOf } from './check';
import { colorsFor, type Colors } from './colors';
import { SettingsFinder } from './config';
import { CliError, type ReportLine } from './errors';
import { jobSummary } from './github';
import { candidatesFor } from './inputs';
import { loadNotes, Services, type Loaded, type NotesFile } from './load';
import type { ClassHistory } from './history/classHistory';
import { readClassHistory } from './history/readHistory';
import { appendJobSummary, ReportFile, writeReport } from './output';
import { printable } from './printable';
import { progressBar } from './progress';
import type { FileReport } from './report';
import { runSummary, summarisedFile, type SummarisedFile } from './summary';

export interface Io {
  argv: readonly string[];
  cwd: string;
  env: NodeJS.ProcessEnv;
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
  version: string;
  /** The built command's file: worker threads run it to read files on the other cores. */
  bundle?: string;
  /** What the process does between a run's files: the command bounds its heap's growth (cli/heapGrowth.ts). */
  betweenFiles?: () => void;
}

/** Runs one command and returns its exit code; user mistakes become one line on stderr, never a stack trace. */
export async function main(io: Io): Promise<number> {
  try {
    return await run(parseArgs(io.argv), io);
  } catch (error) {
    // A bug is still one line: the user can report it, and a trace tells them nothing.
    const lines = error instanceof CliError ? error.lines : [`internal error, please report it: ${error instanceof Error ? error.message : String(error)}`];
    lines.forEach((line) => say(io, line));
    return error instanceof CliError ? error.exitCode : 2;
  }
}

async function run(options: CliOptions, io: Io): Promise<number> {
  if (options.command === 'help') return write(io.stdout, helpText, 0);
  if (options.command === 'version') return write(io.stdout, `${io.version}\n`, 0);
  if (options.command === 'course') return course(options, io);
  return options.command === 'check' ? check(options, io) : summary(options, io);
}

type CheckCommand = Extract<CliOptions, { command: 'check' }>;
type SummaryCommand = Extract<CliOptions, { command: 'summary' }>;
type LoadedRun = Awaited<ReturnType<typeof load>>;

async function check(options: CheckCommand, io: Io): Promise<number> {
  const log = (line: string) => say(io, line);
  const checked = new CheckedFiles(options, colorsOf(options, io), io.version);
  const jobSummary = options.format === 'github' && io.env.GITHUB_STEP_SUMMARY;
  // A check that fixes nothing and writes no job summary needs of each file its findings only: it takes them as each file is read.
  const loaded = await load(options, io, options.fix || jobSummary ? undefined : (notes) => checked.add(checkFile(notes, options, log)));
  const pages = pagesOfNotes(loaded);
  const stopped = stoppedEarly(loaded, checked.files || pages, io);
  if (stopped !== undefined) return stopped;
  if (!loaded.files.length && !checked.files) say(io, `no notes file to check: ${pages} ${pages === 1 ? 'page' : 'pages'} of notes, which "study-notes summary" reads for progress; a page has nothing to check`);
  const reportFile = reportFileOf(options, loaded, io);
  const sarifFile = options.sarifFile === undefined ? undefined : new ReportFile(options.sarifFile, io.cwd, loaded.inputs);
  const reports = loaded.files.map((notes) => checkFile(notes, options, log));
  reports.forEach((report) => checked.add(report));
  const result = checked.finish(log, loaded.problems.filter((line) => typeof line === 'string').length);
  writeReport(result.output, reportFile, io.stdout);
  if (result.sarif) sarifFile?.write(result.sarif);
  if (jobSummary) writeJobSummary(reports.map((report) => shownOf(report, options)), loaded.files, io);
  return ended(loaded.problems, result.exitCode, io);
}

async function summary(options: SummaryCommand, io: Io): Promise<number> {
  // Each file's sums are taken as it is read, and its text and model dropped.
  const files: SummarisedFile[] = [];
  const loaded = await load(options, io, (notes) => files.push(summarisedFile(notes, io.cwd)));
  // Students graded at a time before any of their commits leave nothing to read, and nothing else to say why.
  // Loading kept a folder of pages alone only where they place a module: that student is measured from them.
  const stopped = stoppedEarly(loaded, files.length || pagesOfNotes(loaded), io, options.at === undefined ? undefined : `no notes file in any student's repository at a commit by --at "${options.at}": nothing to grade then`);
  if (stopped !== undefined) return stopped;
  const reportFile = reportFileOf(options, loaded, io);
  writeReport([runSummary(files, options.format, colorsOf(options, io), io.cwd, loaded.skipped, loaded.history, (line) => say(io, line))], reportFile, io.stdout);
  return ended(loaded.problems, 0, io);
}

/** The pages of notes read (files that do not read as notes, with text): a folder of them alone is a student's notes. */
function pagesOfNotes({ skipped }: LoadedRun): number {
  return skipped?.filter((page) => page.summary?.hasText).length ?? 0;
}

/** The exit code of a run with nothing to report: every file ignored, or none could be read. */
function stoppedEarly({ files, problems, warnings, ignoredAll }: LoadedRun, handedOn: number, io: Io, nothingRead?: string): number | undefined {
  for (const warning of warnings) say(io, warning);
  if (ignoredAll) return write(io.stderr, 'study-notes: no files to check: the "ignores" setting ignores every file\n', 0);
  if (files.length || handedOn) return undefined;
  problems.forEach((problem) => say(io, problem));
  if (!problems.length) say(io, nothingRead ?? 'no notes file was read');
  return 2;
}

function reportFileOf(options: InputOptions, { inputs }: LoadedRun, io: Io): ReportFile | undefined {
  return options.outputFile === undefined ? undefined : new ReportFile(options.outputFile, io.cwd, inputs);
}

/** Colour where the report reaches a terminal: a report in a file has none unless --color asks. */
function colorsOf(options: InputOptions, io: Io): Colors {
  return colorsFor(options.outputFile === undefined ? io.stdout : {}, options.color, io.env);
}

/** The files that could not be read are said last, under the report, and fail the run. */
function ended(problems: readonly ReportLine[], exitCode: number, io: Io): number {
  problems.forEach((problem) => say(io, problem));
  return problems.length ? 2 : exitCode;
}

/**
 * `inputs`: every file the run reads (notes, settings, catalogs), which the report must not replace.
 * A summary reads the class's history too: with --at, the student repositories' files are those of
 * the commit graded.
 */
async function load(options: CliOptions & InputOptions, io: Io, handOn?: (notes: NotesFile) => void): Promise<Loaded & { ignoredAll?: boolean; inputs: string[]; history?: ClassHistory }> {
  const finder = new SettingsFinder(io.cwd, options.config);
  finder.forRun();
  const { candidates, problems } = candidatesFor(options.paths, { cwd: io.cwd, finder, stdinFilename: options.stdinFilename });
  // A pre-commit hook names only the changed files; when the settings ignore them all, there is nothing wrong.
  if (!candidates.length && !problems.length) return { files: [], problems: [], warnings: [], ignoredAll: true, inputs: [] };
  const services = new Services(io.cwd);
  const history = options.command === 'summary' ? await readClassHistory(options as HistoryOptions, candidates, finder, io.cwd, services) : undefined;
  const toLoad = history ? await history.gradedCandidates(candidates) : candidates;
  const progress = progressBar(toLoad.length, io.stderr);
  try {
    const eachFile = (file: string): void => {
      progress.tick(file);
      io.betweenFiles?.();
    };
    const loaded = await loadNotes(toLoad, finder, io.cwd, eachFile, { concurrency: options.concurrency ?? 'auto', bundle: io.bundle, checks: options.command === 'check', handOn }, services);
    await history?.gradeEachRound();
    const inputs = [...candidates.filter((candidate) => !candidate.stdin).map((candidate) => candidate.file), ...finder.read];
    return { ...loaded, skipped: [...(loaded.skipped ?? []), ...(history?.unreadable ?? [])], problems: [...problems, ...loaded.problems, ...(history?.problems ?? [])], inputs, history };
  } finally {
    progress.done();
  }
}

/** `course check` prints what it understood; `course convert` writes the JSON, to -o when given (never over one of its pages). */
function course(options: CourseOptions, io: Io): number {
  const result = runCourse(options);
  result.problems.forEach((problem) => say(io, problem));
  if (result.output) writeReport([result.output], options.outputFile === undefined ? undefined : new ReportFile(options.outputFile, io.cwd, options.files), io.stdout);
  return result.exitCode;
}

function writeJobSummary(reports: readonly FileReport[], files: readonly NotesFile[], io: Io): void {
  const timeTable = runSummary(files.map((notes) => summarisedFile(notes, io.cwd)), 'markdown', colorsFor({}, false, io.env), io.cwd);
  appendJobSummary(jobSummary(reports, timeTable), io.env.GITHUB_STEP_SUMMARY as string);
}

/**
 * A line on stderr; it may name a file or quote a student's text, so it is printed as text, never
 * as terminal escapes or a second line (a fake "::error" workflow command).
 */
function say(io: Io, line: ReportLine): void {
  io.stderr.write(typeof line === 'string' ? `study-notes: ${printable(line)}\n` : `  ${printable(line.detail)}\n`);
}

function write(stream: NodeJS.WriteStream, text: string, exitCode: number): number {
  stream.write(text);
  return exitCode;
}
