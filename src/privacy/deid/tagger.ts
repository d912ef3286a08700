/**
 * A learned word tagger for names and places: an averaged perceptron over hashed features of each word (its shape,
 * suffix, which lexicons hold it, its neighbours and their shapes), classes O / NAME / LOCATION. It complements the
 * rules where they need a list or a cue: a word the lists do not hold, in a context the model has learned from
 * annotated notes. Trained with surrogate augmentation (every gold name and place word replaced by a random name,
 * place or invented word, `tagger-train.ts`), so the weights hold no dev name and the model cannot learn dev names,
 * only contexts and shapes. Pure; the weights are compiled into `tagger-model.ts`.
 */
import type { Lexicon } from './lexicon.js';
import { caseMode } from './letter-case.js';
import { cueBeside, vocabularyWord } from './tagger-veto.js';
import type { PhiSpan, PhiType } from './types.js';

export const TAG_CLASSES = ['O', 'NAME', 'LOCATION'] as const;
export type TagClass = (typeof TAG_CLASSES)[number];
/** Feature hash space (2^18 buckets per class). */
export const TAG_BITS = 18;
const MASK = (1 << TAG_BITS) - 1;

/** A word as the tagger sees it: offsets in the text and the string used for its features (a surrogate in training). */
export interface TagToken {
  readonly s: number;
  readonly e: number;
  readonly word: string;
}

const WORD = /[A-Za-z][A-Za-z']*(?:-[A-Za-z][A-Za-z']*)*/g;

export function tagTokens(text: string): TagToken[] {
  const out: TagToken[] = [];
  WORD.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = WORD.exec(text)) !== null) out.push({ s: m.index, e: m.index + m[0].length, word: m[0] });
  return out;
}

function fnv(s: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) h = Math.imul(h ^ s.charCodeAt(i), 0x01000193);
  return h >>> 0;
}

function shape(w: string): string {
  if (w.length === 1) return w === w.toUpperCase() ? 'I' : 'i';
  if (w === w.toUpperCase()) return 'U';
  if (w === w.toLowerCase()) return 'l';
  return /^[A-Z][a-z'\-]+$/.test(w) ? 'T' : 'M';
}

function lexFlags(w: string, lex: Lexicon): string {
  const l = w.toLowerCase().replace(/'s$/, '');
  return (lex.common.has(l) ? 'c' : '') + (lex.clinical.has(l) ? 'k' : '') + (lex.eponyms.has(l) ? 'e' : '') +
    (lex.firstNames.has(l) ? 'f' : '') + (lex.surnames.has(l) ? 's' : '') + (lex.places.has(l) ? 'p' : '') + (lex.contextNames.has(l) ? 'a' : '');
}

/** Case mode of the note: capitals carry information only in mixed case. */
export function noteCase(text: string): string {
  const mode = caseMode(text);
  return mode === 'upper' ? 'U' : mode === 'lower' ? 'L' : 'M';
}

/** Punctuation between two tokens, compressed: space, newline, comma, full stop, bracket, colon, other. */
function gapClass(g: string): string {
  if (/\n/.test(g)) return 'n';
  const p = g.replace(/\s+/g, '');
  if (p === '') return '_';
  return p.length > 2 ? 'x' : p;
}

/**
 * Hashed feature ids of token k (the same function in training and detection). `words` are the strings the features
 * read; `text` only gives the gaps between tokens.
 */
export function tokenFeatures(text: string, toks: readonly TagToken[], k: number, mode: string, flags: readonly string[], out: number[],
  ruleTags?: string): void {
  out.length = 0;
  const t = toks[k] as TagToken;
  const w = t.word.toLowerCase();
  const sh = shape(t.word);
  const lf = flags[k] ?? '';
  const word = (i: number): string => (toks[i]?.word.toLowerCase() ?? (i < 0 ? '<s>' : '</s>'));
  const shp = (i: number): string => { const x = toks[i]; return x ? shape(x.word) : '-'; };
  const gapBefore = k > 0 ? gapClass(text.slice((toks[k - 1] as TagToken).e, t.s)) : 'n';
  const gapAfter = k + 1 < toks.length ? gapClass(text.slice(t.e, (toks[k + 1] as TagToken).s)) : 'n';
  const add = (f: string): void => { out.push(fnv(f) & MASK); };
  add('b');
  add(`w=${w}`);
  add(`sh=${sh}|m=${mode}`);
  add(`suf3=${w.slice(-3)}`);
  add(`pre3=${w.slice(0, 3)}`);
  add(`len=${Math.min(w.length, 10)}`);
  add(`lf=${lf}|sh=${sh}|m=${mode}`);
  add(`lf=${lf}`);
  add(`p1=${word(k - 1)}`);
  add(`p2=${word(k - 2)}`);
  add(`n1=${word(k + 1)}`);
  add(`n2=${word(k + 2)}`);
  add(`p1=${word(k - 1)}|n1=${word(k + 1)}`);
  add(`p1sh=${shp(k - 1)}|sh=${sh}|n1sh=${shp(k + 1)}`);
  add(`p1lf=${flags[k - 1] ?? '<s>'}|lf=${lf}`);
  add(`n1lf=${flags[k + 1] ?? '</s>'}|lf=${lf}`);
  add(`gb=${gapBefore}|ga=${gapAfter}`);
  add(`gb=${gapBefore}|p1=${word(k - 1)}`);
  add(`ga=${gapAfter}|n1=${word(k + 1)}`);
  add(`p1=${word(k - 1)}|lf=${lf}|sh=${sh}`);
  add(`n1=${word(k + 1)}|lf=${lf}|sh=${sh}`);
  const after = text.slice(t.e, t.e + 3);
  add(`digitAfter=${/^\s?\d/.test(after)}`);
  if (ruleTags === undefined) return;
  // What the rules already found here and beside it (N name, L place, X other PHI, - none), and the word's place in
  // its line: a name or town the rules half-found, or one opening a line of a list, is where the model helps.
  const r = (i: number): string => ruleTags[i] ?? '|';
  add(`r=${r(k)}|sh=${sh}`);
  add(`pr=${r(k - 1)}|r=${r(k)}|nr=${r(k + 1)}`);
  add(`pr=${r(k - 1)}|gb=${gapBefore}|sh=${sh}|lf=${lf}`);
  add(`nr=${r(k + 1)}|ga=${gapAfter}|sh=${sh}|lf=${lf}`);
  add(`gb=${gapBefore}|sh=${sh}|lf=${lf}|m=${mode}`);
}

/** One letter per token: the type of the first rule span over it (N name, L location, X other PHI, - none). */
export function ruleTagsOf(toks: readonly TagToken[], spans: readonly PhiSpan[]): string {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  let out = '';
  let j = 0;
  for (const t of toks) {
    while (j < sorted.length && (sorted[j] as PhiSpan).end <= t.s) j++;
    let tag = '-';
    for (let i = j; i < sorted.length && (sorted[i] as PhiSpan).start < t.e; i++) {
      const sp = sorted[i] as PhiSpan;
      if (sp.end <= t.s) continue;
      tag = sp.type === 'NAME' ? 'N' : sp.type === 'LOCATION' ? 'L' : sp.type === 'YEAR' ? '-' : 'X';
      break;
    }
    out += tag;
  }
  return out;
}

/** True for a word written all in lower case. */
const isLowerWord = (w: string): boolean => w === w.toLowerCase();

/** Per-token lexicon flags, computed once per note. */
export function tokenFlags(toks: readonly TagToken[], lex: Lexicon): string[] {
  return toks.map((t) => lexFlags(t.word, lex));
}

/** Averaged-perceptron weights: one Float32Array of 2^TAG_BITS per class, O first. */
export interface TaggerWeights {
  readonly w: Float32Array;
  /** Trained with the rule-span and line features (`tokenFeatures`' `ruleTags`): detection must then pass the rules' spans. */
  readonly ruleFeatures?: boolean;
}

export function scores(weights: TaggerWeights, feats: readonly number[], out: Float64Array): void {
  const D = 1 << TAG_BITS;
  for (let c = 0; c < TAG_CLASSES.length; c++) {
    let s = 0;
    const base = c * D;
    for (const f of feats) s += weights.w[base + f] ?? 0;
    out[c] = s;
  }
}

/**
 * NAME and LOCATION spans the tagger finds: a word is tagged when its best class beats O by more than `margin`
 * (higher margin, fewer and surer spans). Adjacent words of one class become one span.
 */
export function detectTagged(text: string, lex: Lexicon, weights: TaggerWeights, push: (s: number, e: number, t: PhiType) => void, margin = 0,
  rules: readonly PhiSpan[] = []): void {
  const toks = tagTokens(text);
  if (toks.length === 0) return;
  const mode = noteCase(text);
  const flags = tokenFlags(toks, lex);
  const ruleTags = weights.ruleFeatures ? ruleTagsOf(toks, rules) : undefined;
  const feats: number[] = [];
  const sc = new Float64Array(TAG_CLASSES.length);
  for (let k = 0; k < toks.length; k++) {
    const t = toks[k] as TagToken;
    // Words that can never be names on their own are not scored: short function words, clinical terms.
    if (t.word.length < 2) continue;
    // A word the rules already cover is theirs: the model only adds.
    if (ruleTags !== undefined && ruleTags[k] !== '-') continue;
    // A lower-case English word ("bell", "rose") is left to the rules: alone, the model's shapes cannot tell it from a name.
    if (isLowerWord(t.word) && lex.common.has(t.word)) continue;
    // A disease, finding, organism or drug name is no name or place, unless a person or place cue stands beside it.
    if (vocabularyWord(t.word, lex) && !cueBeside(text, toks, k, lex, ruleTags)) continue;
    tokenFeatures(text, toks, k, mode, flags, feats, ruleTags);
    scores(weights, feats, sc);
    const name = (sc[1] ?? 0) - (sc[0] ?? 0);
    const loc = (sc[2] ?? 0) - (sc[0] ?? 0);
    if (name > margin && name >= loc) push(t.s, t.e, 'NAME');
    else if (loc > margin) push(t.s, t.e, 'LOCATION');
  }
}

/** Weights from their compact text form (`encodeWeights` in tagger-train.ts). */
export function decodeWeights(encoded: string): TaggerWeights {
  const bytes = Uint8Array.from(atob(encoded.slice(1)), (ch) => ch.charCodeAt(0));
  const w = new Float32Array(TAG_CLASSES.length << TAG_BITS);
  const scale = new Float32Array(bytes.slice(0, 4).buffer)[0] ?? 1;
  let i = 4;
  let at = -1;
  while (i < bytes.length) {
    let d = 0;
    let shift = 0;
    let b: number;
    do { b = bytes[i++] ?? 0; d |= (b & 0x7f) << shift; shift += 7; } while (b & 0x80);
    at += d + 1;
    const q = bytes[i++] ?? 0;
    w[at] = (q > 127 ? q - 256 : q) * scale;
  }
  return encoded.startsWith('r') ? { w, ruleFeatures: true } : { w };
}
