/**
 * Writes `src/privacy/deid/icu-months.ts`: the month names every locale of Node's ICU prints in a date (Unicode CLDR
 * format context, Gregorian calendar), accent-folded (fold.ts) and lower-cased, one word each, deduplicated and sorted
 * (issue 14, session 25, deid-dates8): the wide names, and the abbreviations ICU prints with a full stop (without it
 * here; the detector wants the stop). Abbreviations without a stop are left out: many are English words (`can`, `now`,
 * `see`, `sat`, `sun`, `mph`) and the wide names and the hand lists already read the common ones. So is every word of
 * the English list `lexicons/common-words.txt` (`out`, `here`, `gas`, `set`; English months are read by patterns.ts,
 * and `mars`, `mart` by the hand lists). The table is committed, so detection does not change
 * with the Node build; re-run this only to take a newer CLDR, and say so in the commit.
 *   node --import tsx scripts/gen-icu-months.ts [--out src/privacy/deid/icu-months.ts]
 * Locales: every two- and three-letter language code `Intl.DateTimeFormat.supportedLocalesOf` accepts by lookup.
 * Session 32 (deid-formats8): it also writes `src/privacy/deid/icu-weekdays.ts`, the weekday names the same locales
 * print in a full date (CLDR format context, EEEE and EEE), for weekday-dates.ts (`--weekdays-out` to move it).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { foldAccents } from '../src/privacy/deid/fold.js';

const outIndex = process.argv.indexOf('--out');
const out = outIndex >= 0 ? process.argv[outIndex + 1] ?? '' : 'src/privacy/deid/icu-months.ts';
const weekdaysIndex = process.argv.indexOf('--weekdays-out');
const weekdaysOut = weekdaysIndex >= 0 ? process.argv[weekdaysIndex + 1] ?? '' : 'src/privacy/deid/icu-weekdays.ts';

/** Every two- and three-letter language code Node's ICU has date formats for (lookup, no fallback). */
function icuLocales(): string[] {
  const letters = 'abcdefghijklmnopqrstuvwxyz';
  const codes: string[] = [];
  for (const x of letters) for (const y of letters) {
    codes.push(x + y);
    for (const z of letters) codes.push(x + y + z);
  }
  return Intl.DateTimeFormat.supportedLocalesOf(codes, { localeMatcher: 'lookup' });
}

const ENGLISH = new Set(readFileSync(new URL('../src/privacy/deid/lexicons/common-words.txt', import.meta.url), 'utf8').split(/\s+/).filter(Boolean));

/**
 * The month words of each locale's dates: wide names, or abbreviations ICU writes with a stop (without it); with
 * `monthYear`, the wide names of a month and year without a day (CLDR skeleton yMMMM: the stand-alone nominative in
 * Slavic, Greek, Finnish and Catalan, "grudzień 2026", "joulukuu 2026").
 */
function monthWords(locales: readonly string[], width: 'long' | 'short', monthYear = false): string[] {
  const words = new Set<string>();
  for (const locale of locales) {
    const format = new Intl.DateTimeFormat(locale, { day: monthYear ? undefined : 'numeric', month: width, year: 'numeric', timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' });
    for (let m = 0; m < 12; m++) {
      const printed = foldAccents(format.formatToParts(new Date(Date.UTC(2026, m, 15, 12))).find((p) => p.type === 'month')?.value ?? '').toLowerCase();
      if (width === 'short' && !printed.endsWith('.')) continue;
      const word = printed.replace(/\.$/, '');
      // One word of letters (and marks) of three or more characters, no English word: numeric months (`M12`, `thg 12`)
      // and two-letter abbreviations are left to the numeric rules.
      if (/^[\p{L}\p{M}]{3,}$/u.test(word) && !ENGLISH.has(word)) words.add(word);
    }
  }
  return [...words].sort();
}

/**
 * The weekday words of each locale's full dates (CLDR format context): the wide names of four letters or more (one
 * word, or two joined by a hyphen: `quinta-feira`), or the abbreviations ICU writes with a stop (without it here; the
 * detector wants the stop), three letters or more; no English word. Shorter names (`ti`, `ma`, `sed`, `sul`) and
 * names of two spaced words (`dydd gwener`) are left: beside a date they are as often another word.
 */
function weekdayWords(locales: readonly string[], width: 'long' | 'short'): string[] {
  const words = new Set<string>();
  for (const locale of locales) {
    const format = new Intl.DateTimeFormat(locale, { weekday: width, day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC', calendar: 'gregory', numberingSystem: 'latn' });
    for (let d = 0; d < 7; d++) {
      const printed = foldAccents(format.formatToParts(new Date(Date.UTC(2026, 10, 30 + d, 12))).find((p) => p.type === 'weekday')?.value ?? '').toLowerCase();
      if (width === 'short' && !printed.endsWith('.')) continue;
      const word = printed.replace(/\.$/, '');
      const shape = width === 'long' ? /^[\p{L}\p{M}]{4,}(?:-[\p{L}\p{M}]+)?$/u : /^[\p{L}\p{M}]{3,}$/u;
      if (shape.test(word) && !ENGLISH.has(word)) words.add(word);
    }
  }
  return [...words].sort();
}

/** The words as source lines of at most 118 characters. */
function lines(words: readonly string[]): string {
  const out: string[] = [];
  let line = '';
  for (const w of words) {
    const item = `'${w}',`;
    if (line.length + item.length + 1 > 118) { out.push(line); line = ''; }
    line += (line ? ' ' : '  ') + item;
  }
  if (line) out.push(line);
  return out.join('\n');
}

const locales = icuLocales();
const wide = monthWords(locales, 'long');
const dotted = monthWords(locales, 'short').filter((w) => !wide.includes(w));
const standAlone = monthWords(locales, 'long', true).filter((w) => !wide.includes(w));
writeFileSync(out, `/**
 * Month names of every locale of Node's ICU ${process.versions.icu} (${locales.length} locales), as printed in a Gregorian date
 * (Unicode CLDR format context), accent-folded and lower-cased, three letters or more, no English word. Generated by
 * \`scripts/gen-icu-months.ts\`; do not edit by hand. Read by \`icu-dates.ts\` and \`icu-partial-dates.ts\`.
 */
/** The wide month names. */
export const ICU_MONTHS: readonly string[] = [
${lines(wide)}
];
/** The abbreviations ICU prints with a full stop (written here without it), not already a wide name. */
export const ICU_MONTHS_DOTTED: readonly string[] = [
${lines(dotted)}
];
/** The wide names ICU prints in a month and year without a day (CLDR yMMMM), not already a wide name above. */
export const ICU_MONTHS_YEAR: readonly string[] = [
${lines(standAlone)}
];
`);
const wideDays = weekdayWords(locales, 'long');
const dottedDays = weekdayWords(locales, 'short').filter((w) => !wideDays.includes(w));
writeFileSync(weekdaysOut, `/**
 * Weekday names of every locale of Node's ICU ${process.versions.icu} (${locales.length} locales), as printed in a full Gregorian date
 * (Unicode CLDR format context), accent-folded and lower-cased, no English word. Generated by
 * \`scripts/gen-icu-months.ts\`; do not edit by hand. Read by \`weekday-dates.ts\`.
 */
/** The wide weekday names, four letters or more. */
export const ICU_WEEKDAYS: readonly string[] = [
${lines(wideDays)}
];
/** The abbreviations ICU prints with a full stop (written here without it), not already a wide name. */
export const ICU_WEEKDAYS_DOTTED: readonly string[] = [
${lines(dottedDays)}
];
`);
console.error(`${weekdaysOut}: ${wideDays.length} wide and ${dottedDays.length} dotted weekday words`);
console.error(`${out}: ${wide.length} wide, ${dotted.length} dotted and ${standAlone.length} month-year words from ${locales.length} locales (ICU ${process.versions.icu})`);
