/**
 * Day-first dates whose month word no table holds (issue 14, session 30, deid-formats6): a day, one word, a four-digit
 * year. `d MMMM y` (and `d. MMMM y`) is the Unicode CLDR long date pattern of most day-first locales; `icu-dates.ts`
 * reads it when the word is a month name Node's ICU prints, but letters also write months ICU has no locale for
 * (Sesotho, Tongan) or transliterate them (a Greek genitive in Latin letters, a Ukrainian one). Between a day of the
 * month and a year of 1900-2099 a single word is the month slot of that pattern, so the slot is the evidence, not the
 * word: any word of letters, as written in a sentence (lower case or capitalised, never in capitals or with a capital
 * inside: "24. DaTscan 2023"), that is no English, clinical or medical word or eponym ("12 in 2019", "24. Next 2026"),
 * and no given name after a bed or room number ("bed 5 Maja 2026"). A Turkic ordinal suffix may follow the day with a
 * hyphen ("3-nji", "3-cü"). Capitals notes are left. Text arrives accent-folded (fold.ts). Pure.
 */
import type { CaseMode } from './letter-case.js';
import { IN_FIRST, inWordLists, wordFlags, type Lexicon } from './lexicon.js';
import { allMatches } from './matches.js';
import { PLACE_BEFORE } from './icu-partial-dates.js';
import type { PushSpan as Push } from './types.js';
import { DAY, YEAR } from './date-fields.js';

// The day (perhaps its stop, or a hyphened ordinal suffix), one word (perhaps an abbreviation's stop, a comma), the year.
const SLOT = new RegExp(`(?<![\\p{L}\\p{N}.,:\\/\\-])${DAY}(?:\\.|-\\p{Ll}{1,4})?[ \\t]([\\p{L}\\p{M}]{3,})\\.?,?[ \\t]${YEAR}(?![\\p{L}\\p{N}\\/\\-]|[.,]\\d)`, 'gu');
const ANCHOR = /(?:^|[^\d])(?:19|20)\d\d(?!\d)/;

/** Push a DATE span for each day, month-slot word and year of CLDR's `d MMMM y` (see the module comment). */
export function detectMonthSlotDates(text: string, lex: Lexicon, push: Push, mode: CaseMode): void {
  if (mode === 'upper' || !ANCHOR.test(text)) return;
  for (const m of allMatches(SLOT, text)) {
    const word = m[1] ?? '';
    const lower = word.toLowerCase();
    if (word !== lower && word.slice(1) !== lower.slice(1)) continue;
    if (inWordLists(lex, lower)) continue;
    if (wordFlags(lex, lower) & IN_FIRST && PLACE_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    push(m.index, m.index + m[0].length, 'DATE');
  }
}
