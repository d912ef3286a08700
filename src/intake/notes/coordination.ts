/**
 * Coordinated findings that share words: "elevated ESR and CRP", "difficulty chewing and swallowing",
 * "increased thirst and urination" name two findings, the second written without the words it shares
 * with the first; "knee and ankle pain" shares its last word instead. The lexicon has each finding
 * whole ("elevated CRP", "difficulty swallowing", "knee pain"), so the rule rebuilds the elided term
 * from the matched one and reads it only when the model's own lexicon knows the whole phrase. No
 * finding ids in code; a conjunct that makes no known term is left to the ordinary reading.
 */
import type { LexiconEntry } from './lexicon.js';
import { TOKEN_WORD, type Tokens } from './tokenize.js';
import type { TokenTrie } from './trie.js';

const CONJUNCTIONS = new Set(['and', 'or']);
/** Longest conjunct tried after the shared words, in words. */
const MAX_CONJUNCT = 3;

export interface Coordinated {
  readonly first: number;
  readonly end: number;
  readonly values: readonly LexiconEntry[];
}

function whole(trie: TokenTrie<LexiconEntry>, forms: readonly string[]): readonly LexiconEntry[] | undefined {
  const m = trie.longestAt(forms, 0, forms.length);
  return m && m.end === forms.length ? m.values : undefined;
}

const sameFindings = (a: readonly LexiconEntry[], b: readonly LexiconEntry[]): boolean =>
  a.length === b.length && a.every((e, k) => e.findingId === (b[k] as LexiconEntry).findingId);

/** Index of the first word after ", and" / "and" / "or" / "," at token c, or -1 when no coordinator is there. */
function afterCoordinator(tokens: Tokens, c: number, limit: number): number {
  let k = c;
  if (k < limit && tokens.norm[k] === ',') k++;
  if (k < limit && CONJUNCTIONS.has(tokens.norm[k] as string)) k++;
  return k > c && k < limit ? k : -1;
}

/**
 * After a matched term (and any conjuncts already read, up to `from`): a conjunct whose words, after the term's leading words, form a known
 * term ("elevated ESR and CRP" -> "elevated CRP"). The conjunct wins over its own reading only when
 * at least as long. Undefined when there is none.
 */
export function coordinatedAfter(trie: TokenTrie<LexiconEntry>, tokens: Tokens, term: { first: number; end: number; values: readonly LexiconEntry[] }, from: number, limit: number, mask: Uint8Array): Coordinated | undefined {
  const { first: i, end } = term;
  const n = end - i;
  if (n < 2) return undefined;
  const c = afterCoordinator(tokens, from, limit);
  if (c < 0) return undefined;
  const own = trie.longestIn(tokens, c, limit, mask);
  const words = tokens.norm.slice(i, end);
  let best: Coordinated | undefined;
  for (let drop = 1; drop <= Math.min(2, n - 1); drop++) {
    const lead = words.slice(0, n - drop);
    const conjunct: string[] = [];
    for (let k = c; k < limit && k < c + MAX_CONJUNCT && mask[k] === 0 && tokens.kind[k] === TOKEN_WORD; k++) {
      conjunct.push(tokens.norm[k] as string);
      const v = whole(trie, [...lead, ...conjunct]);
      if (v && (!best || k + 1 > best.end)) best = { first: c, end: k + 1, values: v };
    }
  }
  if (!best || (own && own.end > best.end)) return undefined;
  return sameFindings(term.values, best.values) ? undefined : best;
}

/**
 * Before a matched term that follows "X and": X with the term's trailing words as a known term
 * ("knee and ankle pain" -> "knee pain"). `free` is the first token no earlier target covers.
 * Undefined when there is none.
 */
export function coordinatedBefore(trie: TokenTrie<LexiconEntry>, tokens: Tokens, term: { first: number; end: number; values: readonly LexiconEntry[] }, free: number, mask: Uint8Array): Coordinated | undefined {
  const { first: i, end } = term;
  const n = end - i;
  if (n < 2 || i < 2) return undefined;
  let x = i - 1;
  if (!CONJUNCTIONS.has(tokens.norm[x] as string) && tokens.norm[x] !== ',') return undefined;
  x--;
  if (x >= free && tokens.norm[x] === ',') x--;
  if (x < free || mask[x] !== 0 || tokens.kind[x] !== TOKEN_WORD || tokens.sentence[x] !== tokens.sentence[i]) return undefined;
  const words = tokens.norm.slice(i, end);
  for (let keep = n - 1; keep >= 1; keep--) {
    const v = whole(trie, [tokens.norm[x] as string, ...words.slice(n - keep)]);
    if (v && !sameFindings(term.values, v)) return { first: x, end: x + 1, values: v };
  }
  return undefined;
}
