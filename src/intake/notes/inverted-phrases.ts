/**
 * A finding written as a noun with its structure after "of": "enlargement of the posterior fossa",
 * "cystic dilation of the 4th ventricle", "hypoplasia of the cerebellar vermis", "loss of hair". The
 * lexicon (HPO labels, report phrasings) writes these with the structure first: "enlarged posterior
 * fossa", "dilated fourth ventricle", "cerebellar vermis hypoplasia", "hair loss". The rule rewrites the
 * pair into those two orders (the noun after the structure, or its adjective before it) and keeps the
 * longest structure the model's own lexicon knows; no finding ids in code. A pair the lexicon does not
 * know is not read by this rule, and the words are read as before. Body-site complaints ("pain in the
 * knee") are site-phrases.ts's.
 */
import type { LexiconEntry } from './lexicon.js';
import type { Tokens } from './tokenize.js';
import type { TokenTrie } from './trie.js';

/** Nouns of change with the adjective the lexicon writes before a structure ("enlarged spleen"). */
const ADJECTIVE_OF = new Map([
  ['enlargement', 'enlarged'], ['dilation', 'dilated'], ['dilatation', 'dilated'], ['thickening', 'thickened'], ['narrowing', 'narrowed'],
  ['widening', 'widened'], ['shortening', 'short'], ['absence', 'absent'], ['calcification', 'calcified'], ['distension', 'distended'],
  ['distention', 'distended'], ['hypertrophy', 'hypertrophic'], ['elevation', 'elevated'], ['displacement', 'displaced'], ['flattening', 'flat'],
  ['protrusion', 'protruding'], ['prominence', 'prominent'], ['swelling', 'swollen'], ['weakness', 'weak'], ['deviation', 'deviated'],
]);
/** Words between "of" and the structure. */
const SKIP = new Set(['the', 'a', 'an', 'his', 'her', 'their', 'its', 'both', 'left', 'right', 'bilateral']);
/** Ordinals written as digits ("4th ventricle"), as the lexicon writes them. */
const ORDINAL = new Map([['1st', 'first'], ['2nd', 'second'], ['3rd', 'third'], ['4th', 'fourth'], ['5th', 'fifth'], ['6th', 'sixth'], ['7th', 'seventh']]);
/** Longest structure tried, in words. */
const MAX_STRUCTURE = 4;

/** Can a noun at this token start the rule? Any word of four letters or more followed by "of". */
export function isInvertedStart(tokens: Tokens, i: number, limit: number): boolean {
  return i + 2 < limit && tokens.norm[i + 1] === 'of' && (tokens.norm[i] as string).length >= 4;
}

/** The whole phrase `forms` as one lexicon term, or undefined. */
function whole(trie: TokenTrie<LexiconEntry>, forms: readonly string[]): readonly LexiconEntry[] | undefined {
  const m = trie.longestAt(forms, 0, forms.length);
  return m && m.end === forms.length ? m.values : undefined;
}

/**
 * A noun of change at token i with its structure after "of": the span to the end of the longest
 * structure the lexicon knows in either order, and its entries; undefined when it knows none.
 */
export function invertedAt(trie: TokenTrie<LexiconEntry>, tokens: Tokens, i: number, limit: number, mask: Uint8Array): { end: number; values: readonly LexiconEntry[] } | undefined {
  const noun = tokens.norm[i] as string;
  let s = i + 2;
  while (s < limit && SKIP.has(tokens.norm[s] as string) && mask[s] === 0) s++;
  const adjective = ADJECTIVE_OF.get(noun);
  const structure: string[] = [];
  let best: { end: number; values: readonly LexiconEntry[] } | undefined;
  for (let k = s; k < limit && k < s + MAX_STRUCTURE && mask[k] === 0; k++) {
    const w = tokens.norm[k] as string;
    if (tokens.kind[k] !== 1) break;
    structure.push(ORDINAL.get(w) ?? w);
    const v = whole(trie, [...structure, noun]) ?? (adjective ? whole(trie, [adjective, ...structure]) : undefined);
    if (v) best = { end: k + 1, values: v };
  }
  return best;
}
