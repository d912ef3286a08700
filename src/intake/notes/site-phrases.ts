/**
 * A complaint written with its body site after it, or with a side between the words: "swelling of the
 * left knee", "pain and swelling in the right knee", "weakness in the right arm", "painful, swollen left
 * ankle joint", "swelling noted over the left ankle", "mass at the apex of the right lung". Clinicians write sites this way as often as "knee swelling"; the lexicon holds the
 * short forms ("knee swelling", "pain in testicles"), so the rule rewrites each complaint-site pair into
 * those forms and looks them up in the model's own lexicon (no finding ids in code). A pair the lexicon
 * does not know is not read by this rule, and the plain words are read as before.
 */
import type { LexiconEntry } from './lexicon.js';
import type { Tokens } from './tokenize.js';
import type { TokenTrie } from './trie.js';
import { ADJECTIVES, LESSENED, LESSENED_NOUNS, NOUNS } from './site-words.js';

/** Words that join complaints or sites. */
const JOIN = new Set(['and', 'or', ',', '/', '&']);
/** Prepositions that introduce the site. */
const PREPOSITIONS = new Set(['in', 'of', 'at', 'over', 'around', 'involving', 'on', 'affecting']);
/** Determiners and sides between the preposition and the site. */
const SKIP = new Set(['the', 'his', 'her', 'their', 'a', 'an', 'both', 'left', 'right', 'bilateral', 'l', 'r', 'lt', 'rt', 'lower', 'upper']);
/** Report verbs between a complaint and its site ("swelling noted over the left ankle", "mass seen in the lung"). */
const NOTED = new Set(['noted', 'seen', 'found', 'present', 'visible', 'identified', 'palpated', 'felt', 'observed']);
/** Part-of-a-site words before "of" ("at the apex of the right lung", "at the base of the thumb"): the site follows. */
const PARTS = new Set(['apex', 'base', 'tip', 'root', 'dorsum', 'side', 'front', 'back']);
/** Anatomical synonyms the lexicon writes differently ("upper limb" is the arm). */
const SITE_WORDS = new Map([['abdomen', 'abdominal'], ['belly', 'abdominal'], ['stomach', 'abdominal'], ['testis', 'testicle'], ['testes', 'testicle'], ['extremity', 'limb']]);


/** A run of complaint words joined by and/or/commas, starting at i (nouns or adjectives, not mixed). */
function complaintsAt(tokens: Tokens, i: number, limit: number, mask: Uint8Array): { nouns: string[]; end: number; adjective: boolean } | undefined {
  const first = tokens.norm[i] as string;
  if (LESSENED.has(first)) {
    const n = LESSENED_NOUNS.get(tokens.norm[i + 1] as string);
    return n !== undefined && i + 1 < limit && mask[i + 1] === 0 ? { nouns: [n], end: i + 2, adjective: false } : undefined;
  }
  const adjective = ADJECTIVES.has(first);
  const nouns: string[] = [];
  let k = i;
  while (k < limit && mask[k] === 0) {
    const w = tokens.norm[k] as string;
    const n = adjective ? ADJECTIVES.get(w) : NOUNS.has(w) ? w : undefined;
    if (n === undefined) break;
    nouns.push(n);
    k++;
    let j = k;
    while (j < limit && JOIN.has(tokens.norm[j] as string)) j++;
    if (j >= limit || !(adjective ? ADJECTIVES.has(tokens.norm[j] as string) : NOUNS.has(tokens.norm[j] as string))) break;
    k = j;
  }
  return nouns.length > 0 ? { nouns, end: k, adjective } : undefined;
}

/** The lexicon's entries for one complaint at one site (tried as "knee swelling", "pain in knee", "pain of knee"). */
function lookup(trie: TokenTrie<LexiconEntry>, site: readonly string[], noun: string): readonly LexiconEntry[] | undefined {
  for (const forms of [[...site, noun], [noun, 'in', ...site], [noun, 'of', ...site]]) {
    const m = trie.longestAt(forms, 0, forms.length);
    if (m && m.end === forms.length) return m.values;
  }
  return undefined;
}

/** One site at k (one word, or "upper limb"-like two words), mapped to the lexicon's wording. */
function siteForms(tokens: Tokens, k: number): string[] {
  const w = tokens.norm[k] as string;
  return [SITE_WORDS.get(w) ?? w];
}

/**
 * A complaint with its site at token i: the span from the complaint to the last site read, and the
 * lexicon entries of every complaint-site pair the lexicon knows; undefined when it knows none.
 */
export function siteAt(trie: TokenTrie<LexiconEntry>, tokens: Tokens, i: number, limit: number, mask: Uint8Array): { end: number; values: LexiconEntry[] } | undefined {
  const c = complaintsAt(tokens, i, limit, mask);
  if (!c) return undefined;
  let k = c.end;
  if (!c.adjective) {
    if (k < limit && NOTED.has(tokens.norm[k] as string) && mask[k] === 0) k++;
    if (k >= limit || !PREPOSITIONS.has(tokens.norm[k] as string)) return undefined;
    k++;
  }
  const values: LexiconEntry[] = [];
  let end = -1;
  for (let sites = 0; sites < 3 && k < limit; sites++) {
    let s = k;
    const sides = s;
    while (s < limit && s < sides + 3 && SKIP.has(tokens.norm[s] as string) && mask[s] === 0) s++;
    if (s + 1 < limit && PARTS.has(tokens.norm[s] as string) && tokens.norm[s + 1] === 'of' && mask[s] === 0 && mask[s + 1] === 0) {
      s += 2;
      const part = s;
      while (s < limit && s < part + 3 && SKIP.has(tokens.norm[s] as string) && mask[s] === 0) s++;
    }
    if (s >= limit || mask[s] !== 0) break;
    // "upper limb", "lower extremity": the level word is part of the site.
    const level = s > k && (tokens.norm[s - 1] === 'upper' || tokens.norm[s - 1] === 'lower') ? [tokens.norm[s - 1] as string] : [];
    let found = false;
    const one = siteForms(tokens, s);
    const limb = one[0] === 'limb' && level.length > 0 ? [level[0] === 'upper' ? 'arm' : 'leg'] : undefined;
    for (const site of limb ? [limb] : [[...level, ...one], one]) {
      for (const n of c.nouns) {
        const v = lookup(trie, site, n);
        if (v) {
          for (const e of v) if (!values.some((x) => x.findingId === e.findingId && x.valueId === e.valueId)) values.push(e);
          found = true;
        }
      }
      if (found) break;
    }
    if (!found) break;
    end = s + 1;
    if (tokens.norm[end] === 'joint' || tokens.norm[end] === 'region' || tokens.norm[end] === 'area') end++;
    // Another site joined to this one ("thumb and wrist").
    if (end < limit && JOIN.has(tokens.norm[end] as string)) k = end + 1;
    else break;
  }
  return values.length > 0 && end > 0 ? { end, values } : undefined;
}
