/**
 * How much a word no list holds looks like a person's name rather than a word (issue 14, eighteenth session): a
 * character 4-gram naive Bayes over the lexicon's own lists, its given names and surnames (that no word list holds)
 * against its English, clinical and medical words (that no name list holds). Names of many languages share letter
 * runs a dictionary word lacks ("-anyan", "-ezeo-", "nadez-"), and clinical words theirs ("-ubat-", "-iodi-").
 * The threshold was fixed on the lists alone, before any letter was scored: with a fifth of each list held out, about
 * 1 in 100 held-out dictionary words of four letters or more scores at or above it (and 43% of held-out names).
 * The model is built once per lexicon, on first use, from its sets (deterministic: no randomness, no I/O). Pure.
 */
import type { Lexicon } from './lexicon.js';

const N = 4;
const A = 28;
const SIZE = A ** N;
// Add-k smoothing of the 4-gram counts.
const K = 0.5;
/** Log-likelihood ratio (names over words) at or above which a word is name-shaped (see the module comment). */
export const NAME_SHAPE_MIN = 5.4;

const models = new WeakMap<ReadonlySet<string>, Float32Array>();

const code = (c: number): number => (c >= 97 && c <= 122 ? c - 97 : 27);
const EDGE = 26;

/** The index of the three boundary marks that open every word (`^^^`). */
const START = (EDGE * A + EDGE) * A + EDGE;
/** The 4-gram index after `h` that ends at position `i` of `w` (the closing boundary mark at `i === w.length`). */
const nextGram = (h: number, w: string, i: number): number => (h % (A * A * A)) * A + (i < w.length ? code(w.charCodeAt(i)) : EDGE);

/** Adds `by` at the index of each 4-gram of the word padded with boundary marks (`^^^word$`) in `into`; returns the count. */
function addGrams(w: string, into: Float64Array | Float32Array, by: number): number {
  let h = START;
  for (let i = 0; i <= w.length; i++) {
    h = nextGram(h, w, i);
    into[h] = (into[h] as number) + by;
  }
  return w.length + 1;
}

const inWords = (lex: Lexicon, w: string): boolean => lex.common.has(w) || lex.clinical.has(w) || lex.medical.has(w) || lex.eponyms.has(w);
const WORD = /^[a-z'-]{4,}$/;

/** The 4-gram counts of the words of `sets` that pass `keep` (each word once), and their total. */
function countGrams(sets: readonly ReadonlySet<string>[], keep: (w: string) => boolean): { counts: Float64Array; total: number } {
  const counts = new Float64Array(SIZE);
  const seen = new Set<string>();
  let total = 0;
  for (const set of sets) {
    for (const w of set) {
      if (seen.has(w) || !WORD.test(w) || !keep(w)) continue;
      seen.add(w);
      total += addGrams(w, counts, 1);
    }
  }
  return { counts, total };
}

/** The per-4-gram log ratio, names over words, of a lexicon's lists. */
function build(lex: Lexicon): Float32Array {
  const names = countGrams([lex.firstNames, lex.surnames], (w) => !inWords(lex, w));
  const words = countGrams([lex.common, lex.medical, lex.clinical], (w) => !lex.firstNames.has(w) && !lex.surnames.has(w));
  const out = new Float32Array(SIZE);
  const nDen = Math.log(names.total + K * SIZE);
  const wDen = Math.log(words.total + K * SIZE);
  for (let g = 0; g < SIZE; g++) out[g] = Math.log((names.counts[g] as number) + K) - nDen - Math.log((words.counts[g] as number) + K) + wDen;
  return out;
}

/** The name-over-word log-likelihood ratio of a lowercase word under the lexicon's lists. */
export function nameShapeScore(lex: Lexicon, w: string): number {
  let model = models.get(lex.firstNames);
  if (!model) models.set(lex.firstNames, model = build(lex));
  let s = 0;
  let h = START;
  for (let i = 0; i <= w.length; i++) {
    h = nextGram(h, w, i);
    s += model[h] as number;
  }
  return s;
}

/** Whether a lowercase word of four letters or more looks like a name by the lexicon's own lists (`NAME_SHAPE_MIN`). */
export function nameShaped(lex: Lexicon, w: string): boolean {
  return w.length >= 4 && nameShapeScore(lex, w) >= NAME_SHAPE_MIN;
}
