/**
 * Dates without a year or without a day in the Unicode CLDR formats of every locale of Node's ICU (issue 14, session
 * 28, deid-formats4). `icu-dates.ts` reads a day, a month name and a year; letters also write a month name with the day
 * alone ("sabato 5 dicembre", "tirsdag 8. december", "domingo 6 de diciembre") or with the year alone ("marzo 2027",
 * "Dezember 2026"): CLDR's skeletons MMMMd and yMMMM, as ICU prints them (`Intl.DateTimeFormat` with `{day, month}`
 * and `{year, month}`):
 * - day first: `d MMMM`, `d. MMMM` (Nordic, German, Central European), `d 'de' MMMM` (Spanish, Portuguese, Galician),
 *   `d 'di' MMMM`, `d 'ta’' MMMM` (Maltese), `d-MMMM` (Kyrgyz, Uzbek), `d בMMMM` (Hebrew, the prefix glued to the
 *   month), and Danish `'den' d. MMMM` (CLDR's full format); a year after the month is taken with it;
 * - month and year: `MMMM y`, `MMMM 'de' y`, `MMMM 'del' y`, `MMMM, y`, the month in the form CLDR prints there
 *   (`ICU_MONTHS_YEAR`: the stand-alone nominative, "grudzień 2026", "joulukuu 2026").
 * A weekday before the date joins it afterwards (weekday-dates.ts). Month-first dates without a year (`MMMM d`) are
 * left: English ones are read by patterns.ts, and in the other locales a capitalised word before a number is as often
 * a name or a heading. Guards, since the day alone or the year alone proves less than a whole date: the month word is
 * written as CLDR writes it or capitalised, never in capitals ("2 UTI", "1 MAC"); a month word that is also an
 * English, clinical or medical word or an eponym ("uti", "masa", "lipa") is read only inside a whole date; without a
 * year, neither is a given name after a bed, bay, room or chair number ("bed 5 Maja"). Capitals notes are left. Text
 * arrives accent-folded (fold.ts), as the tables are. Pure.
 * Session 32 (deid-formats8): the abbreviated width of the same skeletons (MMMd, yMMM) where ICU prints the
 * abbreviation with its full stop (`ICU_MONTHS_DOTTED`): "3. Dez.", "2 déc.", "3 de des.", "Dez. 2026"; the stop is
 * required, as in icu-dates.ts. And Catalan's `d 'de' MMMM`, whose month ICU prints with the "de" inside ("de
 * desembre"): after "de" the month-year form of the name is read too ("7 de desembre").
 */
import type { CaseMode } from './letter-case.js';
import { IN_FIRST, IN_WORD_LISTS, wordFlags, type Lexicon } from './lexicon.js';
import { allMatches } from './matches.js';
import { ICU_MONTHS, ICU_MONTHS_DOTTED, ICU_MONTHS_YEAR } from './icu-months.js';
import type { PushSpan as Push } from './types.js';
import { DAY, YEAR } from './date-fields.js';

const DAY_MONTHS: ReadonlySet<string> = new Set(ICU_MONTHS);
/** Every ICU locale's month names, in the forms written beside a day and the forms written beside a year (folded). */
export const YEAR_MONTHS: ReadonlySet<string> = new Set([...ICU_MONTHS, ...ICU_MONTHS_YEAR]);
const WORD = '([\\p{L}\\p{M}]{3,})';
const BEFORE = '(?<![\\p{L}\\p{N}.,:\\/\\-])';
const AFTER_YEAR = '(?![\\p{L}\\p{N}\\/\\-]|\\.\\d)';
// The literals between the day and the month in ICU's MMMMd patterns (folded): a space, a stop and a space, a dash, or
// a word ("de", "di", Maltese "ta’"); an optional year after the month (`d MMMM y` reads the same way).
const DAY_MONTH = new RegExp(`${BEFORE}(?:den[ \\t])?${DAY}(?:\\.?[ \\t]|-|[ \\t](?:de|di|ta['\\u2019])[ \\t])${WORD}(?:,?[ \\t]${YEAR}${AFTER_YEAR})?(?![\\p{L}\\p{N}]|[.\\/\\-]\\d)`, 'gu');
// The abbreviated width with ICU's stop: `d MMM.`, `d. MMM.`, `d 'de' MMM.`, and `MMM. y`.
const DOTTED_MONTHS: ReadonlySet<string> = new Set(ICU_MONTHS_DOTTED);
const DAY_DOTTED = new RegExp(`${BEFORE}${DAY}(?:\\.?[ \\t]|[ \\t]de[ \\t])${WORD}\\.(?![\\p{L}\\p{N}]|[.\\/\\-]?\\d)`, 'gu');
const DOTTED_YEAR = new RegExp(`(?<![\\p{L}\\p{N}.\\-])${WORD}\\.[ \\t]${YEAR}${AFTER_YEAR}`, 'gu');
// ICU's yMMMM literals between month and year: a space, "de", "del", "dal", "di", a comma.
const MONTH_YEAR = new RegExp(`(?<![\\p{L}\\p{N}.\\-])${WORD}(?:,?[ \\t]|[ \\t](?:de|del|dal|di)[ \\t])${YEAR}${AFTER_YEAR}`, 'gu');
// Hebrew and Syriac glue a preposition to the month in MMMMd ("3 בדצמבר"): CLDR he `d בMMMM`, syr `d ܒMMMM`.
const GLUED = /^[\u05d1\u0712]/u;
const HAS_YEAR = new RegExp(YEAR);
const OTHER_WORD = IN_WORD_LISTS;
/** A number of a place in the building right before the day: a roster's "bed 5 Maja" is a bed and a name. */
export const PLACE_BEFORE = /\b(?:bed|bay|room|rm|cubicle|chair|cot|side[ \t]room|trolley|couch|seat|pod|ward)[ \t]*(?:no\.?|#)?[ \t]*$/i;

/** The table's word for a month word as written (lower case, CLDR's prefix off), or undefined if it is none. */
function monthWord(word: string, table: ReadonlySet<string>): string | undefined {
  const lower = word.toLowerCase();
  // As CLDR writes it (lower case in most locales) or capitalised (German, Dutch titles, a sentence's start).
  if (word !== lower && word !== lower.charAt(0).toUpperCase() + lower.slice(1)) return undefined;
  if (table.has(lower)) return lower;
  const bare = lower.replace(GLUED, '');
  return bare !== lower && table.has(bare) ? bare : undefined;
}

/** Push DATE spans for the CLDR day-month and month-year forms above (see the module comment). */
export function detectIcuPartialDates(text: string, lex: Lexicon, push: Push, mode: CaseMode): void {
  if (mode === 'upper') return;
  for (const m of allMatches(DAY_MONTH, text)) {
    const word = monthWord(m[1] ?? '', DAY_MONTHS) ?? (/^\S+[ \t]de[ \t]/.test(m[0]) ? monthWord(m[1] ?? '', YEAR_MONTHS) : undefined);
    if (word === undefined) continue;
    const flags = wordFlags(lex, word);
    if (flags & OTHER_WORD) continue;
    const withYear = /\d{4}$/.test(m[0]);
    if (!withYear && flags & IN_FIRST && PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    push(m.index, m.index + m[0].length, 'DATE');
  }
  // Both year forms need a year's four digits (`YEAR`), which most notes do not hold.
  const year = HAS_YEAR.test(text);
  for (const m of year ? allMatches(MONTH_YEAR, text) : []) {
    const word = monthWord(m[1] ?? '', YEAR_MONTHS);
    if (word === undefined || wordFlags(lex, word) & OTHER_WORD) continue;
    push(m.index, m.index + m[0].length, 'DATE');
  }
  for (const re of year ? [DAY_DOTTED, DOTTED_YEAR] : [DAY_DOTTED]) {
    for (const m of allMatches(re, text)) {
      const word = monthWord(m[1] ?? '', DOTTED_MONTHS);
      if (word === undefined || wordFlags(lex, word) & (OTHER_WORD | IN_FIRST)) continue;
      // The abbreviation's stop closes `d MMM.` but may end the sentence too ("given 2 Dec."): the span stops before it.
      push(m.index, m.index + m[0].length - (re === DAY_DOTTED ? 1 : 0), 'DATE');
    }
  }
}
