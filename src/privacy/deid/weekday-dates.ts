/**
 * A weekday written right before a found date joins its span (issue 14, twentieth pass; docs/privacy.md: "a weekday
 * written beside a date is taken into the date's span"), for every date shape: "Fri 04-Dec-2026", "Sun 2026-12-06".
 */
import { ICU_WEEKDAYS, ICU_WEEKDAYS_DOTTED } from './icu-weekdays.js';
import type { CaseMode } from './letter-case.js';
import { IN_FIRST, IN_WORD_LISTS, wordFlags, type Lexicon } from './lexicon.js';
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

// Thirty-second session (issue 14, deid-formats8): the weekday of every other locale of Node's ICU, as CLDR prints it
// in a full date (format context; `icu-weekdays.ts`, generated): letters date themselves "tiisdei 15 desimber"
// (Frisian), "dilluns 7 de desembre" (Catalan), "Donneschdeg, 3. Dezember" (Luxembourgish), and abbreviate it with
// ICU's stop ("mer. 2 déc."). The last word before the date is looked up, so the scan stays a fixed window.
const ICU_DAYS: ReadonlySet<string> = new Set(ICU_WEEKDAYS);
const ICU_DAYS_DOTTED: ReadonlySet<string> = new Set(ICU_WEEKDAYS_DOTTED);
// Thirty-fifth session (deid-formats12): the abbreviations of three letters or more that CLDR prints without a stop
// (format abbreviated), accent-folded: Swedish, European Portuguese (the weekday without "-feira"), Spanish, Italian,
// Turkish, Malay, Indonesian ("sexta 11/12", "tors 3/12"). The same guard as ICU's: no English, clinical or medical
// word and no given name ("son", "min", "per", "sex", "man" stay).
const NO_STOP_DAYS: ReadonlySet<string> = new Set(['man', 'tis', 'ons', 'tors', 'fre', 'lor', 'son',
  'segunda', 'terca', 'quarta', 'quinta', 'sexta', 'lun', 'mar', 'mie', 'jue', 'vie', 'sab', 'dom', 'mer', 'gio', 'ven',
  'pzt', 'sal', 'car', 'per', 'cum', 'cmt', 'paz', 'isn', 'sel', 'rab', 'kha', 'jum', 'ahd', 'sen', 'kam', 'min']);
const LAST_WORD_BEFORE = /(?<![\p{L}\p{N}\-])([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)?)(\.?),?[ \t]{1,2}$/u;
// A word of the English, clinical or medical lists, an eponym or a given name is read as itself ("Anna, 3 December").
const OTHER_WORD = IN_WORD_LISTS | IN_FIRST;

/** The length of an ICU locale's weekday (its stop and comma and spaces too) right before a date, else 0. */
function icuWeekdayBefore(before: string, lex: Lexicon): number {
  const m = LAST_WORD_BEFORE.exec(before);
  const word = m?.[1]?.toLowerCase() ?? '';
  if (!m || word === '') return 0;
  if (!ICU_DAYS.has(word) && !NO_STOP_DAYS.has(word) && !(m[2] === '.' && ICU_DAYS_DOTTED.has(word))) return 0;
  return wordFlags(lex, word) & OTHER_WORD ? 0 : m[0].length;
}

/** Push a DATE span over each found date and the weekday right before it. */
export function detectWeekdayDates(text: string, found: readonly PhiSpan[], push: Push, mode: CaseMode, lex: Lexicon): void {
  if (mode !== 'mixed') return;
  for (const s of found) {
    if (s.type !== 'DATE') continue;
    const before = text.slice(Math.max(0, s.start - 16), s.start);
    const w = WEEKDAY_BEFORE.exec(before) ?? ANY_CASE_WEEKDAY_BEFORE.exec(before);
    const n = w ? w[0].length : icuWeekdayBefore(text.slice(Math.max(0, s.start - 32), s.start), lex);
    if (n > 0) push(s.start - n, s.end, 'DATE');
  }
}
