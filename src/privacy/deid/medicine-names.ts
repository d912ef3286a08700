/**
 * Medicines are not people (issue 14, tenth pass, split from eponyms.ts): a brand name where a medicine is used, after
 * a verb of prescribing or taking, in a medication field, or before its dose or what a medicine undergoes.
 */
import { personByLists } from './context-vetoes.js';
import type { Lexicon } from './lexicon.js';
import { MEDICINES } from './lexicons/data.js';
import type { PhiSpan } from './types.js';
import { TITLE_BEFORE } from './titles.js';

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


// WHO INN stems (World Health Organization, "The use of stems in the selection of International Nonproprietary Names",
// INN Programme, 2018 edition): a lower-case word ending in one names a medicine's generic substance even when the
// medicine lists miss it ("tirzepatide", "aflibercept", "clozapine").
const INN_STEM = /(?:mab|cept|glutide|gliptin|gliflozin|xaban|gatran|parin|pril|sartan|olol|statin|prazole|tidine|azepam|azolam|apine|piprazole|peridone|oxetine|triptan|buvir|asvir|previr|navir|citabine|platin|taxel|tinib|ciclib|lukast|dronate|dronic|floxacin|conazole|cillin|cycline|mycin|setron|lutamide|relin|relix|parib|tide|vastatin|fibrate|dipine|semide|thiazide|lamide|zosin|terol|sonide|caine|profen|coxib|quine)$/;
// A medicine's name: a word the medicine list holds (RxNorm names, medicines.txt) or one with an INN stem, lower case, at least five letters.
const MEDICINE_WORDS: ReadonlySet<string> = new Set(MEDICINES.split(' '));
const medicineWord = (w: string, lex: Lexicon): boolean => /^[a-z][a-z-]{4,}$/.test(w) && (MEDICINE_WORDS.has(w) || (INN_STEM.test(w) && !lex.common.has(w)));
// Brand words glossed in brackets: capitalised words and their form codes or dose-form nouns ("Salazopyrin EN", "Nordimet
// pens"), joined by commas and "and" or "or".
const FORM = '(?:pens?|tablets?|injections?|inhalers?|patch(?:es)?)';
// A brand may carry its strength inside the gloss ("Hyalase 1500 IU"): the units of a dose (UCUM; IU as the BNF writes it).
const STRENGTH = '(?:[ \\t]\\d+(?:[.,]\\d+)?[ \\t]?(?:IU|mg|mcg|micrograms?|g|ml|mL|units?|%))';
const BRAND = `[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*(?:[ \\t](?:[A-Z][A-Za-z0-9]*|${FORM}))?${STRENGTH}?`;
const BRAND_LIST = `${BRAND}(?:(?:[ \\t]*,[ \\t]*|[ \\t]+(?:and|or)[ \\t]+)${BRAND})*`;
const BRAND_LIST_ONLY = new RegExp(`^${BRAND_LIST}$`);
// "generic (Brand, Brand)": the span inside the brackets after a medicine's name.
// The generic is one word or two ("uridine triacetate", "botulinum toxin").
const GENERIC_BEFORE = new RegExp(`((?:[a-z][a-z-]+[ \\t])?[a-z][a-z-]+)[ \\t]*\\((?:${BRAND}(?:[ \\t]*,[ \\t]*|[ \\t]+(?:and|or)[ \\t]+))*$`);
// Thirty-first session (deid-clean14): a two-word generic whose first word a medical list holds and whose last word is a
// salt's or an ester's anion (IUPAC Nomenclature of Inorganic Chemistry 2005, IR-5.3: anion names end in -ate, -ite,
// -ide: "uridine triacetate") or a biological class noun of the WHO INN and pharmacopoeial names (toxin, antitoxin,
// antivenom, immunoglobulin: "botulinum toxin").
const SALT = /^[a-z]{3,}(?:ate|ite|ide)$/;
const BIOLOGIC = /^(?:toxin|antitoxin|antivenom|immunoglobulin)$/;
/** Whether one or two lower-case words before a bracket name a medicine's generic substance (see GENERIC_BEFORE). */
function genericName(phrase: string, lex: Lexicon): boolean {
  const ws = phrase.split(/[ \t]+/);
  const last = ws[ws.length - 1] ?? '';
  if (medicineWord(last, lex)) return true;
  const first = ws.length === 2 ? ws[0] ?? '' : '';
  return (medicineWord(first, lex) || lex.medical.has(first)) && !lex.common.has(first) &&
    (BIOLOGIC.test(last) || (SALT.test(last) && !lex.common.has(last)));
}
const BRANDS_CLOSE = new RegExp(`^(?:[ \\t]+${FORM})?(?:(?:[ \\t]*,[ \\t]*|[ \\t]+(?:and|or)[ \\t]+)${BRAND})*[ \\t]*\\)`);
// "Brand (generic)": the span right before brackets that hold only medicines' names ("Eylea (aflibercept)").
const GENERIC_AFTER = /^(?:[ \t]+[A-Z0-9][A-Za-z0-9]*)?[ \t]*\(([a-z][a-z -]*(?:[/+][ \t]?[a-z][a-z -]*)*)\)/;

/**
 * Whether a NAME span is a medicine's brand glossed by its generic name in brackets, or glossing it ("leflunomide
 * (Arava)", "Eliquis (apixaban)"): a brand and its generic name are apposed as one referent (apposition, Huddleston &
 * Pullum 2002, ch. 15), and a generic name is no person's. A title before or inside keeps a person.
 */
export function brandGloss(s: PhiSpan, text: string, lex: Lexicon): boolean {
  if (s.type !== 'NAME') return false;
  const span = text.slice(s.start, s.end).replace(/[,:]$/, '');
  if (!BRAND_LIST_ONLY.test(span) || /\b(?:Dr|Mr|Mrs|Ms|Miss|Prof|Mx)\b/.test(span)) return false;
  const before = text.slice(Math.max(0, s.start - 80), s.start);
  if (TITLE_BEFORE.test(before)) return false;
  const after = text.slice(s.start + span.length, s.start + span.length + 80);
  const generic = GENERIC_BEFORE.exec(before)?.[1];
  if (generic && genericName(generic, lex) && BRANDS_CLOSE.test(after)) return true;
  const inside = GENERIC_AFTER.exec(after)?.[1];
  return inside !== undefined && inside.split(/[ \t]*[/+][ \t]*/).every((g) => g.trim().split(/[ \t]+/).some((w) => medicineWord(w, lex)) &&
    g.trim().split(/[ \t]+/).every((w) => medicineWord(w, lex) || /^(?:alfa|beta|acid|sodium|potassium|calcium|hydrochloride)$/.test(w)));
}
