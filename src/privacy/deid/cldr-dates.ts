/**
 * Dates with a month name in more languages (issue 14, twenty-first pass), from the Unicode CLDR long date formats: the
 * day, the month in the form CLDR gives for a date (the genitive in the Slavic languages, the partitive in Finnish),
 * and always a four-digit year, so a month name that is also a word ("maj", "mart", "mai") is read only inside a
 * whole date. Day first: Danish, Norwegian and Swedish (`4. december 2026`, the ordinal dot), Polish, Czech, Slovak,
 * Croatian, Romanian, Finnish, Turkish, Russian and Ukrainian; the Spanish abbreviations that are no English month
 * (`1 dic 2026`, `3-dic-2026`); month first with a comma, Tagalog (`Disyembre 1, 2026`); Vietnamese with its words for
 * day, month and year (`ngày 20 tháng 11 năm 2026`). Text arrives accent-folded (fold.ts), so Latin forms are written
 * without diacritics; Cyrillic is not folded. French, German, Italian, Spanish, Dutch, Portuguese, Malay and
 * Indonesian are read by identifiers.ts EU_MONTH_DATE.
 */
import { allMatches } from './matches.js';
import type { PushSpan as Push } from './types.js';
import { DAY, YEAR } from './date-fields.js';

const DAY_FIRST_MONTHS = [
  // Danish, Norwegian, Swedish (the forms English shares, "4 december 2026", are dates in English too; DAY_FIRST takes
  // them with or without the ordinal dot).
  'januar', 'januari', 'februar', 'februari', 'marts', 'mars', 'april', 'maj', 'mai', 'juni', 'juli', 'august', 'augusti',
  'september', 'oktober', 'november', 'december', 'desember',
  // Polish, Czech, Slovak, Croatian (genitive).
  'stycznia', 'lutego', 'marca', 'kwietnia', 'maja', 'czerwca', 'lipca', 'sierpnia', 'wrzesnia', 'pazdziernika', 'listopada', 'grudnia',
  'ledna', 'unora', 'brezna', 'dubna', 'kvetna', 'cervna', 'cervence', 'srpna', 'zari', 'rijna', 'listopadu', 'prosince',
  'januara', 'februara', 'aprila', 'juna', 'jula', 'augusta', 'septembra', 'oktobra', 'novembra', 'decembra',
  'sijecnja', 'veljace', 'ozujka', 'travnja', 'svibnja', 'lipnja', 'srpnja', 'kolovoza', 'rujna', 'studenoga', 'prosinca',
  // Romanian.
  'ianuarie', 'februarie', 'martie', 'aprilie', 'iunie', 'iulie', 'septembrie', 'octombrie', 'noiembrie', 'decembrie',
  // Finnish (partitive).
  'tammikuuta', 'helmikuuta', 'maaliskuuta', 'huhtikuuta', 'toukokuuta', 'kesakuuta', 'heinakuuta', 'elokuuta', 'syyskuuta',
  'lokakuuta', 'marraskuuta', 'joulukuuta',
  // Turkish (dotless i as written or folded).
  'ocak', 'subat', 'mart', 'nisan', 'may[i\\u0131]s', 'haziran', 'temmuz', 'agustos', 'eylul', 'ekim', 'kas[i\\u0131]m', 'aral[i\\u0131]k',
  // Russian and Ukrainian (genitive).
  '\u044f\u043d\u0432\u0430\u0440\u044f', '\u0444\u0435\u0432\u0440\u0430\u043b\u044f', '\u043c\u0430\u0440\u0442\u0430',
  '\u0430\u043f\u0440\u0435\u043b\u044f', '\u043c\u0430\u044f', '\u0438\u044e\u043d\u044f', '\u0438\u044e\u043b\u044f',
  '\u0430\u0432\u0433\u0443\u0441\u0442\u0430', '\u0441\u0435\u043d\u0442\u044f\u0431\u0440\u044f',
  '\u043e\u043a\u0442\u044f\u0431\u0440\u044f', '\u043d\u043e\u044f\u0431\u0440\u044f', '\u0434\u0435\u043a\u0430\u0431\u0440\u044f',
  '\u0441\u0456\u0447\u043d\u044f', '\u043b\u044e\u0442\u043e\u0433\u043e', '\u0431\u0435\u0440\u0435\u0437\u043d\u044f',
  '\u043a\u0432\u0456\u0442\u043d\u044f', '\u0442\u0440\u0430\u0432\u043d\u044f', '\u0447\u0435\u0440\u0432\u043d\u044f',
  '\u043b\u0438\u043f\u043d\u044f', '\u0441\u0435\u0440\u043f\u043d\u044f', '\u0432\u0435\u0440\u0435\u0441\u043d\u044f',
  '\u0436\u043e\u0432\u0442\u043d\u044f', '\u043b\u0438\u0441\u0442\u043e\u043f\u0430\u0434\u0430', '\u0433\u0440\u0443\u0434\u043d\u044f',
].join('|');
// Day (with the ordinal dot of the Nordic and Central European forms), month, year; "r." / "г." after the year are left.
const DAY_FIRST = new RegExp(`(?<![\\w.\\/\\-])${DAY}\\.?[ \\t](?:${DAY_FIRST_MONTHS})[ \\t]${YEAR}(?![\\w\\/\\-]|\\.\\d)`, 'gi');
// Spanish abbreviated months that English does not share, with a space, dash or slash ("1 dic 2026", "3-dic-2026").
const SPANISH_ABBREV = new RegExp(`(?<![\\w.\\/\\-])${DAY}([ \\t\\-\\/])(?:ene|abr|ago|dic)\\.?\\1${YEAR}(?![\\w\\/\\-]|\\.\\d)`, 'gi');
// Tagalog, month first with a comma before the year.
const TAGALOG = new RegExp(`\\b(?:enero|pebrero|marso|abril|mayo|hunyo|hulyo|agosto|setyembre|oktubre|nobyembre|disyembre|nob\\.|dis\\.|set\\.|okt\\.|peb\\.)[ \\t]${DAY},[ \\t]${YEAR}\\b`, 'gi');
const VIETNAMESE = new RegExp(`\\b(?:ngay[ \\t])?${DAY}[ \\t]thang[ \\t](?:1[0-2]|0?[1-9])[ \\t](?:nam[ \\t])${YEAR}\\b`, 'gi');
const ANCHOR = /[ \t\-\/](?:19|20)\d\d\b/;

/** Push DATE spans for the month-name dates above; only notes with a four-digit year are scanned. */
export function detectCldrDates(text: string, push: Push): void {
  if (!ANCHOR.test(text)) return;
  for (const re of [DAY_FIRST, SPANISH_ABBREV, TAGALOG, VIETNAMESE]) {
    for (const m of allMatches(re, text)) push(m.index, m.index + m[0].length, 'DATE');
  }
}
