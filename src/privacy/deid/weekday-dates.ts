/**
 * A weekday written right before a found date joins its span (issue 14, twentieth pass; docs/privacy.md: "a weekday
 * written beside a date is taken into the date's span"), for every date shape: "Fri 04-Dec-2026", "Sun 2026-12-06".
 * Twenty-fourth pass: the weekday may be written in the letters' other languages (the Unicode CLDR wide weekday names,
 * accent-folded: "lunes 1/12", "donderdag 27 november", "sexta-feira, 4 de dezembro") or in lower case ("fri 11/12"), and a
 * weekday with a day and a month name and no year is a date (CLDR's weekday-day-month skeleton, "EEEE d MMMM": "mardi
 * 9 décembre", "jueves 3 de diciembre"), as English "Tuesday 9 December" already is.
 */
import { DAY_FIRST_MONTHS } from './cldr-dates.js';
import { EU_MONTHS } from './identifiers.js';
import type { CaseMode } from './letter-case.js';
import { allMatches } from './matches.js';
import { MONTHS } from './patterns.js';
import type { PhiSpan, PushSpan as Push } from './types.js';

// Wide weekday names (CLDR, format context) of the letters' languages other than English, accent-folded as the text
// arrives (fold.ts): Spanish, Portuguese, French, Italian, German, Dutch, Danish/Norwegian/Swedish, Polish, Czech, Slovak,
// Romanian, Finnish, Indonesian/Malay and Tagalog. No abbreviations: "mar", "sex", "do", "so", "ma" are words.
const OTHER_WEEKDAYS = [
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo',
  'segunda-feira', 'terca-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'mandag', 'tirsdag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lordag', 'sondag',
  'poniedzialek', 'wtorek', 'sroda', 'czwartek', 'piatek', 'sobota', 'niedziela',
  'pondeli', 'utery', 'streda', 'ctvrtek', 'patek', 'nedele', 'pondelok', 'utorok', 'stvrtok', 'piatok', 'nedela',
  'luni', 'marti', 'miercuri', 'vineri', 'sambata', 'duminica',
  'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai',
  'senin', 'selasa', 'kamis', 'jumat', 'sabtu', 'miyerkules', 'huwebes', 'biyernes',
].join('|');
const ENGLISH_WEEKDAYS = 'monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun';
// Title case or lower case, never capitals: the nursing gold leaves "FRIDAY 9/17" out of the date, and lower-case or
// capitals notes are not read at all (mode below), as their gold leaves "monday 8/28" out too.
const WEEKDAY = `(?:${ENGLISH_WEEKDAYS}|${OTHER_WEEKDAYS})`;
const WEEKDAY_BEFORE = new RegExp(`(?<![\\w-])${WEEKDAY}\\.?,?[ \\t]{1,2}$`, 'i');
// A weekday, a day (with the ordinal dot or "de") and a month name in any of the letters' languages, no year.
const DAY = '(?:[12]\\d|3[01]|0?[1-9])';
const WEEKDAY_DAY_MONTH = new RegExp(
  `(?<![\\w-])${WEEKDAY},?[ \\t]{1,2}${DAY}\\.?[ \\t](?:de[ \\t])?(?:${MONTHS}|${EU_MONTHS}|${DAY_FIRST_MONTHS})\\b(?![ \\t]*\\d)`, 'gi');
const HAS_WEEKDAY_DAY = /[a-z],?[ \t]{1,2}\d/i;
// Title case or lower case: a second capital letter means capitals.
const inCapitals = (word: string): boolean => /^[A-Z]{2}/.test(word);

/** Push a DATE span over each found date and the weekday right before it, and over each weekday-day-month date. */
export function detectWeekdayDates(text: string, found: readonly PhiSpan[], push: Push, mode: CaseMode): void {
  if (mode !== 'mixed') return;
  for (const s of found) {
    if (s.type !== 'DATE') continue;
    const w = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, s.start - 16), s.start));
    const at = s.start - (w?.[0].length ?? 0);
    if (w && !inCapitals(w[0]) && !/[\w-]/.test(text[at - 1] ?? ' ')) push(at, s.end, 'DATE');
  }
  if (!HAS_WEEKDAY_DAY.test(text)) return;
  for (const m of allMatches(WEEKDAY_DAY_MONTH, text)) {
    // "may" and "march" are verbs too: lower case, they are no month here.
    if (/\b(?:may|march)$/.test(m[0]) || inCapitals(m[0])) continue;
    push(m.index, m.index + m[0].length, 'DATE');
  }
}
