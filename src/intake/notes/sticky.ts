/**
 * Sticky-regex helpers for the value readers: try a `y`-flagged pattern at one offset. Its own module so that
 * `quantities.ts` and `value-series.ts` share it without importing each other (which would be a cycle).
 */

/** The match of sticky pattern `re` at offset `at` of `text`, or null. */
export function sticky(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

/** Where a sticky pattern's match at `at` ends, or -1 when it does not match: `test`, not `exec`, where only the extent is used (no match array per try). */
export function stickyEnd(re: RegExp, text: string, at: number): number {
  re.lastIndex = at;
  return re.test(text) ? re.lastIndex : -1;
}
