/**
 * Phone numbers and identifiers written with the digits of another script (issue 14, session 39). Unicode CLDR prints
 * every number of a locale in its default numbering system: Arabic in its own digits (arab), Persian, Urdu and Pashto
 * in the extended Arabic-Indic ones (arabext), Bengali (beng), Marathi and Nepali (deva), Burmese (mymr); a form or a
 * letter written in those languages gives a phone or a card number that way too ("هاتف ٥٥٣ ٢١٠ ٦٤٧", "आधार ३३०२ ७१८५
 * ६६४०"), and the phone and identifier readers read ASCII digits. As script-digit-dates.ts does for dates, the text is
 * read once more with those digits as ASCII (`asciiDigits`: one code unit for one, every offset kept):
 * - the phone-word rule (phone-words.ts: a phone word of the letters' languages, then a national number), the
 *   national numbers in the layouts their issuers publish (national-ids.ts) and the identity, record and insurance
 *   labels of other languages (foreign-id-labels.ts) on that copy, keeping only the numbers that hold a digit of
 *   another script (the ASCII text's own were read already);
 * - the value of a label written in a script other than Latin: a run of another script's digits, five or more, in
 *   groups joined by one space, hyphen or slash, right after a word of a non-Latin script (perhaps with a colon), is an
 *   identifier. Five digits is more than a day, a month, a year or a time holds, and the numbers a clinical text writes
 *   with five digits or more and no unit are a phone's (ITU-T E.164: a national significant number of up to 15
 *   digits), an identity, insurance or file number's (national identity numbers run from 9 to 16 digits); a count of cells
 *   or money carries its unit, its currency or a thousands separator.
 *   Stays out: a date's shape (groups of one or two digits beside at most one group of up to four: "۱۴۰۵/۰۹/۱۰"), a
 *   ratio or a range (two groups of at most three digits: "١٢٠/٨٠"), a number with thousands or decimal separators
 *   (the run stops at a point, a comma, ٫ or ٬, so its groups are too short), a value with a unit, a currency, a
 *   percent or a slash after it, and a run a letter or digit of any script touches.
 * The caller makes the ASCII copy once per text (`asciiDigits`, shared with script-digit-dates.ts); a text with no decimal
 * digit outside ASCII has none and never reaches this rule. Pure.
 */
import { detectForeignIdLabels } from './foreign-id-labels.js';
import type { CaseMode } from './letter-case.js';
import { detectNationalIds } from './national-ids.js';
import { detectPhoneWords } from './phone-words.js';
import { OTHER_DIGIT } from './script-digit-dates.js';
import type { PushSpan as Push } from './types.js';

// A run of decimal digits of the Basic Multilingual Plane in groups joined by one space, hyphen or slash, which no
// letter, digit or mark touches on either side.
const RUN = /(?<![\p{L}\p{N}\p{M}])\p{Nd}+(?:[ \-/]\p{Nd}+)*(?![\p{L}\p{N}\p{M}])/gu;
// The label: a word of letters and marks in a script other than Latin, perhaps a colon, then the run.
const LABEL = /(?:(?!\p{Script=Latin})\p{L})[\p{L}\p{M}]*[ \t]*[:：]?[ \t]*$/u;
const LATIN = /\p{Script=Latin}/u;
// What may not follow: a unit in Latin letters, a slash, a percent or per-mille sign, a currency sign, or a unit or
// currency word of the languages that write these digits (a dictionary's words: milligram, millilitre, litre, gram,
// kilogram, thousand; riyal, dinar, dirham, pound, lira, rial, toman, afghani, rupee, taka, kyat).
const UNIT_AFTER = new RegExp(
  '^[ \\t]*(?:[/%٪‰\\p{Sc}]|\\p{Script=Latin}|' +
    '(?:ملغم?|مغ|مل|لتر|غرام|غ|كغم?|كجم|ألف|الف|ريال|دينار|درهم|جنيه|ليرة|میلی‌گرم|میلی‌لیتر|گرم|لیتر|کیلو|هزار|ریال|تومان|افغانی|روپے|روپیه|' +
    'मिग्रा|मिलीग्राम|मिली|ग्राम|किलो|हज़ार|हजार|रुपये|रुपए|रु|টাকা|মিগ্রা|গ্রাম|হাজার|ကျပ်)(?![\\p{L}\\p{M}]))',
  'u',
);

/** The digit groups of a run: the shape of a date, a ratio or a range, which is no identifier. */
function dateOrRatio(groups: readonly number[]): boolean {
  if (groups.length === 2 && groups.every((n) => n <= 3)) return true;
  if (groups.length > 3 || groups.some((n) => n > 4)) return false;
  return groups.filter((n) => n > 2).length <= 1;
}

/** Push PHONE and ID spans for the numbers written in another script's digits; `ascii` is `asciiDigits(text)`. */
export function detectScriptDigitIds(text: string, ascii: string, push: Push, mode: CaseMode): void {
  const read: [number, number][] = [];
  const keep: Push = (start, end, type) => {
    if (type === 'DATE' || !OTHER_DIGIT.test(text.slice(start, end))) return;
    read.push([start, end]);
    push(start, end, type);
  };
  detectPhoneWords(ascii, keep);
  detectNationalIds(ascii, keep, mode);
  detectForeignIdLabels(ascii, keep, mode);
  for (const m of text.matchAll(RUN)) {
    const run = m[0];
    const start = m.index;
    const end = start + run.length;
    if (!OTHER_DIGIT.test(run) || read.some(([s, e]) => s < end && e > start)) continue;
    const groups = run.split(/[ \-/]/).map((g) => g.length);
    if (groups.reduce((a, b) => a + b, 0) < 5 || dateOrRatio(groups)) continue;
    const label = LABEL.exec(text.slice(Math.max(0, start - 40), start));
    if (label === null || LATIN.test(label[0])) continue;
    if (UNIT_AFTER.test(text.slice(end, end + 12))) continue;
    push(start, end, 'ID');
  }
}
