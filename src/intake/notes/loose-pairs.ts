/**
 * A two-word finding said in other words within one affirmed clause: "difficult to chew and swallow solid
 * foods" (difficulty swallowing), "the eyes and oral cavity appear dry" (dry eyes), "perianal skin ulcers"
 * (skin ulcer), "urinating more frequently" (frequent urination). A narrative separates, reorders and
 * inflects the two content words of a lexicon term far more often than the term's own phrasing appears;
 * the exact matcher misses those. This rule reads a symptom or sign term of exactly two content words
 * when both words occur, in either order and in any inflection (compared by their first STEM_LEN letters,
 * a crude stem), within PAIR_WINDOW content words of each other in one clause. A term of three or four content
 * words is read the same way when all its words stand within PAIR_WINDOW + EXTRA_WORD_WINDOW per extra word
 * (6 and 8) content words ("passing a lot of urine": passing large amounts of urine; "distention of the
 * superficial veins of his neck": neck vein distention; "pain moving from the umbilicus to the right lower
 * quadrant": lower abdominal pain).
 *
 * It is a looser reading, so it is kept where it is safe: only in clauses with no negation word and no
 * other person named (a negated or relative's clause is left to the exact words and their context), only
 * for findings the note does not already name (the exact reading decides), and only for binary symptom
 * and sign findings of the model's own names and synonyms (no finding ids in code). Context applies to the
 * span as to any mention, and a loose reading in a historical context is dropped (`extract.ts`): the past
 * history is left to its exact words (on the OSCE vignettes, whose runner counts a historical mention as
 * present, loose readings of past-history lists cost a score-half top-5 case).
 */
import type { Target } from './context.js';
import { formsKnown } from './form-ids.js';
import type { Tokens } from './tokenize.js';
import { TOKEN_WORD } from './tokenize.js';

/** Letters indexed: "swallow"/"swallowing", "difficult"/"difficulty", "urinate"/"urination" meet. */
export const STEM_LEN = 5;
/**
 * Letters that must agree (of the shorter word, at most): "conceiving" is no "concentrating", "hypertension"
 * no "hyperextension", though both pairs share five; "vomit" still meets "vomiting".
 */
export const KEY_LEN = 6;
/** At most this many content words from the first word of a pair to the second. */
export const PAIR_WINDOW = 4;

/** Function and filler words: never one of a pair's two content words, and not counted in the window. */
const STOP = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'and', 'or', 'with', 'for', 'at', 'by', 'from', 'is', 'are', 'was', 'her', 'his', 'their', 'my', 'your', 'feeling', 'symptom', 'problem', 'other']);
/** A clause with one of these is negated somewhere: the loose reading stays out of it. */
const NEGATION = new Set(['no', 'not', 'denies', 'denied', 'deny', 'without', 'never', 'negative', 'absent', 'normal', 'unremarkable', 'nontender', 'none', 'neither', 'nor', 'non']);
/** A clause naming another person may be about them (family history): the loose reading stays out of it. */
const OTHERS = new Set(['mother', 'father', 'sister', 'brother', 'family', 'son', 'daughter', 'wife', 'husband', 'grandmother', 'grandfather', 'aunt', 'uncle', 'cousin', 'parent']);
/** Words that start a new clause inside a sentence. */
const CLAUSE_WORDS = new Set(['but', 'although', 'though', 'whereas']);

/** What the rule needs of a lexicon entry (the lexicon's own type, kept generic so this module does not import it). */
export interface PairEntry { readonly findingId: string }

/** A term of more than two content words may spread over this many more content words per extra word. */
export const EXTRA_WORD_WINDOW = 2;

/**
 * One side of a two-word term: the other word's stem, both words' keys (first KEY_LEN letters) and the term's
 * lexicon entry. For a term of three or four words, one pair of its words, with the other words' stems, keys and
 * lengths, which the clause must hold too.
 */
export interface PairTerm<E extends PairEntry = PairEntry> {
  readonly other: string;
  readonly selfKey: string;
  readonly otherKey: string;
  /** The lengths of the term's two words (`agrees`). */
  readonly selfLength: number;
  readonly otherLength: number;
  readonly rest?: readonly { readonly stem: string; readonly key: string; readonly length: number }[];
  readonly entry: E;
}

/** A word shorter than KEY_LEN letters meets a longer one only through an ending of at most this many letters ("vomit"/"vomiting", not "under"/"underdeveloped"). */
export const MAX_ENDING = 4;

/**
 * Does a note word agree with a term word's key on the first KEY_LEN letters (or all of the shorter)? With the
 * term word's length, a word under KEY_LEN letters on either side must differ from the other by an ending only.
 */
export function agrees(word: string, key: string, termLength?: number): boolean {
  const n = Math.min(KEY_LEN, key.length, word.length);
  for (let i = 0; i < n; i++) if (word.charCodeAt(i) !== key.charCodeAt(i)) return false;
  return termLength === undefined || Math.min(word.length, termLength) >= KEY_LEN || Math.abs(word.length - termLength) <= MAX_ENDING;
}

/** The crude stem of a normalised word. */
export function stemOf(word: string): string {
  return word.length > STEM_LEN ? word.slice(0, STEM_LEN) : word;
}

/** The content words of a term (normalised forms), or undefined when it has not two to four, each of three letters or more. */
function contentWords(forms: readonly string[]): string[] | undefined {
  const words = forms.filter((w) => /^[a-z]/.test(w) && !STOP.has(w));
  if (words.length < 2 || words.length > 4 || words.some((w) => w.length < 3)) return undefined;
  return words;
}

/** The pair index: a word's stem -> the other word's stem -> the terms of that pair. */
export type PairIndex<E extends PairEntry = PairEntry> = Map<string, Map<string, PairTerm<E>[]>>;

/** Add one pair of a term's words, both ways, to the index (with the term's other words, if any). */
function addPair<E extends PairEntry>(index: PairIndex<E>, a: string, b: string, entry: E, rest: readonly string[]): void {
  const [sa, sb] = [stemOf(a), stemOf(b)];
  const [ka, kb] = [a.slice(0, KEY_LEN), b.slice(0, KEY_LEN)];
  const t = rest.length === 0 ? undefined : rest.map((w) => ({ stem: stemOf(w), key: w.slice(0, KEY_LEN), length: w.length }));
  const restKeys = (t ?? []).map((r) => r.key).join();
  for (const [x, y, kx, ky, lx, ly] of [[sa, sb, ka, kb, a.length, b.length], [sb, sa, kb, ka, b.length, a.length]] as const) {
    const byOther = index.get(x) ?? index.set(x, new Map()).get(x)!;
    const list = byOther.get(y) ?? byOther.set(y, []).get(y)!;
    if (!list.some((p) => p.otherKey === ky && p.selfKey === kx && (p.rest ?? []).map((r) => r.key).join() === restKeys && p.entry.findingId === entry.findingId)) list.push({ other: y, selfKey: kx, otherKey: ky, selfLength: lx, otherLength: ly, ...(t ? { rest: t } : {}), entry });
  }
}

/** Add a term of two to four content words to the index: each pair of its words, both ways, with the other words. */
export function addPairTerm<E extends PairEntry>(index: PairIndex<E>, forms: readonly string[], entry: E): void {
  const words = contentWords(forms);
  if (!words) return;
  if (new Set(words.map(stemOf)).size !== words.length) return;
  for (let i = 0; i < words.length; i++) for (let j = i + 1; j < words.length; j++) addPair(index, words[i]!, words[j]!, entry, words.filter((_, k) => k !== i && k !== j));
}

/** Word classes for the clause pass, one lookup per token: 1 stop word, 2 negation, 4 another person, 8 clause word. */
const WORD_CLASS = new Map<string, number>();
for (const w of STOP) WORD_CLASS.set(w, 1);
for (const w of NEGATION) WORD_CLASS.set(w, (WORD_CLASS.get(w) ?? 0) | 2);
for (const w of OTHERS) WORD_CLASS.set(w, (WORD_CLASS.get(w) ?? 0) | 4);
for (const w of CLAUSE_WORDS) WORD_CLASS.set(w, (WORD_CLASS.get(w) ?? 0) | 8);

/**
 * A note word's stem, its stem's id (`StemIds`) and the index's pairs for it, by the other word's stem id. A pair is
 * looked up once per two indexed words of a clause: an integer key probes cheaper than a five-letter string (the
 * hottest line of a plain note's profile was that string probe).
 */
interface Hit { readonly word: string; readonly stem: string; readonly stemId: number; readonly byOther: ReadonlyMap<number, readonly PairTerm[]> }

/**
 * An index's stems numbered, and each stem's pairs keyed by the other stem's number: the same lists as the index's
 * string-keyed maps. Every other stem of a pair is itself a stem of the index (`addPair` adds both ways), so each
 * key has a number and `byOther.get(id(y))` is `index.get(x).get(y)` for every stem y of a note word.
 */
interface StemIds { readonly id: ReadonlyMap<string, number>; readonly byOther: readonly ReadonlyMap<number, readonly PairTerm[]>[] }
const stemIds = new WeakMap<object, StemIds>();

function stemIdsOf(index: ReadonlyPairIndex): StemIds {
  let ids = stemIds.get(index);
  if (ids) return ids;
  const id = new Map<string, number>();
  for (const x of index.keys()) id.set(x, id.size);
  const byOther: Map<number, readonly PairTerm[]>[] = [];
  for (const others of index.values()) {
    const m = new Map<number, readonly PairTerm[]>();
    for (const [y, list] of others) {
      const k = id.get(y);
      // Never undefined for an index built by `addPairTerm`; a pair whose other stem is no key could meet no note word.
      if (k !== undefined) m.set(k, list);
    }
    byOther.push(m);
  }
  ids = { id, byOther };
  stemIds.set(index, ids);
  return ids;
}
/** What the clause pass needs of a note word: its class bits (WORD_CLASS) and its hit, or null. */
interface WordInfo { readonly cls: number; readonly hit: Hit | null }
const PLAIN_WORD: WordInfo = { cls: 0, hit: null };
/** Per index: note word -> its info (one lookup per token); bounded so a long-running server stays small. */
const infoCache = new WeakMap<object, Map<string, WordInfo>>();
const INFO_CACHE_MAX = 200_000;
/**
 * Per index: the same infos by form id (`Tokens.ids`), an array read instead of a string probe per token (about 1%
 * of reading a note, profiled). Ids never change their form, so an entry stays right; sized by the ids known when
 * first read, a later or missing id (-1) takes `infoOf`.
 */
const infoById = new WeakMap<object, (WordInfo | undefined)[]>();

function infoOf(index: ReadonlyPairIndex, cache: Map<string, WordInfo>, word: string): WordInfo {
  // Every class word and every stem starts with a letter a-z: a number or symbol is a plain word, no lookup.
  const c = word.charCodeAt(0);
  if (!(c >= 97 && c <= 122)) return PLAIN_WORD;
  const have = cache.get(word);
  if (have !== undefined) return have;
  const cls = WORD_CLASS.get(word) ?? 0;
  const stem = stemOf(word);
  const ids = stemIdsOf(index);
  const stemId = ids.id.get(stem);
  const byOther = stemId === undefined ? undefined : ids.byOther[stemId];
  const info = cls === 0 && !byOther ? PLAIN_WORD : { cls, hit: byOther && stemId !== undefined ? { word, stem, stemId, byOther } : null };
  if (cache.size < INFO_CACHE_MAX) cache.set(word, info);
  return info;
}

/**
 * The indexed words of the clause being read, reused across calls (the pass is synchronous and not
 * re-entered): token index, content-word ordinal and hit of each; grown when a clause holds more.
 */
let clauseTok = new Int32Array(64);
let clauseOrd = new Int32Array(64);
const clauseHit: Hit[] = [];

/** Append an indexed word to the clause buffers (growing them when full). */
function pushWord(n: number, tok: number, ord: number, hit: Hit): void {
  if (n === clauseTok.length) {
    const t = new Int32Array(n * 2); t.set(clauseTok); clauseTok = t;
    const o = new Int32Array(n * 2); o.set(clauseOrd); clauseOrd = o;
  }
  clauseTok[n] = tok;
  clauseOrd[n] = ord;
  clauseHit[n] = hit;
}

/** What the exact reading already holds: the findings it names, and 1 for each token inside one of its spans. */
export interface ReadSoFar {
  /** The findings it names (the same set on every call; asked only once a pair's words agree with a term, so it may be built then). */
  readonly known: () => Set<string>;
  readonly covered: Uint8Array;
  /** 1 for each token inside a value reading (test name and value): a measurement's words are not a symptom's. */
  readonly measured?: Uint8Array;
}

/** What the exact reading holds, asked of `soFar` the first time a clause's two words form an indexed pair. */
interface LazyRead { read: ReadSoFar | undefined; readonly soFar: () => ReadSoFar }

/**
 * The pairs of one affirmed clause's `n` indexed words (see `loosePairs`). Two words that both lie inside
 * exact readings are two findings already ("chest pain and shortness of breath" is no pain on breathing).
 */
function pairsInClause<E extends PairEntry>(tokens: Tokens, n: number, lazy: LazyRead, out: { target: Target; entry: E }[]): void {
  for (let a = 0; a < n - 1; a++) {
    const ha = clauseHit[a]!;
    const ta = clauseTok[a]!;
    const oa = clauseOrd[a]!;
    for (let b = a + 1; b < n && clauseOrd[b]! - oa <= PAIR_WINDOW; b++) {
      const list = ha.byOther.get(clauseHit[b]!.stemId);
      if (!list) continue;
      const tb = clauseTok[b]!;
      const read = (lazy.read ??= lazy.soFar());
      if (read.covered[ta] !== 0 && read.covered[tb] !== 0) continue;
      // "Weight 80 kg, lost 2 kg" is a weight reading and a loss too small to count, not the finding weight loss.
      if (read.measured && (read.measured[ta] !== 0 || read.measured[tb] !== 0)) continue;
      for (const c of list) {
        // The words first: `known` is built only when a pair's words agree (most clauses never ask it).
        if (!agrees(tokens.norm[ta] as string, c.selfKey, c.selfLength) || !agrees(tokens.norm[tb] as string, c.otherKey, c.otherLength) || read.known().has(c.entry.findingId)) continue;
        let first = ta;
        let end = tb + 1;
        if (c.rest) {
          const span = restWords(n, a, b, c.rest, read.measured);
          if (!span) continue;
          first = Math.min(first, span[0]);
          end = Math.max(end, span[1]);
        }
        read.known().add(c.entry.findingId);
        // The cache holds the index's own terms, so each entry is of the index's entry type.
        out.push({ target: { first, end }, entry: c.entry as E });
      }
    }
  }
}

/**
 * The clause words (buffer positions) that are the other words of a three- or four-word term read on the pair at
 * positions `a` < `b`: other indexed words of the clause with those words' stems and keys, all within
 * PAIR_WINDOW + EXTRA_WORD_WINDOW per extra word content words, none inside a value reading. The token span they add, or undefined when one is missing.
 */
function restWords(n: number, a: number, b: number, rest: NonNullable<PairTerm['rest']>, measured: Uint8Array | undefined): [number, number] | undefined {
  let lo = clauseOrd[a]!;
  let hi = clauseOrd[b]!;
  let first = clauseTok[a]!;
  let end = clauseTok[b]! + 1;
  const used: number[] = [a, b];
  const window = PAIR_WINDOW + EXTRA_WORD_WINDOW * rest.length;
  for (const w of rest) {
    let found = -1;
    for (let k = 0; k < n && found < 0; k++) {
      if (used.includes(k) || clauseHit[k]!.stem !== w.stem || (measured && measured[clauseTok[k]!] !== 0)) continue;
      const ok = clauseOrd[k]!;
      if (Math.max(hi, ok) - Math.min(lo, ok) > window) continue;
      if (agrees(clauseHit[k]!.word, w.key, w.length)) found = k;
    }
    if (found < 0) return undefined;
    used.push(found);
    lo = Math.min(lo, clauseOrd[found]!);
    hi = Math.max(hi, clauseOrd[found]!);
    first = Math.min(first, clauseTok[found]!);
    end = Math.max(end, clauseTok[found]! + 1);
  }
  return [first, end];
}

/** The index as the reader uses it. */
export type ReadonlyPairIndex<E extends PairEntry = PairEntry> = ReadonlyMap<string, ReadonlyMap<string, readonly PairTerm<E>[]>>;

/**
 * Targets of loose readings (two to four words) in token order, each with its one lexicon entry. `soFar()` gives what
 * the exact reading holds (asked only when two of a clause's words form an indexed pair): its findings are
 * not read again (the set grows with what this reads). One pass over the tokens, one cached lookup per word
 * (none for a number or symbol), the clause's indexed words kept in reused typed buffers.
 */
export function loosePairs<E extends PairEntry>(tokens: Tokens, mask: Uint8Array, index: ReadonlyPairIndex<E>, soFar: () => ReadSoFar): { target: Target; entry: E }[] {
  const out: { target: Target; entry: E }[] = [];
  if (index.size === 0) return out;
  let cache = infoCache.get(index);
  if (!cache) infoCache.set(index, (cache = new Map()));
  let byId = infoById.get(index);
  if (!byId) infoById.set(index, (byId = new Array<WordInfo | undefined>(formsKnown()).fill(undefined)));
  const lazy: LazyRead = { read: undefined, soFar };
  const { norm, kind, sentence, ids } = tokens;
  // The clause being read: its indexed words so far, whether it is skipped, its content-word count.
  let n = 0;
  let skip = false;
  let ord = 0;
  let s = 0;
  for (let i = 0; i < tokens.count; i++) {
    const w = norm[i] as string;
    // A clause ends at a new sentence (the tokenizer ends them at . ! ?), at the punctuation ';' or ':' and at a
    // clause word (the last two are not read).
    let ends = sentence[i] !== s;
    let info = PLAIN_WORD;
    if (kind[i] !== TOKEN_WORD) ends ||= w === ';' || w === ':';
    else {
      const id = ids[i]!;
      info = id >= 0 && id < byId.length ? (byId[id] ??= infoOf(index, cache, w)) : infoOf(index, cache, w);
      ends ||= (info.cls & 8) !== 0;
    }
    if (ends) {
      if (!skip && n > 1) pairsInClause(tokens, n, lazy, out);
      n = 0; skip = false; ord = 0; s = sentence[i]!;
      // A clause word or ';' ':' starts the next clause and is not read; a sentence's first token is.
      if (kind[i] !== TOKEN_WORD || (info.cls & 8) !== 0) continue;
    } else if (kind[i] !== TOKEN_WORD) continue;
    const cls = info.cls;
    if ((cls & 6) !== 0) skip = true;
    if ((cls & 1) !== 0 || mask[i] !== 0) continue;
    ord++;
    const hit = info.hit;
    if (hit && !skip) pushWord(n++, i, ord, hit);
  }
  if (!skip && n > 1) pairsInClause(tokens, n, lazy, out);
  // A reading of three or four words may start before the pair it was found on: keep the targets in token order (stable).
  return out.sort((x, y) => x.target.first - y.target.first);
}
