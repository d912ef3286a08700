/**
 * Dates written with the digits of another script (issue 14, session 35, deid-formats12): Unicode CLDR prints a
 * locale's dates in its default numbering system, so Arabic writes "٣ ديسمبر ٢٠٢٦" (arab), Persian "۱۲ آذر ۱۴۰۵"
 * (arabext), Bengali "৩ ডিসেম্বর, ২০২৬" (beng), Marathi and Nepali in Devanagari digits (deva), Burmese in its own
 * (mymr), and Chinese and Japanese writers use the fullwidth forms ("２０２６年１２月３日"). The date readers read ASCII
 * digits. Each Unicode decimal digit (general category Nd) is one of a run of ten from 0 to 9 (Unicode's stability
 * policy), so its value is its place in that run; every such digit of the Basic Multilingual Plane is one UTF-16 code
 * unit, as its ASCII digit is, so a copy of the text with ASCII digits keeps every offset. The date readers run on that
 * copy, and only the DATE spans that hold a digit of another script are kept: the ASCII text's own dates are read
 * already, and a bare number or a year is left to the rules that read the text as written. Pure.
 */
import { detectPatternsAndDates } from './date-readers.js';
import type { CaseMode } from './letter-case.js';
import type { Lexicon } from './lexicon.js';
import type { PhiType, PushSpan as Push } from './types.js';

/** A decimal digit of a script other than ASCII's. */
export const OTHER_DIGIT = /(?![0-9])\p{Nd}/u;
const OTHER_DIGITS = /(?![0-9])\p{Nd}/gu;
const IS_DIGIT = /^\p{Nd}$/u;

/** The value (0-9) of a decimal digit of the Basic Multilingual Plane: its place in its run of Nd characters. */
function digitValue(c: number): number {
  let k = 0;
  while (k < 40 && IS_DIGIT.test(String.fromCharCode(c - k - 1))) k++;
  return k % 10;
}

/** The text with every decimal digit of another script as its ASCII digit (same length), or undefined if it has none. */
export function asciiDigits(text: string): string | undefined {
  if (!OTHER_DIGIT.test(text)) return undefined;
  return text.replace(OTHER_DIGITS, (d) => (d.length === 1 ? String.fromCharCode(48 + digitValue(d.charCodeAt(0))) : d));
}

/**
 * Push DATE spans for the dates that the date readers find once the text's other-script digits read as ASCII. `ascii`
 * is `asciiDigits(text)`, made once per text by the caller for every reader of that copy.
 */
export function detectScriptDigitDates(text: string, ascii: string, lex: Lexicon, push: Push, mode: CaseMode): void {
  const keep: Push = (start: number, end: number, type: PhiType) => {
    if (type === 'DATE' && OTHER_DIGIT.test(text.slice(start, end))) push(start, end, type);
  };
  detectPatternsAndDates(ascii, lex, keep, mode);
}
