/**
 * Dates of the other calendars of Node's ICU (issue 14, session 26, deid-dates9): Solar Hijri (`12 Azar 1405`,
 * `1405/09/13`), Islamic (`22/06/1448`, `Jumada II 24, 1448`), Ethiopic, Coptic, Hebrew, Indian and Thai Buddhist
 * (`04/12/2569`, `1 ธ.ค. 2569`) dates, which the Gregorian rules leave because their years are not 19xx/20xx or their
 * months no Gregorian name. Forms, from the Unicode CLDR date formats of those calendars:
 * - a day, a month name of the calendar and a four-digit year, day first (`d MMMM y`, `d. MMMM y`) or month first
 *   with a comma (`MMMM d, y`); the year must fall in that calendar's years for the Gregorian 1900-2100 and the name
 *   be one ICU prints for it (`calendar-months.ts`, generated; the Buddhist calendar uses the Gregorian names of
 *   `icu-months.ts` too);
 * - a numeric date in CLDR's two-digit skeleton (`dd/MM/y`, `MM/dd/y`, `y/MM/dd`), with the slash of those calendars'
 *   short formats in their home locales (Persian, Arabic, Thai), whose year is in such a window but is not a
 *   Gregorian 19xx/20xx year (those are the Gregorian rules'). Two digits each, because unpadded triples are value
 *   lists as often (cardiac output / index / resistance `3/2/1500`); dotted triples are versions (`2.10.1405`),
 *   dashed ones identifiers.
 * The span is the date without its era (`AP`, `AH`, `BE`). Text arrives accent-folded (fold.ts), as the table is. Pure.
 */
import { CALENDAR_MONTHS, type CalendarMonths } from './calendar-months.js';
import { ICU_MONTHS, ICU_MONTHS_DOTTED } from './icu-months.js';
import { allMatches } from './matches.js';
import type { PushSpan as Push } from './types.js';

const GREGORIAN: ReadonlySet<string> = new Set([...ICU_MONTHS, ...ICU_MONTHS_DOTTED.map((w) => `${w}.`)]);
const NAMES: readonly ReadonlySet<string>[] = CALENDAR_MONTHS.map((row) => new Set(row.months));
// A word of a month name: letters, marks, apostrophes and hyphens (`dhu'l-qi'dah`), inner full stops (`ธ.ค.`) and a
// closing one (`saus.`).
const TOKEN = "[\\p{L}\\p{M}](?:[\\p{L}\\p{M}'\u02bb\u2019\\-]|\\.(?=[\\p{L}\\p{M}]))*\\.?";
const DAY = '(?:[12]\\d|3[01]|0?[1-9])';
const BEFORE = '(?<![\\p{L}\\p{M}\\p{N}.\\/\\-])';
const AFTER_YEAR = '(?![\\p{L}\\p{N}\\/\\-]|\\.\\d|[ \\t]*(?:mg|mcg|ml|units?|iu)\\b)';
const AFTER_DAY = '(?![\\p{L}\\p{N}]|[.,\\/\\-]\\d)';
const DAY_FIRST = new RegExp(`${BEFORE}${DAY}(?:\\.?[ \\t]|-)(${TOKEN}(?:[ \\t]${TOKEN})?)(?:,?[ \\t]|-)(\\d{4})${AFTER_YEAR}`, 'giu');
// Up to three words before the day: the name is the last one or two of them (`seen Ramadan 24, 1448`).
const MONTH_FIRST = new RegExp(`${BEFORE}(${TOKEN}(?:[ \\t]${TOKEN}){0,2})[ \\t]${DAY},[ \\t](\\d{4})${AFTER_YEAR}`, 'giu');
const NUMERIC_YEAR_LAST = new RegExp(`${BEFORE}(\\d\\d)/(\\d\\d)/(\\d{4})${AFTER_YEAR}`, 'gu');
const NUMERIC_YEAR_FIRST = new RegExp(`${BEFORE}(\\d{4})/(\\d\\d)/(\\d\\d)${AFTER_DAY}`, 'gu');
const ANCHOR = /(?<!\d)\d{4}(?!\d)/;

/** Whether `year` is one of the row's calendars' years for the Gregorian 1900-2100. */
function inYears(row: CalendarMonths, year: number): boolean {
  return row.years.some(([first, last]) => year >= first && year <= last);
}

/** Whether `name` (folded, lower case) is a month of a calendar whose years hold `year`. */
function isMonthOf(name: string, year: number): boolean {
  return CALENDAR_MONTHS.some((row, i) => inYears(row, year) && (NAMES[i]?.has(name) === true || (row.gregorianMonths && GREGORIAN.has(name))));
}

/** The start of the last one or two words of `words` that are a month of a calendar holding `year`, or -1. */
function monthStart(words: string, year: number): number {
  const parts = words.split(/[ \t]/);
  for (let n = Math.min(2, parts.length); n >= 1; n--) {
    const name = parts.slice(-n).join(' ');
    if (isMonthOf(name.toLowerCase(), year)) return words.length - name.length;
  }
  return -1;
}

/** Whether a numeric date's year is another calendar's and its other two numbers a day and a month. */
function numericDate(year: number, a: number, b: number): boolean {
  if (year >= 1900 && year <= 2099) return false;
  if (!CALENDAR_MONTHS.some((row) => inYears(row, year))) return false;
  return a >= 1 && b >= 1 && ((a <= 31 && b <= 12) || (a <= 12 && b <= 31));
}

/** Push DATE spans for the dates of ICU's other calendars above; only notes with a four-digit number are scanned. */
export function detectCalendarDates(text: string, push: Push): void {
  if (!ANCHOR.test(text)) return;
  for (const m of allMatches(DAY_FIRST, text)) {
    if (isMonthOf((m[1] ?? '').toLowerCase(), Number(m[2]))) push(m.index, m.index + m[0].length, 'DATE');
  }
  for (const m of allMatches(MONTH_FIRST, text)) {
    const at = monthStart(m[1] ?? '', Number(m[2]));
    if (at >= 0) push(m.index + at, m.index + m[0].length, 'DATE');
  }
  for (const m of allMatches(NUMERIC_YEAR_LAST, text)) {
    if (numericDate(Number(m[3]), Number(m[1]), Number(m[2]))) push(m.index, m.index + m[0].length, 'DATE');
  }
  for (const m of allMatches(NUMERIC_YEAR_FIRST, text)) {
    if (numericDate(Number(m[1]), Number(m[3]), Number(m[2]))) push(m.index, m.index + m[0].length, 'DATE');
  }
}
