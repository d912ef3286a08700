/**
 * Problems found in input, as data: a stable code, the JSON path of the offending value and a message.
 * Every layer reports bad input this way; the CLI maps issues to exit code 2 and the server to a 4xx,
 * each in one place. Messages never echo input text, because input may carry PHI.
 */

import type { IssueCode } from './issue-codes.js';

export type { IssueCode } from './issue-codes.js';

export type IssueSeverity = 'error' | 'warning';

export interface Issue {
  /** Stable, machine-readable code, e.g. `type`, `required`, `unknown-finding`, `range` (all listed in issue-codes.ts). */
  readonly code: IssueCode;
  /** JSON path of the offending value, e.g. `$.findings[3].id`. */
  readonly path: string;
  readonly severity: IssueSeverity;
  readonly message: string;
}

/** An issue; an error unless another severity is given. */
export function issue(code: IssueCode, path: string, message: string, severity: IssueSeverity = 'error'): Issue {
  return { code, path, severity, message };
}

/** Thrown inside a layer when input is invalid; carries every issue found, not just the first. */
export class InputError extends Error {
  readonly issues: readonly Issue[];
  constructor(issues: readonly Issue[], options?: { cause?: unknown }) {
    super(formatIssues(issues), options);
    this.name = 'InputError';
    this.issues = issues;
  }
}

/** Issues as text, one line each: path, message and code. */
export function formatIssues(issues: readonly Issue[]): string {
  return issues.map((i) => `${i.path}: ${i.message} [${i.code}]`).join('\n');
}

/** Whether any issue is an error (not only warnings). */
export function hasErrors(issues: readonly Issue[]): boolean {
  return issues.some((i) => i.severity === 'error');
}

/** Append a property or index to a JSON path, quoting keys that are not plain identifiers. */
export function childPath(path: string, key: string | number): string {
  if (typeof key === 'number') return `${path}[${key}]`;
  return /^[A-Za-z_$][\w$]*$/.test(key) ? `${path}.${key}` : `${path}[${JSON.stringify(key)}]`;
}

/** A result at a boundary: callers must branch on `ok`. */
export type Result<T> = { readonly ok: true; readonly value: T; readonly issues: readonly Issue[] } | { readonly ok: false; readonly issues: readonly Issue[] };
