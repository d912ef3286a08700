/**
 * The person an identification clause names by the age or number after it (issue 14, letters), beyond a heading's first
 * value (`heading-names.ts`): a run of one to four capitalised name words that opens a line or a list item ("2. Given
 * Family, 61, ..."), a clause after a stop, semicolon, colon or spaced dash ("Pat. Given Family, 93 J., ..."), or
 * stands after a role, relation or title noun ("child Given, 2, swallowed ..."), then a comma or a bracket and the
 * person's age or an identity number the rules found. An identification clause writes a person as name, then age or
 * number (the triage and register line; HL7 CDA's header: name, then birth and identifiers), so the age is the evidence
 * and the words need no name list. One word alone (a given name or a surname) must be on no English, clinical or eponym
 * list unless a name list holds it (`heading-names.ts`' word test); the same refusals as there (function words, titles
 * inside, a place's or organisation's generic word, a run another rule read as another type). After a comma the slot
 * holds the places of an address ("Given Family, Town, 86"), so a comma before the run is no opening.
 * Sources, general and not read from a note: the age and the number evidence are `heading-names.ts`' (`AGE_EVIDENCE`,
 * CLDR years words; `LABEL_GAP`, `IDENTITY_NUMBER_TYPES`); the role and title nouns `role-heads.ts`'.
 * Every scan is bounded: one regex pass over the text; the opening is read in a fixed window before the run, the
 * evidence in a fixed window after it. Pure.
 */
import { AGE_EVIDENCE, LABEL_GAP, NAME_WORD, PARTICLES, nameStart, nameWord, spansNear } from './heading-names.js';
import type { Lexicon } from './lexicon.js';
import { roleOrTitle } from './role-heads.js';
import { PRODUCT_FIELD } from './safe-list.js';
import { IDENTITY_NUMBER_TYPES, type PhiSpan, type PushSpan as Push } from './types.js';

// How far before a run its opening is read, how far after it the evidence, and how far a found span may start before it.
const OPENING_WINDOW = 40;
const EVIDENCE_WINDOW = 48;
const SPAN_WINDOW = 120;

// One to four name words (particles between them) not inside a word or a hyphened name, then a comma or a spaced bracket.
const RUNS = new RegExp(`(?<![\\p{L}\\p{M}\\d'\\u2019.-])(${NAME_WORD}(?:[ \\t]{1,2}(?:(?:${PARTICLES.join('|')})[ \\t]{1,2}){0,2}${NAME_WORD}){0,3})(?=,|[ \\t]\\()`, 'gu');
// What may stand before the run on its line: nothing or a list mark; a stop, semicolon, colon or spaced dash closing
// the clause before; or a word (a role, relation or title noun; checked apart) after a space.
const LINE_OPENING = /(?:^|\n)[ \t]*(?:(?:[-\u2013\u2022*\u00b7]|\(?\d{1,2}[.)]|\(?[a-z][.)])[ \t]{1,3})?$/;
const CLAUSE_OPENING = /(?:[.;:!?]|[ \t][-\u2013\u2014])[ \t]{1,3}$/;
const WORD_BEFORE = /(?:^|[^\p{L}\p{M}])(\p{L}+)\.?[ \t]{1,2}$/u;
// The kinship forms of the subcontinent's registers: son, daughter, wife of ("s/o", "d/o", "w/o").
const KIN_OF = /(?:^|[^\p{L}])[sdwSDW]\/[oO][ \t]{1,2}$/u;
// A telephone number's area code in brackets after a word ("Tel (71) 98441-7208", "Call (207) 973-4417").
const AREA_CODE = /^[ \t]?\(\d{2,4}\)[ \t]?\d/;
// A serial, lot or model number's label: the number names a device or product, not its owner (HIPAA's device
// identifiers and serial numbers are apart from the person's).
const SERIAL_LABEL = /\b(?:serial|s\/n|sn|serien\p{L}*|s[eé]rie|seri\p{L}*|lot|batch|model\p{L}*|modelo)\b/iu;

/**
 * Push a NAME span for each run of name words in an identification clause's opening that a comma or bracket and the
 * person's age or identity number follow (see the module header). `text` is accent-folded, `original` the same text
 * before folding, `found` the spans the rules found so far.
 */
export function detectAgedNames(text: string, original: string, lex: Lexicon, found: readonly PhiSpan[], push: Push): void {
  let near: ((from: number, to: number) => readonly PhiSpan[]) | undefined;
  for (const m of text.matchAll(RUNS)) {
    const from = m.index ?? 0;
    const end = from + (m[1] as string).length;
    const after = text.slice(end, end + EVIDENCE_WINDOW);
    if (AREA_CODE.test(after)) continue;
    const aged = AGE_EVIDENCE.test(after);
    // Only the run's evidence or opening left to read: most runs stop here, before any span is sorted.
    if (!aged && !/^,/.test(after)) continue;
    const before = text.slice(Math.max(0, from - OPENING_WINDOW), from);
    // A title or role noun opening the run itself is an opening as one before it is ("with Mrs Given Family, 97").
    const led = roleOrTitle((/^\S+/.exec(m[1] as string)?.[0] ?? '').toLowerCase());
    if (!(led || opening(before)) || PRODUCT_FIELD.test(before)) continue;
    const start = nameStart(text, original, lex, afterRoleWords(text, lex, from, end), end, 1);
    if (start < 0) continue;
    // One word alone is a person's only before an age: a payer's or a product's one word stands before a number too.
    if (!aged && !/\s/.test(text.slice(start, end))) continue;
    const spans = (near ??= spansNear(found))(start - SPAN_WINDOW, end + EVIDENCE_WINDOW);
    if (spans.some((s) => s.type !== 'NAME' && s.start < end && start < s.end)) continue;
    if (aged || spans.some((s) => numberAfter(text, end, s))) push(start, end, 'NAME');
  }
}

/** Whether a found span is an identity number after the run, behind a label of a few words that names no device. */
function numberAfter(text: string, end: number, s: PhiSpan): boolean {
  if (!IDENTITY_NUMBER_TYPES.has(s.type) || s.start <= end) return false;
  const gap = text.slice(end, s.start);
  return LABEL_GAP.test(gap) && !SERIAL_LABEL.test(gap);
}

/**
 * Where a run's name may start past its leading words that an English, clinical or eponym list holds and no name list
 * does: a role or trade written before the person ("Dentist Given Family", "Operator Given Family"); `nameStart` then
 * leaves titles and role nouns out as in a heading's value. -1 past the run's end when every word is such a word.
 */
function afterRoleWords(text: string, lex: Lexicon, from: number, end: number): number {
  let at = from;
  for (const w of text.slice(from, end).matchAll(/\S+/g)) {
    if (nameWord(lex, w[0].toLowerCase())) return from + (w.index ?? 0);
    at = from + (w.index ?? 0) + w[0].length;
  }
  return at < end ? at : end;
}

/** Whether the text before a run opens an identification clause: a line or list item, a clause, or a role or title noun. */
function opening(before: string): boolean {
  if (LINE_OPENING.test(before) || CLAUSE_OPENING.test(before) || KIN_OF.test(before)) return true;
  const word = WORD_BEFORE.exec(before)?.[1];
  return word !== undefined && roleOrTitle(word.toLowerCase());
}
