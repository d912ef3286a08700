/**
 * The one place where errors become exit codes: 2 for bad input or usage (with every issue and its
 * path), 1 for anything else. No stack traces reach the user, and no input text is echoed.
 */
import { InputError, formatIssues } from '../core/issues.js';
import { ModelNotFoundError } from '../learn/model-error.js';

export const EXIT_OK = 0;
export const EXIT_FAILURE = 1;
export const EXIT_BAD_INPUT = 2;

/** A usage or input problem detected by the CLI itself (missing file, bad flag value). */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

export function exitCodeFor(err: unknown, stderr: (s: string) => void): number {
  if (err instanceof InputError) {
    stderr(`ddx: invalid input\n${formatIssues(err.issues)}\n`);
    return EXIT_BAD_INPUT;
  }
  if (err instanceof CliUsageError || err instanceof ModelNotFoundError) {
    stderr(`ddx: ${err.message}\n`);
    return EXIT_BAD_INPUT;
  }
  const name = err instanceof Error ? err.name : 'Error';
  const message = err instanceof Error ? err.message : String(err);
  stderr(`ddx: ${name}: ${message}\n`);
  if (process.env['DDX_DEBUG'] && err instanceof Error && err.stack) stderr(`${err.stack}\n`);
  return EXIT_FAILURE;
}
