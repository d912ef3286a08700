/**
 * Date intervals in the shapes of the Unicode CLDR interval formats (`intervalFormats`, as `Intl.DateTimeFormat`'s
 * `formatRange` prints them; issue 14, session 26, deid-dates9), where the single-date rules stop at the join:
 * - two numeric dates with a year joined by a dash, hyphen typed for CLDR's en dash, no space (`y/M/d – y/M/d` as
 *   `18/12/2026-10/01/2027`): the single-date rules stop at a date that runs into a hyphen (an identifier's shape);
 * - two numeric month-years (CLDR `yM` interval, `MM.y–MM.y`, `MM/y – MM/y`): `03.2024-05.2024`;
 * - a dotted day-month whose year the interval's second date carries (CLDR `yMd` interval with the greatest difference
 *   in the month, `dd.MM.–dd.MM.y`, German `vom 02.11. bis 09.11.2026`), joined by a dash or the range words the
 *   dotted pairs of `dotted-dates.ts` read (`to`, `until`, `bis`).
 * Both ends must be valid (month 1-12, day 1-31, years 19xx/20xx, the same separator) and the second not before the
 * first (by year; by month too for month-years). Each end is its own DATE span, as the letters' gold and the nursing gold mark a range's dates. Pure.
 */
import { allMatches } from './matches.js';
import type { PushSpan as Push } from './types.js';

const YEAR = '(?:19|20)\\d\\d';
const BEFORE = '(?<![\\w.\\/\\-])';
const AFTER = '(?![\\w\\/\\-]|\\.\\d)';
const DASH = '[ \\t]?[-\\u2013\\u2014][ \\t]?';
// d/M/y, M/d/y or y/M/d with one separator, as capture group `g` (its separators groups g + 1 and g + 2).
const full = (g: number): string => `(\\d{1,2}([\\/.\\-])\\d{1,2}\\${g + 1}${YEAR}|${YEAR}([\\/.\\-])\\d{1,2}\\${g + 2}\\d{1,2})`;
const FULL_PAIR = new RegExp(`${BEFORE}${full(1)}[-\\u2013\\u2014]${full(4)}${AFTER}`, 'g');
const MONTH_YEAR_PAIR = new RegExp(`${BEFORE}((?:0?[1-9]|1[0-2])([\\/.])(${YEAR}))${DASH}((?:0?[1-9]|1[0-2])\\2(${YEAR}))${AFTER}`, 'g');
const DAY_MONTH = '(?:[12]\\d|3[01]|0?[1-9])\\.(?:1[0-2]|0?[1-9])\\.';
const OPEN_PAIR = new RegExp(`${BEFORE}(${DAY_MONTH})(?:${DASH}|[ \\t](?:to|until|bis)[ \\t])${DAY_MONTH}${YEAR}${AFTER}`, 'g');

/** Whether a numeric date's parts are a day and a month in some order (the year first or last). */
function validDate(date: string): boolean {
  const parts = date.split(/[\/.\-]/).map(Number);
  const [a, b] = (parts[0] ?? 0) > 31 ? [parts[1] ?? 0, parts[2] ?? 0] : [parts[0] ?? 0, parts[1] ?? 0];
  return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
}

/** The four-digit year of a numeric date. */
const yearOf = (date: string): number => Number(/(?:19|20)\d\d/.exec(date)?.[0] ?? 0);

/** Push a DATE span for each end of the intervals above. */
export function detectIntervalDates(text: string, push: Push): void {
  if (!/[\d.][ \t]?[-\u2013\u2014][ \t]?\d|\d\.[ \t](?:to|until|bis)[ \t]\d/.test(text)) return;
  for (const m of allMatches(FULL_PAIR, text)) {
    const first = m[1] ?? '';
    const second = m[4] ?? '';
    if (!validDate(first) || !validDate(second) || yearOf(second) < yearOf(first)) continue;
    push(m.index, m.index + first.length, 'DATE');
    push(m.index + m[0].length - second.length, m.index + m[0].length, 'DATE');
  }
  for (const m of allMatches(MONTH_YEAR_PAIR, text)) {
    const first = m[1] ?? '';
    const second = m[4] ?? '';
    // Months with a dot are two digits, as CLDR's `MM.y` writes them (`3.2024` is a decimal as often); in order.
    if (m[2] === '.' && (!/^\d\d\./.test(first) || !/^\d\d\./.test(second))) continue;
    if (Number(m[5]) * 12 + Number.parseInt(second, 10) < Number(m[3]) * 12 + Number.parseInt(first, 10)) continue;
    push(m.index, m.index + first.length, 'DATE');
    push(m.index + m[0].length - second.length, m.index + m[0].length, 'DATE');
  }
  for (const m of allMatches(OPEN_PAIR, text)) push(m.index, m.index + (m[1] ?? '').length, 'DATE');
}
