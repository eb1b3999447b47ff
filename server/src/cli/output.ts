import { appendFileSync, closeSync, constants, fstatSync, ftruncateSync, lstatSync, mkdirSync, openSync, statSync, writeFileSync, type Stats } from 'node:fs';
import path from 'node:path';
import { CliError } from './errors';

/**
 * The file of -o/--output-file (its folder made if missing, as ESLint does). It never replaces a file the
 * run reads, known by device and inode whatever the path (`..`, a hard link), and never writes through a
 * link, as --fix does not: a report planted as a link in a student's folder would write it anywhere.
 * Without a --force: a user whose report is a link names the file it points to.
 */
export class ReportFile {
  private readonly file: string;
  /** `device:inode` of each input, to the input as the run names it. */
  private readonly inputs = new Map<string, string>();

  /** Refuses at once, before --fix writes anything: a refused run leaves every file as it was. */
  constructor(
    private readonly outputFile: string,
    cwd: string,
    inputs: Iterable<string>,
  ) {
    this.file = path.resolve(cwd, outputFile);
    for (const input of inputs) {
      const stats = statOrUndefined(() => statSync(path.resolve(cwd, input)));
      if (stats) this.inputs.set(identityOf(stats), input);
    }
    const stats = statOrUndefined(() => lstatSync(this.file));
    if (stats?.isSymbolicLink()) this.refuseLink();
    if (stats) this.refuseInput(stats);
  }

  /** Checked again on the file opened, so a link or an input put there during the run is refused too. */
  write(text: ReportText): void {
    writing(this.outputFile, () => {
      mkdirSync(path.dirname(this.file), { recursive: true });
      const descriptor = this.open();
      try {
        const stats = fstatSync(descriptor);
        this.refuseInput(stats);
        // A FIFO or a device (/dev/null) has nothing to truncate.
        if (stats.isFile()) ftruncateSync(descriptor);
        for (const part of text) writeFileSync(descriptor, part);
      } finally {
        closeSync(descriptor);
      }
    });
  }

  private open(): number {
    try {
      return openSync(this.file, constants.O_WRONLY | constants.O_CREAT | constants.O_NOFOLLOW, 0o666);
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ELOOP') this.refuseLink();
      throw error;
    }
  }

  private refuseLink(): never {
    throw new CliError(`cannot write the report to ${this.outputFile}: a symbolic link (name the file it points to)`);
  }

  private refuseInput(stats: Stats): void {
    const input = this.inputs.get(identityOf(stats));
    if (input !== undefined) throw new CliError(`cannot write the report to ${this.outputFile}: it is ${input}, which this run reads`);
  }
}

function identityOf(stats: Stats): string {
  return `${stats.dev}:${stats.ino}`;
}

function statOrUndefined(stat: () => Stats): Stats | undefined {
  try {
    return stat();
  } catch {
    return undefined;
  }
}

/** A report in the parts it was made in, written in turn: a class's report is never one string. */
export type ReportText = readonly (string | Uint8Array)[];

/** The report on stdout, or in the file of -o. */
export function writeReport(text: ReportText, reportFile: ReportFile | undefined, stdout: NodeJS.WritableStream): void {
  if (reportFile) reportFile.write(text);
  else for (const part of text) stdout.write(part);
}

/** Text gathered into one part of a held report before it leaves the heap. */
const partLength = 64 * 1024;

/**
 * A report's text as its files are checked, held off the JavaScript heap (as UTF-8) until the
 * run writes it: what some formats put first (the totals) is known last, and a run that fails at
 * its end leaves the report it would have replaced as it was.
 */
export class HeldText {
  private readonly parts: Buffer[] = [];
  private pending = '';

  add(text: string): void {
    this.pending += text;
    if (this.pending.length >= partLength) this.settle();
  }

  /** The text between `before` and `after`, in the order it was added. */
  between(before: string, after: string): ReportText {
    this.settle();
    return [before, ...this.parts, after];
  }

  private settle(): void {
    if (this.pending) this.parts.push(Buffer.from(this.pending));
    this.pending = '';
  }
}

/** GitHub's job summary file collects every step's Markdown, so it is appended to, never replaced. */
export function appendJobSummary(markdown: string, summaryFile: string): void {
  writing(summaryFile, () => appendFileSync(summaryFile, markdown));
}

function writing(file: string, write: () => void): void {
  try {
    write();
  } catch (error) {
    if (error instanceof CliError) throw error;
    throw new CliError(`cannot write ${file} (${(error as NodeJS.ErrnoException).code ?? String(error)})`);
  }
}
