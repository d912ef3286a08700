/**
 * National identity and social-security numbers in the layouts their issuers publish (issue 14, twentieth pass; Safe
 * Harbor (G) social security numbers and (R) any other unique identifying number), read by shape where the shape alone
 * says what it is, so no label is needed:
 * - UK National Insurance number (HMRC): two prefix letters (not D, F, I, Q, U, V; second not O; not BG, GB, NK, KN, TN,
 *   NT, ZZ), three pairs of digits, a suffix A-D, spaced or not ("JT 40 19 82 C");
 * - Chile RUT / RUN (Servicio de Registro Civil): thousands dots and a dashed check digit or K ("4.337.912-K");
 * - France NIR (INSEE): sex, year, month, department, commune, order and key, in the spaced groups 1-2-2-2-3-3-2;
 * - Hong Kong identity card: one or two letters, six digits and the bracketed check digit ("A123456(7)");
 * - Korea resident registration number: birth date yymmdd, a dash, a sex/century digit and six digits (a space for the
 *   dash only after its label);
 * - Australia tax file number after "TFN" (3-3-3 digits).
 * Check digits are not tested: a typed or invented number still names the field as one. Capitals notes are left for
 * the National Insurance shape (vital signs in a row read as letters and digit pairs there). A shape is no identity
 * number beside a unit, a currency or an amount, count or result noun, nor a National Insurance shape after a label
 * naming another kind of code (lot, catalogue, kit, cell line; the review of the same session).
 */
import type { CaseMode } from './letter-case.js';
import { allMatches } from './matches.js';
import { MEASURE_HEAD } from './plates.js';
import { COUNTED, CURRENCY, MASS, only, quantityAlternation, SUBSTANCE, VOLUME, without } from './quantity-words.js';
import type { PhiType, PushSpan as Push } from './types.js';

const NINO = /(?<![A-Za-z0-9])(?!BG|GB|NK|KN|TN|NT|ZZ)([A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z])(?:[ \t]?\d{2}){3}[ \t]?[A-D](?![A-Za-z0-9])/g;
// Not a range of amounts written with thousands dots ("1.500.000-2.000.000").
const RUT = /(?<![\w.])\d{1,2}\.\d{3}\.\d{3}-[\dkK](?![\w\-]|[.,]\d)/g;
// Spaced (as the Carte Vitale prints it) or dotted, one separator throughout; unspaced only with its two-digit key (15
// digits), since a bare 13-digit number starting 1 or 2 is as likely a GTIN/EAN barcode.
const NIR = /(?<![\w.])[12]([ \t.])\d{2}\1(?:0[1-9]|1[0-2]|[2-9]\d)\1(?:\d{2}|2[AB])\1\d{3}\1\d{3}(?:\1\d{2})?(?![\w]|\.\d)|(?<![\w.])[12]\d{2}(?:0[1-9]|1[0-2]|[2-9]\d)(?:\d{2}|2[AB])\d{8}(?![\w]|\.\d)/g;
// The check digit in brackets, with or without a space before it ("A123456(7)", "A123456 (7)").
const HKID = /(?<![A-Za-z0-9])[A-Z]{1,2}\d{6}[ \t]?\([0-9A]\)/g;
const RRN = /(?<![\w\-])\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])-[1-8]\d{6}(?![\w\-])/g;
// Typed with a space instead of the dash, only after its label ("RRN 850101 1234567"): left alone, another rule took the
// seven digits and left the birth date.
const RRN_LABELLED = /\b(?:RRN|[Rr]esident[ \t][Rr]egistration(?:[ \t](?:[Nn]umber|[Nn]o\.?))?)[ \t:#.]{0,3}(\d{2}(?:0[1-9]|1[0-2])(?:0[1-9]|[12]\d|3[01])[ \t][1-8]\d{6})(?![\w\-])/g;
// A unit or a currency after the number makes it an amount ("1.250.000-2 UI", "12.345.678-9 pesos", a count per mm3).
const UNIT_WORDS = quantityAlternation(only(MASS, ['mg', 'mcg', 'g', 'kg']), without(VOLUME, ['mls', 'cc']),
  without(SUBSTANCE, ['meq']), COUNTED, CURRENCY);
const UNIT_AFTER = new RegExp(`^[ \\t]*(?:(?:${UNIT_WORDS})\\b|%|\\/[ \\t]?(?:mm3|mm\\u00b3|[µu]l|l)\\b|x[ \\t]?10)`, 'i');
// ...and so does a currency, or an amount, count or result noun, right before it ("CLP 12.345.678-9", "Results: 1 45 ...").
const AMOUNT_BEFORE = /(?:[$\u20ac\u00a3]|\b(?:clp|usd|eur|gbp|aud|hkd|krw|uf|pesos|costs?|price|fees?|amount|total|sum|balance|spend|bill|counts?|census|platelets|plt|results?|values?))[ \t:=]*$/i;
// A label naming another kind of code right before a National Insurance shape: a reagent lot, a catalogue or part
// number, a cell line or clone, a kit ("reagent lot AB123456C", "Cat. no. SC123456A"). The other rules read it.
const THING_LABEL_BEFORE = /\b(?:lot|batch|cat(?:alogue|alog)?|part|product|item|order|ref(?:erence)?|kit|reagent|clone|cell[ \t]line|control|sku|model|serial)\.?(?:[ \t]{1,2}(?:no\.?|number|#))?[ \t:#.]{0,3}$/i;
const TFN = /\b(?:TFN|[Tt]ax[ \t]file[ \t](?:number|no\.?))[ \t:#.]{0,3}(\d{3}[ \t]?\d{3}[ \t]?\d{2,3})(?![\w\-])/g;

/** Push spans for national identity and social-security numbers in their published layouts. */
export function detectNationalIds(text: string, push: Push, mode: CaseMode): void {
  const all = (re: RegExp, type: PhiType): void => {
    for (const m of allMatches(re, text)) {
      const v = re === TFN || re === RRN_LABELLED ? m[1] ?? m[0] : m[0];
      const end = m.index + m[0].length;
      const start = end - v.length;
      if (!UNIT_AFTER.test(text.slice(end, end + 10)) && !AMOUNT_BEFORE.test(text.slice(Math.max(0, start - 16), start))) push(start, end, type);
    }
  };
  if (mode !== 'upper') {
    for (const m of allMatches(NINO, text)) {
      if (MEASURE_HEAD.test(m[1] ?? '') || THING_LABEL_BEFORE.test(text.slice(Math.max(0, m.index - 24), m.index))) continue;
      push(m.index, m.index + m[0].length, 'SSN');
    }
  }
  if (/\d\.\d{3}\.\d{3}-/.test(text)) all(RUT, 'ID');
  if (/\d{3}[ \t.]?\d{3}/.test(text)) all(NIR, 'SSN');
  if (text.includes('(')) all(HKID, 'ID');
  if (/\d{6}-\d{7}/.test(text)) all(RRN, 'SSN');
  if (/\d{6}[ \t]\d{7}/.test(text)) all(RRN_LABELLED, 'SSN');
  if (/TFN|ax file/.test(text)) all(TFN, 'SSN');
}
