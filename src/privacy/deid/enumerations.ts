/**
 * Items of an enumeration (issue 14, over-redaction; twenty-ninth session, second round). A name or place span made of
 * capitalised items, standing in a list of three or more capitalised items joined by commas, semicolons or a last
 * "and"/"or" ("Phonak, Oticon, Signia and ReSound", "Murphy, Rovsing, Cullen"), is of one kind with the other items:
 * coordination joins constituents of like category (Huddleston & Pullum, The Cambridge Grammar of the English Language,
 * 2002, ch. 15), and such a list is as often brands, makers, signs or scales as people. `bare-eponyms.ts` drops these
 * spans, as it drops bare eponyms, only in a record that carries no other PHI and only without a person's context.
 */
import type { PhiSpan } from './types.js';

// One item: one or two capitalised words (a hyphen or an apostrophe inside: "Grey Turner", "Depo-Provera", "Plumpy'Nut").
const ITEM = "[A-Z][A-Za-z'\u2019-]*(?:[ \\t][A-Z][A-Za-z'\u2019-]*)?";
// What joins two items: a comma or a semicolon (a last "and"/"or" after the comma allowed), or a bare "and", "or", "&".
const JOIN = '(?:,[ \\t]{1,2}(?:and[ \\t]+|or[ \\t]+)?|;[ \\t]{1,2}|[ \\t]+(?:and|or|&)[ \\t]+)';
// The span's own items: one word each. Two capitalised words side by side are a personal name's shape (a given name and
// a family name), so a span holding such a pair is left to the rules that found it.
const WORD = "[A-Z][A-Za-z'\u2019-]*";
const ITEMS = new RegExp(`^${WORD}(?:${JOIN}${WORD})*$`);
const ITEM_BEFORE = new RegExp(`(?<![A-Za-z'\u2019-])${ITEM}${JOIN}$`);
const ITEM_AFTER = new RegExp(`^${JOIN}${ITEM}(?![A-Za-z'\u2019-])`);
const ITEM_JOIN = new RegExp(JOIN, 'g');
// How far to look for one neighbouring item.
const REACH = 48;
// Items a list needs, the span's own counted: two joined words are as often a person's given name and surname kept apart.
const LIST_MIN = 3;

/**
 * Whether a NAME or LOCATION span is one or more one-word items of a list of at least three capitalised items (see the
 * header): its own items counted, then neighbours outwards, first on the left, then on the right.
 */
export function enumeratedItems(s: PhiSpan, text: string): boolean {
  if (s.type !== 'NAME' && s.type !== 'LOCATION') return false;
  const span = text.slice(s.start, s.end);
  if (!ITEMS.test(span)) return false;
  let n = 1 + (span.match(ITEM_JOIN)?.length ?? 0);
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
