/**
 * A problem the user can fix (a bad option, a missing path, a malformed config): reported as one
 * clear line without a stack trace. Exit code 2, like eslint, so CI tells it apart from findings.
 */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode = 2,
  ) {
    super(message);
  }
}
