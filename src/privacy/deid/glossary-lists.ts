/**
 * A list of terms in a record that names no one is no list of people (issue 14, over-redaction; thirty-fifth session).
 * Glossary-like texts (a heading, a colon, then brands, devices, scales, organisms, or one sign written in several
 * languages: "DOACs: Xarelto, Eliquis, Lixiana, Pradaxa", "SIGNAGE: Urgences, Notaufnahme, Pronto Soccorso") have
 * every item read by some NAME rule once one of them is: `coordination.ts` reads a list as things only when two of its
 * items were left unfound, and the field colon before the first item is a person's slot to `bare-eponyms.ts`, so such a
 * record counts as naming someone and keeps every item. Items coordinated in one list are of one kind (Huddleston &
 * Pullum, The Cambridge Grammar of the English Language, 2002, ch. 15 §4, as `coordination.ts` cites). This module
 * says whether a NAME span is a whole item, or a run of whole items, of such a list of terms:
 * - the list (a clause's items joined by commas and a last "and" / "or", `coordination.ts`) has three or more items
 *   shaped as proper names (one to three capitalised words), the span's items all of that shape;
 * - no title, relation or role word stands in the list (`coordination.ts`'s person words);
 * - the list's first item counts only under a heading's colon (a record's subject before its findings opens a list too),
 *   and no item counts under a heading whose label holds a word for people (names, team, attendance, visitors, family,
 *   members...);
 * - its items do not read as people's names: fewer than two of them, and fewer than a third of its proper items, hold a
 *   word that no English, clinical, medical or eponym list holds and whose letters read as a name's by the lexicon's
 *   own name lists (`name-shape.ts`, its fixed threshold). Lists of people that no rule but their shape tells from terms
 *   ("attendance - Abina, Rustem, Delphone Okafur, Jurge"; "Arnar, Kristofer and Piutr") have two or more such items;
 *   brand and term lists seldom do (`name-shape.ts` scores about 1 in 100 dictionary words as names).
 * Thirty-sixth session (deid-clean24): a glossary line's list is read wider too, since most such lines are not lists of
 * bare proper names: the items after a label's colon on the same line, split at commas, semicolons and a joining
 * "and" / "or" / "&" outside brackets, of any shape ("Humphrey 24-2 fields",
 * "Kirschner wires", "Riamet (Coartem)", "Van Herick grading"). A NAME span inside one item, or a run of whole items,
 * is an item of a list of terms when the list has four items or more, at least half of them read as terms by the
 * model's vocabularies (a number, an acronym, a caseless script's letter, or a word the English, clinical, medical or
 * eponym lists hold, or a CLDR country or language: `knownThing`), fewer than max(2, a third) read as people's (a word
 * that reads as a name by its letters, or a given name no word list holds), the span's own words do not read as a
 * person's in either way, and no title, relation or role word stands in the list and no people word in its label.
 * Inside such an item, a lower-case word in an -s form after the span is the item's plural head noun ("Kirschner
 * wires"), not a person's verb (`bare-eponyms.ts`'s `nounTail`).
 * Second round (deid-clean26): only a labelled line's list is read so, never running prose. A sentence of four comma
 * clauses passes the term counts as easily as a glossary does (its lower-case words are all in the English list), and a
 * name in it followed by a verb ("..., with the dog, <Name> walks slowly, ...") then lost its person's verb to the
 * plural-head-noun reading; a glossary's list is what follows a label's colon (l32's content-free class table: 59 of its
 * 63 false PHI-free NAME spans have a label's colon on their line), so a segment that no colon opens is no list here.
 * On read letters10-31 this refusal keeps 2 of the 229 false PHI-free spans that deid-clean24's reading removed and no
 * gold span; no NAME span with no colon before it on its line is an item here any longer (16 gold ones were).
 * Thirty-seventh session (deid-clean27): the span's own words may read as a person's when the item's shape says it is a
 * thing: the span opens its item and one or two lower-case words of the model's vocabularies (English, clinical,
 * medical; no function word) follow it as a head noun, a number or grade and a bracket at most ("Jaeger near cards",
 * "Kegel exercises", "Cauchy grades 1-4": a thing named after someone, as `eponyms.ts` reads a name before a clinical
 * head word; Huddleston & Pullum ch. 5, a proper noun as attributive modifier); or it is one capitalised word alone as an
 * item after the list's first, no given name that no word list holds and no word of a place list. The first item alone
 * stays refused (a record's subject after its label). On read letters10-32 this takes 58 false PHI-free NAME spans and 6
 * years out and PHI-free flagged 234 -> 215, no gold and no PHI-text span changed; three gold place words become items
 * (an address's last parts), kept by their records' other identifiers.
 * `bare-eponyms.ts` asks this only in its record step: such an item, with no person's cue beside it but the field's
 * colon, neither makes the record name someone nor is kept when nothing else in the record does (its other spans are
 * years, bare eponyms or such items). A record with any other identifier keeps every span.
 */
import { knownThing, listItems, PERSON_WORD, PROPER_ITEM, type Item } from './coordination.js';
import type { Lexicon } from './lexicon.js';
import { nameShaped } from './name-shape.js';
import { FUNCTION_WORDS } from './safe-list.js';
import type { PhiSpan } from './types.js';

// The plural and collective nouns a label uses for people, beside `PERSON_WORD`'s titles, relations and roles.
export const PEOPLE_LABEL = /(?:^|[^A-Za-z])(?:names?|visitors?|attendees?|attendance|present|team|teams|list|kin|contacts?|people|persons?|members?|guests?|residents?|children|grandchildren|relatives?|friends?|siblings?|twins?|triplets?|participants?|clients?|students?|pupils?|workers?|employees?|colleagues?|crew|group|household)(?![A-Za-z])/i;

/** Whether an item holds a word no word list holds whose letters read as a name's (`name-shape.ts`). */
function personLike(item: string, lex: Lexicon): boolean {
  return item.toLowerCase().split(/[ \t'\u2019-]+/).some((w) => !lex.common.has(w) && !lex.clinical.has(w) && !lex.medical.has(w) && !lex.eponyms.has(w) && nameShaped(lex, w));
}

/**
 * What stands before a list's first item: a heading's colon whose label names people (`people`: no item of it is a
 * term), one whose label names none (`terms`: its first item may be one), or anything else (`none`).
 */
export function heading(text: string, start: number): 'people' | 'terms' | 'none' {
  const label = labelBefore(text, start);
  if (label === undefined) return 'none';
  return PERSON_WORD.test(label) || PEOPLE_LABEL.test(label) ? 'people' : 'terms';
}

/** The label a colon right before `start` closes (back to its line's start or the last colon, full stop or semicolon). */
export function labelBefore(text: string, start: number): string | undefined {
  const head = text.slice(Math.max(0, start - 80), start);
  const colon = /:[ \t]*$/.exec(head);
  if (!colon) return undefined;
  const before = head.slice(0, colon.index);
  return before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf(':'), before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
}

/** Whether a NAME span is a whole item, or a run of whole items, of a list of proper names that are terms. */
function properListItem(s: PhiSpan, text: string, lex: Lexicon): Item | undefined {
  const items = listItems(text, s.start);
  const from = items.findIndex((it) => it.start === s.start);
  const to = items.findIndex((it) => it.end === s.end);
  const first = items[0];
  const last = items[items.length - 1];
  if (from < 0 || to < from || !first || !last) return undefined;
  if (!items.slice(from, to + 1).every((it) => PROPER_ITEM.test(text.slice(it.start, it.end)))) return undefined;
  const head = heading(text, first.start);
  if (head === 'people' || (from === 0 && head === 'none')) return undefined;
  if (PERSON_WORD.test(text.slice(first.start, last.end))) return undefined;
  const proper = items.filter((it) => PROPER_ITEM.test(text.slice(it.start, it.end)));
  if (proper.length < 3) return undefined;
  const people = proper.filter((it) => personLike(text.slice(it.start, it.end), lex)).length;
  return people < Math.max(2, Math.ceil(proper.length / 3)) ? { start: s.start, end: s.end } : undefined;
}

// Thirty-sixth session: a glossary line's list, read wider. What ends it: a line end, a sentence's full stop (after a
// lower-case word of three letters, a number or a bracket; not an initial's, a title's or "St."), a heading's colon, a
// spaced dash. Its items are split at a comma, a semicolon or a joining "and" / "or" / "&" outside brackets, so an item
// keeps its gloss ("Comirnaty (Pfizer)") and its head noun or score ("Pinard stethoscope", "Braden 13").
const SEGMENT_EDGE = /\n|(?<=[a-z]{3}|[0-9)%])\.(?=[ \t]+[A-Z])|:(?=[ \t])|[ \t][-\u2013\u2014](?=[ \t])/g;
// How far around the span the list is read (a long line of bad input keeps its spans: the rule stays linear).
const REACH = 1_500;
// A term's marks in an item: a number, an acronym, a letter of a script without case (a sign written in it).
const TERM_MARK = /\d|(?<![A-Za-z])[A-Z]{2,}(?![a-z])|(?!\p{Script=Latin})\p{L}/u;
const LOWER_WORD = /(?<![A-Za-z])[a-z]{3,}(?![A-Za-z])/g;
const CAPITAL_WORD = /(?<![\p{L}])\p{Lu}\p{Ll}+(?![\p{L}])/gu;

/** The segment of a line around `at` (see `SEGMENT_EDGE`), and whether a heading's colon opens it. */
export function segmentAround(text: string, at: number): { start: number; end: number; colon: boolean } | undefined {
  const lo = Math.max(0, at - REACH);
  const window = text.slice(lo, Math.min(text.length, at + REACH));
  let start = -1;
  let colon = false;
  let end = -1;
  SEGMENT_EDGE.lastIndex = 0;
  for (let m = SEGMENT_EDGE.exec(window); m; m = SEGMENT_EDGE.exec(window)) {
    if (lo + m.index < at) {
      start = lo + m.index + m[0].length;
      colon = m[0] === ':';
    } else {
      end = lo + m.index;
      break;
    }
  }
  // A list that reaches past the window on either side is none this rule reads.
  if ((start < 0 && lo > 0) || (end < 0 && lo + window.length < text.length)) return undefined;
  return { start: start < 0 ? 0 : start, end: end < 0 ? text.length : end, colon };
}

/** A segment's items: split at a comma, a semicolon or a joining word outside brackets, without their edge spaces. */
export function segmentItems(text: string, start: number, end: number): Item[] {
  const items: Item[] = [];
  let depth = 0;
  let from = start;
  const cut = (to: number, next: number): void => {
    const piece = text.slice(from, to);
    const lead = piece.length - piece.trimStart().length;
    if (piece.trim()) items.push({ start: from + lead, end: from + lead + piece.trim().length });
    from = next;
  };
  for (let i = start; i < end; i++) {
    const c = text[i];
    if (c === '(' || c === '[') depth++;
    else if ((c === ')' || c === ']') && depth > 0) depth--;
    else if (depth > 0) continue;
    else if (c === ',' || c === ';') cut(i, i + 1);
    else if (c === ' ') {
      const join = /^ (?:and|or|&) /.exec(text.slice(i, i + 5));
      if (join) cut(i, i + join[0].length);
    }
  }
  cut(end, end);
  return items;
}

/**
 * Whether an item reads as a person's: a word whose letters read as a name's (`personLike`), or a given name that no
 * word list holds (a bed list, a home visit: "bed 1 Enid 95", "farmworker Lissandro Coce Mendoze, <community>, <town>").
 */
export function personal(item: string, lex: Lexicon): boolean {
  if (personLike(item, lex)) return true;
  return (item.match(CAPITAL_WORD) ?? []).some((w) => unlistedGivenName(w.toLowerCase(), lex));
}

/** Whether a lower-case word is a given name that no English, clinical, medical or eponym list holds. */
export function unlistedGivenName(k: string, lex: Lexicon): boolean {
  return lex.firstNames.has(k) && !lex.common.has(k) && !lex.clinical.has(k) && !lex.medical.has(k) && !lex.eponyms.has(k);
}

// Thirty-seventh session: a term's head after a name-like word that opens its item: one or two lower-case words of the
// model's vocabularies, none a function word, then a number, a range or a grade and a bracket at most ("Jaeger near
// cards", "Kegel exercises", "Cauchy grades 1-4"): the item is a thing named after someone, as `eponyms.ts` reads a
// name before a clinical head word.
const HEAD_TAIL = /^(?:['\u2019]s)?(?:[ \t]+\d[\d.,/%-]*)?((?:[ \t]+[a-z][a-z-]*){1,2})(?:[ \t]+[\dIVX][\dA-Za-z.,/%-]*)?(?:[ \t]*\([^()]*\))?[.!?]?$/;
const SPLIT_BLANKS = /[ \t]+/;

/**
 * Whether a NAME span whose own words read as a person's is still a term of a glossary line's list (thirty-seventh
 * session): it opens its item and a term's head noun follows it there (`HEAD_TAIL`); or it is one word standing as a
 * whole item after the list's first (a record's subject stands first after its label: "Orchestra clinic: <name>, ..."),
 * and is no given name that no word list holds and no place a place list holds (a place's name in an address's items).
 */
function termShapedItem(s: PhiSpan, items: readonly Item[], at: number, text: string, lex: Lexicon): boolean {
  const item = items[at];
  if (!item) return false;
  const rest = text.slice(s.end, item.end);
  if (s.start === item.start && /[\p{L}\p{N}]/u.test(rest)) {
    const tail = HEAD_TAIL.exec(rest)?.[1];
    const words = tail?.trim().split(SPLIT_BLANKS) ?? [];
    return words.length > 0 && words.every((w) => !FUNCTION_WORDS.has(w) && (lex.common.has(w) || lex.clinical.has(w) || lex.medical.has(w)));
  }
  if (at < 1 || s.start !== item.start || !/^[.!?]?$/.test(rest)) return false;
  const word = text.slice(s.start, s.end);
  const k = word.toLowerCase();
  return /^\p{Lu}[\p{Ll}'\u2019-]+$/u.test(word) && !lex.places.has(k) && !unlistedGivenName(k, lex);
}

/** Whether an item reads as a term: a number, an acronym, a caseless script's letter, or a word a vocabulary holds. */
export function termItem(item: string, lex: Lexicon): boolean {
  if (TERM_MARK.test(item) || knownThing(item, lex)) return true;
  return (item.match(LOWER_WORD) ?? []).some((w) => lex.common.has(w) || lex.clinical.has(w) || lex.medical.has(w));
}

/**
 * The item of a glossary line's list that holds a NAME span, when the list is of terms: four items or more, at least
 * half of them terms by `termItem`, fewer than max(2, a third) reading as people by their letters, no title, relation
 * or role word in it, no people heading; only in a segment a label's colon opens (never running prose).
 */
function termLineItem(s: PhiSpan, text: string, lex: Lexicon): Item | undefined {
  const seg = segmentAround(text, s.start);
  if (!seg || s.end > seg.end) return undefined;
  const items = segmentItems(text, seg.start, seg.end);
  const at = items.findIndex((it) => it.start <= s.start && s.start < it.end);
  const to = items.findIndex((it) => it.start < s.end && s.end <= it.end);
  const first = items[at];
  const last = items[to];
  // Only a labelled line's list: a segment no label's colon opens is running prose (deid-clean26).
  if (!first || !last || items.length < 4 || !seg.colon) return undefined;
  const item = { start: first.start, end: last.end };
  if (seg.colon && heading(text, seg.start) === 'people') return undefined;
  if (PERSON_WORD.test(text.slice(seg.start, seg.end))) return undefined;
  const pieces = items.map((it) => text.slice(it.start, it.end));
  // The span's own words may not read as a person's (by their letters, or a given name no word list holds: a record's
  // subject after its label, "Orchestra clinic: <given name> <surname>, violinist, 31"); few items of the list may.
  if (personal(text.slice(s.start, s.end), lex) && !termShapedItem(s, items, at, text, lex)) return undefined;
  if (pieces.filter((p) => termItem(p, lex)).length * 2 < items.length) return undefined;
  const people = pieces.filter((p) => personal(p, lex)).length;
  return people < Math.max(2, Math.ceil(items.length / 3)) ? item : undefined;
}

/**
 * The item (or run of whole items) of a list of terms that holds a NAME span (see the module header), or undefined:
 * a list of proper names, or a glossary line's list of terms of any shape.
 */
export function glossaryItem(s: PhiSpan, text: string, lex: Lexicon): Item | undefined {
  if (s.type !== 'NAME' || !/^[A-Z]/.test(text.slice(s.start, s.end))) return undefined;
  return properListItem(s, text, lex) ?? termLineItem(s, text, lex);
}
