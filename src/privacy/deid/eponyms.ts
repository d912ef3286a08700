/**
 * Eponyms are not people: "Chaddock sign", "Lou Gehrig disease", "Gleason score", "Stevens-Johnson syndrome".
 * A name detector that knows surnames flags them, and a redacted eponym costs the reader the diagnosis. This step
 * drops NAME spans that stand in a clinical term: right before a clinical head word (sign, disease, score...),
 * possibly through a list of eponyms ("Kernig and Brudzinski signs"), or hyphen-joined words that are all eponyms,
 * clinical or English words ("Wolff-Parkinson-White"). Eponyms come from ICD-10-CM, Disease Ontology and HPO.
 * The same step drops what else a PHI-free clinical text gets flagged for (issue 14, tenth pass): a medicine where a
 * medicine is used, a hospital service or area, a named score with its value, an organism, a professional body's
 * classification. Each is a context with its person counter-case (a title, "started Maria on", a name-list word first).
 * Those other contexts live in organisms.ts, medicine-names.ts, services.ts, named-scores.ts and context-vetoes.ts (tests read
 * as findings, things placed, device makers, analytes, languages); this module keeps the
 * eponyms proper and the one filter that asks them all.
 */
import type { Lexicon } from './lexicon.js';
import { isAgency, isCharity } from './agencies.js';
import { isVaccineProduct } from './vaccines.js';
import { anyCase, clinicalThing, NOT_A_SERVICE } from './context-vetoes.js';
import { isVehicleMake } from './vehicles.js';
import { brandGloss, drugInUse } from './medicine-names.js';
import { bodyClassification, namedScore, SCORE_NAMES, SCORE_SUM_AFTER } from './named-scores.js';
import { CULTURE_BEFORE, isOrganism } from './organisms.js';
import { payerName } from './payers.js';
import { OBJECT_WORDS, pluralHeadModifier } from './plural-heads.js';
import { HOSPITAL_AREA, serviceName } from './services.js';
import { TITLE_BEFORE } from './titles.js';
import type { PhiSpan } from './types.js';

const HEAD = '(?:disease|diseases|syndrome|syndromes|sign|signs|test|tests|testing|score|scores|scale|reflex|reflexes|maneuver|manoeuvre|criteria|classification|procedure|protocol|technique|regimen|operation|fracture|palsy|phenomenon|lymphoma|sarcoma|tumou?r|catheter|position|triad|ulcer|cyst|dystrophy|contracture|esophagus|oesophagus|thyroiditis|encephalopathy|aneurysm|hernia|grade|staging|point|node|nodes|anomaly|malformation|disorder|dementia|chorea|ataxia|anemia|anaemia|fundoplication|repair|incision|line|lines|test\'s|method|rule|index|equation|formula|stain|solution|tube|mask|cannula|valve|shunt|pouch|loop|block|bundle|fibers|junction|cells|angina|protein|proteins|trait|traits|virus|bacillus|body|bodies|granules|nodes?|nodules?|spots?|ring|canal|duct|gland|glands|space|membrane|ligament|tendon|tendons|muscle|nerve|artery|vein|effect|deformity|lesions?|rash|angle|curve|type|law|hypothesis|coma|agent|toxin|factor|gene|variant|body|frame|splint|traction|murmur|gait|habitus|respiration|breathing|pulse|sounds?|nodule|pupils?|infections?|neuralgia|neuroma|neuropathy|arthritis|sclerosis|necrosis|infarct|thrombosis|glomerulonephritis|nephropathy|pneumonia|keratitis|uveitis|dermatitis|hypoplasia|atrophy|cardiomyopathy|drain|drains|bar|cycle|ratio|collar|brace|harness|blade|jacket|tear|diverticulum|myotomy|circulation|perimetry|bypass|fingers|dysplasia|chondrodysplasia|typhus|rupture|tendinopathy|tendinitis|tendonitis|bursitis)';
// After the span: an optional possessive, a list of further capitalised words joined by and/or/comma/hyphen, then the head.
// One more capitalised word may stand between (Von Willebrand disease, Bence Jones protein).
// Case-insensitive head words, case-sensitive capitals for the eponym words (so "Smith has disease" keeps Smith).
const HEAD_ANY_CASE = anyCase(HEAD);
const TERM_AFTER = new RegExp(`^(?:['\u2019]s|s?['\u2019])?(?:[ \\t]*(?:,|[Aa][Nn][Dd]|&|[Oo][Rr]|-|/)[ \\t]*[A-Z][A-Za-z]+(?:['\u2019]s)?)*(?:[ \\t]{1,2}[A-Z][A-Za-z]*(?:['\u2019]s)?){0,2}[ \\t]{1,2}${HEAD_ANY_CASE}\\b`);

// The capitalised words between are case-sensitive: "Called Harold Jenkins about his catheter" is a person.
const THING_AFTER = new RegExp(`^['\u2019]?s?(?:[ \\t]{1,2}[A-Z][a-z]+){0,2}[ \\t]{1,2}${anyCase('(?:murmur|bar|syndrome|disease|fracture|procedure|operation|manoeuvre|maneuver|reflex|drain|catheter|tube|collar|splint|frame|harness|brace|shunt|lesion|phenomenon|nodes?|nodules?|classification|criteria|score|scale)')}\\b${NOT_A_SERVICE}`);
// An implant named after a person or a town ("Harrington rod", "Exeter stem", "Austin Moore hemiarthroplasty"), or a staging
// word with its grade after it ("Clark level IV", "Ann Arbor stage IIA"). Never after a possessive, which makes the owner a
// person ("Margaret's nail"), and a staging word only with its grade ("Kowalczyk level of care" is a person).
const IMPLANT_AFTER = new RegExp(`^(?:[ \\t]{1,2}[A-Z][A-Za-z]*){0,2}[ \\t]{1,2}(?:${anyCase('(?:hemiarthroplasty|arthroplasty|prosthesis|implant|nail|rod|stem)')}\\b|${anyCase('(?:stage|level|class)')}[ \\t]+(?:[IVX]+|[0-4])[A-Da-d]?\\b)`);

// A maker's or a model's name before a device noun, through model words and numbers ("Medtronic Azure pacemaker", "Dexcom
// G7 sensor", "Boston Scientific ICD", "Philadelphia collar", "Exeter stem"): devices are named after makers, people and
// towns, and the device noun after them says it is a thing.
const DEVICE_NOUN = '(?:pacemaker|defibrillator|icd|crt-?d|crt-?p|lvad|pump|sensor|implant|processor|stent|valve|coils?|clip|filter|device|collar|stem|walker|splint|frame|brace|prosthesis|hemiarthroplasty|arthroplasty)';
// The words between are capitalised or numbers (case-sensitive): "Zdzislaw is refusing the walker" is a person.
const DEVICE_AFTER = new RegExp(`^(?:[ \\t]{1,2}[A-Z0-9][A-Za-z0-9:+\\-]*){0,3}[ \\t]{1,2}${anyCase(DEVICE_NOUN)}\\b${NOT_A_SERVICE}`);
// A device noun right after the span, no model word between: after a given name it is that person's device ("Dorothy
// Pemberton walker at bedside", "Edna Tulloch ICD interrogated"); a maker is not a given name or is followed by its model.
const DEVICE_NEXT = new RegExp(`^[ \\t]{1,2}${anyCase(DEVICE_NOUN)}\\b`);
/** A given name, alone or before a word that is no English word ("Dorothy Pemberton"; not the model "Baha Connect"). */
function ownDevice(span: string, lex: Lexicon): boolean {
  const ws = span.toLowerCase().split(/[ \t]+/);
  return lex.firstNames.has(ws[0] ?? '') && (ws.length === 1 || !lex.common.has(ws[ws.length - 1] ?? ''));
}
// Words before a place that make it where someone is, was or goes, not a device's name.
const WHERE_BEFORE = /\b(?:in|at|from|near|to|lives?|living|moved|born|into|toward|towards|via)[ \t]+$/i;
// A scale named after a person, with its subject between: "Morse fall scale", "Braden pressure score".
const SCALE_AFTER = /^(?:'s)?(?:[ \t]{1,2}[a-z]+){1,2}[ \t]{1,2}(?:scale|score|index|criteria|classification|tool)\b/;
// A bedside test read as a finding: "Weber midline", "Weber central", "Rinne positive", "Romberg negative".
// Only words that read as a test result: "present", "-" or "+" follow a relative's name as often ("Graves present").
const FINDING_AFTER = /^(?:'s)?[ \t]{1,2}(?:midline|central|centrali[sz]ed|positive|negative|lateraliz\w*|laterali[sz]es|equivocal)(?![A-Za-z])/i;

// Anatomy and named terms read "head of Eponym": "pouch of Douglas", "circle of Willis", "loop of Henle", "tetralogy of Fallot".
// Anatomical heads only: "the area of Dundalk" or "a line of Smiths" is a place or a family.
const HEAD_OF = /\b(?:pouch|circle|loop|sphincter|islets?|ligament|canals?|crypts?|tetralogy|pentalogy|organ|bundle|ampulla|duct|foramen|triangle|nucleus|glands?|valve|plexus|tubercle)\s+of\s+(?:the\s+)?$/i;

const DISEASE_HEAD = /^(?:syndrome|disease|dystrophy|dysplasia|chondrodysplasia|typhus|fever|anomaly|malformation|sequence|myopathy|neuropathy|ataxia|palsy|sarcoma|lymphoma|carcinoma|tumou?r|encephalitis|encephalopathy|dermatosis|keratoderma|retinopathy)$/i;
// Words that make the gap a clause about a person ("Maria has Down syndrome", "Smith reports a new syndrome").
const NOT_DESCRIPTIVE = /^(?:has|had|have|having|is|was|were|with|and|or|but|the|a|an|of|for|to|in|on|at|by|from|no|not|reports?|reported|denies|denied|developed|develops|presents?|presented|diagnosed|known|history|family|new|likely|possible|probable|suspected|confirmed|says|said|thinks|asked|called|whose|who|which|that|his|her|their)$/;

function diseaseAfter(raw: string, after: string, lex: Lexicon): boolean {
  // A possessive ("Fuchs' endothelial dystrophy") only before words no English dictionary holds: "Anna's hip fracture".
  const possessive = /['\u2019]s?$/.test(raw) || /^['\u2019]/.test(after);
  const m = /^(?:['\u2019]s?)?((?:[ \t]{1,2}[a-z][a-z-]{2,}){1,3})\b/.exec(after);
  if (!m) return false;
  const ws = (m[1] ?? '').trim().split(/[ \t]+/);
  const k = ws.findIndex((w) => DISEASE_HEAD.test(w));
  return k > 0 && ws.slice(0, k).every((w) => !NOT_DESCRIPTIVE.test(w) && (!possessive || ((lex.medical.has(w) || lex.clinical.has(w)) && !lex.common.has(w))));
}

// Thirtieth pass (issue 14): an eponym's term often carries lower-case modifiers between the eponym and its head, and
// its head is often plural ("Adams forward bend test", "Yale swallow protocol", "Ottawa ankle rules", "Fitzpatrick skin
// types"). Source, the English noun phrase (Huddleston & Pullum 2002, The Cambridge Grammar of the English Language,
// ch. 5: attributive modifiers stand between a determiner or genitive and the head noun; ch. 5 "subject-verb agreement":
// a singular subject's present verb takes -s). So after a single name the first lower-case word may be its verb when it
// ends in -s, or its past when it ends in -ed or is an irregular past; those, the auxiliaries and the function words of
// NOT_DESCRIPTIVE, and words no word list holds, keep the name a person. The head is a word of HEAD or its regular
// plural, and a plural head must not be followed by what a verb takes (a determiner, a pronoun).
// The run of two to four lower-case words right after the name, and the character after it (speed: one anchored scan).
const LOWER_RUN = /^((?:[ \t]{1,2}[a-z][a-z-]*){2,4})(.?)/;
const PLAIN_HEAD = new RegExp(`^${HEAD_ANY_CASE}$`);
// Past tenses of common irregular English verbs and the modals: a person's act, not a modifier ("Smith took blood test").
const VERB_FORM = /^(?:took|did|got|gave|made|ran|saw|began|underwent|went|came|had|said|told|knew|felt|kept|left|brought|bought|sent|spent|found|thought|wrote|read|put|set|let|will|would|can|could|should|shall|may|might|must|also|then|now|today|again|only)$/;

/** Whether lower-case modifiers and then a clinical head (or its plural) follow a single eponym (see LOWER_RUN). */
function modifiedHeadAfter(after: string, lex: Lexicon): boolean {
  const m = LOWER_RUN.exec(after);
  if (!m) return false;
  const ws = (m[1] ?? '').trim().split(/[ \t]+/);
  // The longest modifier run first (one to three words), the head a HEAD word or an -s word, not before an object.
  let k = Math.min(3, ws.length - 1);
  for (; k >= 1; k--) {
    const head = ws[k] ?? '';
    const next = ws[k + 1];
    const ends = next === undefined ? !/[A-Za-z0-9'\u2019-]/.test(m[2] ?? '') : !OBJECT_WORDS.has(next);
    if (ends && (PLAIN_HEAD.test(head) || /^[a-z]+e?s$/.test(head))) break;
  }
  if (k < 1) return false;
  const head = ws[k] ?? '';
  if (!PLAIN_HEAD.test(head) && !PLAIN_HEAD.test(head.slice(0, -1)) && !PLAIN_HEAD.test(head.slice(0, -2))) return false;
  const mods = ws.slice(0, k);
  if (/(?:[^s]s|ed)$/.test(mods[0] ?? '')) return false;
  return mods.every((w) => !NOT_DESCRIPTIVE.test(w) && !VERB_FORM.test(w) &&
    w.split('-').every((p) => lex.common.has(p) || lex.clinical.has(p) || lex.medical.has(p)));
}

function words(text: string): string[] {
  return text.toLowerCase().replace(/'s?\b/g, '').split(/[^a-z]+/).filter(Boolean);
}

/**
 * Whether the text after a capitalised word makes it an eponym's use: a clinical head (with up to two capitalised words
 * or a list between), a possessive before one, or a finding ("Alzheimer dementia", "Lobo's disease", "Weber positive").
 * name-heads.ts asks it before it joins an eponym's word to a found name, so that the name is not then dropped with it.
 */
export function eponymTermAfter(after: string): boolean {
  return TERM_AFTER.test(after) || FINDING_AFTER.test(after);
}

/**
 * NAME spans that are part of a clinical term are removed; every other span is kept as it is. The answer for a span
 * depends only on the span, the text and the lexicon, so a caller that asks again about the same text may hand a `memo`
 * (span key -> kept), made for that one text and dropped with it: detection asks up to four times per note (speed).
 */
export function dropEponyms(spans: readonly PhiSpan[], text: string, lex: Lexicon, memo?: Map<string, boolean>): PhiSpan[] {
  if (!memo) return spans.filter((s) => keepSpan(s, text, lex));
  return spans.filter((s) => {
    if (s.type !== 'NAME' && s.type !== 'LOCATION') return true;
    const key = `${s.start}:${s.end}:${s.type}`;
    let kept = memo.get(key);
    if (kept === undefined) memo.set(key, kept = keepSpan(s, text, lex));
    return kept;
  });
}

/** Whether `dropEponyms` keeps one span (see there). */
function keepSpan(s: PhiSpan, text: string, lex: Lexicon): boolean {
  if (s.type !== 'NAME' && s.type !== 'LOCATION') return true;
  const span = text.slice(s.start, s.end);
  const before = text.slice(Math.max(0, s.start - 24), s.start);
  if (isOrganism(s, text, lex) && !/\b(?:dr|mr|mrs|ms|miss|prof)\.?\s*$/i.test(before)) return false;
  // An eponym after its head ("pouch of Douglas") or an antibody ("Anti Jo 1", "anti-Smith") names no one.
  if (/^[A-Z][a-z]+$/.test(span) && (HEAD_OF.test(before) || /\banti[-\s]$/i.test(before))) return false;
  // A single word before a score sum is the score's eponym, whether a name or a town list holds it.
  if (/^[A-Z][a-z]+$/.test(span) && SCORE_SUM_AFTER.test(text.slice(s.end, s.end + 40))) return false;
  // A named score before its value ("Gleason 7", "Geneva low", "Today Mallampati III", "Hunt and Hess 2"), as a name or a town.
  if (namedScore(s, text, lex)) return false;
  // A risk score glued to its version, before a percentage ("QRISK3 14%"), is no ward.
  if (/^[A-Z]{3,}\d$/.test(span) && /^[ \t]{1,2}(?:score[ \t]+)?(?:of[ \t]+)?\d+(?:\.\d+)?[ \t]?%/.test(text.slice(s.end, s.end + 20))) return false;
  // A disease named after a person or a place with its descriptive words between ("Becker muscular dystrophy",
  // "Israeli tick typhus", "Fuchs' endothelial dystrophy"): the words between describe, they do not act.
  if (/^[A-Z][a-z]+(?:['\u2019]s?)?$/.test(span) && diseaseAfter(span, text.slice(s.end, s.end + 60), lex) &&
    !TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 6), s.start))) return false;
  // A genus where a culture or a test names one ("Blood cultures grew [Moraxella]", "positive for [Serratia]").
  if (/^[A-Z][a-z]{4,}$/.test(span) && CULTURE_BEFORE.test(text.slice(Math.max(0, s.start - 40), s.start))) return false;
  // A professional body before its classification or guideline ("New York Heart Association class II", "American
  // College of Rheumatology criteria") is no one, wherever in the run of capitalised words the span starts.
  if (bodyClassification(s, text)) return false;
  // A hospital area is no place anyone lives ("Taken to Theatre", "given in Resus").
  if (s.type === 'LOCATION' && HOSPITAL_AREA.test(span)) return false;
  // A term's own head word left alone once its eponym is dropped ("Morse Fall [Scale] 55") is no one's name.
  if (/^(?:Scale|Score|Index|Criteria|Classification|Syndrome|Disease|Sign|Test|Grade|Stage)$/.test(span)) return false;
  // A grade letter after a named score ("Weber [B]", "Child-Pugh [C]") is the score's value, not an initial.
  if (/^[A-E]$/.test(span) && SCORE_NAMES.has((/([A-Za-z-]+)[ \t]$/.exec(before)?.[1] ?? '').toLowerCase())) return false;
  if (isVaccineProduct(s, span) || isVehicleMake(s, span, text) || isAgency(s, span, text, lex.firstNames) || isCharity(s, text)) return false;
  if (drugInUse(span.replace(/['\u2019]s$/, ''), text, s, lex) || serviceName(s, text, lex) || payerName(s, text)) return false;
  if (brandGloss(s, text, lex)) return false;
  if (clinicalThing(s, text, lex)) return false;
  if (/^[A-Z][A-Za-z]+(?:[ \t][A-Z][A-Za-z]+)?$/.test(span) && DEVICE_AFTER.test(text.slice(s.end, s.end + 48)) &&
    !TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 6), s.start)) && !WHERE_BEFORE.test(before) &&
    !(ownDevice(span, lex) && DEVICE_NEXT.test(text.slice(s.end, s.end + 24)))) return false;
  if (s.type !== 'NAME') return true;
  const raw = span.replace(/[,:]$/, '');
  const ws = words(raw);
  const last = ws[ws.length - 1] ?? '';
  // A title before the span makes it a person whatever follows (Dr. Murphy's sign is still Dr. Murphy).
  if (TITLE_BEFORE.test(text.slice(Math.max(0, s.start - 6), s.start))) return true;
  const eponymLast = lex.eponyms.has(last) || lex.clinical.has(last);
  // A place name in a clinical term (Los Angeles grade, Rocky Mountain spotted fever) reads the same way.
  const termWords = ws.every((w) => lex.eponyms.has(w) || lex.clinical.has(w) || lex.places.has(w));
  // Hyphen-joined capitalised words before a clinical head are a double eponym ("Harvey-Bradshaw index"), not a person.
  const hyphenPair = /^[A-Z][a-z]+(?:-[A-Z][a-z]+)+$/.test(raw);
  // Two capitalised words right before a head that only a thing takes are one eponym ("Denis Browne bar", "Austin Flint
  // murmur"): a person is not followed by "murmur" or "bar". A staging word with its grade or an implant after one or two
  // capitalised words is the same ("Austin Moore hemiarthroplasty", "Ann Arbor stage IIA", "Clark level IV").
  if (ws.length === 2 && /^[A-Z][a-z]+[ \t][A-Z][a-z]+$/.test(raw) && THING_AFTER.test(text.slice(s.start + raw.length, s.start + raw.length + 24))) return false;
  if (ws.length <= 2 && /^[A-Z][a-z]+(?:[ \t][A-Z][a-z]+)?$/.test(raw) && IMPLANT_AFTER.test(text.slice(s.start + raw.length, s.start + raw.length + 40))) return false;
  if ((ws.length === 1 || eponymLast || termWords || hyphenPair) && TERM_AFTER.test(text.slice(s.start + raw.length, s.start + raw.length + 80))) return false;
  // A single eponym before lower-case modifiers and a clinical head ("Adams forward bend test", "Ottawa ankle rules").
  if (ws.length === 1 && /^[A-Z][a-z]+$/.test(raw) && modifiedHeadAfter(text.slice(s.start + raw.length, s.start + raw.length + 80), lex)) return false;
  // Items of a list of capitalised words right before a plural noun of a thing modify it ("Richter and Mercalli scales").
  if (pluralHeadModifier(s, text, lex)) return false;
  const after = text.slice(s.start + raw.length, s.start + raw.length + 40);
  if (ws.length === 1 && (SCALE_AFTER.test(after) || SCORE_SUM_AFTER.test(after) || (lex.eponyms.has(last) && FINDING_AFTER.test(after)))) return false;
  // Seventeenth session: a given name a list holds (and no English word) before them is a person's double-barrelled
  // surname ("Cressida Vane-Tempest").
  if (raw.includes('-') && ws.length > 1 && ws.every((w) => lex.eponyms.has(w) || lex.clinical.has(w) || lex.common.has(w)) &&
    !(lex.firstNames.has(ws[0] ?? '') && !lex.common.has(ws[0] ?? '') && !lex.clinical.has(ws[0] ?? ''))) return false;
  return true;
}
