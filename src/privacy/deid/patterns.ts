/**
 * Pattern detectors for identifiers that have a shape: dates, years, ages over 89, phone/fax numbers,
 * e-mail, URL, IP, SSN, ZIP and numbers introduced by an identifier cue (MRN, account, licence...).
 * Each returns raw spans; `detect.ts` merges them with the word-level detectors.
 */
import { MEASURE_HEAD } from './plates.js';
import { CAPITAL_CODES, ENERGY, MASS, only, quantityAlternation, SUBSTANCE, VOLUME, without } from './quantity-words.js';
import type { CaseMode } from './letter-case.js';
import { mayOpen, wordGate } from './note-words.js';
import { SCORE_OUT_OF_BEFORE } from './named-scores.js';
import type { PhiSpan, PhiType, PushSpan as Push } from './types.js';


/** English month names and their abbreviations, as a regular-expression alternation (no group). */
export const MONTHS = 'jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?';
const MONTH_RE = new RegExp(`\\b(?:${MONTHS})\\b\\.?`, 'i');

// m/d, m/d/yy, m/d/yyyy, m-d-yy(yy); not part of a longer number chain such as a BP 120/80/… or 1/2/3.
const NUMERIC_DATE = /(?<![\d/]|\d[.\-]|\/[.\-])(0?[1-9]|1[0-2])(\/|-)(0?[1-9]|[12]\d|3[01])(?:\2((?:19|20)?\d\d))?(?![\d/]|\.\d|-\d(?!\d?\/))/g;
// m/yyyy for past history: 2/2004, 12/1999 (not a dilution or a count: nothing but a date reads as month/19xx-20xx).
const MONTH_YEAR4 = /(?<![\d/.:\-])(?:0?[1-9]|1[0-2])\/(?:19|20)\d\d(?![\d/]|\.\d|[ \t]*(?:units?|u\b|mg|mcg|ml|cc|dilution))/gi;
// m/yy for past history: 7/81, 12/93 (a day cannot exceed 31, so 32-99 reads as a year).
const MONTH_YEAR_NUM = /(?<![\d/.\-])(?:0?[1-9]|1[0-2])\/(?:3[2-9]|[4-9]\d|0\d)(?![\d/%]|\.\d)/g;
// "on the 5th" is a day of a month; "the 2nd percentile", "the 4th ventricle", "the 3rd trimester" are not.
const ORDINAL_DAY = /\b(?:the\s)(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?!\s*(?:-?\s*(?:degree|percentile|centile|ventricle|part|portion|segment|space|intercostal|toe|finger|digit|metacarpal|metatarsal|rib|cranial|nerve|trimester|generation|cycle|dose|line|round|floor|grade|week|month|year|decade|attempt|episode|time|lumbar|cervical|thoracic|sacral|branchial|pharyngeal|arch|pouch|aortic|heart|sound|child|pregnancy|stage|order|layer|lobe|vertebra|root|division|branch|compartment)))/gi;
// Where a day stands in English (fifteenth pass): after a time preposition or a joining word ("on the 5th", "from the 3rd
// to the 7th"), a copula ("it's the 11th"), a weekday or a month ("Friday the 15th", "June the 9th"), or before "of" and a
// month, or after a verb that dates an event ("admitted the 3rd", "seen the 5th", "last BM the 2nd"; review-deid).
// Elsewhere "the 2nd" refers back to a thing ("complications with the 1st. The 2nd then fell out").
const ORDINAL_DAY_BEFORE = new RegExp(`(?:\\b(?:on|since|by|until|till|til|from|before|after|over|around|through|thru|for|of|to|and|or|is|was|it['\u2019]?s|today|tomorrow|yesterday|starting|beginning|ending|due|seen|done|home|[a-z]{2,}ed|last[ \\t]+[a-z]+)|&|\\b(?:${MONTHS})\\.?|\\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\\.?),?[ \\t]+$`, 'i');
const OF_MONTH_AFTER = new RegExp(`^[ \\t]+of[ \\t]+(?:${MONTHS})\\b`, 'i');
/** An ordinal day "the Nth" at [start, end) (the article included) stands where a date stands. */
function ordinalDayInPlace(text: string, start: number, end: number): boolean {
  return ORDINAL_DAY_BEFORE.test(text.slice(Math.max(0, start - 14), start)) || OF_MONTH_AFTER.test(text.slice(end, end + 16));
}
// A range of two dates: 10/15-10/16, 6/30-7/2.
const DATE_RANGE = /(?<![\d/])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])-(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?![\d/])/g;
// Two consecutive dates run together: 3/05/3/06 (the second on or after the first, within a month).
const DATE_PAIR = /(?<![\d/.])(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])\/(0?[1-9]|1[0-2])\/(0?[1-9]|[12]\d|3[01])(?![\d/]|\.\d)/g;
// m/d.yy: 4/12.93.
const DATE_DOT_YEAR = /(?<![\d/.])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])\.(?:[3-9]\d|0\d|1\d)(?![\d/]|\.\d)/g;
// A month name alone after a time preposition: in sept., since January, early June, mid-April, in may (not "in dec."/"aug":
// decreased, augmented); after for/by/before/after/around/from/throughout only a capitalised month that is no verb ("for April").
const MONTH_ALONE = /\b(?:in|since|until|till|during|early|late|mid|of|last|next|this|beginning of|end of|for|by|before|after|around|from|throughout)(?:\s{1,2}|(?<=\b(?:mid|early|late))-)(jan(?:uary)?|feb(?:ruary)?|march|apr(?:il)?|may|june?|july?|august|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|december)\b\.?/gi;
const ISO_DATE = /\b(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?:\b|(?=T\d))/g;
// The time of an ISO 8601 date-time is one token with its date ("2024-03-05T13:37:00Z"): the span covers it whole.
// Twenty-first pass: RFC 3339 also lets a space stand for the T; a system's log stamp writes it so with its seconds
// ("2026-12-04 22:17:09"), and a colon may end the stamp as a label ("2026-12-05T14:22Z: aircraft").
const ISO_TIME_AFTER = /^(?:T|[ \t](?=\d\d:\d\d:\d\d))(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d(?:\.\d{1,6})?)?(?:Z|[+\-](?:[01]\d|2[0-3]):?[0-5]\d)?(?!\w|:\d)/;
// Dates written with a month abbreviation between hyphens or slashes: 17-Feb-2023, 3/MAR/21, Feb-17-2023, Mar-03-24.
const HYPHEN_MONTH_DATE = new RegExp(`\\b(?:(?:[12]\\d|3[01]|0?[1-9])[-/](?:${MONTHS})[-/](?:19|20)?\\d\\d|(?:${MONTHS})[-/](?:[12]\\d|3[01]|0?[1-9])[-/](?:19|20)?\\d\\d)\\b`, 'gi');
// Year-first dates: 2023/02/17, 2023.02.17 (day- or month-first dotted dates are read by dotted-dates.ts).
// The longer day alternatives come first, so 2020/12/19 is not cut to 2020/12/1.
const OTHER_NUMERIC_DATE = /(?<![\d.\/])(?:19|20)\d\d[./](?:1[0-2]|0?[1-9])[./](?:[12]\d|3[01]|0?[1-9])(?!\d|[.\/]\d)/g;
// Day, month abbreviation and year run together, as record systems print them: 17FEB2023, 3MAR08.
const COMPACT_DATE = new RegExp(`\\b(?:[12]\\d|3[01]|0?[1-9])(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)(?:19|20)?\\d\\d\\b`, 'gi');
// After a day and "Dec": a change ("from 15", "to 1L", "by 2", "->2") or doses counted, where "Dec" is "decreased".
const DEC_CHANGE_AFTER = /^[ \t]*(?:(?:from|to|by)[ \t]*\d|->|\u2192|doses?\b)/i;
// A unit right after a month-first day ("Dec 8 mg"): a dose or a value, not a date.
// Case-sensitive: the metric codes in lower case and UCUM's capitalised ones (quantity-words.ts; the words it has always
// read).
const DAY_UNIT_WORDS = quantityAlternation(without(MASS, ['lb', 'lbs', 'pounds', 'kilos']), without(VOLUME, ['mls', 'cc']),
  without(SUBSTANCE, ['ui', 'u']), CAPITAL_CODES);
const UNIT_AFTER_DAY = new RegExp(`^[ \\t]?(?:${DAY_UNIT_WORDS}|%)(?![A-Za-z])`);
const MONTH_DAY = new RegExp(`\\b(?:${MONTHS})\\.?,?\\s{0,2}(?:the\\s)?(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\b(?:,?\\s{0,2}(?:19|20)\\d\\d\\b)?`, 'gi');
const DAY_MONTH = new RegExp(`\\b(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?\\s{0,2}(?:of\\s)?(?:${MONTHS})\\b\\.?(?:,?\\s{0,2}(?:19|20)\\d\\d\\b|,\\s{0,2}'?\\d\\d(?![\\d:/.%]|\\s*(?:mg|mcg|ml|cc|units?|%)))?`, 'gi');
const MONTH_YEAR = new RegExp(`\\b(?:${MONTHS})(?:\\.?,?\\s{0,2}(?:of\\s)?|[-/])(?:19|20)\\d\\d\\b`, 'gi');
const HOLIDAY = /\b(?:christmas|x-?mas|thanksgiving|easter|new year'?s(?: day| eve)?|independence day|memorial day|labor day|halloween|valentine'?s day)\b/gi;
// '92, 92', and four-digit years from 1900 to 2039; times such as "at 2000" are excluded in detectYears.
const YEAR_APOS = /(?<![a-z\d_'])'(\d\d)\b|\b(\d\d)'(?![\w'])/g;
// Two-digit years after procedures and events in a history: CABG 81, MI '92, s/p AVR 84.
const YEAR_AFTER_EVENT = /\b(?:cabg(?:\s?x\s?\d)?|mi|ami|imi|nqwmi|ptca|pci|avr|mvr|cva|tia|dvt|pe|stent|redo(?:\s+cabg)?|turp|tah|bso|appy|chole|lumpectomy|mastectomy|nephrectomy|ca|dx'?d?|diagnosed|s\/p)\s+((?:[3-9]\d|[01]\d))(?=\s*(?:[,.;)]|$|\n|and\b|&))/gim;
// Two-digit years opening a history item, the year first: "PMH: NIDDM. 09 PTCA to LCX. 13 stent to RCA." (singular event).
const YEAR_BEFORE_EVENT = /(?:^|[.;:][ \t]{1,3}|\b(?:pmh|hx|h\/o|history)[ \t]*:?[ \t]{1,2})('?\d\d)[ \t]{1,2}(?:cabg|ptca|pci|ami|imi|nqwmi|mi|stent|avr|mvr|cva|tia|turp|tah|appy|chole)\b(?!s|\/)/gim;
const YEAR4 = /(?<![\d/.:\-#$])(19\d\d|20[0-2]\d)(?![\d/:.]\d|\s*-\s*\d{3,4}|\s*>|\s*(?:hrs?|am|pm|h\b|cc|ml|mg|units|u\b|kcal|mcg|meq))/gi;
const TIME_CUE = /(?:\bat|@|~|\bdue|\baprox|\bapprox\.?|\bapproximately|\buntil|\bby|\bbefore|\bafter|\bsince|\baround|\bfrom|\bto|\b(?:at|until)\s+about|-|\bthis|\bq|\btill|\bbetween|\band)\s*$/i;
// Not a span of time in the past or between events ("92 years ago", "95 years earlier"): that is no one's age. "before"
// and "after" are left out: an age at an event is written so ("presented at 91 years after a fall"; review-deid6).
const AGE_OVER_89 = /\b(9\d|1[01]\d)(?=\s*(?:-|\s)?\s*(?:yo\b|yo(?=[MF]\b)|y\/o|y\.o\.?|yrs?\b|years?\b|year-old|yr-old|y\b|y(?=[MF]\b)))(?!\s*(?:years?|yrs?)\s+(?:ago|earlier|later|previously|prior)\b)/gi;
// Ages over 89 written with a label or as a sex shorthand in a hand-off: "age 94", "aged: 91", "pt 91F", "92 M admitted".
const AGE_OVER_89_LABEL = /\bage[d:]?:?[ \t]{0,2}(9\d|1[01]\d)\b(?![.\/]\d|[ \t]*(?:%|mg|kg|lb|cm|min|hr|bpm|beats))|(?:^|\b(?:pt|patient)[ \t]+(?:is[ \t]+)?(?:an?[ \t]+)?|\b(?:is|was)[ \t]+an?[ \t]+)(9\d|1[01]\d)[ \t]?(?:y[ \t]?o[ \t]?)?(?:m|f|male|female|man|woman|wm|wf|bm|bf)\b/gim;

// Bounded repetitions everywhere: an unbounded local part backtracks quadratically on long runs of word characters.
const EMAIL = /(?<![\w.+\-])[\w.+\-]{1,64}@[\w\-]{1,63}(?:\.[\w\-]{1,63}){1,8}\b/g;
const URL = /\b(?:https?:\/\/|www\.)[^\s<>"']{1,2048}/gi;
const IPV4 = /\b(?:25[0-5]|2[0-4]\d|1?\d?\d)(?:\.(?:25[0-5]|2[0-4]\d|1?\d?\d)){3}\b/g;
const SSN = /\b\d{3}-\d{2}-\d{4}\b|(?<![\d.\/:\-] ?)\b\d{3} \d{2} \d{4}\b(?! ?(?:[\d\/:\-]|\.\d))/g;
// Digit groups joined by dashes with seven or more digits in all (141-06-056, 7788-221-09) that no date or phone
// pattern reads: record and account numbers. Ranges have two groups, so three are required.
const DASHED_DIGITS = /(?<![\w.\/\-])\d{2,5}(?:-\d{2,5}){2,4}(?![\w\/\-]|\.\d)/g;
// Seventeenth pass: the same groups behind a capitals prefix and a dash ("BSP-4417-20981", a screening kit's number);
// eighteenth: six digits in two groups that are no range ("BM-26-0771", a year and a serial: yearSerial).
const PREFIXED_DASHED = /(?<![\w.\/\-])[A-Z]{1,5}-(\d{2,6}(?:-\d{1,6}){1,3})(?![\w\/\-]|\.\d)/g;
// An upper-case code mixing letters and digits, five digits or more, six characters or more (093851203B, AB9-79028-A,
// PJN123456): identifiers. Doses and volumes (5000U, 2000CC) are digits then a unit; ventilator settings (AC700X10) and
// ranges (RATE98-100) read as numbers; these are left. Candidates are whole tokens; the checks are in isCode.
const MIXED_CODE = /(?<![\w.\/\-])(?=[A-Z0-9\-]{6})(?=[A-Z\-]*\d)[A-Z0-9]+(?:-[A-Z0-9]+)*(?![\w\/\-]|[.,]\d)/g;
const UNIT_SUFFIX = /^(?:\d+(?:U|IU|MG|MCG|ML|CC|L|MEQ|MMOL|KG|G|MM|CM|HRS?|H|MIN|KCAL|CAL|PM|AM)|\d{1,4}X)$/;
// GS1 application identifiers as printed on implant labels and in UDIs: (01)00844588003288(17)...
const GS1_UDI = /\(\d{2}\)\d{6,20}(?:\(\d{2,4}\)[\dA-Za-z]{1,20}){0,4}/g;
// North American numbers with optional country code, brackets, separators and an extension.
const PHONE = /(?<!\d)(?:\+?1[\s.\-]?)?(?:\(\d{3}\)|\d{3})[\s.\-/]{0,3}\d{3}[\s.\-/]{1,3}\d{4,5}(?:\s{0,2}(?:x|ext\.?)\s{0,2}\d{1,5}\.?)?(?![\d])/gi;
// An internal extension or bleep (pager) number, 3-5 digits after "ext", "extension", "bleep" or "bleeper" (a hospital
// switchboard's own numbering; UK letters write "bleep 4471"). Pager and beeper numbers were already PHONE after their
// cue (i2b2 2014 marks every telephone number), so "bleep" and "ext" are the same policy. Not a joint's extension in
// degrees. Measured by deid-formats3 (session 21), adopted by the lead in session 22.
// Session 22 review: nor a volume, dose or count after the number ("Ext 300 mL drained", "ext 1000 units").
const PHONE_EXTENSION = /\b(?:ext\.?|extension|bleep|bleeper)(?:[ \t]+(?:on|no\.?|number))?[ \t:#.]{1,3}(\d{3,5})(?![\w\/\-]|[.,]\d|[ \t]*(?:deg|degrees?|mm|cm|mg|mcg|g|kg|ml|l|units?|iu|u|mmol|reps?|repetitions|times)\b|[ \t]*[\u00b0%])/gi;
// A joint's extension in its range of motion, degrees unwritten ("Knee extension 120", "extension 180, abduction 170"):
// a joint or body part right before the word, or another motion of the joint with its value in the same clause, in the terms of the
// AAOS joint-motion method (flexion, extension, abduction, adduction, rotation, pronation, supination, inversion,
// eversion, deviation, range of motion). Not for "bleep", nor after a call word or a number ("call ext 4471", "on ext").
const CALL_BEFORE = /(?:\b(?:on|call(?:[ \t]+back)?|ring(?:[ \t]+back)?|contact|phone|tel|via|at)|\d[\d \t.\-]{5,}\d)[ \t:]{0,2}$/i;
const JOINT_BEFORE = /\b(?:knee|hip|shoulder|elbow|wrist|ankle|neck|spine|spinal|lumbar|cervical|thoracic|trunk|back|finger|thumb|toe|hallux|mcp|pip|dip|mtp|joint|leg|arm|active|passive|full|terminal)s?[ \t]+$/i;
// Another motion with its value ("flexion 90", "abduction 170"): a word alone may be a clinic's ("the flexion clinic").
const JOINT_MOTION = /\b(?:flex(?:ion)?|dorsiflexion|plantarflexion|abduction|adduction|(?:int(?:ernal)?|ext(?:ernal)?)?[ \t]*rot(?:ation)?|pronation|supination|inversion|eversion|deviation|ROM|range[ \t]+of[ \t]+(?:motion|movement))[ \t:=]{0,3}\d/i;
/** Whether an "ext"/"extension" number is a joint's range of motion: a joint before it, or another joint motion in its clause. */
function jointExtension(text: string, m: RegExpExecArray): boolean {
  if (/^bleep/i.test(m[0]) || CALL_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) return false;
  const end = m.index + m[0].length;
  const before = text.slice(Math.max(0, m.index - 48), m.index).split(/[.;\n]/).pop() ?? '';
  const after = text.slice(end, end + 48).split(/[.;\n]/)[0] ?? '';
  return JOINT_BEFORE.test(before) || JOINT_MOTION.test(before) || JOINT_MOTION.test(after);
}
/** Internal extension and bleep numbers as PHONE (`PHONE_EXTENSION`), not a joint's range of motion. */
function detectExtensions(text: string, push: Push): void {
  if (!/ext|bleep/i.test(text)) return;
  scan(PHONE_EXTENSION, text, (m) => { if (!jointExtension(text, m)) push(extensionStart(text, m), m.index + m[0].length, 'PHONE'); });
}
/** An extension written right after a number joins it (`01632 960 911 ext 204` is one number); else only its digits. */
function extensionStart(text: string, m: RegExpExecArray): number {
  const digitsStart = m.index + m[0].length - (m[1] ?? '').length;
  return /^ext/i.test(m[0]) && /\d[ \t]{0,2}$/.test(text.slice(Math.max(0, m.index - 3), m.index)) ? m.index : digitsStart;
}
const PHONE_BRACKETED = /\(\d{3}\)?\s?\d{3,6}-?\d{4}\)?/g;
const RANGE_LABEL = /\b(?:svr|pvr|svri|pvri|hr|co|ci|bp|sbp|map|rr|cvp|pcwp|pap|plt|plts|wbc|glucose|fs|bs|rate|range|between)\b[\s:=~]{0,3}$/i;
const PHONE7 = /(?<![\d\-/.:])\d{3}-\d{4}(?![\d\-/])/g;
const PHONE_CUE = /\b(?:pager|beeper|pg|page|cell(?:ular)?|home|work|office|tel|telephone|phone|mobile|contact|fax|number|reached at|call(?:ed)?(?: at)?)\b[\s#:.\-]{0,4}((?:\(?\d[\d\s\-().]{2,16}\d)(?:\s{0,2}(?:x|ext\.?)\s{0,2}\d{1,5})?)/gi;
// A street address line in title case: number, optional directional, one to three name words, the street word, and the
// town after it (1187 N. Orchard Bend Rd, Salem). The token rules find most; this one also holds when the street name is
// a given name ("12 Joanna Way") that a name rule took first.
// Thoroughfare words beyond the list above, from USPS Publication 28 (Appendix C1 street suffixes) and the UK's
// thoroughfare descriptors ("28 Hornbeam Vale", "6 Weaver's Yard", "6 Brindley Trading Estate"); words that also
// follow a number in clinical prose (Park, Green, Point, View, Gate, Run) are left out. A street name's word may be a
// possessive ("Weaver's").
const MORE_SUFFIXES = 'Vale|Yard|Estate|Chase|Brae|Wharf|Quay|Hill|Meadows?|Croft|Fold|Garth|Drove|Approach|Esplanade|Promenade|Embankment|Grange|Glen|Dale|Knoll|Heights|Circus|Causeway|Broadway|Vista';
const STREET_LINE = new RegExp(String.raw`\b\d{1,6}(?:-?[A-Z]|[ \t]1\/2)?[ \t]{1,2}(?:(?:[NSEW]|NE|NW|SE|SW)\.?[ \t]{1,2})?(?:(?:[A-Z][a-z]+(?:['\u2019]s)?|\d{1,3}(?:st|nd|rd|th))[ \t]{1,2}){1,3}(?:Street|St|Avenue|Ave|Road|Rd|Boulevard|Blvd|Drive|Dr|Lane|Ln|Way|Court|Ct|Place|Pl|Terrace|Ter|Highway|Hwy|Parkway|Pkwy|Circle|Cir|Trail|Trl|Square|Sq|Crescent|Close|Gardens|Grove|Mews|Rise|Row|Walk|Wynd|Parade|Pike|Alley|Loop|Path|Cove|Bend|Ridge|Crossing|Landing|Plaza|Hollow|${MORE_SUFFIXES})\b(?<!\b(?:Dr|St)(?=\.?[ \t]{1,2}[A-Z]))(?:\.?[ \t](?:NW|NE|SW|SE)\b)?(?:[ \t]{1,2}#[ \t]?\d{1,5}[A-Z]?\b)?(?:\.?,[ \t]{0,2}(?!(?:Apt|Apartment|Suite|Ste|Unit|Floor|Fl|Room|Rm|Bldg|Building)\b)([A-Z][a-z]+(?:[ -][A-Z][a-z]+){0,2})\b)?`, 'g');
// A post-office box number is an address (Safe Harbor: street address).
const PO_BOX = /\bP\.?[ \t]?O\.?[ \t]{0,2}Box[ \t]{1,2}#?(\d{1,6})\b/gi;
const ZIP_AFTER_STATE = /\b(?:[A-Z]{2}|[A-Z][a-z]{1,30})\.?,?\s{1,2}(\d{5}(?:-\d{4})?)\b/g;

// Biometric identifiers and photographs are not text; a note refers to them by a number.
const BIOMETRIC_CUE = /\b(?:fingerprint|finger print|voiceprint|voice print|retina(?:l)? scan|iris scan|biometric|photo(?:graph)?|image|badge)(?: id| no\.?| number| #)/gi;
// Cheap tests run before scans whose lookbehinds and alternations cost time at every position of every note (speed);
// each holds wherever its scan can match.
const URL_HINT = /https?:|www\./i;
const IPV4_HINT = /\d\.\d{1,3}\.\d/;
const ORDINAL_HINT = /\d(?:st|nd|rd|th)\b/i;
const HYPHEN_MONTH_HINT = /\d[-\/][a-z]|[a-z][-\/]\d/i;

// A cue word, then an identifier that contains at least one digit.
const ID_CUES: ReadonlyArray<readonly [RegExp, PhiType]> = [
  [/\b(?:mrn|mr#|mr\s?no|medical record(?: number| no\.?| #)?|unit (?:no|number)|hospital (?:no|number)|chart\s{0,2}(?:no\.?|number|#))/gi, 'MRN'],
  [/\b(?:ssn|social security(?: number| no\.?)?|ss#)/gi, 'SSN'],
  [/\b(?:acct|account|acc#|billing(?: no| number)?|invoice)/gi, 'ACCOUNT'],
  [/\b(?:health plan|insurance|medicaid|medicare|member(?:ship)?|subscriber|policy|group|beneficiary)(?: id| no\.?| number| #)?/gi, 'HEALTH_PLAN'],
  [/\b(?:licen[cs](?:e|ure)|lic\.?|dea|npi|certificate|(?:registration|certification|cert\.?)(?= no\b| number| #))(?: no\.?| number| #)?/gi, 'LICENSE'],
  [/\b(?:plate|license plate|vin|vehicle(?: id)?)(?: no\.?| number| #)?/gi, 'VEHICLE'],
  [/\b(?:serial|device|implant|pacemaker serial|udi)(?: no\.?| number| #)/gi, 'DEVICE'],
  [/\b(?:fax)(?: no\.?| number| #)?/gi, 'FAX'],
  [BIOMETRIC_CUE, 'ID'],
  [/(?:\bref(?:erence)?\.?|\bcase|\bclaim|\bticket|\bconfirmation|\bpolicy|\bid|\bidentifier|\border|\baccession|\bspecimen|\brequisition|\bhospital policy|\bpolicy|\bstaff|\bemployee|\bbadge|\bidentity card|\bid card)\s{0,2}(?:no\.?|number|#)/gi, 'ID'],
  // A claim's reference is its number ("Claim reference 3464-7878").
  [/\bclaim\s(?:ref(?:erence)?|id)\b/gi, 'ACCOUNT'],
];
// All cues in one pattern: one scan finds every position where some cue starts, and only there is each cue tried (speed:
// ten scans of every note became one). Sticky copies match at that position only.
const ANY_ID_CUE = new RegExp(ID_CUES.map(([re]) => `(?:${re.source})`).join('|'), 'gi');
const STICKY_ID_CUES = ID_CUES.map(([re, type]) => [new RegExp(re.source, 'iy'), type] as const);

/** Each cue of ID_CUES, then an identifier with a digit: the spans ten global scans would find, in one scan. */
function scanIdCues(text: string, push: Push): void {
  // Where each cue's own global scan would resume (after its last match), so overlapping matches stay as they were.
  const resume = new Array<number>(STICKY_ID_CUES.length).fill(0);
  ANY_ID_CUE.lastIndex = 0;
  for (let m = ANY_ID_CUE.exec(text); m !== null; m = ANY_ID_CUE.exec(text)) {
    const at = m.index;
    STICKY_ID_CUES.forEach(([re, type], i) => {
      if (at < (resume[i] ?? 0)) return;
      re.lastIndex = at;
      const c = re.exec(text);
      if (!c) return;
      resume[i] = at + c[0].length;
      const after = at + c[0].length;
      const v = ID_VALUE.exec(text.slice(after, after + 40));
      if (!v?.[1]) return;
      const start = after + v[0].length - v[1].length;
      push(start, start + v[1].length, type);
    });
    ANY_ID_CUE.lastIndex = at + 1;
  }
}

// Identifiers without a cue: a letter prefix joined to digits (B123456789, HMO-234567, MRN-4421313, SN-40213377) or a
// bare run of 7-20 digits (456123789). Nothing else in a note is written so; doses and counts are shorter or carry units.
// Session 28 (deid-formats4): up to 20 digits, not 12, as identification numbers are written so: card and account
// numbers of ISO/IEC 7812-1 (up to 19 digits), the European Health Insurance Card's 20-digit card number (issuer prefix
// 80 and the ISO 3166 numeric country), and national registers of 13-18 digits (ex-Yugoslav JMBG/EMSO 13, South
// African identity number 13, Kyrgyz PIN 14, Brazilian CNS 15, Indonesian NIK 16, Chinese resident identity number 18).
// Code-system values of that length (a GTIN barcode, a SNOMED CT identifier) stay out by identifiers.ts CODE_BEFORE.
const BARE_ID = /(?<![\w$.\/\-])(?:([A-Za-z]{1,5})-?(?=[\dA-Za-z]*\d{5})[A-Za-z]?\d[\dA-Za-z]{4,14}|\d{7,20})(?![\w\/]|[.,]\d|\s*(?:mg|mcg|g|ml|cc|units?|iu|%|kg|lbs?|mm|cm|meq)\b)/g;
const PREFIX_TYPE: readonly (readonly [RegExp, PhiType])[] = [
  [/^(?:mrn|mr|med|pt|pid)$/i, 'MRN'], [/^(?:hmo|ppo|epo|pos|mem|mbr|hp|hic|bc|bcbs|ins|pol|grp)$/i, 'HEALTH_PLAN'],
  [/^(?:ac|acc|acct|act|fin|bill|inv)$/i, 'ACCOUNT'], [/^(?:sn|ser|sr|dev|udi|lot)$/i, 'DEVICE'], [/^(?:lic|dea|npi)$/i, 'LICENSE'],
];
// Licence plates: letters and digits mixed, after a vehicle word ("Car 8NDH969 in lot B", "truck plate ABC-1234", "Reg. no.
// AB12 CDE", "ambulance YX72 KLF"; three groups ending a phrase, "plate SD 4KW 812,", fifteenth pass, lother), or in
// the digit-three-letters-three-digits shape many US states issue, which nothing clinical shares.
const PLATE_CUE = /\b(?:car|vehicle|truck|van|suv|motorcycle|auto|ambulance|taxi|minibus|lorry|plates?|tags?|registration|reg(?=\.?[ \t]{0,2}(?:no\b|number|#|[A-Z]{2}\d{2}[ \t]?[A-Z]{3}\b)))\b\.?[ \t:#]{1,3}(?:(?:no\.?|number|is|was)[ \t:#]{1,3})?([A-Z0-9]{5,8}|[A-Z0-9]{2,4}[- ][A-Z0-9]{2,4}(?:[- ][A-Z0-9]{2,4}(?=[ \t]*(?:[,.;)\n]|$)))?)(?![\w\-])/gi;
// A note none of whose words is one of PLATE_CUE's is skipped unread (note-words.ts).
const PLATE_CUE_GATE = wordGate(PLATE_CUE.source);
// A Medicare claim number of the old form (HICN): nine digits and a letter, often a digit after it (123456789A, 987654321C1).
const HICN = /(?<![\w\-])\d{9}[A-Z]\d?(?![\w\-])/g;
const PLATE_SHAPE = /(?<![\w\-])[1-9][A-Z]{3}\d{3}(?![\w\-])/g;
// The value after a cue: letters (a capital prefix may stand apart by a space or a dot before three digits: "XD 266039",
// "HC.2851.91"), then a digit, then groups joined by a dot or one space while the next group holds a digit ("07.200.423",
// "JK 2103904"); an opening bracket, and "no." inside it, may come first ("policy (OKK-1997-01)", "licence (no. PP 303956)"), or
// "is"/"was" before four digits or more ("Account no. is 7788 1122 33"; not "the group was 12").
const ID_VALUE = /^[\s:#.\-(]{0,4}(?:(?:no|number)\.?[\s:#]{1,3})?(?:(?:is|was)[ \t]+(?=[A-Z\-]*\d{4}))?((?:[A-Z]{1,4}[ .](?=\d{3})|[A-Za-z]{0,4}-?)\d[\w\-]{1,24}(?:[. ](?=[A-Za-z\-]*\d)[\w\-]{2,24}){0,3})/;

// Obstetric history (G3P2012, G1P0) is a count of pregnancies, not an identifier.
const GRAVIDA = /^G\d{1,2}P\d{1,5}(?:A\d)?$/;
// Eighteenth pass: a number printed in three or four spaced digit groups after a label in capitals ("UBRN 0001 2345
// 6789"), ten digits or more with a group of four; not a row of clock times ("FS 1200 1600 2000 2400") or of values
// after a vital-sign or range label.
const ACRONYM_GROUPS = /\b([A-Z]{2,6})[ \t:#]{1,3}(\d{3,5}(?:[ \t]\d{3,5}){2,3})(?![\w\/]|[.,]\d)/g;
const CLOCK = /^(?:[01]\d|2[0-3])[0-5]\d$|^2400$/;
// A unit after the groups makes them a row of amounts ("IN 2500 1800 2200 ml", "EPO 4000 10000 12000 units"): no number.
const AMOUNT_UNIT_WORDS = quantityAlternation(without(VOLUME, ['l']), only(MASS, ['mg', 'mcg', 'kg']),
  without(SUBSTANCE, ['ui', 'u']), ENERGY);
const AMOUNT_UNIT_AFTER = new RegExp(`^[ \\t]*(?:${AMOUNT_UNIT_WORDS})\\b`, 'i');

/**
 * A specimen or case number of six digits: a prefix of two capitals or more, then two digit groups that are no range
 * (ascending ends of like length, "HR-110-133") behind no measurement label.
 */
function yearSerial(whole: string, groups: string): boolean {
  const parts = groups.split('-');
  if (parts.length !== 2 || !/^[A-Z]{2}/.test(whole)) return false;
  const [a = '', b = ''] = parts;
  if (Number(b) > Number(a) && Math.abs(a.length - b.length) <= 1) return false;
  return !RANGE_LABEL.test(`${whole.slice(0, whole.indexOf('-'))} `);
}

function isCode(w: string): boolean {
  if (GRAVIDA.test(w)) return false;
  if (w.length < 6 || w.length > 24 || !/[A-Z]/.test(w) || w.replace(/\D/g, '').length < 5) return false;
  if (UNIT_SUFFIX.test(w) || UNIT_SUFFIX.test(w.slice(w.lastIndexOf('-') + 1)) || /\dX\d/.test(w) || /^[A-Z]*-?\d+-\d+$/.test(w)) return false;
  // An ISO date-time ("1978-10-27T09") is a date (detectDates), not a code.
  if (/^(?:19|20)\d\d-\d\d-\d\dT\d/.test(w)) return false;
  COMPACT_DATE.lastIndex = 0;
  return !COMPACT_DATE.test(w);
}

function scan(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) {
    fn(m);
    if (m[0].length === 0) re.lastIndex++;
  }
}

function trimEnd(text: string, start: number, end: number): number {
  while (end > start && /[\s.,;:)\-]/.test(text[end - 1] ?? '')) end--;
  return end;
}

/**
 * Pushes the spans of every pattern detector. `mode` is the note's letter case (letter-case.ts): letters (mixed case)
 * write the article inside an ordinal date ("moved to the 29th"), the nursing notes' gold leaves it out.
 */
export function detectPatterns(text: string, push: Push, mode: CaseMode = 'mixed'): void {
  if (text.includes('@')) scan(EMAIL, text, (m) => push(m.index, m.index + m[0].length, 'EMAIL'));
  if (URL_HINT.test(text)) scan(URL, text, (m) => push(m.index, trimEnd(text, m.index, m.index + m[0].length), 'URL'));
  if (IPV4_HINT.test(text)) scan(IPV4, text, (m) => {
    // A blood gas run on ("80/48/7.45.34.7") is not an address: an IP never follows a slash.
    if (text[m.index - 1] === '/') return;
    push(m.index, m.index + m[0].length, 'IP');
  });
  scan(SSN, text, (m) => push(m.index, m.index + m[0].length, 'SSN'));
  scan(PHONE, text, (m) => {
    const start = m.index;
    const end = trimEnd(text, m.index, m.index + m[0].length);
    push(start, end, 'PHONE');
  });
  scan(PHONE_BRACKETED, text, (m) => push(m.index, m.index + m[0].length, 'PHONE'));
  scan(PHONE7, text, (m) => {
    if (/^\d\d0-\d\d00$/.test(m[0])) return; // 800-1000, 500-1300: a range, not a number
    // A range after a haemodynamic or vital-sign label (SVR 882-1326, HR 100-1112) is a measurement, not a number.
    if (RANGE_LABEL.test(text.slice(Math.max(0, m.index - 16), m.index))) return;
    push(m.index, m.index + m[0].length, 'PHONE');
  });
  scan(PHONE_CUE, text, (m) => {
    const value = m[1] ?? '';
    const digits = value.replace(/\D/g, '').length;
    if (digits < 5 || digits > 15) return;
    const start = m.index + m[0].length - value.length;
    const type: PhiType = /^fax/i.test(m[0]) ? 'FAX' : 'PHONE';
    push(start, trimEnd(text, start, start + value.length), type);
  });
  detectExtensions(text, push);
  scanIdCues(text, (start, end, type) => push(start, end, type));
  if (mayOpen(PLATE_CUE_GATE, text)) scan(PLATE_CUE, text, (m) => {
    const v = m[1] ?? '';
    if (v.length < 5 || !/\d/.test(v) || !/[A-Za-z]/.test(v) || v !== v.toUpperCase() || MEASURE_HEAD.test(v.split(/[- ]/)[0] ?? '')) return;
    const start = m.index + m[0].length - v.length;
    push(start, start + v.length, 'VEHICLE');
  });
  const fiveDigits = /\d{5}/.test(text);
  if (fiveDigits) scan(HICN, text, (m) => push(m.index, m.index + m[0].length, 'HEALTH_PLAN'));
  scan(PLATE_SHAPE, text, (m) => push(m.index, m.index + m[0].length, 'VEHICLE'));
  if (fiveDigits) scan(BARE_ID, text, (m) => {
    // Lab values and times are not identifiers: a prefix must be letters only, and a bare number needs no unit.
    const prefix = m[1] ?? '';
    if (GRAVIDA.test(m[0])) return;
    if (prefix && /^(?:x|q|po|iv|im|sq|pr|bp|hr|rr|t|o|ph|na|k|cl|hco|bun|cr|wbc|hct|hgb|plt|inr|pt|ptt|fio|peep|ps|tv|vt|ac|cpap|fs|bs|gtt|ns|lr|d|d5w)$/i.test(prefix) && !/-/.test(m[0])) return;
    const type = PREFIX_TYPE.find(([re]) => re.test(prefix))?.[1] ?? (prefix ? 'ID' : 'ID');
    push(m.index, m.index + m[0].length, type);
  });
  scan(DASHED_DIGITS, text, (m) => { ISO_DATE.lastIndex = 0; if (m[0].replace(/\D/g, '').length >= 7 && !ISO_DATE.test(m[0])) push(m.index, m.index + m[0].length, 'ID'); });
  if (text.includes('-')) scan(PREFIXED_DASHED, text, (m) => {
    const groups = m[1] ?? '';
    if (groups.replace(/\D/g, '').length >= (yearSerial(m[0], groups) ? 6 : 7) && !/^(?:19|20)\d\d-\d{1,2}-\d{1,2}$/.test(groups)) push(m.index, m.index + m[0].length, 'ID');
  });
  if (/\d[ \t]\d{4}|\d{4}[ \t]\d/.test(text)) scan(ACRONYM_GROUPS, text, (m) => {
    const v = m[2] ?? '';
    const groups = v.split(/[ \t]/);
    if (v.replace(/\D/g, '').length < 10 || !groups.some((g) => g.length >= 4) || groups.every((g) => CLOCK.test(g))) return;
    if (AMOUNT_UNIT_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 8))) return;
    if (!RANGE_LABEL.test(`${m[1] ?? ''} `)) push(m.index + m[0].length - v.length, m.index + m[0].length, 'ID');
  });
  scan(MIXED_CODE, text, (m) => { if (isCode(m[0])) push(m.index, m.index + m[0].length, 'ID'); });
  if (text.includes('(')) scan(GS1_UDI, text, (m) => push(m.index, m.index + m[0].length, 'DEVICE'));
  scan(STREET_LINE, text, (m) => {
    const town = m[1] ?? '';
    const lineEnd = town ? m[0].lastIndexOf(town) : m[0].length;
    push(m.index, m.index + m[0].slice(0, lineEnd).replace(/[.,\s]+$/, '').length, 'LOCATION');
    if (town) push(m.index + lineEnd, m.index + lineEnd + town.length, 'LOCATION');
  });
  scan(PO_BOX, text, (m) => { const d = m[1] ?? ''; push(m.index + m[0].length - d.length, m.index + m[0].length, 'LOCATION'); });
  scan(ZIP_AFTER_STATE, text, (m) => {
    const zip = m[1] ?? '';
    const start = m.index + m[0].length - zip.length;
    push(start, start + zip.length, 'ZIP');
  });
  detectDates(text, push, mode);
  scan(AGE_OVER_89, text, (m) => push(m.index, m.index + (m[1]?.length ?? 0), 'AGE'));
  scan(AGE_OVER_89_LABEL, text, (m) => { const a = m[1] ?? m[2] ?? ''; const at = m.index + m[0].lastIndexOf(a); push(at, at + a.length, 'AGE'); });
}

// Nursing notes date a line or a day with a weekday or a line verb before m/d ("Mon 3/4", "PICC placed 1/2"): then even a
// pair that reads as a fraction is a date. Fifteenth pass: so does a study or a procedure named right before it ("CXR 3/4
// showed", "echo 1/3", "CT head 2/3", "intubated 1/4"): a study is dated, never a fraction (cultures are left out: "cx 2/3
// positive" counts bottles).
const FRACTION_DATE_CUE = /\b(?:mon|monday|tue|tues|tuesday|wed|weds|wednesday|thu|thur|thurs|thursday|fri|friday|sat|saturday|sun|sunday|placed|inserted|changed|removed|drawn|obtained|discontinued|dc'd|cxr|echo|tte|tee|ekg|ecg|eeg|egd|ercp|cath|kub|(?:ct|cta|mri|mra)(?:[ \t]+(?:head|chest|abd|abdomen|pelvis|spine|neck))?|intubated|extubated)\.?,?\s*$/i;

// "BM on 12/23 & 12/24", "from 1/1 to 1/3": the second of two m/d joined by "&", "and" or a range word is a date when
// the first stands after no setting word
// (the "&" of "PS 10 & 5/5" is a ventilator setting's).
const DATE_BEFORE_AMP = /(?<![\d\/.])(?:0?[1-9]|1[0-2])\/(?:0?[1-9]|[12]\d|3[01])(?:\/\d{2,4})?(?:[ \t]*&|[ \t]+(?:and|to|until|till|thru|through))[ \t]*$/;
const SETTING_BEFORE = /\b(?:ps|psv|peep|cpap|bipap|bi-pap|ipap|epap|simv|imv|ac|vent\w*|settings?|flowby|mode|mask|ventilation|rating|ratio|fio2?|strength|grade|score|murmur)\b[^.\n]{0,20}$/i;
function secondOfDatePair(text: string, at: number): boolean {
  const before = text.slice(Math.max(0, at - 16), at);
  const pair = DATE_BEFORE_AMP.exec(before);
  if (!pair) return false;
  const firstAt = at - before.length + pair.index;
  return !SETTING_BEFORE.test(text.slice(Math.max(0, firstAt - 28), firstAt)) && !/%|&[ \t]*$/.test(text.slice(Math.max(0, firstAt - 6), firstAt));
}

// Nouns counted as a part of a whole (pathology, trials, diaries, examination).
const COUNTED_AFTER = /^[ \t]*(?:lymph[ \t])?(?:nodes|cores|biopsies|samples|specimens|cultures|sets|days|nights|weeks|doses|criteria|features|findings|signs|symptoms|items|questions|points|lesions|patients|attempts|vessels|teeth|sites|segments|fields|quadrants|positive|negative)\b/i;

/**
 * Whether m/d can be a count out of a total before COUNTED_AFTER: a count never exceeds its total ("swab 12/5 negative" is
 * dated), and a bare result word ("positive", "negative") counts only a handful of bottles or sets (total up to 6), as a
 * test's date is followed by its result just as often ("COVID swab 11/28 negative").
 */
function countOutOfTotal(m: RegExpExecArray, after: string): boolean {
  const count = Number(m[1]);
  const total = Number(m[3]);
  return count <= total && (total <= 6 || !/^[ \t]*(?:positive|negative)\b/i.test(after));
}

// A numeric m/d(/y) that is a ventilator setting, a fraction, a score, a strength, a murmur grade or a pain rating.
function notNumericDate(text: string, m: RegExpExecArray): boolean {
  const sep = m[2];
  if (sep === '-' && !m[4]) return true; // 2-3 is a range, not a date
  const before = text.slice(Math.max(0, m.index - 12), m.index);
  const after = text.slice(m.index + m[0].length, m.index + m[0].length + 12);
  // "R AC 4/12" is a line in the antecubital fossa placed on a date, not assist-control settings.
  const antecubital = /\b(?:r|l|rt|lt|left|right|in|the)\s+ac\b[\s:,(]*$/i.test(before);
  if (!antecubital && /(?:\b(?:ps|psv|peep|cpap|bipap|bi-pap|ipap|epap|simv|imv|ac|vent\w*|settings?|flowby|mode|mask|ventilation|rating|ratio|co\/ci|bottles?)\b|%|&)[\s:,(]*(?:\w+\s*)?$/i.test(before) && !/\b(?:on|since|from|until|dated)\s*$/i.test(before) &&
    !secondOfDatePair(text, m.index)) return true;
  // Ventilator settings changed in words: "PSV increased to 10/5", "cpap/ps mode decreased to 8/5".
  if (/\b(?:ps|psv|peep|cpap|bipap|bi-pap|ipap|epap|simv|imv|vent\w*|settings?|mode)\b[\s:,(/]*(?:[a-z]+\s+){0,2}(?:in|de)creased\s+(?:back\s+)?to\s*$/i.test(text.slice(Math.max(0, m.index - 40), m.index))) return true;
  // Weaning to a value is of ventilator settings ("wean down to 10/5"); "weaned off 9/7" keeps its date.
  if (/\bwean\w*\s+(?:\w+\s+)?to\s*$/i.test(text.slice(Math.max(0, m.index - 24), m.index))) return true;
  if (/^(?:\/?\d*\s*%|\s*(?:bottles?|of\s+\d|peep|ps\b|psv|cpap|bipap|ipap|epap|simv|fio2?|ips|cp\b|pain|angina|chest|c\/p))/i.test(after)) return true;
  if (!m[4] && m[0] === '5/5') return true; // strength 5/5 or PS/PEEP 5/5, never a date in practice
  // A value out of a scale's maximum after the scale's name ("AMTS 10/10", "Barthel 9/20"): no score exceeds its maximum.
  if (!m[4] && Number(m[1]) <= Number(m[3]) && SCORE_OUT_OF_BEFORE.test(text.slice(Math.max(0, m.index - 32), m.index))) return true;
  if (!m[4] && m[3] === '10' && /(?:pain|cp|angina|discomfort|rat(?:es|ed|ing)|#|scale|c\/o|severity|intensity)[^.\n]{0,48}$/i.test(text.slice(Math.max(0, m.index - 60), m.index)) &&
    !/\b(?:on|since|from|until|dated|of)\s*$/i.test(before)) return true;
  // Murmur grades: "a 3/6 holosystolic murmur", "grade 2/6 systolic ejection murmur" (the word murmur must follow).
  if (!m[4] && (m[3] === '6' || m[3] === '4') && /^[\s,-]*(?:[a-z-]+[\s,]+){0,3}murmur/i.test(text.slice(m.index + m[0].length, m.index + m[0].length + 48))) return true;
  if (!m[4] && /^(?:1\/[2348]|[23]\/[34]|2\/2|3\/3|4\/4|1\/1)$/.test(m[0]) && !/\b(?:on|since|from|until|dated|of|date|d\/c|dc|admitted|adm|post|s\/p)\s*$/i.test(before) &&
    !FRACTION_DATE_CUE.test(before) && !secondOfDatePair(text, m.index)) return true;
  // A count out of a total before what is counted ("5/11 nodes positive", "3/5 days of the week"): no date is followed by a
  // plural count noun, unless a date word or a study stands before ("no growth from 8/29 cultures", "CT head 2/3 negative").
  if (!m[4] && COUNTED_AFTER.test(after) && countOutOfTotal(m, after) && !/\b(?:on|since|from|until|till|dated?|of|d\/c|dc|admitted|adm|post|s\/p)\s*$/i.test(before) &&
    !FRACTION_DATE_CUE.test(before)) return true;
  if (!m[4]) {
    // Fractions and scores: 1/2 tab, 4/5 strength, 2/3 assist, x 1/2, 3/4 of.
    if (/^\s*(?:tab|strength|str\b|power|of\b|assist|ns\b|nss|pills?|dose|cc|ml|mg|liter|l\b|strength|%)/i.test(after)) return true;
    if (/(?:\bx|strength|power|motor|grade|score|gcs|scale|\+|lungs?|cog|mmse|moca|slums|apgar|recall|orientation)\s*:?\s*$/i.test(before)) return true;
  }
  return false;
}

// A four-digit number that is a clock time, a lab value or the end of a range, not a year.
function notYear(text: string, m: RegExpExecArray): boolean {
  const before = text.slice(Math.max(0, m.index - 16), m.index);
  if (TIME_CUE.test(before) && !MONTH_RE.test(before.slice(-10)) && !/\b(?:in|since|from|of)\s*$/i.test(before)) return true;
  if (/\b(?:at|@|until|by|before|after|around)\s*$/i.test(before)) return true;
  // A lab value ("ck 2000", "LABS=2000-BUN") or a clock time written after a date ("10/22/03, 1900 Neuro:").
  if (/\b(?:labs?|ck|cpk|ck-?mb|bnp|ldh|plt|wbc|glu\w*|fs|fsbs|bs|ast|alt|amylase|lipase|trig\w*|ua|urine|uo|i&o)\s*[=:]?\s*$/i.test(before)) return true;
  if (/\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?,?\s*$/.test(before)) return true;
  const next = text.slice(m.index + 4, m.index + 10);
  if (/^\s*(?:-|to)\s*\d{4}/.test(next) && /(?:from|between)\s*$/i.test(before)) return true;
  return false;
}

function detectDates(text: string, push: Push, mode: CaseMode): void {
  scan(NUMERIC_DATE, text, (m) => {
    if (!notNumericDate(text, m)) push(m.index, m.index + m[0].length, 'DATE');
  });
  scan(ISO_DATE, text, (m) => {
    const end = m.index + m[0].length;
    push(m.index, end + (text[end] === 'T' || text[end] === ' ' || text[end] === '\t' ? ISO_TIME_AFTER.exec(text.slice(end, end + 30))?.[0].length ?? 0 : 0), 'DATE');
  });
  scan(MONTH_YEAR4, text, (m) => push(m.index, m.index + m[0].length, 'DATE'));
  if (HYPHEN_MONTH_HINT.test(text)) scan(HYPHEN_MONTH_DATE, text, (m) => push(m.index, m.index + m[0].length, 'DATE'));
  scan(OTHER_NUMERIC_DATE, text, (m) => push(m.index, m.index + m[0].length, 'DATE'));
  scan(COMPACT_DATE, text, (m) => push(m.index, m.index + m[0].length, 'DATE'));
  scan(DATE_PAIR, text, (m) => {
    const [m1, d1, m2, d2] = [m[1], m[2], m[3], m[4]].map(Number) as [number, number, number, number];
    if ((m2 === m1 && d2 > d1) || (m2 === m1 + 1 && d2 < d1)) push(m.index, m.index + m[0].length, 'DATE');
  });
  scan(DATE_DOT_YEAR, text, (m) => push(m.index, m.index + m[0].length, 'DATE'));
  scan(MONTH_ALONE, text, (m) => {
    const mon = m[1] ?? '';
    // "in May be", "of march": a lowercase may/march needs the preposition "in/since/until/early/late/mid".
    if (/^(?:may|march|june|jan|oct|nov)$/i.test(mon) && !/^(?:in|since|until|till|early|late|mid)/i.test(m[0])) return;
    if (/^(?:for|by|before|after|around|from|throughout)\b/i.test(m[0]) && (!/^[A-Z]/.test(mon) || /^(?:may|march)$/i.test(mon))) return;
    const start = m.index + m[0].length - mon.length - (m[0].endsWith('.') ? 1 : 0);
    push(start, start + mon.length, 'DATE');
  });
  scan(DATE_RANGE, text, (m) => {
    if (/^[1-3]\/[2-4]-[1-3]\/[2-4]$/.test(m[0])) return; // 1/3-1/2 of the lung fields, not dates
    push(m.index, m.index + m[0].length, 'DATE');
  });
  scan(MONTH_YEAR_NUM, text, (m) => push(m.index, m.index + m[0].length, 'DATE'));
  // The article of an ordinal day belongs to the date in letters ("moved to the 29th", "on the 3rd"); the nursing gold
  // leaves it out, so it joins the span in mixed-case text only (sixteenth pass, letters10/11).
  const article = mode === 'mixed' ? 0 : 4;
  if (ORDINAL_HINT.test(text)) scan(ORDINAL_DAY, text, (m) => { if (ordinalDayInPlace(text, m.index, m.index + m[0].length)) push(m.index + article, m.index + m[0].length, 'DATE'); });
  const monthSpan = (m: RegExpExecArray): void => {
    // "may" and "march" are also verbs: require a capital or a day that reads like a date.
    const word = m[0];
    if (/^may\b/.test(word) && !/,?\s*(?:19|20)\d\d$/.test(word)) return;
    // "dec" is also "decreased" (02 dec from 4->2): the lower-case or capitals abbreviation alone after a number needs
    // a year; the title-case month abbreviation ("8 Dec") is December, as letters write a date without a year.
    if (/^\d+\s*dec$/i.test(word) && !/Dec$/.test(word)) return;
    // Nor is a title-case "Dec" a date where a change follows it: a value it fell from or to, an arrow, or doses counted
    // ("GCS 14 Dec from 15", "O2 2 Dec to 1L", "4 Dec doses"; review-deid5).
    if (/^\d+\s*Dec$/.test(word) && DEC_CHANGE_AFTER.test(text.slice(m.index + word.length, m.index + word.length + 12))) return;
    // A month-first day with a unit after it is a dose or a value ("Dec 8 mg", "Mar 5 ml"): no date is written so. A
    // year written after the day makes it a date whatever follows ("Dec 8 2025 mg dose changed"; review-deid6).
    if (/\d$/.test(word) && !/(?:19|20)\d\d$/.test(word) && UNIT_AFTER_DAY.test(text.slice(m.index + word.length, m.index + word.length + 8))) return;
    push(m.index, trimEnd(text, m.index, m.index + word.length), 'DATE');
  };
  scan(MONTH_DAY, text, monthSpan);
  scan(DAY_MONTH, text, monthSpan);
  scan(MONTH_YEAR, text, monthSpan);
  scan(HOLIDAY, text, (m) => push(m.index, m.index + m[0].length, 'DATE'));
  scan(YEAR_APOS, text, (m) => {
    const d = m[1] ?? m[2] ?? '';
    const start = m[1] ? m.index + 1 : m.index;
    if (m[2] && /(?:ambulat\w*|walk\w*|hob|x|feet|distance|dangled|up)\s*$/i.test(text.slice(Math.max(0, m.index - 14), m.index))) return;
    push(start, start + d.length, 'YEAR');
  });
  scan(YEAR_AFTER_EVENT, text, (m) => {
    const y = m[1] ?? '';
    push(m.index + m[0].length - y.length, m.index + m[0].length, 'YEAR');
  });
  scan(YEAR_BEFORE_EVENT, text, (m) => {
    const y = (m[1] ?? '').replace("'", '');
    const end = m.index + m[0].indexOf(m[1] ?? '') + (m[1] ?? '').length;
    push(end - y.length, end, 'YEAR');
  });
  scan(YEAR4, text, (m) => {
    if (!notYear(text, m)) push(m.index, m.index + 4, 'YEAR');
  });
}

export type { PhiSpan };
