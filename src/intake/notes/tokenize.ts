/**
 * Tokens and sentences of a clinical note, with character offsets (JS string indices) into the
 * original text. One linear pass over char codes; offsets live in typed arrays so a 10 MB note stays
 * cheap. Words are normalised (lower case, British medical spellings in their American form, light
 * plural stripping, years as `<year>`) so that the lexicon and the context triggers, which go through the
 * same `normalizeWord`, match them. Normal forms are for matching only: offsets and spans stay on the
 * text as written, and a normal form need not be a dictionary word ("gastroesophageal" becomes
 * "gastresophageal" on both sides of every match).
 */

import { formsKnown, knownFormId } from './form-ids.js';
import { FOLD_HASH_BASIS, FormMemo, foldHashStep } from './form-memo.js';

export const TOKEN_WORD = 1;
export const TOKEN_PUNCT = 2;

export interface Tokens {
  readonly text: string;
  readonly count: number;
  /** Start offset of token i (inclusive). */
  readonly start: Int32Array;
  /** End offset of token i (exclusive). */
  readonly end: Int32Array;
  /** TOKEN_WORD or TOKEN_PUNCT. */
  readonly kind: Uint8Array;
  /** Normalised form of token i (punctuation is itself). */
  readonly norm: readonly string[];
  /** Form id of token i's normal form (`form-ids.ts`), -1 when no table held it when the tokens were made. */
  readonly ids: Int32Array;
  /** `formsKnown()` when the tokens were made. */
  readonly formsKnown: number;
  /** Sentence index of token i. */
  readonly sentence: Int32Array;
  /** Sentence s covers tokens [sentStart[s], sentStart[s+1]); the array has sentences+1 entries. */
  readonly sentStart: Int32Array;
  readonly sentences: number;
}

/** Words after which a full stop does not end a sentence. */
const NO_BREAK_AFTER = new Set(['dr', 'mr', 'mrs', 'ms', 'vs', 'st', 'approx', 'fig', 'resp', 'temp']);

/**
 * Lower case, British medical spellings in their American form, and a regular plural stripped, so
 * "Fevers" and "fever", "rashes" and "rash", "Oedema" and "edema" meet. Every word of a note, a lexicon
 * term and a trigger goes through this one function: a literal compared with `Tokens.norm` must be a
 * normal form ("fecal", not "faecal").
 */
export function normalizeWord(word: string): string {
  return normalizeLower(word.toLowerCase());
}

/**
 * British medical spellings and their American forms (the regular correspondences of the Oxford and
 * Merriam-Webster medical spellings: ae/oe ligature reductions in Greek and Latin stems, leuc-/leuk-,
 * -our/-or), applied to every word of notes and lexicon alike, so "papilloedema", "anaemia",
 * "oesophagitis", "coeliac", "leucocytosis" and "tachypnoeic" meet the terms the model spells the
 * American way. Stems, not whole words: "-aemia" covers every "-emia". Ordered; each is a plain substring.
 */
const BRITISH_STEMS: readonly (readonly [string, string])[] = [
  ['aem', 'em'], ['paed', 'ped'], ['faec', 'fec'], ['caec', 'cec'], ['aesth', 'esth'], ['gynaec', 'gynec'],
  ['oedem', 'edem'], ['oesoph', 'esoph'], ['oestr', 'estr'], ['coeli', 'celi'], ['pnoe', 'pne'], ['rrhoe', 'rrhe'],
  ['foet', 'fet'], ['amoeb', 'ameb'], ['leuc', 'leuk'],
];
const BRITISH_WORDS: ReadonlyMap<string, string> = new Map([
  ['tumour', 'tumor'], ['colour', 'color'], ['behaviour', 'behavior'], ['odour', 'odor'], ['labour', 'labor'], ['humour', 'humor'],
]);

/**
 * Could a British stem be in `w`? Every stem contains "ae", "oe" or "leuc": one pass over the char codes for an
 * "e" after "a" or "o", or a "c" after "leu" (the three substring searches it replaces cost a scan each, per word).
 */
function mayHaveStem(w: string): boolean {
  for (let k = 1; k < w.length; k++) {
    const c = w.charCodeAt(k);
    if (c === 101 /* e */) {
      const p = w.charCodeAt(k - 1);
      if (p === 97 /* a */ || p === 111 /* o */) return true;
    } else if (c === 99 /* c */ && k >= 3 && w.charCodeAt(k - 1) === 117 /* u */ && w.charCodeAt(k - 2) === 101 && w.charCodeAt(k - 3) === 108 /* l */) return true;
  }
  return false;
}

/** A lower-case word with British medical stems in their American form (the word itself otherwise). */
function americanStems(w: string): string {
  if (w.length < 4 || !mayHaveStem(w)) return w;
  let out = w;
  for (const [from, to] of BRITISH_STEMS) if (out.includes(from)) out = out.split(from).join(to);
  return out;
}

/** `normalizeWord` of a word already in lower case: spellings first, then the plural, then -our words. */
function normalizeLower(lower: string): string {
  const w = stripPlural(americanStems(lower));
  // Every BRITISH_WORDS key ends in "our": other words skip the map's hashing.
  return w.length > 4 && w.charCodeAt(w.length - 1) === 114 /* r */ && w.endsWith('our') ? (BRITISH_WORDS.get(w) ?? w) : w;
}

/** A year as `<year>`; a regular plural (and a final e after ch/sh) stripped. */
function stripPlural(w: string): string {
  const n = w.length;
  if (n === 4 && (w.charCodeAt(0) === 49 || w.charCodeAt(0) === 50) && /^(19|20)\d\d$/.test(w)) return '<year>';
  // "ache"/"aches" and "rash"/"rashes" must meet: drop a final e after ch/sh as well as es.
  if (n > 4 && (w.endsWith('che') || w.endsWith('she'))) return w.slice(0, -1);
  if (n <= 3 || w.charCodeAt(n - 1) !== 115 /* s */) return w;
  const prev = w.charCodeAt(n - 2);
  if (prev === 115 /* ss */ || prev === 117 /* us */ || prev === 105 /* is */ || prev === 39 /* 's */) return w;
  if (w.endsWith('ies') && n > 4) return `${w.slice(0, -3)}y`;
  if (w.endsWith('ches') || w.endsWith('shes') || w.endsWith('xes') || w.endsWith('sses')) return w.slice(0, -2);
  return w.slice(0, -1);
}

function isWordCode(c: number): boolean {
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);
  // Non-ASCII: letters of other scripts count as word characters; unusual spaces do not.
  return !(c === 0xa0 || (c >= 0x2000 && c <= 0x200b) || c === 0x2028 || c === 0x2029 || c === 0x3000 || c === 0xfeff);
}

function isSpaceCode(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13 || c === 11 || c === 12 || c === 0 || (c >= 0x80 && !isWordCode(c));
}

/** Does the line starting at `i` begin with a bullet, a numbered item or a `Label:` pair? */
function lineStartsItem(text: string, i: number): boolean {
  let j = i;
  const n = text.length;
  while (j < n && (text.charCodeAt(j) === 32 || text.charCodeAt(j) === 9)) j++;
  if (j >= n) return false;
  const c = text.charCodeAt(j);
  if (c === 45 || c === 42 || c === 43 || c === 0x2022) return true; // - * + •
  if (c >= 48 && c <= 57) {
    let k = j;
    while (k < n && k - j < 3 && text.charCodeAt(k) >= 48 && text.charCodeAt(k) <= 57) k++;
    const d = text.charCodeAt(k);
    if (d === 46 || d === 41) return true; // "1." or "1)"
  }
  // "Label:" within the first 30 characters of the line.
  for (let k = j, lim = Math.min(n, j + 30); k < lim; k++) {
    const d = text.charCodeAt(k);
    if (d === 58) return k > j;
    if (d === 10 || d === 46) return false;
    if (!(isWordCode(d) || d === 32 || d === 47 || d === 38 || d === 45 || d === 40 || d === 41)) return false;
  }
  return false;
}

/**
 * End of the line break at `i` and the white space after it, times two, plus one when it ends the
 * sentence: a blank line, or a new line that starts a list item or "Label:" pair. (Packed in one number so
 * the step allocates nothing per line.)
 */
function lineBreak(text: string, i: number): number {
  const n = text.length;
  let j = i + 1;
  let blank = false;
  while (j < n) {
    const d = text.charCodeAt(j);
    if (d === 10) blank = true;
    else if (!(d === 32 || d === 9 || d === 13)) break;
    j++;
  }
  return j * 2 + (blank || lineStartsItem(text, i + 1) ? 1 : 0);
}

/** `foldHashStep` hash of the word `wordEnd` scanned last, and whether the memo may read it (all ASCII, no "'" before A-Z). */
let scanHash = 0;
let scanMemo = false;

/**
 * End of the word starting at `i` (first char code `c`), times two, plus one when it is all lower-case
 * ASCII (its normal form needs no lower-casing). A straight apostrophe inside a word joins it ("patient's").
 * Sets `scanHash` and `scanMemo` on the way (the chars are in hand: no second pass for the form memo).
 */
function wordEnd(text: string, i: number, c: number): number {
  const n = text.length;
  let j = i + 1;
  let lower = !((c >= 65 && c <= 90) || c > 127);
  let memo = c < 128;
  let h = foldHashStep(FOLD_HASH_BASIS, c);
  while (j < n) {
    const d = text.charCodeAt(j);
    if (d >= 97 && d <= 122) {
      h = foldHashStep(h, d);
      j++;
    } else if (isWordCode(d)) {
      if ((d >= 65 && d <= 90) || d > 127) lower = false;
      if (d > 127) memo = false;
      h = foldHashStep(h, d);
      j++;
    } else if (d === 39 && j + 1 < n && isWordCode(text.charCodeAt(j + 1))) {
      // The char after the apostrophe is not lower-cased when the rest is lower case ("patient'S" stays): no memo then.
      const e = text.charCodeAt(j + 1);
      if ((e >= 65 && e <= 90) || e > 127) memo = false;
      h = foldHashStep(foldHashStep(h, d), e);
      j += 2;
    } else break;
  }
  scanHash = h;
  scanMemo = memo;
  return j * 2 + (lower ? 1 : 0);
}

/** Normal form of a word as written; curly apostrophes ("didn’t") read as straight ones. */
function wordForm(raw: string, lower: boolean): string {
  return normalizeLower(lower ? raw : raw.toLowerCase().replace(/\u2019/g, "'"));
}

/** Normal forms of the ASCII words met lately (`form-memo.ts`). */
const FORMS = new FormMemo(normalizeLower);

/**
 * Does the mark `c` at `i` end a sentence? A full stop, ! or ? before white space or the end, unless the
 * full stop closes an abbreviation or an initial ("Dr.", "p.o."). The mark is token `count - 1`. A single
 * letter right after a number is a unit, not an initial ("protein 6.2 g. Albumin 1.9 g/dL"): its full stop
 * ends the sentence.
 */
function endsSentence(text: string, i: number, c: number, norm: readonly string[], kind: Uint8Array, count: number): boolean {
  if (!((c === 46 || c === 33 || c === 63) && (i + 1 >= text.length || isSpaceCode(text.charCodeAt(i + 1))))) return false;
  if (c !== 46 || count < 2 || kind[count - 2] !== TOKEN_WORD) return true;
  const prev = norm[count - 2] as string;
  if (NO_BREAK_AFTER.has(prev)) return false;
  if (prev.length !== 1) return true;
  const before = count >= 3 ? (norm[count - 3] as string) : '';
  const c0 = before.charCodeAt(0);
  return kind[count - 3] === TOKEN_WORD && c0 >= 48 && c0 <= 57 && /^\d+$/.test(before);
}

/** Token arrays of capacity `cap`: views of one ArrayBuffer (Int32 start, end, ids, sentence, sentStart of cap + 1; then Uint8 kind). */
interface TokenArrays {
  readonly cap: number;
  readonly start: Int32Array;
  readonly end: Int32Array;
  readonly ids: Int32Array;
  readonly sentence: Int32Array;
  readonly sentStart: Int32Array;
  readonly kind: Uint8Array;
}

/**
 * The six token arrays in one buffer, with `from`'s tokens copied when the arrays grow. A typed array's own
 * backing store is an allocation outside the heap that costs more than the pass that fills it (five per note,
 * eight when the arrays grew: about 2.5% of reading a value-dense note, profiled); here there is one, two when
 * the arrays grow. Typed, not plain arrays: a 10 MB note's tokens stay about as small as before.
 */
function tokenArrays(cap: number, from?: TokenArrays): TokenArrays {
  const ints = 5 * cap + 1;
  const buffer = new ArrayBuffer(4 * ints + cap);
  const a: TokenArrays = {
    cap,
    start: new Int32Array(buffer, 0, cap),
    end: new Int32Array(buffer, 4 * cap, cap),
    ids: new Int32Array(buffer, 8 * cap, cap),
    sentence: new Int32Array(buffer, 12 * cap, cap),
    sentStart: new Int32Array(buffer, 16 * cap, cap + 1),
    kind: new Uint8Array(buffer, 4 * ints, cap),
  };
  if (from) {
    a.start.set(from.start);
    a.end.set(from.end);
    a.ids.set(from.ids);
    a.kind.set(from.kind);
  }
  return a;
}

/**
 * Tokenise `text`. `breaks` lists extra sentence-break offsets in ascending order (section header
 * starts and ends): a token starting at or after a break opens a new sentence. One pass over the char
 * codes, each stretch read by its step: line breaks (`lineBreak`), white space, words (`wordEnd`,
 * the form memo or `wordForm`), joining hyphens, and punctuation (`endsSentence`).
 */
export function tokenize(text: string, breaks: readonly number[] = []): Tokens {
  const n = text.length;
  let a = tokenArrays(Math.max(16, Math.ceil(n / 4)));
  const norm: string[] = [];
  const sentStarts: number[] = [0];
  let count = 0;
  let pendingBreak = false;
  let b = 0;
  const push = (s: number, e: number, k: number, form: string, id: number): void => {
    if (count === a.cap) a = tokenArrays(a.cap * 2, a);
    // A due break (pending, or an extra break offset at or before s) opens a sentence first.
    while (b < breaks.length && (breaks[b] as number) <= s) {
      pendingBreak = true;
      b++;
    }
    if (pendingBreak && count > 0 && sentStarts[sentStarts.length - 1] !== count) sentStarts.push(count);
    pendingBreak = false;
    a.start[count] = s;
    a.end[count] = e;
    a.kind[count] = k;
    a.ids[count] = id;
    norm.push(form);
    count++;
  };
  let i = 0;
  while (i < n) {
    const c = text.charCodeAt(i);
    if (c === 10) {
      const r = lineBreak(text, i);
      if ((r & 1) === 1) pendingBreak = true;
      i = r >>> 1;
    } else if (isSpaceCode(c)) i++;
    else if (isWordCode(c)) {
      const r = wordEnd(text, i, c);
      const j = r >>> 1;
      if (scanMemo) {
        const slot = FORMS.slotOf(text, i, j, scanHash);
        push(i, j, TOKEN_WORD, FORMS.formAt(slot), FORMS.idAt(slot));
      } else {
        const form = wordForm(text.slice(i, j), (r & 1) === 1);
        push(i, j, TOKEN_WORD, form, knownFormId(form));
      }
      i = j;
    } else if (c === 45 || c === 0x2010 || c === 0x2011) i++; // hyphens join words ("coffee-ground"); no token
    else {
      const mark = text[i] as string;
      push(i, i + 1, TOKEN_PUNCT, mark, FORMS.markId(c, mark));
      if (endsSentence(text, i, c, norm, a.kind, count)) pendingBreak = true;
      i++;
    }
  }
  sentStarts.push(count);
  // Sentence starts rise strictly from 0 to `count` (an empty text: [0, 0]), so at most max(count + 1, 2): the region holds cap + 1 ≥ 17.
  const sentStart = a.sentStart.subarray(0, sentStarts.length);
  sentStart.set(sentStarts);
  const sentence = a.sentence.subarray(0, count);
  for (let s = 0; s + 1 < sentStart.length; s++) sentence.fill(s, sentStart[s] as number, sentStart[s + 1] as number);
  return { text, count, start: a.start.subarray(0, count), end: a.end.subarray(0, count), kind: a.kind.subarray(0, count), norm, ids: a.ids.subarray(0, count), formsKnown: formsKnown(), sentence, sentStart, sentences: sentStart.length - 1 };
}

/** Tokenise a short phrase (a lexicon term or a trigger) into its normalised word forms. */
export function phraseForms(phrase: string): string[] {
  const t = tokenize(phrase);
  return [...t.norm];
}

/** The normalised forms of every word or phrase in `words`, as one set: a rule's vocabulary, compared with `tokens.norm`. */
export function formSet(words: readonly string[]): ReadonlySet<string> {
  return new Set(words.flatMap((w) => phraseForms(w)));
}

/** Index of the token that starts at or contains `offset`, searching from `from` (tokens are in order). */
export function tokenAt(tokens: Tokens, offset: number, from = 0): number {
  let t = from;
  while (t < tokens.count && (tokens.end[t] as number) <= offset) t++;
  return t;
}

/**
 * Index of the first token starting at or after `offset`, searching from `from` up to `limit` (`limit` if
 * none). Binary search: token starts are in order, so a caller may search a whole long note.
 */
export function tokenAfter(tokens: Tokens, from: number, limit: number, offset: number): number {
  let lo = from;
  let hi = limit;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((tokens.start[mid] as number) < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
