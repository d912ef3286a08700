/**
 * Medicines are not people (issue 14, tenth pass, split from eponyms.ts): a brand name where a medicine is used, after
 * a verb of prescribing or taking, in a medication field, or before its dose or what a medicine undergoes.
 */
import { personByLists } from './context-vetoes.js';
import type { Lexicon } from './lexicon.js';
import type { PhiSpan } from './types.js';
import { TITLE_BEFORE } from './titles.js';
import { MEDICINES } from './lexicons/data.js';

/** The INN / USAN stems of medicines' non-proprietary names (WHO, The use of stems in the selection of INN), as a group. */
export const INN_STEM = '(?:mab|nib|lisib|ciclib|parib|coxib|gliptin|gliflozin|glutide|vir|sartan|pril|olol|statin|parin|xaban|gatran|conazole|floxacin|cycline|mycin|cillin|platin|taxel|rubicin|zepam|zolam|oxetine|triptan|lukast|dronate)';

// A medicine named where a medicine is used: after a verb of prescribing or taking, a course, a refill, an allergy or a
// medication field ("Started Xifaxan", "continue Creon", "switched from Anoro", "allergic to Keflex", "Meds: Yasmin"), or
// before what a medicine undergoes ("Xarelto was stopped", "Provera to the generic"). A person there takes a title or "on":
// "started Maria on insulin" keeps Maria.
const DRUG_CUE = '(?:start(?:ed|ing)?|restart(?:ed|ing)?|stop(?:ped|ping)?|continu(?:e|ed|ing)|discontinu(?:e|ed|ing)|resum(?:e|ed|ing)|' +
  'titrat(?:e|ed|ing)|prescrib(?:e|ed|ing)|takes|taking|tolerat(?:es|ed|ing)|(?:switch(?:ed|ing)?|chang(?:e|ed|ing)|convert(?:ed|ing)?)[ \\t]+(?:from|to)|' +
  'refills?[ \\t]+(?:of|for)|(?:doses?|course|trial|tablets?|capsules?|injections?|infusions?)[ \\t]+of|allergic[ \\t]+to|intoleran(?:t|ce)[ \\t]+(?:of|to)|' +
  'authori[sz]ation[ \\t]+for|due[ \\t]+for|(?:uses|using|wears|wearing)[ \\t]+(?:an?|the|her|his)|(?:effect|response|benefit|reaction)[ \\t]+(?:from|of|to|with)|(?:medications?|meds|allergies|rx)[ \\t]*:)';
// The cue may stand before a first medicine the second is joined to: "due for Shingrix and [Prevnar]", "from Januvia to [Mounjaro]".
const DRUG_BEFORE = new RegExp(`\\b${DRUG_CUE}[ \\t]{1,2}(?:[A-Z][A-Za-z]+(?:[ \\t]+[A-Z]{2,3})?(?:,|[ \\t]+(?:and|or|to))[ \\t]+)?$`, 'i');
// A dose: a strength or a count of a dose form (BNF dose forms: sachets, patches, pessaries...), thousands written with commas.
const DOSE = '(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?(?:\\/\\d+)?[ \\t]?(?:mg|mcg|micrograms?|g|ml|mmol|units?|iu|puffs?|tablets?|tabs?|capsules?|caps|drops?|sprays?|sachets?|patch(?:es)?|vials?|ampoules?|pessar(?:y|ies)|suppositor(?:y|ies)|lozenges?|nebules?|pens?|inhalations?)\\b';
// The usual frequencies after a dose ("500 mg BD", "1 sachet daily").
const FREQUENCY = '(?:OD|BD|BID|TDS|TID|QDS|QID|PRN|od|bd|bid|tds|tid|qds|qid|nocte|mane|prn|daily|weekly|monthly|[qQ]\\d{1,2}h)';
const DRUG_AFTER = new RegExp(`^(?:[ \\t]+(?:was|is|has[ \\t]+been|had[ \\t]+been)[ \\t]+(?:stopped|started|restarted|continued|discontinued|approved|denied|increased|reduced|decreased|switched|changed|prescribed|refilled|titrated|tapered|held)\\b(?![ \\t]+on\\b)|[ \\t]+to[ \\t]+(?:the[ \\t]+)?generic\\b|(?:[ \\t]+(?:\\d{1,3}(?:,\\d{3})+|\\d+)(?:\\.\\d+)?){0,2}[ \\t]+with[ \\t]+(?:meals|each[ \\t]+meal|snacks)\\b|[ \\t]+(?:at[ \\t]+bedtime|nocte|mane)\\b|(?:[ \\t]+(?:and|&)[ \\t]+[A-Z][A-Za-z]+)?[ \\t]+(?:applied(?![ \\t]+(?:for|to)\\b)|in[ \\t]+situ\\b)|[ \\t]{1,2}(?:${DOSE}|(?:one|two|three)[ \\t]+(?:puffs?|tablets?|tabs?|capsules?|drops?|sprays?|units?)\\b))`, 'i');
// Joined to a medicine written with its dose or release form: "on Sinemet CR and [Azilect]", "[Senna] and Colace 100 mg".
const DRUG_JOINED_BEFORE = new RegExp(`[A-Z][A-Za-z]+[ \\t]+(?:CR|XR|ER|SR|XL|LA|ODT|${DOSE})(?:[ \\t]+${FREQUENCY})?(?:,|[ \\t]+(?:and|or|to))[ \\t]+$`);
const DRUG_JOINED_AFTER = new RegExp(`^(?:,|[ \\t]+(?:and|or))[ \\t]+[A-Z][A-Za-z]+[ \\t]+(?:CR|XR|ER|SR|XL|LA|ODT|${DOSE})`);

/** Whether `raw` (the span, possessive removed) names a medicine where a medicine is used; a title or "on" after keeps a person. */
export function drugInUse(raw: string, text: string, s: PhiSpan, lex: Lexicon): boolean {
  // One word, or two for a product's name and its device or form ("Trelegy Ellipta", "Transderm Scop").
  if (!/^[A-Z][A-Za-z]+(?:-[A-Z]?[a-z]+)?(?:[ \t][A-Z][a-z]+)?$/.test(raw)) return false;
  const before = text.slice(Math.max(0, s.start - 48), s.start);
  const after = text.slice(s.start + raw.length, s.start + raw.length + 40);
  if (TITLE_BEFORE.test(before) || /^[ \t]+on\b/i.test(after)) return false;
  // Two words after "takes/taking" may be a person someone takes somewhere ("taking Mary Jones to school").
  if (raw.includes(' ') && /\btak(?:es|ing)[ \t]+$/i.test(before)) return false;
  // Joined to a medicine by a comma or "and" only, a given name before a lower-case word is the person told ("Paracetamol
  // 1 g QDS, Halina aware"); before a stop it is the next medicine ("Metformin 500 mg BD, Yasmin.").
  const joined = !(personByLists(raw, lex) && /^[ \t]+[a-z]/.test(after)) && (DRUG_JOINED_BEFORE.test(before) || DRUG_JOINED_AFTER.test(after));
  return DRUG_BEFORE.test(before) || DRUG_AFTER.test(after) || joined ||
    (VACCINE_AFTER.test(after) && (VACCINE_LOT_AFTER.test(after) || VACCINE_DETERMINER_BEFORE.test(before)));
}

// A vaccine's maker or brand right before the vaccine word or its lot ("the Pfizer booster", "Moderna vaccine", "AstraZeneca
// jab", "Pfizer lot: EK5730"): a person is not written straight before "booster" or "jab" (a possessive would be).
const VACCINE_AFTER = /^[ \t]+(?:booster|boosters|vaccine|vaccines|vaccination|jab|jabs|lot|batch)\b/i;
// The maker is read so only after a determiner or at a clause's start ("Gave Maria vaccine" keeps Maria), or before its lot.
const VACCINE_LOT_AFTER = /^[ \t]+(?:lot|batch)\b/i;
const VACCINE_DETERMINER_BEFORE = /(?:\b(?:the|a|an|his|her|their|first|second|third|fourth|another|one|no|any)[ \t]+|(?:^|[.;:,(\n])[ \t]*)$/i;


// Twenty-eighth session: a brand written beside its non-proprietary name, the way the BNF and product labels pair them
// ("Eliquis (apixaban)", "denosumab (Prolia)", "Wegovy, Mounjaro (tirzepatide)"). The bracketed or bracketing word is a
// medicine: one of the medicine list (RxNorm names, medicines.txt) or a word on an INN stem, the peptides' "-tide" too.
const MEDICINE_WORDS: ReadonlySet<string> = new Set(MEDICINES.split(' '));
const STEMMED = new RegExp(`(?:${INN_STEM}|tide)$`);
/** Whether a lower-case word (each hyphened part, "artemether-lumefantrine") is a medicine's non-proprietary name. */
function nonProprietary(word: string): boolean {
  return word.split('-').every((p) => p.length >= 4 && (MEDICINE_WORDS.has(p) || STEMMED.test(p)));
}
// A bracket holding the medicine after the brand ("Eliquis (apixaban)", "(andexanet alfa)"), or the medicine before the
// bracket that holds the brand, closed or followed by the next item ("denosumab (Prolia)", "(Coartem, LA 1x6...").
const GENERIC_AFTER = /^[ \t]*\([ \t]*([a-z][a-z-]+)(?:[ \t]+alfa|[ \t]+beta)?[ \t]*[),;]/;
const GENERIC_BEFORE = /\b([a-z][a-z-]+)[ \t]*\([ \t]*$/;
const BRAND_AFTER_GENERIC = /^[ \t]*[),;]/;
// The span is brands only: capitalised words, a list of them joined by commas ("Wegovy, Mounjaro").
const BRANDS = /^[A-Z][A-Za-z0-9-]*(?:[ \t][A-Z][A-Za-z0-9-]*)?(?:,[ \t][A-Z][A-Za-z0-9-]*(?:[ \t][A-Z][A-Za-z0-9-]*)?)*$/;

// A list of brands goes with the brand in it that its medicine names ("Ozempic and Wegovy (semaglutide)", "Advate, Elocta,
// Alprolix, Hemlibra (emicizumab)"): coordinated words are of one kind (English grammar's coordination of likes). The
// walk passes items of one or two capitalised words, each with an optional bracket, joined by a comma, "and", "or", "&".
const ITEM = "[A-Z][A-Za-z0-9'-]*(?:[ \\t][A-Z0-9][A-Za-z0-9-]*)?";
const BRACKET = '(?:[ \\t]*\\([^()\\n;.]{1,40}\\))?';
const SEP = '(?:,[ \\t]+|[ \\t]+(?:and|or|&)[ \\t]+)';
const NEXT_ITEM = new RegExp(`^${BRACKET}${SEP}(${ITEM})`);
const PREVIOUS_ITEM = new RegExp(`(?<![A-Za-z0-9'-])(${ITEM})(${BRACKET})${SEP}$`);
const GENERIC_BRACKET = /^[ \t]*\([ \t]*([a-z][a-z-]+)(?:[ \t]+alfa|[ \t]+beta)?[ \t]*\)$/;
const LIST_ITEMS = 12;

/** Whether the span is followed by its medicine in brackets. */
function genericAfter(text: string, end: number): boolean {
  const m = GENERIC_AFTER.exec(text.slice(end, end + 48));
  return !!m && nonProprietary(m[1] ?? '');
}

/** Whether a list the span stands in holds, among items no name list holds, a brand with its medicine in brackets. */
function brandInList(s: PhiSpan, text: string, lex: Lexicon): boolean {
  let end = s.end;
  for (let k = 0; k < LIST_ITEMS; k++) {
    if (genericAfter(text, end)) return true;
    const m = NEXT_ITEM.exec(text.slice(end, end + 120));
    if (!m || personByLists(m[1] ?? '', lex)) break;
    end += m[0].length;
  }
  let before = text.slice(Math.max(0, s.start - 400), s.start);
  for (let k = 0; k < LIST_ITEMS; k++) {
    const m = PREVIOUS_ITEM.exec(before);
    if (!m || personByLists(m[1] ?? '', lex)) return false;
    const bracket = GENERIC_BRACKET.exec(m[2] ?? '');
    if (bracket && nonProprietary(bracket[1] ?? '')) return true;
    before = before.slice(0, m.index);
  }
  return false;
}

/**
 * Whether the span is a brand (or a list of brands) written beside a medicine's non-proprietary name. A title, or a name
 * list's given name opening an item, keeps a person: a clinic's list may write each patient with the medicine they take
 * ("Ioana Marin (warfarin)").
 */
export function brandBesideGeneric(s: PhiSpan, text: string, lex: Lexicon): boolean {
  const span = text.slice(s.start, s.end);
  if (!BRANDS.test(span) || TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 8), s.start))) return false;
  if (span.split(/,[ \t]/).some((item) => personByLists(item, lex))) return false;
  const before = GENERIC_BEFORE.exec(text.slice(Math.max(0, s.start - 48), s.start));
  if (before && nonProprietary(before[1] ?? '') && BRAND_AFTER_GENERIC.test(text.slice(s.end, s.end + 4))) return true;
  return brandInList(s, text, lex);
}
