/**
 * The one place where errors become exit codes: 2 for bad input or usage (with every issue and its
 * path), 1 for anything else. No stack traces reach the user, and no input text is echoed.
 */
import { InputError, formatIssues } from '../core/issues.js';
import { ModelNotFoundError } from '../learn/model-error.js';

/**
 * Why a command ended, and its exit code: the one table. `bad-input` covers every `Issue` code
 * (core/issue-codes.ts); the message lists each issue with its code and path.
 */
export const EXIT_CODES = {
  ok: 0,
  failure: 1,
  'bad-input': 2,
  usage: 2,
  'model-not-found': 2,
} as const satisfies Record<string, number>;
export type ExitReason = keyof typeof EXIT_CODES;

export const EXIT_OK = EXIT_CODES.ok;
export const EXIT_FAILURE = EXIT_CODES.failure;
export const EXIT_BAD_INPUT = EXIT_CODES['bad-input'];

/** A usage or input problem detected by the CLI itself (missing file, bad flag value). */
export class CliUsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CliUsageError';
  }
}

/** The reason a thrown value ends a command with (see EXIT_CODES). */
export function exitReasonFor(err: unknown): ExitReason {
  if (err instanceof InputError) return 'bad-input';
  if (err instanceof CliUsageError) return 'usage';
  if (err instanceof ModelNotFoundError) return 'model-not-found';
  return 'failure';
}

/** The exit code for an error a command threw, after writing its message (never input text) to stderr. */
export function exitCodeFor(err: unknown, stderr: (s: string) => void): number {
  const reason = exitReasonFor(err);
  if (err instanceof InputError) stderr(`ddx: invalid input\n${formatIssues(err.issues)}\n`);
  else if (reason !== 'failure' && err instanceof Error) stderr(`ddx: ${err.message}\n`);
  else {
    const name = err instanceof Error ? err.name : 'Error';
    const message = err instanceof Error ? err.message : String(err);
    stderr(`ddx: ${name}: ${message}\n`);
    if (process.env['DDX_DEBUG'] && err instanceof Error && err.stack) stderr(`${err.stack}\n`);
  }
  return EXIT_CODES[reason];
}
