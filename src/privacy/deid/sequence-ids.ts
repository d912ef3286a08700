/**
 * Zero-padded sequence codes (issue 14, session 24): trial screening and participant numbers, site-patient codes,
 * folder and asset numbers are a prefix of capitals (perhaps with digits: a site or a year) and a fixed-width sequence
 * number padded with zeros ("SCR-0447", "AG-K-0447", "VN04-0117", "NAUTH/26/04471"), often with no label at all (logs,
 * table cells, brackets). The rule is the numbering convention, not a list of prefixes: a quantity, a dose, a score, a
 * gene, a stage or a version is never written with a leading zero, so a token of one or more capitals-led groups joined
 * by dashes or slashes and ending in a digit group of three to six digits that starts with 0 is an identifier.
 * Stays out: a prefix group that is a measurement head, a month, a standard's or conformity mark, or a thing word; a code
 * after a model, catalogue, error, figure, form, ward or bed word (device models and alarms, document parts, places in
 * the building); an investigational drug's code ("MK-0431") after a drug word, in brackets after a medicine's
 * non-proprietary name (its INN stem: -mab, -nib, -gliptin, -vir, -sartan...), or before a dose.
 */
import { MEASURE_HEAD } from './plates.js';
import { MONTHS } from './patterns.js';
import type { PushSpan as Push } from './types.js';

// Capitals-led groups of capitals and digits joined by dashes or slashes, then a zero-padded last group.
// The token's start is checked in code (a leading lookbehind would be tried at every position).
const SEQUENCE = /[A-Z][A-Z0-9]{0,9}(?:[\-\/][A-Z0-9]{1,10})*?[\-\/]0\d{2,5}(?![A-Za-z0-9\-\/]|[.,]\d)/g;
const ZERO_GROUP = /[\-\/]0\d\d/;
const TOKEN_BEFORE = /[\p{L}\p{N}\-\/.]/u;
const MONTH = new RegExp(`^(?:${MONTHS})$`, 'i');
// Words that make a code name a thing or a place, not a person: device models, catalogue numbers and alarms, document
// parts, wards, beds and rooms (before the code, or as its prefix: "ROOM-012").
const THING = 'model|type|ref|cat(?:alog(?:ue)?)?|part|item|version|ver|rev|error|err|alarm|code|fig(?:ure)?|table|section|form|step|phase|ward|bed|bay|room|cubicle|theatre|floor|level|gate|page|unit';
const THING_BEFORE = new RegExp(`\\b(?:${THING})\\b\\.?[ \\t]*(?:no\\.?|#|:)?[ \\t]*$`, 'i');
const THING_PREFIX = new RegExp(`^(?:${THING}|ce|iso|en|din|ul|fda)$`, 'i');
// A medicine's non-proprietary name before the bracket, by its INN / USAN stem ("sitagliptin (MK-0431)").
const INN_BEFORE = /(?:mab|nib|lisib|ciclib|parib|coxib|gliptin|gliflozin|glutide|vir|sartan|pril|olol|statin|parin|xaban|gatran|conazole|floxacin|cycline|mycin|cillin|platin|taxel|rubicin|zepam|zolam|oxetine|triptan|lukast|dronate)[ \t]*\([ \t]*$/i;
// An investigational drug's code: after a drug word in the same phrase, or before a dose.
const DRUG_BEFORE = /\b(?:drug|compound|agent|molecule|candidate|inhibitor|agonist|antagonist|antibody|vaccine|placebo|product|formulation)s?\b[^.;\n]{0,24}$/i;
const DOSE_AFTER = /^[ \t]*\(?[ \t]*\d+(?:\.\d+)?[ \t]?(?:mg|mcg|\u00b5g|g|ml|units?|iu)\b/i;

/** The prefix groups are an issuer's code: no measurement head, month, mark or thing word among the letter words. */
function codePrefix(groups: readonly string[]): boolean {
  return groups.every((g) => /\d/.test(g) || g.length === 1 || (!MEASURE_HEAD.test(g) && !MONTH.test(g) && !THING_PREFIX.test(g)));
}

/** Pushes zero-padded sequence codes as ID (see the module comment). */
export function detectSequenceIds(text: string, push: Push): void {
  // Most notes hold no zero-padded group after a dash or slash: one linear scan spares the capitals-led one.
  if (!ZERO_GROUP.test(text)) return;
  SEQUENCE.lastIndex = 0;
  for (let m = SEQUENCE.exec(text); m !== null; m = SEQUENCE.exec(text)) {
    const start = m.index;
    const end = start + m[0].length;
    if (start > 0 && TOKEN_BEFORE.test(text[start - 1] ?? '')) continue;
    const groups = m[0].split(/[\-\/]/).slice(0, -1);
    if (!codePrefix(groups)) continue;
    const before = text.slice(Math.max(0, start - 40), start);
    if (THING_BEFORE.test(before) || DRUG_BEFORE.test(before) || INN_BEFORE.test(before) || DOSE_AFTER.test(text.slice(end, end + 12))) continue;
    push(start, end, 'ID');
  }
}
