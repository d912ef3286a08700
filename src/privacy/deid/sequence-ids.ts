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
 * non-proprietary name (its INN stem: -mab, -nib, -gliptin, -vir, -sartan...), or before a dose. Also (review-deid10)
 * a code whose head noun is an English noun of a thing, a care unit's or an HLA locus's code, and a code before "trial".
 */
import { MEASURE_HEAD } from './plates.js';
import { MONTHS } from './patterns.js';
import { UNITS } from './organisations.js';
import type { Lexicon } from './lexicon.js';
import type { PushSpan as Push } from './types.js';

// Capitals-led groups of capitals and digits joined by dashes or slashes, then a zero-padded last group.
// The token's start is checked in code (a leading lookbehind would be tried at every position).
const SEQUENCE = /[A-Z][A-Z0-9]{0,9}(?:[\-\/][A-Z0-9]{1,10})*?[\-\/]0\d{2,5}(?![A-Za-z0-9\-\/]|[.,]\d)/g;
const ZERO_GROUP = /[\-\/]0\d\d/;
const TOKEN_BEFORE = /[\p{L}\p{N}\-\/.]/u;
const MONTH = new RegExp(`^(?:${MONTHS})$`, 'i');
// Words that make a code name a thing or a place, not a person: device models, catalogue numbers and alarms, document
// parts, wards, beds and rooms (before the code, or as its prefix: "ROOM-012").
// Also (review-deid10) an ECG lead or a recorder's channel; a document that is no person's (an SOP, a guideline, a
// pathway, a patient group direction, a trial's protocol: the letters' gold marks no protocol number); a lab's or an
// imaging system's things (assay, reagent, analyser, instrument, platform, run, panel, series, image, sequence, slice,
// cell line, firmware, tray). Left out on purpose, as the letters' gold marks their numbers: policy (an insurance
// policy), kit (a trial's drug kit), specimen and sample (lab numbers), and device words (serial numbers).
const THING = 'model|type|ref|cat(?:alog(?:ue)?)?|part|item|version|ver|rev|error|err|alarm|code|fig(?:ure)?|table|section|form|step|phase|ward|bed|bay|room|cubicle|theatre|floor|level|gate|page|unit|' +
  'lead|channel|sop|guideline|guidance|pathway|procedure|protocol|pgd|assay|reagent|analy[sz]er|instrument|platform|run|panel|series|image|sequence|slice|line|firmware|fw|tray';
const THING_BEFORE = new RegExp(`\\b(?:${THING})\\b\\.?[ \\t]*(?:no\\.?|number|#|:)?[ \\t]*$`, 'i');
const THING_PREFIX = new RegExp(`^(?:${THING}|ce|iso|en|din|ul|fda)$`, 'i');
// HLA loci of the WHO nomenclature, in the old notation with a dash ("DRB1-0401", "DQB1-0302"): an allele, no one's code.
const HLA_LOCUS = /^(?:DRB[1-9]|DQ[AB]1|DP[AB]1)$/;
// A study's or a drug's code is followed by its kind ("MK-0431 trial arm", "EORTC-0012 protocol").
const STUDY_AFTER = /^[ \t]+(?:trial|protocol)\b/i;
// A medicine's non-proprietary name before the bracket, by its INN / USAN stem ("sitagliptin (MK-0431)").
const INN_BEFORE = /(?:mab|nib|lisib|ciclib|parib|coxib|gliptin|gliflozin|glutide|vir|sartan|pril|olol|statin|parin|xaban|gatran|conazole|floxacin|cycline|mycin|cillin|platin|taxel|rubicin|zepam|zolam|oxetine|triptan|lukast|dronate)[ \t]*\([ \t]*$/i;
// An investigational drug's code: after a drug word in the same phrase, or before a dose.
const DRUG_BEFORE = /\b(?:drug|compound|agent|molecule|candidate|inhibitor|agonist|antagonist|antibody|vaccine|placebo|product|formulation)s?\b[^.;\n]{0,24}$/i;
const DOSE_AFTER = /^[ \t]*\(?[ \t]*\d+(?:\.\d+)?[ \t]?(?:mg|mcg|\u00b5g|g|ml|units?|iu)\b/i;

/**
 * The prefix groups are an issuer's code: no measurement head, month, mark or thing word among the letter words, no care
 * unit ("ICU-004", "AMU-012": a bed or bay there) and no HLA locus.
 */
function codePrefix(groups: readonly string[]): boolean {
  return groups.every((g) => !HLA_LOCUS.test(g) && !UNITS.has(g.toUpperCase()) &&
    (/\d/.test(g) || g.length === 1 || (!MEASURE_HEAD.test(g) && !MONTH.test(g) && !THING_PREFIX.test(g))));
}

// The word right before a code is its head noun (review-deid10): an English noun names the thing the code numbers
// ("Fridge FR-003", "Slide S-004", "Tube EDTA-004", "Monitor MON-012"), unless it names a person, a person's record or
// a thing the letters' gold marks as someone's identifier ("Participant ABC-0093", "folder ZRH/25/03318", "kit
// K-20871", "specimen LB/26/04418", the asset tag of a tablet that took a patient's photo). A colon, a bracket or a
// table bar before the code is no head noun.
const HEAD_BEFORE = /(?<![\p{L}\d])(\p{L}+)[ \t]{1,2}$/u;
const PERSON_HEADS = new Set(('patient pt participant participants subject subjects client resident member person case cases ' +
  'folder file record records chart number no nr id ident identifier ref reference log screening screened enrolment ' +
  'enrollment enrolled randomisation randomization randomised randomized study trial kit kits specimen sample samples lab ' +
  'accession policy claim account card booking episode encounter visit registration registered register donor recipient ' +
  'serial asset tag device implant consent baby infant child mother father son daughter wife husband nhs hospital clinic notes ' +
  'letter referral request order requisition report incident session ticket job').split(' '));

/** Whether the word right before the code is an English noun naming a thing, not a person or their record. */
function thingHead(before: string, lex: Lexicon): boolean {
  const w = HEAD_BEFORE.exec(before)?.[1]?.toLowerCase();
  return w !== undefined && lex.common.has(w) && !PERSON_HEADS.has(w);
}

/** Pushes zero-padded sequence codes as ID (see the module comment; `lex` tells an English head noun). */
export function detectSequenceIds(text: string, lex: Lexicon, push: Push): void {
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
    if (STUDY_AFTER.test(text.slice(end, end + 12)) || thingHead(before, lex)) continue;
    push(start, end, 'ID');
  }
}
