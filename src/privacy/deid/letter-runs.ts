/**
 * The words of a note as ASCII letter runs, read with character codes (speed): the word rules, the unknown-word rules and
 * propagation each walk every word of every note, where a global regex's `exec` built a match array per word.
 * Each function here gives exactly what the regex it replaces gives (named in its JSDoc); nothing else reads differently.
 */

/** Whether a UTF-16 code unit is an ASCII letter (`[A-Za-z]`); NaN (past the end of a string) is not. */
export const isAsciiLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/** Whether a string starts with a capital then a lower-case letter, as `/^[A-Z][a-z]/.test(s)`. */
export function capitalThenLower(s: string): boolean {
  const a = s.charCodeAt(0);
  const b = s.charCodeAt(1);
  return a >= 65 && a <= 90 && b >= 97 && b <= 122;
}

/**
 * The end of the word that starts at `start` (an ASCII letter): letters and apostrophes, and with `hyphens` the further
 * parts each joined by one hyphen right before a letter. The match at `start` of `/[A-Za-z][A-Za-z']* /` or, with
 * `hyphens`, of `/[A-Za-z][A-Za-z']*(?:-[A-Za-z][A-Za-z']*)* /` (greedy, nothing after it to backtrack for).
 */
function wordEnd(text: string, start: number, hyphens: boolean): number {
  const n = text.length;
  let i = start + 1;
  for (;;) {
    let c = text.charCodeAt(i);
    while (i < n && (isAsciiLetter(c) || c === 39)) c = text.charCodeAt(++i);
    if (!hyphens || c !== 45 || !isAsciiLetter(text.charCodeAt(i + 1))) return i;
    i += 2;
  }
}

/**
 * Calls `visit(start, end)` for each word of `text` in order: the matches of `/[A-Za-z][A-Za-z']* /g`, or with
 * `hyphens` of `/[A-Za-z][A-Za-z']*(?:-[A-Za-z][A-Za-z']*)* /g` (the space before each closing slash only keeps this comment open) (each search resumes at the end of the last match).
 */
export function eachWord(text: string, hyphens: boolean, visit: (start: number, end: number) => void): void {
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (!isAsciiLetter(text.charCodeAt(i))) continue;
    const end = wordEnd(text, i, hyphens);
    visit(i, end);
    i = end - 1;
  }
}
