/**
 * The learned tagger's lane: whether a note is of the style the tagger was trained on (letters, lists and forms, in
 * mixed case, whose words are often in no dictionary). Every note the tagger is on for pays this test, so it reads the
 * note once, character by character, and allocates nothing: each word's lower-case hash is looked up in a typed-array
 * table of the dictionary words, built once per lexicon. Pure.
 */
import type { CaseMode } from './letter-case.js';
import type { Lexicon } from './lexicon.js';

/** Open-addressed table of the dictionary words' hash pairs (two independent 32-bit hashes: no collision in practice). */
interface WordTable {
  readonly mask: number;
  readonly used: Uint8Array;
  readonly h1: Int32Array;
  readonly h2: Int32Array;
}

const TABLES = new WeakMap<Lexicon, WordTable>();

const A = 65, Z = 90, a = 97, z = 122, APOS = 39;
const isLetter = (c: number): boolean => (c >= a && c <= z) || (c >= A && c <= Z);
const lower = (c: number): number => (c >= A && c <= Z ? c | 0x20 : c);
// FNV-1a and a multiplicative hash, each step of one character code.
const step1 = (h: number, c: number): number => Math.imul(h ^ c, 0x01000193);
const step2 = (h: number, c: number): number => (Math.imul(h, 0x5bd1e995) + c) | 0;
const SEED1 = 0x811c9dc5 | 0, SEED2 = 0x2f1b3c4d;

function insert(t: WordTable, x: number, y: number): void {
  let i = x & t.mask;
  while (t.used[i] === 1) {
    if (t.h1[i] === x && t.h2[i] === y) return;
    i = (i + 1) & t.mask;
  }
  t.used[i] = 1;
  t.h1[i] = x;
  t.h2[i] = y;
}

function holds(t: WordTable, x: number, y: number): boolean {
  for (let i = x & t.mask; t.used[i] === 1; i = (i + 1) & t.mask) if (t.h1[i] === x && t.h2[i] === y) return true;
  return false;
}

/** The dictionaries of the lane test (common English, clinical and medical words), as one hash table. */
function wordTable(lex: Lexicon): WordTable {
  let t = TABLES.get(lex);
  if (t) return t;
  const n = lex.common.size + lex.clinical.size + lex.medical.size;
  let size = 1;
  while (size < 2 * n) size <<= 1;
  t = { mask: size - 1, used: new Uint8Array(size), h1: new Int32Array(size), h2: new Int32Array(size) };
  for (const set of [lex.common, lex.clinical, lex.medical]) {
    for (const w of set) {
      let x = SEED1, y = SEED2;
      for (let i = 0; i < w.length; i++) { const c = w.charCodeAt(i); x = step1(x, c); y = step2(y, c); }
      insert(t, x, y);
    }
  }
  TABLES.set(lex, t);
  return t;
}

/**
 * The share of a note's words (two letters or more; letters and apostrophes, a hyphen ends a word, a final "'s"
 * dropped) that no dictionary of the lexicon holds (common English, clinical and medical words). Dictionary prose and
 * ward shorthand score low; the name- and code-dense letters, lists and forms score high. A hyphen-joined compound is
 * read by its parts ("follow-up", "NEURO-pt"): whole, no dictionary holds it, and shorthand glues its abbreviations so.
 */
export function unlistedShare(text: string, lex: Lexicon): number {
  const t = wordTable(lex);
  let n = 0, unlisted = 0;
  const len = text.length;
  let i = 0;
  while (i < len) {
    if (!isLetter(text.charCodeAt(i))) { i++; continue; }
    const start = i;
    // x, y: the hashes of the word so far; x2, y2: of the word without its last two characters (for a final "'s").
    let x = SEED1, y = SEED2, x1 = x, y1 = y, x2 = x, y2 = y;
    for (; i < len; i++) {
      const c = text.charCodeAt(i);
      if (!isLetter(c) && c !== APOS) break;
      x2 = x1; y2 = y1; x1 = x; y1 = y;
      const l = lower(c);
      x = step1(x, l);
      y = step2(y, l);
    }
    const wordLen = i - start;
    if (wordLen < 2) continue;
    n++;
    const possessive = wordLen > 2 && text.charCodeAt(i - 2) === APOS && lower(text.charCodeAt(i - 1)) === 115;
    if (possessive ? !holds(t, x2, y2) : !holds(t, x, y)) unlisted++;
  }
  return n === 0 ? 0 : unlisted / n;
}

/**
 * Whether the tagger runs on a note: with a threshold above 0, only a mixed-case note (its features read capitals,
 * which mark names only there; the letters it was trained on are mixed case, nursing notes in capitals or lower case
 * are not) whose unlisted share is at least `min`. A threshold of 0 admits every note.
 */
export function inTaggerLane(text: string, mode: CaseMode, lex: Lexicon, min: number): boolean {
  if (min <= 0) return true;
  return mode === 'mixed' && unlistedShare(text, lex) >= min;
}
