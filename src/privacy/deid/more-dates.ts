/**
 * Date shapes the main date patterns (patterns.ts) do not read, as general forms rather than strings from any note
 * (issue 14, nursing notes): holidays named by a person or a cause ("Mother's Day", "Veterans Day", "Good Friday")
 * and religious holidays; a day and a month abbreviation without a year ("14-Mar", "Mar-14", "14MAR"); dotted dates
 * through the one dotted-date reader (dotted-dates.ts), which decides day or month first by the note's cues; ranges
 * of two dates joined by a dash ("3/7–3/9", "1/5/2023-1/9/2023", "March 4 - March 8, 2024"), the dash inside the
 * span; a season with its year ("spring of 2019", "winter 2021"); an ordinal day with its article where the article
 * belongs to the date ("on the 12th", "the 4th of April", "Friday the 15th"); a zero-padded month-day after a date
 * word ("on 03-07"); a day-first day/month after a date word ("w/c 14/10"); a month in Roman numerals between the day and
 * the year, as Polish, Czech, Italian and Romanian forms write it ("03.III.2025", "3-III-2025"; eighteenth pass). Each
 * fires only where the parts are a real month and day, and never inside a longer run of dotted numbers (blood gases are
 * written "7.45.34.7").
 */
import { allMatches } from './matches.js';
import { detectDottedDates } from './dotted-dates.js';
import { caseMode, type CaseMode } from './letter-case.js';
import { MONTHS } from './patterns.js';
import { COUNTS, DAYS, LENGTH, MASS, only, quantityAlternation, RATES, SUBSTANCE, VOLUME, YEARS } from './quantity-words.js';
import type { PushSpan as Push } from './types.js';


const WEEKDAYS = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)';
const MON = '(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)';
const HOLIDAYS = new RegExp(
  "\\b(?:mother'?s|father'?s|veteran'?s|president'?s|presidents'|columbus|mlk|martin luther king(?: jr\\.?)?|st\\.? patrick'?s|saint patrick'?s|boxing|patriots'?)[ \\t]day\\b" +
  "|\\b(?:april fools'?|valentine'?s|new year'?s)[ \\t]day\\b|\\bnew year'?s eve\\b|\\bhalloween\\b" +
  "|\\b(?:good friday|palm sunday|ash wednesday|easter sunday|hanukk?ah|chanukah|passover|yom kippur|rosh hashanah?|ramadan|eid|kwanzaa|diwali)\\b", 'gi');
// A day and a month abbreviation, either order, joined by a dash or written together: 14-Mar, Mar-14, 14MAR.
const DAY_MONTH = new RegExp(`(?<![\\w/.-])(?:(\\d{1,2})-?${MON}|${MON}-(\\d{1,2}))(?![\\w/-]|\\.\\d)`, 'gi');

const MD = '(?:0?[1-9]|1[0-2])\\/(?:0?[1-9]|[12]\\d|3[01])';
// Two numeric dates joined by a dash: 3/7-3/9, 3/7–3/9, 1/5/2023-1/9/2023. A hyphen with spaces around it ("8/2 - 8/10")
// is left as two dates, as the nursing gold draws it.
const NUMERIC_RANGE = new RegExp(`(?<![\\w\\/.\\-])(${MD})(\\/(?:19|20)?\\d\\d)?(?:-|[ \\t]?[\\u2013\\u2014][ \\t]?)(${MD})(\\/(?:19|20)?\\d\\d)?(?![\\w\\/]|\\.\\d)`, 'g');
const NAMED = `(?:(?:${MONTHS})\\.?[ \\t](?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?|(?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)?[ \\t](?:of[ \\t])?(?:${MONTHS})\\.?)`;
// Two month-name dates joined by a dash, the year after the second: "March 4 - March 8, 2024", "4 March – 8 March 2024".
const NAMED_RANGE = new RegExp(`\\b${NAMED}(?:,?[ \\t](?:19|20)\\d\\d)?[ \\t]?[-\\u2013\\u2014][ \\t]?${NAMED}\\b(?:,?[ \\t](?:19|20)\\d\\d\\b)?`, 'gi');
// A season with its year narrows a date below the year: "spring of 2019", "Winter 2021", "in the fall of 2018". Read from
// the year back (a year is rarer than a letter, so the scan is cheap); "fall" is a season only after a time word.
const SEASON_BEFORE_YEAR = /(?:\b(?:spring|summer|autumn|winter)|(?<=\b(?:in|during|since|until|by|over|last|this|next|early|late|mid-?|the)[ \t])fall)(?:[ \t]of)?[ \t]$/i;
const YEAR4 = /\b(?:19|20)\d\d\b/g;
// An ordinal day whose article belongs to it: "on the 12th", "the 4th of April", "the 5th March", "Friday the 15th" —
// ending a phrase, or before a month ("on the 2nd floor" and "the 4th ventricle" are no dates). Letters write the article inside the
// date; the nursing gold leaves it out ("the 11th"), so this runs in mixed-case text only (caseMode).
const THE_ORDINAL = new RegExp(`(?:(?:(?<=\\bon[ \\t])|\\b${WEEKDAYS},?[ \\t])the[ \\t](?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b(?=[ \\t]*(?:[.,;:!?)\\n]|$|(?:at|and|for|when|to|with|but|in|we|she|he|they|please)\\b))|\\bthe[ \\t](?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)[ \\t](?:of[ \\t])?(?:${MONTHS})\\b)`, 'gi');
// A weekday and an ordinal day without the article ("Review Weds 5th", "Friday 15th"): a date in mixed-case text.
const WEEKDAY_ORDINAL = new RegExp(`\\b${WEEKDAYS}\\.?,?[ \\t](?:[12]\\d|3[01]|0?[1-9])(?:st|nd|rd|th)\\b(?![ \\t]*(?:floor|line|course|dose|cycle|trimester|degree|toe|finger|rib|intercostal|ics|percentile|centile|generation)\\b)`, 'gi');
// A zero-padded month-day after a date word ("on 03-07", "DOS 11-04"); unpadded "on 2-4" is a range of litres or doses.
const PADDED_MD = /(?<![\w\/\-])(?:0[1-9]-(?:[0-2]\d|3[01])|1[0-2]-0[1-9])(?![\w\/\-]|\.\d|[ \t]*(?:l\b|lpm|mg|ml|units?|times|x\b|%))/gi;
const PADDED_BEFORE = /\b(?:on|dated?|dos|since|until|seen|visit|appt|due)[ \t:]{1,2}$/i;
// Fifteenth pass: an unpadded month-day joined by a dash after the same date words ("on 11-28", "since 3-15") when the day is
// past 12: a count or dose range after "on" stays under 13 ("on 2-4 L NC"), and a unit after it makes it a dose ("on 10-20
// mcg"). Not with a dot: "on 6.25 captopril" is a dose.
const LATE_DAY_MD = /(?<![\w\/\-.])(?:1[0-2]|0?[1-9])-(?:1[3-9]|2\d|3[01])(?![\w\/\-]|[.,]\d|[ \t]*(?:l\b|lpm|lit(?:er|re)s?|mg|mcg|ml|cc|units?|u\b|meq|mmol|times|x\b|%|breaths|bpm|beats|mm|cm|kg|lbs?|hrs?|hours?|mins?|minutes|days|weeks|wks))/gi;

// The month in Roman numerals between day and year, one separator throughout: 03.III.2025, 3-III-2025, 3/XII/2024, 3 XI 2024.
// Not before a unit: "1 X 2000 IU" is a dose times a count.
const ROMAN_MONTH = /(?<![\w.\-\/])(?:[12]\d|3[01]|0?[1-9])([.\-\/ ])(?:XII|XI|X|IX|VIII|VII|VI|V|IV|III|II|I)\1(?:19|20)\d\d(?![\w]|\.\d|[ \t]*(?:IU|iu|[Uu]nits?|mg|mcg|m[lL]|kg|mmol)\b)/g;

// A birth date written as one run of digits after its label ("DOB 030731", "Date of birth: 19310307"): MMDDYY, DDMMYY,
// MMDDYYYY, DDMMYYYY or YYYYMMDD, checked for a real month and day.
const BIRTH_RUN = /\b(?:dob|d\.o\.b\.?|date[ \t]of[ \t]birth|birth[ \t]?date|born)[ \t:#.]{0,3}(\d{6}|\d{8})(?![\w\/\-]|[.,]\d)/gi;

// A run-together m/d/yy (mmddyy, "family meeting 052647"), a US form-field habit, after a word: a six-digit value no
// code label introduces and no unit follows. Platelet counts and doses (150000, 100000 units) are no valid month and day.
const MDY_RUN = /(?<=\b[A-Za-z]{3,}[ \t]{1,2})(\d{6})(?![\w\/\-]|[.,]\d|[ \t]*(?:units?|iu|mg|mcg|ml|cells|copies|\/))/g;
const NOT_MDY_LABEL = /\b(?:snomed|sctid|loinc|cpt|icd|ndc|hcpcs|atc|lot|batch|serial|version|ver|rx|order|accession|specimen|code|id|no|number|account|acct|mrn|ref|pin|postcode|plt|platelets?|wbc|count|dob|d\.o\.b\.?|birth|born)[ \t:#.]*$/i;

// A day-first day/month without a year ("w/c 14/10", "reviewed on 23/03"), as UK, Irish, Australian and Indian letters
// write it: the day past 12 tells the order, and a word that dates an event before it tells a date from a UK duration
// ("14/7" = 14 days) or a ventilator setting.
const DAY_FIRST_DM = /(?<![\w\/.\-])(?:1[3-9]|2\d|3[01])\/(?:0?[1-9]|1[0-2])(?![\w\/\-]|\.\d)/g;
// Only words that date an event: "on", "from" or "since" stand before ventilator settings too ("initially on 13/10").
const DAY_FIRST_BEFORE = /(?:\b(?:dated?|wef|w\.e\.f\.?|commencing|(?:(?:seen|reviewed|admitted|discharged)(?:[ \t]on)?)|review|appt|appointment|due)|\bw\/c)[ \t:]{1,2}$/i;
// The second of two day-first dates joined by "and", "&" or a range word ("seen on 13/11 and 19/11").
const DAY_FIRST_PAIR = /(?<![\w\/.\-])(?:0?[1-9]|[12]\d|3[01])\/(?:0?[1-9]|1[0-2])[ \t]*(?:&|and|to|until|till|-)[ \t]*$/i;

// Sixteenth pass (letters10/11 misses, general forms):
// A day-first day/month (day past 12) with no date word before ("Hemiarthroplasty 21/10.", "Fit note issued 28/11"): a date
// in a mixed-case letter unless a setting or dose word stands before, a number before it ("Mixtard 30 16/8"), or a unit, a
// count or an age word after it. x/7 and x/12 up to 18 are UK durations (14/7 = 14 days, 18/12 = 18 months) and stay.
// Review (sixteenth): also paired right/left eye measures (visual acuity, intraocular pressure), a bed or bay number, and
// an insulin named by brand (the BNF's insulin preparations) whose morning/evening doses are written "Levemir 14/10".
const DM_SETTING_BEFORE = /(?:\b(?:ps|psv|peep|cpap|bipap|bi-pap|ipap|epap|niv|nippv|simv|imv|ac|vent\w*|settings?|mode|ratio|insulin|units?|bp|score|grade|strength|power|gcs|x|acuity|va|iops?|bed|bay|humulin|humalog|novomix|novorapid|levemir|lantus|insulatard|actrapid|apidra|abasaglar|toujeo|tresiba|mixtard|hypurin|fiasp|lyumjev|semglee)\b[^.\n]{0,16}|\d[ \t]*)$/i;
// A duration in days or months written as a fraction after a duration word ("cough for 21/7", "over the last 20/12").
const DM_DURATION_BEFORE = /\b(?:for|over|past|last|x)[ \t]+$/i;
// A note that speaks of ventilation writes its pressure pairs so ("PSV. Tolerated 18/5", "initially on 13/10"): there a
// day-first pair needs a date word.
const VENTILATION_NOTE = /\b(?:ps|psv|peep|cpap|bipap|bi-pap|ipap|epap|niv|nippv|simv|imv|fio2|vent|vented|ventilat\w*|intubated|extubated|ett|trach\w*|abgs?)\b/i;
// Units as whole words (a one-letter code would start "given"), or as the start of a word ("mmHg", "mgs", "weekly"),
// then the words of a history; quantity-words.ts holds the units, the words this rule has always read.
const DM_UNIT_WORDS = quantityAlternation(only(SUBSTANCE, ['unit', 'units', 'u', 'iu']), only(MASS, ['g']), only(COUNTS, ['x']));
const DM_UNIT_STARTS = quantityAlternation(only(MASS, ['mg', 'mcg', 'kg']), only(VOLUME, ['ml']), only(SUBSTANCE, ['mmol']),
  only(RATES, ['kpa', 'breaths', 'bpm']), only(LENGTH, ['cm', 'mm']), only(COUNTS, ['times']), DAYS,
  only(YEARS, ['month', 'months', 'year', 'years']));
const DM_UNIT_AFTER = new RegExp(
  `^[ \\t]*(?:[\\/%\\-]|(?:${DM_UNIT_WORDS})\\b|${DM_UNIT_STARTS}|old\\b|history|hx|ago|of\\b|split|(?:lymph[ \\t])?nodes)`, 'i');
// A birth date with its abbreviation ("(b. 11.12.1991)", "(nar. 4.6.1979)", "geb. 3.4.1950"): letters write the short
// label inside the date. The label must be lowercase with its period and the date carry a year (a birth date has one).
const BIRTH_VALUE = `(?:\\d{1,2}[.\\/\\-]\\d{1,2}[.\\/\\-](?:19|20)?\\d\\d|(?:[12]\\d|3[01]|0?[1-9])[ \\t](?:${MONTHS})\\.?,?[ \\t](?:19|20)\\d\\d|(?:${MONTHS})\\.?[ \\t](?:[12]\\d|3[01]|0?[1-9]),?[ \\t](?:19|20)\\d\\d|(?:19|20)\\d\\d-\\d\\d-\\d\\d)`;
const BIRTH_ABBREV_DATE = new RegExp(`(?<![\\w.])(?:b|nar|geb|ur|nat)\\.[ \\t]?${BIRTH_VALUE}(?![\\w\\/]|[.\\-]\\d)`, 'gi');

const isLetter = (c: number): boolean => (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
const isDigit = (c: number): boolean => c >= 48 && c <= 57;

/**
 * `/\b[a-z]{1,3}\.[ \t]?\d/i.test(text)` read with a loop over the full stops (speed: the regex tried every letter of
 * every note): a word of one to three ASCII letters, a full stop, an optional space or tab, then a digit. Exported for its test.
 */
export function shortWordDotDigit(text: string): boolean {
  for (let i = text.indexOf('.'); i >= 0; i = text.indexOf('.', i + 1)) {
    const next = text.charCodeAt(i + 1);
    if (!isDigit(next) && !((next === 32 || next === 9) && isDigit(text.charCodeAt(i + 2)))) continue;
    let n = 0;
    while (n < 4 && i - 1 - n >= 0 && isLetter(text.charCodeAt(i - 1 - n))) n++;
    if (n === 0 || n === 4) continue;
    const before = i - 1 - n >= 0 ? text.charCodeAt(i - 1 - n) : -1;
    if (before === -1 || (!isDigit(before) && before !== 95)) return true;
  }
  return false;
}

const validDay = (d: string | undefined): boolean => d !== undefined && Number(d) >= 1 && Number(d) <= 31;

/** Push DATE spans for the shapes above. */
export function detectMoreDates(text: string, push: Push, mode: CaseMode = caseMode(text)): void {
  for (const m of allMatches(HOLIDAYS, text)) push(m.index, m.index + m[0].length, 'DATE');
  for (const m of allMatches(DAY_MONTH, text)) {
    // "Dec-90": after a month, two digits that cannot be a day are its year (month and year are a date element).
    if (validDay(m[1] ?? m[2]) || (m[2]?.length === 2 && Number(m[2]) > 31)) push(m.index, m.index + m[0].length, 'DATE');
  }
  detectDottedDates(text, push);
  if (/[IVX][.\-\/ ](?:19|20)\d\d/.test(text)) for (const m of allMatches(ROMAN_MONTH, text)) push(m.index, m.index + m[0].length, 'DATE');
  detectRanges(text, push);
  if (/dob|d\.o\.b|birth|born/i.test(text)) {
    for (const m of allMatches(BIRTH_RUN, text)) {
      const run = m[1] ?? '';
      if (birthRunIsDate(run)) push(m.index + m[0].length - run.length, m.index + m[0].length, 'DATE');
    }
  }
  if (/\d{6}/.test(text)) for (const m of allMatches(MDY_RUN, text)) {
    const run = m[1] ?? '';
    if (Number(run.slice(0, 2)) >= 1 && Number(run.slice(0, 2)) <= 12 && validDay(run.slice(2, 4)) && !NOT_MDY_LABEL.test(text.slice(Math.max(0, m.index - 16), m.index))) push(m.index, m.index + 6, 'DATE');
  }
  for (const m of allMatches(YEAR4, text)) {
    const s = SEASON_BEFORE_YEAR.exec(text.slice(Math.max(0, m.index - 16), m.index));
    if (s) push(m.index - s[0].length, m.index + 4, 'DATE');
  }
  if (/the[ \t]\d/i.test(text) && mode === 'mixed') scanPush(THE_ORDINAL, text, push);
  if (/\d(?:st|nd|rd|th)\b/i.test(text) && mode === 'mixed') scanPush(WEEKDAY_ORDINAL, text, push);
  if (/\d\/\d/.test(text)) {
    // Whether the note speaks of ventilation: read once per note, when a lone day-first pair first asks.
    let ventilation: boolean | undefined;
    const ventilationNote = (): boolean => (ventilation ??= VENTILATION_NOTE.test(text));
    for (const m of allMatches(DAY_FIRST_DM, text)) {
      const before = text.slice(Math.max(0, m.index - 17), m.index);
      if (DAY_FIRST_BEFORE.test(before)) push(m.index, m.index + m[0].length, 'DATE');
      else if (mode === 'mixed' && dayFirstAlone(text, m.index, m[0], ventilationNote)) push(m.index, m.index + m[0].length, 'DATE');
      else dayFirstPair(text, m.index, push);
    }
  }
  if (shortWordDotDigit(text)) {
    for (const m of allMatches(BIRTH_ABBREV_DATE, text)) if (/^[a-z]/.test(m[0])) push(m.index, m.index + m[0].length, 'DATE');
  }
  if (/\d-\d/.test(text)) {
    for (const re of [PADDED_MD, LATE_DAY_MD]) {
      for (const m of allMatches(re, text)) {
        if (PADDED_BEFORE.test(text.slice(Math.max(0, m.index - 8), m.index))) push(m.index, m.index + m[0].length, 'DATE');
      }
    }
  }
}

/**
 * A day-first day/month with no date word before: no setting, dose or number before it, no unit or count after it.
 * `ventilationNote` tells whether the whole note speaks of ventilation (asked once per note, not per pair).
 */
function dayFirstAlone(text: string, at: number, value: string, ventilationNote: () => boolean): boolean {
  const [day, month] = value.split('/').map(Number) as [number, number];
  if ((month === 7 || month === 12) && day <= 18) return false;
  // "24/7" is the idiom "all day, every day" (care, supervision); x/7 and x/12 after a duration word are durations.
  if (month === 7 && day === 24) return false;
  if ((month === 7 || month === 12) && DM_DURATION_BEFORE.test(text.slice(Math.max(0, at - 12), at))) return false;
  if (ventilationNote()) return false;
  if (DM_SETTING_BEFORE.test(text.slice(Math.max(0, at - 24), at))) return false;
  return !DM_UNIT_AFTER.test(text.slice(at + value.length, at + value.length + 16));
}

/** The second date of a day-first pair: the first (day past 12) stands after a word that dates an event. */
function dayFirstPair(text: string, at: number, push: Push): void {
  const before = text.slice(Math.max(0, at - 14), at);
  const pair = DAY_FIRST_PAIR.exec(before);
  if (!pair) return;
  const firstAt = at - before.length + pair.index;
  if (!DAY_FIRST_BEFORE.test(text.slice(Math.max(0, firstAt - 17), firstAt))) return;
  const first = /^\d{1,2}\/\d{1,2}/.exec(text.slice(firstAt))?.[0] ?? '';
  push(firstAt, firstAt + first.length, 'DATE');
  push(at, at + (/^\d{1,2}\/\d{1,2}/.exec(text.slice(at))?.[0].length ?? 0), 'DATE');
}

function birthRunIsDate(run: string): boolean {
  const n = (a: number, b: number): number => Number(run.slice(a, b));
  const md = (m: number, d: number): boolean => m >= 1 && m <= 12 && validDay(String(d));
  if (run.length === 6) return md(n(0, 2), n(2, 4)) || md(n(2, 4), n(0, 2));
  const y4 = (y: number): boolean => y >= 1880 && y <= 2099;
  return (y4(n(4, 8)) && (md(n(0, 2), n(2, 4)) || md(n(2, 4), n(0, 2)))) || (y4(n(0, 4)) && md(n(4, 6), n(6, 8)));
}

function scanPush(re: RegExp, text: string, push: Push): void {
  for (const m of allMatches(re, text)) {
    // "may" and "march" are verbs too: lowercase, they are no month here.
    if (/\b(?:may|march)\b/.test(m[0])) continue;
    push(m.index, m.index + m[0].length, 'DATE');
  }
}

// Ranges of settings or doses are written like dates ("PS 10/5-8/5"): a setting word before, or dates out of order, stop it.
const SETTING_BEFORE = /\b(?:ps|psv|peep|cpap|bipap|ipap|epap|simv|imv|ac|vent\w*|settings?|mode|bp|pressures?)\b[\s:,(]*$/i;

function detectRanges(text: string, push: Push): void {
  if (!/\d[ \t]?[-\u2013\u2014][ \t]?\S/.test(text)) return;
  for (const m of allMatches(NUMERIC_RANGE, text)) {
    if (SETTING_BEFORE.test(text.slice(Math.max(0, m.index - 16), m.index))) continue;
    const [m1, d1] = (m[1] ?? '').split('/').map(Number) as [number, number];
    const [m2, d2] = (m[3] ?? '').split('/').map(Number) as [number, number];
    // Without years the second date must follow the first within a month or so (3/7-3/9, 6/30-7/2).
    const inOrder = (m2 === m1 && d2 > d1) || (m2 === m1 + 1 && d2 <= d1) || (m1 === 12 && m2 === 1);
    if ((m[2] && m[4]) || inOrder) push(m.index, m.index + m[0].length, 'DATE');
  }
  scanPush(NAMED_RANGE, text, push);
}
