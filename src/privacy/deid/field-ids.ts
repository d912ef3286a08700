/**
 * Identifiers behind a field label no list holds (issue 14, eleventh pass): forms and letters put an identifier after
 * any label and a colon or a numbering word ("RN: 4402 7719", "Coverage ID: 58813", "Hospital No: H0098123", "Our ref
 * no. GP/4471/KT"), and the label words vary with the payer, the registry and the country. The rule is a shape next to
 * a field label, not a list of labels: a run of five or more digits or a letters-and-digits token of an identifier's
 * shape, right after one to three label words that open a field and end in ":", "#" or no./number/ID/ref. What keeps
 * measurements out is the label: a label naming a quantity, a test, a score or a code system (lab analytes, vital signs,
 * counts, doses, ranges, billing and terminology codes: general clinical vocabulary) is a measurement whatever its
 * value; and the value itself: no decimals, no range or ratio groups ("80-90", "120/80"), no unit after it.
 * `groupedValue` (the value reader shared with identifiers.ts's national labels) lives here.
 * An issuer's acronym is a label without a colon (twenty-third pass): "PhilHealth 02-051884417-6", "SLMC 22418", "NIK
 * 3374014507340002", "HN 63-044172": at a field opening, a capitals acronym (or a word with an inner capital) that no
 * word list knows, then a value of digits only with five or more of them, is an identifier; acronyms of lab tests,
 * vital signs, code systems, standards, currencies and phones stay measurements, codes and amounts.
 */
import type { CaseMode } from './letter-case.js';
import type { Lexicon } from './lexicon.js';
import { digitCount } from './international.js';
import { MEASURE_HEAD } from './plates.js';
import { CLOCK, COUNTS, DAYS, HOURS, LENGTH, MASS, only, quantityAlternation, SUBSTANCE, VOLUME, without, YEARS } from './quantity-words.js';
import type { PhiType, PushSpan as Push } from './types.js';
import { US_STATE_CODES } from './us-states.js';

// A dot joins groups when a letter or digit follows it ("PX.4655.63"); a closing full stop stays out.
const GROUPS = /^[A-Z0-9](?:[A-Z0-9\-\/]|\.(?=[A-Z0-9]))*(?![A-Za-z0-9])(?:[ \t][A-Z0-9](?:[A-Z0-9\-\/]|\.(?=[A-Z0-9]))*(?![A-Za-z0-9])){0,5}/;
// The words this rule has always read (quantity-words.ts; the rest of each group is kept out for identical spans). "%"
// stays inside the word end, as it was (it stops a value only before a letter).
const UNIT_WORDS = quantityAlternation(without(MASS, ['µg', 'ug', 'pounds', 'kilos']), without(VOLUME, ['mls']),
  without(SUBSTANCE, ['ui', 'u']), only(LENGTH, ['mm', 'cm']), only(HOURS, ['h', 'hr', 'hrs', 'min']), DAYS,
  without(YEARS, ['y\\/o']), CLOCK, only(COUNTS, ['x']));
const UNIT_AFTER = new RegExp(`^[ \\t]*(?:${UNIT_WORDS}|%)\\b`, 'i');


/** The identifier value at `at`: groups of capitals, digits, dashes and slashes separated by single spaces. */
export function groupedValue(text: string, at: number, numbered = false): { end: number; value: string } | undefined {
  const m = GROUPS.exec(text.slice(at, at + 48));
  if (!m) return undefined;
  const groups = m[0].split(/[ \t]/);
  let value = groups[0] ?? '';
  for (const g of groups.slice(1)) {
    // After the first group, a group without a digit is a check letter or two, and ends the value.
    if (!/\d/.test(g)) {
      if (g.length <= 2) value += ` ${g}`;
      break;
    }
    value += ` ${g}`;
  }
  value = value.replace(/[\-\/]+$/, '');
  if (!value) return undefined;
  const d = digitCount(value);
  const letters = value.replace(/[^A-Z]/g, '').length;
  // Digits alone need six or more (five after a label that says number or ID) and no range shape ("130-140"); letters with
  // digits need three digits.
  // Vital signs in a row ("148/60 77 28 99") are digits with slashes and spaces.
  if (letters === 0 ? d < (numbered ? 5 : 6) || ((!numbered || d < 7) && /^\d{1,4}-\d{1,4}$/.test(value)) || (/\//.test(value) && / /.test(value)) : d < 3 || value.length < 5) return undefined;
  if (UNIT_AFTER.test(text.slice(at + value.length, at + value.length + 8))) return undefined;
  return { end: at + value.length, value };
}

// Where a field label ends: a colon, "#" (perhaps "#:"), or a numbering word after the label words ("no.", "number", "ID",
// "ref"), then the value's first capital or digit.
const FIELD_END = /(?:#[ \t]*:?|:|(?<=[ \t.])(?:no\b\.?|number\b|num\b|id\b|ref\b)[ \t]*[:#.]?)[ \t]{0,3}(?=[A-Z0-9])/gi;
// One to three label words opening a field: at the start of the text or a line, after a bar, semicolon or bracket, after
// a full stop or comma and a space, or after a run of spaces (a form's columns).
const LABEL_BEFORE = /(?:^|[\n|;(]|[.,][ \t]|[ \t]{2}|\t)[ \t]*((?:[A-Za-z][A-Za-z'&\/\-]*\.?[ \t]){0,2}[A-Za-z][A-Za-z'&\/\-]*)[ \t]*\.?[ \t]*$/;
const FIELD_OPEN = /(?:^|[\n|;(]|[.,][ \t]?|[ \t]{2}|\t)[ \t]*$/;
// A date is read by the date rules, whatever label it follows ("Adm: 12/02/2024").
const DATE_SHAPE = /^\d{1,4}[\/.\-]\d{1,2}[\/.\-]\d{2,4}$/;
// Words that make a phrase a sentence, not a label ("he has no 2 ...", "seen on: ...").
const NOT_LABEL = /^(?:is|was|are|were|be|has|had|have|with|and|or|but|the|a|an|of|to|in|on|at|for|by|from|no|not|per|x|he|she|they|we|i|it|this|that|then|than|if|as|so)$/i;
// Label words that name a measurement, a count, a score or a code (general clinical vocabulary: common laboratory
// analytes and panels, vital signs, fluid balance, scores and scales, and the terminologies' own codes).
const MEASURE = new Set(('na sodium k potassium cl chloride hco3 bicarb co2 bun urea cr creat creatinine glu glucose bg bs fs fsbs cbg ca calcium ' +
  'mg magnesium phos phosphate alb albumin prot protein ast alt alp ggt bili tbili dbili ldh ck cpk ckmb trop troponin tni tnt bnp probnp ' +
  'nt-probnp inr pt ptt aptt fib fibrinogen d-dimer ddimer dimer hb hgb haemoglobin hemoglobin hct wbc wcc plt plts platelet platelets rbc ' +
  'mcv neut neuts lymph lymphs anc esr crp pct procalcitonin tsh t3 t4 ft4 ft3 psa afp cea ca125 hcg bhcg b-hcg hba1c a1c ldl hdl tg trig ' +
  'chol cholesterol ferritin iron tibc vit vitamin b12 folate lactate ph pco2 po2 pao2 paco2 sao2 spo2 sats o2 fio2 be hr pulse rr resp bp ' +
  'sbp dbp map temp tmax t wt weight ht height bmi egfr gfr crcl uo output intake i&o fluid fluids balance volume vol dose doses total ' +
  'count counts cd4 cd8 viral load copies titre titer igg igm ige level levels result results value values reading readings range ' +
  'normal ref-range score scale grade stage class index gcs apgar phq gad mmse moca audit steps calories kcal cost price amount charge ' +
  'fee fees time duration years year age qtc qrs pr ef lvef fev1 fvc pef peak code codes cpt icd icd-10 icd10 icd-9 snomed loinc ndc hcpcs ' +
  'drg rxnorm atc opcs dsm version page pages ward bed room ext extension rate ratio strength size dim dims length width depth area ' +
  // Place labels: their values are postcodes and addresses, which the address rules read and type.
  'zip zipcode postcode eircode postal pincode address addr street').split(' '));

const FIELD_TYPES: readonly (readonly [RegExp, PhiType])[] = [
  [/\b(?:mrn|rn|ur|urn|record|chart|hospital|hosp|mr)\b/i, 'MRN'],
  [/\b(?:plan|member|mbr|coverage|insurance|insurer|ins|medicare|medicaid|policy|subscriber|beneficiary|payer|payor)\b/i, 'HEALTH_PLAN'],
  [/\b(?:acct|account|fin|encounter|billing|invoice)\b/i, 'ACCOUNT'],
  [/\b(?:serial|sn|s\/n|device|transmitter|sensor|pump|implant|imei)\b/i, 'DEVICE'],
  [/\b(?:licen[cs]e|lic|dea|npi)\b/i, 'LICENSE'],
  [/\b(?:ssn|social)\b/i, 'SSN'],
];

/** The label before a field end at `at` (its words, lowercase), or undefined when no label opens a field there. */
function fieldLabel(text: string, at: number, end: string): string[] | undefined {
  const before = text.slice(Math.max(0, at - 48), at);
  const m = LABEL_BEFORE.exec(before);
  // A numbering word may be the whole label when it opens the field itself (", ID ZGP 8812 4410", "; Ref KX-22819").
  if (!m) return FIELD_OPEN.test(before) && /(?:no|number|num|id|ref)\b/i.test(end) ? ['#'] : undefined;
  const ws = (m[1] ?? '').toLowerCase().replace(/\./g, '').split(/[ \t]+/).filter(Boolean);
  if (!ws.length || ws.some((w) => NOT_LABEL.test(w) || MEASURE.has(w))) return undefined;
  return ws;
}

/** The value's shape passes as an identifier after a bare field label (stricter than after a national or payer label). */
function identifierShape(value: string, lex: Lexicon): boolean {
  if (/\d\.\d|\d,\d/.test(value) || DATE_SHAPE.test(value)) return false;
  const groups = value.split(/[ \t]+/);
  // Settings, ranges and ratios are short numbers joined by a dash, slash or "x" ("80-90", "650/10/50", "8X650X50",
  // "1900-0700", "40-80CC/HR"); an identifier's digit groups are not all that short, or carry letters first.
  if (groups.some((g) => /^\d{1,4}(?:[-\/xX]\d{1,4})+(?![\d])/.test(g))) return false;
  // A word inside the value ("DAUGHTER-KRISSY") makes it prose; an identifier's letter runs are short codes.
  if (/[A-Za-z]{5,}/.test(value)) return false;
  const letters = value.replace(/[^A-Za-z]/g, '').length;
  if (letters === 0) return true;
  // Letters with digits: four digits at least, and a letters-only first group is no clinical or English abbreviation.
  if (digitCount(value) < 4) return false;
  const first = (groups[0] ?? '').toLowerCase();
  return /\d/.test(first) || (!MEASURE.has(first) && !lex.clinical.has(first) && !lex.common.has(first));
}

// An acronym label, one or two spaces, then a digit (the label's words before it are read by LABEL_BEFORE).
// The word's start is checked in code: a leading lookbehind would make the engine try every position of every note.
const ACRONYM_SLOT = /[A-Z][A-Za-z]{1,9}[ \t]{1,2}\d/g;
const WORD_BEFORE = /[A-Za-z0-9\-\/.]/;
// Acronyms that are no issuer's label, beyond MEASURE and the word lists: lab tests and markers, counts, standards bodies
// (ISO 15189, EN 14683), ISO 4217 currencies (amounts), phone and date labels, and reference words; besides, MEASURE_HEAD
// (plates.ts) and the US states' postal codes.
const NOT_ISSUER = new Set(('vl dna rna pcr hiv hbv hcv cmv ebv hpv hsv rsv pth acth epo igf ana anca ace amh fsh lh shbg dhea cortisol ' +
  'cfu rpm iso iec en bs din astm ansi ieee nfpa un ce fda ema who nice gtin ean udi upc asin isbn issn ' +
  'usd eur gbp aud cad nzd chf jpy cny inr kes ugx tzs ngn ghs zar egp mad uah ron pln czk huf brl ars clp pen cop mxn ' +
  'php idr thb vnd myr sgd hkd krw bdt pkr lkr npr try aed sar qar etb xof xaf ' +
  'pefr tel ph mob fax ext cell dob dod eta etd lot ref cat exp rev ver v').split(' '));
const NUMBERING = /^(?:no|number|num|id|ref)$/;
const DIGIT_VALUE = /^\d[\d \t.\-\/]*$/;
// Thousands dots in a national number ("1.017.448.219"), not a decimal.
const DOTTED_THOUSANDS = /^\d{1,3}(?:\.\d{3}){2,}$/;
// A count or an amount after the number ("45000 copies", "12000 cells/uL", "1.5 x 10").
const COUNT_AFTER = /^[ \t]*(?:copies|cells|cfu|iu|ui|u\b|units?|per\b|\/|x[ \t]?10|\u00d7)/i;

/** An acronym label that could name an issuer: capitals (2-6) or a word with an inner capital, in no list. */
function issuerAcronym(word: string, lex: Lexicon): boolean {
  if (!/^[A-Z]{2,6}$/.test(word) && !/^[A-Z][a-z]+[A-Z][a-z]+$/.test(word)) return false;
  // A state's postal code before a ZIP ("NY 10128") is an address line, read by the address rules.
  if (US_STATE_CODES.includes(word)) return false;
  const w = word.toLowerCase();
  return !MEASURE.has(w) && !MEASURE_HEAD.test(w) && !NOT_ISSUER.has(w) && !lex.clinical.has(w) && !lex.common.has(w) && !lex.medical.has(w);
}

/** Pushes digit values after an issuer's acronym that opens a field without a colon (see the module comment). */
function detectAcronymIds(text: string, lex: Lexicon, push: Push): void {
  ACRONYM_SLOT.lastIndex = 0;
  for (let m = ACRONYM_SLOT.exec(text); m !== null; m = ACRONYM_SLOT.exec(text)) {
    const word = m[0].slice(0, -1).trimEnd();
    if ((m.index > 0 && WORD_BEFORE.test(text[m.index - 1] ?? '')) || !issuerAcronym(word, lex)) continue;
    const labelEnd = m.index + word.length;
    const lm = LABEL_BEFORE.exec(text.slice(Math.max(0, labelEnd - 48), labelEnd));
    const ws = (lm?.[1] ?? '').toLowerCase().replace(/\./g, '').split(/[ \t]+/).filter(Boolean);
    // A numbering word in the label ("ID ZGP 8812") is the colon rule's field (FIELD_END), read below.
    if (!ws.length || ws.some((w) => NOT_LABEL.test(w) || MEASURE.has(w) || NUMBERING.test(w))) continue;
    const at = m.index + m[0].length - 1;
    const v = groupedValue(text, at, true);
    if (!v || !DIGIT_VALUE.test(v.value) || digitCount(v.value) < 5 || COUNT_AFTER.test(text.slice(v.end, v.end + 12))) continue;
    // Spaced groups all of four digits or fewer are a row of readings or times ("PEFR 350 400 450", "BM 1200 1630").
    if (/[ \t]/.test(v.value) && !/\d{5}/.test(v.value)) continue;
    if ((/\d\.\d/.test(v.value) && !DOTTED_THOUSANDS.test(v.value)) || !identifierShape(v.value.replace(/\./g, ''), lex)) continue;
    ACRONYM_SLOT.lastIndex = v.end;
    push(at, v.end, FIELD_TYPES.find(([re]) => re.test(ws.join(' ')))?.[1] ?? 'ID');
  }
}

/** Pushes identifier values after any field label that names no measurement (see the module comment). */
export function detectFieldIds(text: string, lex: Lexicon, push: Push, mode: CaseMode = 'mixed'): void {
  // In a note written in capitals every word has an acronym's shape.
  if (mode === 'mixed') detectAcronymIds(text, lex, push);
  FIELD_END.lastIndex = 0;
  for (let m = FIELD_END.exec(text); m !== null; m = FIELD_END.exec(text)) {
    // A failed end is tried again one character on: "ref no. GP/4471" ends its label at "no.", not at "ref".
    FIELD_END.lastIndex = m.index + 1;
    const labelWords = fieldLabel(text, m.index, m[0]);
    if (!labelWords) continue;
    const at = m.index + m[0].length;
    const v = groupedValue(text, at, true);
    if (!v || !identifierShape(v.value, lex)) continue;
    FIELD_END.lastIndex = v.end;
    const label = labelWords.join(' ') + ' ' + m[0];
    push(at, v.end, FIELD_TYPES.find(([re]) => re.test(label))?.[1] ?? 'ID');
  }
}
