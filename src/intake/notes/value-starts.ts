/**
 * First-character tests for the value readers' sticky patterns (`quantities.ts`): each says whether its pattern
 * can match at an offset at all, read off the pattern's own alternatives, so the reader runs the regex only where
 * it may match. A value-dense note tries these patterns after every test name and most tries fail on the first
 * character; a failing regex run costs more than the char reads here. Each test is a necessary condition only
 * (it may say yes where the pattern then fails, never no where it matches), so answers do not change.
 * The patterns carry the `i` flag without `u`: ECMAScript's Canonicalize then never folds a character of code 128
 * or above to an ASCII one (ECMA-262, RegExp Canonicalize), so an ASCII-letter test is exact for their letters.
 */

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

function isAsciiLetter(c: number): boolean {
  const l = c | 32;
  return l >= 97 && l <= 122;
}

function isDigit(c: number): boolean {
  return c >= 48 && c <= 57;
}

/** `FILLER`: every alternative is a word of ASCII letters, or "~". */
export function mayStartFiller(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return isAsciiLetter(c) || c === 126;
}

/** `TREND`: "has", "had", "have", a trend verb or "from": an ASCII letter. */
export function mayStartTrend(text: string, at: number): boolean {
  return isAsciiLetter(text.charCodeAt(at));
}

/** `WORD`: a result word (ASCII letters), "+ve" or "+" to "++++", "-ve", or "1+" to "4+". */
export function mayStartWord(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  return isAsciiLetter(c) || c === 43 || c === 45 || (c >= 49 && c <= 52 && text.charCodeAt(at + 1) === 43);
}

/**
 * `DECADE`: "low", "mid", "high"… (an ASCII letter), or the decade itself, one or two digits, "0", an optional
 * "'", then "s": so after a digit an "s" stands 2, 3 or 4 characters on.
 */
export function mayStartDecade(text: string, at: number): boolean {
  const c = text.charCodeAt(at);
  if (isAsciiLetter(c)) return true;
  if (!isDigit(c)) return false;
  for (let k = 2; k <= 4; k++) if ((text.charCodeAt(at + k) | 32) === 115) return true;
  return false;
}

/** `ARROW`: after blanks, "->", "-->", "→" or "=>". */
export function mayStartArrow(text: string, at: number): boolean {
  const c = text.charCodeAt(afterBlanks(text, at));
  return c === 45 || c === 0x2192 || c === 61;
}

/** `SCALE_TOTAL`: after blanks, "/" or "out of". */
export function mayStartScaleTotal(text: string, at: number): boolean {
  const c = text.charCodeAt(afterBlanks(text, at));
  return c === 47 || (c | 32) === 111;
}

/** The offset after the run of ASCII digits from `at`. */
function afterDigits(text: string, at: number): number {
  let p = at;
  while (isDigit(text.charCodeAt(p))) p++;
  return p;
}

/**
 * `ULN_MULTIPLE` at a digit: its number (digits and points) must be followed, after blanks, by "x", "×", "times" or
 * "fold" ("-fold"). Every char of the run of digits and points is neither, so a match's number ends where the run
 * does. Any other first character (a comparator, a blank, a number word) is left to the pattern.
 */
export function mayStartUlnMultiple(text: string, at: number): boolean {
  let p = at;
  if (!isDigit(text.charCodeAt(p))) return true;
  while (p < text.length) {
    const d = text.charCodeAt(p);
    if (!isDigit(d) && d !== 46) break;
    p++;
  }
  const c = text.charCodeAt(afterBlanks(text, p));
  const l = c | 32;
  return c === 0xd7 || c === 45 || l === 120 || l === 116 || l === 102;
}

/**
 * `QUALIFIER` (after blanks): a bracket, or a clock time: one or two digits, optionally ":" or "." and two digits,
 * then after blanks "am", "pm", "a.m." or "p.m.". A run of three digits is no clock time.
 */
export function mayStartQualifier(text: string, at: number): boolean {
  const p = afterBlanks(text, at);
  const c = text.charCodeAt(p);
  if (c === 40) return true;
  let q = afterDigits(text, p);
  if (q === p || q - p > 2) return false;
  const s = text.charCodeAt(q);
  if (s === 58 || s === 46) {
    if (!isDigit(text.charCodeAt(q + 1)) || !isDigit(text.charCodeAt(q + 2))) return false;
    q += 3;
  }
  const l = text.charCodeAt(afterBlanks(text, q)) | 32;
  return l === 97 || l === 112;
}

/**
 * `COUNT` (after blanks): "x" or "×" and a number, a bracket, or one or two digits then blanks and "set(s)" or
 * "bottle(s)".
 */
export function mayStartCount(text: string, at: number): boolean {
  const p = afterBlanks(text, at);
  const c = text.charCodeAt(p);
  if (!isDigit(c)) return c === 40 || c === 0xd7 || (c | 32) === 120;
  const q = afterDigits(text, p);
  if (q - p > 2) return false;
  const r = afterBlanks(text, q);
  if (r === q) return false;
  const l = text.charCodeAt(r) | 32;
  return l === 115 || l === 98;
}
