/**
 * The person of a list entry (issue 14, forty-first session): the name that stands right after an entry's number on the
 * lists a ward, a clinic or a theatre keeps of its people. A ward board or hand-over sheet numbers its patients by bed
 * place ("Bed 5 Kowalski - confused", "cot 7 Nguyen post-op"), a clinic list by appointment time ("09:40 Kowalski -
 * new referral"), a theatre or MDT list by item ("1. Kowalski hip hemiarthroplasty. 2. Nguyen ..."): the layouts of the
 * NHS ward hand-over and the WHO Surgical Safety Checklist's operating list, where the entry's number is followed by the
 * person and then whatever the entry says of them. `ROSTER_SLOT` (name-heads.ts) reads the entry only when the name
 * ends it and a board or another name says people are listed; here the name may be followed by anything, so the word
 * itself must read as a name by the lists: a given name or surname that no English, clinical, medical or eponym list
 * holds (every hyphened part on none of them, one on a name list), no title, role, country, language or place. The
 * records-system form "Surname, Given" (NHS Common User Interface banner) after the number is read whole, the comma
 * between the parts too ("09:00 Kowalski, Priya - ulcer"), when neither part is on a word list and one is on a name list.
 * Mixed-case text only, where the capital marks the name. Pure; a character pre-check, then one regex pass.
 */
import { countryOrLanguage } from './countries.js';
import { caseMode, type CaseMode } from './letter-case.js';
import { IN_FIRST, IN_SURNAMES, inWordLists, wordFlags, type Lexicon } from './lexicon.js';
import { roleOrTitle } from './role-heads.js';
import { TITLE_WORD } from './titles.js';
import type { PhiSpan, PushSpan } from './types.js';

// The entry's head: a bed place and its number anywhere; a clock time with a colon (09:40) anywhere; or, at a line's or
// an entry's start (after a semicolon, a table's bar, a label's colon or a sentence's end), a time written 9.40 or 0940
// or an item number (1. 2) #3).
const BED_PLACE = '(?:[Bb]ed|BED|[Bb]ay|BAY|[Rr]oom|[Rr]m|[Cc]ubicle|[Cc]ot|[Cc]hair|[Tt]rolley|[Ss]ide[ \\t]?[Rr]oom)';
const HEAD = `(?:\\b${BED_PLACE}[ \\t]*(?:no\\.?[ \\t]*|#)?[A-Z]?\\d{1,3}[A-Z]?|(?<![\\d.:/])[0-2]?\\d:[0-5]\\d(?![\\d.:/])|` +
  `(?:^|[;|]|[.!?:][ \\t])[ \\t]*(?:[0-2]?\\d\\.[0-5]\\d|[0-2]\\d[0-5]\\d|\\d{1,2}[.)]|#\\d{1,2}))`;
const WORD = `[A-Z][a-z]{2,}(?:-[A-Z]?[a-z]+|['\\u2019][A-Z][a-z]+)*`;
// The name: one capitalised word (and a second right after it), or "Surname, Given" with the surname perhaps in capitals.
const ENTRY = new RegExp(`${HEAD}[ \\t]*[-:,]?[ \\t]+(?:(${WORD}|[A-Z]{3,}(?:-[A-Z]{2,})?),[ \\t]+(${WORD})|(${WORD})(?:[ \\t](${WORD}))?)(?![\\w-])(?!['\\u2019][A-Za-z]{2})`, 'gmd');
// A ward, unit or building named after a person ("Bay 2 Nightingale Ward") is a place, not the patient.
const PLACE_AFTER = /^[ \t]+(?:ward|unit|wing|house|hospital|centre|center|clinic|suite|theatre|lodge|building|block|road|street|st|ave|avenue|lane)\b/i;

/** Each hyphened part on no English, clinical, medical or eponym list; no title, role, country, language or place. */
function nameable(lex: Lexicon, w: string): boolean {
  const low = w.toLowerCase();
  if (TITLE_WORD.test(w) || roleOrTitle(low) || countryOrLanguage(w) || (lex.places.has(low) && !lex.firstNames.has(low))) return false;
  return low.split(/['\u2019-]/).every((p) => p.length > 0 && !inWordLists(lex, p));
}

/** A word the name lists read as a given name or surname (some hyphened part), past `nameable`. */
function listedName(lex: Lexicon, w: string): boolean {
  return nameable(lex, w) && w.toLowerCase().split(/['\u2019-]/).some((p) => (wordFlags(lex, p) & (IN_FIRST | IN_SURNAMES)) !== 0);
}

/** Push NAME spans for the person right after a list entry's number (see the module comment). */
export function detectListEntryNames(text: string, lex: Lexicon, spans: readonly PhiSpan[], push: PushSpan, mode: CaseMode = caseMode(text)): void {
  if (mode !== 'mixed' || !/\d[.):]?[ \t]+[A-Z]/.test(text)) return;
  for (const m of text.matchAll(ENTRY)) {
    const at = m.indices;
    if (!at) continue;
    let span: [number, number] | undefined;
    const [surname, given, first, second] = [m[1], m[2], m[3], m[4]];
    if (surname && given && at[1] && at[2]) {
      // "Surname, Given": neither on a word list, one of them on a name list (a surname in capitals read as written).
      const family = surname === surname.toUpperCase() ? surname[0] + surname.slice(1).toLowerCase() : surname;
      if (nameable(lex, family) && nameable(lex, given) && (listedName(lex, family) || listedName(lex, given))) span = [at[1][0], at[2][1]];
      // Else the first word alone, as below ("2. Kowalski, Sepsis": the second word is the entry's).
      else if (surname !== surname.toUpperCase() && listedName(lex, surname)) span = [at[1][0], at[1][1]];
    } else if (first && at[3] && listedName(lex, first)) {
      const end = second && at[4] && nameable(lex, second) ? at[4][1] : at[3][1];
      if (!PLACE_AFTER.test(text.slice(end, end + 12))) span = [at[3][0], end];
    }
    if (!span) continue;
    const [start, end] = span;
    if (spans.some((s) => s.type !== 'NAME' && s.start < end && start < s.end)) continue;
    push(start, end, 'NAME');
  }
}
