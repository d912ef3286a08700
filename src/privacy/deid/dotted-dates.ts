/**
 * One reader for dates written with dots (issue 14): `3.14.19` (US month first), `17.03.24` and `17.02.2023` (day
 * first, as most of Europe, the UK, India and Australia write them), `4.3. bis 15.3.` (German day-month pairs of a
 * range). Whether the first number is the month or the day is decided by cues, in order: a number past 12 can only
 * be the day; else the note's own other dates (a slashed, dashed or dotted date whose first or second number is past
 * 12, a month name before or after the day: "March 4" against "4 March") and locale words (European month names,
 * "bis", "vom"); else the order is unknown and both readings are checked. The same order serves the date shift of
 * surrogate output (`dotted-dates` → `dates.ts`), so `04.03.24` moves as 4 March in a day-first note.
 *
 * With a four-digit year a dotted triple is a date in any note. With a two-digit year and no number past 12 it is
 * also the shape of ventilator settings and blood gases (`vent 12.5.40`, `7.45.34.7`): then it is a date only when
 * no setting or lab word stands before it, and in a month-first note (nursing notes write m/d) only after a date
 * word (on, since, dated, DOB...), because such notes rarely write dates with dots.
 */
import type { PushSpan as Push } from './types.js';


/** Which number comes first in a note's numeric dates: day (`dmy`), month (`mdy`), or not known. */
export type DayOrder = 'dmy' | 'mdy' | undefined;

/** A dotted date read in a given order; `year` is undefined for a day-month pair. */
export interface DottedDate {
  readonly day: number;
  readonly month: number;
  readonly year: number | undefined;
  readonly yearDigits: number;
  readonly order: 'dmy' | 'mdy';
}

// d.m.y or m.d.y with a two- or four-digit year, not part of a longer dotted run ("7.45.34.7") or a version.
const DOTTED = /(?<![\w.\/])(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})(?![\w\/]|\.\d)/g;
// Dotted day-month pairs of a range without a year: "vom 4.3. bis 15.3.", "from 4.3. to 15.3.".
const DOTTED_PAIR = /(?<![\d.])((?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.)([ \t]?[-\u2013][ \t]?|[ \t](?:to|until|bis)[ \t])((?:[12]\d|3[01]|0?[1-9])\.(?:1[0-2]|0?[1-9])\.)(?!\d)/g;
// Numeric dates elsewhere in the note whose order is certain: a first number past 12 is a day, a second one past 12 too.
const NUMERIC = /(?<![\w.\/\-])(\d{1,2})([\/.\-])(\d{1,2})\2(?:\d{4}|\d{2})(?![\w\/]|\.\d)/g;
// "March 4" / "4 March": how the note writes a day with a month name (capitalised, so "may 2" is left).
const MONTH_THEN_DAY = new RegExp(`\\b(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\.?[ \\t](?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\b`, 'g');
const DAY_THEN_MONTH = new RegExp(`\\b(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?[ \\t](?:of[ \\t])?(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\\b`, 'g');
// Words of languages and places that write the day first.
const DAY_FIRST_WORDS = /\b(?:bis|vom|januar|februar|m(?:ae|a)rz|juni|juli|oktober|dezember|janvier|fevrier|avril|juin|juillet|aout|octobre|decembre|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|settembre|ottobre|dicembre|enero|febrero|junio|julio|septiembre|octubre|noviembre|diciembre|NHS|postcode|Eircode|Aadhaar|Medicare card)\b/gi;
// Words before a two-digit-year triple that make it a setting or a lab run, not a date.
const SETTING_BEFORE = /(?:\b(?:ps|psv|peep|cpap|bipap|ipap|epap|simv|imv|ac|vent\w*|settings?|mode|fio2?|abg|vbg|gas(?:es)?|ph|lytes|labs?|v|ver|version|release|build|rev)\b|[=%&])[\s:,(]*$/i;
// Date words before a triple in a month-first note: "on 3.4.19", "DOB 3.4.19", "since 12.5.19".
const DATE_WORD_BEFORE = /\b(?:on|since|from|until|till|dated?|dob|d\.o\.b\.?|born|admitted|adm|seen|visit|due|by|of|effective|expires?|exp)\b[\s:,.]*$/i;

const validDay = (d: number): boolean => d >= 1 && d <= 31;
const validMonth = (m: number): boolean => m >= 1 && m <= 12;

/** The order of a note's numeric dates, from the cues in the module comment; undefined when they are absent or tie. */
export function dayOrderOf(text: string): DayOrder {
  let dmy = 0;
  let mdy = 0;
  NUMERIC.lastIndex = 0;
  for (let m = NUMERIC.exec(text); m !== null; m = NUMERIC.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[3]);
    if (a > 12 && validDay(a) && validMonth(b)) dmy++;
    else if (b > 12 && validDay(b) && validMonth(a)) mdy++;
  }
  if (/[A-Z]/.test(text)) {
    mdy += count(MONTH_THEN_DAY, text);
    dmy += count(DAY_THEN_MONTH, text);
  }
  dmy += count(DAY_FIRST_WORDS, text);
  return dmy > mdy ? 'dmy' : mdy > dmy ? 'mdy' : undefined;
}

function count(re: RegExp, text: string): number {
  re.lastIndex = 0;
  let n = 0;
  while (re.exec(text) !== null) n++;
  return n;
}

/**
 * Read `a.b.y` as a date: a number past 12 fixes the order, else `order` (the note's), else day first when both
 * readings are valid (the reading only matters for shifting). Undefined when no reading is a valid date.
 */
export function readDotted(a: number, b: number, year: string, order: DayOrder): DottedDate | undefined {
  const y = year.length === 4 ? Number(year) : Number(year) + (Number(year) <= 30 ? 2000 : 1900);
  if (year.length === 4 && (y < 1900 || y > 2099)) return undefined;
  const asDmy = validDay(a) && validMonth(b);
  const asMdy = validMonth(a) && validDay(b);
  const pick: 'dmy' | 'mdy' | undefined = asDmy && asMdy ? (order ?? 'dmy') : asDmy ? 'dmy' : asMdy ? 'mdy' : undefined;
  if (!pick) return undefined;
  return pick === 'dmy' ? { day: a, month: b, year: y, yearDigits: year.length, order: pick } : { day: b, month: a, year: y, yearDigits: year.length, order: pick };
}

/** Parse one dotted date on its own (`04.03.24`), for the date shift; `order` is the note's, when known. */
export function parseDotted(value: string, order: DayOrder = undefined): DottedDate | undefined {
  const m = /^(\d{1,2})\.(\d{1,2})\.(\d{4}|\d{2})$/.exec(value);
  return m ? readDotted(Number(m[1]), Number(m[2]), m[3] ?? '', order) : undefined;
}

/** Push DATE spans for dotted dates, deciding each one's order by the cues above. */
export function detectDottedDates(text: string, push: Push): void {
  if (!text.includes('.')) return;
  let order: DayOrder | null = null;
  DOTTED.lastIndex = 0;
  for (let m = DOTTED.exec(text); m !== null; m = DOTTED.exec(text)) {
    const a = Number(m[1]);
    const b = Number(m[2]);
    const year = m[3] ?? '';
    if (year.length === 4 && !/^(?:19|20)/.test(year)) continue;
    if (order === null) order = dayOrderOf(text);
    const read = readDotted(a, b, year, order);
    if (!read) continue;
    const before = text.slice(Math.max(0, m.index - 24), m.index);
    // A two-digit year with no number past 12 is also a row of settings or a gas: the cues must allow a date.
    if (year.length === 2 && a <= 12 && b <= 12) {
      if (SETTING_BEFORE.test(before)) continue;
      if (order === 'mdy' && !DATE_WORD_BEFORE.test(before)) continue;
    }
    if (/\b(?:v|ver|version|release|build|rev)\.?[ \t]?$/i.test(before)) continue;
    push(m.index, m.index + m[0].length, 'DATE');
  }
  if (/\d\.[ \t]?(?:[-\u2013]|to|until|bis)/.test(text)) {
    DOTTED_PAIR.lastIndex = 0;
    for (let m = DOTTED_PAIR.exec(text); m !== null; m = DOTTED_PAIR.exec(text)) {
      const first = m[1] ?? '';
      const second = m[3] ?? '';
      push(m.index, m.index + first.length, 'DATE');
      const at = m.index + m[0].length - second.length;
      push(at, at + second.length, 'DATE');
    }
  }
}
