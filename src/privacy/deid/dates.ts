/**
 * Date parsing and shifting for surrogate output. A date is shifted by whole days in UTC, keeping its
 * written format; dates written without a year are shifted within a reference non-leap year (2001),
 * so intervals between them are kept except across 29 February.
 */
import { parseDotted, type DayOrder, type DottedDate } from './dotted-dates.js';

const MONTH_NAMES = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const MONTH_INDEX: Readonly<Record<string, number>> = Object.fromEntries(
  MONTH_NAMES.flatMap((m, i) => [[m.toLowerCase(), i], [m.slice(0, 3).toLowerCase(), i], ...(m === 'September' ? [['sept', i]] : [])]),
);
const REFERENCE_YEAR = 2001;
const DAY_MS = 86_400_000;

export function shiftUtcDate(y: number, m: number, d: number, days: number): Date {
  return new Date(Date.UTC(y, m, d) + days * DAY_MS);
}

function expandYear(yy: string): number {
  if (yy.length === 4) return Number(yy);
  const n = Number(yy);
  return n <= 30 ? 2000 + n : 1900 + n;
}

function casedMonth(name: string, like: string): string {
  const abbrev = like.replace(/\.$/, '').length <= 4 && like.toLowerCase() !== 'june' && like.toLowerCase() !== 'july' ? name.slice(0, 3) : name;
  if (like === like.toUpperCase()) return abbrev.toUpperCase();
  if (like[0] === like[0]?.toLowerCase()) return abbrev.toLowerCase();
  return abbrev;
}

/**
 * Shift a date written in one of the detector's formats; undefined when the text is not a parseable date. `order` is
 * the note's day order (`dayOrderOf`), which decides `04.03.24` when no number is past 12.
 */
export function shiftDateText(text: string, days: number, order: DayOrder = undefined): string | undefined {
  const dotted = parseDotted(text, order);
  if (dotted) return shiftDotted(text, dotted, days);
  let m = /^(\d{1,2})([/-])(\d{1,2})(?:\2(\d{2}|\d{4}))?$/.exec(text);
  if (m) {
    const [, mo, sep, da, yr] = m;
    if (Number(da) > 31 && !yr) {
      // m/yy (7/81): shift the middle of that month and write month/yy again.
      const dt = shiftUtcDate(expandYear(da ?? ''), Number(mo) - 1, 15, days);
      return `${dt.getUTCMonth() + 1}${sep}${String(dt.getUTCFullYear() % 100).padStart(2, '0')}`;
    }
    const y = yr ? expandYear(yr) : REFERENCE_YEAR;
    const dt = shiftUtcDate(y, Number(mo) - 1, Number(da), days);
    const pad = (v: number, like: string): string => (like.length === 2 && like.startsWith('0') ? String(v).padStart(2, '0') : String(v));
    const head = `${pad(dt.getUTCMonth() + 1, mo ?? '')}${sep}${pad(dt.getUTCDate(), da ?? '')}`;
    if (!yr) return head;
    const year = yr.length === 4 ? String(dt.getUTCFullYear()) : String(dt.getUTCFullYear() % 100).padStart(2, '0');
    return `${head}${sep}${year}`;
  }
  // An ISO date, or an ISO date-time whose time is kept as written.
  m = /^(\d{4})-(\d{2})-(\d{2})(T[\d:.]+(?:Z|[+\-][\d:]+)?)?$/.exec(text);
  if (m) return shiftUtcDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), days).toISOString().slice(0, 10) + (m[4] ?? '');
  m = /^([A-Za-z]+)(\.?)(,?\s{0,2})(\d{1,2})(st|nd|rd|th)?(?:(,?\s{0,2})(\d{4}))?$/.exec(text);
  if (m) {
    const mi = MONTH_INDEX[(m[1] ?? '').toLowerCase()];
    if (mi === undefined) return undefined;
    const y = m[7] ? Number(m[7]) : REFERENCE_YEAR;
    const dt = shiftUtcDate(y, mi, Number(m[4]), days);
    const month = casedMonth(MONTH_NAMES[dt.getUTCMonth()] ?? '', m[1] ?? '');
    const year = m[7] ? `${m[6] ?? ' '}${dt.getUTCFullYear()}` : '';
    return `${month}${m[2] ?? ''}${m[3] || ' '}${dt.getUTCDate()}${m[5] ? ordinal(dt.getUTCDate()) : ''}${year}`;
  }
  return undefined;
}

/** A dotted date shifted and written back in its own order, separators and year width; two-digit parts stay two digits. */
function shiftDotted(text: string, d: DottedDate, days: number): string {
  const [p1 = '', p2 = ''] = text.split('.');
  const dt = shiftUtcDate(d.year ?? REFERENCE_YEAR, d.month - 1, d.day, days);
  const pad = (v: number, like: string): string => (like.length === 2 ? String(v).padStart(2, '0') : String(v));
  const [day, month] = d.order === 'dmy' ? [pad(dt.getUTCDate(), p1), pad(dt.getUTCMonth() + 1, p2)] : [pad(dt.getUTCDate(), p2), pad(dt.getUTCMonth() + 1, p1)];
  const year = d.yearDigits === 4 ? String(dt.getUTCFullYear()) : String(dt.getUTCFullYear() % 100).padStart(2, '0');
  return d.order === 'dmy' ? `${day}.${month}.${year}` : `${month}.${day}.${year}`;
}

function ordinal(d: number): string {
  if (d % 100 >= 11 && d % 100 <= 13) return 'th';
  return d % 10 === 1 ? 'st' : d % 10 === 2 ? 'nd' : d % 10 === 3 ? 'rd' : 'th';
}

/** Shift an ISO/FHIR date, dateTime or instant string, keeping its precision and time part. */
export function shiftFhirDate(value: string, days: number): string | undefined {
  const m = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(.*))?)?$/.exec(value);
  if (!m) return undefined;
  // A year alone is kept (Safe Harbor allows years); a year-month cannot be shifted by days, so it is cut to the year.
  if (m[3] === undefined) return m[1];
  const dt = shiftUtcDate(Number(m[1]), Number(m[2]) - 1, Number(m[3]), days);
  return `${dt.toISOString().slice(0, 10)}${m[4] ?? ''}`;
}
