/**
 * Context vetoes for over-redaction (issue 14, sixteenth pass, deid-free): a capitalised word that a name or place rule
 * flagged, in a context that only a clinical thing takes. Each veto reads the words around the span, never the span's
 * own spelling against a list of seen words, and each has its person counter-case (a title before, "negative for",
 * "placed on"). Called from `dropEponyms` (eponyms.ts) for NAME and LOCATION spans and from `keepClinicalNumbers`
 * (identifiers.ts) for a disc level read as a date.
 * - A bedside test or a sign read as a finding, alone or in a list joined by "and": "Rinne and Weber as expected",
 *   "Barlow and Ortolani negative", "Negative Weber and Rinne", "Ramsay Hunt excluded", "Ottawa rules negative".
 * - A named test through descriptive words or a model's words and numbers: "Denver developmental screen", "Humphrey
 *   SITA 24-2 perimetry test", "Guthrie card"; an instrument's scale, score, index or classification likewise
 *   ("Edinburgh Postnatal Depression Scale", seventeenth pass).
 * - A thing that is placed, inserted or removed: "Seton placed", "Aquacel Ag placed yesterday".
 * - A device's maker and model: in brackets after a device noun ("ICD (Medtronic Cobalt XT)"), after "device", or
 *   before its serial or model number ("Phonak Audeo serial 2217G0R4") or its model code ("Dexcom G7").
 * - A version or a score's value, not a ward: a lone capitalised word or (seventeenth pass) a word of capitals before a
 *   small number in mixed-case text with no place word before it ("Omnipod 5", "PRISMA 7").
 * - A laboratory analyte's abbreviation before its value or in a ratio ("LH:FSH 2.6", "AMH 0.6"), read as a hospital.
 * - A spinal disc level ("C5/6", "L4/5") is no month and day.
 */
import { countryName, countryOrLanguage } from './countries.js';
import type { Lexicon } from './lexicon.js';
import { ROLE_WORDS } from './people-slots.js';
import { PERSON_VERB_AFTER } from './safe-list.js';
import { TITLE_BEFORE } from './titles.js';
import { yearsWordAfterNumber } from './years-words.js';
import type { PhiSpan } from './types.js';

/**
 * A pattern's lower-case letters made to match either case ("test" -> "[tT][eE][sS][tT]"); capitals and escapes ("\\t",
 * "\\b") stay as they are.
 */
export const anyCase = (re: string): string => re.replace(/\\.|[a-z]/g, (c) => (c.length > 1 ? c : `[${c}${c.toUpperCase()}]`));

/**
 * A lookahead: the head word just matched is not followed by a place of care, which makes the whole a service's name
 * ("Denver test clinic", "Exeter stem unit"), not a test, eponym or device. Shared by the test, eponym and device rules.
 */
export const NOT_A_SERVICE = `(?![ \\t]+${anyCase('(?:clinic|centre|center|unit|service|hospital|institute|practice)')}\\b)`;

// A kin or role word right before a name makes it a person whatever follows ("Partner Tomasz negative on screening",
// "Baby Kowalczyk placed today", "Son Tomasz interpreting"). The role words are people-slots.ts'.
const KIN_BEFORE = new RegExp(`(?:^|[^A-Za-z])(?:${ROLE_WORDS}|baby|twin|child|contacts?|patient|pt|named|called)[ \\t]*:?[ \\t]+$`, 'i');
const plain = (lex: Lexicon, w: string): boolean => !lex.eponyms.has(w) && !lex.clinical.has(w) && !lex.medical.has(w) && !lex.common.has(w);

/**
 * Whether the name lists read a NAME span as a person: a given name first, or (several words) a surname last that is
 * no given name, neither an eponym, a clinical or an English word ("Tomasz", "Zbigniew Nowicki"; not "Ramsay Hunt",
 * "Zimmer Rosa"). Review-deid, sixteenth session: the vetoes below read only the context, and a person's name in the
 * same context ("Tomasz negative", "Halina nutritional assessment", "Halina speaking") was dropped with them.
 */
export function personByLists(span: string, lex: Lexicon): boolean {
  const ws = span.toLowerCase().split(/[ \t]+/);
  const first = ws[0] ?? '';
  const last = ws[ws.length - 1] ?? '';
  if (lex.firstNames.has(first) && plain(lex, first)) return true;
  return ws.length > 1 && lex.surnames.has(last) && !lex.firstNames.has(last) && plain(lex, last);
}

// A result word after a test or sign; not followed by what makes it a person's test result ("Smith negative for HIV").
const RESULT = anyCase('(?:positive|negative|normal|abnormal|equivocal|intact|absent|unremarkable|as[ \\t]+expected|excluded|ruled[ \\t]+out|not[ \\t]+elicited|elicited|bilaterally|symmetrical|symmetric)');
const TEST_WORD = anyCase('(?:tests?|signs?|manoeuvres?|maneuvers?|rules?|criteria|screen|screening|reflexes?)');
// What follows a result when a person is its subject: "negative for", "excluded from", "positive as well" ("negative on
// screening" reads both ways, as "excluded on MRI" does: there the name lists and a kin word before decide).
const PERSON_RESULT_NEXT = '(?:for|to|about|that|with|by|from|too|also|again|as[ \\t]+well)';
// Further words of the list ("and Ortolani", ", Phalen"), an optional test word, then the result.
const AND_OR = anyCase('(?:and|&|or)');
// Case-sensitive capitals for the words after the span ("Kowalczyk tested negative", "Tomasz clinically normal" keep the
// person), unless a test word follows ("Ottawa ankle rules negative"); the list's further items in any case ("Lachman and
// anterior drawer negative").
const LIST_THEN_RESULT = new RegExp(`^(?:['\u2019]s)?(?:[ \\t][A-Z][A-Za-z-]+|[ \\t][a-z]+(?=[ \\t]+${TEST_WORD}))?(?:(?:[ \\t]*,[ \\t]*|[ \\t]+${AND_OR}[ \\t]+)[A-Za-z][A-Za-z'\u2019-]+(?:[ \\t][A-Za-z][A-Za-z-]+)?(?:['\u2019]s)?)*(?:[ \\t]+${TEST_WORD})?[ \\t]+${RESULT}\\b(?![ \\t]+${PERSON_RESULT_NEXT}\\b)`);
// The first words of the list, before the span: "Barlow and [Ortolani]", "Rinne, [Weber]".
const LIST_BEFORE = /(?:[A-Z][A-Za-z'\u2019-]+(?:[ \t]*,[ \t]*|[ \t]+(?:and|&|or)[ \t]+))+$/;
// A result adjective that opens the list: "Negative Weber and Rinne", "Positive Romberg".
const RESULT_BEFORE = /(?:^|[.;:\n(])[ \t]*(?:negative|positive|equivocal)[ \t]+(?:[A-Z][A-Za-z'\u2019-]+(?:[ \t]*,[ \t]*|[ \t]+(?:and|&|or)[ \t]+))*$/i;
const RESULT_BEFORE_TAIL = /^(?:['\u2019]s)?(?:(?:[ \t]*,[ \t]*|[ \t]+(?:and|&|or)[ \t]+)[A-Z][A-Za-z'\u2019-]+)*(?:[ \t]+(?:tests?|signs?|manoeuvres?|maneuvers?|reflexes?))?[ \t]*(?:[.;,)\n]|$)/;

/** A bedside test or sign named as a finding, alone or in a list: no person is "negative" or "as expected". */
function testFinding(text: string, s: PhiSpan): boolean {
  const after = text.slice(s.end, s.end + 90);
  const before = text.slice(Math.max(0, s.start - 60), s.start);
  if (LIST_THEN_RESULT.test(after)) return true;
  return RESULT_BEFORE.test(before) && RESULT_BEFORE_TAIL.test(after) && !LIST_BEFORE.test(before.replace(RESULT_BEFORE, ''));
}

// A test or screening's head word.
// An instrument's head (scale, score, index, criteria, classification) is one too: "Edinburgh Postnatal Depression Scale".
const TEST_HEAD = '(?:test|tests|screen|screening|assessment|questionnaire|inventory|perimetry|audiometry|tympanometry|card|chart|tool|battery|scales?|scores?|index|criteria|classification)';
// Through descriptive adjectives ("developmental", "visual", "cognitive") or a model's capitalised words and numbers.
// Case-sensitive capitals between ("Called Harold about the test" keeps Harold); the head word in any case.
// The heads no person is written straight before ("Guthrie card", "Humphrey perimetry"); a person is before "assessment",
// "screen" or "chart" ("Halina assessment done").
const THING_TEST_AFTER = /^[ \t]{1,2}(?:card|questionnaire|inventory|perimetry|audiometry|tympanometry|battery|tool)\b/i;
const TEST_AFTER = new RegExp(`^(?:[ \\t]{1,2}(?:[A-Z0-9][A-Za-z0-9:+\\-]*|[a-z]+(?:al|ic|ory|ary|ive|ar))){0,3}[ \\t]{1,2}${anyCase(TEST_HEAD)}\\b${NOT_A_SERVICE}`);
// The head word straight after the span, nothing between (built once: it was built per span checked).
const TEST_DIRECT_AFTER = new RegExp(`^[ \\t]{1,2}${anyCase(TEST_HEAD)}\\b`);

// A thing put in or taken out: "Seton placed", "Aquacel Ag placed yesterday". A person is "placed on", "placed in".
// The verb ends its clause or takes a time: "Jones removed the drain" is a person acting.
// "Fitted" alone is also a seizure ("Kowalczyk fitted overnight"): only the passive reads as a device put in.
const PLACED_AFTER = /^[ \t]+(?:(?:was|were|is|has[ \t]+been)[ \t]+(?:fitted|placed|inserted|removed|sited|resited|implanted|applied)|(?:placed|inserted|removed|sited|resited|implanted|applied|in[ \t]+situ))\b(?=[ \t]*(?:[.,;:)\n]|$)|[ \t]+(?:yesterday|today|overnight|this[ \t]+(?:morning|afternoon|evening)|on[ \t]+day|intra-?op\w*|uneventfully|successfully|without|over|at[ \t]+\d))/;

// A device's maker and model: in brackets after a device noun, after "device", before its serial or model number.
// A device noun no person is named after in brackets; "monitor" and "recorder" are also people's roles ("Recorder
// (Halina Kowalczyk)" in minutes), so they count only for a span the name lists do not read as a person; "aids" alone
// are also carers ("Care aids (Halina, Tomasz)").
const DEVICE_WORDS = '(?:pacemaker|defibrillator|icd|crt-?d|crt-?p|lvad|pump|sensor|implant|processor|stent|valve|device|robot|hearing[ \\t]+aids?|inhaler|meter|cgm)';
const DEVICE_BRACKET_BEFORE = new RegExp(`\\b${DEVICE_WORDS}[ \\t]*\\([ \\t]*$`, 'i');
const ROLE_DEVICE_BRACKET_BEFORE = /\b(?:recorder|monitor)[ \t]*\([ \t]*$/i;
// A label: "device" alone, or a form's label with its colon ("Model: ..."); "to make Halina comfortable", "role model
// Zbigniew" are people.
const DEVICE_LABEL_BEFORE = /\b(?:(?:device|model|make|manufacturer|generator)[ \t]*:|device)[ \t]*$/i;
const SERIAL_AFTER = /^(?:[ \t]{1,2}[A-Z0-9][A-Za-z0-9+\-]*){0,3},?[ \t]+(?:serial|SN\b|S\/N|model[ \t]+(?:no|number|#)|firmware)/;
const DEVICE_NOUN_AFTER = new RegExp(`^(?:[ \\t]{1,2}[A-Z0-9][A-Za-z0-9+\\-]*){0,3}[ \\t]{1,2}(?:robot|recorder|monitor|hearing[ \\t]+aids?|inhaler|meter)\\b`, 'i');

/** A maker's or model's name in brackets right after a device noun or after a device label: no person stands there. */
function labelledDevice(span: string, text: string, s: PhiSpan): boolean {
  if (!/^[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+){0,2}$/.test(span)) return false;
  const before = text.slice(Math.max(0, s.start - 32), s.start);
  return DEVICE_BRACKET_BEFORE.test(before) || DEVICE_LABEL_BEFORE.test(before);
}

// A maker's model code right after its name (twenty-fourth session, deid-clean5), perhaps through one model word with an
// inner capital: "Dexcom G7", "McKinley T34", "Fresenius 5008S", "Medtronic MiniMed 780G". The code is a capital and
// 1-3 digits, or 3-4 digits and a capital. Not a code: a clinical abbreviation (more letters: "T2DM", "CKD3", "G6PD"), an
// age and sex ("19F", "101M"), a bed ("3B"), a postcode (Argentina's "X5003"; a postcode's or a plate's first half, which
// a second group follows: "Leeds LS1 4AP", "KX73 FHB"), a code before a number or a label ("G7 ID ...").
const MODEL_AFTER = /^(?:[ \t]{1,2}(?!Ma?c[A-Z])[A-Z][a-z]+[A-Z][A-Za-z]*)?[ \t]{1,2}([A-Z]\d{1,3}|\d{3,4}[A-Z])(?![\w\-\/'\u2019:]|\.\w|[ \t]{1,2}[A-Z0-9])/;
// A word of place or address earlier in the clause makes a word before a code a town before its postcode district
// ("from Barrio Alberdi, Cordoba X5003", "lives in Bearsden G61").
const PLACE_CLAUSE_BEFORE = /\b(?:in|at|from|near|to|lives?|living|moved|born|address|resides?|residing|village|town|city)\b[^.;:\n]*$/i;

/**
 * Whether a model code follows a NAME span (see `MODEL_AFTER`); the caller has ruled out a given name first. A word of
 * the place lists before a code is a town before its postcode district ("Bradford BD7"), whatever type it was given; a
 * person's verb after the code makes the word a person with a bed or a grade ("Adeyemi B4 called back").
 */
function modelCodeAfter(span: string, text: string, after: string, s: PhiSpan, lex: Lexicon): boolean {
  if (s.type !== 'NAME' || span.toLowerCase().split(/[ \t]/).some((w) => lex.places.has(w))) return false;
  if (PLACE_CLAUSE_BEFORE.test(text.slice(Math.max(0, s.start - 60), s.start))) return false;
  const m = MODEL_AFTER.exec(after);
  const code = m?.[1];
  if (m === null || code === undefined || /^\d{3}[FM]$/.test(code)) return false;
  return !PERSON_VERB_AFTER.test(after.slice(m[0].length));
}

/** A maker's or model's name in brackets after a monitor or recorder, or before a serial number, a model code or a device noun. */
function deviceMaker(span: string, text: string, s: PhiSpan, lex: Lexicon): boolean {
  if (!/^[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+){0,2}$/.test(span)) return false;
  if (ROLE_DEVICE_BRACKET_BEFORE.test(text.slice(Math.max(0, s.start - 32), s.start))) return true;
  // Before a serial number or a device noun a given name is the device's owner ("Dorothy Pemberton serial ...").
  const after = text.slice(s.end, s.end + 48);
  return !lex.firstNames.has(span.split(/[ \t]/)[0]?.toLowerCase() ?? '') && (SERIAL_AFTER.test(after) || DEVICE_NOUN_AFTER.test(after) || modelCodeAfter(span, text, after, s, lex));
}

// A laboratory value after an analyte's abbreviation: a decimal, a comparison, or a concentration unit.
const LAB_VALUE_AFTER = /^[ \t]*[:=]?[ \t]*(?:[<>]=?[ \t]*)?\d+(?:\.\d+|[ \t]*(?:%|[a-zA-Zµ]+\/[a-zA-Z]+|m?IU|U\/L|ng|pg|pmol|nmol|mmol|umol|mcg|ug))/;
// The second part of a ratio or pair of analytes, glued: "LH:FSH", "ALT/AST".
const RATIO_BEFORE = /[A-Za-z0-9][:\/]$/;

/** An analyte's capitalised abbreviation before its value (a hospital's abbreviation is not followed by "2.6" or "0.6 ng/mL"). */
function analyteAbbreviation(span: string, text: string, s: PhiSpan): boolean {
  if (!/^[A-Z][A-Za-z0-9]{1,4}$/.test(span) || !/^[A-Z0-9]+$/.test(span.slice(1).replace(/[a-z]/g, '')) || span.toUpperCase() !== span) return false;
  // "Retrieved from RBWH 1.5 hours ago": after a word of moving, a hospital's abbreviation.
  if (/\b(?:from|to|at|in|via|transferred|retrieved)[ \t]+$/i.test(text.slice(Math.max(0, s.start - 16), s.start))) return false;
  const after = text.slice(s.end, s.end + 24);
  return LAB_VALUE_AFTER.test(after) || (RATIO_BEFORE.test(text.slice(Math.max(0, s.start - 2), s.start)) && /^[ \t]*\d/.test(after));
}

// A preparation's form after its product name (BNF dose forms): "Destin lotion applied", "Cavilon cream to sacrum". A
// person's own cream takes a possessive ("Mary's cream"), which this does not read. The preparations no one is written
// straight before; then the forms that are also what a person does or has ("Tomasz dressing changed", "Halina wash and
// dress", "Kowalczyk dressing herself"), read only for a span the name lists do not read as a person.
const PREPARATION_AFTER = /^[ \t]{1,2}(?:cream|ointment|lotion|gel|paste|powder|suppositor(?:y|ies)|pessar(?:y|ies)|inhaler|syrup|elixir|liniment|emollient|barrier[ \t]+(?:cream|film|spray))\b/i;
const FORM_AFTER = /^[ \t]{1,2}(?:spray|drops|patch|patches|dressing(?![ \t]+(?:self|herself|himself|themselves|independently|with))|dressings|foam|wash|shampoo|mouthwash)\b/i;

// Words that make the next word a person ("seen by Mary cream applied").
const PERSON_BEFORE = /\b(?:by|with|per|and|for|told|asked|called|informed|spoke|saw|seen|visited|assisted|helped|encouraged|supported|prompted)[ \t]+$/i;

// A ward named after a place or a person is where someone is moved: "to Quartermain 2", "on Osler 5". A capitalised word
// before a small number without such a word before it is a product's or a scale's version ("Omnipod 5", "Deauville 2"),
// and so is a word of capitals in mixed-case text: a score's acronym before its value ("PRISMA 7", "SOFA 4").
const WARD_WORD_BEFORE = /(?:\b(?:to|from|on|at|in|into|onto|off|via|back|per|or|and|ward|unit|bay|floor|wing|transfer(?:red)?|tx'?d|admitted|visit(?:ed|ing)?|travel(?:led|ed)?|holiday|trip|returned|lives|born|near|moved)|[&\/,:\u2013\u2014-])[ \t]*$/i;
// A number of days, weeks or times after a place is a time ("Lagos 3 weeks ago"), no version.
const TIME_AFTER = /^[ \t]?\d[ \t]*(?:days?|d|weeks?|wks?|w|months?|mths?|mo|years?|yrs?|y|hours?|hrs?|h|nights?|times|x)\b/i;
/** A lone capitalised word read as a ward for the number after it, where nothing says a place (mixed-case text only). */
function versionNotWard(span: string, text: string, s: PhiSpan): boolean {
  if (s.type !== 'LOCATION' || !/^(?:[A-Z][a-z]{3,}|[A-Z]{4,})$/.test(span) || !/^[ \t]?\d(?!\d)/.test(text.slice(s.end, s.end + 3))) return false;
  if (TIME_AFTER.test(text.slice(s.end, s.end + 12)) || !/[a-z]{3}[^\n]*[a-z]{3}/.test(text.slice(Math.max(0, s.start - 80), s.end + 80))) return false;
  return !WARD_WORD_BEFORE.test(text.slice(Math.max(0, s.start - 24), s.start));
}

// A language: right before the word for who speaks or interprets it ("Somali interpreter"), or in brackets right after a
// verb of translating ("translates (Kabyle)", "interpreter booked (Sylheti)").
const LANGUAGE_AFTER = /^[ \t]{1,2}(?:interpreters?|interpreting|interpretation|translators?|translation|speakers?|speaking|-speaking|language|sign[ \t]+language)\b/i;
const LANGUAGE_BRACKET_BEFORE = /\b(?:translat(?:es|ed|ing)|interpret(?:s|ed|ing)|interpreter[ \t]+(?:booked|requested|arranged|present|used))[ \t]*\([ \t]*$/i;

// An initial right before a word makes it a surname ("E. WELSH aware"); a letter's greeting makes it the addressee
// ("Dear Georgia,", "Hi Jordan"; review-deid5).
const INITIAL_BEFORE = /(?:^|[^A-Za-z])[A-Z]\.?[ \t]+$|\b(?:[Dd]ear|[Hh]i|[Hh]ello)[ \t]+$/;

// A place word before a test's name keeps it a place ("Lives in Boston; developmental screen due").
const WHERE_BEFORE = /\b(?:in|at|from|to|lives?|living|moved|born|near)[ \t]+$/i;

/** Whether a NAME or LOCATION span stands in a context only a clinical thing takes (see the module comment). */
export function clinicalThing(s: PhiSpan, text: string, lex: Lexicon): boolean {
  if (s.type !== 'NAME' && s.type !== 'LOCATION') return false;
  const span = text.slice(s.start, s.end);
  if (TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 6), s.start))) return false;
  if (analyteAbbreviation(span, text, s)) return true;
  if (!/^[A-Z][A-Za-z'\u2019-]+(?:[ \t][A-Z][A-Za-z'\u2019-]+){0,2}$/.test(span)) return false;
  const after = text.slice(s.end, s.end + 64);
  const before = text.slice(Math.max(0, s.start - 16), s.start);
  if (labelledDevice(span, text, s)) return true;
  // A years word after a number is the age's unit ("95 Jahre"), unless a given-name list holds it: then a handover's
  // bed number stands before a person ("Bed 12 Anni settled"; review-deid6).
  if (s.type === 'NAME' && yearsWordAfterNumber(span, before) && !lex.firstNames.has(span.toLowerCase())) return true;
  if (PREPARATION_AFTER.test(after) && !PERSON_BEFORE.test(before)) return true;
  if (THING_TEST_AFTER.test(after) && !WHERE_BEFORE.test(before)) return true;
  // A country, a language or a people named alone ("Tigrinya, for ...", "Guinean, TB contact"): not a person unless a person's
  // verb, a word of meeting, a kin or role word or an initial is beside it ("Jordan said", "spoke with Jordan", "daughter
  // Georgia", "E. Welsh"). A country's name ("Kenya", "Sri Lanka") is the country even when a name list holds it; a language
  // or a people's word of one word that a name list holds ("English", "French") is left to the lists.
  const people = s.type === 'NAME' && countryOrLanguage(span) && !PERSON_VERB_AFTER.test(after) && !INITIAL_BEFORE.test(before) &&
    !PERSON_BEFORE.test(before) && !KIN_BEFORE.test(text.slice(Math.max(0, s.start - 24), s.start));
  if (people && (/[ \t]/.test(span) || countryName(span))) return true;
  // Every context below also takes a person: a NAME the name lists read as one, or with a kin or role word before, stays.
  if (s.type === 'NAME' && (personByLists(span, lex) || KIN_BEFORE.test(text.slice(Math.max(0, s.start - 24), s.start)))) return false;
  if (people) return true;
  if (/^[A-Z][a-z]+$/.test(span) && (LANGUAGE_AFTER.test(text.slice(s.end, s.end + 24)) ||
    (LANGUAGE_BRACKET_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start)) && /^[ \t]*\)/.test(text.slice(s.end, s.end + 3))))) return true;
  if (testFinding(text, s) || versionNotWard(span, text, s)) return true;
  if (FORM_AFTER.test(after) && !PERSON_BEFORE.test(before)) return true;
  const first = span.split(/[ \t]/)[0]?.toLowerCase() ?? '';
  // Two given-name-first words straight before the head are a person's ("Mary Jones test results"); a lone word there is
  // read by eponyms.ts already.
  const direct = TEST_DIRECT_AFTER.test(after);
  if (TEST_AFTER.test(after) && !(direct && span.includes(' ') && lex.firstNames.has(first)) && !WHERE_BEFORE.test(before)) return true;
  if (PLACED_AFTER.test(after) && !lex.firstNames.has(first)) return true;
  return deviceMaker(span, text, s, lex);
}

/** A spinal disc level ("C5/6", "L4/5", "T12/1"): the letter before the pair and the next vertebra after make it no date. */
export function discLevel(s: PhiSpan, text: string): boolean {
  const m = /^(\d{1,2})\/(\d{1,2})$/.exec(text.slice(s.start, s.end));
  if (!m || !/(?:^|[^A-Za-z])[CTLS]$/.test(text.slice(Math.max(0, s.start - 2), s.start))) return false;
  const a = Number(m[1]);
  const b = Number(m[2]);
  return b === a + 1 || (b === 1 && a >= 5);
}

// A weekday is no part of a name ("see Mr Rautenbach Friday"); nor, in mixed-case text, a lower-case English word or a
// contraction after a capitalised name ("Dr Vining early", "O'Dwyer-Akande wouldn't").
const WEEKDAY_TAIL = /[ \t]+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)$/;
const LOWER_TAIL = /([A-Za-z][a-z'\u2019-]*)[ \t]+([a-z]+(?:['\u2019][a-z]+)?)$/;
// A capitalised word's possessive and the lower-case words after it, to the span's end.
const POSSESSIVE_TAIL = /(?<=[A-Z][A-Za-z\-]*)['\u2019]s(?:[ \t]+[a-z][a-z\-]*){1,3}$/;

/**
 * Whether a weekday ending a name span is the surname (Monday, Friday and Sunday are surnames, and Sunday a given name):
 * after a lone given name ("Mr Joe Friday"), or before a person's verb ("Mrs Blessing Sunday attended").
 */
function weekdaySurname(head: string, after: string, lex: Lexicon): boolean {
  const words = head.replace(/^(?:Mr|Mrs|Ms|Miss|Mx|Dr|Prof)\.?[ \t]+/, '').split(/[ \t]+/);
  return (words.length === 1 && personByLists(words[0] ?? '', lex)) || PERSON_VERB_AFTER.test(after);
}

/**
 * NAME spans without a weekday or (mixed-case text) a lower-case English word, a dangling particle or a possessive's
 * object at their end; other spans as they are.
 */
export function trimNameTails(spans: readonly PhiSpan[], text: string, lex: Lexicon, mixed: boolean): PhiSpan[] {
  return spans.map((s) => {
    if (s.type !== 'NAME') return s;
    const v = text.slice(s.start, s.end);
    const wk = WEEKDAY_TAIL.exec(v);
    if (wk && wk.index > 0 && !weekdaySurname(v.slice(0, wk.index), text.slice(s.end, s.end + 48), lex)) return { ...s, end: s.start + wk.index };
    // A possessive ends a name: the lower-case words after it are what the person has ("Mr Vosper's creatinine").
    const own = mixed ? POSSESSIVE_TAIL.exec(v) : null;
    if (own && own.index > 0) return { ...s, end: s.start + own.index };
    const m = mixed ? LOWER_TAIL.exec(v) : null;
    if (!m || !/^[A-Z]/.test(m[1] ?? '')) return s;
    const w = (m[2] ?? '').toLowerCase();
    const english = lex.common.has(w) || /['\u2019](?:t|s|ll|d|re|ve)$/.test(w);
    // Name particles stay ("van", "de", "bin"): they are on no English list as such, or join two capitalised parts.
    // A particle ending the span joins nothing: no capitalised word follows it ("Dr. Heriberto Lozoya al 33 3841 2290").
    const particle = /^(?:van|von|de|da|del|della|di|du|le|la|bin|binti|ibn|al|el|ter|ten|den|der)$/.test(w);
    if (particle && /^[ \t]*(?:[^ \tA-Za-z]|$)/.test(text.slice(s.end, s.end + 3))) return { ...s, end: s.start + m.index + (m[1] ?? '').length };
    if (!english || particle) return s;
    return { ...s, end: s.end - (m[2] ?? '').length - (m[0].length - (m[1] ?? '').length - (m[2] ?? '').length) };
  });
}
