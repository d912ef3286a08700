/**
 * Writes `src/privacy/deid/calendar-months.ts`: for each calendar of Node's ICU other than the Gregorian one (Unicode
 * CLDR calendars: Persian, Islamic, Ethiopic, Coptic, Hebrew, Indian, Buddhist...), the years it gives the Gregorian
 * years 1900-2100 and the month names every ICU locale prints in a date of that calendar (issue 14, session 26,
 * deid-dates9). Names are accent-folded (fold.ts) and lower-cased: the wide names, and the abbreviations ICU prints
 * with a full stop (with it, `ธ.ค.`). A leading `de ` or `d'` is the locale's pattern, not the month (`de rajab`).
 * Left out: names with a digit or `#` (ICU's placeholders), of more than two words, shorter than three letters (but for two with an inner stop, `ธ.ค.`), or a word of the English list
 * `lexicons/common-words.txt` (`tout`); calendars whose years there are not four digits (Japanese eras, Minguo) or
 * not numbers (Chinese, Dangi: cyclic years). Calendars with the same names are one row (the Islamic variants). A
 * calendar whose English months are the Gregorian ones (Buddhist) keeps only the names the Gregorian table
 * `icu-months.ts` lacks and is marked `gregorianMonths`. Committed, so detection does not change with the Node build.
 *   node --import tsx scripts/gen-calendar-months.ts [--out src/privacy/deid/calendar-months.ts]
 */
import { writeFileSync } from 'node:fs';
import { foldAccents } from '../src/privacy/deid/fold.js';
import { ICU_MONTHS, ICU_MONTHS_DOTTED } from '../src/privacy/deid/icu-months.js';
import { ENGLISH, icuLocales, lines } from './icu-locales.js';

const outIndex = process.argv.indexOf('--out');
const out = outIndex >= 0 ? process.argv[outIndex + 1] ?? '' : 'src/privacy/deid/calendar-months.ts';
const DAY_MS = 86_400_000;

/** The calendar's year number of a Gregorian date (NaN when it prints none, or not as a number). */
function yearOf(calendar: string, gregorianYear: number): number {
  const parts = new Intl.DateTimeFormat('en', { year: 'numeric', timeZone: 'UTC', calendar, numberingSystem: 'latn' }).formatToParts(new Date(Date.UTC(gregorianYear, 0, 1, 12)));
  return Number(parts.find((p) => p.type === 'year')?.value ?? 'x');
}

/** The month names ICU prints in a date of `calendar` over a calendar year (a day every fortnight, 2026-2027). */
function monthNames(calendar: string, locales: readonly string[]): Set<string> {
  const names = new Set<string>();
  for (const locale of locales) for (const width of ['long', 'short'] as const) {
    const format = new Intl.DateTimeFormat(locale, { day: 'numeric', month: width, year: 'numeric', timeZone: 'UTC', calendar, numberingSystem: 'latn' });
    for (let d = 0; d < 420; d += 14) {
      const printed = format.formatToParts(new Date(Date.UTC(2026, 0, 1, 12) + d * DAY_MS)).find((p) => p.type === 'month')?.value ?? '';
      const name = foldAccents(printed).toLowerCase().replace(/^(?:de |d['\u2019])/, '');
      if (width === 'short' && !name.endsWith('.')) continue;
      // At most two words (`rabi' i`, `jumada ii`): the longer ones are phrases (`dwe mar apar gi ariyo`). Three
      // letters or more, or two with an inner stop (Thai `ธ.ค.`, an abbreviation of two words).
      const letters = name.replace(/[^\p{L}\p{M}]/gu, '').length;
      if (/[\d#,]/.test(name) || name.split(' ').length > 2 || ENGLISH.has(name)) continue;
      if (letters < 2 || (letters === 2 && !/\p{L}\.\p{L}/u.test(name))) continue;
      names.add(name);
    }
  }
  return names;
}

const locales = icuLocales();
const english = (calendar: string): string => new Intl.DateTimeFormat('en', { month: 'long', timeZone: 'UTC', calendar }).format(new Date(Date.UTC(2026, 0, 15)));
const gregorian = new Set([...ICU_MONTHS, ...ICU_MONTHS_DOTTED.map((w) => `${w}.`)]);
const rows = new Map<string, { calendars: string[]; years: [number, number][]; gregorianMonths: boolean; months: string[] }>();
for (const calendar of Intl.supportedValuesOf('calendar')) {
  if (calendar === 'gregory' || calendar === 'iso8601') continue;
  const years: [number, number] = [yearOf(calendar, 1900), yearOf(calendar, 2100)];
  if (!years.every((y) => Number.isInteger(y) && y >= 1000 && y <= 9999)) continue;
  const gregorianMonths = english(calendar) === english('gregory');
  const months = [...monthNames(calendar, locales)].filter((w) => !gregorianMonths || !gregorian.has(w)).sort();
  const key = `${gregorianMonths}|${months.join('|')}`;
  const row = rows.get(key);
  if (row) {
    row.calendars.push(calendar);
    if (!row.years.some(([a, b]) => a === years[0] && b === years[1])) row.years.push(years);
  } else rows.set(key, { calendars: [calendar], years: [years], gregorianMonths, months });
}
const body = [...rows.values()].map((r) => `  {
    calendars: '${r.calendars.join(' ')}',
    years: [${r.years.map(([a, b]) => `[${a}, ${b}]`).join(', ')}], gregorianMonths: ${r.gregorianMonths},
    months: [
${lines(r.months, '      ')}
    ],
  },`).join('\n');
writeFileSync(out, `/**
 * The calendars of Node's ICU ${process.versions.icu} other than the Gregorian one (${locales.length} locales): the years each
 * gives the Gregorian years 1900-2100 and the month names its dates print (Unicode CLDR format context), accent-folded
 * and lower-cased. Generated by \`scripts/gen-calendar-months.ts\`; do not edit by hand. Read by \`calendar-dates.ts\`.
 */
/** One calendar (or several with the same month names). */
export interface CalendarMonths {
  /** The CLDR calendar ids. */
  readonly calendars: string;
  /** The first and last year of the Gregorian 1900-2100 in each of these calendars (one pair if they agree). */
  readonly years: readonly (readonly [number, number])[];
  /** Whether its months are also the Gregorian ones (\`icu-months.ts\`): then \`months\` holds only the names that table lacks. */
  readonly gregorianMonths: boolean;
  /** The month names, wide, and abbreviated with their full stop. */
  readonly months: readonly string[];
}

/** The calendars, one row per set of month names. */
export const CALENDAR_MONTHS: readonly CalendarMonths[] = [
${body}
];
`);
console.error(`${out}: ${rows.size} rows, ${[...rows.values()].map((r) => `${r.calendars.join('+')} ${r.years.map((y) => y.join('-')).join(',')} ${r.months.length}`).join('; ')} (ICU ${process.versions.icu})`);
