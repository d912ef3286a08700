/**
 * Capitals in a note written in lower case (issue 14, twelfth pass). A writer who does not capitalise sentence starts,
 * drugs or headers ("social- son in all day, supportive to pt, John.") still capitalises the names of people and
 * places, so there a title-case word in the middle of a clause says more than in mixed-case text: it is a name or a
 * place unless it is a clinical or function word. The safe-list rule (safe-list.ts) reads capitals in mixed-case text
 * only; this is its counterpart for the lower-case mode. Context keeps the precision: only words inside a clause (not
 * after a sentence end, a colon, a bracket or at a line start, where headers and quotes capitalise), and the word must
 * be one no dictionary holds or one a name or place list holds (an English word that is no name, "Monitor", stays).
 * Two or three capitalised words together are a name whatever their words ("Frances Baker"). Pure.
 */
import type { CaseMode } from './letter-case.js';
import type { Lexicon } from './lexicon.js';
import { FUNCTION_WORDS } from './safe-list.js';
import type { PushSpan as Push } from './types.js';

// Runs of one to three title-case words, single-spaced (hyphenated and possessive forms allowed).
const RUN = /(?<![A-Za-z'\u2019\-])[A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?:['\u2019]s)?(?:[ \t][A-Z][a-z]+(?:-[A-Z]?[a-z]+)?(?:['\u2019]s)?){0,2}(?![A-Za-z])/g;
// Where a capital says nothing in any case: a line or sentence start, after a colon, a bracket or a quote, or a dash
// that opens a heading ("social- ").
const OPENING = /(?:^|[\n.!?:;(\[{"\u201c\u2018]|-)[ \t]*$/;
// A place preposition before the run makes it a place.
const PLACE_BEFORE = /\b(?:in|from|at|to|of|near)[ \t]+$/i;
// Words a lower-case writer still capitalises that name no one: titles, roles, faiths and languages (days and months
// are function words, in FUNCTION_WORDS).
const NOT_NAME = new Set('dr drs mr mrs ms miss prof rabbi pastor father sister chaplain doctor nurse god lord christ jesus english spanish'.split(' '));

/** Whether a title-case word may be (part of) a name: no clinical, function or role word. */
function nameable(low: string, lex: Lexicon): boolean {
  return low.length >= 3 && !FUNCTION_WORDS.has(low) && !NOT_NAME.has(low) && !lex.clinical.has(low) && !lex.medical.has(low);
}

/** Whether a word is evidence of a name on its own: in a name or place list, or in no dictionary. */
function nameEvidence(low: string, lex: Lexicon): boolean {
  return lex.firstNames.has(low) || lex.surnames.has(low) || lex.places.has(low) || (!lex.common.has(low) && !lex.eponyms.has(low));
}

/** Push NAME and LOCATION spans for title-case words inside a clause of a note written in lower case. */
export function detectLowerCaseCapitals(text: string, lex: Lexicon, push: Push, mode: CaseMode): void {
  if (mode !== 'lower') return;
  for (const m of text.matchAll(RUN)) {
    const at = m.index;
    if (OPENING.test(text.slice(Math.max(0, at - 8), at)) || text[at + m[0].length] === ':') continue;
    const words = m[0].split(/[ \t]/).map((w) => w.toLowerCase().replace(/['\u2019]s$/, ''));
    if (!words.every((w) => w.split('-').every((p) => nameable(p, lex)))) continue;
    // Two capitalised words together in a lower-case note are a proper name whatever the dictionaries hold.
    if (words.length < 2 && !words.some((w) => nameEvidence(w, lex))) continue;
    const end = at + m[0].replace(/['\u2019]s$/, '').length;
    push(at, end, PLACE_BEFORE.test(text.slice(Math.max(0, at - 8), at)) ? 'LOCATION' : 'NAME');
  }
}
