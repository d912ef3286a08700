/**
 * A creatinine written with its baseline ("creatinine 3.4 mg/dL (baseline 1.0)", "Cr 2.6, up from 1.1")
 * is read as an acute rise when the value is at least 1.5 times the baseline: the KDIGO 2012 AKI
 * criterion (Kidney Int Suppl 2012;2:1-138). The rise is what tells acute kidney injury from chronic
 * kidney disease, whose creatinine is high but stable. The finding is the model's own "acute rise in
 * creatinine" (tests.json); a model without it gets nothing. The rule does not check KDIGO's 7-day
 * window: notes rarely date a baseline, and a stated baseline implies the change is new. A change
 * written inside the reading ("creatinine rose from 0.9 to 3.8 mg/dL") counts the same way.
 */
import type { Target } from './context.js';
import { earlierAfter, insertDerivedTarget } from './derived-target.js';
import type { Lexicon, LexiconEntry } from './lexicon.js';
import type { Reading } from './quantities.js';
import { phraseForms, type Tokens } from './tokenize.js';

/** KDIGO 2012: serum creatinine >= 1.5 times baseline. */
export const KDIGO_RISE = 1.5;
const TERM = phraseForms('acute rise in creatinine');
/** The baseline right after the value: "(baseline 1.0", ", up from 1.1", "from a baseline of 0.9". */
const BASELINE_AFTER = /^[ \t]*(?:mg\/dl|umol\/l|µmol\/l|μmol\/l)?[ \t]*[(,;]?[ \t]*(?:(?:up|increased|risen|rising)[ \t]+)?(?:from[ \t]+(?:a[ \t]+|her[ \t]+|his[ \t]+)?)?(?:(?:baseline|previous|prior|usual)[ \t]*(?:creatinine[ \t]*)?(?:of|was|is|:)?[ \t]*)?(\d+(?:\.\d+)?)/i;

/**
 * After a bracket's number, its date within the last months: "three months ago", "a week ago", "2 days earlier",
 * "last month". KDIGO 2012 counts a change within 3 months as acute kidney disease (AKI within 7 days); an earlier
 * value a year back belongs to chronic kidney disease's time scale, so years do not count.
 */
const DATED = /^[ \t]*(?:(?:mg\/dl|umol\/l|µmol\/l|μmol\/l)[ \t]*)?(?:(?:\d+|[a-z]+)[ \t]+(?:day|days|week|weeks|month|months)[ \t]+(?:ago|earlier|before)|last[ \t]+(?:week|month))\b/i;

/** Whether the earlier value `m` (matched at `at`) opens a bracket and is dated as a past value, a baseline in all but name. */
function datedInBracket(text: string, m: RegExpExecArray, at: number): boolean {
  return m[0].includes('(') && DATED.test(text.slice(at + m[0].length, at + m[0].length + 40));
}

/** The token span of the baseline phrase after a creatinine reading it has risen from by >= 1.5 times. */
export function creatinineRise(tokens: Tokens, readings: readonly Reading[]): { first: number; end: number } | undefined {
  for (const r of readings) {
    if (r.test !== 'creatinine' || r.value === undefined || r.comparator !== undefined) continue;
    // "creatinine rose from 0.9 to 3.8": the rise is written inside the reading; the token after it marks it.
    if (r.from !== undefined) {
      if (!(r.from > 0) || r.value / r.from < KDIGO_RISE || r.end >= tokens.count) continue;
      return { first: r.end, end: r.end + 1 };
    }
    const e = earlierAfter(tokens, r, BASELINE_AFTER);
    // The number must be introduced as a baseline or as what it rose from, or be a bracket's dated earlier value
    // ("creatinine 2.1 mg/dL (0.9 three months ago)"), not any next value.
    if (!e || !(/baseline|previous|prior|usual|from/i.test(e.match[0]) || datedInBracket(tokens.text, e.match, r.span.end))) continue;
    const base = Number(e.match[1]);
    if (!(base > 0) || r.value / base < KDIGO_RISE) continue;
    // From right after the reading (never the test's own name) through the baseline's own clause: a
    // time cue of the baseline ("(baseline 1.0 two months ago)", "up from 0.9 last month") dates the
    // baseline, and a cue inside a target is not read, so it dates neither the rise nor the value.
    return e.span;
  }
  return undefined;
}

/** Add the rise as a concept target where no other target overlaps it (targets never overlap). */
export function addCreatinineRise(tokens: Tokens, readings: readonly Reading[], lexicon: Lexicon, targets: Target[], entries: (readonly LexiconEntry[])[]): void {
  if (readings.length === 0) return;
  const span = creatinineRise(tokens, readings);
  if (!span) return;
  // A concept named inside the baseline clause keeps its own target: the rise then takes one token.
  const clash = targets.some((t) => t.first < span.end && t.end > span.first);
  insertDerivedTarget(TERM, clash ? { first: span.first, end: span.first + 1 } : span, lexicon, targets, entries);
}
