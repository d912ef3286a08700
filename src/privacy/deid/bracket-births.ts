/**
 * The person whose age or date of birth is written right after the name in brackets (issue 14, session 42): "Wren
 * Tisdale (DOB 11 Nov 2019)", "Ada Wetherell (99)", "Bence Hajduczki (22/07/1990) attended", "Sh. Munkhtsetseg (90),
 * plasma cells", "Eulogia (95 anos)", "Quilla (34F)". Clinical lists and letters identify a person by the name and then,
 * in brackets, the age (with or without its sex) or the date of birth; `appositive-ages.ts` reads the age after a name
 * already found, this rule reads the name before such a bracket. A general convention of clinical writing (the
 * identification line: name, then age/sex or DOB), not a wording read from a note.
 * The bracket is the evidence, so the words before it need no list; each must still read as a name (`nameWord`): no
 * English, clinical, medicine or eponym word unless a name list holds it and no English list does, no short
 * all-capitals abbreviation, no lower-case typo of a known word. One to three such words (or initials) are read
 * backwards from the bracket, on one line, in one case ("dona Eulogia" gives "Eulogia"), stopping at the first word
 * that is none.
 * How strong the bracket is decides how many words it needs:
 * - a date-of-birth cue (DOB, d.o.b., born, b. and a digit), "age"/"aged" and a number, an age with its sex (34F, 7 M),
 *   an age in years other than English writes it ("95 anos", "93 J.", "92 tahun"), or an English age in years of 11 or
 *   more ("60 yrs", "15 y/o"): one word is enough;
 * - a bare age closing the bracket ("(99)"), a number of years up to 10 ("(7 y)", which after a product is its duration:
 *   "Mirena (5 years)"), or a numeric date closing it ("(22/07/1990)"): two words at least (one word before "(14)" is as
 *   often a score, a brand or shorthand, even a given name: "Braden (14)", "Waterlow (12)").
 * Pure; a text with no opening bracket after a space is skipped unread.
 */
import { IN_CLINICAL, IN_COMMON, IN_EPONYMS, IN_FIRST, IN_MEDICAL, IN_SURNAMES, IN_WORD_LISTS, inWordLists, oneEditFromKnown, wordFlags, type Lexicon } from './lexicon.js';
import type { PushSpan as Push } from './types.js';

// A date-of-birth or age cue opening the bracket, an age with its sex closing its part of the bracket ("3M KCI" is a
// maker), or an age in another language's years.
const STRONG = /^[ \t]?(?:(?:dob|d\.o\.b\.?|date[ \t]of[ \t]birth|born|nee|b\.[ \t]?(?=\d))[ \t:.,]|aged?[ \t:]{1,2}\d|\d{1,3}[ \t]?[MF](?=[ \t]?[),;])|\d{1,3},?[ \t]?(?:anos|ans|a\.|j\.|jahre|jaar|tahun|th)(?![A-Za-z])|(?:1[1-9]|[2-9]\d|1[01]\d)[ \t]?(?:y\/o|yo|yrs?|years?)(?![A-Za-z]))/i;
// A bare age closing the bracket, a few years, or a numeric date closing it.
const WEAK = /^(?:\d{1,3}\)|(?:10|[1-9])[ \t]?(?:y|yo|yrs?|years?)\)|(?:0?[1-9]|[12]\d|3[01])[\/.-](?:0?[1-9]|1[0-2])[\/.-](?:19|20)\d\d\)|(?:19|20)\d\d-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])\))/i;
// One word right before the point (letters, inner hyphens and apostrophes) or an initial with its full stop.
const LAST_WORD = /(?<![A-Za-z'\u2019.-])((?:[A-Za-z]\.|[A-Za-z][A-Za-z'\u2019]*(?:-[A-Za-z][A-Za-z'\u2019]*)*))$/;
// Words that stand before a person but are none: titles, person nouns, the words of an identification line.
const NOT_NAME = new Set(('pt pts patient patients client male female man woman boy girl baby infant child children son daughter mother father ' +
  'wife husband partner brother sister mr mrs ms miss mx dr prof sr nurse age aged dob sex name surname forename years year yrs ' +
  'bed cubicle room ward twins twin for and or with of to in on at by from the a an re').split(' '));
// The given-name and surname lists.
const LISTED = IN_FIRST | IN_SURNAMES;
// How far back one word may reach.
const REACH = 48;
// The largest bare number read as an age.
const OLDEST = 120;

/**
 * Whether a word (as written) reads as part of a person's name before an identification bracket (module header);
 * `strong`: the bracket is a date of birth or a sexed age, before which a capitalised eponym or given name that is also
 * an English word is still a name ("Wren Tisdale (DOB").
 */
function nameWord(raw: string, lex: Lexicon, strong: boolean): boolean {
  if (/^[A-Za-z]\.$/.test(raw)) return /^[A-Z]/.test(raw);
  const w = raw.toLowerCase().replace(/['\u2019]s$/, '');
  if (w.length < 2 || NOT_NAME.has(w)) return false;
  // A short all-capitals word is an abbreviation (GP, ECG) unless a name list holds it.
  if (raw.length <= 3 && raw === raw.toUpperCase() && (wordFlags(lex, w) & LISTED) === 0) return false;
  const capital = /^[A-Z]/.test(raw);
  const parts = w.split('-');
  if (parts.some((p) => p.length === 0 || (wordFlags(lex, p) & IN_MEDICAL) !== 0)) return false;
  const named = parts.map((p) => namePart(p, capital, strong, lex));
  // A double-barrelled surname may join an English word to a name ("Kyriakopoulou-Day"); English words alone are no name.
  return named.every((ok, i) => ok || (parts.length > 1 && lex.common.has(parts[i] as string))) && named.includes(true);
}

/**
 * A name part: a listed given name or surname on no English list (a capitalised one after a strong bracket even so), or
 * a word on no English list; a clinical or eponym word only capitalised after a strong bracket; a lower-case word on
 * no list at all and no typo of a known word.
 */
function namePart(p: string, capital: boolean, strong: boolean, lex: Lexicon): boolean {
  const f = wordFlags(lex, p);
  const listed = (f & LISTED) !== 0;
  if (listed && (f & IN_COMMON) === 0 && (capital || (f & (IN_CLINICAL | IN_EPONYMS)) === 0)) return true;
  if (capital) return strong ? listed || (f & IN_COMMON) === 0 : (f & IN_WORD_LISTS) === 0 && p.length >= 3;
  return p.length >= 3 && !inWordLists(lex, p) && !oneEditFromKnown(lex, p, 4);
}

/** Whether a word opens with a capital. */
const capitalised = (w: string): boolean => /^[A-Z]/.test(w);

/** The name words right before `at` (a blank before a bracket), in text order: at most three, one blank apart. */
function wordsBefore(text: string, at: number, lex: Lexicon, strong: boolean): { start: number; words: string[] } {
  const words: string[] = [];
  let start = at;
  let pos = at;
  while (words.length < 3) {
    const w = LAST_WORD.exec(text.slice(Math.max(0, pos - REACH), pos))?.[1];
    if (w === undefined || !nameWord(w, lex, strong)) break;
    // A name is written in one case: a lower-case word before a capitalised one is a noun or title ("dona Eulogia").
    if (words.length > 0 && capitalised(w) !== capitalised(words[0] as string)) break;
    words.unshift(w);
    start = pos - w.length;
    // The next word back must be one blank away, on the same line.
    const blank = text[start - 1];
    if ((blank !== ' ' && blank !== '\t') || /[ \t\n\r]/.test(text[start - 2] ?? '\n')) break;
    pos = start - 1;
  }
  return { start, words };
}

/** Push a NAME span for the words right before a bracketed age or date of birth (module header). */
export function detectBracketBirths(text: string, lex: Lexicon, push: Push): void {
  for (let at = text.indexOf(' (', 1); at >= 0; at = text.indexOf(' (', at + 2)) {
    const inside = text.slice(at + 2, at + 30);
    const strong = STRONG.test(inside);
    if (!strong && !WEAK.test(inside)) continue;
    if (!strong && /^\d{1,3}\)/.test(inside) && Number(/^\d+/.exec(inside)?.[0]) > OLDEST) continue;
    const { start, words } = wordsBefore(text, at, lex, strong);
    const named = words.filter((w) => !/^[A-Za-z]\.$/.test(w));
    if (named.length === 0) continue;
    // A weak bracket after one word is as often a score, a brand or a count ("Braden (14)", "Waterlow (12)").
    if (!strong && words.length < 2) continue;
    push(start, at, 'NAME');
  }
}
