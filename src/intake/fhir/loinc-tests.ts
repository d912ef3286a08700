/**
 * The LOINC -> test table: which codes we read, the unit each is compared in, the default adult
 * ranges used when the Observation carries neither an interpretation nor a reference range, the
 * range outside which a value is impossible (an input error, not a finding), and the concepts a
 * high, low or positive result means. Every row is documented in `docs/fhir.md`, with the status of
 * each code and range (verified or not). This file is data; keep logic out of it.
 */
import type { Sex } from '../../core/index.js';
import type { Analyte } from './ucum.js';

/** A default range rule: the first rule whose sex and age match applies. Bounds are inclusive-normal. */
export interface RangeRule {
  readonly sex?: Sex;
  /** Applies when age >= minAge (years). */
  readonly minAge?: number;
  /** Applies when age < maxAge (years). */
  readonly maxAge?: number;
  readonly low?: number;
  readonly high?: number;
}

export interface QuantityTest {
  readonly kind: 'quantity';
  readonly id: string;
  readonly name: string;
  readonly loinc: readonly string[];
  /** UCUM code values are compared in (ranges and plausible bounds are in this unit). */
  readonly unit: string;
  readonly analyte?: Analyte;
  /** A UCUM annotation the unit must carry or may omit, e.g. FEU for D-dimer; another annotation is a mismatch. */
  readonly annotation?: string;
  readonly ranges: readonly RangeRule[];
  /** Values outside [min, max] (in `unit`) are impossible and reported as errors. */
  readonly plausible: readonly [number, number];
  readonly high?: string;
  readonly low?: string;
  /** Values in [from, to) are indeterminate (a grey zone, e.g. serum hCG 5-25 mIU/mL). */
  readonly greyZone?: readonly [number, number];
  /** Units convertible only by an affine formula specific to this test: value in `unit` = v * factor + offset. */
  readonly affine?: Readonly<Record<string, { readonly factor: number; readonly offset: number }>>;
}

export interface QualitativeTest {
  readonly kind: 'qualitative';
  readonly id: string;
  readonly name: string;
  readonly loinc: readonly string[];
  readonly positive: string;
}

export type LabTest = QuantityTest | QualitativeTest;

/** The blood pressure panel: no value of its own, its components are read as separate measurements. */
export const BP_PANEL_CODES: readonly string[] = ['85354-9', '55284-4'];

const q = (t: Omit<QuantityTest, 'kind'>): QuantityTest => ({ kind: 'quantity', ...t });
const ql = (t: Omit<QualitativeTest, 'kind'>): QualitativeTest => ({ kind: 'qualitative', ...t });

export const TESTS: readonly LabTest[] = [
  // vital signs
  q({ id: 'body-temperature', name: 'Body temperature', loinc: ['8310-5', '8331-1'], unit: 'Cel', ranges: [{ low: 35, high: 37.9 }], plausible: [10, 47], high: 'fever', low: 'hypothermia' }),
  q({ id: 'heart-rate', name: 'Heart rate', loinc: ['8867-4'], unit: '/min', ranges: [{ minAge: 12, low: 60, high: 100 }, { minAge: 1, maxAge: 12, low: 70, high: 140 }, { maxAge: 1, low: 100, high: 180 }], plausible: [0, 350], high: 'tachycardia', low: 'bradycardia' }),
  q({ id: 'respiratory-rate', name: 'Respiratory rate', loinc: ['9279-1'], unit: '/min', ranges: [{ minAge: 12, low: 12, high: 20 }, { minAge: 1, maxAge: 12, low: 18, high: 40 }, { maxAge: 1, low: 30, high: 60 }], plausible: [0, 150], high: 'tachypnea', low: 'bradypnea' }),
  q({ id: 'oxygen-saturation', name: 'Oxygen saturation (SpO2/SaO2)', loinc: ['2708-6', '59408-5'], unit: '%', ranges: [{ low: 92 }], plausible: [0, 100], low: 'hypoxemia' }),
  q({ id: 'systolic-bp', name: 'Systolic blood pressure', loinc: ['8480-6'], unit: 'mm[Hg]', ranges: [{ low: 90, high: 139 }], plausible: [0, 350], high: 'blood-pressure-high', low: 'hypotension' }),
  q({ id: 'diastolic-bp', name: 'Diastolic blood pressure', loinc: ['8462-4'], unit: 'mm[Hg]', ranges: [{ high: 89 }], plausible: [0, 250], high: 'blood-pressure-high' }),
  // hematology
  q({ id: 'hemoglobin', name: 'Hemoglobin', loinc: ['718-7'], unit: 'g/dL', analyte: { molarMass: 16114 }, ranges: [{ sex: 'female', low: 12.0, high: 15.5 }, { sex: 'male', low: 13.5, high: 17.5 }], plausible: [0, 30], high: 'hemoglobin-high', low: 'hemoglobin-low' }),
  q({ id: 'hematocrit', name: 'Hematocrit', loinc: ['4544-3', '20570-8'], unit: '%', ranges: [{ sex: 'female', low: 36, high: 46 }, { sex: 'male', low: 41, high: 53 }], plausible: [0, 100], high: 'hematocrit-high', low: 'hematocrit-low' }),
  q({ id: 'wbc', name: 'Leukocytes (WBC)', loinc: ['6690-2', '26464-8'], unit: '10*3/uL', ranges: [{ low: 4.0, high: 11.0 }], plausible: [0, 1500], high: 'wbc-high', low: 'wbc-low' }),
  q({ id: 'platelets', name: 'Platelets', loinc: ['777-3', '26515-7'], unit: '10*3/uL', ranges: [{ low: 150, high: 400 }], plausible: [0, 5000], high: 'platelets-high', low: 'platelets-low' }),
  q({ id: 'mcv', name: 'Mean corpuscular volume (MCV)', loinc: ['787-2'], unit: 'fL', ranges: [{ low: 80, high: 100 }], plausible: [0, 250], high: 'mcv-high', low: 'mcv-low' }),
  // chemistry (BMP/CMP)
  q({ id: 'sodium', name: 'Sodium', loinc: ['2951-2'], unit: 'mmol/L', analyte: { valence: 1 }, ranges: [{ low: 135, high: 145 }], plausible: [50, 250], high: 'sodium-high', low: 'sodium-low' }),
  q({ id: 'potassium', name: 'Potassium', loinc: ['2823-3'], unit: 'mmol/L', analyte: { valence: 1 }, ranges: [{ low: 3.5, high: 5.0 }], plausible: [0, 20], high: 'potassium-high', low: 'potassium-low' }),
  q({ id: 'chloride', name: 'Chloride', loinc: ['2075-0'], unit: 'mmol/L', analyte: { valence: 1 }, ranges: [{ low: 98, high: 107 }], plausible: [30, 200], high: 'chloride-high', low: 'chloride-low' }),
  q({ id: 'bicarbonate', name: 'Bicarbonate / total CO2', loinc: ['2028-9', '1963-8'], unit: 'mmol/L', analyte: { valence: 1 }, ranges: [{ low: 22, high: 29 }], plausible: [0, 80], high: 'bicarbonate-high', low: 'bicarbonate-low' }),
  // BUN as urea nitrogen: 1 mmol/L of urea carries 28.0 mg of nitrogen (2 N atoms).
  q({ id: 'bun', name: 'Urea nitrogen (BUN)', loinc: ['3094-0'], unit: 'mg/dL', analyte: { molarMass: 28.014 }, ranges: [{ low: 7, high: 20 }], plausible: [0, 500], high: 'bun-high' }),
  q({ id: 'creatinine', name: 'Creatinine', loinc: ['2160-0', '14682-9'], unit: 'mg/dL', analyte: { molarMass: 113.12 }, ranges: [{ sex: 'female', low: 0.5, high: 1.1 }, { sex: 'male', low: 0.7, high: 1.3 }], plausible: [0, 40], high: 'creatinine-high' }),
  q({ id: 'glucose', name: 'Glucose (random)', loinc: ['2345-7', '2339-0'], unit: 'mg/dL', analyte: { molarMass: 180.16 }, ranges: [{ low: 70, high: 140 }], plausible: [0, 5000], high: 'glucose-high', low: 'glucose-low' }),
  q({ id: 'calcium', name: 'Calcium (total)', loinc: ['17861-6'], unit: 'mg/dL', analyte: { molarMass: 40.078, valence: 2 }, ranges: [{ low: 8.5, high: 10.5 }], plausible: [0, 30], high: 'calcium-high', low: 'calcium-low' }),
  q({ id: 'albumin', name: 'Albumin', loinc: ['1751-7'], unit: 'g/dL', ranges: [{ low: 3.5, high: 5.0 }], plausible: [0, 15], low: 'albumin-low' }),
  q({ id: 'alt', name: 'Alanine aminotransferase (ALT)', loinc: ['1742-6'], unit: 'U/L', ranges: [{ high: 40 }], plausible: [0, 100000], high: 'alt-high' }),
  q({ id: 'ast', name: 'Aspartate aminotransferase (AST)', loinc: ['1920-8'], unit: 'U/L', ranges: [{ high: 40 }], plausible: [0, 100000], high: 'ast-high' }),
  q({ id: 'alp', name: 'Alkaline phosphatase (ALP)', loinc: ['6768-6'], unit: 'U/L', ranges: [{ minAge: 18, high: 130 }, { maxAge: 18, high: 500 }], plausible: [0, 20000], high: 'alp-high' }),
  q({ id: 'bilirubin', name: 'Bilirubin (total)', loinc: ['1975-2'], unit: 'mg/dL', analyte: { molarMass: 584.66 }, ranges: [{ high: 1.2 }], plausible: [0, 100], high: 'bilirubin-high' }),
  q({ id: 'lipase', name: 'Lipase', loinc: ['3040-3'], unit: 'U/L', ranges: [{ high: 60 }], plausible: [0, 100000], high: 'lipase-high' }),
  q({ id: 'lactate', name: 'Lactate', loinc: ['2524-7', '32693-4'], unit: 'mmol/L', analyte: { molarMass: 90.08 }, ranges: [{ high: 2.0 }], plausible: [0, 50], high: 'lactate-high' }),
  // cardiac: conventional assays report ng/mL, high-sensitivity ng/L; both compared in ng/L.
  q({ id: 'troponin-i', name: 'Troponin I (conventional)', loinc: ['10839-9', '42757-5', '49563-0'], unit: 'ng/L', ranges: [{ high: 40 }], plausible: [0, 1e7], high: 'troponin-high' }),
  q({ id: 'troponin-i-hs', name: 'Troponin I (high sensitivity)', loinc: ['89579-7'], unit: 'ng/L', ranges: [{ sex: 'female', high: 16 }, { sex: 'male', high: 34 }], plausible: [0, 1e7], high: 'troponin-high' }),
  q({ id: 'troponin-t', name: 'Troponin T (conventional)', loinc: ['6598-7', '48425-3'], unit: 'ng/L', ranges: [{ high: 10 }], plausible: [0, 1e7], high: 'troponin-high' }),
  q({ id: 'troponin-t-hs', name: 'Troponin T (high sensitivity)', loinc: ['67151-1'], unit: 'ng/L', ranges: [{ high: 14 }], plausible: [0, 1e7], high: 'troponin-high' }),
  q({ id: 'bnp', name: 'B-type natriuretic peptide (BNP)', loinc: ['30934-4', '42637-9'], unit: 'pg/mL', analyte: { molarMass: 3464 }, ranges: [{ high: 100 }], plausible: [0, 1e6], high: 'bnp-high' }),
  q({ id: 'nt-probnp', name: 'NT-proBNP', loinc: ['33762-6', '83107-3'], unit: 'pg/mL', analyte: { molarMass: 8457 }, ranges: [{ maxAge: 75, high: 125 }, { minAge: 75, high: 450 }], plausible: [0, 1e6], high: 'bnp-high' }),
  // inflammation, coagulation, endocrine
  q({ id: 'crp', name: 'C-reactive protein', loinc: ['1988-5', '30522-7'], unit: 'mg/L', ranges: [{ high: 10 }], plausible: [0, 1000], high: 'crp-high' }),
  q({ id: 'procalcitonin', name: 'Procalcitonin', loinc: ['33959-8', '75241-0'], unit: 'ng/mL', ranges: [{ high: 0.5 }], plausible: [0, 10000], high: 'procalcitonin-high' }),
  q({ id: 'd-dimer-feu', name: 'D-dimer (FEU)', loinc: ['48065-7'], unit: 'ng/mL', annotation: 'FEU', ranges: [{ high: 500 }], plausible: [0, 1e6], high: 'd-dimer-high' }),
  q({ id: 'd-dimer-ddu', name: 'D-dimer (DDU)', loinc: ['48058-2'], unit: 'ng/mL', annotation: 'DDU', ranges: [{ high: 250 }], plausible: [0, 1e6], high: 'd-dimer-high' }),
  q({ id: 'hba1c', name: 'Hemoglobin A1c', loinc: ['4548-4', '59261-8'], unit: '%', ranges: [{ high: 6.4 }], plausible: [0, 25], high: 'hba1c-high', affine: { 'mmol/mol': { factor: 0.09148, offset: 2.152 } } }),
  q({ id: 'tsh', name: 'Thyrotropin (TSH)', loinc: ['3016-3'], unit: 'm[IU]/L', ranges: [{ low: 0.4, high: 4.0 }], plausible: [0, 2000], high: 'tsh-high', low: 'tsh-low' }),
  // urinalysis (test strip) and pregnancy
  ql({ id: 'urine-leukocyte-esterase', name: 'Leukocyte esterase, urine strip', loinc: ['5799-2'], positive: 'urine-leukocyte-esterase-positive' }),
  ql({ id: 'urine-nitrite', name: 'Nitrite, urine strip', loinc: ['5802-4'], positive: 'urine-nitrite-positive' }),
  ql({ id: 'urine-protein', name: 'Protein, urine strip', loinc: ['5804-0'], positive: 'urine-protein-positive' }),
  ql({ id: 'urine-blood', name: 'Hemoglobin (blood), urine strip', loinc: ['5794-3'], positive: 'urine-blood-positive' }),
  ql({ id: 'urine-glucose', name: 'Glucose, urine strip', loinc: ['5792-7'], positive: 'urine-glucose-positive' }),
  ql({ id: 'urine-ketones', name: 'Ketones, urine strip', loinc: ['2514-8'], positive: 'urine-ketones-positive' }),
  ql({ id: 'hcg-qualitative', name: 'hCG pregnancy test (qualitative)', loinc: ['2106-3', '2118-8'], positive: 'hcg-positive' }),
  q({ id: 'hcg-serum', name: 'hCG, serum (quantitative)', loinc: ['21198-7', '19080-1'], unit: 'm[IU]/mL', ranges: [{ high: 24.99 }], greyZone: [5, 25], plausible: [0, 1e7], high: 'hcg-positive' }),
];

export const TEST_BY_LOINC: ReadonlyMap<string, LabTest> = new Map(TESTS.flatMap((t) => t.loinc.map((c) => [c, t] as const)));

/** The rule that applies to a patient, or undefined when no rule matches. */
export function defaultRange(test: QuantityTest, sex: Sex | undefined, age: number | undefined): RangeRule | undefined {
  return test.ranges.find((r) =>
    (r.sex === undefined || r.sex === sex) &&
    (r.minAge === undefined || (age !== undefined && age >= r.minAge)) &&
    (r.maxAge === undefined || (age !== undefined && age < r.maxAge)));
}
