/**
 * Dates whose Unicode CLDR long format puts a word or a sign of its own between the parts (issue 14, session 29,
 * deid-formats5), as Node's ICU prints them; `icu-dates.ts` reads the formats whose parts are joined by spaces, stops
 * and commas only, so these were left whole or in part:
 * - Chinese, Japanese and Cantonese `y年M月d日`, Korean `y년 M월 d일` (CLDR zh, ja, yue, ko long and medium), the same
 *   without the year (CLDR skeleton MMMd, `M月d日`, `M월 d일`), the year of an era calendar of one to three digits
 *   before the month and day (CLDR roc `民國y年M月d日`, japanese `令和y年M月d日`), and the weekday CLDR's full format
 *   puts after the day (`星期四`, `木曜日`, `목요일`);
 * - Latvian `y. 'gada' d. MMMM` (`2026. gada 3. decembris`, older CLDR `decembrī`), Lithuanian `y 'm'. MMMM d 'd'.`
 *   (`2026 m. gruodžio 3 d.`): the worded literals make the month word's case ending irrelevant, so any word is taken;
 * - Basque `y('e')'ko' MMMM'ren' d('a')` (`2026ko abenduaren 3a`, ICU's bracketed forms too), the month a wide ICU name;
 * - Catalan `d 'de' MMMM 'de' y` with `del` or `de` before the year and `d’` before a vowel (`3 de desembre del 2026`),
 *   the month a wide or stand-alone ICU name.
 * Text arrives accent-folded (fold.ts), as the month tables are; CJK and Hangul are not folded. Pure.
 */
import { YEAR_MONTHS } from './icu-partial-dates.js';
import { allMatches } from './matches.js';
import type { PushSpan as Push } from './types.js';
import { DAY, MONTH_NUMBER, YEAR } from './date-fields.js';

const NO_DIGIT_BEFORE = '(?<![\\p{N}])';
// The weekday of CLDR's full format after the day: zh 星期四 / 周四, ja 木曜日 (or 木曜), ko 목요일.
const CJK_WEEKDAY = '(?:[ \\t]?(?:星期[一二三四五六日天]|周[一二三四五六日]|[月火水木金土日]曜日?|[월화수목금토일]요일))?';
// Year (four digits, or an era year of one to three digits after its era name or before 年), month and day; or the
// month and day alone. Spaces are allowed where writers put them ("2026年 12月 3日").
const CJK = new RegExp(`${NO_DIGIT_BEFORE}(?:(?:民國|民国|令和|平成|昭和)?\\d{1,4}[ \\t]?年[ \\t]?)?${MONTH_NUMBER}[ \\t]?月[ \\t]?${DAY}[ \\t]?日${CJK_WEEKDAY}`, 'gu');
const HANGUL = new RegExp(`${NO_DIGIT_BEFORE}(?:\\d{4}[ \\t]?년[ \\t]?)?${MONTH_NUMBER}[ \\t]?월[ \\t]?${DAY}[ \\t]?일(?![\\p{L}])${CJK_WEEKDAY}`, 'gu');
const BEFORE = '(?<![\\p{L}\\p{N}.\\/\\-])';
const LATVIAN = new RegExp(`${BEFORE}${YEAR}\\.[ \\t]gada[ \\t]${DAY}\\.[ \\t][\\p{Ll}]{3,}`, 'gu');
const LITHUANIAN = new RegExp(`${BEFORE}${YEAR}[ \\t]m\\.[ \\t][\\p{Ll}]{3,}[ \\t]${DAY}[ \\t]d\\.`, 'gu');
// Basque: the genitive `-ren` glued to the month name; the day's article (`3a`), or its locative (`3an`, "on the 3rd").
const BASQUE = new RegExp(`${BEFORE}${YEAR}(?:\\(e\\)|e)?ko[ \\t]([\\p{Ll}]{3,})ren[ \\t]${DAY}(?:\\(a\\)|an?)?(?![\\p{L}\\p{N}])`, 'gu');
const CATALAN = new RegExp(`${BEFORE}${DAY}[ \\t](?:de[ \\t]|d['\\u2019])([\\p{Ll}]{3,})[ \\t]del?[ \\t]${YEAR}(?![\\p{L}\\p{N}])`, 'gu');

/** Push DATE spans for the CLDR long formats above whose literals are words or signs of their own. */
export function detectLiteralDates(text: string, push: Push): void {
  if (text.includes('月')) for (const m of allMatches(CJK, text)) push(m.index, m.index + m[0].length, 'DATE');
  if (text.includes('월')) for (const m of allMatches(HANGUL, text)) push(m.index, m.index + m[0].length, 'DATE');
  if (!/(?:19|20)\d\d/.test(text)) return;
  for (const re of [LATVIAN, LITHUANIAN]) for (const m of allMatches(re, text)) push(m.index, m.index + m[0].length, 'DATE');
  for (const re of [BASQUE, CATALAN]) {
    for (const m of allMatches(re, text)) if (YEAR_MONTHS.has(m[1] ?? '')) push(m.index, m.index + m[0].length, 'DATE');
  }
}
