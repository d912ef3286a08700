/**
 * Cortisol after dexamethasone. The shared table judges a cortisol as a morning one (5-25 ug/dL), so a
 * cortisol of 9.2 ug/dL after 1 mg dexamethasone read as normal, the opposite of what it means: after
 * the 1 mg overnight test or the 2-day low-dose test a serum cortisol above 1.8 ug/dL (50 nmol/L) is a
 * failure to suppress, the screening criterion for Cushing syndrome (Endocrine Society guideline 2008,
 * Nieman LK et al., J Clin Endocrinol Metab 93:1526-1540). A cortisol reading whose clause names the test
 * ("cortisol after 1 mg dexamethasone 9.2 ug/dL", "post-dexamethasone cortisol 254 nmol/L",
 * "dexamethasone suppression test: cortisol 0.9") is re-judged at that cut-off: above it gives the
 * model's raised cortisol, at or below it a normal one. "On dexamethasone" is treatment, not the test;
 * the 8 mg (high-dose) test answers another question (the source of ACTH), so its cortisol is not judged.
 */
import { TESTS, type LabTest } from '../fhir/loinc-tests.js';
import { rangeFlag, type Flag } from '../fhir/observation.js';
import { AFTER_DEXAMETHASONE, readingOutcomes, type Reading } from './quantities.js';
import type { Tokens } from './tokenize.js';

/** Endocrine Society 2008: cortisol above 1.8 ug/dL (50 nmol/L) after dexamethasone does not suppress. */
export const SUPPRESSED_AT_MOST = 1.8;
/** Words that name the suppression test (not dexamethasone as a treatment). */
const TEST_CUE = new RegExp(`\\b${AFTER_DEXAMETHASONE}\\b|\\b(?:dexamethasone|dex)[ \\t]+suppression\\b|\\b(?:on|o|ld|lowdose)?dst\\b`, 'i');
const HIGH_DOSE = /\b(?:8|eight)[ \t]*-?mg\b|\bhigh[- ]dose\b|\bhddst\b/i;
const ANY_CUE = /dexamethasone|\bdex\b|dst\b/i;

let cortisolTest: LabTest | undefined;

/** The text of the clause around tokens [first, end): from the previous comma or semicolon to the next, within the sentence. */
function clauseText(tokens: Tokens, first: number, end: number): string {
  const s = tokens.sentence[first] as number;
  let a = first;
  while (a > (tokens.sentStart[s] as number) && tokens.norm[a - 1] !== ',' && tokens.norm[a - 1] !== ';') a--;
  const stop = tokens.sentStart[s + 1] as number;
  let b = end;
  while (b < stop && tokens.norm[b] !== ',' && tokens.norm[b] !== ';') b++;
  return tokens.text.slice(tokens.start[a] as number, tokens.end[Math.max(a, b - 1)] as number);
}

/**
 * The readings with each cortisol value taken after low-dose dexamethasone re-judged at 1.8 ug/dL (rule
 * `qty.cortisol.after-dexamethasone`). A note that never names dexamethasone comes back unchanged (the same array).
 */
export function dexamethasoneCortisol(tokens: Tokens, readings: readonly Reading[]): readonly Reading[] {
  if (!ANY_CUE.test(tokens.text) || !readings.some((r) => r.test === 'cortisol')) return readings;
  return readings.map((r) => {
    // A censored value ("<1.0 ug/dL", ">10") is judged by its bound (rangeFlag): the morning range may have
    // left it undecided or read "<1.0" as low; a value the table could not use (unit, plausibility) stays so.
    if (r.test !== 'cortisol' || r.converted === undefined || (r.flag === 'IND' && r.rule !== 'qty.cortisol.indeterminate')) return r;
    const clause = clauseText(tokens, r.first, r.end);
    if (!TEST_CUE.test(clause)) return r;
    cortisolTest ??= TESTS.find((t) => t.id === 'cortisol')!;
    const high = HIGH_DOSE.test(clause);
    const flag: Flag = high ? 'IND' : rangeFlag(r.converted, r.comparator, undefined, SUPPRESSED_AT_MOST);
    return { ...r, rule: high ? 'qty.cortisol.high-dose-dexamethasone' : 'qty.cortisol.after-dexamethasone', flag, outcomes: readingOutcomes(cortisolTest, flag) };
  });
}
