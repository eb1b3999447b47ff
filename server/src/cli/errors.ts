/**
 * A problem the user can fix (a bad option, a missing path, a malformed config): reported as one
 * clear line without a stack trace. Exit code 2, like eslint, so CI tells it apart from findings.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
    /** Lines under the message, each one thing wrong (a settings file's keys). */
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }

  get lines(): ReportLine[] {
    return [this.message, ...this.details.map((detail) => ({ detail }))];
  }
}

/** A line said on stderr: a problem, or an indented detail of the problem before it. */
export type ReportLine = string | { detail: string };

const reasons: Record<string, string> = {
  EACCES: 'permission denied',
  EPERM: 'permission denied',
  ENOENT: 'no such file or folder',
  ENOTDIR: 'not a folder',
  EISDIR: 'is a folder',
  ENAMETOOLONG: 'path too long',
  ELOOP: 'too many symbolic links',
  EMFILE: 'too many open files',
  EIO: 'input/output error',
};

/** A file-system error in words for a one-line report: the code's meaning, else the code itself. */
export function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  return code ? (reasons[code] ?? code) : error instanceof Error ? error.message : String(error);
}
