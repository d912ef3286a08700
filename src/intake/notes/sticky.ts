/**
 * Sticky-regex helpers for the value readers: try a `y`-flagged pattern at one offset, and the cheap character
 * scans that decide, before a try, whether a pattern can start there at all. Its own module so that
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

/** The offset of the first character at or after `at` that is not a space or tab. */
export function afterBlanks(text: string, at: number): number {
  let p = at;
  while (p < text.length) {
    const c = text.charCodeAt(p);
    if (c !== 32 && c !== 9) break;
    p++;
  }
  return p;
}

/** Is `c` (a char code; NaN past the end) an ASCII digit? */
export function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** Is `c` (a char code; NaN past the end) an ASCII letter? */
export function isLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

/** The end of the run of ASCII digits starting at `at` (`at` itself when there is none). */
export function digitsEnd(text: string, at: number): number {
  let p = at;
  while (isDigit(text.charCodeAt(p))) p++;
  return p;
}
