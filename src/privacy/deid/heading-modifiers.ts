/**
 * A capitalised word that opens a line and qualifies the lower-case nouns after it, up to a heading's mark, names the
 * setting of what follows, not a person (issue 14, thirty-sixth session, over-redaction). Field notes, logs and cards
 * open on a heading whose first word is a region, a people, a festival or a kind of place, then one to four lower-case
 * nouns, then a colon, a spaced dash, a comma or a bracket before the patient ("<region> cattle station, <place>:
 * <patient>", "<people> refugee camp: ...", "<festival> road casualty, ...: ..."). The safe-list test reads the first
 * word as a name when no list holds it (a word only capitalised because it opens a line passes it unless it is one edit
 * from a known word), and the name lists hold many regions. In English a person who opens a line is followed by what
 * they did ("<name> rang:", "<name> phoned -", "<name> on the phone -", "<name> and <name> -"), a relation or a role
 * ("<name> mum:"), not by a noun phrase that the name modifies; a noun is modified by a place, a people or a thing. So
 * a NAME span of one to three capitalised words that opens its line (after a bullet or a list number at most), followed
 * by one to four lower-case words and a heading's mark, is dropped when
 * - none of the lower-case words is a function word, a facility word, a family or role word or a person noun (safe-list
 *   `FUNCTION_WORDS`, people-slots `ROLE_WORDS`), none reads as a verb (a person's verb or state after a name, safe-list
 *   `PERSON_VERB_AFTER` / `PERSON_STATE_AFTER`; a word ending in -ed; the first word ending in -ing), and
 * - none of its words is a given name, and its words are either held by no name or place list (the safe-list's licence:
 *   unknown words) or together a state-level unit, a country, a language or a people (heading-regions.ts `regionName`).
 *   A town that a place list or the surname lists hold stays ("<town> family medicine centre letter: ..."): Safe Harbor
 *   (45 CFR 164.514(b)(2)(i)(B)) removes towns, not states, countries or peoples; and
 * - the same words are reported nowhere else in the note (a name found elsewhere is a name here too).
 * The shape was counted on the read letters10-31 (the NAME spans that open a line before lower-case words and a heading
 * mark: 36 touch no gold, 2 are gold towns that the lists hold); no word of them is listed here. Run on a note's final
 * spans; the scan is bounded (48 characters before a span, 60 after it).
 */
import { FAMILY } from './words.js';
import type { Lexicon } from './lexicon.js';
import { ROLE_WORDS } from './people-slots.js';
import { FUNCTION_WORDS, PERSON_STATE_AFTER, PERSON_VERB_AFTER } from './safe-list.js';
import { regionName } from './heading-regions.js';
import type { PhiSpan } from './types.js';

// What may stand before a heading's first word on its line: nothing, a bullet or a list number.
const LINE_OPEN = /^[ \t]*(?:(?:[-*\u2022\u00b7>]|\d{1,2}[.)])[ \t]+)?$/;
// One to three capitalised words (a capital, then letters, apostrophes, dots or hyphens).
const CAPITAL_WORDS = /^\p{Lu}[\p{L}'.-]*(?:[ \t]\p{Lu}[\p{L}'.-]*){0,2}$/u;
// One to four lower-case words right after the span, then a heading's mark: a colon, a comma, a spaced dash, a bracket.
const NOUNS_THEN_MARK = /^((?:[ \t][a-z][a-z'-]*){1,4})(?::|,|[ \t]+[-\u2013\u2014][ \t]|[ \t]*\()/;
// Written as in ROLE_WORDS: its capitalised acronyms (SALT, PT, RD) are ordinary lower-case words here.
const ROLES = new RegExp(`^(?:${ROLE_WORDS})$`);
// Nouns for a person or a household: "<name> baby check:", "<name> home visit -".
const PERSON_NOUNS = new Set(('nurse doctor baby babies twin twins boy girl child children kid kids man woman lady gentleman ' +
  'household home house residence address parents parent relative relatives people').split(' '));
// A word that reads as a verb after a name: a past tense or participle, and some common irregular forms.
const VERB_FORM = /^(?:[a-z'-]+ed|rang|said|says|told|came|went|fell|felt|left|got|took|gave|made|ran|saw|brought|thought|knew|sent|kept|wants|needs|lives|works|rings|calls|asks)$/;
const WINDOW = 48;
const AFTER = 60;

/** Whether a lower-case word may be a noun that the heading's first word modifies (see the module header). */
function modifiedNoun(w: string, first: boolean): boolean {
  for (const part of w.split('-')) {
    if (!part) continue;
    if (FUNCTION_WORDS.has(part) || FAMILY.has(part) || PERSON_NOUNS.has(part) || ROLES.test(part) || VERB_FORM.test(part)) return false;
  }
  return !(first && w.endsWith('ing'));
}

/** Whether the span's words are the heading's modifier: no given name, and unknown to the name and place lists or a region. */
function modifierWords(lex: Lexicon, words: string): boolean {
  const low = words.toLowerCase().split(/[ \t'-]+/).filter(Boolean);
  if (low.some((w) => lex.firstNames.has(w))) return false;
  return low.every((w) => !lex.surnames.has(w) && !lex.places.has(w)) || regionName(words);
}

/** Whether the NAME span opens its line and modifies the lower-case nouns after it, up to a heading's mark. */
function headingModifier(s: PhiSpan, text: string, lex: Lexicon): boolean {
  const from = Math.max(0, s.start - WINDOW);
  const piece = text.slice(from, s.start);
  const nl = piece.lastIndexOf('\n');
  if (nl < 0 && from > 0) return false;
  if (!LINE_OPEN.test(piece.slice(nl + 1))) return false;
  const own = text.slice(s.start, s.end);
  if (!CAPITAL_WORDS.test(own)) return false;
  const after = text.slice(s.end, s.end + AFTER);
  const m = NOUNS_THEN_MARK.exec(after);
  if (!m || PERSON_VERB_AFTER.test(after) || PERSON_STATE_AFTER.test(after)) return false;
  const words = (m[1] ?? '').trim().split(/[ \t]+/);
  if (!words.every((w, i) => modifiedNoun(w, i === 0))) return false;
  return modifierWords(lex, own);
}

/**
 * The spans (sorted by start) without the NAME spans that open a line as a heading's modifier (see the module header);
 * in a note without case, the spans as they are.
 */
export function dropHeadingModifiers(spans: readonly PhiSpan[], text: string, lex: Lexicon, mixed: boolean): PhiSpan[] {
  if (!mixed || !spans.some((s) => s.type === 'NAME')) return [...spans];
  const drop = new Set<PhiSpan>();
  for (const s of spans) if (s.type === 'NAME' && headingModifier(s, text, lex)) drop.add(s);
  if (drop.size === 0) return [...spans];
  // A word the note reports elsewhere (not as a dropped heading) is a name there, and here too.
  const elsewhere = new Set<string>();
  for (const s of spans) if (!drop.has(s)) elsewhere.add(text.slice(s.start, s.end));
  return spans.filter((s) => !drop.has(s) || elsewhere.has(text.slice(s.start, s.end)));
}
