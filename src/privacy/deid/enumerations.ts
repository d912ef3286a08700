/**
 * Items of an enumeration (issue 14, over-redaction; twenty-ninth session, second round). A capitalised word that some
 * rule read as a name or a place, standing as one item of a list of three or more capitalised items joined by commas,
 * semicolons or a last "and"/"or" ("Phonak, Oticon, Signia and ReSound", "Murphy, Rovsing, Cullen"), is of one kind with
 * the other items: coordination joins constituents of like category (Huddleston & Pullum, The Cambridge Grammar of the
 * English Language, 2002, ch. 15), and a list of capitalised items is as often brands, makers, signs or scales as people.
 * So such a word is weak evidence, as a lone unknown word is: it does not by itself tell the safe-list rule that the text
 * identifies someone (`detect.ts`, the `otherPhi` test of `detectSafeListNames`). The span itself stays as found.
 */
import type { PhiSpan } from './types.js';

// One item: one or two capitalised words (a hyphen or an apostrophe inside: "Grey Turner", "Depo-Provera", "Plumpy'Nut").
const ITEM = "[A-Z][A-Za-z'\u2019-]*(?:[ \\t][A-Z][A-Za-z'\u2019-]*)?";
// What joins two items: a comma or a semicolon (a last "and"/"or" after the comma allowed), or a bare "and", "or", "&".
const JOIN = '(?:,[ \\t]{1,2}(?:and[ \\t]+|or[ \\t]+)?|;[ \\t]{1,2}|[ \\t]+(?:and|or|&)[ \\t]+)';
const ITEM_BEFORE = new RegExp(`(?<![A-Za-z'\u2019-])${ITEM}${JOIN}$`);
const ITEM_AFTER = new RegExp(`^${JOIN}${ITEM}(?![A-Za-z'\u2019-])`);
// How far to look for one neighbouring item.
const REACH = 48;
// Items a list needs, the word itself counted: two joined words are as often a person's given name and surname kept apart.
const LIST_MIN = 3;

/**
 * Whether a one-word NAME or LOCATION span stands as an item of a list of at least three capitalised items (see the
 * header): counted outwards from the span, neighbours first on the left, then on the right.
 */
export function enumeratedWord(s: PhiSpan, text: string): boolean {
  if ((s.type !== 'NAME' && s.type !== 'LOCATION') || /\s/.test(text.slice(s.start, s.end))) return false;
  let n = 1;
  for (let a = s.start; n < LIST_MIN;) {
    const lo = Math.max(0, a - REACH);
    const m = ITEM_BEFORE.exec(text.slice(lo, a));
    if (!m) break;
    n++;
    a = lo + m.index;
  }
  for (let b = s.end; n < LIST_MIN;) {
    const m = ITEM_AFTER.exec(text.slice(b, b + REACH));
    if (!m) break;
    n++;
    b += m[0].length;
  }
  return n >= LIST_MIN;
}
