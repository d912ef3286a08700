/** Parsing of shared CLI option values (mode, budget), with errors that name the flag. */
import { MODES, type Mode } from '../core/next-action.js';
import { CliUsageError } from './exit.js';

/** A work-up mode flag (instant, questions-only, budgeted, no-budget); a usage error otherwise. */
export function parseMode(value: string): Mode {
  if (!(MODES as readonly string[]).includes(value)) throw new CliUsageError(`--mode must be one of ${MODES.join(', ')}`);
  return value as Mode;
}

/** A non-negative number flag; a usage error otherwise. */
export function parseNonNegative(flag: string, value: string): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n < 0) throw new CliUsageError(`${flag} must be a number >= 0`);
  return n;
}
