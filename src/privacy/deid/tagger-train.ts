/**
 * Training of the word tagger (`tagger.ts`) with surrogate augmentation: every word of a gold name or place is
 * replaced, before any feature is computed, by a random given name, surname or place from the built-in lists or by
 * an invented word (syllables), in the original's case style. The model so learns contexts and shapes, never the
 * annotated names themselves, and its weights hold no dev PHI word. Averaged perceptron, seeded, deterministic.
 * Also the compact text form of the weights compiled into `tagger-model.ts`.
 */
import { createRng, type Rng } from '../../core/random.js';
import type { Lexicon } from './lexicon.js';
import { FIRST_NAMES_FAKER, PLACES_FAKER, SURNAMES_FAKER } from './lexicons/data.js';
import { foldAccents } from './fold.js';
import { noteCase, ruleTagsOf, scores, TAG_BITS, TAG_CLASSES, tagTokens, tokenFeatures, tokenFlags, type TaggerWeights, type TagToken } from './tagger.js';
import type { PhiSpan } from './types.js';

export interface TrainNote {
  readonly text: string;
  readonly gold: readonly { start: number; end: number; type: string }[];
}

/** Gold types (PhysioNet's or ddx's) → tagger class index. */
export function classOf(type: string): number {
  if (/name/i.test(type)) return 1;
  if (/^location$/i.test(type)) return 2;
  return 0;
}

const SYL_A = 'bra cor dal fen gar hol kes lor mar nev or pel quin ros sav tor vel wyn zan ald bel cas dor em fal gil hur ith jor kal'.split(' ');
const SYL_B = 'ven dor mick sted lin rath bury wick ton ley mont vale gard holt ker nash rell sby ski ez ova ard ino elli sen berg'.split(' ');
const GIVEN = FIRST_NAMES_FAKER.split(' ');
const SURNAME = SURNAMES_FAKER.split(' ');
const PLACE = PLACES_FAKER.split(' ');

function pick(rng: Rng, xs: readonly string[]): string {
  return xs[rng.int(xs.length)] ?? 'x';
}

/** A surrogate for one gold word, in its case style: half from the built-in lists, half invented. */
function surrogateWord(rng: Rng, original: string, cls: number): string {
  if (original.length === 1) return String.fromCharCode(65 + rng.int(26));
  const invented = rng.next() < 0.5;
  const w = invented ? pick(rng, SYL_A) + pick(rng, SYL_B) : pick(rng, cls === 2 ? PLACE : rng.next() < 0.5 ? GIVEN : SURNAME);
  if (original === original.toUpperCase()) return w.toUpperCase();
  if (original === original.toLowerCase()) return w.toLowerCase();
  return w.charAt(0).toUpperCase() + w.slice(1).toLowerCase();
}

interface Example {
  readonly text: string;
  readonly toks: TagToken[];
  readonly labels: Uint8Array;
  readonly ruleTags: string | undefined;
}

/** A random string in a word's letter-case pattern, for a word of another PHI kind (an identifier's letters, a month). */
function scrambled(rng: Rng, original: string): string {
  let out = '';
  for (const ch of original) out += /[A-Z]/.test(ch) ? String.fromCharCode(65 + rng.int(26)) : /[a-z]/.test(ch) ? String.fromCharCode(97 + rng.int(26)) : ch;
  return out;
}

/**
 * One note with every word inside a gold PHI span replaced (names and places by surrogates, other kinds by random
 * letters), as a new text: no annotated word reaches a feature, and the rules (when asked) read the surrogate text.
 */
function example(n: TrainNote, rng: Rng, rulesOf: ((text: string) => readonly PhiSpan[]) | undefined): Example {
  const folded = foldAccents(n.text);
  const orig = tagTokens(folded);
  let text = '';
  let at = 0;
  const toks: TagToken[] = [];
  const classes: number[] = [];
  for (const t of orig) {
    const g = n.gold.find((p) => p.start < t.e && p.end > t.s);
    const cls = g ? classOf(g.type) : 0;
    const word = !g ? t.word : cls ? surrogateWord(rng, t.word, cls) : scrambled(rng, t.word);
    text += folded.slice(at, t.s);
    toks.push({ s: text.length, e: text.length + word.length, word });
    text += word;
    at = t.e;
    classes.push(cls);
  }
  text += folded.slice(at);
  return { text, toks, labels: Uint8Array.from(classes), ruleTags: rulesOf ? ruleTagsOf(toks, rulesOf(text)) : undefined };
}

export interface TrainOptions {
  readonly epochs?: number;
  readonly seed?: number;
  /** The rules' spans of a (surrogate) text (`detectRuleSpans`): given, the model learns with the rule-span features. */
  readonly rulesOf?: (text: string) => readonly PhiSpan[];
}

/** Train the tagger on annotated notes; deterministic for a seed. */
export function trainTagger(notes: readonly TrainNote[], lex: Lexicon, options: TrainOptions = {}): TaggerWeights {
  const rng = createRng(options.seed ?? 14);
  const D = 1 << TAG_BITS;
  const C = TAG_CLASSES.length;
  const w = new Float32Array(C * D);
  const u = new Float32Array(C * D);
  let step = 1;
  const feats: number[] = [];
  const sc = new Float64Array(C);
  const view: TaggerWeights = { w };
  const rulesOf = options.rulesOf;
  for (let epoch = 0; epoch < (options.epochs ?? 5); epoch++) {
    // Fresh surrogates every epoch: the same context is seen with many different names.
    const exs = notes.map((n) => example(n, rng, rulesOf));
    for (let i = exs.length - 1; i > 0; i--) { const j = rng.int(i + 1); [exs[i], exs[j]] = [exs[j] as Example, exs[i] as Example]; }
    for (const ex of exs) {
      const mode = noteCase(ex.text);
      const flags = tokenFlags(ex.toks, lex);
      for (let k = 0; k < ex.toks.length; k++) {
        if ((ex.toks[k] as TagToken).word.length < 2) continue;
        tokenFeatures(ex.text, ex.toks, k, mode, flags, feats, ex.ruleTags);
        scores(view, feats, sc);
        let best = 0;
        for (let c = 1; c < C; c++) if ((sc[c] ?? 0) > (sc[best] ?? 0)) best = c;
        const gold = ex.labels[k] ?? 0;
        if (best !== gold) {
          for (const f of feats) {
            w[gold * D + f] = (w[gold * D + f] ?? 0) + 1;
            u[gold * D + f] = (u[gold * D + f] ?? 0) + step;
            w[best * D + f] = (w[best * D + f] ?? 0) - 1;
            u[best * D + f] = (u[best * D + f] ?? 0) - step;
          }
        }
        step++;
      }
    }
  }
  for (let i = 0; i < w.length; i++) w[i] = (w[i] ?? 0) - (u[i] ?? 0) / step;
  return rulesOf ? { w, ruleFeatures: true } : view;
}

/**
 * Compact text form: one letter for the feature set (`r` with the rule-span and line features, `p` without), then the
 * int8-quantised non-zero weights as delta-coded varints, base64.
 */
export function encodeWeights(weights: TaggerWeights): string {
  let max = 0;
  for (const x of weights.w) max = Math.max(max, Math.abs(x));
  const scale = max / 127 || 1;
  const bytes: number[] = [];
  const f32 = new Float32Array([scale]);
  bytes.push(...new Uint8Array(f32.buffer));
  let last = -1;
  weights.w.forEach((x, i) => {
    const q = Math.round(x / scale);
    if (q === 0) return;
    let d = i - last - 1;
    last = i;
    while (d >= 0x80) { bytes.push((d & 0x7f) | 0x80); d >>>= 7; }
    bytes.push(d);
    bytes.push(q & 0xff);
  });
  return (weights.ruleFeatures ? 'r' : 'p') + Buffer.from(bytes).toString('base64');
}
