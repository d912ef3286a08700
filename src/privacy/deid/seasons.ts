/**
 * A season's months are no one's date (issue 14, twenty-sixth pass, over-redaction). Safe Harbor removes the date
 * elements of an individual (45 CFR 164.514(b)(2)(i)(C)), not the calendar: a range of two month names right after a
 * noun of a recurring period ("flu season October to March", "winter surge December to February", "the rainy season
 * runs June to September"), with no day or year after it, recurs every year and dates no one. The month-range rule
 * (`identifiers.ts`) leaves such a range, and the vetoes (`eponyms.ts`) drop a month of it read as a name or a place ("April").
 */
import { MONTHS } from './patterns.js';

const SEASON_RANGE = new RegExp(`\\b(?:seasons?|surges?|peaks?)[ \\t]+(?:(?:is|are|runs?|lasts?|from|between)[ \\t]+)?` +
  `(?:${MONTHS})\\b\\.?(?:[ \\t]?[-\\u2013][ \\t]?|[ \\t]+(?:to|and|through|thru|until|till)[ \\t]+)(?:${MONTHS})\\b(?![ \\t]*,?[ \\t]*\\d)`, 'gi');

const MONTH_WORD = new RegExp(`\\b(?:${MONTHS})\\b`, 'i');

/** Whether [start, end) is a month name inside a season's range of months (see the module header). */
export function seasonMonth(text: string, start: number, end: number): boolean {
  if (!/season|surge|peak/i.test(text.slice(Math.max(0, start - 80), start))) return false;
  const from = Math.max(0, start - 80);
  const window = text.slice(from, Math.min(text.length, end + 40));
  for (const m of window.matchAll(SEASON_RANGE)) {
    const at = from + m.index;
    const months = at + m[0].search(MONTH_WORD);
    if (start >= months && end <= at + m[0].length) return true;
  }
  return false;
}
