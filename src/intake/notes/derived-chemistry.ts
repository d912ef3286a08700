/**
 * Values a note implies but does not write, each by its textbook definition:
 *
 * - **Anion gap** from sodium, chloride and bicarbonate written together ("Na 138, Cl 98, HCO3 10"):
 *   Na - (Cl + HCO3) in mmol/L. Reference intervals differ by analyser: 8-16 mmol/L with the older
 *   methods (Emmett M, Narins RG 1977, Medicine 56:38-54), about 3-11 with ion-selective electrodes
 *   (Kraut JA, Madias NE 2007, Clin J Am Soc Nephrol 2:162-174). A derived gap is judged only where
 *   both agree: above 16 raised, 11 or below normal; 12-16 is listed as undecided. A note that writes
 *   the gap is read by the shared table ("anion gap 24") and nothing is derived.
 * - **Albumin-corrected calcium** (Payne RB et al. 1973, BMJ 4:643-646): total calcium (mg/dL)
 *   + 0.8 x (4.0 - albumin g/dL) when the albumin is below 4.0 g/dL. The calcium reading is judged by
 *   the corrected value (rule `qty.calcium.albumin-corrected`), since a low total calcium with a low
 *   albumin is no hypocalcaemia and a normal one can hide hypercalcaemia. A calcium the note already
 *   calls corrected or ionised is not corrected again.
 *
 * Both use the first reading of each component, and only components written within one stretch of
 * the note (`NEAR` characters), so serial panels are not mixed.
 */
import { quantityTest, type QuantityTest } from '../fhir/loinc-tests.js';
import type { Flag } from '../fhir/observation.js';
import { readingOutcomes, type Reading } from './quantities.js';

/** Components further apart than this (characters) are not one panel. */
const NEAR = 240;
const GAP_HIGH_ABOVE = 16;
const GAP_NORMAL_AT_MOST = 11;
const JUDGED: ReadonlySet<Flag> = new Set(['H', 'L', 'N']);


/** The first judged reading of a test with a value in the test's unit. */
function firstJudged(readings: readonly Reading[], test: string): Reading | undefined {
  return readings.find((r) => r.test === test && r.converted !== undefined && JUDGED.has(r.flag));
}

/** Whether readings lie within one stretch of the note. */
function near(rs: readonly Reading[]): boolean {
  const start = Math.min(...rs.map((r) => r.span.start));
  const end = Math.max(...rs.map((r) => r.span.end));
  return end - start <= NEAR;
}

/** The readings plus a derived anion gap when sodium, chloride and bicarbonate are written together. */
export function derivedAnionGap(readings: readonly Reading[]): readonly Reading[] {
  if (readings.length < 3 || readings.some((r) => r.test === 'anion-gap')) return readings;
  const na = firstJudged(readings, 'sodium');
  const cl = firstJudged(readings, 'chloride');
  const hco3 = firstJudged(readings, 'bicarbonate');
  if (!na || !cl || !hco3 || !near([na, cl, hco3])) return readings;
  const gap = Math.round(((na.converted as number) - (cl.converted as number) - (hco3.converted as number)) * 10) / 10;
  const flag: Flag = gap > GAP_HIGH_ABOVE ? 'H' : gap <= GAP_NORMAL_AT_MOST ? 'N' : 'IND';
  const rule = flag === 'IND' ? 'qty.anion-gap.derived-undecided' : 'qty.anion-gap.derived';
  // The derived value sits on the bicarbonate's words (its context and span), as the osmolal gap sits on the calculated value.
  const derived: Reading = {
    test: 'anion-gap', span: hco3.span, text: hco3.text, rule, value: gap, ucum: 'mmol/L', converted: gap, testUnit: 'mmol/L',
    flag, outcomes: flag === 'IND' ? [] : readingOutcomes(quantityTest('anion-gap'), flag), first: hco3.first, end: hco3.end,
  };
  return [...readings, derived].sort((a, b) => a.span.start - b.span.start);
}

const NOT_TOTAL = /\b(?:corrected|adj(?:usted)?|ionis|ioniz|ionized|ionised|ica|free)\b/i;
const PAYNE_ALBUMIN = 4.0;
const PAYNE_FACTOR = 0.8;

/** The calcium's flag by the interval of the patient (the calcium row's first matching rule; adults). */
function calciumFlag(test: QuantityTest, value: number): Flag {
  const r = test.ranges[0];
  if (r?.low !== undefined && value < r.low) return 'L';
  if (r?.high !== undefined && value > r.high) return 'H';
  return 'N';
}

// "Ca 8.0 (corrected)", "calcium 2.30 mmol/L, corrected": the word after the value.
const CORRECTED_AFTER = /^[ \t]*[(,;-]?[ \t]*(?:corrected|corr|adj(?:usted)?|albumin[- ]corrected)\b/i;

/**
 * The readings with the first total calcium judged by its albumin-corrected value when a low albumin is written beside it.
 * `text` is the note the readings come from (a calcium it calls corrected after the value is not corrected again).
 */
export function albuminCorrectedCalcium(readings: readonly Reading[], text = ''): readonly Reading[] {
  const ca = firstJudged(readings, 'calcium');
  const alb = firstJudged(readings, 'albumin');
  if (!ca || !alb || ca.comparator !== undefined || alb.comparator !== undefined || NOT_TOTAL.test(ca.text) || CORRECTED_AFTER.test(text.slice(ca.span.end, ca.span.end + 40)) || !near([ca, alb])) return readings;
  const albumin = alb.converted as number;
  if (!(albumin < PAYNE_ALBUMIN)) return readings;
  const test = quantityTest('calcium');
  const corrected = Math.round(((ca.converted as number) + PAYNE_FACTOR * (PAYNE_ALBUMIN - albumin)) * 100) / 100;
  const flag = calciumFlag(test, corrected);
  const fixed: Reading = { ...ca, rule: 'qty.calcium.albumin-corrected', converted: corrected, flag, outcomes: readingOutcomes(test, flag) };
  return readings.map((r) => (r === ca ? fixed : r));
}

