/**
 * Names and places without a cue word, by the safe-list test of Philter (Norgeot et al., npj Digit Med 2020): in
 * mixed-case text a capitalised word that no English dictionary, clinical vocabulary (the hand-written clinical
 * list, the lowercase words of ICD-10-CM, Disease Ontology and HPO terms) or eponym list holds, and that is not
 * shaped like clinical language (drug stems, -itis, -ectomy...), is a name or a place whatever surrounds it. The
 * span then grows over the words that belong to the same name: capitalised neighbours that are name words, initials,
 * particles (van der, de la, bin), and an inverted given name ("Bellweather, Iris").
 * Context wins the precision back (issue 14): a word only capitalised because it opens a sentence or a line must
 * not be one edit from a known word (a typo of one) or must stand beside another name word; a word before a dose is
 * a drug; a word before a colon at a line start is a label; all-capital words are acronyms and are left to the cue
 * rules. Text without letter case (all capitals, all lowercase) says nothing here and is skipped.
 */
import { caseMode, type CaseMode } from './letter-case.js';
import { IN_CLINICAL, IN_FIRST, IN_MEDICAL, inWordLists, oneEditFrom, oneEditFromKnown, wordFlags, type Lexicon } from './lexicon.js';
import { lowerBound } from './lower-bound.js';
import { particleTest } from './particles.js';
import type { PushSpan as Push } from './types.js';
import { PLACE_PREP, spaced, tokens, type Tok } from './unknown-words.js';
import { CLINICAL, CLINICAL_WORDS, COMMON_WORDS } from './lexicons/data.js';
import { cuedWord } from './cue-names.js';
import { ROLE_WORDS } from './people-slots.js';
import { nameShaped } from './name-shape.js';


// A capitalised word, Mc/Mac/O'/D' surnames, hyphenated names with lowercase particles inside (Port-au-Prince).
const NAME_SHAPE = /^(?:Mc|Mac|O'|D'|De|Di|La|Le)?[A-Z][a-z]+(?:-(?:[a-z]{1,3}-)*[A-Z][a-z]+)*$/;
/** Function, title, calendar, organisation and family words: never a name on their own, and never grown over (also read by lower-capitals.ts). */
export const FUNCTION_WORDS: ReadonlySet<string> = new Set(('the a an and or but nor of in on at to for with from by as is are was were be been has have had do does did ' +
  'this that these those his her him he she it its they them their our your my we you i me us who whom whose which what when where why how ' +
  'not no yes if then than so also very too will would can could should may might must shall all any some each both other such only just ' +
  'after before during since until while per via re about into onto upon over under between within without against toward towards ' +
  'mr mrs ms dr drs miss prof doctor sir madam dear hi hello thanks regards sincerely best kind cc fw fwd subject ' +
  'jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun ' +
  'january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday ' +
  'hospital hosp medical center centre clinic memorial regional general health university college institute street avenue road lane drive ' +
  'pt pts patient patients dob mrn nhs ref tel fax email ext son sons daughter daughters wife husband mother father sister brother aunt uncle niece nephew friend family mom mum dad').split(' '));
// Particles inside a name: Anouk van der Berghe, Maria de la Cruz, Aroha Te Whata, Omar bin Said.
const PARTICLE = particleTest(['st']);
// Drug stems (WHO INN stem list) and the word endings of diseases, procedures and derivations.
const CLINICAL_END = /(?:itis|emia|aemia|osis|iasis|ectomy|otomy|ostomy|plasty|pexy|gram|graphy|scopy|algia|penia|megaly|pathy|uria|pnea|pnoea|plegia|oma|omas|ology|ologist|pril|olol|azole|mycin|micin|cillin|cycline|floxacin|oxacin|statin|sartan|dipine|parin|mab|nib|tinib|vir|sone|olone|afil|triptan|tidine|prazole|semide|thiazide|gliptin|gliflozin|glitazone|lukast|setron|dronate|caine|azepam|zolam|barbital|profen|fenac|coxib|terol|tropium|dronate|lamide|formin|glinide|tide|kinase|ase|amine|citabine|virenz|uride|azine|idine|oxetine|apine|idone|tropin|tocin|pressin|relin|parib|ciclib|lisib|fenib|zumab|ximab|umab|cept|kinra|dronate|platin|rubicin|taxel|tecan|poetin|grastim|mustine|trexate|azepine|barb|codone|morphone|fentanil|coxib|lukast|tadine|ridone|peridol|pramine|triptyline|oxacin|xaban|gatran|teplase|parin)$/;
// A dose after the word makes it a drug: "Xarelto 20 mg", "Entresto 49/51", "Lantus 10 units".
const DOSE_AFTER = /^[ \t]{1,2}(?:\d+(?:\.\d+)?(?:\/\d+)?[ \t]?(?:mg|mcg|µg|g|ml|units?|iu|meq|mmol|%|tabs?|caps?|puffs?|drops?)\b|(?:XR|XL|SR|ER|CR|LA|HCT|ODT)\b|(?:as[ \t]+needed|as[ \t]+required|prn|daily|nightly|twice|once|bd|bid|tds|tid|qds|qid|od|nocte|mane|weekly|po|iv|im|sc|inhaler|nebs?|drip|infusion|(?:was[ \t]+)?(?:started|stopped|restarted|continued|increased|reduced|decreased|held|switched|changed|considered|given|prescribed|titrated|withheld|discontinued))\b)/i;
// A clinical head or a result after the word makes it an eponym or a test: "McMurray positive", "Schirmer test 3 mm",
// "Westley croup score 4", "Snellen 20/40", "Mallampati 2"; a lowercase noun after a demonym ("Peruvian herbs").
const TERM_AFTER = /^(?:'s)?(?:[ \t]{1,2}(?:and|&|or)[ \t]{1,2}[A-Z][a-z]+(?:'s)?)?[ \t]{1,2}(?:(?:[a-z]+[ \t]{1,2}){0,2}(?:test|tests|sign|signs|score|scale|criteria|index|stage|grade|class|classification|ring|agar|maneuver|manoeuvre|frame|reflex|bodies|body|lines|solution|stain|syndrome|disease|procedure|repair|operation|view|position|method|questionnaire|splint|catheter|exam|examination|assessment|study|level|levels|count|culture|biopsy|therapy|injection|infusion|tablets?|capsules?|dose|acid|antibod(?:y|ies)|antigen|virus|vaccine|protein|gene|mutation|receptor|inhibitor|agonist|dressing|dressings|cream|ointment|gel|spray|patch|drops|device|pump|mattress|boots|stockings|bandage|tape|wipes|lotion|shampoo|feed|supplement)\b|(?:positive|negative|normal|abnormal|stable|midline|intact|equivocal)\b|\d{1,2}(?:\/\d{1,3})?(?![\d:\-]|\.\d)|\d*\.\d+\b)/i;
const DEMONYM = /(?:ean|ian|ese|ish)$/;
// A quantity or a dose word before it: "given 15gm Kaexolate", "large doses of Prpafol".
const DOSE_BEFORE = /(?:\d[ \t]?(?:mg|gm|g|mcg|units?|ml|cc|meq|tabs?)|\bdoses?[ \t]+of|\bdosed?[ \t]+with)[ \t]{1,2}$/i;
export const PERSON_VERB_AFTER = /^[ \t]{1,2}(?:reports|reported|says|said|states|stated|presented|presents|attended|attends|called|denies|denied|agrees|agreed|wants|wanted|lives|lived|came|comes|returned|returns|remains|feels|felt|wishes|declined|consented|asked|asks|works|worked|tells|told|spoke|speaks|missed|saw|sees|noticed|rang|phoned|thinks|thought|knows|understands|confirmed|mentioned|prefers|brought|refuses|refused|requests|requested|insists|insisted|complains|complained|emailed|texted|messaged|visited|drove|walked|cried|smokes|drinks|(?:will|would|can|could)[ \t]+(?!be\b)[a-z]+|and[ \t]+(?:I|me|my|his|her)\b|(?:is|was)[ \t]+(?:refusing|requesting|asking|hoping|planning|struggling|coping|managing|complaining|worried|concerned|keen|anxious|tearful|agreeable|adamant|reluctant|unhappy|upset))\b/;
/**
 * Fifteenth pass: what a person did or did not do, told in the perfect or the negative ("Padron has had three falls",
 * "Karajcic did not attend", "is known to the team").
 */
export const PERSON_STATE_AFTER = /^[ \t]{1,2}(?:has[ \t]+had|has[ \t]+been[ \t]+(?:seen|reviewed|admitted|discharged|referred|told|advised|counselled)|(?:did|does|has)[ \t]+not[ \t]+(?:attend|come|answer|want|wish|return|turn|show|engage|respond|consent|agree|feel|mention|know|remember|bring|call|phone|ring|drive|manage|cope|live|smoke|drink)|(?:didn't|doesn't|hasn't)[ \t]+[a-z]+|(?:is|was)[ \t]+known[ \t]+to|(?:is|was)[ \t]+(?:seen|reviewed)[ \t]+(?:today|in|on|by|at|again|yesterday|regularly))\b/;
/**
 * Fifteenth pass: the object of a verb only a person is (seen, reviewed, thanked for, copied to, talked with): "We saw
 * Kays on the ward round", "Many thanks for seeing Rausch", "Seen together with Lukes", "Unfortunately Mereu did not...".
 */
export const PERSON_BEFORE = /(?:\b(?:saw|seen|seeing|reviewed|reviewing|examined|examining|visited|met|meet|thank(?:s|ed)?[ \t]+(?:you[ \t]+)?for[ \t]+seeing|spoke[ \t]+(?:to|with)|speak[ \t]+(?:to|with)|spoken[ \t]+(?:to|with)|talked[ \t]+(?:to|with)|together[ \t]+with|copy[ \t]+to|copied[ \t]+to|unfortunately|sadly)[ \t]{1,2}$)/i;
// Typos of the words that do the things a person does (Pateint reports, Daugther called): the typo test in a person's context.
const PERSON_NOUNS = new Set('patient patients daughter husband mother father family nurse doctor wife sister brother son resident friend partner carer neighbour neighbor staff team surgeon consultant registrar'.split(' '));

// Tenth pass: after a given name and an English surname at a sentence opening, a person's verb or a person's state.
const PERSON_AFTER_SURNAME = new RegExp(`${PERSON_VERB_AFTER.source}|^[ \\t]{1,2}(?:is|was|has|had)[ \\t]+(?:on|in|at|due|booked|scheduled|waiting|here|back|still|not|now|from)\\b|^[ \\t]{1,2}from[ \\t]+[A-Z]`);
// Eleventh pass: a role in brackets after the word says a person ("Moreau (night reg) reviewed", "Okafor (RN)").
const ROLE_AFTER = new RegExp(`^[ \\t]{0,2}\\((?:[a-z]+[ \\t])?(?:${ROLE_WORDS}|reg|registrar|SpR|SHO|resident|fellow|attending|consultant|intern|nurse|doctor|surgeon|on[ \\t-]call)\\)`, 'i');
const OWNER_AFTER = /^(?:['\u2019]s[ \t]|[ \t]{1,2}(?:practice|surgery|clinic|hospital|school|centre|center|house|court|lodge|nursing|care|medical|health|family|road|street|lane)\b)/;
/** The value of a field that holds a product, a payer or an organism is no person: "Vaccine: Shingrix", "Insurance: Aetna" (heading-names.ts reads it too). */
export const PRODUCT_FIELD = /\b(?:insurance|insurer|payer|plan|vaccine|vaccination|drug|medication|medicine|product|device|allergy|allergies|brand|manufacturer|organism|implant)[ \t]*:[ \t]*$/i;
// A place preposition right before: the word names where, not who.
const PLACE_BEFORE = /\b(?:in|from|at|to|near|outside|toward|towards)[ \t]{1,2}$/i;

// Prefixes of clinical word formation: non-tender, post-void, inter-ictal, anti-globulin, neuro-vascular, bi-manual.
const PREFIX = /^(?:non|un|normo|tachy|brady|cyto|immuno|post|pre|inter|intra|extra|anti|neuro|hyper|hypo|peri|para|sub|supra|trans|micro|macro|multi|poly|pseudo|semi|bi|tri|re|de|dys|endo|epi|hemi|infra|retro|cardio|gastro|hepato|myo|osteo)/;

const inVocab = (lex: Lexicon, w: string): boolean => FUNCTION_WORDS.has(w) || inWordLists(lex, w);

/** A word a dictionary, clinical vocabulary or eponym list holds, directly, as an inflection, or after a clinical prefix. */
function known(lex: Lexicon, w: string): boolean {
  if (inVocab(lex, w)) return true;
  const stem = /(?:es|s|ed|ing|ly|er|al|ic|ically)$/.exec(w);
  if (stem) {
    const base = w.slice(0, w.length - stem[0].length);
    if (base.length >= 3 && (inVocab(lex, base) || inVocab(lex, `${base}e`) || inVocab(lex, `${base}ion`) || inVocab(lex, `${base}ation`))) return true;
  }
  const pre = PREFIX.exec(w);
  if (pre) {
    const rest = w.slice(pre[0].length);
    if (rest.length >= 4 && (inVocab(lex, rest) || inVocab(lex, rest.replace(/(?:es|s|al|ic)$/, '')))) return true;
  }
  return false;
}

/** A word a name list holds that is no English word, or that the context lists hold (Precious, Iris in a name). */
const listedName = (lex: Lexicon, w: string): boolean => lex.firstNames.has(w) || lex.surnames.has(w) || lex.contextNames.has(w);

// The compiled English and clinical lists, each already sorted by the list build: binary search needs no sort at run time.
let sortedLists: readonly (readonly string[])[] | undefined;

/** A truncation of a known word (bilat, palp, incont): shorthand, not a name. */
function truncation(w: string): boolean {
  sortedLists ??= [COMMON_WORDS, CLINICAL_WORDS, CLINICAL].map((l) => l.split(' '));
  return sortedLists.some((vocab) => {
    const next = vocab[lowerBound(vocab.length, (i) => (vocab[i] as string) < w)];
    return next !== undefined && next.length > w.length && next.startsWith(w);
  });
}

/**
 * The safe-list test: a word in no safe vocabulary and not shaped like clinical language. `shortened` false: a word
 * that only begins a known word (Graf, Privat) passes, as it does in a person's context.
 */
function unsafe(lex: Lexicon, w: string, shortened = true): boolean {
  if (w.length < 4 || known(lex, w) || CLINICAL_END.test(w)) return false;
  // Parts joined by a lowercase particle are a place's or a person's name, whatever the parts: Port-au-Prince, Stratford-upon-Avon.
  if (/^[a-z]{3,}-(?:[a-z]{1,2}-)*(?:au|aux|de|des|du|la|le|les|en|sur|sous|upon|on|in|under|by|di|da|del|el|al)-[a-z]{3,}$/.test(w)) return true;
  if (shortened && !listedName(lex, w) && truncation(w)) return false;
  return !w.split(/['-]/).some((p) => p.length > 3 && known(lex, p) && !lex.surnames.has(p) && !lex.firstNames.has(p));
}


// A verb's past or third person right after a word: what its subject did ("Xiomara interpreted", "Kovalenko rings").
// Not the verbs whose subject is an order, a test or a device ("Pipelle booked", "Holter arranged", "Zio sent").
const VERB_FORM_AFTER = /^[ \t]{1,2}(?!(?:booked|arranged|ordered|requested|planned|scheduled|performed|inserted|removed|applied|prescribed|started|stopped|continued|held|increased|reduced|noted|placed|changed|checked|repeated|recommended|discussed|used|needed|required|indicated|completed|organised|organized|offered|sent|fitted|listed|tried|trialled|trialed|showed|shows|reveals|revealed|confirmed|suggested|suggests|works|helps|helped|reviewed|updated|documented|recorded|obtained|faxed|reconciled|uploaded|attached|scanned|collected|drawn|results)\b)[a-z]{2,}(?:ed|s)\b/;

// What a person's name is followed by at a sentence's opening: where they are ("Gesina in side room 4", "Nadezhda in
// resus"), a modal or an auxiliary ("Akua is 4", "Dragomir needs a side room"), or a dash before what is said of them.
// An English derived form a word list may lack is a finding or an act, not a subject's name ("Extubated at noon").
const DERIVED = /.{3}(?:ed|ing|ic|al|ous|ive|ly|ment|tion|sion|ness|able|ible|ised|ized)$/;
const SUBJECT_NEXT = /^(?:[ \t]{1,2}(?:in|on|at|from|with|needs|wants|will|would|is|was|has|had)\b|[ \t]{0,2}[-\u2013\u2014][ \t])/;

// An initial after a name, before the verb: "Ayomide G. would like a call back".
const INITIAL_AFTER = /^[ \t]{1,2}[A-Z]\.(?=[ \t])/;

/** A person's context around the word: a person's verb after it (past an initial), or before it a verb whose object is a person. */
function personAround(text: string, t: Tok): boolean {
  const skip = INITIAL_AFTER.exec(text.slice(t.e, t.e + 5))?.[0].length ?? 0;
  const after = text.slice(t.e + skip, t.e + skip + 48);
  return PERSON_VERB_AFTER.test(after) || PERSON_STATE_AFTER.test(after) || (!opensSentence(text, t) && PERSON_BEFORE.test(text.slice(Math.max(0, t.s - 32), t.s)));
}

// Fifteenth pass: a place's context, where a word one edit from an English word is still a town (Downey, Doral): a verb of
// travel, transfer, care or living before its preposition, or a second place after a first ("from Skokie and then Renton").
const PLACE_CARE = /\b(?:reviewed|admitted|treated|operated[ \t]+on|followed[ \t]+up|managed|investigated|scanned)[ \t]+(?:at|in)[ \t]{1,2}$/i;
const PLACE_THEN = /\b(?:from|to|in|at)[ \t]+[A-Z][a-z]+[ \t]+(?:and|or|then|and[ \t]+then|before|via)[ \t]+(?:to[ \t]+|at[ \t]+|in[ \t]+)?$/;

/** A place's context in the text before a word (up to 48 characters of it). */
export function placeBefore(before: string): boolean {
  return PLACE_PREP.test(before) || PLACE_CARE.test(before) || PLACE_THEN.test(before);
}
const placeAround = (text: string, t: Tok): boolean => placeBefore(text.slice(Math.max(0, t.s - 48), t.s));

/** Whether the token opens a sentence or a line (capitalised for that reason alone). */
function opensSentence(text: string, t: Tok): boolean {
  let i = t.s - 1;
  while (i >= 0 && (text[i] === ' ' || text[i] === '\t')) i--;
  if (i < 0) return true;
  const c = text[i] ?? '';
  // A section header's colon opens a sentence too ("NEURO: Arousable to voice"); a form label's keeps its value.
  if (c === ':') return /(?:[A-Z]{2,}|\/[A-Z]+)$/.test(text.slice(Math.max(0, i - 12), i));
  return c === '\n' || c === '\r' || c === '.' || c === '!' || c === '?' || c === '*' || c === '•' || c === '-' || c === '>' || c === '"';
}

// Every `NAME_SHAPE` form starts with a capital: the first code unit is tested before the regex runs (speed; every word asks).
const capitalised = (t: Tok): boolean => { const c = t.raw.charCodeAt(0); return c >= 65 && c <= 90 && NAME_SHAPE.test(t.raw); };

// Eleventh pass: a romanised given name of two syllables joined by a hyphen (Hyun-woo, Ha-eun, Mei-ling), whose first
// syllable no dictionary or clinical list holds and that is no clinical prefix (Pre-op, Co-op, Set-up stay words).
const ROMANISED = /^[A-Z][a-z]{1,4}-[a-z]{2,5}$/;
function romanised(lex: Lexicon, t: Tok): boolean {
  const first = t.low.split('-')[0] as string;
  return ROMANISED.test(t.raw) && !inVocab(lex, first) && !PREFIX.test(first) && !/^(?:co|ex|re|mid|non|self|all|x)$/.test(first);
}

/** A neighbour that belongs to the same name: capitalised and either unknown or a name list's word; not a function word. */
function nameNeighbour(lex: Lexicon, t: Tok): boolean {
  if (romanised(lex, t)) return true;
  if (!capitalised(t) || FUNCTION_WORDS.has(t.low) || lex.clinical.has(t.low)) return false;
  return unsafe(lex, t.low) || listedName(lex, t.low);
}

/** Length of an inverted given name after a surname ("Bellweather, Iris (KP-..."), ending a line or a field; else 0. */
function invertedGiven(lex: Lexicon, text: string, end: number): number {
  const inv = /^,[ \t]{1,2}([A-Z][a-z]+)(?=[ \t]*(?:$|[\n(;]|[A-Z]\.?(?:[ \t]|$)))/m.exec(text.slice(end, end + 40));
  const w = (inv?.[1] ?? '').toLowerCase();
  return inv && (lex.firstNames.has(w) || unsafe(lex, w)) ? inv[0].length : 0;
}

/** Two words side by side in a list of clinical terms (drugs, findings): the neighbour is a capitalised clinical word. */
function clinicalListItem(lex: Lexicon, text: string, a: Tok | undefined, b: Tok | undefined, other: Tok | undefined): boolean {
  if (!a || !b || !other || !/^[ \t]*[,;/]?[ \t]*\r?\n?[ \t]*$/.test(text.slice(a.e, b.s))) return false;
  // Message shorthand (FYI, lmk) is in the clinical list so that it is never a name, but it lists nothing.
  if (/^(?:fyi|lmk|asap|pls|plz|thx|btw|tbd|eod)$/.test(other.low)) return false;
  return /^[A-Z]/.test(other.raw) && !listedName(lex, other.low) && (lex.clinical.has(other.low) || lex.medical.has(other.low) || CLINICAL_END.test(other.low));
}

/**
 * How often the writer's own lowercase words fail the safe-list test (shorthand, typos: "pt intubated, sxnd for
 * thick secretions, bilat rhonchi"). `noisy`: there a capitalised word that fails it is as likely shorthand as a name,
 * so the test says nothing (two or more such words, and at least one lowercase word of 50). `some`: one or a few, so the
 * writer's capitalised words may be typos too. `clean`: none.
 */
function writerNoise(lex: Lexicon, text: string, toks: readonly Tok[]): 'noisy' | 'some' | 'clean' {
  let n = 0;
  let unknown = 0;
  for (const t of toks) {
    if (t.low.length < 4 || t.raw !== t.low || /[.@/_\d]/.test(text[t.s - 1] ?? ' ') || /[.@/_\d]\w/.test(text.slice(t.e, t.e + 2))) continue;
    n++;
    if (unsafe(lex, t.low)) unknown++;
  }
  return unknown >= NOISE_MIN && unknown * NOISE_RATE >= n ? 'noisy' : unknown > 0 ? 'some' : 'clean';
}
const NOISE_MIN = 2;
const NOISE_RATE = 50;

/**
 * A capitalised English word beside a name no safe vocabulary holds, as one of its words ("Mayla Tower", "Cuvas Steel",
 * "Jasper Kettleborough"): a surname or given name that is also a word. Clinical words, roles and eponyms stay out,
 * and a word that opens a sentence only when a given-name list holds it ("Called Okafor" stays "Okafor").
 */
function wordNeighbour(lex: Lexicon, text: string, t: Tok): boolean {
  if (!capitalised(t) || FUNCTION_WORDS.has(t.low) || /^(?:jr|sr)$/.test(t.low) || lex.medical.has(t.low) || !cuedWord(t.raw, lex, 'mixed') || PERSON_VERB_AFTER.test(` ${t.low}`)) return false;
  // After a verb of giving the pair is a product ("Given Kaolin Pectin").
  if (/\b(?:given|gave|give|received|took|take|taking|started|start|on|using|applied|apply)[ \t]{1,2}$/i.test(text.slice(Math.max(0, t.s - 12), t.s))) return false;
  return !opensSentence(text, t) || lex.firstNames.has(t.low);
}

/** What only a person does, written after a word (a regex source, one or two blanks first): `ONLY_PERSON_AFTER`, and
 * name-heads' actor rule after a place phrase. */
export const PERSON_ACT = String.raw`[ \t]{1,2}(?:reports|reported|says|said|states|stated|called|came|attended|denies|denied|phoned|rang|texted|emailed|visited|asked|told|complains|complained|refused|declined|consented|agreed|wants|wanted|feels|felt|presented|presents|and[ \t]+(?:his|her|their)[ \t]+(?:mother|father|mum|mom|dad|parents?|wife|husband|partner|son|daughter|sister|brother|carer|family))\b`;
/** Thirteenth pass: what only a person does, right after a word ("Grace came in today", "Ivy and her mother attended"). */
export const ONLY_PERSON_AFTER = new RegExp(`^${PERSON_ACT}`);

/**
 * A given name opening a sentence, when what only a person does follows it: one that is also an English word (Grace,
 * Ivy, Autumn), which the safe-list test passes, or one of the name lists (Svetlana), which its lone-word gate would
 * hold back in a text that identifies no one else (fourteenth pass: the person's verb is the context).
 */
function givenWordsBeforeVerb(text: string, lex: Lexicon, toks: readonly Tok[], push: Push): void {
  for (const t of toks) {
    if ((wordFlags(lex, t.low) & (IN_FIRST | IN_CLINICAL | IN_MEDICAL)) !== IN_FIRST || !capitalised(t) || FUNCTION_WORDS.has(t.low) ||
      !opensSentence(text, t) || !ONLY_PERSON_AFTER.test(text.slice(t.e, t.e + 48))) continue;
    push(t.s, t.e, 'NAME');
  }
}

/** The first token of the name around token `i`: name words and particles on the same line to its left. */
function growLeft(lex: Lexicon, text: string, toks: readonly Tok[], i: number): number {
  let a = i;
  while (a > 0) {
    const p = toks[a - 1] as Tok;
    if (!spaced(text, p, toks[a] as Tok)) break;
    const particle = PARTICLE.test(p.raw) && p.raw === p.low && a >= 2 && spaced(text, toks[a - 2] as Tok, p) && nameNeighbour(lex, toks[a - 2] as Tok);
    if (nameNeighbour(lex, p) || particle) a--;
    else break;
  }
  return a;
}

/** The last token of the name from token `i` on: name words, particles ("van der Berghe", "Te Whata"), an initial ("Iris K. Bell"). */
function growRight(lex: Lexicon, text: string, toks: readonly Tok[], i: number): number {
  let b = i;
  for (;;) {
    const n = toks[b + 1];
    if (!n || !/^[ \t]{1,2}$/.test(text.slice((toks[b] as Tok).e, n.s))) return b;
    if (nameNeighbour(lex, n)) { b++; continue; }
    if (PARTICLE.test(n.raw)) {
      let k = b + 1;
      while (toks[k + 1] && PARTICLE.test((toks[k + 1] as Tok).raw) && spaced(text, toks[k] as Tok, toks[k + 1] as Tok)) k++;
      const after = toks[k + 1];
      if (after && spaced(text, toks[k] as Tok, after) && capitalised(after) && !FUNCTION_WORDS.has(after.low)) { b = k + 1; continue; }
    }
    if (/^[A-Z]$/.test(n.raw) && text[n.e] === '.') {
      const after = toks[b + 2];
      if (after && /^\.[ \t]{1,2}$/.test(text.slice(n.e, after.s)) && nameNeighbour(lex, after)) { b += 2; continue; }
    }
    return b;
  }
}

// Thirty-second session: the closed-class words by which English speaks of or to one person: the third-person singular
// personal pronouns (he, she and their object, possessive and reflexive forms; a closed class of the grammar), the
// nouns of the nuclear family (son, daughter, wife, husband, mother, father, brother, sister, and mum and dad), and the
// greetings that open a message to someone (hi, hello, dear). Written in lower case or capitalised only, and not inside
// a hyphened or alphanumeric token, so acronyms and markers stay out ("HER2", "HER-2", "HIS", "Hi-Flow").
const PERSON_TEXT = /(?<![\w-])(?:[Hh](?:e|is|er|im|ers|imself|erself|usband|i|ello)|[Ss](?:he|on|ister)|[Dd](?:aughter|ad|ear)|[Ww]ife|[Mm](?:um|other)|[Ff]ather|[Bb]rother)(?![\w-])/;

/**
 * Whether a text speaks of or to one person (`PERSON_TEXT`). Such a text is about someone, so a lone capitalised word no
 * vocabulary holds is read as a name there without another identifier beside it: the lone-word gate holds such words
 * back because in a text that identifies no one they are more often a brand or an eponym no list holds, and the
 * eponym- and brand-laden notes that identify no one seldom use these words (4 of the 540 PHI-free texts of the read
 * letters10-27). One scan of the text, asked at most once per text and only at a lone word.
 */
export function speaksOfPerson(text: string): boolean {
  return PERSON_TEXT.test(text);
}

/**
 * Push NAME or LOCATION spans for capitalised words no safe vocabulary holds, grown to the whole name. `otherPhi` says
 * whether other rules found an identifier in the text: a lone word with nothing beside it (no name word, no inverted
 * given name) is weak evidence, and in a text that identifies no one else it is more often a brand or an eponym no
 * list holds than a person, so it is reported only when `otherPhi` is (or, given as a function, returns) true, or when
 * the text speaks of a person (`speaksOfPerson`).
 */
export function detectSafeListNames(text: string, lex: Lexicon, push: Push, otherPhi: boolean | (() => boolean) = true, mode: CaseMode = caseMode(text), words?: readonly Tok[]): void {
  let other = typeof otherPhi === 'boolean' ? otherPhi : undefined;
  let about: boolean | undefined;
  if (mode !== 'mixed') return;
  const toks = words ?? tokens(text);
  givenWordsBeforeVerb(text, lex, toks, push);
  let noise: 'noisy' | 'some' | 'clean' | undefined;
  let done = -1;
  for (let i = 0; i < toks.length; i++) {
    if (i <= done) continue;
    const t = toks[i] as Tok;
    if (!capitalised(t) || !(unsafe(lex, t.low) || (unsafe(lex, t.low, false) && personAround(text, t)))) continue;
    // The writer's noise is measured once, at the first candidate (most notes have none).
    noise ??= writerNoise(lex, text, toks);
    if (noise === 'noisy') return;
    const next = toks[i + 1];
    const after = text.slice(t.e, t.e + 48);
    if (DOSE_AFTER.test(after) || TERM_AFTER.test(after)) continue;
    if (DEMONYM.test(t.low) && /^[ \t]{1,2}[a-z]/.test(after) && !listedName(lex, t.low)) continue;
    if (!listedName(lex, t.low) && (clinicalListItem(lex, text, toks[i - 1], t, toks[i - 1]) || clinicalListItem(lex, text, t, next, next))) continue;
    const initial = opensSentence(text, t);
    if (initial && text[t.e] === ':') continue;
    const before = text.slice(Math.max(0, t.s - 24), t.s);
    if (DOSE_BEFORE.test(before) || PRODUCT_FIELD.test(before) || /\b(?:test|sign|and)[ \t]+$/.test(before) && /^'s\b/.test(after)) continue;
    const pairedAfter = (next !== undefined && spaced(text, t, next) && nameNeighbour(lex, next)) || invertedGiven(lex, text, t.e) > 0;
    const prev = toks[i - 1];
    const pairedBefore = !initial && prev !== undefined && spaced(text, prev, t) && (nameNeighbour(lex, prev) || (unsafe(lex, t.low) && wordNeighbour(lex, text, prev)));
    // A word capitalised only because it opens a sentence needs a name word beside it ("Extubated 2pm", "Sxnd for").
    // ...or a comma after it, as a greeting or an address opens a line ("Priyanka, please send...").
    // ...or a verb that takes a person as its subject ("Okonkwo reports less pain").
    // A possessive or an organisation noun after it says the same: "Kwame's temperature", "Ashgrove practice manager".
    // ...or an English surname and then such a verb or a state only a person is in ("Leonia Savage is on the wait list").
    const surnameVerb = next !== undefined && spaced(text, t, next) && wordNeighbour(lex, text, next) && PERSON_AFTER_SURNAME.test(text.slice(next.e, next.e + 40));
    // A person's verb after it, or a verb whose object is a person before it: a person's context.
    const place = !initial && placeAround(text, t);
    const person = !place && personAround(text, t);
    // Sixteenth pass: a word a name list holds (and no English or clinical list), or one a verb's past or third person
    // follows ("Xiomara interpreted", "Kovalenko phones"), or a subject's next word (SUBJECT_NEXT), is a name at a
    // sentence's opening too (letters3-9 aggregate +12 of 4,072, char precision held).
    // Eighteenth session: ...or one whose letters read as a name's by the name lists' own letter runs (name-shape.ts).
    if (initial && !pairedAfter && !surnameVerb && !/^,[ \t]/.test(after) && !person && !OWNER_AFTER.test(text.slice(t.e, t.e + 24)) && !ROLE_AFTER.test(after) &&
      !listedName(lex, t.low) && (DERIVED.test(t.low) || !(VERB_FORM_AFTER.test(after) || SUBJECT_NEXT.test(after))) && !nameShaped(lex, t.low)) continue;
    // Alone, a word one edit from a known word is a typo of it (Remians, Captoril) more often than a name; in a person's
    // context only a typo of a person's noun is (Pateint reports): Kays, Perrot, Atta before "came" are names.
    // Seventeenth session: only a writer who leaves typos among their lowercase words is read as making them in capitalised
    // ones; where every lowercase word passes, a capitalised word one edit from a word is a name (Petroc, Torunn).
    if (!pairedAfter && !pairedBefore && !place && (person ? oneEditFrom((x) => PERSON_NOUNS.has(x), t.low) : noise === 'some' && oneEditFromKnown(lex, t.low, 5))) continue;
    let a = growLeft(lex, text, toks, i);
    let b = growRight(lex, text, toks, i);
    // One English word beside the name on either side belongs to it, when the name itself is a word no vocabulary holds.
    const left = toks[a - 1];
    const right = toks[b + 1];
    if (unsafe(lex, t.low) && left && spaced(text, left, toks[a] as Tok) && wordNeighbour(lex, text, left)) a--;
    if (unsafe(lex, t.low) && right && /^[ \t]{1,2}$/.test(text.slice((toks[b] as Tok).e, right.s)) && wordNeighbour(lex, text, right) && !/^[ \t]*\(/.test(text.slice(right.e, right.e + 3)) || false) b++;
    // An inverted given name after a comma ends the line or a field: "Bellweather, Iris (KP-...)".
    let end = (toks[b] as Tok).e;
    if (a === b) end += invertedGiven(lex, text, end);
    // An initial after the name before a person's verb belongs to it ("Ayomide G. would like a call back").
    if (b === i && person && end === t.e) end += (INITIAL_AFTER.exec(text.slice(t.e, t.e + 5))?.[0].length ?? 0);
    const start = (toks[a] as Tok).s;
    // Asked only here, at a lone word: the caller's test may cost more than the scan (detect.ts drops eponyms first).
    other ??= (otherPhi as () => boolean)();
    // A lone word in a person's context needs no other identifier beside it; nor does one inside a sentence of a text
    // about a person (a word opening a sentence is as often a typo or a heading in notes that speak of a patient).
    if (a === b && end === t.e && !other && !person && !place && !(!initial && (about ??= speaksOfPerson(text)))) continue;
    push(start, end, place || PLACE_BEFORE.test(text.slice(Math.max(0, start - 12), start)) ? 'LOCATION' : 'NAME');
    done = b;
  }
}
