/**
 * Body mass index from a weight and a height the note gives without the index ("weight 104 kg, height
 * 165 cm"): BMI = kg / m^2, judged by the shared table's BMI row (WHO: 30 kg/m2 or more is obesity, in
 * adults only). The derived reading covers the height reading's words; a note that writes the BMI is
 * read by the table ("BMI 38.2") and nothing is derived.
 */
import type { Sex } from '../../core/model.js';
import { TESTS, type QuantityTest } from '../fhir/loinc-tests.js';
import { rangeFlag } from '../fhir/observation.js';
import { noteRange, readingOutcomes, withGrades, type Reading } from './quantities.js';

let bmiTest: QuantityTest | undefined;

/** The readings plus a derived BMI when the note has a weight (kg) and a height (cm) but no BMI. */
export function derivedBodyMass(readings: readonly Reading[], sex: Sex | undefined, age: number | undefined): readonly Reading[] {
  let weight: Reading | undefined;
  let height: Reading | undefined;
  for (const r of readings) {
    if (r.test === 'bmi') return readings;
    if (r.test === 'body-weight' && r.converted !== undefined && weight === undefined) weight = r;
    if (r.test === 'body-height' && r.converted !== undefined && height === undefined) height = r;
  }
  if (!weight || !height) return readings;
  bmiTest ??= TESTS.find((t): t is QuantityTest => t.id === 'bmi' && t.kind === 'quantity');
  if (!bmiTest) return readings;
  const metres = (height.converted as number) / 100;
  const bmi = Math.round(((weight.converted as number) / (metres * metres)) * 10) / 10;
  if (!(bmi >= bmiTest.plausible[0] && bmi <= bmiTest.plausible[1])) return readings;
  const range = noteRange(bmiTest, sex, age);
  if (!range) return readings;
  const flag = rangeFlag(bmi, undefined, range.low, range.high);
  const derived: Reading = {
    test: 'bmi', span: height.span, text: height.text, rule: 'qty.bmi.weight-and-height', value: bmi, ucum: 'kg/m2', converted: bmi, testUnit: 'kg/m2',
    flag, outcomes: flag === 'IND' ? [] : readingOutcomes(bmiTest, flag), first: height.first, end: height.end,
  };
  const graded = flag === 'IND' ? derived : withGrades(derived, bmiTest, bmi, undefined);
  return [...readings, graded].sort((a, b) => a.span.start - b.span.start);
}
