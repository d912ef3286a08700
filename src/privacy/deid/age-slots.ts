/**
 * A name in a person's identification slot (issue 14, letters): at the opening of a field (a line's start, after a
 * label's colon, a dash between spaces, or "pt" / "patient") one to four name words, then the person's age and sex
 * ("Haematology clinic: Kanyinsola 24F", "Safeguarding note: rosalend, 15, disclosed", "pt wanjiko gathecha F 34",
 * "KARUNATILAKE Sanjeewa 44M - renal colic", "Dentist's note: kofo (7 y)"). Clinical registers write a person as name,
 * age, sex (the triage and hand-over line); what stands in that slot is a person whatever its letter case, so the slot
 * is the evidence and every word must still be a name: a listed given name or surname on no English list, or a word on
 * no list at all (English, clinical, medicine, eponym), and a lower-case one not one edit from an English or
 * clinical word (a typo). The sentence-opening rule of `people-slots.ts` already reads two-word names before
 * ", 52M"; this one reads the other field openings, one-word names, and ages written without a comma or in brackets.
 * Mixed-case text only. Pure.
 */
import { inWordLists, oneEditFromKnown, type Lexicon } from './lexicon.js';
import type { PushSpan as Push } from './types.js';

const WORD = "[A-Za-z][A-Za-z'\\u2019]*(?:-[A-Za-z][A-Za-z'\\u2019]*)*";
// Where a field opens: a line start, a label's colon, a dash between spaces, "pt", "pt is", "patient".
const OPENING = "(?:^|\\n|:[ \\t]{1,3}|[ \\t][-\\u2013\\u2014][ \\t]{1,2}|(?<![A-Za-z])(?:[Pp]t|[Pp]atient)(?:[ \\t]is)?[ \\t]{1,2})[ \\t]*";
// The age and sex right after the name: "24F", ", 3y", " 44 M", "F 34", "(7 y)", ", 15," and ", 94." (digits alone
// between commas or before a full stop, a semicolon or a dash).
const AGE = "(?=,?[ \\t]{0,2}(?:\\d{1,3}[ \\t]?(?:[MF]|y|yo|y\\/o|yrs?|years?(?:[ \\t-]old)?)(?![A-Za-z\\d])|[MF],?[ \\t]\\d{1,3}(?![\\d.\\/])|\\(\\d{1,3}[ \\t]?(?:y|yo|yrs?|years?)\\))" +
  "|,[ \\t]{0,2}\\d{1,3}[ \\t]*(?:,|;|\\.(?!\\d)|[ \\t][-\\u2013]))";
const SEXED = /^,?[ \t]{0,2}(?:\d{1,3}[ \t]?(?:y|yo|y\/o|yrs?)?[ \t]?[MF]|[MF],?[ \t]\d{1,3})(?![A-Za-z\d])/;
const SLOT = new RegExp(`${OPENING}(${WORD}(?:[ \\t]${WORD}){0,3})${AGE}`, 'g');
// Words a slot may open with that are no name: person nouns, sexes and the like.
const NOT_NAME = new Set(('pt patient patients male female man woman boy girl baby infant child son daughter mother father wife husband ' +
  'mr mrs ms miss mx dr prof sr nurse age aged dob sex gender name surname forename years year yrs yo bed cubicle room ward').split(' '));

/** A word an identification slot accepts as part of a name (see the module header). */
function slotName(raw: string, lex: Lexicon): boolean {
  const w = raw.toLowerCase().replace(/['\u2019]s$/, '');
  if (w.length < 2 || NOT_NAME.has(w)) return false;
  // A short all-capitals word is an abbreviation (ED, GP, SW) unless a name list holds it.
  if (raw.length <= 3 && raw === raw.toUpperCase() && !lex.firstNames.has(w) && !lex.surnames.has(w)) return false;
  const parts = w.split('-');
  if (parts.some((p) => p.length === 0 || lex.clinical.has(p) || lex.medical.has(p) || lex.eponyms.has(p))) return false;
  // A double-barrelled surname may join an English word to a name ("Kyriakopoulou-Day"); a compound of English words
  // only is no name ("Follow-up").
  const named = parts.map((p) => namePart(p, /^[A-Z]/.test(raw), lex));
  return named.every((ok, i) => ok || (parts.length > 1 && lex.common.has(parts[i] as string))) && named.includes(true);
}

/** A name part: a listed given name or surname on no English list, or a word on no list (in lower case, no typo). */
function namePart(p: string, capital: boolean, lex: Lexicon): boolean {
  if ((lex.firstNames.has(p) || lex.surnames.has(p)) && !lex.common.has(p)) return true;
  if (p.length < 3 || inWordLists(lex, p)) return false;
  return capital || !oneEditFromKnown(lex, p, 4);
}

/**
 * Push NAME spans for the names standing in an identification slot before their age and sex (mixed-case text only).
 */
export function detectAgeSlotNames(text: string, lex: Lexicon, push: Push): void {
  if (!/\d/.test(text)) return;
  for (const m of text.matchAll(SLOT)) {
    // A "pt" after a label's colon opens the slot too ("ambulance sheet: pt x y F 34").
    const name = (m[1] as string).replace(/^(?:pt|patient)(?:[ \t]is)?[ \t]+/i, '');
    const words = name.split(/[ \t]/);
    const end = (m.index ?? 0) + m[0].length;
    // A lone word needs an age that carries a sex: after a product a number of years is its duration ("Nexplanon 3y")
    // and a bare number a count ("Pfizer, 2, given").
    if (words.length === 1 && !SEXED.test(text.slice(end, end + 12))) continue;
    if (!words.every((w) => slotName(w, lex))) continue;
    push(end - name.length, end, 'NAME');
  }
}
