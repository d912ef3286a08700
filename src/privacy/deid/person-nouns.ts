/**
 * A name right after a person noun (issue 14; written in session 25, re-done in 26 with a map look-up): the patient, kin or role word a clinical text
 * writes before a person ("pt obiri kantanka", "participant hrefna sigvaldadottir", "Physiologist Nkechi", "zoon
 * Joost", "cuidadora Remedios", "pacjentka Zofia Wrzosek"), in the languages the letters are written in. In every
 * one of these languages the noun stands in apposition before the name, so the slot holds a person; each word must
 * still be a name by the identification slot's test (`slotName`: a listed given name or surname on no English list, or
 * a word on no list, a lower-case one no typo of a known word), so "pt tolerated", "patient Hepatitis", "carer
 * support" and "partner notification" stay. The nouns were compiled from the grammar of each language (the common
 * nouns for patient, client, caller, participant, kin and carer, and the clinical roles), not from the letters' words.
 * An abbreviated given name may open the run ("pt Ts. Oyunbileg").
 * Guards, each a general regularity:
 * - After an English noun the name may be in lower case; after another language's noun it must be capitalised, since
 *   a lower-case word there is that language's next word, which no English list holds ("hija refiere dolor").
 * - After "pt" a ward note writes what the patient did in its own shorthand ("pt extubated", "pt rxd", "pt sxn'd",
 *   "pt desats", "pt intub"): a word no name list holds is refused when English morphology marks it as derived
 *   (`safe-list.ts` `DERIVED`, and the third person of a verb in -ate, -ise, -ize), when it has no vowel or ends in
 *   "'d", or when the safe-list test refuses it (its broad vocabulary, clinical word shapes, the start of a known word).
 * - A disease, finding, organism or drug of the built-in vocabulary (`tagger-veto.ts`, with the Disease Ontology and
 *   Mondo condition names) is no name, nor a run a dose, a test's head or result, or a verb whose subject is a thing
 *   follows ("patient Covid positive", "pt Nexplanon removed").
 * Mixed-case text only: capitals notes and all-lower-case shorthand are left to the other rules. Pure. The nouns are
 * found by looking up the word before each blank in a map (cheaper than a case-insensitive alternation of ~200 nouns
 * tried at every position; same matches).
 */
import { slotName } from './age-slots.js';
import type { Lexicon } from './lexicon.js';
import { DERIVED, DOSE_AFTER, TERM_AFTER, THING_VERBS, truncation, unsafe } from './safe-list.js';
import { vocabularyWord } from './tagger-veto.js';
import type { PushSpan as Push } from './types.js';

// English nouns for the person a note is about or who speaks for them, their kin and carers, and the clinical roles.
const ENGLISH = 'pt|patient|participant|client|caller|claimant|athlete|pupil|deceased|donor|recipient|' +
  'carer|caregiver|partner|fianc[eé]e?|stepson|stepdaughter|grandmother|grandfather|grandma|grandpa|granny|cousin|' +
  'nurse|registrar|reg|manager|supervisor|physiologist|radiographer|sonographer|phlebotomist|audiologist|' +
  'optometrist|podiatrist|orthoptist|clinician|user|constable';
// The same nouns in Spanish, Portuguese, Italian, French, Dutch, German, Polish, Czech and Slovak, Croatian, Romanian,
// Indonesian and Malay, Tagalog, Finnish, Estonian, Latvian, Lithuanian, Hungarian, Swahili and Uzbek; words that are
// also English words or pronouns of one of them ("man", "ate", "ona", "hasta") left out.
const OTHER = 'paciente|doente|utente|cliente|receptor|receptora|paziente|assistito|assistita|patiënt|patiënte|patientin|' +
  'patiente|pacjent|pacjentka|pacient|pacientka|pacienta|pacijent|pacijentica|pasien|pasyente|potilas|patsient|pacients|' +
  'pacientas|pacientė|beteg|mgonjwa|' +
  'hijo|hija|esposo|esposa|marido|hermano|hermana|t[ií]o|t[ií]a|abuelo|abuela|nieto|nieta|cuidador|cuidadora|' +
  'filho|filha|m[ãa]e|irm[ãa]o|irm[ãa]|av[óô]|neto|neta|' +
  'figlio|figlia|moglie|marito|fratello|sorella|nonno|nonna|fils|fille|[ée]pouse|[ée]poux|m[èe]re|p[èe]re|fr[èe]re|s[œo]eur|' +
  'zoon|dochter|echtgenoot|echtgenote|moeder|vader|broer|zus|kleinzoon|kleindochter|mantelzorger|' +
  'sohn|tochter|ehefrau|ehemann|mutter|vater|bruder|enkel|enkelin|' +
  'syn|c[óo]rka|[żz]ona|m[ąa][żz]|matka|ojciec|siostra|wnuk|wnuczka|dcera|manžel|manželka|' +
  'anak|istri|suami|ibu|ayah|kakak|adik|cucu|asawa|nanay|tatay|kuya|' +
  'mtoto|mke|mume|kaka|dada|bibi|babu|bobo|buvi|' +
  'enfermera|enfermero|enfermeira|enfermeiro|infermiera|infermiere|infirmi[eè]re|infirmier|verpleegkundige|pfleger|pflegerin|' +
  'sestra|piel[eę]gniarka|perawat|bidan';
// Capitals abbreviations of roles, as written: the police constable and the clinical professions' initialisms.
const ROLE_CAPS = 'PC|DC|CNS|OT|OHN|SALT|SLT|HCA|BHW|CHW|ANM|ASHA|ODP';

// The nouns spelt out (each "[..]" class and "?" expanded), lower-cased, each with its list; a noun in two lists keeps
// the first, as the alternation they were first written as did. The long s that Unicode case folding reads as "s" is
// spelt out too ("ſ"), so that the map answers as the case-insensitive alternation did.
type NounList = 'english' | 'other' | 'caps';
const NOUNS = new Map<string, NounList>();
for (const [list, name] of [[ENGLISH, 'english'], [OTHER, 'other'], [ROLE_CAPS, 'caps']] as const) {
  for (const noun of list.split('|').flatMap(spellOut).flatMap((n) => spellOut(n.toLowerCase().replaceAll('s', '[s\u017f]')))) {
    if (!NOUNS.has(noun)) NOUNS.set(noun, name);
  }
}
const LONGEST = Math.max(...[...NOUNS.keys()].map((n) => n.length));
// By the code unit of a noun's last letter and of its first (either case, and the Kelvin sign that case folding reads
// as "k"): a bit per length of the nouns ending or starting with it, so that the word before most blanks is refused
// without being cut out of the text.
const LENGTHS = new Uint32Array(0x2130);
const FIRST_LENGTHS = new Uint32Array(0x2130);
for (const noun of NOUNS.keys()) {
  for (const [table, letter] of [[LENGTHS, noun[noun.length - 1] ?? ''], [FIRST_LENGTHS, noun[0] ?? '']] as const) {
    for (const c of [letter, letter.toUpperCase(), ...(letter === 'k' ? ['\u212a'] : [])]) table[c.charCodeAt(0)]! |= 1 << noun.length;
  }
}
const CAPS_NOUN = new Set(ROLE_CAPS.split('|'));
const LETTER = /\p{L}/u;
// What may not stand right before a noun: the noun would be part of a number, an abbreviation or a compound.
const NOT_BEFORE = /[\d'\u2019.\-]/;
const blank = (c: number): boolean => c === 32 || c === 9;
// An abbreviated given name or an initial that may open the run ("Ts.", "Sh.", "K.").
const ABBREVIATED = /^\p{Lu}\p{Ll}?\.[ \t]{1,2}/u;
const WORD = /^\p{L}[\p{L}'\u2019]*(?:-\p{L}[\p{L}'\u2019]*)*/u;
// A verb whose subject is an order, a test or a device right after the run ("pt Nexplanon removed").
const THING_VERB_AFTER = new RegExp(`^[ \\t]{1,2}(?:${THING_VERBS})\\b`);
// The third person of an English verb in -ate, -ise, -ize ("pt desaturates", "ambulates", "mobilises").
const VERB_S = /.{3}(?:ates|ises|izes)$/;

/**
 * Push NAME spans for the names written right after a patient, kin or role noun (see the module header). Mixed-case
 * text only (the caller checks). The word before each blank is looked up in a map, not searched for at every position.
 */
export function detectPersonNounNames(text: string, lex: Lexicon, push: Push): void {
  let space = text.indexOf(' ', 1);
  let tab = text.indexOf('\t', 1);
  while (space >= 0 || tab >= 0) {
    const i = tab < 0 || (space >= 0 && space < tab) ? space : tab;
    if (i === space) space = text.indexOf(' ', i + 1);
    else tab = text.indexOf('\t', i + 1);
    const list = nounBefore(text, i);
    if (list === undefined) continue;
    // One or two blanks after the noun, then the run.
    const run = nameAfter(text, blank(text.charCodeAt(i + 1)) ? i + 2 : i + 1, lex, list === 'other');
    if (run) push(run[0], run[1], 'NAME');
  }
}

/** The list of the noun that ends right before the blank at `end`, if one does and is written as its list wants. */
function nounBefore(text: string, end: number): NounList | undefined {
  const last = text.charCodeAt(end - 1);
  const lengths = last < LENGTHS.length ? LENGTHS[last] ?? 0 : 0;
  if (lengths === 0) return undefined;
  const start = nounStart(text, end);
  if (start < 0) return undefined;
  const first = text.charCodeAt(start);
  if ((lengths & (first < FIRST_LENGTHS.length ? FIRST_LENGTHS[first] ?? 0 : 0) & (1 << (end - start))) === 0) return undefined;
  const noun = text.slice(start, end);
  const list = NOUNS.get(noun.toLowerCase());
  // The nouns in lower case or with a capital, not in capitals ("PT" is physiotherapy); the initialisms as written.
  if (list === undefined || (list === 'caps' ? !CAPS_NOUN.has(noun) : noun.length > 1 && noun === noun.toUpperCase())) return undefined;
  return list;
}

/**
 * Where the word of letters that ends at `end` starts, if it is no longer than the longest noun and no digit,
 * apostrophe, full stop or hyphen stands right before it; else -1.
 */
function nounStart(text: string, end: number): number {
  let j = end - 1;
  for (; j >= 0 && end - j <= LONGEST + 1; j--) {
    const c = text.charCodeAt(j);
    if (c < 128 ? !((c >= 65 && c <= 90) || (c >= 97 && c <= 122)) : !letterAt(text, j)) break;
  }
  if (j === end - 1 || end - j > LONGEST + 1) return -1;
  return j >= 0 && NOT_BEFORE.test(text[j] ?? '') ? -1 : j + 1;
}

/** Whether the character ending at `j` is a letter (a surrogate pair read as its one code point). */
function letterAt(text: string, j: number): boolean {
  const c = text.charCodeAt(j);
  const low = c >= 0xdc00 && c <= 0xdfff && j > 0;
  const pair = low && text.charCodeAt(j - 1) >= 0xd800 && text.charCodeAt(j - 1) <= 0xdbff;
  return LETTER.test(pair ? text.slice(j - 1, j + 1) : text[j] ?? '');
}

/** The spellings of one alternative of the lists: each "[..]" class and each "?" spelt out ("fianc[eé]e?"). */
function spellOut(pattern: string): string[] {
  let out = [''];
  const chars = [...pattern];
  for (let i = 0; i < chars.length; i++) {
    let options = [chars[i] ?? ''];
    if (chars[i] === '[') {
      const close = chars.indexOf(']', i);
      options = chars.slice(i + 1, close);
      i = close;
    }
    if (chars[i + 1] === '?') {
      options = [...options, ''];
      i++;
    }
    out = out.flatMap((p) => options.map((o) => p + o));
  }
  return out;
}

/** One to three name words from `at` (an abbreviated given name may open them), or undefined. */
function nameAfter(text: string, at: number, lex: Lexicon, capitalOnly: boolean): [number, number] | undefined {
  let pos = at;
  const abbr = ABBREVIATED.exec(text.slice(pos, pos + 6));
  if (abbr) pos += abbr[0].length;
  let end = -1;
  for (let k = 0; k < 3; k++) {
    const w = WORD.exec(text.slice(pos, pos + 40));
    if (!w || (capitalOnly && !/^\p{Lu}/u.test(w[0])) || !slotName(w[0], lex) || shorthand(w[0], lex) || vocabularyWord(w[0], lex)) break;
    end = pos + w[0].length;
    if (text[end] !== ' ' && text[end] !== '\t') break;
    pos = end + 1;
  }
  if (end < 0) return undefined;
  const after = text.slice(end, end + 40);
  // A dose, or a test's head or result right after the run makes it a drug, a test or a disease ("Covid positive").
  const next = /^[ \t]{1,2}\p{L}+/u.exec(after);
  if (DOSE_AFTER.test(after) || THING_VERB_AFTER.test(after) || (next && TERM_AFTER.test(next[0]))) return undefined;
  return [at, end];
}

/** A word no name list holds that reads as clinical shorthand or an English derived form (see the module header). */
function shorthand(raw: string, lex: Lexicon): boolean {
  const w = raw.toLowerCase();
  if (lex.firstNames.has(w) || lex.surnames.has(w)) return false;
  if (DERIVED.test(w) || VERB_S.test(w) || /['\u2019]d$/.test(w) || !/[aeiouy\u00c0-\u024f]/.test(w)) return true;
  return (w.length >= 4 && !unsafe(lex, w)) || (w.length >= 6 && w.endsWith('s') && truncation(w.slice(0, -1)));
}
