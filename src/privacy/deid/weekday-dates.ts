/**
 * A weekday written right before a found date joins its span (issue 14, twentieth pass; docs/privacy.md: "a weekday
 * written beside a date is taken into the date's span"), for every date shape: "Fri 04-Dec-2026", "Sun 2026-12-06".
 */
import type { CaseMode } from './letter-case.js';
import type { PhiSpan, PushSpan as Push } from './types.js';

// Title case only, in a mixed-case note: the nursing gold leaves "monday 8/28" and "FRIDAY 9/17" (shorthand schedules in
// lower-case and capitals notes) out of the date, and there a weekday's case says nothing.
const WEEKDAY_BEFORE = /\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Mon|Tues?|Weds?|Thu(?:rs?)?|Fri|Sat|Sun)\.?,?[ \t]{1,2}$/;
// Twenty-seventh session (issue 14): in a mixed-case note the English weekday in lower case or capitals too ("d/c
// planned fri 11/12", "list FRI 04DEC": the writer's shorthand, the date's element all the same), and the weekday's
// wide name of the languages whose dates the readers take, in any case (CLDR writes most of them lower case: "lunes
// 1/12", "donderdag 27 november"). Unicode CLDR, gregorian days, format wide; accent-folded as the text arrives
// (fold.ts: "miercoles", "sabado", "lordag"). Dutch, Spanish, French, Italian, Portuguese, German, Danish, Norwegian,
// Swedish, Polish, Czech, Romanian, Finnish, Turkish, Indonesian, Malay, Tagalog; Russian and Ukrainian (not folded).
// Italian "sabato" was missing from the list until session 28 (CLDR it, format wide).
const CLDR_WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday', 'mon', 'tues?', 'weds?', 'thu(?:rs?)?', 'fri', 'sat', 'sun',
  'maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag',
  'lunes', 'martes', 'miercoles', 'jueves', 'viernes', 'sabado', 'domingo',
  'lundi', 'mardi', 'mercredi', 'jeudi', 'vendredi', 'samedi', 'dimanche',
  'lunedi', 'martedi', 'mercoledi', 'giovedi', 'venerdi', 'sabato', 'domenica',
  'segunda-feira', 'terca-feira', 'quarta-feira', 'quinta-feira', 'sexta-feira',
  'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonnabend', 'sonntag',
  'mandag', 'tirsdag', 'tisdag', 'onsdag', 'torsdag', 'fredag', 'lordag', 'sondag',
  'poniedzialek', 'wtorek', 'sroda', 'czwartek', 'piatek', 'sobota', 'niedziela',
  'pondeli', 'utery', 'streda', 'ctvrtek', 'patek', 'nedele',
  'luni', 'marti', 'miercuri', 'joi', 'vineri', 'sambata', 'duminica',
  'maanantai', 'tiistai', 'keskiviikko', 'torstai', 'perjantai', 'lauantai', 'sunnuntai',
  'pazartesi', 'sali', 'carsamba', 'persembe', 'cuma', 'cumartesi', 'pazar',
  'senin', 'isnin', 'selasa', 'rabu', 'kamis', 'khamis', 'jumat', 'jumaat', 'sabtu', 'minggu', 'ahad',
  'miyerkules', 'huwebes', 'biyernes', 'linggo',
  '\u043f\u043e\u043d\u0435\u0434\u0435\u043b\u044c\u043d\u0438\u043a', '\u0432\u0442\u043e\u0440\u043d\u0438\u043a',
  '\u0441\u0440\u0435\u0434\u0430', '\u0447\u0435\u0442\u0432\u0435\u0440\u0433', '\u043f\u044f\u0442\u043d\u0438\u0446\u0430',
  '\u0441\u0443\u0431\u0431\u043e\u0442\u0430', '\u0432\u043e\u0441\u043a\u0440\u0435\u0441\u0435\u043d\u044c\u0435',
  '\u043f\u043e\u043d\u0435\u0434\u0456\u043b\u043e\u043a', '\u0432\u0456\u0432\u0442\u043e\u0440\u043e\u043a',
  '\u0441\u0435\u0440\u0435\u0434\u0430', '\u0447\u0435\u0442\u0432\u0435\u0440', '\u0441\u0443\u0431\u043e\u0442\u0430',
  '\u043d\u0435\u0434\u0456\u043b\u044f'];
const ANY_CASE_WEEKDAY_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}\\-])(?:${CLDR_WEEKDAYS.join('|')})\\.?,?[ \\t]{1,2}$`, 'iu');

/** Push a DATE span over each found date and the weekday right before it. */
export function detectWeekdayDates(text: string, found: readonly PhiSpan[], push: Push, mode: CaseMode): void {
  if (mode !== 'mixed') return;
  for (const s of found) {
    if (s.type !== 'DATE') continue;
    const before = text.slice(Math.max(0, s.start - 16), s.start);
    const w = WEEKDAY_BEFORE.exec(before) ?? ANY_CASE_WEEKDAY_BEFORE.exec(before);
    if (w) push(s.start - w[0].length, s.end, 'DATE');
  }
}
