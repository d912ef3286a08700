/**
 * Context vetoes for over-redaction (issue 14, sixteenth pass, deid-free): a capitalised word that a name or place rule
 * flagged, in a context that only a clinical thing takes. Each veto reads the words around the span, never the span's
 * own spelling against a list of seen words, and each has its person counter-case (a title before, "negative for",
 * "placed on"). Called from `dropEponyms` (eponyms.ts) for NAME and LOCATION spans and from `keepClinicalNumbers`
 * (identifiers.ts) for a disc level read as a date.
 * - A bedside test or a sign read as a finding, alone or in a list joined by "and": "Rinne and Weber as expected",
 *   "Barlow and Ortolani negative", "Negative Weber and Rinne", "Ramsay Hunt excluded", "Ottawa rules negative".
 * - A named test through descriptive words or a model's words and numbers: "Denver developmental screen", "Humphrey
 *   SITA 24-2 perimetry test", "Guthrie card".
 * - A thing that is placed, inserted or removed: "Seton placed", "Aquacel Ag placed yesterday".
 * - A device's maker and model: in brackets after a device noun ("ICD (Medtronic Cobalt XT)"), after "device", or
 *   before its serial or model number ("Phonak Audeo serial 2217G0R4").
 * - A laboratory analyte's abbreviation before its value or in a ratio ("LH:FSH 2.6", "AMH 0.6"), read as a hospital.
 * - A spinal disc level ("C5/6", "L4/5") is no month and day.
 */
import type { Lexicon } from './lexicon.js';
import { TITLE_BEFORE } from './titles.js';
import type { PhiSpan } from './types.js';

// A result word after a test or sign; not followed by what makes it a person's test result ("Smith negative for HIV").
const RESULT = '(?:positive|negative|normal|abnormal|equivocal|intact|absent|unremarkable|as[ \\t]+expected|excluded|ruled[ \\t]+out|not[ \\t]+elicited|elicited|bilaterally|symmetrical|symmetric)';
const TEST_WORD = '(?:tests?|signs?|manoeuvres?|maneuvers?|rules?|criteria|screen|screening|reflexes?)';
// Further capitalised words of the list ("and Ortolani", ", Phalen"), an optional test word, then the result.
const LIST_THEN_RESULT = new RegExp(`^(?:['\u2019]s)?(?:[ \\t][A-Z][A-Za-z-]+)?(?:(?:[ \\t]*,[ \\t]*|[ \\t]+(?:and|&|or)[ \\t]+)[A-Z][A-Za-z'\u2019-]+(?:[ \\t][A-Z][A-Za-z-]+)?(?:['\u2019]s)?)*(?:[ \\t]+${TEST_WORD})?[ \\t]+${RESULT}\\b(?![ \\t]+(?:for|to|about|that|with|by)\\b)`, 'i');
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
const TEST_HEAD = '(?:test|tests|screen|screening|assessment|questionnaire|inventory|perimetry|audiometry|tympanometry|card|chart|tool|battery)';
// Through descriptive adjectives ("developmental", "visual", "cognitive") or a model's capitalised words and numbers.
// Case-sensitive capitals between ("Called Harold about the test" keeps Harold); the head word in any case.
const anyCase = (re: string): string => re.replace(/[a-z]/g, (c) => `[${c}${c.toUpperCase()}]`);
const TEST_AFTER = new RegExp(`^(?:[ \\t]{1,2}(?:[A-Z0-9][A-Za-z0-9:+\\-]*|[a-z]+(?:al|ic|ory|ary|ive|ar))){0,3}[ \\t]{1,2}${anyCase(TEST_HEAD)}\\b(?![ \\t]+${anyCase('(?:clinic|centre|center|unit|service|hospital|institute|practice)')}\\b)`);
// The head word straight after the span, nothing between (built once: it was built per span checked).
const TEST_DIRECT_AFTER = new RegExp(`^[ \\t]{1,2}${anyCase(TEST_HEAD)}\\b`);

// A thing put in or taken out: "Seton placed", "Aquacel Ag placed yesterday". A person is "placed on", "placed in".
// The verb ends its clause or takes a time: "Jones removed the drain" is a person acting.
const PLACED_AFTER = /^[ \t]+(?:(?:was|were|is|has[ \t]+been)[ \t]+)?(?:placed|inserted|removed|sited|resited|fitted|implanted|applied|in[ \t]+situ)\b(?=[ \t]*(?:[.,;:)\n]|$)|[ \t]+(?:yesterday|today|overnight|this[ \t]+(?:morning|afternoon|evening)|on[ \t]+day|intra-?op\w*|uneventfully|successfully|without|over|at[ \t]+\d))/;

// A device's maker and model: in brackets after a device noun, after "device", before its serial or model number.
const DEVICE_WORDS = '(?:pacemaker|defibrillator|icd|crt-?d|crt-?p|lvad|pump|sensor|implant|processor|stent|valve|device|robot|recorder|monitor|hearing[ \\t]+aids?|aids?|inhaler|meter|cgm)';
const DEVICE_BRACKET_BEFORE = new RegExp(`\\b${DEVICE_WORDS}[ \\t]*\\([ \\t]*$`, 'i');
const DEVICE_LABEL_BEFORE = /\b(?:device|model|make|manufacturer|generator)[ \t]*:?[ \t]*$/i;
const SERIAL_AFTER = /^(?:[ \t]{1,2}[A-Z0-9][A-Za-z0-9+\-]*){0,3},?[ \t]+(?:serial|SN\b|S\/N|model[ \t]+(?:no|number|#)|firmware)/;
const DEVICE_NOUN_AFTER = new RegExp(`^(?:[ \\t]{1,2}[A-Z0-9][A-Za-z0-9+\\-]*){0,3}[ \\t]{1,2}(?:robot|recorder|monitor|hearing[ \\t]+aids?|inhaler|meter)\\b`, 'i');

/** A maker's or model's name where a device is named: in brackets after a device noun, after a device label, before a serial. */
function deviceMaker(span: string, text: string, s: PhiSpan, lex: Lexicon): boolean {
  if (!/^[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+){0,2}$/.test(span)) return false;
  const before = text.slice(Math.max(0, s.start - 32), s.start);
  if (DEVICE_BRACKET_BEFORE.test(before) || DEVICE_LABEL_BEFORE.test(before)) return true;
  // Before a serial number or a device noun a given name is the device's owner ("Dorothy Pemberton serial ...").
  const after = text.slice(s.end, s.end + 48);
  return !lex.firstNames.has(span.split(/[ \t]/)[0]?.toLowerCase() ?? '') && (SERIAL_AFTER.test(after) || DEVICE_NOUN_AFTER.test(after));
}

// A laboratory value after an analyte's abbreviation: a decimal, a comparison, or a concentration unit.
const LAB_VALUE_AFTER = /^[ \t]*[:=]?[ \t]*(?:[<>]=?[ \t]*)?\d+(?:\.\d+|[ \t]*(?:%|[a-zA-Zµ]+\/[a-zA-Z]+|m?IU|U\/L|ng|pg|pmol|nmol|mmol|umol|mcg|ug))/;
// The second part of a ratio or pair of analytes, glued: "LH:FSH", "ALT/AST".
const RATIO_BEFORE = /[A-Za-z0-9][:\/]$/;

/** An analyte's capitalised abbreviation before its value (a hospital's abbreviation is not followed by "2.6" or "0.6 ng/mL"). */
function analyteAbbreviation(span: string, text: string, s: PhiSpan): boolean {
  if (!/^[A-Z][A-Za-z0-9]{1,4}$/.test(span) || !/^[A-Z0-9]+$/.test(span.slice(1).replace(/[a-z]/g, '')) || span.toUpperCase() !== span) return false;
  const after = text.slice(s.end, s.end + 24);
  return LAB_VALUE_AFTER.test(after) || (RATIO_BEFORE.test(text.slice(Math.max(0, s.start - 2), s.start)) && /^[ \t]*\d/.test(after));
}

// A preparation's form after its product name (BNF dose forms): "Destin lotion applied", "Cavilon cream to sacrum". A
// person's own cream takes a possessive ("Mary's cream"), which this does not read.
const FORM_AFTER = /^[ \t]{1,2}(?:cream|ointment|lotion|gel|paste|powder|spray|drops|patch|patches|dressing|dressings|foam|wash|shampoo|mouthwash|suppositor(?:y|ies)|pessar(?:y|ies)|inhaler|syrup|elixir|liniment|emollient|barrier[ \t]+(?:cream|film|spray))\b/i;

// Words that make the next word a person ("seen by Mary cream applied").
const PERSON_BEFORE = /\b(?:by|with|per|and|told|asked|called|informed|spoke|saw|seen|visited)[ \t]+$/i;

// A ward named after a place or a person is where someone is moved: "to Quartermain 2", "on Osler 5". A capitalised word
// before a small number without such a word before it is a product's or a scale's version ("Omnipod 5", "Deauville 2").
const WARD_WORD_BEFORE = /(?:\b(?:to|from|on|at|in|into|onto|off|via|back|per|or|and|ward|unit|bay|floor|wing|transfer(?:red)?|tx'?d|admitted)|[&\/,:])[ \t]*$/i;
/** A lone capitalised word read as a ward for the number after it, where nothing says a place (mixed-case text only). */
function versionNotWard(span: string, text: string, s: PhiSpan): boolean {
  if (s.type !== 'LOCATION' || !/^[A-Z][a-z]{3,}$/.test(span) || !/^[ \t]?\d(?!\d)/.test(text.slice(s.end, s.end + 3))) return false;
  if (!/[a-z]{3}[^\n]*[a-z]{3}/.test(text.slice(Math.max(0, s.start - 80), s.end + 80))) return false;
  return !WARD_WORD_BEFORE.test(text.slice(Math.max(0, s.start - 24), s.start));
}

// A language: right before the word for who speaks or interprets it ("Somali interpreter"), or in brackets right after a
// verb of translating ("translates (Kabyle)", "interpreter booked (Sylheti)").
const LANGUAGE_AFTER = /^[ \t]{1,2}(?:interpreters?|interpreting|interpretation|translators?|translation|speakers?|speaking|-speaking|language|sign[ \t]+language)\b/i;
const LANGUAGE_BRACKET_BEFORE = /\b(?:translat(?:es|ed|ing)|interpret(?:s|ed|ing)|interpreter[ \t]+(?:booked|requested|arranged|present|used))[ \t]*\([ \t]*$/i;

/** Whether a NAME or LOCATION span stands in a context only a clinical thing takes (see the module comment). */
export function clinicalThing(s: PhiSpan, text: string, lex: Lexicon): boolean {
  if (s.type !== 'NAME' && s.type !== 'LOCATION') return false;
  const span = text.slice(s.start, s.end);
  if (TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 6), s.start))) return false;
  if (analyteAbbreviation(span, text, s)) return true;
  if (!/^[A-Z][A-Za-z'\u2019-]+(?:[ \t][A-Z][A-Za-z'\u2019-]+){0,2}$/.test(span)) return false;
  if (/^[A-Z][a-z]+$/.test(span) && (LANGUAGE_AFTER.test(text.slice(s.end, s.end + 24)) ||
    (LANGUAGE_BRACKET_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start)) && /^[ \t]*\)/.test(text.slice(s.end, s.end + 3))))) return true;
  const after = text.slice(s.end, s.end + 64);
  if (testFinding(text, s) || versionNotWard(span, text, s)) return true;
  if (FORM_AFTER.test(after) && !/^[ \t]*['\u2019]/.test(after) && !PERSON_BEFORE.test(text.slice(Math.max(0, s.start - 16), s.start))) return true;
  const first = span.split(/[ \t]/)[0]?.toLowerCase() ?? '';
  // Two given-name-first words straight before the head are a person's ("Mary Jones test results"); a lone word there is
  // read by eponyms.ts already.
  const direct = TEST_DIRECT_AFTER.test(after);
  if (TEST_AFTER.test(after) && !(direct && span.includes(' ') && lex.firstNames.has(first)) &&
    !/\b(?:in|at|from|to|lives?|living|moved|born|near)[ \t]+$/i.test(text.slice(Math.max(0, s.start - 16), s.start))) return true;
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

/** NAME spans without a weekday or (mixed-case text) a lower-case English word at their end; other spans as they are. */
export function trimNameTails(spans: readonly PhiSpan[], text: string, lex: Lexicon, mixed: boolean): PhiSpan[] {
  return spans.map((s) => {
    if (s.type !== 'NAME') return s;
    const v = text.slice(s.start, s.end);
    const wk = WEEKDAY_TAIL.exec(v);
    if (wk && wk.index > 0) return { ...s, end: s.start + wk.index };
    const m = mixed ? LOWER_TAIL.exec(v) : null;
    if (!m || !/^[A-Z]/.test(m[1] ?? '')) return s;
    const w = (m[2] ?? '').toLowerCase();
    const english = lex.common.has(w) || /['\u2019](?:t|s|ll|d|re|ve)$/.test(w);
    // Name particles stay ("van", "de", "bin"): they are on no English list as such, or join two capitalised parts.
    if (!english || /^(?:van|von|de|da|del|della|di|du|le|la|bin|binti|ibn|al|el|ter|ten|den|der)$/.test(w)) return s;
    return { ...s, end: s.end - (m[2] ?? '').length - (m[0].length - (m[1] ?? '').length - (m[2] ?? '').length) };
  });
}
