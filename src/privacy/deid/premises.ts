/**
 * A house known by its name, not a number, before the rest of its address (issue 14, session 29): the British and Irish
 * address puts the premises' name first, on its own part of the address list ("The Old Forge, Tilbrook End, PE28 …",
 * "The Old Rectory, Church Lane"), as Royal Mail's Programmers' Guide to the Postcode Address File gives the
 * "building name" element: a name with no number, often of English words only, often with the article "The". English
 * words pass every dictionary test, so the address decides: after its comma, within the same clause of the same line,
 * another rule must already have read a place or a postcode (a street, a locality, a town, a ZIP).
 */
import { clinicalWord, type Lexicon } from './lexicon.js';
import { GENERIC } from './organisations.js';
import { TITLE_WORDS } from './titles.js';
import type { PhiSpan, PushSpan as Push } from './types.js';

// "The" and one to three capitalised words (an apostrophe's possessive allowed: "The Miller's Barn"), then the comma of
// the address list. Not after a letter or digit: the article opens the name.
const PREMISES = /(?<![\p{L}\d])The((?:[ \t]\p{Lu}\p{Ll}+(?:['\u2019]s)?){1,3}),[ \t]{1,2}/gu;
// Between the name's comma and the found part: the address's other parts at most (a locality no rule read: "The Old
// Forge, Bourton-on-the-Water GL54 …"), on the same line and in the same clause.
const SAME_ADDRESS = /^[^;:()\n]{0,40}$/;
// Words a house's name does not hold: titles (a person: "The Rev Amos, …", "The Hon …") and the labels of a letter's fields.
const NOT_PREMISES_WORD = new RegExp(`^(?:${TITLE_WORDS}|rev|revd|reverend|hon|patient|doctor|team|service|services|department|unit|ward|clinic|practice|surgery)$`, 'i');

/** Whether the words after "The" read as a house's name: no title, label or clinical word; one word no generic list holds. */
function premisesName(words: readonly string[], lex: Lexicon): boolean {
  if (words.some((w) => NOT_PREMISES_WORD.test(w) || clinicalWord(lex, w.replace(/['\u2019]s$/, '')))) return false;
  return words.some((w) => !GENERIC.has(w.toLowerCase()));
}

/**
 * Push a LOCATION for "The …" names of premises (see the header) followed, after their comma and in the same clause,
 * by a place or postcode already found (`found`).
 */
export function detectPremisesNames(text: string, found: readonly PhiSpan[], lex: Lexicon, push: Push): void {
  if (!text.includes('The ')) return;
  const starts = found.filter((s) => s.type === 'LOCATION' || s.type === 'ZIP').map((s) => s.start);
  if (starts.length === 0) return;
  for (const m of text.matchAll(PREMISES)) {
    const next = m.index + m[0].length;
    if (!starts.some((at) => at >= next && SAME_ADDRESS.test(text.slice(next, at)))) continue;
    const words = (m[1] ?? '').trim().split(/[ \t]/);
    if (premisesName(words, lex)) push(m.index, m.index + 3 + (m[1] ?? '').length, 'LOCATION');
  }
}
