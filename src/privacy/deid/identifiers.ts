/**
 * Non-name identifiers as forms, fax covers, report headers, prescriptions and letters from the US, UK, Canada,
 * Australia, India and the EU write them (issue 14, out of domain): dates with a weekday, a spelled ordinal, a day
 * range, a two-digit year after an apostrophe or a year-first month name; ages over 89 in words; unit, flat and suite
 * numbers, PO boxes, streets without a number and European street forms; towns before or after a postcode (UK, Irish,
 * Australian, Indian, European) or after a facility; and identifier values after national labels (Aadhaar, KVNR, PPS,
 * SIN, IHI, UHID...) in spaced or slashed groups. `keepClinicalNumbers` then takes back what reads as clinical
 * shorthand: UK durations (2/52, 3/7 history), visual acuity (6/12), code-system values (SNOMED, NDC) and TNM stages
 * shaped like Canadian postcodes. Shapes come from the public numbering and address conventions; none from a note.
 */
import { detectVaccineLots } from './vaccines.js';
import { detectVins } from './vehicles.js';
import { detectRouteAddresses, NOT_TOWN_WORDS } from './address.js';
import { listNotStreet } from './year-lists.js';
import { discLevel } from './context-vetoes.js';
import type { CaseMode } from './letter-case.js';
import type { Lexicon } from './lexicon.js';
import { readDotted } from './dotted-dates.js';
import { detectFieldIds, groupedValue } from './field-ids.js';
import { digitCount } from './international.js';
import { MONTHS } from './patterns.js';
import { COUNTS, DAYS, HOURS, LENGTH, MASS, only, quantityAlternation, SUBSTANCE, without } from './quantity-words.js';
import type { PhiSpan, PushSpan as Push } from './types.js';
import { stateCodeAlternation } from './us-states.js';
import { DAY, YEAR } from './date-fields.js';


const MONTH = `(?:${MONTHS})`;
const ORD = '(?:st|nd|rd|th)';
const WEEKDAY = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu(?:rs?)?|fri|sat|sun)';

// A weekday joins a date written with a month name ("Monday 4 March 2024", "Tues, March 5th").
const WEEKDAY_DATE = new RegExp(`\\b${WEEKDAY}\\.?,?[ \\t]{1,2}(?:the[ \\t])?(?:${DAY}${ORD}?[ \\t](?:of[ \\t])?${MONTH}\\b\\.?(?:,?[ \\t]${YEAR}\\b)?|${MONTH}\\b\\.?[ \\t](?:the[ \\t])?${DAY}${ORD}?\\b(?:,?[ \\t]${YEAR}\\b)?)`, 'gi');
// A weekday before a numeric date ("Tuesday, 3/5/24", "Wed 20/03", "Thursday 11/21"): the numbers are read by the dotted-date
// reader's rule (dotted-dates.ts), whatever the separator; see detectWeekdayNumeric.
const WEEKDAY_NUMERIC = new RegExp(`\\b(${WEEKDAY})\\.?,?[ \\t]{1,2}(\\d{1,2})([\\/.\\-])(\\d{1,2})(?:\\3((?:19|20)?\\d\\d))?\\b(?![\\/.\\-]\\d)`, 'gi');
const SPELLED_DAY = '(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[- ]first)';
// "the third of March, 2024", "March the first": the article of "the third of March" belongs to the date, as in
// "the 3rd of March" (more-dates.ts).
const SPELLED_DATE = new RegExp(`\\b(?:the[ \\t])?${SPELLED_DAY}[ \\t]of[ \\t]${MONTH}\\b\\.?(?:,?[ \\t]${YEAR}\\b)?|\\b${MONTH}[ \\t](?:the[ \\t])?${SPELLED_DAY}\\b`, 'gi');
// Day ranges with a month name: "March 4-5, 2024", "4-8 March", "4th to 8th Mar 2024".
const RANGE_SEP = '(?:[ \\t]?[-\\u2013][ \\t]?|[ \\t](?:to|until|till|through|thru)[ \\t])';
const MONTH_RANGE = new RegExp(`\\b${MONTH}\\.?[ \\t]${DAY}${ORD}?${RANGE_SEP}${DAY}${ORD}?\\b(?:,?[ \\t]${YEAR}\\b)?|\\b${DAY}${ORD}?${RANGE_SEP}${DAY}${ORD}?[ \\t](?:of[ \\t])?${MONTH}\\b\\.?(?:,?[ \\t]${YEAR}\\b)?`, 'gi');
// A two-digit year after an apostrophe ("4 Mar '24"), and year-first dates with a month name ("2024-Mar-04").
const APOS_YEAR_DATE = new RegExp(`\\b${DAY}${ORD}?[ \\t]${MONTH}\\.?,?[ \\t]'\\d\\d\\b|\\b${MONTH}\\.?[ \\t]${DAY}${ORD}?,?[ \\t]'\\d\\d\\b`, 'gi');
// A month and a two-digit year after an apostrophe ("March '24", "Sept. '19"): month and year are a date element.
const MONTH_APOS_YEAR = new RegExp(`\\b${MONTH}\\.?,?[ \\t]'\\d\\d\\b`, 'gi');
// A second ordinal day joined to a dated one ("March 9th and 10th", "10th and 11th of March"): the lone ordinal is a date too.
const ORDINAL_PAIR = new RegExp(`\\b${MONTH}\\.?[ \\t]${DAY}${ORD}?[ \\t]*(?:,|and|&|or)[ \\t]*(${DAY}${ORD})\\b|\\b(${DAY}${ORD})[ \\t]*(?:,|and|&|or)[ \\t]*${DAY}${ORD}?[ \\t](?:of[ \\t])?${MONTH}\\b`, 'gi');
// A second day joined to a month-name date by "and", "&" or "or" ("Scans on August 2 and 6"): the lone number is a date
// when nothing after it makes it a count (a unit, a time word, another number).
const MONTH_DAY_PAIR = new RegExp(`\\b${MONTH}\\.?[ \\t]${DAY}[ \\t]+(?:and|&|or)[ \\t]+(${DAY})\\b(?![.:\\/,\\-]\\d|[ \\t]*(?:%|[a-z]+\\b(?<!\\b(?:and|at|by|in|on|the|to|with|for|when|but|we|she|he|they)\\b)))`, 'gi');
// Two months joined as a span of time ("January to March 2024", "between Jan and Mar 2024", "Jan\u2013Mar 2024"): the
// first month is a date element as the second is. Both must be capitalised (checked in the callback: may and march are verbs).
const MONTH_TO_MONTH = new RegExp(`\\b(${MONTH})\\.?(?:[ \\t]?[-\\u2013][ \\t]?|[ \\t]+(?:to|and|through|thru|until|till|or)[ \\t]+)(${MONTH})\\b`, 'gi');
// Days listed before their month ("3, 4 and 5 March", "3, 4 & 5 Mar 2024"): each listed day is a date.
const DAY_LIST = new RegExp(`\\b${DAY}(?:,[ \\t]*${DAY})*,?[ \\t]+(?:and|&)[ \\t]+${DAY}[ \\t](?:of[ \\t])?(?=${MONTH}\\b)`, 'gi');
// An ISO-style date without zero padding ("2024-3-3"), as forms and spreadsheets write it.
const ISO_UNPADDED = /\b(?:19|20)\d\d-(?:1[0-2]|0?[1-9])-(?:[12]\d|3[01]|0?[1-9])\b(?![\-\/]\d)/g;
const YEAR_FIRST_MONTH = new RegExp(`\\b${YEAR}[-\\/ ]${MONTH}[-\\/ ]${DAY}\\b`, 'gi');
// Day, month name and year in French, German, Italian, Spanish, Dutch, Portuguese, Malay or Indonesian (accents folded): "5 marzo 1931", "4 de marzo de 2024".
const EU_MONTH_DATE = new RegExp(`\\b${DAY}\\.?[ \\t](?:de[ \\t])?(?:janvier|fevrier|mars|avril|mai|juin|juillet|aout|septembre|octobre|novembre|decembre|januar|februar|marz|maerz|juni|juli|oktober|dezember|gennaio|febbraio|marzo|aprile|maggio|giugno|luglio|agosto|settembre|ottobre|dicembre|enero|febrero|abril|mayo|junio|julio|septiembre|octubre|noviembre|diciembre|januari|februari|maart|mei|augustus|mac|julai|ogos|disember|maret|agustus|desember|janeiro|fevereiro|marco|mar\u00e7o|maio|junho|julho|setembro|outubro|dezembro)[ \\t](?:de[ \\t])?${YEAR}\\b`, 'gi');
// Ages over 89 in words: "ninety-one-year-old", "aged ninety three", "one hundred and two years".
const AGE_WORDS = /\b(?:(ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)[ -]hundred(?:[ -](?:and[ -])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)(?=[ \t-]?(?:years?\b|yrs?\b|y\/?o\b|-year-old))|(?<=\b(?:aged?:?|age[ \t]of)[ \t]{1,2})(ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|one[ -]hundred(?:[ -](?:and[ -])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b)/gi;

// An age over 89 in words, its context read as a number's (`isAgeInContext`), or after an age word or a verb of being
// ("is ninety-one", "aged one hundred and two") when no unit follows. The one rule for ages in words outside AGE_WORDS.
const AGE_SPELLED = /\b(?:ninety(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|(?:one|a)[ -]hundred(?:[ -](?:and[ -])?(?:one|two|three|four|five|six|seven|eight|nine|ten))?)\b(?![ \t-]?(?:years?\b|yrs?\b|y\/?o\b|-year|-yr|percent|per[ \t]cent|%))/gi;
const VERB_BEFORE_SPELLED = /\b(?:aged?|is|was|turned)[ \t]+$/i;
// Plural quantity words, as after ninety or a hundred (quantity-words.ts; the words this rule has always read). "%"
// stays inside the word end, as it was (it stops a value only before a letter).
const SPELLED_UNIT_WORDS = quantityAlternation(without(COUNTS, ['x']), without(LENGTH, ['mm', 'cm', 'km']),
  only(HOURS, ['minutes', 'mins', 'hours', 'seconds']), only(DAYS, ['days', 'weeks']), only(MASS, ['pounds', 'kg', 'kilos']),
  only(SUBSTANCE, ['units']));
const UNIT_AFTER_SPELLED = new RegExp(`^[ \\t]*(?:${SPELLED_UNIT_WORDS}|%)\\b`, 'i');
// A verb of being or reaching an age, then perhaps an adverb of time or nearness (fifteenth pass): "is 93", "will be 101",
// "has just turned 92", "is almost 100", "will turn 95". Shared by the person, title, given-name and relative wordings.
const AGE_VERB = '(?:is|was|turned|turns|reached|will[ \\t]+(?:be|turn)|(?:has|had)[ \\t]+(?:just[ \\t]+)?(?:turned|reached)|is[ \\t]+(?:approaching|nearing))[ \\t]+(?:(?:now|nearly|almost|just|about)[ \\t]+)?';
// One person's age-group noun (not a plural: "in nonagenarians the risk rises" is about a group).
const AGE_NOUN = /\b(?:nonagenarian|centenarian|supercentenarian)\b(?![s\-])/gi;
// A titled person, a dash, the age and a dash or comma: "Mrs Bell - 94 - lives alone".
const TITLED_DASH_BEFORE = /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+[A-Z][a-z'\u2019\-]+(?:[ \t]+[A-Z][a-z'\u2019\-]+)?[ \t]*[-\u2013\u2014][ \t]*$/;
// Ages over 89 as a decade ("in her 90s", "in his late nineties", "a man in his 100s"): the decade itself tells the age.
// Read from the number back (numbers are rarer than words, so the scans stay cheap).
const DECADE = /\b(?:(?:9|1[01])0'?s|nineties)\b/gi;
// The decade after an age label too ("Age: late 90s", "aged mid-90s"); not "in the 90s", which measurements say (sats, BP).
const DECADE_BEFORE = /(?:\b(?:in|into)[ \t](?:his|her|their)[ \t]|\bage[d]?[ \t]*[:\-]?[ \t]*)(?:(?:early|mid|late|upper)[ \t-]?)?$/i;
// The decade of life as an ordinal: the tenth (ages 90-99) and eleventh (100-109), as clinical writing says it.
const DECADE_OF_LIFE = /\b(?:tenth|eleventh|10th|11th)[ \t]+decade\b/gi;
// A vague tail on an age: "ninety-something", "90-odd", "ninety-ish" (the tail is part of the age).
const VAGUE_TAIL = /^-?(?:something|odd|ish)\b/i;
// A relative's age after the relation word, a name perhaps between: "Wife is 93", "her mother (94)", "sister Graziella (94)",
// "husband, 91,". Not before a unit or a decimal ("father is 95 kg", "mother 98.6").
const AGE_NUMBER = /\b(?:9\d|1[01]\d)\b(?![.\/]\d|[ \t]*(?:%|mg|kg|lbs?|cm|min|mins|hrs?|bpm|beats|years[ \t]ago|yrs[ \t]ago|[a-z]*[ \t]*(?:degrees|f\b|c\b)))/gi;
const RELATIVE_BEFORE = new RegExp(`\\b(?:wife|husband|spouse|partner|mother|father|mom|mum|dad|sister|brother|aunt|uncle|grandmother|grandfather|grandma|grandpa|granny|gran|nan|nana|nanna|grandad|granddad|grandmum|grandmom|neighbou?r|friend)(?:[ \\t][A-Z][a-z]+)?(?:[ \\t]+(?:${AGE_VERB}|aged?[ \\t]+)|[ \\t]*\\([ \\t]*|,[ \\t]*)$`, 'i');
// A relative named in full, then the age verb (fifteenth pass, lother): "her gran Ishbel Munro is 95". Case-sensitive: the two
// names are capitalised words (Unicode letters: "Bergström").
const RELATIVE_NAMED_BEFORE = new RegExp(`\\b(?:wife|husband|spouse|partner|mother|father|mom|mum|dad|sister|brother|aunt|uncle|grandmother|grandfather|grandma|grandpa|granny|gran|nan|nana|nanna|grandad|granddad|neighbou?r|friend)[ \\t]+\\p{Lu}[\\p{Ll}'\u2019\\-]+[ \\t]+\\p{Lu}[\\p{Ll}'\u2019\\-]+[ \\t]+${AGE_VERB}$`, 'u');
// Other wordings of a person's age (general English forms, not read from a note): "alive at 98", "died aged 96",
// "He's 93", "Pt F 91" (sex before age, as triage lines write it).
const AGE_CONTEXT_BEFORE = new RegExp('(?:' + [
  '\\b(?:alive|living|died|deceased|passed[ \\t]away|death)[ \\t]+(?:at|aged?)[ \\t]+(?:the[ \\t]+age[ \\t]+of[ \\t]+)?',
  "\\b(?:he|she|who|pt|patient)['\\u2019]s[ \\t]+(?:(?:now|nearly|almost|approaching|nearing)[ \\t]+)?",
  `\\b(?:he|she|they|who|pt\\.?|patient)[ \\t]+${AGE_VERB}`, "\\b(?:he|she|they|who)['\\u2019]ll[ \\t]+(?:be|turn)[ \\t]+",
  // "whose age is 94", "Having reached 95, he": the age as an attribute or a milestone (fifteenth pass).
  '\\bwhose[ \\t]+age[ \\t]+(?:is|was)[ \\t]+', '\\bhaving[ \\t]+reached[ \\t]+',
  '\\b(?:pt|patient)[ \\t]+(?:[MF]|male|female)[ \\t,]+', '(?<![\\w/])[MF][ \\t]?\\/[ \\t]?',
  // "turning 91 next week"; a triage line that opens on the sex: "F, 94, admitted via ED".
  '\\b(?:turning|turns|turned)[ \\t]+',
  // The person speaking of themself, as portal messages and letters quote them: "I'm 94", "I am 91 now", "I'll be 90".
  "\\bi(?:['\\u2019]m|[ \\t]+am|[ \\t]+was|['\\u2019]ll[ \\t]+be|[ \\t]+will[ \\t]+be)[ \\t]+(?:now[ \\t]+|nearly[ \\t]+|almost[ \\t]+)?", '(?:^|[\\n.;][ \\t]*)(?:[MF]|male|female),[ \\t]*',
  // Labels of an age: "age at death 94", "Age (years): 93", "Age in years: 96", "age ~ 92", "at the age of 93", "ages 91".
  '\\bages?(?:[ \\t]+at[ \\t]+(?:death|onset|diagnosis|admission|presentation|visit|referral))?(?:[ \\t]*\\((?:years|yrs|y)\\)|[ \\t]+in[ \\t]+years)?[ \\t]*(?:[:~=(|]|[-\\u2013\\u2014](?=[ \\t]))?[ \\t]*(?:~|approx\\.?|about)?[ \\t]*',
  '\\bage[ \\t]+of[ \\t]+', '\\b(?:man|woman|lady|gentleman|gent|male|female|patient|widow(?:er)?)[ \\t]+of[ \\t]+',
  // "Despite being 93, he ...": a person's state of being a number is an age (a unit or a percentage after it is not).
  '\\bbeing[ \\t]+',
  // A birth date with the age after it in brackets or after "now": "DOB 1931 (93)", "DOB 1931, now 93".
  '\\b(?:dob|d\\.o\\.b\\.?|born)\\b[^\\n()]{0,24}(?:\\(|[,;]?[ \\t]+now[ \\t]+)',
  // A relative's age at death in brackets: "Mother (d. 96)", "father (died 94)".
  '\\((?:d\\.|died)[ \\t]*(?:at[ \\t]+|aged[ \\t]+)?',
  // The age-group noun with the age beside it: "Nonagenarian (94)", "a centenarian, 101,".
  '\\b(?:nonagenarian|centenarian|supercentenarian)[ \\t]*[(,]?[ \\t]*',
  // Fourteenth pass: the age as the subject's attribute ("Her age is 92", "Age of patient: 91"), an approximate age after
  // "aged" ("aged about 93"), an age reached ("lived to 98", "survived to the age of 101"), a person noun that is an age
  // ("This lady is 94", "the gentleman was 93").
  '\\b(?:his|her|their|(?:the[ \\t]+)?(?:patient|pt)[\'\\u2019]s)[ \\t]+(?:current[ \\t]+)?age[ \\t]+(?:is|was)[ \\t]+(?:now[ \\t]+)?',
  '\\bage[ \\t]+of[ \\t]+(?:the[ \\t]+)?(?:patient|pt|client|resident)[ \\t]*[:\\-\\u2013][ \\t]*',
  '\\baged[ \\t]+(?:about|around|approximately|approx\\.?|roughly|nearly|almost|circa|c\\.|~)[ \\t]*',
  '\\b(?:lived|survived|lives|living)[ \\t]+(?:to|until|till)[ \\t]+(?:the[ \\t]+(?:ripe[ \\t]+(?:old[ \\t]+)?)?age[ \\t]+of[ \\t]+|be[ \\t]+)?',
  `\\b(?:this|the|our|a)[ \\t]+(?:lady|gentleman|gent|man|woman|widow(?:er)?|resident|client|patient)[ \\t]+${AGE_VERB}`,
  // An age label read at a time ("Age now 95", "Age on admission: 93"), a person noun with the age in brackets ("Elderly
  // gentleman (93)").
  '\\bage[ \\t]+(?:now|today|currently|on[ \\t]+(?:admission|arrival|referral))[ \\t]*[:\\-]?[ \\t]*',
  '\\b(?:man|woman|lady|gentleman|gent|widow(?:er)?|resident|client)[ \\t]*\\([ \\t]*',
].join('|') + ')$', 'i');
// A titled person with the age in brackets: "Mr. Okafor (93)", "Mrs Ann Lee (101)".
const TITLED_BEFORE_AGE = /\b(?:Mr|Mrs|Ms|Miss|Mx)\.?[ \t]+[A-Z][a-z'\u2019\-]+(?:[ \t]+[A-Z][a-z'\u2019\-]+)?[ \t]*\($/;
// A person's name with the age in brackets after it, no title: "James (91) lives alone", "Okafor (94)".
const NAME_BEFORE_AGE = /\b([A-Z][a-z'\u2019\-]+)[ \t]*\($/;
/** The text before a bracketed number ends on a word a name list holds and no clinical list does. */
function namedBeforeAge(before: string, lex: Lexicon): boolean {
  const w = NAME_BEFORE_AGE.exec(before)?.[1]?.toLowerCase();
  // An English word only as a given name ("Rose (91)"): a surname that is a word is more often a ward, bed or bay ("Ward (94)").
  if (w !== undefined && (lex.firstNames.has(w) || (lex.surnames.has(w) && !lex.common.has(w))) && !lex.clinical.has(w)) return true;
  // A given name and a surname no list need hold: "Edith Okonkwo-Hale (94)".
  const given = GIVEN_SURNAME_BEFORE_AGE.exec(before)?.[1]?.toLowerCase();
  return given !== undefined && lex.firstNames.has(given) && !lex.clinical.has(given);
}
const GIVEN_SURNAME_BEFORE_AGE = /\b([A-Z][a-z'\u2019]+)[ \t]+[A-Z][a-z'\u2019\-]+[ \t]*\($/;
// A given name (and a surname) who is an age: "Doris is 94.", "Arthur Pendle turned 100". The first word must be a given
// name no clinical list holds.
// Letters of any script's alphabet (fifteenth pass, lother: "Bergström", "Kováčová" are names too).
const GIVEN_IS_AGE = new RegExp(`(?<![\\p{L}\\p{N}])(\\p{Lu}[\\p{Ll}'\u2019]+)(?:[ \\t]+(\\p{Lu}[\\p{Ll}'\u2019\\-]+))?[ \\t]+${AGE_VERB}$`, 'u');
/** A word no list of English or clinical words holds: a name's shape. */
function unlistedWord(w: string, lex: Lexicon): boolean {
  return !lex.common.has(w) && !lex.clinical.has(w) && !lex.places.has(w);
}
function givenIsAge(before: string, lex: Lexicon): boolean {
  const m = GIVEN_IS_AGE.exec(before);
  const w = m?.[1]?.toLowerCase();
  if (w === undefined) return false;
  if (lex.firstNames.has(w) && !lex.clinical.has(w) && !lex.common.has(w)) return true;
  // Two capitalised words neither of which is an English, clinical or place word are a given name and a surname no list
  // need hold ("Ginikanwa Ezeudu is 103"); "Heart Rate is 95" and "Oxygen Saturation was 92" are words.
  const second = m?.[2]?.toLowerCase();
  return second !== undefined && unlistedWord(w, lex) && unlistedWord(second, lex);
}
// A person named in full, a comma, the age and a comma: "Tevita Fonoti, ninety-four, lives ..." (the digit form is in
// letters.ts). Both words must be unlisted or the first a given name.
const FULL_NAME_COMMA = /(?<![\p{L}\p{N}])(\p{Lu}[\p{Ll}'\u2019]+)[ \t]+(\p{Lu}[\p{Ll}'\u2019\-]+),[ \t]*$/u;
function fullNameCommaBefore(before: string, lex: Lexicon): boolean {
  const m = FULL_NAME_COMMA.exec(before);
  const a = m?.[1]?.toLowerCase();
  const b = m?.[2]?.toLowerCase();
  if (a === undefined || b === undefined || lex.clinical.has(a) || !unlistedWord(b, lex) && !lex.surnames.has(b)) return false;
  return lex.firstNames.has(a) || unlistedWord(a, lex);
}
// A titled person who is an age: "Mr. Doyle is 97", "Ms Lin is now 92", "Mrs Ann Lee turned 100".
const TITLED_IS_AGE = new RegExp(`\\b(?:Mr|Mrs|Ms|Miss|Mx)\\.?[ \\t]+[A-Z][a-z'\u2019\\-]+(?:[ \\t]+[A-Z][a-z'\u2019\\-]+)?[ \\t]+${AGE_VERB}$`);
// "At 93, she still gardens", "At 90 he still drives", "Now 96, she lives alone": a sentence that opens on "At" or "Now"
// and an age, then a person.
const AT_AGE_BEFORE = /(?:^|[.!?:;][ \t]+|\n)(?:at|now|almost|nearly|aged)[ \t]+$/i;
// A family history line: the relative opens it, the age follows, then the relative's status ("Father 91 and well",
// "Mother 94, alive", "Brother 90 - deceased").
const RELATIVE_OPENING = /(?:^|[\n.;:][ \t]*)(?:mother|father|mum|mom|dad|sister|brother|aunt|uncle|grandmother|grandfather|wife|husband|spouse)(?:[ \t]+|[ \t]*[:\-\u2013][ \t]*)$/i;
const RELATIVE_STATUS_AFTER = /^[ \t]*(?:,|;|\(|-|and[ \t]+(?:well|alive|living|deceased|died)|alive|well|living|deceased|died)/i;
// Age before sex after a slash, as triage lines write it: "95/F", "92 / M".
const AGE_SEX_AFTER = /^[ \t]?\/[ \t]?(?:[MF]|male|female)\b|^[ \t]?\([ \t]?(?:[MF]|male|female)[ \t]?\)/;
// A person word, a comma, the age and a comma: "the patient, 91, lives alone", "a widower, 94, from home".
const PERSON_COMMA_BEFORE = /\b(?:pt|patient|resident|man|woman|lady|gentleman|gent|widow|widower|male|female)[ \t]*,[ \t]*$/i;
// An age over 89 as an ordinal of the year being lived or the birthday ("in his 97th year", "her 100th birthday", "her
// ninety-first birthday"): the ordinal is the age (Safe Harbor, 45 CFR 164.514(b)(2)(i)(C)). The whole ordinal is the span.
const NINETY_ORDINAL = '(?:ninetieth|ninety[- ](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|(?:one[- ]|a[- ])?hundredth|(?:one[- ])?hundred[- ](?:and[- ])?(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth))';
const AGE_ORDINAL = new RegExp(`\\b(?:(9\\d|1[01]\\d)(?:st|nd|rd|th)|(${NINETY_ORDINAL}))(?=[ \\t]+birthday\\b)|(?<=\\b(?:his|her|their)[ \\t]+)(?:(9\\d|1[01]\\d)(?:st|nd|rd|th)|(${NINETY_ORDINAL}))(?=[ \\t]+year\\b)`, 'gi');
const PERSON_AFTER_AGE = /^(?:,[ \t]*|[ \t]+)(?:she|he|they|the[ \t]+patient|pt|patient)\b/i;
// What follows a number that is a measurement or a count, not an age ("she's 94 on 2 L", "94 over 60").
// Thirteenth-session review: a distance, a time or a weight after the number ("I am 100 metres from", "I will be 90 minutes").
// "on" then a date is the day the age was reached or held ("turned 101 on Sunday", "was 104 on the 9th of June"); "on"
// then anything else is a support or a setting ("94 on room air", fifteenth pass, lother).
export const NOT_AGE_AFTER = /^[ \t]*(?:on(?![ \t]+(?:the[ \t]+\d|\d{1,2}(?:st|nd|rd|th)?[ \t]+(?:of[ \t]+)?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{1,4}[\/.\-]\d{1,2}[\/.\-]\d|(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tues?|weds?|thu|thurs?|fri|sat|sun)\b|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+\d|(?:his|her|their)[ \t]+birthday))|of|over|out|at|in|for|x\b|times|percent|points?|units?|beats|breaths|degrees?|deg\b|\u00b0|%|met(?:re|er)s\b|m\b|km\b|miles?\b|yards?\b|feet\b|ft\b|minutes?\b|mins?\b|hours?\b|hrs?\b|seconds?\b|secs?\b|days?\b|weeks?\b|pounds\b|lbs?\b|kg\b|kilos?\b|stone\b)/i;
// A ZIP code after its label ("ZIP 02139", "Zip code: 10027-1234").
const ZIP_LABEL = /\b(?:zip(?:[ \t]?code)?|postal[ \t]code)\b[ \t:#.]{1,3}(\d{5}(?:-\d{4})?)\b/gi;

// Unit, flat and suite numbers ("Apt 12C", "Flat No. 12", "Suite 400", "Unit 7/42", Indian "Sector 15"); capitalised,
// with a digit, and no unit after it ("Unit 4 mg" does not occur, but a count must not read as an address).
const UNIT_NUMBER = /\b(?:Flat|Apt\.?|Apartment|Suite|Ste\.?|Unit|Sector)(?:[ \t](?:No\.?|#))?[ \t]{1,2}#?(?=\d)[0-9][0-9A-Za-z]{0,4}(?:[\/\-][0-9A-Za-z]{1,5})?\b(?![ \t]*(?:mg|mcg|ml|units?|iu|days?|weeks?|hours?|hrs?|%)\b)/g;
// Spanish and Italian floor and door after a street ("4º B", "3ª izq.").
const FLOOR_DOOR = /\b\d{1,2}[\u00ba\u00aa][ \t]?(?:[A-Z]\b|izq(?:da)?\.?|dcha\.?|int\.?[ \t]?\d{1,3})/g;
const PO_BOX_WHOLE = /\b(?:G\.?P\.?O\.?[ \t])?P\.?[ \t]?O\.?[ \t]{0,2}Box[ \t]{1,2}#?\d{1,6}\b|\b(?:Locked|Private)[ \t]Bag[ \t]{1,2}\d{1,6}\b/gi;
// Streets named without a house number ("our Wexford Road site", "Great George Street"): title-case words before a
// street word that no clinical phrase ends on (Drive, Way, Court and Place are left out: "respiratory Drive").
const STREET_NAMED = /\b(?:[A-Z][a-z]+[ \t]){1,3}(?:Road|Street|Avenue|Lane|Crescent|Mews|Terrace|Boulevard)\b/g;
const LEADING_STOP = /^(?:(?:The|At|On|In|Our|To|From|Via|And|Or|Of|For|Near|Off|Opposite|Behind|Address|Clinic|Home|Site|Seen|Lives|Living)[ \t])+/;
// European street forms, accents folded: German compounds with the number after (Hauptstrasse 12), Romance and Dutch
// street words before the name and number (Calle de Alcala 120, Via Garibaldi 22), French number-first (14 rue des Lilas).
const EU_STREET = /\b[A-Z][a-z]+(?:stra(?:ss|s)e|str\.|weg|platz|gasse|allee|damm|ufer|straat|laan|gracht|plein)[ \t]\d{1,4}[a-z]?\b|\b(?:Calle|Avenida|Avda\.|Paseo|Plaza|Carrer|Rua|Via|Viale|Piazza|Corso|Largo|Rue|Boulevard|Chemin|Quai|Impasse)[ \t](?:(?:de|del|della|dei|di|da|do|dos|das|du|des|la|le|les|los|las)[ \t]|[ld]')?(?:[A-Z][a-z]+)(?:[ \t][A-Z][a-z]+){0,2},?[ \t]\d{1,4}[a-z]?\b|\b\d{1,4}(?:[ \t]?(?:bis|ter))?,?[ \t](?:[Rr]ue|avenue|boulevard|bd|place|chemin|allee|quai|impasse|route)[ \t](?:(?:de|du|des|la|le|les)[ \t]|[ld]')*[A-Z][a-z]+(?:[ \t\-][A-Z][a-z]+){0,2}/g;

// At most six words ("Newcastle upon Tyne", "Saint-Jean-de-Luz" take three or four): unbounded, a long run of
// capitalised words was retried from each of its words, quadratic in the line's length.
const TOWN = "[A-Z][a-z]+(?:[ \\-](?:[A-Z][a-z']+|upon|on|le|en|under|by|in|de|sur)){0,5}";
// A town before an Australian state and postcode ("Parramatta NSW 2150"); the postcode is a ZIP.
const AU_TOWN = new RegExp(`\\b(${TOWN}),?[ \\t]{1,2}(?:NSW|VIC|Vic|QLD|Qld|SA|WA|TAS|Tas|NT|ACT)\\.?[ \\t]{1,2}(\\d{4})(?![\\w\\-])`, 'g');
// A town before a US state or Canadian province and its ZIP or postal code ("Costa Mesa, CA 92627-1804", "Toronto, ON M6K 1J3").
const NA_TOWN = new RegExp(`\\b(${TOWN}),[ \\t]{1,2}(?:${stateCodeAlternation()}|ON|QC|BC|AB|MB|SK|NS|NB|NL|PE|YT|NU)\\.?[ \\t]{1,2}(?:\\d{5}(?:-\\d{4})?|[A-Z]\\d[A-Z][ \\t]?\\d[A-Z]\\d)\\b`, 'g');
// A town right before a UK postcode or an Irish Eircode ("Harrogate HG1 5DP", "Chelmsford, CM2 0PQ").
const UK_TOWN = new RegExp(`\\b(${TOWN}),?[ \\t]{1,2}(?=(?:[A-PR-UWYZ][A-HK-Y]?\\d[A-Z\\d]?[ \\t]{1,2}\\d[ABD-HJLNP-UW-Z]{2}|[AC-FHKNPRTV-Y]\\d{2}[ \\t]?[0-9AC-FHKNPRTV-Y]{4})(?![\\w\\-]))`, 'g');
// Its shape without the lookbehind and lookaheads, as a cheap test first (speed: the full scan cost 2 % of detection).
const EIRCODE_HINT = /(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?[0-9AC-FHKNPRTV-Y]{4}\b/;
const EIRCODE = /(?<![\w\-])(?:[AC-FHKNPRTV-Y]\d{2}|D6W)[ \t]?(?=[0-9AC-FHKNPRTV-Y]{4}\b)(?=[A-Z]*\d)(?=\d*[A-Z])[0-9AC-FHKNPRTV-Y]{4}(?![\w\-])/g;
// A town, optionally its state, and a six-digit Indian PIN after a comma ("…, Noida 201301", "Thrissur, Kerala 680001").
const IN_TOWN = new RegExp(`,[ \\t]{0,2}(${TOWN})(?:,[ \\t]{0,2}(?:Andhra Pradesh|Assam|Bihar|Chhattisgarh|Delhi|Goa|Gujarat|Haryana|Himachal Pradesh|Jharkhand|Karnataka|Kerala|Madhya Pradesh|Maharashtra|Odisha|Punjab|Rajasthan|Tamil Nadu|Telangana|Uttar Pradesh|Uttarakhand|West Bengal|[A-Z]{2}))?[ \\t]{0,2}[-\\u2013]?[ \\t]{0,2}([1-8]\\d{5})(?![\\w\\-]|[.,]\\d)`, 'g');
// A European postcode before the town, after a comma that closes a street with a number ("Hauptstrasse 12, 10115 Berlin").
// Also the dashed and spaced shapes of Portugal (4050-265), Brazil (01310-100), Poland (00-238) and Sweden, Czechia,
// Slovakia and Greece (114 55), from the national postal formats (UPU).
const EU_TOWN = new RegExp(`,[ \\t]{0,2}((?:[A-Z]{1,2}-)?\\d{4,5}(?:[ \\t][A-Z]{2})?|\\d{4,5}-\\d{3}|\\d{2}-\\d{3}|\\d{3}[ \\t]\\d{2})[ \\t]{1,2}(${TOWN})`, 'g');
// A town after a facility and a comma ("St Brigid's Hospital, Galway"), ending the phrase.
const FACILITY_TOWN = new RegExp(`\\b(?:Hospital|Infirmary|Surgery|Clinic|Centre|Center|Lodge|Care Home|Nursing Home|Pharmacy|Practice|Hospice|Villas|Manor|Haulage|Ltd|Limited|Inc)\\.?,[ \\t]{1,2}(${TOWN})(?=[ \\t]*(?:[.,;)\\n]|$))`, 'g');
// Capitalised, as a town is written here (address.ts keeps the list).
const NOT_TOWN = new RegExp(`^(?:${NOT_TOWN_WORDS.split('|').map((w) => w[0]?.toUpperCase() + w.slice(1)).join('|')}|Attention|Outpatients|Inpatients)$`);

// Labels of identifiers that international.ts and patterns.ts do not know, and values in groups: spaced ("RX1 448
// 2210", "PJN 804512 S", "2123 45670 1"), slashed ("SLP/2024/00391") or dashed with letters ("3A52-XY").
const LABEL_WORDS = /\b(?:(aadhaa?r|abha|medicare(?:[ \t]card)?|health[ \t]card|ohip|mbi|insurance|policy|member|kvnr|versicherungsnummer|tessera sanitaria)|(uhid|hosp(?:ital)?|ip|op|cr|unit|patient|pt|study|chart|case|file|rx|prescription|claim|incident|donor|passport|pps|ppsn|sin|nir|insee|bsn|nhi|ihi|dva|codice fiscale|tax|pan|personnummer|cpr(?:-nr\.?)?|f(?:o|\u00f8)dselsnummer|henkil(?:o|\u00f6)tunnus|pesel|dni|nie|nif|nino|national[ \t]insurance|national[ \t]id|ahv|avs|cpf|rut|run|nric|fin|ic|mykad|curp|hkid|cnp|egn|oib|jmbg|emso|barcode|wristband|accession|spec(?:imen)?|access[ \t]code)|(serial|ser\.?|lot|batch|device|implant|imei|meid|iccid|esn|mac[ \t]address)|(acct|account|billing|invoice)|(licen[cs]e|lic\.?))\b(?:[ \t]{1,2}(?:no\.?|number|num|#|id|udi|sn|file[ \t]no\.?))?[ \t]{0,2}[:#.]?[ \t]{0,2}(?=[A-Z0-9])/gi;
// Short labels that are also words or abbreviations ("ip" = inpatient, "sin", "pan", "case", "file", "unit", "tax")
// must carry "no", "#", "number" or a colon (capitals prove nothing: many nursing notes are all capitals).
const WEAK_LABEL = /^(?:ip|op|cr|unit|case|file|rx|tax|pan|sin|nir|pps|ser\.?|patient|pt|study|chart|donor|claim|incident|prescription|hosp(?:ital)?|dni|nie|nif|ahv|avs|lic\.?|run|fin|ic|spec(?:imen)?|cnp|egn|oib|rut)$/i;

function scan(re: RegExp, text: string, fn: (m: RegExpExecArray) => void): void {
  re.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = re.exec(text)) !== null) fn(m);
}

function detectLabelValues(text: string, push: Push): void {
  detectPoliceNumbers(text, push);
  scan(LABEL_WORDS, text, (m) => {
    const word = (m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? '').toLowerCase();
    const tail = m[0].slice(word.length);
    const at = m.index + m[0].length;
    // After a label that says number or ID, a dashed pair is an identifier ("Pt ID 4421-993"), not a range.
    const v = groupedValue(text, at, /(?:no|number|num|#|id)/i.test(tail));
    if (!v) return;
    // A weak label without "no", "#" or a colon needs a value of eight digits or more, which no count, dose, score or run
    // of a test is written with ("IC 790514-10-6612", "Spec C24-448120"; fifteenth pass, lother).
    const long = digitCount(v.value) >= 8;
    if (WEAK_LABEL.test(word) && !/(?:no|number|num|#|id|:)/i.test(tail) && !long) return;
    // "Rx:" heads a treatment and "Patient:" a sentence in all-capitals notes; their numbers carry "no", "#" or "ID".
    if (/^(?:rx|patient|pt|study|chart|case)$/.test(word) && !/(?:no|number|num|#|id)/i.test(tail)) return;
    push(at, v.end, m[1] ? 'HEALTH_PLAN' : m[3] ? 'DEVICE' : m[4] ? 'ACCOUNT' : m[5] ? 'LICENSE' : 'ID');
  });
}

// A police officer's collar, shoulder, badge or warrant-card number (three to six digits, perhaps a force letter or two
// first), when a police word stands within the 64 characters before: "collar" alone is also the cervical collar.
const POLICE_NUMBER = /\b(?:collar|shoulder|badge|warrant[ \t]card)(?:[ \t](?:no\.?|number|#))?[ \t]{0,2}[:#]?[ \t]{0,2}([A-Z]{0,2}\d{3,6})(?![\w\-\/:]|\.\d|[ \t]*(?:%|mm|cm|kg|mg|ml|hrs?|h|min|days?)\b)/gi;
const POLICE_BEFORE = /\b(?:police|polizei|politie|policia|pol[ií]cia|gendarmerie|garda|PCSO|PC|DC|DS|Sgt|sergeant|constable|officer|inspector)\b/i;

// The cervical collar's kinds ("c-collar", "hard collar", "Aspen collar") and a joint's side.
const CERVICAL_BEFORE = /(?:\bc-?|\b(?:hard|soft|cervical|neck|spinal|aspen|miami|philadelphia|stiff|left|right|l|r)[ \t])$/i;

function detectPoliceNumbers(text: string, push: Push): void {
  if (!/collar|shoulder|badge|warrant/i.test(text)) return;
  scan(POLICE_NUMBER, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 64), m.index);
    if (!POLICE_BEFORE.test(before) || CERVICAL_BEFORE.test(before)) return;
    const v = m[1] ?? '';
    push(m.index + m[0].length - v.length, m.index + m[0].length, 'ID');
  });
}

const HAS_MONTH = /(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)/i;
const ORDINAL_HINT = /\d(?:st|nd|rd|th)\b[ \t]*(?:,|and|&|or)/i;

// Social Security numbers after their label, as SSA writes them (area-group-serial, any dash or space or none) or in
// part: "ending in 6789", "last four 6789", a masked "xxx-xx-6789" (the four digits left still narrow who it is).
const SSN_LABELLED = /\b(?:ssn|ss#|ss[ \t]?no\.?|soc(?:ial)?\.?[ \t]sec(?:urity)?\.?(?:[ \t](?:number|no\.?|#|card))?)[ \t:#.]{0,3}(?:(?:is|was|number|no\.?|#|ending[ \t]in|ends[ \t]in|last[ \t](?:four|4)(?:[ \t]digits)?(?:[ \t]of)?)[ \t:#]{0,3}){0,2}((?:[xX*\u2022#]{3}[-\u2013\u2014 ]?[xX*\u2022#]{2}[-\u2013\u2014 ]?)?\d{3}([-\u2013\u2014. ]?)\d{2}\2\d{4}|(?:[xX*\u2022#]{3}[-\u2013\u2014 ]?[xX*\u2022#]{2}[-\u2013\u2014 ]?)?\d{4})(?![\w\/]|[.,]\d)/gi;
const SSN_MASKED = /(?<![\w\-])[xX*\u2022#]{3}-[xX*\u2022#]{2}-(\d{4})(?![\w\-])/g;
// An SSN written with en or em dashes (a word processor's autocorrect): the same shape as 123-45-6789.
const SSN_DASHES = /(?<![\w\-\u2013\u2014])\d{3}([\u2013\u2014])\d{2}\1\d{4}(?![\w\-\u2013\u2014])/g;
// A device's hardware address (MAC, EUI-48): six hex pairs joined by colons or hyphens; nothing clinical is written so.
const MAC_ADDRESS = /(?<![\w:\-])[0-9A-Fa-f]{2}([:\-])(?:[0-9A-Fa-f]{2}\1){4}[0-9A-Fa-f]{2}(?![\w:\-])/g;

function detectNumberForms(text: string, push: Push): void {
  if (/ss|soc/i.test(text)) scan(SSN_LABELLED, text, (m) => {
    const v = m[1] ?? '';
    const at = m.index + m[0].length - v.length;
    // A masked value keeps only its digits as PHI; the mask identifies no one.
    const digitsAt = v.search(/\d/);
    push(at + digitsAt, at + v.length, 'SSN');
  });
  if (/[xX*\u2022#]{3}-/.test(text)) scan(SSN_MASKED, text, (m) => push(m.index + m[0].length - 4, m.index + m[0].length, 'SSN'));
  if (/[\u2013\u2014]/.test(text)) scan(SSN_DASHES, text, (m) => push(m.index, m.index + m[0].length, 'SSN'));
  if (/[0-9A-Fa-f]{2}[:\-][0-9A-Fa-f]{2}[:\-][0-9A-Fa-f]{2}[:\-]/.test(text)) scan(MAC_ADDRESS, text, (m) => push(m.index, m.index + m[0].length, 'DEVICE'));
}

/**
 * Whether a weekday joins the numeric date after it. With a year, when the numbers read as a date in either order. Without
 * one, when the first number is a day past 12 ("Wed 20/03"), or the weekday is written in title case before a month-first
 * m/d ("Thursday 11/21", as letters write it); the nursing style ("MON 3/4", "monday 8/28") keeps its weekday out, as that
 * standard draws it.
 */
function weekdayJoins(m: RegExpExecArray): boolean {
  const a = Number(m[2]);
  const b = Number(m[4]);
  if (m[5] !== undefined) return readDotted(a, b, m[5], undefined) !== undefined;
  if (m[3] === '-') return false;
  if (a > 12 && a <= 31 && b >= 1 && b <= 12) return true;
  return m[3] === '/' && /^[A-Z][a-z]/.test(m[1] ?? '') && a >= 1 && a <= 12 && b >= 1 && b <= 31;
}

// The core of a day range and the month beside it, for a cheap test before the MONTH_RANGE scan (speed: nursing notes
// hold many ranges of numbers and month-like letters, rarely side by side).
// Built from MONTH_RANGE's own parts, so the gate reads every range the scan does.
const RANGE_CORE = new RegExp(`${DAY}${ORD}?${RANGE_SEP}${DAY}${ORD}?`, 'gi');
const MONTH_THEN = new RegExp(`\\b(?:${MONTHS})\\.?[ \\t]$`, 'i');
const THEN_MONTH = new RegExp(`^[ \\t](?:of[ \\t])?(?:${MONTHS})\\b`, 'i');

function rangeNextToMonth(text: string): boolean {
  RANGE_CORE.lastIndex = 0;
  for (let m = RANGE_CORE.exec(text); m !== null; m = RANGE_CORE.exec(text)) {
    const end = m.index + m[0].length;
    if (MONTH_THEN.test(text.slice(Math.max(0, m.index - 12), m.index)) || THEN_MONTH.test(text.slice(end, end + 14))) return true;
    RANGE_CORE.lastIndex = m.index + 1;
  }
  return false;
}

function detectDateForms(text: string, lex: Lexicon, push: Push): void {
  const date = (m: RegExpExecArray): void => {
    // "may" and "march" are verbs too: a lowercase one needs a digit next to it in the match.
    if (/\b(?:may|march)\b/.test(m[0]) && !/\d/.test(m[0])) return;
    push(m.index, m.index + m[0].replace(/[., \t]+$/, '').length, 'DATE');
  };
  // Each scan runs only when a cheap test finds its anchor: most notes hold none of these forms (speed). The month test is
  // asked once.
  const month = HAS_MONTH.test(text);
  if (/\b(?:mon|tue|wed|thu|fri|sat|sun)/i.test(text)) {
    scan(WEEKDAY_DATE, text, date);
    scan(WEEKDAY_NUMERIC, text, (m) => { if (weekdayJoins(m)) push(m.index, m.index + m[0].length, 'DATE'); });
  }
  if (/(?:irst|econd|hird|th)[ \t]of[ \t]|[ \t](?:the[ \t])?(?:fi|se|th|fo|ei|ni|te|el|tw)[a-z-]*(?:st|nd|rd|th)\b/i.test(text)) scan(SPELLED_DATE, text, date);
  if (month && rangeNextToMonth(text)) scan(MONTH_RANGE, text, (m) => {
    // "1-2 May" and "3-4 march" could be counts before a verb: a lowercase may/march is left.
    if (/\b(?:may|march)\b/.test(m[0])) return;
    push(m.index, m.index + m[0].replace(/[., \t]+$/, '').length, 'DATE');
  });
  if (month && /[ \t]'\d\d\b/.test(text)) {
    scan(APOS_YEAR_DATE, text, date);
    scan(MONTH_APOS_YEAR, text, date);
  }
  if (month) scan(YEAR_FIRST_MONTH, text, date);
  if (/(?:19|20)\d\d-\d-|(?:19|20)\d\d-\d\d?-\d\b/.test(text)) scan(ISO_UNPADDED, text, date);
  if (month && /[a-z]\.?(?:[ \t]?[-\u2013][ \t]?|[ \t]+(?:to|and|through|thru|until|till|or)[ \t]+)[A-Z]/i.test(text)) scan(MONTH_TO_MONTH, text, (m) => {
    const [a = '', b = ''] = [m[1], m[2]];
    if (!/^[A-Z]/.test(a) || !/^[A-Z]/.test(b) || /^(?:May|March)$/.test(a) && m.index === 0) return;
    const at2 = m.index + m[0].length - b.length;
    push(m.index, m.index + a.length, 'DATE');
    // The second month alone is a date element too; with a year or day after it other scans take the longer span.
    push(at2, at2 + b.length, 'DATE');
  });
  if (month && /\d[ \t]+(?:and|&)[ \t]+\d/.test(text)) scan(DAY_LIST, text, (m) => {
    if (!/^[A-Z]/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1))) return;
    for (const d of m[0].matchAll(/\d{1,2}/g)) push(m.index + d.index, m.index + d.index + d[0].length, 'DATE');
  });
  if (month && /\d[ \t]+(?:and|&|or)[ \t]+\d/.test(text)) scan(MONTH_DAY_PAIR, text, (m) => {
    if (!/^[A-Z]/.test(m[0]) || /^(?:May|March)\b/.test(m[0]) && m.index === 0) return;
    const d = m[1] ?? '';
    push(m.index + m[0].length - d.length, m.index + m[0].length, 'DATE');
  });
  if (month && ORDINAL_HINT.test(text)) scan(ORDINAL_PAIR, text, (m) => {
    if (/\b(?:may|march)\b/.test(m[0])) return;
    const d = m[1] ?? m[2] ?? '';
    const at = m[1] ? m.index + m[0].length - d.length : m.index;
    push(at, at + d.length, 'DATE');
  });
  if (/[a-z][ \t](?:de[ \t])?(?:19|20)\d\d\b/i.test(text)) scan(EU_MONTH_DATE, text, date);
  if (/0'?s\b|nineties/i.test(text)) scan(DECADE, text, (m) => {
    if (DECADE_BEFORE.test(text.slice(Math.max(0, m.index - 28), m.index))) push(m.index, m.index + m[0].length, 'AGE');
  });
  scan(AGE_NUMBER, text, (m) => {
    if (isAgeInContext(text, m.index, m.index + m[0].length, lex)) push(m.index, withVagueTail(text, m.index + m[0].length), 'AGE');
  });
  if (/decade/i.test(text)) scan(DECADE_OF_LIFE, text, (m) => push(m.index, m.index + m[0].length, 'AGE'));
  if (/(?:\d(?:st|nd|rd|th)|ieth|nth|first|second|third|th)[ \t]+(?:birthday|year)/i.test(text)) scan(AGE_ORDINAL, text, (m) => push(m.index, m.index + m[0].length, 'AGE'));
  if (/ninety|hundred/i.test(text)) {
    scan(AGE_WORDS, text, (m) => {
      const a = m[1] ?? m[2] ?? '';
      const at = m.index + m[0].indexOf(a);
      push(at, at + a.length, 'AGE');
    });
    // An age in words in the wordings of an age in digits ("she's ninety-one", "I am ninety-one", "At ninety-four, she").
    scan(AGE_SPELLED, text, (m) => {
      const end = m.index + m[0].length;
      const verb = VERB_BEFORE_SPELLED.test(text.slice(Math.max(0, m.index - 12), m.index)) && !UNIT_AFTER_SPELLED.test(text.slice(end, end + 16));
      if (verb || isAgeInContext(text, m.index, end, lex)) push(m.index, withVagueTail(text, end), 'AGE');
    });
  }
}

/** The end of an age span, grown over a vague tail right after it ("ninety-something"). */
function withVagueTail(text: string, end: number): number {
  const tail = VAGUE_TAIL.exec(text.slice(end, end + 10));
  return tail ? end + tail[0].length : end;
}

/**
 * The age-group noun of one person ("a nonagenarian", "the centenarian"): the decade itself, as "in her nineties". A note
 * whose age over 89 was found (`found`, the spans so far) gives the age itself, which is then the span (the noun is left,
 * as gold sets do); a number of 90-119 that is no age (a pulse, a saturation) does not count (fifteenth pass).
 */
export function detectAgeNouns(text: string, found: readonly PhiSpan[], push: Push): void {
  if (!/enarian/i.test(text) || found.some((s) => s.type === 'AGE')) return;
  scan(AGE_NOUN, text, (m) => push(m.index, m.index + m[0].length, 'AGE'));
}

/** A number (or number word) over 89 at [start, end) stands where a person's age stands. */
function isAgeInContext(text: string, start: number, end: number, lex: Lexicon): boolean {
  const before = text.slice(Math.max(0, start - 36), start);
  // A relative's age, an age wording or label, a titled person's bracketed age, or "At 93, she ...".
  return RELATIVE_BEFORE.test(before) ||
    (AGE_CONTEXT_BEFORE.test(before) && !NOT_AGE_AFTER.test(text.slice(end, end + 10))) ||
    (TITLED_BEFORE_AGE.test(before) && text[end] === ')') || (text[end] === ')' && namedBeforeAge(before, lex)) ||
    (TITLED_IS_AGE.test(before) && !NOT_AGE_AFTER.test(text.slice(end, end + 10))) ||
    (givenIsAge(before, lex) && !NOT_AGE_AFTER.test(text.slice(end, end + 10))) ||
    (TITLED_DASH_BEFORE.test(before) && /^[ \t]*[-\u2013\u2014,]/.test(text.slice(end, end + 4))) ||
    (AT_AGE_BEFORE.test(before) && PERSON_AFTER_AGE.test(text.slice(end, end + 16))) ||
    ((PERSON_COMMA_BEFORE.test(before) || fullNameCommaBefore(before, lex)) && text[end] === ',') ||
    (RELATIVE_NAMED_BEFORE.test(before) && !NOT_AGE_AFTER.test(text.slice(end, end + 10))) ||
    (RELATIVE_OPENING.test(before) && RELATIVE_STATUS_AFTER.test(text.slice(end, end + 12))) ||
    (!/[\d\/.]$/.test(before) && AGE_SEX_AFTER.test(text.slice(end, end + 10)));
}

function isTown(town: string, lex: Lexicon): boolean {
  if (NOT_TOWN.test(town)) return false;
  return town.split(/[ \-]/).every((w) => {
    const lw = w.toLowerCase();
    return !lex.clinical.has(lw) && (lex.places.has(lw) || !lex.common.has(lw) || /^(?:upon|on|le|en|under|by|in|de|sur)$/.test(lw) || town.includes(' '));
  });
}

function pushTown(m: RegExpExecArray, group: number, lex: Lexicon, push: Push): void {
  let town = m[group] ?? '';
  const lead = LEADING_STOP.exec(town)?.[0] ?? '';
  town = town.slice(lead.length);
  if (!town || !isTown(town, lex)) return;
  const at = m.index + m[0].indexOf(m[group] ?? '') + lead.length;
  push(at, at + town.length, 'LOCATION');
}

function detectAddresses(text: string, lex: Lexicon, push: Push): void {
  if (/\b(?:Flat|Apt|Apartment|Suite|Ste|Unit|Sector)\b/.test(text)) scan(UNIT_NUMBER, text, (m) => {
    // "Unit 4B" of a hospital is a ward; an address unit carries its street number ("Unit 7/42", "Unit 3, 45 King St").
    if (m[0].startsWith('Unit') && !m[0].includes('/') && !/^,?[ \t]{1,2}\d/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 4))) return;
    push(m.index, m.index + m[0].length, 'LOCATION');
  });
  if (/zip|postal/i.test(text)) scan(ZIP_LABEL, text, (m) => {
    const z = m[1] ?? '';
    push(m.index + m[0].length - z.length, m.index + m[0].length, 'ZIP');
  });
  if (/[\u00ba\u00aa]/.test(text)) scan(FLOOR_DOOR, text, (m) => push(m.index, m.index + m[0].length, 'LOCATION'));
  if (/box|bag/i.test(text)) scan(PO_BOX_WHOLE, text, (m) => push(m.index, m.index + m[0].length, 'LOCATION'));
  detectRouteAddresses(text, push);
  scan(STREET_NAMED, text, (m) => {
    const lead = LEADING_STOP.exec(m[0])?.[0] ?? '';
    const name = m[0].slice(lead.length);
    if (!/[ \t]/.test(name) || lex.clinical.has((name.split(/[ \t]/)[0] ?? '').toLowerCase())) return;
    push(m.index + lead.length, m.index + m[0].length, 'LOCATION');
  });
  scan(EU_STREET, text, (m) => push(m.index, m.index + m[0].length, 'LOCATION'));
  scan(AU_TOWN, text, (m) => {
    pushTown(m, 1, lex, push);
    const pc = m[2] ?? '';
    push(m.index + m[0].length - pc.length, m.index + m[0].length, 'ZIP');
  });
  scan(NA_TOWN, text, (m) => pushTown(m, 1, lex, push));
  scan(UK_TOWN, text, (m) => { if (!/(?:Road|Street|Lane|Avenue|Close|Way|Drive|Mews|Gardens)$/.test(m[1] ?? '')) pushTown(m, 1, lex, push); });
  if (EIRCODE_HINT.test(text)) scan(EIRCODE, text, (m) => push(m.index, m.index + m[0].length, 'ZIP'));
  scan(IN_TOWN, text, (m) => {
    pushTown(m, 1, lex, push);
    const pin = m[2] ?? '';
    push(m.index + m[0].length - pin.length, m.index + m[0].length, 'ZIP');
  });
  scan(EU_TOWN, text, (m) => {
    // The segment before the comma must be a street with a number, on the same line.
    const lineStart = text.lastIndexOf('\n', m.index) + 1;
    const before = text.slice(Math.max(lineStart, m.index - 48), m.index);
    const seg = before.slice(before.lastIndexOf(',') + 1);
    // "10/22/03, 1900 Neuro:" is a date, a clock time and a heading.
    if (!/\d/.test(seg) || !/[A-Za-z]{3}|[\u00ba\u00aa]/.test(seg) || /\d[\/:]\d/.test(seg) || /^[ \t]*:/.test(text.slice(m.index + m[0].length))) return;
    const pc = m[1] ?? '';
    if (listNotStreet(seg, pc)) return;
    const pcAt = m.index + m[0].indexOf(pc);
    push(pcAt, pcAt + pc.length, 'ZIP');
    pushTown(m, 2, lex, push);
  });
  scan(FACILITY_TOWN, text, (m) => pushTown(m, 1, lex, push));
}

// An age over 89 and the sex in brackets or after a label's colon, as triage and list lines write them ("Mr Hale (94 M)",
// "Triage: 97 F with confusion"); not after a temperature's label ("Temp: 94 F" is Fahrenheit).
const AGE_SEX_SLOT = /(?:\(|:)[ \t]*(9\d|1[01]\d)(?:[ \t]?(?:y\/?o[ \t]?)?[MF]|,[ \t]*(?:[MF]|male|female|man|woman))(?=[ \t]*(?:[),;\n]|$)|[ \t]+(?:with|w\/|presenting|presents|presented|admitted|from|who|c\/o|brought|via)\b)/g;
// The sex, then the age, opening a line or a bracket or after a label's colon ("M 96 with chest pain", "(F 94)"; fifteenth
// pass: with a comma between, "(F, 93)", "Female, 94").
const SEX_AGE_SLOT = /(?:^|\(|:)[ \t]*(?:[MF]|[Mm]ale|[Ff]emale)(?:,[ \t]*|[ \t]+)(9\d|1[01]\d)(?=[ \t]*(?:[),;]|$)|[ \t]+(?:with|w\/|presenting|presents|presented|admitted|from|who|c\/o|brought|via)\b)/gm;
// The age, a comma and the sex opening a line, as hand-overs and triage lists write it ("93, female, from home").
const AGE_SEX_LINE = /^[ \t]*(9\d|1[01]\d),[ \t]*(?:[MF]|male|female|man|woman)\b(?=[ \t]*(?:[,;.)]|$))/gim;
// A measurement or a place in the ward before the bracket or colon: "Weight (95 M)", "Height: 92 M", "Bay (91 M)".
const MEASURE_BEFORE = /\b(?:weight|wt|height|ht|length|bmi|pulse|hr|heart[ \t]rate|bp|rr|resp(?:irations)?|sats?|spo2|sao2|o2|glucose|bgl|score|grade|centile|percentile|bay|bed|room|rm|ward|cubicle|floor|level|size)[ \t]*$/i;
// The same word as a surname, after a title or a given name ("Mrs Ward (94 F)", "Jane Bay (92 M)"): a person's age-sex slot.
const NAMED_MEASURE = /(?:\b(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?|\b([A-Z][a-z'\u2019]+))[ \t]+[A-Z][a-z]+[ \t]*$/;
/** A measurement or a place in the ward right before a number (`before` ends where the number starts), not a surname so written. */
export function measureBefore(before: string, lex: Lexicon): boolean {
  if (!MEASURE_BEFORE.test(before)) return false;
  const m = NAMED_MEASURE.exec(before);
  if (!m) return true;
  const given = m[1]?.toLowerCase();
  return given !== undefined && !(lex.firstNames.has(given) && !lex.clinical.has(given));
}
// Body temperatures in Fahrenheit are 95-105, the ages of this slot: a vital-signs label before the number ("Vitals: 99 F",
// "Obs: 98 F", "BT: 99 F") or the next vital sign after it ("(99 F, P 92)") says the F is a degree.
const TEMPERATURE_BEFORE = /\b(?:t|temp|temperature|tmax|tm|bt|oral|rectal|axillary|tympanic|core|fever|pyrexia|febrile|vitals?|v\/?s|obs|observations|triage[ \t]vitals)\b[^\n\d]{0,6}$/i;
const VITAL_AFTER = /^[ \t]*[,;][ \t]*(?:hr|p|pulse|bp|rr|resp|spo2|sao2|sats?|o2|bgl|bm|gcs)\b/i;

function detectAgeSexSlots(text: string, lex: Lexicon, push: Push): void {
  if (/\b(?:[MF]|[Mm]ale|[Ff]emale),?[ \t]+(?:9\d|1[01]\d)\b/.test(text)) scan(SEX_AGE_SLOT, text, (m) => {
    if (TEMPERATURE_BEFORE.test(text.slice(Math.max(0, m.index - 20), m.index + 1))) return;
    const age = m[1] ?? '';
    const at = m.index + m[0].lastIndexOf(age);
    push(at, at + age.length, 'AGE');
  });
  if (!/\d(?:[ \t]?(?:y\/?o[ \t]?)?[MF]\b|,[ \t]*(?:[MF]\b|male|female|man|woman))/.test(text)) return;
  scan(AGE_SEX_LINE, text, (m) => {
    const age = m[1] ?? '';
    const at = m.index + m[0].indexOf(age);
    if (!TEMPERATURE_BEFORE.test(text.slice(Math.max(0, at - 20), at))) push(at, at + age.length, 'AGE');
  });
  scan(AGE_SEX_SLOT, text, (m) => {
    const before = text.slice(Math.max(0, m.index - 28), m.index);
    if (TEMPERATURE_BEFORE.test(before.slice(-20)) || measureBefore(before, lex)) return;
    if (/F$/.test(m[0]) && VITAL_AFTER.test(text.slice(m.index + m[0].length, m.index + m[0].length + 12))) return;
    const age = m[1] ?? '';
    const at = m.index + m[0].indexOf(age);
    push(at, at + age.length, 'AGE');
  });
}

/** Push spans for the form identifiers above. */
export function detectFormIdentifiers(text: string, lex: Lexicon, push: Push, mode: CaseMode = 'mixed'): void {
  detectDateForms(text, lex, push);
  detectAddresses(text, lex, push);
  detectLabelValues(text, push);
  detectNumberForms(text, push);
  detectFieldIds(text, lex, push, mode);
  detectVaccineLots(text, push);
  detectVins(text, push);
  detectAgeSexSlots(text, lex, push);
}

// UK duration shorthand: weeks over 52, months over 12, days over 7 ("2/52 history", "review in 6/52", "3/7 of fevers").
const DURATION = /^\d{1,2}\/(?:52|12|7)$/;
const DURATION_AFTER = /^[ \t]*(?:hx|history|ago|of\b|duration|post|h\/o|prior|previously|before)/i;
const DURATION_BEFORE_52 = /\b(?:in|for|within|over|after|past|last|next|x|review|f\/?u|follow[- ]?up|than|about|~|rv)[ \t]*$/i;
const DURATION_BEFORE = /\b(?:(?:review|f\/?u|follow[- ]?up|rv|recall|see)[ \t]+in|within|over(?:[ \t]the)?(?:[ \t](?:last|past))?|past|last|next)[ \t]*$/i;
// Visual acuity in Snellen fractions (6/12, 6/9, 20/40) after an acuity cue or before an eye.
const SNELLEN = /^(?:6|3|20)\/(?:5|6|7\.5|9|12|18|24|36|60|15|20|25|30|40|50|70|80|100|200|400)$/;
const ACUITY_BEFORE = /\b(?:va|v\/a|visual acuity|acuity|vision|snellen|vis)\b[^.\n]{0,30}$/i;
const EYE_AFTER = /^[ \t,]*(?:right|left|r\b|l\b|od\b|os\b|ou\b|re\b|le\b|both|bilat|each|unaided|corrected|aided|with(?:out)?[ \t](?:glasses|correction|specs|spectacles|lenses|contacts|pinhole)|ph\b|pinhole)/i;
// Code-system values: not identifiers of a person (SNOMED CT 49436004, NDC 0002-8215-01, LOINC 4548-4).
const CODE_BEFORE = /\b(?:snomed(?:[ \t]ct)?|sctid|concept(?:[ \t]id)?|loinc|cpt|icd(?:-?1[01](?:-cm)?)?|ndc|hcpcs|atc|opcs(?:-4)?|read[ \t]code|rxnorm|rxcui|gtin|isbn|pmid|doi)[ \t:#]{0,3}(?:(?:code|id|no\.?)[ \t:#]{0,3})?(?:[A-Z0-9.\-]+(?:,|;|[ \t]and|[ \t]or|\/)?[ \t]{1,2}){0,4}$/i;
const AGGREGATE_AGE_AFTER = /^(?:\+|[ \t]*(?:years?|yrs?)?(?:[ \t]+of[ \t]+age)?[ \t]*(?:\+|plus\b|or[ \t]+(?:older|over|above|more)\b|and[ \t]+(?:older|over|above)\b))/i;
// Clinical trial registrations identify a study, never a person (the WHO ICTRP primary registries' formats:
// ClinicalTrials.gov NCT, ISRCTN, ANZCTR ACTRN, DRKS, EudraCT, CTRI, ChiCTR, JPRN).
const TRIAL_REGISTRY = /^(?:NCT\d{8}|ISRCTN\d{8}|ACTRN\d{14}|DRKS\d{8}|(?:19|20)\d\d-\d{6}-\d\d|CTRI\/\d{4}\/\d{2,3}\/\d{6}|ChiCTR[-A-Z\d]{8,}|JPRN-[A-Za-z]+\d+)$/;
const SUB_YEAR_AFTER = /^[ \t-]{0,2}(?:days?|d\/o|weeks?|wks?|months?|mos?|hours?|hrs?|minutes?|mins?)\b/i;
const GCS_PARTS = /^E[1-4][ \t]?V(?:[1-5]|T)[ \t]?M[1-6]$/i;
// The Montreal classification of Crohn's disease (age, location, behaviour: A2L3B1) shares it too.
const MONTREAL = /^A[1-3]L[1-4]B[1-3]p?$/;
const FDA_APPLICATION = /^(?:NDA|ANDA|BLA)[ \t]?\d{6}$/;
// TNM stages are shaped like Canadian postal codes (T2N0M0).
const TNM = /^T[0-4][a-d]?N[0-3]M[01]$/i;

/** Drops spans that read as clinical shorthand rather than identifiers (see the module comment). */
export function keepClinicalNumbers(spans: readonly PhiSpan[], text: string): PhiSpan[] {
  return spans.filter((s) => {
    const v = text.slice(s.start, s.end);
    const before = text.slice(Math.max(0, s.start - 48), s.start);
    const after = text.slice(s.end, s.end + 16);
    if (s.type === 'DATE' || s.type === 'YEAR') {
      if (DURATION.test(v) && (DURATION_AFTER.test(after) || (v.endsWith('/52') ? DURATION_BEFORE_52 : DURATION_BEFORE).test(before))) return false;
      if (SNELLEN.test(v) && (ACUITY_BEFORE.test(before) || EYE_AFTER.test(after))) return false;
      // "1-2 may help": the end of a range before the verb may.
      if (/^\d{1,2}[ \t]may$/.test(v) && /\d[ \t]?[-\u2013][ \t]?$/.test(before)) return false;
      if (discLevel(s, text)) return false;
      return true;
    }
    if (s.type === 'ZIP' && TNM.test(v)) return false;
    // Glasgow Coma Scale components (E4V4M6) share the Canadian postcode shape; FDA application numbers (NDA020800) name a drug.
    if (GCS_PARTS.test(v) || MONTREAL.test(v) || FDA_APPLICATION.test(v) || TRIAL_REGISTRY.test(v)) return false;
    // Safe Harbor's own aggregate ("aged 90+", "90 years or older", "ages 90 and over") identifies no one.
    if (s.type === 'AGE' && v === '90' && AGGREGATE_AGE_AFTER.test(after)) return false;
    // An age counted in days, weeks or months ("aged 90 days", "a 91-day-old") is under a year, not over 89.
    if (s.type === 'AGE' && SUB_YEAR_AFTER.test(after)) return false;
    if ((s.type === 'ID' || s.type === 'PHONE' || s.type === 'SSN' || s.type === 'MRN') && /\d{4}/.test(v) && CODE_BEFORE.test(before)) return false;
    return !reagentLot(s, v, before, after);
  });
}

// A laboratory consumable's lot ("Lot 774210 reagent", "QC lot 55812", "calibrator batch 2201-A"): a lot shared by every
// test run with that reagent, kit or control identifies no patient (Safe Harbor's device identifiers are those of a device
// the person uses or carries; fifteenth pass, lother). The word "Lot" or "Batch" read as a town before it goes too.
const LOT_BEFORE = /\b(?:lot|batch)\b[ \t]*(?:no\.?|number|#)?[ \t]*[:#]?[ \t]*$/i;
const CONSUMABLE = '(?:reagents?|kits?|controls?|calibrators?|qc|cartridges?|test[ \\t]strips?|assays?)';
const CONSUMABLE_AFTER = new RegExp(`^[ \\t]*${CONSUMABLE}\\b`, 'i');
const CONSUMABLE_BEFORE = new RegExp(`\\b${CONSUMABLE}[ \\t]+(?:lot|batch)\\b[ \\t]*(?:no\\.?|number|#)?[ \\t]*[:#]?[ \\t]*$`, 'i');
const LOT_WORD_THEN_VALUE = new RegExp(`^[ \\t]*(?:no\\.?|number|#)?[ \\t]*[:#]?[ \\t]*[A-Z0-9][\\w\\-\\/]*[ \\t]*${CONSUMABLE}\\b`, 'i');
function reagentLot(s: PhiSpan, v: string, before: string, after: string): boolean {
  if (s.type === 'LOCATION') return /^(?:lot|batch)$/i.test(v) && LOT_WORD_THEN_VALUE.test(after);
  if (s.type !== 'DEVICE' && s.type !== 'ID' && s.type !== 'ZIP') return false;
  return (LOT_BEFORE.test(before) && CONSUMABLE_AFTER.test(after)) || CONSUMABLE_BEFORE.test(before);
}
