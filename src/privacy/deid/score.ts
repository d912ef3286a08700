/**
 * Span scoring against gold PHI, with the definitions of `../shared/tools/score_deid.py`:
 * strict = every non-space character of a gold PHI is covered, punctuation at its edges aside; lenient = any
 * overlap; precision = share of predicted non-space characters that lie inside some gold PHI; clean notes
 * flagged = share of notes without gold PHI that got any span (over-redaction a reader sees).
 */
export interface GoldPhi {
  readonly start: number;
  readonly end: number;
  readonly type: string;
}

export interface ScoreAccumulator {
  phi: number;
  strict: number;
  lenient: number;
  predChars: number;
  predInGold: number;
  /** Notes without gold PHI, and those of them that got a span. */
  clean: number;
  cleanFlagged: number;
  readonly byType: Map<string, { n: number; strict: number }>;
}

export function newScore(): ScoreAccumulator {
  return { phi: 0, strict: 0, lenient: 0, predChars: 0, predInGold: 0, clean: 0, cleanFlagged: 0, byType: new Map() };
}

const isSpace = (c: string | undefined): boolean => c === undefined || /\s/.test(c);
// Punctuation at a gold span's edges (the period of "Anna S.") identifies no one; score_deid.py trims it too.
const EDGE_PUNCT = new Set('.,;:!?\'"()[]{}');
const trimmable = (c: string | undefined): boolean => isSpace(c) || EDGE_PUNCT.has(c ?? '');

/** Characters of `text` a prediction covers (1), as the scorer counts them. */
export function coverage(text: string, pred: readonly { start: number; end: number }[]): Uint8Array {
  const cov = new Uint8Array(text.length + 1);
  for (const s of pred) for (let i = Math.max(0, s.start); i < Math.min(text.length, s.end); i++) cov[i] = 1;
  return cov;
}

/**
 * How a gold PHI is covered: strict when every non-space character is, punctuation at its edges aside;
 * lenient when any character is.
 */
export function goldCovered(text: string, g: GoldPhi, cov: Uint8Array): { strict: boolean; lenient: boolean } {
  let lo = g.start;
  let hi = g.end;
  while (lo < hi && trimmable(text[lo])) lo++;
  while (hi > lo && trimmable(text[hi - 1])) hi--;
  let strict = true;
  let lenient = false;
  for (let i = g.start; i < g.end; i++) {
    if (cov[i]) lenient = true;
    else if (i >= lo && i < hi && !isSpace(text[i])) strict = false;
  }
  return { strict, lenient };
}

export function scoreNote(acc: ScoreAccumulator, text: string, gold: readonly GoldPhi[], pred: readonly { start: number; end: number }[]): void {
  const cov = coverage(text, pred);
  const goldC = new Uint8Array(text.length + 1);
  if (gold.length === 0) {
    acc.clean++;
    if (pred.some((s) => s.end > s.start)) acc.cleanFlagged++;
  }
  for (const g of gold) {
    acc.phi++;
    const t = acc.byType.get(g.type) ?? { n: 0, strict: 0 };
    t.n++;
    for (let i = g.start; i < g.end; i++) goldC[i] = 1;
    const { strict, lenient } = goldCovered(text, g, cov);
    if (strict) { acc.strict++; t.strict++; }
    if (lenient) acc.lenient++;
    acc.byType.set(g.type, t);
  }
  for (let i = 0; i < text.length; i++) {
    if (cov[i] && !isSpace(text[i])) {
      acc.predChars++;
      acc.predInGold += goldC[i] ?? 0;
    }
  }
}

const r4 = (x: number): number => Math.round(x * 10000) / 10000;

export interface ScoreSummary {
  phi: number;
  recall_strict: number;
  recall_lenient: number;
  char_precision: number;
  clean_notes_flagged: number;
  recall_strict_by_type: Record<string, number>;
}

export function summarise(acc: ScoreAccumulator): ScoreSummary {
  const byType: Record<string, number> = {};
  for (const [k, v] of [...acc.byType].sort()) byType[k] = r4(v.strict / v.n);
  return {
    phi: acc.phi,
    recall_strict: acc.phi ? r4(acc.strict / acc.phi) : 0,
    recall_lenient: acc.phi ? r4(acc.lenient / acc.phi) : 0,
    char_precision: acc.predChars ? r4(acc.predInGold / acc.predChars) : 0,
    clean_notes_flagged: acc.clean ? r4(acc.cleanFlagged / acc.clean) : 0,
    recall_strict_by_type: byType,
  };
}
