/**
 * A restrictive pattern written as lung-function numbers, read as the model's "restrictive pattern on lung
 * function" finding, by the ATS/ERS interpretation of lung-function tests (Pellegrino R et al. 2005, Eur
 * Respir J 26:948-968):
 *
 * - **Total lung capacity** below 80% of predicted ("TLC 61%", "TLC 4.1 L (62% predicted)"): restriction is
 *   defined by a reduced TLC (below the lower limit of normal, which 80% of predicted stands for when the
 *   note gives a percentage only).
 * - **FVC** below 80% of predicted with the FEV1/FVC ratio at or above 0.70 in the same sentence ("FVC 58%
 *   predicted, FEV1/FVC 0.86"; "FVC 2.38 L (60%), ratio 0.86"): a reduced vital capacity without airflow
 *   obstruction, the pattern the model names "reduced FVC with normal ratio". A reduced FVC with a low ratio
 *   is obstruction (the FEV1/FVC reading already says so), and one without a ratio is left unread.
 *
 * Only a low value is read (present); a normal one says nothing here. The finding enters as the model's own
 * term over the value's words (`derived-target.ts`), so negation and context apply as to any written term.
 */
import type { Target } from './context.js';
import { insertDerivedTarget } from './derived-target.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';
import type { Reading } from './quantities.js';
import { phraseForms, tokenAfter, type Tokens } from './tokenize.js';

/** 80% of predicted: the fixed cut-off notes and older guidelines use for the lower limit of normal. */
const PERCENT_PREDICTED_LOW = 80;
/** FEV1/FVC at or above 0.70: no airflow obstruction (the fixed ratio of GOLD and of the ATS/ERS statement). */
const RATIO_NORMAL_AT = 0.7;
const FVC_TERM = phraseForms('reduced FVC with normal ratio');
const TLC_TERM = phraseForms('restrictive pattern on lung function');
/** A note with none of these names has no lung-function numbers (a cheap test before the patterns). */
const ANY = /fvc|tlc|total lung capacity/i;
/** The percentage of a measure: "61%", "61% predicted", or after a volume "2.88 L (61%)". */
const PERCENT = String.raw`[ \t]*(?::[ \t]*|of[ \t]+|was[ \t]+)?(?:\d+(?:\.\d+)?[ \t]*(?:L|l|litres|liters|mL|ml)[ \t]*\([ \t]*)?(\d{1,3}(?:\.\d+)?)[ \t]*%`;
/** FVC not as the second half of a ratio ("FEV1/FVC 70%", "FEV1:FVC"). */
const FVC = new RegExp(String.raw`(?<![/:][ \t]*)\bFVC\b` + PERCENT, 'gi');
const TLC = new RegExp(String.raw`\b(?:TLC|total lung capacity)\b` + PERCENT, 'gi');
/** A ratio written after "ratio" in a spirometry sentence ("ratio 0.84", "ratio 84%"). */
const RATIO_WORD = /\bratio[ \t]*(?::[ \t]*|of[ \t]+)?(0?\.\d+|\d{2,3}(?:\.\d+)?[ \t]*%)/i;

/** Whether the sentence `s` states an FEV1/FVC ratio of 0.70 or more (a judged reading, or "ratio N"). */
function ratioNormal(tokens: Tokens, readings: readonly Reading[], s: number): boolean {
  for (const r of readings) {
    if (r.test === 'fev1-fvc' && tokens.sentence[r.first] === s) return r.flag === 'N';
  }
  const from = tokens.start[tokens.sentStart[s] as number] as number;
  const to = tokens.end[(tokens.sentStart[s + 1] as number) - 1] as number;
  const m = RATIO_WORD.exec(tokens.text.slice(from, to));
  if (!m) return false;
  const raw = m[1] as string;
  const value = raw.includes('%') ? Number.parseFloat(raw) / 100 : Number(raw);
  return value >= RATIO_NORMAL_AT && value <= 1.2;
}

/** Token spans of low percentages matched by `pattern`, with the sentence each lies in. */
function lowPercents(tokens: Tokens, pattern: RegExp): { first: number; end: number; sentence: number }[] {
  const out: { first: number; end: number; sentence: number }[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(tokens.text); m; m = pattern.exec(tokens.text)) {
    if (!(Number(m[1]) < PERCENT_PREDICTED_LOW)) continue;
    const first = tokenAfter(tokens, 0, tokens.count, m.index);
    const end = tokenAfter(tokens, first, tokens.count, m.index + m[0].length);
    if (end > first) out.push({ first, end, sentence: tokens.sentence[first] as number });
  }
  return out;
}

/**
 * Add the restrictive pattern wherever a TLC, or an FVC with a normal ratio, is below 80% of predicted, as the
 * model's term over the value's words (where no other target overlaps them).
 */
export function addLungRestriction(tokens: Tokens, readings: readonly Reading[], lexicon: Lexicon, targets: Target[], entries: (readonly LexiconEntry[])[]): void {
  if (!ANY.test(tokens.text)) return;
  for (const t of lowPercents(tokens, TLC)) insertDerivedTarget(TLC_TERM, t, lexicon, targets, entries);
  for (const f of lowPercents(tokens, FVC)) {
    if (ratioNormal(tokens, readings, f.sentence)) insertDerivedTarget(FVC_TERM, f, lexicon, targets, entries);
  }
}
