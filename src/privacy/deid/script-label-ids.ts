/**
 * Identifiers after a label written in a script other than Latin (issue 14, session 39): a letter or form in Russian,
 * Greek, Arabic, Persian, Urdu, Hindi, Thai, Chinese, Japanese or Korean names an identity card, an insurance policy, a
 * file or a scheme in its own words and writes the number in ASCII digits after it ("Полис ОМС 5520 …", "شناختی کارڈ
 * 42101-…", "บัตรประชาชน 1 2207 …"). The English and Latin-script label lists do not hold those words, and a word list
 * of every language's labels is no general source; the script is (Unicode's Script property, as ICU reads it). The
 * rule is a shape after a label, as field-ids.ts reads one after an English label, with a stricter shape since the
 * label's meaning is not read: right after a word of a non-Latin script (perhaps a colon or a numero sign), a value of
 * field-ids.ts' `groupedValue` shape (groups of capitals, digits, dashes and slashes) that holds eight digits or more,
 * or letters and at least four digits. Eight digits is more than a date, a time, a dose, a count of cells or a vital
 * sign holds (a platelet count has six, a viral load seven and is written with its unit); the numbers a clinical text
 * writes with eight digits and no unit are a phone's (ITU-T E.164 national numbers, 8 to 15 digits) or an identity,
 * insurance or file number's (national identity numbers run from 9 to 16 digits).
 * Stays out: a date's shape, a value with a unit, a currency or a percent after it (field-ids.ts' units, and the unit
 * and currency words of the languages these scripts write, from a dictionary), a value touched by a letter or a digit,
 * and a value whose label word is itself Latin.
 * A pre-check (a letter outside the Latin blocks) turns away every other text. Pure.
 */
import { groupedValue } from './field-ids.js';
import { allMatches } from './matches.js';
import type { PushSpan as Push } from './types.js';

// A letter beyond Latin Extended: the texts this rule can read hold one.
const OTHER_LETTER = /[\u0370-\u1DFF\u2C00-\uFFEF]/;
// The label: a word of letters and marks, its first letter of a script other than Latin, then perhaps a colon or a
// numero sign, then the value's first capital or digit (ASCII).
const LABEL = /(?<![\p{L}\p{M}\p{N}])(?!\p{Script=Latin})\p{L}[\p{L}\p{M}]*[ \t]*(?:[:：№][ \t]*)?(?=[A-Z0-9])/gu;
const LATIN = /\p{Script=Latin}/u;
const DATE_SHAPE = /^\d{1,4}[\/.\-]\d{1,2}[\/.\-]\d{2,4}$/;
// Units and currencies written in these scripts (a dictionary's abbreviations: milligram, millilitre, litre, gram,
// kilogram, kilometre, metre, unit, thousand, and the currencies rouble, som, tenge, hryvnia, euro, riyal, dinar, rial,
// toman, rupee, baht, yuan, yen, won), and any currency sign, percent or slash.
const UNIT_AFTER = new RegExp(
  '^[ \\t]*(?:[/%٪‰\\p{Sc}]|(?:мг|мкг|мл|л|г|кг|км|м|ед|ммоль|мкмоль|тыс|руб|сум|сом|тенге|грн|ευρώ|' +
    'ملغ|مل|لتر|غرام|كغ|ألف|ريال|دينار|درهم|ریال|تومان|روپے|रुपये|रु|บาท|元|円|원|克|毫克|毫升|公斤)(?![\\p{L}\\p{M}]))',
  'u',
);

/** Push ID spans for identifier-shaped values right after a word of a non-Latin script. */
export function detectScriptLabelIds(text: string, push: Push): void {
  if (!OTHER_LETTER.test(text) || !/\d{4}/.test(text)) return;
  for (const m of allMatches(LABEL, text)) {
    if (LATIN.test(m[0])) continue;
    const at = m.index + m[0].length;
    const got = groupedValue(text, at);
    if (got === undefined || /[\p{L}\p{N}]/u.test(text[got.end] ?? '')) continue;
    const digits = got.value.replace(/\D/g, '').length;
    const letters = /[A-Z]/.test(got.value);
    if (letters ? digits < 4 : digits < 8) continue;
    if (DATE_SHAPE.test(got.value) || UNIT_AFTER.test(text.slice(got.end, got.end + 10))) continue;
    push(at, got.end, 'ID');
  }
}
