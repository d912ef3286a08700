/**
 * Dates of the letters' other calendars and scripts (issue 14, session 35, deid-formats12), as the Unicode CLDR date
 * formats of Node's ICU print them and as the letters write them; the other date readers want a Gregorian year of
 * 1900-2099 and, except `literal-dates.ts`, a month word of one word:
 * - numeric dates of the Solar Hijri and Hijri calendars, years 1300-1499: year first (CLDR fa short `y/M/d`,
 *   "1405/09/12") and day first (CLDR ar-u-ca-islamic short `d/M/y`, "22/06/1448"); and day-first dates with a
 *   Buddhist-era year of 2400-2599 (CLDR th short `d/M/y`, calendar buddhist: "4/12/2569"). The bidi marks CLDR ar
 *   puts before each separator (U+200F) may stand there, for Gregorian years too ("03‏/12‏/2026");
 * - Thai dates, the day, the month wide or abbreviated as CLDR th writes it ("ธ.ค.", the stops inside), perhaps the
 *   era "พ.ศ." and a Buddhist-era or Gregorian year ("14 เม.ย. 2569", "3 ธันวาคม พ.ศ. 2569");
 * - a day and the month of the Solar Hijri calendar in Persian script or as ICU en prints it (Farvardin ... Esfand),
 *   of the Hijri calendar in Arabic script or as ICU en prints it (Muharram ... Dhuʻl-Hijjah), with a year of 1300-1499
 *   ("۱۲ آذر ۱۴۰۵", "12 Azar 1405", "3 محرم 1448 هـ"); the Levantine and Iraqi Gregorian months (CLDR ar-SY, ar-IQ,
 *   ar-LB, ar-JO: "3 كانون الأول 2026"), two words in some, with a Gregorian year;
 * - the months of the Ethiopian calendar as ICU en and am print them (Meskerem ... Pagumen, መስከረም ... ጳጉሜን) and in
 *   their other common romanisations (Hidar, Tikimt, Miyazya, Ginbot), month first as CLDR en writes it ("Hedar 24,
 *   2019"), perhaps with the era "E.C.", or day first with the year; a capitalised name of five letters or more also
 *   with its day alone ("Tahsas 10");
 * - the year first with a month word of a non-Latin script from ICU (CLDR ne, ml, si, my: `y MMMM d`, "2026 ഡിസംബർ 3");
 * - the French first of the month, written as an ordinal (`1er`, Occitan `1èr`, folded), before a month name of ICU,
 *   perhaps with `de` and a year ("1er décembre 2026", "1er de decembre");
 * - a weekday before a date the other readers leave: a two-letter CLDR abbreviation before a dotted day and month, a
 *   wide ICU weekday before a day and a month word; and a weekday alone as a field of a list of fields.
 * Text arrives accent-folded (fold.ts); scripts other than Latin are not folded. Each part has a pre-check on the text.
 * Pure.
 */
import { ICU_MONTHS } from './icu-months.js';
import type { CaseMode } from './letter-case.js';
import { mayOpen, wordGate } from './note-words.js';
import { IN_FIRST, IN_SURNAMES, IN_WORD_LISTS, wordFlags, type Lexicon } from './lexicon.js';
import { ICU_WEEKDAYS } from './icu-weekdays.js';
import { allMatches } from './matches.js';
import type { PushSpan as Push } from './types.js';
import { DAY, MONTH_NUMBER, YEAR } from './date-fields.js';

const MONTHS: ReadonlySet<string> = new Set(ICU_MONTHS);
const BEFORE = '(?<![\\p{L}\\p{N}.\\/\\-])';
const AFTER = '(?![\\p{L}\\p{N}]|[.\\/\\-]\\p{N})';
// Years of the Solar Hijri and Hijri calendars in use (1300-1499), and of the Buddhist era (2400-2599).
const HIJRI_YEAR = '1[34]\\d\\d';
const BE_YEAR = '2[45]\\d\\d';
// The bidi marks CLDR ar prints before a date's separators (RLM, LRM, ALM).
const MARK = '[\\u200E\\u200F\\u061C]?';

const HIJRI_YEAR_FIRST = new RegExp(`${BEFORE}${HIJRI_YEAR}${MARK}([/\\-.])${MONTH_NUMBER}${MARK}\\1${DAY}${AFTER}`, 'gu');
const OTHER_DAY_FIRST = new RegExp(`${BEFORE}${DAY}${MARK}([/\\-.])${MONTH_NUMBER}${MARK}\\1(?:${HIJRI_YEAR}|${BE_YEAR})${AFTER}`, 'gu');
const MARKED_DAY_FIRST = new RegExp(`${BEFORE}${DAY}[\\u200E\\u200F\\u061C]([/\\-.])${MONTH_NUMBER}[\\u200E\\u200F\\u061C]\\1${YEAR}${AFTER}`, 'gu');
const OTHER_YEAR = /(?:^|\D)(?:1[34]|2[45])\d\d(?!\d)/;

// CLDR th, gregorian (and buddhist) months, format wide and abbreviated.
const THAI_MONTHS = ['มกราคม', 'กุมภาพันธ์', 'มีนาคม', 'เมษายน', 'พฤษภาคม', 'มิถุนายน', 'กรกฎาคม', 'สิงหาคม', 'กันยายน', 'ตุลาคม', 'พฤศจิกายน', 'ธันวาคม',
  'ม.ค.', 'ก.พ.', 'มี.ค.', 'เม.ย.', 'พ.ค.', 'มิ.ย.', 'ก.ค.', 'ส.ค.', 'ก.ย.', 'ต.ค.', 'พ.ย.', 'ธ.ค.'];
const escape = (s: string): string => s.replace(/[.]/g, '\\.');
const THAI = new RegExp(`(?<![\\p{N}.\\/\\-])${DAY}[ \\t]?(?:${THAI_MONTHS.map(escape).join('|')})(?:[ \\t]?(?:พ\\.ศ\\.|ค\\.ศ\\.)?[ \\t]?(?:${BE_YEAR}|${YEAR})(?!\\p{N}))?`, 'gu');

// Solar Hijri months: CLDR fa (persian calendar) and as ICU en prints them; Hijri months: CLDR ar and en (islamic).
const PERSIAN_MONTHS = 'فروردین|اردیبهشت|خرداد|تیر|مرداد|شهریور|مهر|آبان|آذر|دی|بهمن|اسفند';
const HIJRI_MONTHS = 'محرم|صفر|ربيع الأول|ربيع الآخر|ربيع الثاني|جمادى الأولى|جمادى الآخرة|جمادى الثانية|رجب|شعبان|رمضان|شوال|ذو القعدة|ذو الحجة';
const LATIN_OTHER_MONTHS = 'farvardin|ordibehesht|khordad|tir|mordad|shahrivar|mehr|aban|azar|dey|bahman|esfand|' +
  'muharram|safar|rabi[ʻ\'’]?(?:[ \\t]i{1,2}|[ \\t\\-]al[ \\t\\-](?:awwal|thani|akhir))|jumada[ \\t](?:i{1,2}|al[ \\t\\-](?:ula|akhirah|thani))|rajab|sha[ʻ\'’]?ban|ramadan|shawwal|dhu[ʻ\'’]?l[ \\t\\-]qi[ʻ\'’]?dah|dhu[ʻ\'’]?l[ \\t\\-]hijjah';
// CLDR ar-SY / ar-IQ / ar-LB / ar-JO Gregorian months (Syriac names).
const LEVANT_MONTHS = 'كانون الثاني|شباط|آذار|نيسان|أيار|حزيران|تموز|آب|أيلول|تشرين الأول|تشرين الثاني|كانون الأول';
const A_BEFORE = '(?<![\\p{L}\\p{N}])';
const A_AFTER = '(?![\\p{L}\\p{N}])';
const ARABIC_SCRIPT = new RegExp(`${A_BEFORE}${DAY}[ \\t](?:(?:${PERSIAN_MONTHS}|${HIJRI_MONTHS})[ \\t]${HIJRI_YEAR}|(?:${LEVANT_MONTHS})[ \\t]${YEAR})${A_AFTER}`, 'gu');
const LATIN_OTHER = new RegExp(`${A_BEFORE}(?:${DAY}[ \\t](?:${LATIN_OTHER_MONTHS})[ \\t]${HIJRI_YEAR}|(?:${LATIN_OTHER_MONTHS})[ \\t]${DAY},?[ \\t]${HIJRI_YEAR})${A_AFTER}`, 'giu');

// Ethiopian months: ICU en and am (ethiopic calendar), and the common romanisations.
const ETHIOPIC_LATIN = 'meskerem|meskeram|tekemt|tikimt|tiqimt|hedar|hidar|tahsas|tahesas|ter|tir|yekatit|yakatit|megabit|maggabit|miazia|miyazya|genbot|ginbot|sene|hamle|nehasse|nehase|pagumen|pagume';
const ETHIOPIC_SCRIPT = 'መስከረም|ጥቅምት|ኅዳር|ህዳር|ታኅሣሥ|ታህሳስ|ጥር|የካቲት|መጋቢት|ሚያዝያ|ግንቦት|ሰኔ|ሐምሌ|ነሐሴ|ጳጉሜን|ጳጉሜ';
const ERA = '(?:[ \\t](?:E\\.C\\.|EC|A\\.M\\.|AM)(?![\\p{L}\\p{N}]))?';
const ETHIOPIC = new RegExp(`${A_BEFORE}(?:(${ETHIOPIC_LATIN})[ \\t]${DAY}(?:,?[ \\t]${YEAR}${ERA})?|${DAY}[ \\t](?:${ETHIOPIC_LATIN}|${ETHIOPIC_SCRIPT})[ \\t]${YEAR}${ERA})${A_AFTER}`, 'giu');
// A note none of whose words opens an Ethiopian date is skipped unread (note-words.ts).
const ETHIOPIC_GATE = wordGate(ETHIOPIC.source);
const ETHIOPIC_CHECK = new RegExp(`(?:${ETHIOPIC_LATIN})[ \\t]\\d|[\\u1200-\\u137F]`, 'i');

// The months of the Bikram Sambat (Nepal's official calendar, years 2000-2099 now) in Nepali and their Sanskrit forms
// (Vikram Samvat), and of the Bengali calendar (Bangladesh's revised Bangla calendar, years 1300-1499 now): the day,
// the month and the year in either order, as the letters write them ("१७ मंसिर २०८३", "२०८३ मंसिर १७", "১৮ অগ্রহায়ণ
// ১৪৩৩"); their digits reach this reader as ASCII (script-digit-dates.ts).
const NEPALI_MONTHS = 'बैशाख|वैशाख|जेठ|ज्येष्ठ|असार|आषाढ|साउन|श्रावण|भदौ|भाद्र|असोज|आश्विन|कात्तिक|कार्तिक|मंसिर|मार्ग|मार्गशीर्ष|पुस|पौष|माघ|फागुन|फाल्गुन|चैत|चैत्र';
const BANGLA_MONTHS = 'বৈশাখ|জ্যৈষ্ঠ|জৈষ্ঠ|আষাঢ়|আষাঢ়|শ্রাবণ|ভাদ্র|আশ্বিন|কার্তিক|অগ্রহায়ণ|অগ্রহায়ণ|পৌষ|মাঘ|ফাল্গুন|চৈত্র';
const INDIC_CALENDAR = new RegExp(`${A_BEFORE}(?:${DAY}[ \\t](?:(?:${NEPALI_MONTHS})[ \\t]20\\d\\d|(?:${BANGLA_MONTHS}),?[ \\t]${HIJRI_YEAR})|20\\d\\d[ \\t](?:${NEPALI_MONTHS})[ \\t]${DAY}|${HIJRI_YEAR}[ \\t](?:${BANGLA_MONTHS})[ \\t]${DAY})${A_AFTER}`, 'gu');

// The year first with a month word of ICU in a script other than Latin (CLDR ne, ml, si, my, ps: `y MMMM d`).
const YEAR_FIRST = new RegExp(`${BEFORE}${YEAR}[ \\t]([\\p{L}\\p{M}]{2,})[ \\t]${DAY}${A_AFTER}`, 'gu');
const LATIN = /^[\p{Script=Latin}]+$/u;

// The French (and Occitan) first of the month as an ordinal, folded: "1er", "1re"; "de" between as Occitan writes it.
const FIRST = new RegExp(`${A_BEFORE}1(?:er|re)[ \\t](?:de[ \\t]|d['’])?([\\p{Ll}]{3,})(?:[ \\t]${YEAR})?${A_AFTER}`, 'gu');

// A weekday's two-letter abbreviation as CLDR de, nl and fi print it (format abbreviated: "Do", "di", "ti"), then a day
// and month with their stops, perhaps a year: the Central and Northern European dotted date ("Mo 30.11.", "ti
// 14.7.2026"). Case as CLDR writes them, and never an English word or a preposition of the letters' languages ("to",
// "do", "so", "di", "po", "st"; Romanian "pe", "la", Italian "su": Finnish pe, la, su are left).
const TWO_LETTER_DAY = new RegExp(`${A_BEFORE}(?:Mo|Di|Mi|Do|Fr|Sa|So|Ma|Wo|Vr|Za|Zo|ma|ti|ke|wo|vr|za|zo|Ti|Ke)\\.?,?[ \\t]${DAY}\\.${MONTH_NUMBER}\\.(?:${YEAR}(?!\\p{N}))?`, 'gu');
// A day and a month word right after a weekday of ICU (format wide): the weekday makes a date of a day and a month
// whose word the partial-date reader leaves ("martes 26 de mayo", "onsdag 3. mars"), and of the month words that are
// English words too, which ICU_MONTHS leaves out (CLDR fr, nb, sv "mars", es "mayo", tr "mart", da "marts").
const DAY_MONTH = new RegExp(`${BEFORE}${DAY}(?:\\.|[ \\t]de)?[ \\t]([\\p{Ll}]{3,})(?![\\p{L}\\p{N}])`, 'gu');
const ENGLISH_WORD_MONTHS: ReadonlySet<string> = new Set(['mars', 'mayo', 'mart', 'marts']);
const WEEKDAY_BEFORE = /(?<![\p{L}\p{N}\-])([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)?),?[ \t]{1,2}$/u;
const WEEKDAYS: ReadonlySet<string> = new Set(ICU_WEEKDAYS);

// A weekday alone as a field of its own, the date of a list of fields ("...; Hospital X; Thursday.", "..., torsdag;"):
// the English name or an ICU locale's wide name, after a semicolon or comma, closing the field with a full stop, a
// semicolon or the line's end. In running text a weekday alone is a plan's or a wish's ("home on Monday"), which the
// nursing gold leaves out, so it is read only there.
const FIELD_WORD = /[;,][ \t]([\p{L}\p{M}]+(?:-[\p{L}\p{M}]+)?)(?=[ \t]*(?:[.;]|\n|$))/gu;
const ENGLISH_DAYS: ReadonlySet<string> = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

/** Push DATE spans for the other calendars' and scripts' dates above; a lone weekday field only in a mixed-case note. */
export function detectCalendarDates(text: string, push: Push, mode: CaseMode, lex: Lexicon): void {
  // An ICU weekday that is also an English, clinical or medical word or a name is read as that ("Thanks, Anna").
  const icuDay = (word: string): boolean => WEEKDAYS.has(word) && (wordFlags(lex, word) & (IN_WORD_LISTS | IN_FIRST | IN_SURNAMES)) === 0;
  const pushAll = (re: RegExp): void => {
    for (const m of allMatches(re, text)) push(m.index, m.index + m[0].length, 'DATE');
  };
  if (OTHER_YEAR.test(text)) {
    pushAll(HIJRI_YEAR_FIRST);
    pushAll(OTHER_DAY_FIRST);
    pushAll(LATIN_OTHER);
  }
  if (/[\u200E\u200F\u061C]/.test(text)) pushAll(MARKED_DAY_FIRST);
  if (/[\u0E00-\u0E7F]/.test(text)) pushAll(THAI);
  if (/[\u0600-\u06FF]/.test(text)) pushAll(ARABIC_SCRIPT);
  if (/[\u0900-\u09FF]/.test(text)) pushAll(INDIC_CALENDAR);
  if (mayOpen(ETHIOPIC_GATE, text) && ETHIOPIC_CHECK.test(text)) {
    for (const m of allMatches(ETHIOPIC, text)) {
      const word = m[1];
      // Month first with the day alone: a capitalised name of five letters or more ("Tahsas 10", not "Sene 3", "ter 2").
      if (word !== undefined && !/[\d]{4}/.test(m[0]) && (word.length < 5 || !/^\p{Lu}\p{Ll}+$/u.test(word))) continue;
      push(m.index, m.index + m[0].length, 'DATE');
    }
  }
  if (/(?:19|20)\d\d[ \t][^\x00-\x7F]/.test(text)) {
    for (const m of allMatches(YEAR_FIRST, text)) {
      const word = m[1] ?? '';
      if (!LATIN.test(word) && MONTHS.has(word.toLowerCase())) push(m.index, m.index + m[0].length, 'DATE');
    }
  }
  if (/\d\.\d\d?\./.test(text)) pushAll(TWO_LETTER_DAY);
  for (const m of allMatches(DAY_MONTH, text)) {
    const month = m[1] ?? '';
    if (!MONTHS.has(month) && !ENGLISH_WORD_MONTHS.has(month)) continue;
    const w = WEEKDAY_BEFORE.exec(text.slice(Math.max(0, m.index - 24), m.index));
    if (w && icuDay((w[1] ?? '').toLowerCase())) push(m.index - w[0].length, m.index + m[0].length, 'DATE');
  }
  for (const m of mode === 'mixed' ? allMatches(FIELD_WORD, text) : []) {
    const word = (m[1] ?? '').toLowerCase();
    if (ENGLISH_DAYS.has(word) || icuDay(word)) push(m.index + 2, m.index + m[0].length, 'DATE');
  }
  if (/1(?:er|re)[ \t]/.test(text)) {
    for (const m of allMatches(FIRST, text)) if (MONTHS.has(m[1] ?? '')) push(m.index, m.index + m[0].length, 'DATE');
  }
}
