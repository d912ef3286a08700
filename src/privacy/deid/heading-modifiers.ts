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
 * a NAME span of one capitalised word that opens its line (after a bullet or a list number at most), followed by one
 * to four lower-case words and the heading's closing mark (a colon or a spaced dash, or a comma or a bracket that one of
 * them follows on the line), is dropped when
 * - none of the lower-case words is a function word, a facility word, a family or role word or a person noun (safe-list
 *   `FUNCTION_WORDS`, people-slots `ROLE_WORDS`), none reads as a verb (a person's verb or state after a name, safe-list
 *   `PERSON_VERB_AFTER` / `PERSON_STATE_AFTER`; a word ending in -ed; the first word ending in -ing), and
 * - none of its words is a given name, and its words are either held by no name or place list (the safe-list's licence:
 *   unknown words) or together a state-level unit, a country, a language or a people (heading-regions.ts `regionName`).
 *   A town that a place list or the surname lists hold stays ("<town> family medicine centre letter: ..."): Safe Harbor
 *   (45 CFR 164.514(b)(2)(i)(B)) removes towns, not states, countries or peoples; and
 * - the same words are reported nowhere else in the note (a name found elsewhere is a name here too).
 * The heading word may also be qualified by a bracket of one to four capitalised words right after it (a people, a
 * language, a part of the region: "<region> (<people>) - <kind of note>: <patient>"), then up to four such lower-case
 * nouns and a spaced dash or a colon; a NAME in that bracket goes too unless it holds a given name. A bracket with a
 * lower-case word, a digit, a title, a role or a relation is about a person ("<name> (wife of ...) - ...", "<name>
 * (sleeps at ...): ...") and keeps the name.
 * The shape was counted on the read letters10-31 (the NAME spans that open a line before lower-case words and a heading
 * mark: 36 touch no gold, 2 are gold towns that the lists hold); no word of them is listed here. Run on a note's final
 * spans; the scan is bounded (48 characters before a span, 60 after it).
 */
import { FAMILY } from './words.js';
import type { Lexicon } from './lexicon.js';
import { ROLE_WORDS } from './people-slots.js';
import { FUNCTION_WORDS, PERSON_STATE_AFTER, PERSON_VERB_AFTER } from './safe-list.js';
import { PERSON_IN_BRACKETS, regionName } from './heading-regions.js';
import type { PhiSpan } from './types.js';

// What may stand before a heading's first word on its line: nothing, a bullet or a list number.
const LINE_OPEN = /^[ \t]*(?:(?:[-*\u2022\u00b7>]|\d{1,2}[.)])[ \t]+)?$/;
// One capitalised word (a capital, then letters, apostrophes, dots or hyphens): two or more may be a person's full name
// heading a list line ("<given name> <surname> <problem>, <plan>").
const CAPITAL_WORD = /^\p{Lu}[\p{L}'.-]*$/u;
// One to four lower-case words right after the span, then the heading's closing mark: a colon or a spaced dash, or a
// comma or a bracket that a colon or a spaced dash follows on the line (a comma alone continues a list line).
const NOUNS_THEN_MARK = /^((?:[ \t][a-z][a-z'-]*){1,4})(?::|[ \t]+[-\u2013\u2014][ \t]|(?:,|[ \t]*\()[^\n]*?(?::|[ \t][-\u2013\u2014][ \t]))/;
// Written as in ROLE_WORDS: its capitalised acronyms (SALT, PT, RD) are ordinary lower-case words here.
// A bracket that qualifies the heading's word (a people, a language, a part: no digit, no person), then up to four
// lower-case nouns and a spaced dash or a colon: "<region> (<people>) - <kind of note>: <patient>".
const BRACKET_THEN_MARK = /^[ \t]*\(((?:\p{Lu}[\p{L}'.-]*|and|in|of)(?:,?[ \t](?:\p{Lu}[\p{L}'.-]*|and|in|of)){0,3})\)((?:[ \t][a-z][a-z'-]*){0,4})(?::|[ \t]+[-\u2013\u2014][ \t])/u;
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

/**
 * Whether the NAME span opens its line and modifies the lower-case nouns after it, up to a heading's mark: -1 if not,
 * else the index after its qualifying bracket (the span's end when it has none).
 */
function headingModifier(s: PhiSpan, text: string, lex: Lexicon): number {
  const from = Math.max(0, s.start - WINDOW);
  const piece = text.slice(from, s.start);
  const nl = piece.lastIndexOf('\n');
  if (nl < 0 && from > 0) return -1;
  if (!LINE_OPEN.test(piece.slice(nl + 1))) return -1;
  const own = text.slice(s.start, s.end);
  if (!CAPITAL_WORD.test(own)) return -1;
  const after = text.slice(s.end, s.end + AFTER);
  if (PERSON_VERB_AFTER.test(after) || PERSON_STATE_AFTER.test(after)) return -1;
  const m = NOUNS_THEN_MARK.exec(after);
  const b = m ? undefined : BRACKET_THEN_MARK.exec(after);
  if (b && PERSON_IN_BRACKETS.test(b[1] ?? '')) return -1;
  const nouns = (m ?? b)?.[m ? 1 : 2];
  if (nouns === undefined) return -1;
  const words = nouns.trim().split(/[ \t]+/).filter(Boolean);
  if (!words.every((w, i) => modifiedNoun(w, i === 0)) || !modifierWords(lex, own)) return -1;
  return b ? s.end + after.indexOf(')') + 1 : s.end;
}

/**
 * The spans (sorted by start) without the NAME spans that open a line as a heading's modifier (see the module header);
 * in a note without case, the spans as they are.
 */
export function dropHeadingModifiers(spans: readonly PhiSpan[], text: string, lex: Lexicon, mixed: boolean): PhiSpan[] {
  if (!mixed || !spans.some((s) => s.type === 'NAME')) return [...spans];
  const drop = new Set<PhiSpan>();
  let bracketTo = -1;
  for (const s of spans) {
    if (s.type !== 'NAME') continue;
    // A NAME in the brackets that qualify a heading's word: a people, a language, a part of the region.
    if (s.end <= bracketTo) {
      if (!text.slice(s.start, s.end).toLowerCase().split(/[ \t'-]+/).some((w) => lex.firstNames.has(w))) drop.add(s);
      continue;
    }
    const head = headingModifier(s, text, lex);
    if (head < 0) continue;
    drop.add(s);
    bracketTo = head;
  }
  if (drop.size === 0) return [...spans];
  // A word the note reports elsewhere (not as a dropped heading) is a name there, and here too.
  const elsewhere = new Set<string>();
  for (const s of spans) if (!drop.has(s)) elsewhere.add(text.slice(s.start, s.end));
  return spans.filter((s) => !drop.has(s) || elsewhere.has(text.slice(s.start, s.end)));
}
