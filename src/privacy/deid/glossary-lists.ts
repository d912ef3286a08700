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
 * `bare-eponyms.ts` asks this only in its record step: such an item, with no person's cue beside it but the field's
 * colon, neither makes the record name someone nor is kept when nothing else in the record does (its other spans are
 * years, bare eponyms or such items). A record with any other identifier keeps every span.
 */
import { listItems, PERSON_WORD, PROPER_ITEM } from './coordination.js';
import type { Lexicon } from './lexicon.js';
import { nameShaped } from './name-shape.js';
import type { PhiSpan } from './types.js';

// The plural and collective nouns a label uses for people, beside `PERSON_WORD`'s titles, relations and roles.
const PEOPLE_LABEL = /(?:^|[^A-Za-z])(?:names?|visitors?|attendees?|attendance|present|team|teams|list|kin|contacts?|people|persons?|members?|guests?|residents?|children|grandchildren|relatives?|friends?|siblings?|twins?|triplets?|participants?|clients?|students?|pupils?|workers?|employees?|colleagues?|crew|group|household)(?![A-Za-z])/i;

/** Whether an item holds a word no word list holds whose letters read as a name's (`name-shape.ts`). */
function personLike(item: string, lex: Lexicon): boolean {
  return item.toLowerCase().split(/[ \t'\u2019-]+/).some((w) => !lex.common.has(w) && !lex.clinical.has(w) && !lex.medical.has(w) && !lex.eponyms.has(w) && nameShaped(lex, w));
}

/**
 * What stands before a list's first item: a heading's colon whose label names people (`people`: no item of it is a
 * term), one whose label names none (`terms`: its first item may be one), or anything else (`none`).
 */
function heading(text: string, start: number): 'people' | 'terms' | 'none' {
  const head = text.slice(Math.max(0, start - 80), start);
  const colon = /:[ \t]*$/.exec(head);
  if (!colon) return 'none';
  const before = head.slice(0, colon.index);
  const label = before.slice(Math.max(before.lastIndexOf('\n'), before.lastIndexOf(':'), before.lastIndexOf('.'), before.lastIndexOf(';')) + 1);
  return PERSON_WORD.test(label) || PEOPLE_LABEL.test(label) ? 'people' : 'terms';
}

/** Whether a NAME span is a whole item, or a run of whole items, of a list of terms (see the module header). */
export function glossaryItem(s: PhiSpan, text: string, lex: Lexicon): boolean {
  if (s.type !== 'NAME' || !/^[A-Z]/.test(text.slice(s.start, s.end))) return false;
  const items = listItems(text, s.start);
  const from = items.findIndex((it) => it.start === s.start);
  const to = items.findIndex((it) => it.end === s.end);
  const first = items[0];
  const last = items[items.length - 1];
  if (from < 0 || to < from || !first || !last) return false;
  if (!items.slice(from, to + 1).every((it) => PROPER_ITEM.test(text.slice(it.start, it.end)))) return false;
  const head = heading(text, first.start);
  if (head === 'people' || (from === 0 && head === 'none')) return false;
  if (PERSON_WORD.test(text.slice(first.start, last.end))) return false;
  const proper = items.filter((it) => PROPER_ITEM.test(text.slice(it.start, it.end)));
  if (proper.length < 3) return false;
  const people = proper.filter((it) => personLike(text.slice(it.start, it.end), lex)).length;
  return people < Math.max(2, Math.ceil(proper.length / 3));
}
