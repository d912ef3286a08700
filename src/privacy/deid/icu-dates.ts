/**
 * Dates in the Unicode CLDR date formats of every locale of Node's ICU (issue 14, session 25, deid-dates8), beyond
 * the hand lists of `cldr-dates.ts` and `identifiers.ts`. Month-name dates always carry a four-digit year, in the
 * orders CLDR's long and medium formats use:
 * - day first (`d MMMM y`, `d. MMMM y`, `d-MMMM, y`: `3 dhjetor 2026`, `4 Desambra 2026`, `04-dekabr 2026`);
 * - month first with a comma (`MMMM d, y`);
 * - year first with the year's full stop (`y. MMMM d.`: `2026. november 27.`), the month in lower case as CLDR writes
 *   it there, so a sentence's last year and a capitalised word after it (`in 2019. May 3 weeks`) stay out;
 * the month word is looked up in `ICU_MONTHS` (format context, wide names; an abbreviation only with the full stop ICU
 * prints after it, `ICU_MONTHS_DOTTED`: `2026. márc. 9.`; generated from ICU). The spaced
 * numeric forms of the CLDR medium and short formats, year required: `d. M. y` (`26. 11. 2026`, Czech, Slovak) and
 * `y. MM. dd.` (`1931. 05. 19.`, Hungarian, Korean). Text arrives accent-folded (fold.ts), as the table is. Pure.
 */
import { allMatches } from './matches.js';
import { ICU_MONTHS, ICU_MONTHS_DOTTED } from './icu-months.js';
import type { PushSpan as Push } from './types.js';
import { DAY, MONTH_NUMBER, YEAR } from './date-fields.js';

const MONTHS: ReadonlySet<string> = new Set(ICU_MONTHS);
const DOTTED: ReadonlySet<string> = new Set(ICU_MONTHS_DOTTED);
const WORD = '([\\p{L}\\p{M}]{3,})(\\.?)';
const BEFORE = '(?<![\\p{L}\\p{N}.\\/\\-])';
const AFTER_YEAR = '(?![\\p{L}\\p{N}\\/\\-]|\\.\\d)';
const AFTER_DAY = '(?![\\p{L}\\p{N}]|[.,\\/\\-]\\d)';

const DAY_FIRST = new RegExp(`${BEFORE}${DAY}(?:\\.[ \\t]?|-|[ \\t])${WORD},?[ \\t\\-]${YEAR}${AFTER_YEAR}`, 'gu');
const MONTH_FIRST = new RegExp(`${BEFORE}${WORD}[ \\t]${DAY},[ \\t]${YEAR}${AFTER_YEAR}`, 'gu');
const YEAR_FIRST = new RegExp(`${BEFORE}${YEAR}\\.[ \\t]${WORD}[ \\t]${DAY}\\.?${AFTER_DAY}`, 'gu');
const SPACED_DAY_FIRST = new RegExp(`${BEFORE}${DAY}\\.[ \\t]${MONTH_NUMBER}\\.[ \\t]${YEAR}${AFTER_YEAR}`, 'gu');
const SPACED_YEAR_FIRST = new RegExp(`${BEFORE}${YEAR}\\.[ \\t]${MONTH_NUMBER}\\.[ \\t]${DAY}\\.?${AFTER_DAY}`, 'gu');
const ANCHOR = /(?:^|[^\d])(?:19|20)\d\d(?!\d)/;

/** Push DATE spans for the CLDR date formats above; only notes with a four-digit year are scanned. */
export function detectIcuDates(text: string, push: Push): void {
  if (!ANCHOR.test(text)) return;
  for (const re of [DAY_FIRST, MONTH_FIRST, YEAR_FIRST]) {
    for (const m of allMatches(re, text)) {
      const word = m[1] ?? '';
      const lower = word.toLowerCase();
      if (!MONTHS.has(lower) && !(m[2] === '.' && DOTTED.has(lower))) continue;
      if (re === YEAR_FIRST && word !== lower) continue;
      push(m.index, m.index + m[0].length, 'DATE');
    }
  }
  for (const re of [SPACED_DAY_FIRST, SPACED_YEAR_FIRST]) {
    for (const m of allMatches(re, text)) push(m.index, m.index + m[0].length, 'DATE');
  }
}
