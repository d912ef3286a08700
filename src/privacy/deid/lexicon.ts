/**
 * Word sets used by the detector, built once from the compiled lists in `lexicons/data.ts`.
 * An organisation may add its own lists (one word per line) through `extendLexicon`, e.g. local
 * surnames or ward names; the lists are never read from `../shared` at run time.
 */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { CLINICAL, CLINICAL_WORDS, COMMON_WORDS, MEDICINES, EPONYMS, FIRST_NAMES, FIRST_NAMES_FAKER, FIRST_NAMES_MOBY, FIRST_NAMES_WORDS, FIRST_NAMES_WORLD, PLACES, PLACES_FAKER, PROPER_NAMES_SCOWL, SURNAMES, SURNAMES_FAKER, SURNAMES_WORLD } from './lexicons/data.js';

export interface Lexicon {
  readonly firstNames: Set<string>;
  readonly surnames: Set<string>;
  readonly places: Set<string>;
  /** Never PHI on their own: eponyms, drugs, wards, clinical abbreviations. Vetoes weak rules only. */
  readonly clinical: Set<string>;
  /**
   * Proper names used in clinical terms (Parkinson, Chaddock, Gehrig), from ICD-10-CM, Disease Ontology and HPO.
   * Those that no name list holds are vetoes like `clinical`; the others only in a clinical context (eponyms.ts).
   */
  readonly eponyms: Set<string>;
  /** Ordinary English words (lowercase dictionary entries). */
  readonly common: Set<string>;
  /**
   * Ordinary clinical words no English dictionary holds (the lowercase words of ICD-10-CM, Disease Ontology and HPO
   * terms: cholecystectomy, tachycardic), and medicine words (metformin, pregabalin; twentieth pass). The safe-list test,
   * `clinicalWord`, `inWordLists` and the name and place rules that veto a clinical word read them.
   */
  readonly medical: Set<string>;
  /**
   * Names that are also ordinary words or abbreviations (Rose, Bay, Spears, Vea): names only in a name context
   * (after a title, relation or role cue, next to another name), never on their own. Empty in the built-in
   * lexicon; filled from `*_ambig.txt` lists.
   */
  readonly contextNames: Set<string>;
  /** The given names among `contextNames` (Rose, Pat, Rich): after a relation word they are names in any case. */
  readonly contextGiven: Set<string>;
  /**
   * The given names and surnames that only the world lists hold (faker's other locales: Oduya, Siobhan, Nguyen),
   * which are also in `firstNames` / `surnames`. They are names beside a cue, another name or in a person's slot, never
   * alone: a lone capitalised rare name and a brand or shorthand look alike (scripts/deid-name-lists.ts,
   * docs/sessions/14-deid-names.md).
   */
  readonly worldNames: ReadonlySet<string>;
}

const split = (...lists: string[]): Set<string> => new Set(lists.flatMap((s) => s.split(' ')).filter(Boolean));

/** The veto set: clinical words plus the eponyms that are in none of the name lists (a surname stays a name). */
function vetoes(clinical: Set<string>, eponyms: Set<string>, names: readonly Set<string>[]): Set<string> {
  for (const w of eponyms) if (!names.some((n) => n.has(w))) clinical.add(w);
  return clinical;
}

let defaultLexicon: Lexicon | undefined;

export function getDefaultLexicon(): Lexicon {
  defaultLexicon ??= {
    // Hand-written lists plus the imported ones (faker's English names and city words, Moby's given names, SCOWL's proper names; NOTICE).
    // SCOWL does not tell people from places: its names join the surnames, the set the weak rules treat most carefully.
    // Given names that are also words (Drew, Clay) join them: the readers ask for a surname, an initial or a slot beside them.
    firstNames: split(FIRST_NAMES, FIRST_NAMES_FAKER, FIRST_NAMES_MOBY, FIRST_NAMES_WORDS, FIRST_NAMES_WORLD),
    surnames: split(SURNAMES, SURNAMES_FAKER, PROPER_NAMES_SCOWL, SURNAMES_WORLD),
    places: split(PLACES, PLACES_FAKER),
    clinical: vetoes(split(CLINICAL), split(EPONYMS), [split(FIRST_NAMES, FIRST_NAMES_FAKER, FIRST_NAMES_MOBY), split(SURNAMES, SURNAMES_FAKER, PROPER_NAMES_SCOWL)]),
    eponyms: split(EPONYMS),
    common: split(COMMON_WORDS),
    // Medicines (RxNorm names of the OMOP extract, the broad model's exposure synonyms; import-medicines.ts) are words too.
    medical: split(CLINICAL_WORDS, MEDICINES),
    contextNames: new Set(),
    contextGiven: new Set(),
    worldNames: split(FIRST_NAMES_WORLD, SURNAMES_WORLD),
  };
  return defaultLexicon;
}

const CASELESS = new WeakMap<Lexicon, Lexicon>();

/**
 * The lexicon a note written without letter case reads (all capitals or all lower case): the world lists' names left
 * out of the name sets. There no capital marks a name, and a long list of rare names meets nursing shorthand (DEC,
 * GLU, VIT) and misspellings. Built once per lexicon.
 */
export function caselessLexicon(lex: Lexicon): Lexicon {
  if (lex.worldNames.size === 0) return lex;
  let out = CASELESS.get(lex);
  if (!out) {
    const keep = (set: Set<string>): Set<string> => new Set([...set].filter((w) => !lex.worldNames.has(w)));
    out = { ...lex, firstNames: keep(lex.firstNames), surnames: keep(lex.surnames), worldNames: new Set() };
    CASELESS.set(lex, out);
  }
  return out;
}

/** Which of an organisation's name lists holds a word: its given names or its surnames. */
type NameList = 'given' | 'surname';

/**
 * Copy of the default lexicon extended with word lists from a directory. Files are routed by name:
 * `*first*`/`*female*`/`*male*` → first names, `*last*`/`*surname*` → surnames, `*location*`/`*place*` → places,
 * `*clinical*` → clinical. A name list whose file name says `ambig` (`*_ambig.txt`, not `*_unambig.txt`) holds
 * names that are also ordinary words: its words go to `contextNames` instead. Lines are upper/lower-cased freely;
 * blank lines and `#` comments are skipped.
 */
export function extendLexicon(dir: string, base: Lexicon = getDefaultLexicon()): Lexicon {
  const world = new Set(base.worldNames);
  let ownNames = false;
  // The words the organisation's own given-name and surname lists hold, by list.
  const own: Record<NameList, Set<string>> = { given: new Set(), surname: new Set() };
  const lex: Lexicon = {
    firstNames: new Set(base.firstNames), surnames: new Set(base.surnames), places: new Set(base.places),
    clinical: new Set(base.clinical), eponyms: base.eponyms, common: base.common, medical: base.medical, contextNames: new Set(base.contextNames),
    contextGiven: new Set(base.contextGiven), worldNames: world,
  };
  for (const file of readdirSync(dir).sort()) {
    if (!file.endsWith('.txt')) continue;
    const f = file.toLowerCase();
    const given = /first|female|male/.test(f);
    const names = given || (/last|surname/.test(f) && !/prefix/.test(f));
    const ambiguous = names && /(?:^|[^n])ambig/.test(f);
    const target = ambiguous ? lex.contextNames
      : given ? lex.firstNames
        : names ? lex.surnames
          : /location|place/.test(f) ? lex.places
            : /clinical/.test(f) ? lex.clinical : undefined;
    if (!target) continue;
    const text = new TextDecoder('utf-8', { fatal: false }).decode(readFileSync(join(dir, file)));
    for (const line of text.split(/\r?\n/)) {
      const w = line.trim().toLowerCase();
      if (!w || w.startsWith('#') || !/^[a-z][a-z'\-]*$/.test(w)) continue;
      target.add(w);
      // A word the organisation's own name list holds is a name like any other, not a world-list one.
      if (target === lex.firstNames || target === lex.surnames) { world.delete(w); own[given ? 'given' : 'surname'].add(w); }
      if (ambiguous && given) lex.contextGiven.add(w);
    }
    if (names) ownNames = true;
  }
  // With its own name lists loaded, the world lists step aside: the organisation's lists are fitted to its people, and
  // on the nursing notes the two together cost precision the lists alone did not (docs/sessions/14-deid-names.md).
  if (ownNames) {
    for (const w of base.worldNames) {
      if (!own.given.has(w)) lex.firstNames.delete(w);
      if (!own.surname.has(w)) lex.surnames.delete(w);
    }
    world.clear();
  }
  return lex;
}

/** Whether the clinical or medical list holds a word, in any case: a drug, test, abbreviation or medical word. */
export function clinicalWord(lex: Lexicon, w: string): boolean {
  const low = w.toLowerCase();
  return lex.clinical.has(low) || lex.medical.has(low);
}

/** Whether an English, clinical, medical or eponym list holds a word (given in lower case): the word lists a name is not on. */
export function inWordLists(lex: Lexicon, w: string): boolean {
  return (wordFlags(lex, w) & IN_WORD_LISTS) !== 0;
}

/** `wordFlags` bits: which of a lexicon's lists hold a word. */
export const IN_COMMON = 1, IN_CLINICAL = 2, IN_MEDICAL = 4, IN_EPONYMS = 8, IN_FIRST = 16, IN_SURNAMES = 32, IN_WORLD = 64;
/** The lists of words a name is not (English, clinical, medical, eponym): `inWordLists`, and the date rules' month and weekday checks. */
export const IN_WORD_LISTS = IN_COMMON | IN_CLINICAL | IN_MEDICAL | IN_EPONYMS;

/**
 * Which of the common, clinical, medical, eponym, given-name, surname and world-name lists hold a word (exactly as
 * written), as `IN_*` bits: one lookup where the word rules asked up to five large sets about the same word (speed; the
 * sets are read from memory far apart). Answers are kept per lexicon, bounded like `oneEditFromKnown`'s; they depend only
 * on the word and the lists, which are not changed after a lexicon is built (`extendLexicon` fills its copy first).
 */
export function wordFlags(lex: Lexicon, w: string): number {
  let memo = FLAG_MEMO.get(lex);
  if (!memo || memo.size > 50_000) FLAG_MEMO.set(lex, memo = new Map<string, number>());
  let f = memo.get(w);
  if (f === undefined) {
    f = (lex.common.has(w) ? IN_COMMON : 0) | (lex.clinical.has(w) ? IN_CLINICAL : 0) | (lex.medical.has(w) ? IN_MEDICAL : 0) |
      (lex.eponyms.has(w) ? IN_EPONYMS : 0) | (lex.firstNames.has(w) ? IN_FIRST : 0) | (lex.surnames.has(w) ? IN_SURNAMES : 0) |
      (lex.worldNames.has(w) ? IN_WORLD : 0);
    memo.set(w, f);
  }
  return f;
}
const FLAG_MEMO = new WeakMap<Lexicon, Map<string, number>>();

/**
 * Whether a word is one edit (delete, insert, substitute, swap) away from an English or clinical word of at least
 * `minLength` letters: a typo of a known word rather than an unknown name. Shared by the word rules (4 letters) and
 * the unknown-word rule (5 letters).
 */
export function oneEditFromKnown(lex: Lexicon, w: string, minLength: number): boolean {
  // The edit test builds ~50 strings per letter and the same words recur across notes: answers are kept per lexicon
  // (bounded, as words.ts keeps its own); they depend only on the word, `minLength` and the lexicon's lists.
  let memo = EDIT_MEMO.get(lex);
  if (!memo || memo.size > 50_000) EDIT_MEMO.set(lex, memo = new Map<string, boolean>());
  const key = `${minLength}|${w}`;
  let yes = memo.get(key);
  if (yes === undefined) {
    yes = oneEditFrom((x) => x.length >= minLength && (lex.common.has(x) || lex.clinical.has(x)), w);
    memo.set(key, yes);
  }
  return yes;
}
const EDIT_MEMO = new WeakMap<Lexicon, Map<string, boolean>>();

/** Whether one edit (delete, insert, substitute, swap of neighbours) turns `w` into a word `known` accepts. */
export function oneEditFrom(known: (x: string) => boolean, w: string): boolean {
  for (let i = 0; i <= w.length; i++) {
    const a = w.slice(0, i);
    const b = w.slice(i);
    if (b && known(a + b.slice(1))) return true;
    if (b.length > 1 && known(a + (b[1] ?? '') + (b[0] ?? '') + b.slice(2))) return true;
    for (let c = 97; c <= 122; c++) {
      const ch = String.fromCharCode(c);
      if (known(a + ch + b)) return true;
      if (b && ch !== b[0] && known(a + ch + b.slice(1))) return true;
    }
  }
  return false;
}
