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
  /** How notes name the test ("Hb", "Na", "SpO2"...), matched as whole words before a value. */
  readonly names?: readonly string[];
  /**
   * Units a value written in a note without a unit is tried in, in order, each with the interval of
   * values that makes it the likely reading ("Hb 7.1" is g/dL, "Hb 71" g/L). Default: the test's unit
   * when the value is plausible.
   */
  readonly noteUnits?: readonly (readonly [string, number, number])[];
  /** A ratio without a unit (INR, pH): values are compared as written; any unit is a mismatch. */
  readonly dimensionless?: boolean;
  /**
   * A scale's highest total (MMSE 30, GCS 15): a note's total written against it ("22/30", "22 out of 30")
   * is read as this scale's score; against another number it is not judged.
   */
  readonly outOf?: number;
  /**
   * Severity grades beyond the reference range: a value above `above` (in `unit`) also gives `concept`
   * present, one at or below it gives it absent (glucose above 600 mg/dL, the HHS criterion).
   */
  readonly grades?: readonly Grade[];
  /**
   * A drug level whose one-word name is the drug's ("lithium 1.9 mmol/L"): after that bare name only a
   * number with a concentration unit is a level; a dose ("lithium 400 mg", "digoxin 62.5 mcg") is none,
   * and the name stays the drug.
   */
  readonly levelOfDrug?: boolean;
  /**
   * Names another measure shares: after one of them a number is read for this test only with a unit written
   * ("PVR" is also pulmonary vascular resistance, 100-1,000 dyn·s/cm5 or Wood units); a bare number is listed
   * as not judged.
   */
  readonly unitAfter?: readonly string[];
  /**
   * Names read only as one of several names joined by slashes ("PT/INR 14.2/1.1"): alone they are other words
   * ("Pt 65 yo" is the patient).
   */
  readonly listOnly?: readonly string[];
  /**
   * Names after which only a number is this test's: a result word belongs to the test named before them
   * ("AG 24" is the anion gap; "Strep Ag positive", "Legionella urinary Ag positive" are antigen tests).
   */
  readonly valueOnly?: readonly string[];
}

/**
 * A severity grade beyond the reference range: a value above `above` (or below `below`) gives `concept`
 * present, any other value gives it absent; a censored value ("< 10") decides only when its bound does.
 */
export interface Grade {
  readonly above?: number;
  readonly below?: number;
  readonly concept: string;
  /**
   * A value out of the grade says nothing of `concept` (it is not absent): a narrow QRS does not rule out a
   * conduction abnormality elsewhere (an AV block, a sinus pause).
   */
  readonly presentOnly?: boolean;
}

/** Whether a value is in a grade: true, false, or undefined when a censored value cannot tell. */
export function inGrade(g: Grade, value: number, comparator: string | undefined): boolean | undefined {
  const present = gradeHolds(g, value, comparator);
  return present === false && g.presentOnly ? undefined : present;
}

function gradeHolds(g: Grade, value: number, comparator: string | undefined): boolean | undefined {
  const lt = comparator === '<' || comparator === '<=';
  const gt = comparator === '>' || comparator === '>=';
  if (g.above !== undefined) return lt ? (value <= g.above ? false : undefined) : gt ? (value >= g.above ? true : undefined) : value > g.above;
  if (g.below !== undefined) return gt ? (value >= g.below ? false : undefined) : lt ? (value <= g.below ? true : undefined) : value < g.below;
  return undefined;
}

export interface QualitativeTest {
  readonly kind: 'qualitative';
  readonly id: string;
  readonly name: string;
  readonly loinc: readonly string[];
  readonly positive: string;
  /** How notes name the test ("SARS-CoV-2 PCR", "rapid strep"), matched before a result word. */
  readonly names?: readonly string[];
  /**
   * A number written in one of `units` (as the note writes them, lower case) at or above `at` is a
   * positive result, below it a negative one (FIT 10 ug Hb/g, NICE DG30).
   */
  readonly positiveAt?: { readonly units: readonly string[]; readonly at: number };
  /** A titre 1:N at or above this N is positive when no result word is written (ANA: 1:80, EULAR/ACR 2019). */
  readonly titrePositiveAt?: number;
  /**
   * A culture count in CFU/mL at or above this is a positive culture ("Urine culture: >100,000 CFU/mL",
   * "10^5 cfu/ml"); a lower count is left undecided, since lower counts are significant in some patients.
   */
  readonly significantCfu?: number;
  /**
   * A culture whose report may name what grew: an organism written as its result ("Blood cultures: Fusobacterium
   * necrophorum", "anaerobic Gram-negative rods") is a positive result (`notes/organism-result.ts`). Not urine, whose
   * positive result is its colony count (`significantCfu`).
   */
  readonly organismResult?: true;
}

export type LabTest = QuantityTest | QualitativeTest;

/** How notes name a blood pressure written as systolic/diastolic ("BP 172/104"). */
export const BP_NAMES: readonly string[] = ['bp', 'blood pressure', 'b p', 'nibp', 'arterial pressure', 'hypotensive to', 'hypertensive to', 'hypotensive at', 'hypertensive at', 'hypotensive', 'hypertensive', 'bp was', 'blood pressure was'];

/** The blood pressure panel: no value of its own, its components are read as separate measurements. */
export const BP_PANEL_CODES: readonly string[] = ['85354-9', '55284-4'];

const q = (t: Omit<QuantityTest, 'kind'>): QuantityTest => ({ kind: 'quantity', ...t });
const ql = (t: Omit<QualitativeTest, 'kind'>): QualitativeTest => ({ kind: 'qualitative', ...t });

export const TESTS: readonly LabTest[] = [
  // vital signs
  q({ id: 'body-temperature', name: 'Body temperature', loinc: ['8310-5', '8331-1'], unit: 'Cel', ranges: [{ low: 35, high: 37.9 }], plausible: [10, 47], high: 'fever', grades: [{ above: 40, concept: 'hyperpyrexia' }], low: 'hypothermia', names: ['t', 'temp', 'temperature', 'tmax', 't max', 'body temperature', 'oral temperature', 'tympanic temperature', 'rectal temperature', 'febrile to', 'temperature of', 'febrile', 'febrile at', 'pyrexial', 'pyrexial to', 'temp max', 'max temp', 'temperature max'], noteUnits: [['Cel', 25, 45], ['[degF]', 77, 113]] }),
  q({ id: 'heart-rate', name: 'Heart rate', loinc: ['8867-4'], unit: '/min', ranges: [{ minAge: 12, low: 60, high: 100 }, { minAge: 1, maxAge: 12, low: 70, high: 140 }, { maxAge: 1, low: 100, high: 180 }], plausible: [0, 350], high: 'tachycardia', low: 'bradycardia', names: ['hr', 'heart rate', 'pulse', 'pulse rate', 'pr', 'p', 'hr of', 'heart rate of', 'tachycardic to', 'tachycardic at', 'tachycardic', 'tachycardic in the', 'bradycardic', 'bradycardic to', 'bradycardic at', 'heart rate in the'], noteUnits: [['/min', 20, 300]] }),
  q({ id: 'respiratory-rate', name: 'Respiratory rate', loinc: ['9279-1'], unit: '/min', ranges: [{ minAge: 12, low: 12, high: 20 }, { minAge: 1, maxAge: 12, low: 18, high: 40 }, { maxAge: 1, low: 30, high: 60 }], plausible: [0, 150], high: 'tachypnea', low: 'bradypnea', names: ['rr', 'r', 'resp rate', 'respiratory rate', 'respirations', 'resp', 'breathing rate', 'tachypneic to', 'tachypnoeic to', 'tachypneic', 'tachypnoeic', 'tachypneic at', 'breathing at'], noteUnits: [['/min', 4, 90]] }),
  // Mean arterial pressure below 65 mmHg is the hypotension of Sepsis-3 (Singer 2016) and Surviving Sepsis 2021.
  q({ id: 'mean-arterial-pressure', name: 'Mean arterial pressure', loinc: ['8478-0'], unit: 'mm[Hg]', ranges: [{ low: 65 }], plausible: [0, 300], low: 'hypotension', names: ['map', 'mean arterial pressure', 'mean arterial blood pressure', 'mean bp'], noteUnits: [['mm[Hg]', 20, 250]] }),
  // Glasgow Coma Scale (Teasdale 1974): below 15 is the altered mentation of qSOFA (Sepsis-3, Singer 2016).
  // Scales (eleventh session), each judged at its published cut-off and read only as a total: PHQ-9 10 or
  // more is depression (Kroenke 2001, J Gen Intern Med 16:606; NICE CG90); GAD-7 10 or more anxiety
  // (Spitzer 2006, Arch Intern Med 166:1092); MMSE below 24 (Folstein 1975; NICE NG97) and MoCA below 26
  // (Nasreddine 2005, J Am Geriatr Soc 53:695) cognitive impairment; AUDIT 16 or more harmful drinking, 8-15
  // hazardous, left undecided (Babor 2001, WHO AUDIT manual 2nd ed.); Epworth above 10 excessive daytime
  // sleepiness (Johns 1991, Sleep 14:540).
  q({ id: 'phq9', name: 'PHQ-9 total score', loinc: ['44261-6'], unit: '1', dimensionless: true, outOf: 27, ranges: [{ high: 9 }], plausible: [0, 27], high: 'depression-screen-positive', names: ['phq-9', 'phq9', 'phq 9', 'phq-9 score', 'phq9 score', 'phq-9 total'], noteUnits: [['1', 0, 27]] }),
  q({ id: 'gad7', name: 'GAD-7 total score', loinc: ['70274-6'], unit: '1', dimensionless: true, outOf: 21, ranges: [{ high: 9 }], plausible: [0, 21], high: 'anxiety-screen-positive', names: ['gad-7', 'gad7', 'gad 7', 'gad-7 score', 'gad7 score', 'gad-7 total'], noteUnits: [['1', 0, 21]] }),
  q({ id: 'mmse', name: 'Mini-Mental State Examination total', loinc: ['72107-6'], unit: '1', dimensionless: true, outOf: 30, ranges: [{ low: 24 }], plausible: [0, 30], low: 'cognition-screen-low', names: ['mmse', 'mmse score', 'mini mental state examination', 'mini-mental state examination', 'mini mental state exam', 'mini-mental state exam', 'mini-mental'], noteUnits: [['1', 0, 30]] }),
  q({ id: 'moca', name: 'Montreal Cognitive Assessment total', loinc: ['72172-0'], unit: '1', dimensionless: true, outOf: 30, ranges: [{ low: 26 }], plausible: [0, 30], low: 'cognition-screen-low', names: ['moca', 'moca score', 'montreal cognitive assessment'], noteUnits: [['1', 0, 30]] }),
  q({ id: 'audit-alcohol', name: 'AUDIT total score', loinc: ['75624-7'], unit: '1', dimensionless: true, outOf: 40, ranges: [{ high: 15 }], greyZone: [8, 16], plausible: [0, 40], high: 'alcohol-misuse', names: ['audit', 'audit score', 'audit questionnaire', 'alcohol use disorders identification test'], noteUnits: [['1', 0, 40]] }),
  q({ id: 'epworth', name: 'Epworth Sleepiness Scale total', loinc: [], unit: '1', dimensionless: true, outOf: 24, ranges: [{ high: 10 }], plausible: [0, 24], high: 'daytime-sleepiness', names: ['epworth', 'epworth score', 'epworth sleepiness score', 'epworth sleepiness scale', 'ess score'], noteUnits: [['1', 0, 24]] }),
  q({ id: 'gcs', name: 'Glasgow Coma Scale total', loinc: ['9269-2'], unit: '1', dimensionless: true, outOf: 15, ranges: [{ low: 15 }], plausible: [3, 15], low: 'confusion', names: ['gcs', 'glasgow coma scale', 'glasgow coma score', 'gcs score'], noteUnits: [['1', 3, 15]] }),
  q({ id: 'oxygen-saturation', name: 'Oxygen saturation (SpO2/SaO2)', loinc: ['2708-6', '59408-5'], unit: '%', ranges: [{ low: 92 }], plausible: [0, 100], low: 'hypoxemia', names: ['spo2', 'sao2', 'o2 sat', 'o2 sats', 'o2 saturation', 'oxygen saturation', 'oxygen sat', 'sat', 'sats', 'saturation', 'saturations', 'saturating', 'pulse ox', 'pulse oximetry', 'sp o2', 'desaturating to', 'satting', 'desaturated to', 'hypoxic to', 'hypoxic at', 'hypoxic', 'hypoxaemic to', 'hypoxemic to'], noteUnits: [['%', 40, 100]] }),
  q({ id: 'systolic-bp', name: 'Systolic blood pressure', loinc: ['8480-6'], unit: 'mm[Hg]', ranges: [{ low: 90, high: 139 }], plausible: [0, 350], high: 'blood-pressure-high', low: 'hypotension', grades: [{ above: 180, concept: 'bp-severe-range' }], names: ['sbp', 'systolic', 'systolic bp', 'systolic blood pressure', 'systolic pressure'] }),
  q({ id: 'diastolic-bp', name: 'Diastolic blood pressure', loinc: ['8462-4'], unit: 'mm[Hg]', ranges: [{ high: 89 }], plausible: [0, 250], high: 'blood-pressure-high', grades: [{ above: 120, concept: 'bp-severe-range' }], names: ['dbp', 'diastolic', 'diastolic bp', 'diastolic blood pressure', 'diastolic pressure'] }),
  // hematology
  q({ id: 'hemoglobin', name: 'Hemoglobin', loinc: ['718-7'], unit: 'g/dL', analyte: { molarMass: 16114 }, ranges: [{ sex: 'female', low: 12.0, high: 15.5 }, { sex: 'male', low: 13.5, high: 17.5 }], plausible: [0, 30], high: 'hemoglobin-high', low: 'hemoglobin-low', names: ['hb', 'hgb', 'hemoglobin', 'haemoglobin', 'haemoglobin of'], noteUnits: [['g/dL', 1, 25], ['g/L', 25, 250]] }),
  q({ id: 'hematocrit', name: 'Hematocrit', loinc: ['4544-3', '20570-8'], unit: '%', ranges: [{ sex: 'female', low: 36, high: 46 }, { sex: 'male', low: 41, high: 53 }], plausible: [0, 100], high: 'hematocrit-high', low: 'hematocrit-low', names: ['hct', 'hematocrit', 'haematocrit'], noteUnits: [['%', 5, 80], ['L/L', 0.05, 0.8]] }),
  q({ id: 'wbc', name: 'Leukocytes (WBC)', loinc: ['6690-2', '26464-8'], unit: '10*3/uL', ranges: [{ low: 4.0, high: 11.0 }], plausible: [0, 1500], high: 'wbc-high', grades: [{ above: 100, concept: 'wbc-very-high' }], low: 'wbc-low', names: ['wbc', 'wcc', 'white cell count', 'white count', 'white blood cell count', 'white blood cells', 'white cells', 'leukocytes', 'leucocytes', 'leukocyte count', 'total leukocyte count'], noteUnits: [['10*3/uL', 0, 500], ['/uL', 500, 1.5e6]] }),
  q({ id: 'platelets', name: 'Platelets', loinc: ['777-3', '26515-7'], unit: '10*3/uL', ranges: [{ low: 150, high: 400 }], plausible: [0, 5000], high: 'platelets-high', low: 'platelets-low', grades: [{ below: 50, concept: 'platelets-very-low' }], names: ['plt', 'plts', 'platelets', 'platelet count', 'platelet'], noteUnits: [['10*3/uL', 0, 3000], ['/uL', 3000, 5e6]] }),
  q({ id: 'mcv', name: 'Mean corpuscular volume (MCV)', loinc: ['787-2'], unit: 'fL', ranges: [{ low: 80, high: 100 }], plausible: [0, 250], high: 'mcv-high', low: 'mcv-low', names: ['mcv', 'mean corpuscular volume', 'mean cell volume'] }),
  // chemistry (BMP/CMP)
  q({ id: 'sodium', name: 'Sodium', loinc: ['2951-2', '2947-0'], unit: 'mmol/L', analyte: { valence: 1 }, ranges: [{ low: 135, high: 145 }], plausible: [50, 250], high: 'sodium-high', low: 'sodium-low', names: ['na', 'sodium', 'serum sodium', 'na+', 'na⁺', 'plasma sodium'] }),
  q({ id: 'potassium', name: 'Potassium', loinc: ['2823-3', '6298-4'], unit: 'mmol/L', analyte: { valence: 1 }, ranges: [{ low: 3.5, high: 5.0 }], plausible: [0, 20], high: 'potassium-high', low: 'potassium-low', names: ['k', 'potassium', 'serum potassium', 'k+', 'k⁺', 'plasma potassium'] }),
  q({ id: 'chloride', name: 'Chloride', loinc: ['2075-0', '2069-3'], unit: 'mmol/L', analyte: { valence: 1 }, ranges: [{ low: 98, high: 107 }], plausible: [30, 200], high: 'chloride-high', low: 'chloride-low', names: ['cl', 'chloride', 'cl-', 'cl−', 'cl⁻'] }),
  q({ id: 'bicarbonate', name: 'Bicarbonate / total CO2', loinc: ['2028-9', '1963-8', '20565-8'], unit: 'mmol/L', analyte: { valence: 1 }, ranges: [{ low: 22, high: 29 }], plausible: [0, 80], high: 'bicarbonate-high', low: 'bicarbonate-low', names: ['hco3', 'bicarbonate', 'bicarb', 'co2', 'total co2', 'tco2', 'serum bicarbonate', 'hco3-', 'hco3−', 'hco3⁻', 'hco₃', 'hco₃−', 'hco₃⁻', 'standard bicarbonate'] }),
  // BUN as urea nitrogen: 1 mmol/L of urea carries 28.0 mg of nitrogen (2 N atoms).
  q({ id: 'bun', name: 'Urea nitrogen (BUN)', loinc: ['3094-0', '6299-2'], unit: 'mg/dL', analyte: { molarMass: 28.014 }, ranges: [{ low: 7, high: 20 }], plausible: [0, 500], high: 'bun-high', names: ['bun', 'urea nitrogen', 'blood urea nitrogen', 'urea', 'serum urea'], noteUnits: [['mg/dL', 1, 300]] }),
  q({ id: 'creatinine', name: 'Creatinine', loinc: ['2160-0', '14682-9', '38483-4'], unit: 'mg/dL', analyte: { molarMass: 113.12 }, ranges: [{ sex: 'female', low: 0.5, high: 1.1 }, { sex: 'male', low: 0.7, high: 1.3 }], plausible: [0, 40], high: 'creatinine-high', names: ['cr', 'creat', 'creatinine', 'serum creatinine', 'scr', 'creatinine of'], noteUnits: [['mg/dL', 0.1, 25], ['umol/L', 25, 3000]] }),
  q({ id: 'glucose', name: 'Glucose (random)', loinc: ['2345-7', '2339-0'], unit: 'mg/dL', analyte: { molarMass: 180.16 }, ranges: [{ low: 70, high: 140 }], plausible: [0, 5000], high: 'glucose-high', grades: [{ above: 600, concept: 'glucose-very-high' }], low: 'glucose-low', names: ['glucose', 'glu', 'gluc', 'blood glucose', 'blood sugar', 'bg', 'bsl', 'bgl', 'blood glucose level', 'cbg', 'fingerstick glucose', 'fingerstick', 'fsbg', 'random glucose', 'serum glucose', 'plasma glucose', 'capillary glucose', 'sugar', 'glucose of', 'fasting glucose', 'fasting blood glucose', 'fasting plasma glucose', 'fasting blood sugar', 'fbg', 'fpg', 'fbs'], noteUnits: [['mg/dL', 20, 3000], ['mmol/L', 0.5, 20]] }),
  q({ id: 'calcium', name: 'Calcium (total)', loinc: ['17861-6', '49765-1'], unit: 'mg/dL', analyte: { molarMass: 40.078, valence: 2 }, ranges: [{ low: 8.5, high: 10.5 }], plausible: [0, 30], high: 'calcium-high', low: 'calcium-low', names: ['ca', 'calcium', 'serum calcium', 'corrected calcium', 'total calcium', 'ca2+'], noteUnits: [['mg/dL', 3.5, 25], ['mmol/L', 0.5, 3.5]] }),
  // Ionised calcium 1.12-1.32 mmol/L (4.5-5.3 mg/dL; Tietz 2018, Harrison's 21e appendix): read as total calcium before, where
  // 1.10 mmol/L became 4.4 mg/dL, a severe hypocalcaemia. Same concepts as total calcium. "ICA" is also the internal carotid
// artery ("ICA 70%") and islet-cell antibodies: after it a number is read only with a unit.
  q({ id: 'ionized-calcium', name: 'Calcium, ionized', loinc: ['1994-3', '1995-0', '17863-2'], unit: 'mmol/L', analyte: { molarMass: 40.078, valence: 2 }, ranges: [{ low: 1.12, high: 1.32 }], plausible: [0.2, 5], high: 'calcium-high', low: 'calcium-low', unitAfter: ['ica'], names: ['ionized calcium', 'ionised calcium', 'ica', 'ica2+', 'free calcium', 'calcium ionized', 'calcium ionised', 'ionized ca', 'ionised ca'], noteUnits: [['mmol/L', 0.2, 3], ['mg/dL', 3, 20]] }),
  q({ id: 'albumin', name: 'Albumin', loinc: ['1751-7'], unit: 'g/dL', ranges: [{ low: 3.5, high: 5.0 }], plausible: [0, 15], low: 'albumin-low', names: ['albumin', 'alb', 'serum albumin'], noteUnits: [['g/dL', 0.5, 7], ['g/L', 7, 70]] }),
  q({ id: 'alt', name: 'Alanine aminotransferase (ALT)', loinc: ['1742-6'], unit: 'U/L', ranges: [{ high: 40 }], plausible: [0, 100000], high: 'alt-high', grades: [{ above: 1000, concept: 'aminotransferase-very-high' }], names: ['alt', 'sgpt', 'alanine aminotransferase', 'alanine transaminase'] }),
  q({ id: 'ast', name: 'Aspartate aminotransferase (AST)', loinc: ['1920-8'], unit: 'U/L', ranges: [{ high: 40 }], plausible: [0, 100000], high: 'ast-high', grades: [{ above: 1000, concept: 'aminotransferase-very-high' }], names: ['ast', 'sgot', 'aspartate aminotransferase', 'aspartate transaminase'] }),
  q({ id: 'alp', name: 'Alkaline phosphatase (ALP)', loinc: ['6768-6'], unit: 'U/L', ranges: [{ minAge: 18, high: 130 }, { maxAge: 18, high: 500 }], plausible: [0, 20000], high: 'alp-high', names: ['alp', 'alkp', 'alk phos', 'alkaline phosphatase', 'alk phosphatase'] }),
  // Abbreviations reports write for the catalog's analytes (written out, none for one note): the total serum bilirubin
  // of neonatal jaundice care, "TSB" (AAP clinical practice guideline, Kemper AR et al., Pediatrics 2022;150:e2022058859)
  // and "SBR" (serum bilirubin, UK and Australian neonatal usage, e.g. Queensland Clinical Guidelines, Neonatal
  // jaundice), "TBil" / "DBil" beside "T bili" / "D bili"; "BGL" (blood glucose level) beside "BSL"; "ALKP" for ALP;
  // "Hapto" for haptoglobin. Short forms that are also words or names ("Lip", "Amy", "Fib", "Mono") are left out.
  q({ id: 'bilirubin', name: 'Bilirubin (total)', loinc: ['1975-2'], unit: 'mg/dL', analyte: { molarMass: 584.66 }, ranges: [{ high: 1.2 }], plausible: [0, 100], high: 'bilirubin-high', names: ['bilirubin', 'bili', 'total bilirubin', 'tbili', 't bili', 'tbil', 'serum bilirubin', 'sbr', 'total serum bilirubin', 'tsb'], noteUnits: [['mg/dL', 0, 17], ['umol/L', 17, 1000]] }),
  // Direct (conjugated) bilirubin 0.1-0.3 mg/dL, indirect 0.2-0.9 mg/dL (Harrison's 21e appendix; Tietz 2018); the model's raised
  // bilirubin stands for either (its synonyms include conjugated hyperbilirubinaemia). Read as total bilirubin before.
  q({ id: 'direct-bilirubin', name: 'Bilirubin, direct', loinc: ['1968-7'], unit: 'mg/dL', analyte: { molarMass: 584.66 }, ranges: [{ high: 0.3 }], plausible: [0, 60], high: 'bilirubin-high', names: ['direct bilirubin', 'conjugated bilirubin', 'd bili', 'dbili', 'dbil', 'direct bili', 'bilirubin direct', 'serum direct bilirubin'], noteUnits: [['mg/dL', 0, 10], ['umol/L', 10, 1000]] }),
  q({ id: 'indirect-bilirubin', name: 'Bilirubin, indirect', loinc: ['1971-1'], unit: 'mg/dL', analyte: { molarMass: 584.66 }, ranges: [{ high: 0.9 }], plausible: [0, 60], high: 'bilirubin-high', names: ['indirect bilirubin', 'unconjugated bilirubin', 'indirect bili', 'i bili', 'bilirubin indirect'], noteUnits: [['mg/dL', 0, 15], ['umol/L', 15, 1000]] }),
  q({ id: 'lipase', name: 'Lipase', loinc: ['3040-3'], unit: 'U/L', ranges: [{ high: 60 }], plausible: [0, 100000], high: 'lipase-high', names: ['lipase', 'serum lipase'] }),
  // Blood ketones (Kitabchi 2009, ADA hyperglycaemic crises; JBDS 2013): beta-hydroxybutyrate above 0.6 mmol/L is ketosis, 3.0 or more with acidosis DKA.
  q({ id: 'beta-hydroxybutyrate', name: 'Beta-hydroxybutyrate (blood ketones)', loinc: ['53060-0'], unit: 'mmol/L', analyte: { molarMass: 104.1 }, ranges: [{ high: 0.6 }], plausible: [0, 30], high: 'urine-ketones-positive', names: ['blood ketones', 'serum ketones', 'plasma ketones', 'capillary ketones', 'beta hydroxybutyrate', 'bhb', 'ketones'], noteUnits: [['mmol/L', 0, 15]] }),
  q({ id: 'lactate', name: 'Lactate', loinc: ['2524-7', '32693-4'], unit: 'mmol/L', analyte: { molarMass: 90.08 }, ranges: [{ high: 2.0 }], plausible: [0, 50], high: 'lactate-high', names: ['lactate', 'lactic acid', 'lac', 'venous lactate', 'serum lactate', 'arterial lactate', 'lactate of'] }),
  // cardiac: conventional assays report ng/mL, high-sensitivity ng/L; both compared in ng/L.
  q({ id: 'troponin-i', name: 'Troponin I (conventional)', loinc: ['10839-9', '42757-5', '49563-0'], unit: 'ng/L', ranges: [{ high: 40 }], plausible: [0, 1e7], high: 'troponin-high', names: ['troponin', 'troponin i', 'trop', 'trop i', 'tni', 'ctni', 'troponin level', 'cardiac troponin'], noteUnits: [['ng/mL', 0, 10], ['ng/L', 10, 1e6]] }),
  q({ id: 'troponin-i-hs', name: 'Troponin I (high sensitivity)', loinc: ['89579-7'], unit: 'ng/L', ranges: [{ sex: 'female', high: 16 }, { sex: 'male', high: 34 }], plausible: [0, 1e7], high: 'troponin-high', names: ['hs troponin', 'hs troponin i', 'hs trop', 'hstni', 'hs tni', 'high sensitivity troponin', 'high sensitivity troponin i', 'hscTnI'] }),
  q({ id: 'troponin-t', name: 'Troponin T (conventional)', loinc: ['6598-7', '48425-3'], unit: 'ng/L', ranges: [{ high: 10 }], plausible: [0, 1e7], high: 'troponin-high', names: ['troponin t', 'trop t', 'tnt', 'ctnt'], noteUnits: [['ng/mL', 0, 10], ['ng/L', 10, 1e6]] }),
  q({ id: 'troponin-t-hs', name: 'Troponin T (high sensitivity)', loinc: ['67151-1'], unit: 'ng/L', ranges: [{ high: 14 }], plausible: [0, 1e7], high: 'troponin-high', names: ['hs troponin t', 'hstnt', 'hs tnt', 'high sensitivity troponin t', 'hscTnT'] }),
  q({ id: 'bnp', name: 'B-type natriuretic peptide (BNP)', loinc: ['30934-4', '42637-9'], unit: 'pg/mL', analyte: { molarMass: 3464 }, ranges: [{ high: 100 }], plausible: [0, 1e6], high: 'bnp-high', names: ['bnp', 'b type natriuretic peptide', 'brain natriuretic peptide'] }),
  q({ id: 'nt-probnp', name: 'NT-proBNP', loinc: ['33762-6', '83107-3'], unit: 'pg/mL', analyte: { molarMass: 8457 }, ranges: [{ maxAge: 75, high: 125 }, { minAge: 75, high: 450 }], plausible: [0, 1e6], high: 'bnp-high', names: ['nt probnp', 'ntprobnp', 'nt pro bnp', 'probnp', 'pro bnp'] }),
  // inflammation, coagulation, endocrine
  q({ id: 'crp', name: 'C-reactive protein', loinc: ['1988-5', '30522-7'], unit: 'mg/L', ranges: [{ high: 10 }], plausible: [0, 1000], high: 'crp-high', names: ['crp', 'c reactive protein', 'hs crp'], noteUnits: [['mg/L', 0, 600]] }),
  q({ id: 'procalcitonin', name: 'Procalcitonin', loinc: ['33959-8', '75241-0'], unit: 'ng/mL', ranges: [{ high: 0.5 }], plausible: [0, 10000], high: 'procalcitonin-high', names: ['procalcitonin', 'pct'] }),
  q({ id: 'd-dimer-feu', name: 'D-dimer (FEU)', loinc: ['48065-7'], unit: 'ng/mL', annotation: 'FEU', ranges: [{ high: 500 }], plausible: [0, 1e6], high: 'd-dimer-high', names: ['d dimer', 'ddimer', 'd dimers'], noteUnits: [['ug/mL', 0, 20], ['ng/mL', 20, 1e6]] }),
  q({ id: 'd-dimer-ddu', name: 'D-dimer (DDU)', loinc: ['48058-2'], unit: 'ng/mL', annotation: 'DDU', ranges: [{ high: 250 }], plausible: [0, 1e6], high: 'd-dimer-high' }),
  q({ id: 'hba1c', name: 'Hemoglobin A1c', loinc: ['4548-4', '59261-8'], unit: '%', ranges: [{ high: 6.4 }], plausible: [0, 25], high: 'hba1c-high', affine: { 'mmol/mol': { factor: 0.09148, offset: 2.152 } }, names: ['hba1c', 'a1c', 'hemoglobin a1c', 'haemoglobin a1c', 'glycated hemoglobin', 'glycated haemoglobin', 'glycosylated hemoglobin'], noteUnits: [['%', 3, 20], ['mmol/mol', 20, 200]] }),
  q({ id: 'tsh', name: 'Thyrotropin (TSH)', loinc: ['3016-3'], unit: 'm[IU]/L', ranges: [{ low: 0.4, high: 4.0 }], plausible: [0, 2000], high: 'tsh-high', low: 'tsh-low', names: ['tsh', 'thyrotropin', 'thyroid stimulating hormone', 'serum tsh'] }),
  // iron, thyroid, inflammation, coagulation, muscle/pancreas, vitamins (notes and FHIR)
  q({ id: 'ferritin', name: 'Ferritin', loinc: ['2276-4'], unit: 'ng/mL', ranges: [{ sex: 'female', low: 15, high: 150 }, { sex: 'male', low: 30, high: 400 }], plausible: [0, 1e5], high: 'ferritin-high', low: 'ferritin-low', names: ['ferritin', 'serum ferritin', 'ferritin level'] }),
  // free T4: 1 ng/dL = 12.87 pmol/L (thyroxine 776.87 g/mol).
  q({ id: 'free-t4', name: 'Thyroxine (T4) free', loinc: ['3024-7'], unit: 'ng/dL', analyte: { molarMass: 776.87 }, ranges: [{ low: 0.8, high: 1.8 }], plausible: [0, 20], high: 'free-t4-high', low: 'free-t4-low', names: ['free t4', 'ft4', 'free thyroxine', 't4', 'fT4'], noteUnits: [['ng/dL', 0, 8], ['pmol/L', 8, 150]] }),
  // Total T4 5.4-11.7 ug/dL (Harrison's 21e appendix; 1 ug/dL = 12.87 nmol/L). The model's raised/low free T4 findings stand
  // for thyroxine generally (their synonyms: "high thyroxine", "low thyroxine"). "T4" with a unit of ug/dL or nmol/L is this test.
// Thyroxine is also the drug (levothyroxine; "started on thyroxine 25", a dose in micrograms): a level needs its unit.
  q({ id: 'total-t4', name: 'Thyroxine (T4), total', loinc: ['3026-2'], unit: 'ug/dL', analyte: { molarMass: 776.87 }, levelOfDrug: true, ranges: [{ low: 5.4, high: 11.7 }], plausible: [0, 50], high: 'free-t4-high', low: 'free-t4-low', names: ['thyroxine', 'total t4', 'total thyroxine', 't4 total', 'serum thyroxine', 't4'], noteUnits: [['ug/dL', 0.5, 40], ['nmol/L', 40, 500]] }),
  q({ id: 'esr', name: 'Erythrocyte sedimentation rate', loinc: ['4537-7', '30341-2'], unit: 'mm/h', ranges: [{ maxAge: 50, high: 20 }, { minAge: 50, high: 30 }], plausible: [0, 200], high: 'esr-high', names: ['esr', 'sed rate', 'sedimentation rate', 'erythrocyte sedimentation rate'] }),
  q({ id: 'inr', name: 'INR', loinc: ['6301-6', '34714-6'], unit: '1', dimensionless: true, ranges: [{ high: 1.2 }], plausible: [0.3, 20], high: 'inr-high', names: ['inr', 'international normalized ratio', 'international normalised ratio'] }),
  q({ id: 'ck', name: 'Creatine kinase', loinc: ['2157-6'], unit: 'U/L', ranges: [{ high: 200 }], plausible: [0, 1e6], high: 'ck-high', grades: [{ above: 1000, concept: 'ck-very-high' }], names: ['ck', 'cpk', 'creatine kinase', 'creatine phosphokinase'] }),
  q({ id: 'amylase', name: 'Amylase', loinc: ['1798-8'], unit: 'U/L', ranges: [{ high: 125 }], plausible: [0, 1e5], high: 'amylase-high', names: ['amylase', 'serum amylase'] }),
  // B12: 1 pg/mL = 0.738 pmol/L (cobalamin 1355.4 g/mol).
  q({ id: 'vitamin-b12', name: 'Vitamin B12', loinc: ['2132-9'], unit: 'pg/mL', analyte: { molarMass: 1355.4 }, ranges: [{ low: 200 }], plausible: [0, 1e5], low: 'b12-low', names: ['b12', 'vitamin b12', 'vit b12', 'cobalamin', 'serum b12'] }),
  // blood gases
  q({ id: 'ph', name: 'pH of blood', loinc: ['2744-1', '2746-6', '11558-4'], unit: '1', dimensionless: true, ranges: [{ low: 7.35, high: 7.45 }], plausible: [6.5, 8], low: 'ph-low', high: 'ph-high', names: ['ph', 'arterial ph', 'venous ph', 'blood ph', 'serum ph'] }),
  q({ id: 'pco2', name: 'pCO2 of arterial blood', loinc: ['2019-8'], unit: 'mm[Hg]', ranges: [{ low: 35, high: 45 }], plausible: [0, 250], high: 'abg-hypercapnia', low: 'pco2-low', names: ['pco2', 'paco2', 'pa co2', 'p co2'], noteUnits: [['mm[Hg]', 12, 250], ['kPa', 1, 12]] }),
  q({ id: 'po2', name: 'pO2 of arterial blood', loinc: ['2703-7'], unit: 'mm[Hg]', ranges: [{ low: 75 }], plausible: [0, 800], low: 'hypoxemia', names: ['po2', 'pao2', 'pa o2', 'p o2'], noteUnits: [['mm[Hg]', 20, 800], ['kPa', 1, 20]] }),
  // body measurements
  q({ id: 'body-weight', name: 'Body weight', loinc: ['29463-7', '3141-9'], unit: 'kg', ranges: [], plausible: [0.2, 700], names: ['weight', 'wt', 'body weight'] }),
  q({ id: 'body-height', name: 'Body height', loinc: ['8302-2'], unit: 'cm', ranges: [], plausible: [20, 260], names: ['height', 'ht', 'body height'], noteUnits: [['cm', 40, 250], ['m', 0.4, 2.5]] }),
  q({ id: 'bmi', name: 'Body mass index', loinc: ['39156-5'], unit: 'kg/m2', ranges: [{ minAge: 18, high: 29.9 }], plausible: [5, 150], high: 'obese', grades: [{ above: 24.95, concept: 'bmi-overweight-range' }], names: ['bmi', 'body mass index'], noteUnits: [['kg/m2', 5, 150]] }),
  // More common panels read from notes and FHIR (adult reference intervals as in the common US textbook
  // tables, e.g. Harrison's Principles of Internal Medicine 21e, appendix "Laboratory values of clinical
  // importance"; CDC blood lead reference value 3.5 ug/dL). A concept the model has no finding for is
  // listed as recognised but not in the model, never dropped.
  // differential count (absolute)
  q({ id: 'lymphocytes', name: 'Lymphocytes (absolute)', loinc: ['731-0'], unit: '10*3/uL', ranges: [{ low: 1.0, high: 4.8 }], plausible: [0, 1000], high: 'lymphocytes-high', low: 'lymphocytes-low', names: ['lymphocytes', 'lymphocyte count', 'absolute lymphocyte count', 'alc', 'lymphs', 'lymph count'], noteUnits: [['10*3/uL', 0, 300], ['/uL', 300, 1e6]] }),
  q({ id: 'neutrophils', name: 'Neutrophils (absolute)', loinc: ['751-8'], unit: '10*3/uL', ranges: [{ low: 1.5, high: 8.0 }], plausible: [0, 1000], high: 'neutrophils-high', low: 'neutrophils-low', grades: [{ below: 0.5, concept: 'neutrophils-very-low' }], names: ['neutrophils', 'neutrophil count', 'absolute neutrophil count', 'anc', 'neuts'], noteUnits: [['10*3/uL', 0, 300], ['/uL', 300, 1e6]] }),
  q({ id: 'eosinophils', name: 'Eosinophils (absolute)', loinc: ['711-2'], unit: '10*3/uL', ranges: [{ high: 0.5 }], plausible: [0, 500], high: 'eosinophils-high', names: ['eosinophils', 'eosinophil count', 'absolute eosinophil count', 'eos'], noteUnits: [['10*3/uL', 0, 100], ['/uL', 100, 1e6]] }),
  q({ id: 'reticulocytes', name: 'Reticulocytes/100 erythrocytes', loinc: ['4679-7', '17849-1'], unit: '%', ranges: [{ low: 0.5, high: 2.5 }], plausible: [0, 100], high: 'reticulocytes-high', low: 'reticulocytes-low', names: ['reticulocytes', 'reticulocyte count', 'retic', 'retics', 'retic count', 'reticulocyte'], noteUnits: [['%', 0, 60]] }),
  q({ id: 'haptoglobin', name: 'Haptoglobin', loinc: ['4542-7'], unit: 'mg/dL', ranges: [{ low: 30, high: 200 }], plausible: [0, 1000], low: 'haptoglobin-low', names: ['haptoglobin', 'hapto', 'serum haptoglobin'], noteUnits: [['mg/dL', 0, 1000]] }),
  q({ id: 'fibrinogen', name: 'Fibrinogen', loinc: ['3255-7'], unit: 'mg/dL', ranges: [{ low: 200, high: 400 }], plausible: [0, 2000], low: 'fibrinogen-low', high: 'fibrinogen-high', names: ['fibrinogen', 'plasma fibrinogen'], noteUnits: [['mg/dL', 20, 2000], ['g/L', 0, 20]] }),
  q({ id: 'ptt', name: 'aPTT', loinc: ['3173-2', '14979-9'], unit: 's', ranges: [{ high: 35 }], plausible: [5, 300], high: 'ptt-prolonged', names: ['ptt', 'aptt', 'activated partial thromboplastin time', 'partial thromboplastin time'], noteUnits: [['s', 5, 300]] }),
  // A prolonged prothrombin time means what a raised INR means.
  q({ id: 'pt', name: 'Prothrombin time', loinc: ['5902-2'], unit: 's', ranges: [{ high: 13.5 }], plausible: [5, 300], high: 'inr-high', listOnly: ['pt'], names: ['prothrombin time', 'protime', 'pt time', 'pt'], noteUnits: [['s', 5, 300]] }),
  // CD4 below 200/uL: the AIDS threshold for opportunistic infections (CDC/NIH/IDSA 2009).
  q({ id: 'cd4', name: 'CD4 cells (absolute)', loinc: ['24467-3'], unit: '/uL', ranges: [{ low: 200 }], plausible: [0, 5000], low: 'cd4-low', names: ['cd4', 'cd4 count', 'cd4+ count', 'cd4 cell count', 'cd4+ t cell count', 'cd4 t cell count', 'cd4 cells'], noteUnits: [['/uL', 0, 5000]] }),
  // Kidney function (KDIGO 2012 CKD guideline): an eGFR below 60 mL/min/1.73 m2 (G3a-G5) is the reduced
  // filtration a raised creatinine stands for, so it gives the same concept (no double count when both are
  // written); urine albumin/creatinine ratio >= 30 mg/g (3 mg/mmol, A2-A3) is albuminuria, i.e. protein in
  // the urine. Apnoea-hypopnoea index >= 5 events/h is sleep apnoea (AASM 2017, Kapur; ICSD-3).
  q({ id: 'egfr', name: 'Glomerular filtration rate (estimated)', loinc: ['33914-3', '62238-1', '98979-8'], unit: 'mL/min/{1.73_m2}', ranges: [{ low: 60 }], plausible: [0, 250], low: 'creatinine-high', names: ['egfr', 'gfr', 'estimated gfr', 'ckd epi egfr', 'estimated glomerular filtration rate', 'glomerular filtration rate'], noteUnits: [['mL/min/{1.73_m2}', 1, 200]] }),
  q({ id: 'urine-acr', name: 'Albumin/Creatinine in urine', loinc: ['9318-7', '14959-1'], unit: 'mg/g', affine: { 'mg/mmol': { factor: 8.84, offset: 0 } }, ranges: [{ high: 29.9 }], plausible: [0, 100000], high: 'urine-protein-positive', names: ['urine acr', 'acr', 'uacr', 'albumin creatinine ratio', 'albumin/creatinine ratio', 'urine albumin creatinine ratio', 'urine albumin/creatinine ratio', 'urine albumin/creatinine', 'urine albumin to creatinine ratio', 'albumin to creatinine ratio', 'microalbumin/creatinine ratio'], noteUnits: [['mg/g', 30, 100000]] }),
  q({ id: 'ahi', name: 'Apnea-hypopnea index', loinc: [], unit: '/h', ranges: [{ high: 4.9 }], plausible: [0, 200], high: 'sleep-study-apnea', names: ['ahi', 'apnoea hypopnoea index', 'apnea hypopnea index', 'apnoea hypopnea index', 'respiratory disturbance index', 'rdi'], noteUnits: [['/h', 0, 200]] }),
  // Post-void residual urine (bladder scan or catheter): above 300 mL is urinary retention (chronic retention
  // is defined as PVR > 300 mL: Stoffel JT et al. 2017, AUA white paper on non-neurogenic chronic urinary
  // retention, J Urol 198:153-160); below 100 mL the bladder empties adequately, and 100-300 mL is incomplete
  // emptying short of that definition, left undecided (Selius BA, Subedi R 2008, Am Fam Physician 77:643-650).
  // After the abbreviation "PVR", shared with pulmonary vascular resistance (3.2 Wood units, 450 dyn·s/cm5: the
  // same numbers as a bladder volume), a volume needs its unit; after the written names a bare number of
  // bladder size (20-5,000) is read in mL. No LOINC code is mapped (notes only).
  q({ id: 'post-void-residual', name: 'Post-void residual urine volume', loinc: [], unit: 'mL', ranges: [{ high: 300 }], greyZone: [100, 300], plausible: [0, 5000], high: 'post-void-residual-high', unitAfter: ['pvr'], names: ['post void residual', 'postvoid residual', 'post void residual volume', 'post void residual urine', 'post void residual urine volume', 'pvr', 'pvr volume', 'residual urine volume', 'post void bladder scan', 'bladder scan', 'bladder scan volume'], noteUnits: [['mL', 20, 5000]] }),
  // chemistry beyond the BMP/CMP
  q({ id: 'magnesium', name: 'Magnesium', loinc: ['19123-9', '2601-3'], unit: 'mg/dL', analyte: { molarMass: 24.305, valence: 2 }, ranges: [{ low: 1.7, high: 2.4 }], plausible: [0, 20], high: 'magnesium-high', low: 'magnesium-low', names: ['mg', 'magnesium', 'serum magnesium', 'mg2+', 'mag'], noteUnits: [['mg/dL', 1.3, 15], ['mmol/L', 0.1, 1.3]] }),
  q({ id: 'phosphate', name: 'Phosphate', loinc: ['2777-1'], unit: 'mg/dL', analyte: { molarMass: 30.974 }, ranges: [{ minAge: 18, low: 2.5, high: 4.5 }, { maxAge: 18, low: 3.5, high: 6.5 }], plausible: [0, 30], high: 'phosphate-high', low: 'phosphate-low', names: ['phosphate', 'phosphorus', 'serum phosphate', 'po4', 'phos'], noteUnits: [['mg/dL', 0.8, 25], ['mmol/L', 0.1, 0.8]] }),
  q({ id: 'uric-acid', name: 'Urate (uric acid)', loinc: ['3084-1'], unit: 'mg/dL', analyte: { molarMass: 168.11 }, ranges: [{ sex: 'female', low: 2.4, high: 6.0 }, { sex: 'male', low: 3.4, high: 7.0 }, { high: 7.0 }], plausible: [0, 50], high: 'uric-acid-high', names: ['uric acid', 'urate', 'serum urate', 'serum uric acid', 'sua'], noteUnits: [['mg/dL', 0.5, 30], ['umol/L', 30, 3000]] }),
  q({ id: 'osmolality', name: 'Osmolality, serum', loinc: ['2692-2'], unit: 'mosm/kg', ranges: [{ low: 275, high: 295 }], plausible: [150, 600], high: 'osmolality-high', low: 'osmolality-low', names: ['osmolality', 'serum osmolality', 'plasma osmolality', 'serum osm', 'sosm', 'osm'], noteUnits: [['mosm/kg', 150, 600]] }),
  // Osmolal gap (measured minus calculated osmolality): above 10 mOsm/kg points to an unmeasured osmole such as a toxic alcohol (Kraut JA, Kurtz I 2008, Clin J Am Soc Nephrol 3:208-225). No LOINC code is mapped (notes only).
  q({ id: 'osmolal-gap', name: 'Osmolal gap', loinc: [], unit: 'mosm/kg', ranges: [{ high: 10 }], plausible: [-50, 300], high: 'osmolal-gap-high', names: ['osmolal gap', 'osmolar gap', 'osmolality gap', 'osm gap'], noteUnits: [['mosm/kg', -50, 300]] }),
  q({ id: 'anion-gap', name: 'Anion gap', loinc: ['33037-3', '1863-0'], unit: 'mmol/L', analyte: { valence: 1 }, ranges: [{ low: 3, high: 12 }], plausible: [-10, 80], high: 'anion-gap-high', valueOnly: ['ag'], names: ['anion gap', 'serum anion gap', 'ag', 'a gap'], noteUnits: [['mmol/L', -10, 80]] }),
  q({ id: 'total-protein', name: 'Protein (total)', loinc: ['2885-2'], unit: 'g/dL', ranges: [{ low: 6.0, high: 8.3 }], plausible: [0, 25], high: 'total-protein-high', names: ['total protein', 'serum protein', 'tp', 'serum total protein'], noteUnits: [['g/dL', 1, 20], ['g/L', 20, 200]] }),
  q({ id: 'ggt', name: 'Gamma-glutamyltransferase (GGT)', loinc: ['2324-2'], unit: 'U/L', ranges: [{ high: 60 }], plausible: [0, 20000], high: 'ggt-high', names: ['ggt', 'gamma gt', 'gamma glutamyl transferase', 'ggtp', 'gamma glutamyltransferase', 'γ glutamyltransferase', 'γ glutamyl transferase', 'γ gt'] }),
  q({ id: 'ammonia', name: 'Ammonia', loinc: ['16362-6'], unit: 'umol/L', analyte: { molarMass: 17.031 }, ranges: [{ high: 50 }], plausible: [0, 2000], high: 'ammonia-high', names: ['ammonia', 'nh3', 'serum ammonia', 'plasma ammonia', 'blood ammonia'], noteUnits: [['umol/L', 0, 2000]] }),
  q({ id: 'ldh', name: 'Lactate dehydrogenase (LDH)', loinc: ['2532-0', '14804-9'], unit: 'U/L', ranges: [{ high: 250 }], plausible: [0, 100000], high: 'ldh-high', names: ['ldh', 'ld', 'lactate dehydrogenase', 'lactic dehydrogenase'] }),
  // lipids
  q({ id: 'ldl', name: 'LDL cholesterol', loinc: ['13457-7', '18262-6', '2089-1'], unit: 'mg/dL', analyte: { molarMass: 386.65 }, ranges: [{ high: 159 }], plausible: [0, 2000], high: 'ldl-high', names: ['ldl', 'ldl c', 'ldl cholesterol', 'low density lipoprotein', 'ldl chol'], noteUnits: [['mg/dL', 15, 1500], ['mmol/L', 0.3, 15]] }),
  q({ id: 'cholesterol', name: 'Cholesterol (total)', loinc: ['2093-3'], unit: 'mg/dL', analyte: { molarMass: 386.65 }, ranges: [{ high: 239 }], plausible: [0, 3000], high: 'cholesterol-high', names: ['total cholesterol', 'cholesterol', 'serum cholesterol', 'tc', 'chol'], noteUnits: [['mg/dL', 30, 3000], ['mmol/L', 0.8, 30]] }),
  // HDL cholesterol below 40 mg/dL in men and 50 mg/dL in women is the low HDL of the metabolic syndrome criteria
  // (Alberti KGMM et al. 2009, Harmonizing the metabolic syndrome, Circulation 120:1640-1645; NCEP ATP III 2002).
  q({ id: 'hdl', name: 'HDL cholesterol', loinc: ['2085-9'], unit: 'mg/dL', analyte: { molarMass: 386.65 }, ranges: [{ sex: 'female', low: 50 }, { sex: 'male', low: 40 }], plausible: [0, 300], low: 'hdl-low', names: ['hdl', 'hdl c', 'hdl cholesterol', 'high density lipoprotein', 'high density lipoprotein cholesterol', 'hdl chol'], noteUnits: [['mg/dL', 5, 200], ['mmol/L', 0.1, 4.9]] }),
  // Non-HDL cholesterol (total minus HDL) is named with the HDL words: its own row keeps "non-HDL cholesterol 190"
  // from reading as an HDL of 190. Not judged (no finding of its own; listed): no LOINC code is mapped (notes only).
  q({ id: 'non-hdl-cholesterol', name: 'Non-HDL cholesterol', loinc: [], unit: 'mg/dL', analyte: { molarMass: 386.65 }, ranges: [], plausible: [0, 3000], names: ['non hdl', 'non hdl c', 'non hdl cholesterol', 'nonhdl', 'nonhdl cholesterol', 'non hdl chol'], noteUnits: [['mg/dL', 30, 3000], ['mmol/L', 0.8, 30]] }),
  q({ id: 'triglycerides', name: 'Triglyceride', loinc: ['2571-8'], unit: 'mg/dL', analyte: { molarMass: 885.7 }, ranges: [{ high: 199 }], plausible: [0, 20000], high: 'triglycerides-high', names: ['triglycerides', 'triglyceride', 'tg', 'tgs', 'trigs', 'serum triglycerides'], noteUnits: [['mg/dL', 20, 20000], ['mmol/L', 0.2, 20]] }),
  // iron studies beyond ferritin
  q({ id: 'transferrin-saturation', name: 'Transferrin saturation', loinc: ['2502-3'], unit: '%', ranges: [{ low: 15, high: 45 }], plausible: [0, 100], high: 'transferrin-saturation-high', low: 'transferrin-saturation-low', names: ['transferrin saturation', 'tsat', 'iron saturation', 'percent saturation', 'transferrin sat'], noteUnits: [['%', 0, 100]] }),
  q({ id: 'iron', name: 'Iron, serum', loinc: ['2498-4'], unit: 'ug/dL', analyte: { molarMass: 55.845 }, ranges: [{ low: 50, high: 170 }], plausible: [0, 2000], high: 'iron-high', low: 'iron-low', names: ['serum iron', 'iron', 'fe', 'plasma iron'], noteUnits: [['ug/dL', 4, 1000], ['umol/L', 0, 4]] }),
  q({ id: 'tibc', name: 'Total iron-binding capacity', loinc: ['2500-7'], unit: 'ug/dL', analyte: { molarMass: 55.845 }, ranges: [{ low: 250, high: 450 }], plausible: [0, 2000], high: 'tibc-high', low: 'tibc-low', names: ['tibc', 'total iron binding capacity', 'iron binding capacity'], noteUnits: [['ug/dL', 100, 2000], ['umol/L', 10, 100]] }),
  q({ id: 'folate', name: 'Folate, serum', loinc: ['2284-8'], unit: 'ng/mL', analyte: { molarMass: 441.4 }, ranges: [{ low: 4 }], plausible: [0, 200], low: 'folate-low', names: ['folate', 'folic acid', 'serum folate', 'red cell folate'], noteUnits: [['ng/mL', 0, 30]] }),
  q({ id: 'vitamin-d', name: '25-hydroxyvitamin D', loinc: ['1989-3', '62292-8'], unit: 'ng/mL', analyte: { molarMass: 400.64 }, ranges: [{ low: 20 }], plausible: [0, 500], low: 'vitamin-d-low', names: ['vitamin d', '25 oh vitamin d', '25 hydroxyvitamin d', '25 oh d', 'vit d', '25ohd', 'vitamin d level'], noteUnits: [['ng/mL', 0, 150]] }),
  q({ id: 'ceruloplasmin', name: 'Ceruloplasmin', loinc: ['2064-4'], unit: 'mg/dL', ranges: [{ low: 20, high: 60 }], plausible: [0, 300], low: 'ceruloplasmin-low', names: ['ceruloplasmin', 'caeruloplasmin'], noteUnits: [['mg/dL', 0, 300]] }),
  // endocrine
  // Intact PTH(1-84), 9425 g/mol: 1 pg/mL = 0.106 pmol/L.
  q({ id: 'pth', name: 'Parathyrin (PTH), intact', loinc: ['2731-8'], unit: 'pg/mL', analyte: { molarMass: 9425 }, ranges: [{ low: 15, high: 65 }], plausible: [0, 10000], high: 'pth-high', low: 'pth-low', names: ['pth', 'parathyroid hormone', 'intact pth', 'ipth', 'serum pth'], noteUnits: [['pg/mL', 0, 10000]] }),
  // Morning cortisol: < 3 ug/dL is diagnostic of adrenal insufficiency, 3-15 equivocal (Bornstein 2016).
  q({ id: 'cortisol', name: 'Cortisol (morning)', loinc: ['2143-6', '9813-7'], unit: 'ug/dL', analyte: { molarMass: 362.46 }, ranges: [{ low: 5, high: 25 }], plausible: [0, 500], high: 'cortisol-high', low: 'cortisol-low', names: ['cortisol', 'am cortisol', 'morning cortisol', 'serum cortisol', '8 am cortisol', '8am cortisol', 'random cortisol'], noteUnits: [['ug/dL', 0, 80], ['nmol/L', 80, 5000]] }),
  q({ id: 'testosterone', name: 'Testosterone, total (morning)', loinc: ['2986-8'], unit: 'ng/dL', analyte: { molarMass: 288.42 }, ranges: [{ sex: 'male', minAge: 18, low: 264 }, { sex: 'female' }], plausible: [0, 5000], low: 'testosterone-low', names: ['testosterone', 'total testosterone', 'serum testosterone', 'morning testosterone', 'am testosterone', '8 am testosterone', 'serum total testosterone'], noteUnits: [['ng/dL', 20, 3000], ['nmol/L', 0.2, 19.9]] }),
  // Prolactin in mIU/L (UK and European reports): 1 ng/mL = 21.2 mIU/L (WHO 3rd International Standard 84/500).
  q({ id: 'prolactin', name: 'Prolactin', loinc: ['2842-3'], unit: 'ng/mL', affine: { 'm[IU]/L': { factor: 1 / 21.2, offset: 0 } }, ranges: [{ sex: 'female', high: 25 }, { sex: 'male', high: 15 }, { high: 25 }], plausible: [0, 100000], high: 'prolactin-high', names: ['prolactin', 'prl', 'serum prolactin'] }),
  q({ id: 'fsh', name: 'Follitropin (FSH)', loinc: ['15067-2'], unit: 'm[IU]/mL', ranges: [{ high: 25 }], plausible: [0, 1000], high: 'fsh-high', names: ['fsh', 'follicle stimulating hormone'] }),
  q({ id: 'total-t3', name: 'Triiodothyronine (T3), total', loinc: ['3053-6'], unit: 'ng/dL', analyte: { molarMass: 650.97 }, ranges: [{ low: 80, high: 200 }], plausible: [0, 2000], high: 't3-high', low: 't3-low', names: ['t3', 'total t3', 'triiodothyronine'], noteUnits: [['ng/dL', 20, 2000], ['nmol/L', 0.3, 20]] }),
  // Free T3 2.3-4.2 pg/mL (3.5-6.5 pmol/L; Harrison's 21e appendix, Tietz 2018); triiodothyronine 650.97 g/mol: 1 pg/mL = 1.536 pmol/L.
  // Read as total T3 before, where 9.8 pg/mL became 0.98 ng/dL, a low total T3.
  q({ id: 'free-t3', name: 'Triiodothyronine (T3), free', loinc: ['3051-0'], unit: 'pg/mL', analyte: { molarMass: 650.97 }, ranges: [{ low: 2.3, high: 4.2 }], plausible: [0, 100], high: 't3-high', low: 't3-low', names: ['free t3', 'ft3', 'free triiodothyronine', 'serum free t3'], noteUnits: [['pg/mL', 0.5, 30], ['pmol/L', 30, 150]] }),
  // Indices and counts the broad model has no finding for: read, judged and listed as recognised but not in the model
  // (adult intervals: Harrison's Principles of Internal Medicine 21e, appendix "Laboratory values of clinical importance";
  // Tietz Textbook of Laboratory Medicine 7e, 2022). Urine osmolality and sodium have no population interval (they follow
  // intake and the serum), so they are listed as not judged.
  q({ id: 'mch', name: 'Mean corpuscular hemoglobin (MCH)', loinc: ['785-6'], unit: 'pg', ranges: [{ low: 26, high: 34 }], plausible: [5, 60], high: 'mch-high', low: 'mch-low', names: ['mch', 'mean corpuscular hemoglobin', 'mean cell hemoglobin', 'mean corpuscular haemoglobin', 'mean cell haemoglobin'], noteUnits: [['pg', 5, 60]] }),
  q({ id: 'mchc', name: 'Mean corpuscular hemoglobin concentration (MCHC)', loinc: ['786-4'], unit: 'g/dL', ranges: [{ low: 31, high: 37 }], plausible: [10, 60], high: 'mchc-high', low: 'mchc-low', names: ['mchc', 'mean corpuscular hemoglobin concentration', 'mean cell hemoglobin concentration', 'mean corpuscular haemoglobin concentration', 'mean cell haemoglobin concentration'], noteUnits: [['g/dL', 10, 60], ['g/L', 100, 600]] }),
  q({ id: 'rdw', name: 'Erythrocyte distribution width (RDW)', loinc: ['788-0'], unit: '%', ranges: [{ high: 14.5 }], plausible: [5, 50], high: 'rdw-high', names: ['rdw', 'red cell distribution width', 'red blood cell distribution width', 'rdw cv'], noteUnits: [['%', 5, 50]] }),
  q({ id: 'monocytes', name: 'Monocytes (absolute)', loinc: ['742-7'], unit: '10*3/uL', ranges: [{ low: 0.2, high: 0.95 }], plausible: [0, 300], high: 'monocytes-high', low: 'monocytes-low', names: ['monocytes', 'monocyte count', 'absolute monocyte count', 'monos', 'mono count'], noteUnits: [['10*3/uL', 0, 100], ['/uL', 100, 1e6]] }),
  q({ id: 'ck-mb', name: 'Creatine kinase MB', loinc: ['13969-1'], unit: 'ng/mL', ranges: [{ high: 5.5 }], plausible: [0, 5000], high: 'ck-mb-high', names: ['ck mb', 'ckmb', 'cpk mb', 'creatine kinase mb', 'ck mb mass'], noteUnits: [['ng/mL', 0, 5000]] }),
  q({ id: 'transferrin', name: 'Transferrin', loinc: ['3034-6'], unit: 'mg/dL', ranges: [{ low: 200, high: 400 }], plausible: [0, 2000], high: 'transferrin-high', low: 'transferrin-low', names: ['transferrin', 'serum transferrin'], noteUnits: [['mg/dL', 20, 2000], ['g/L', 0.2, 20]] }),
  q({ id: 'urine-osmolality', name: 'Osmolality, urine', loinc: ['2695-5'], unit: 'mosm/kg', ranges: [], plausible: [20, 1600], names: ['urine osmolality', 'urine osm', 'uosm', 'urinary osmolality', 'urine osmolarity'], noteUnits: [['mosm/kg', 20, 1600]] }),
  q({ id: 'urine-sodium', name: 'Sodium, urine (spot)', loinc: ['2955-3'], unit: 'mmol/L', analyte: { valence: 1 }, ranges: [], plausible: [0, 400], names: ['urine sodium', 'urine na', 'una', 'urinary sodium', 'spot urine sodium', 'urine na+'], noteUnits: [['mmol/L', 0, 400]] }),
  // Urine specific gravity 1.005-1.030 (Harrison's 21e appendix).
  q({ id: 'urine-specific-gravity', name: 'Specific gravity of urine', loinc: ['5811-5', '2965-2'], unit: '1', dimensionless: true, ranges: [{ low: 1.005, high: 1.030 }], plausible: [1.0, 1.08], high: 'urine-specific-gravity-high', low: 'urine-specific-gravity-low', names: ['specific gravity', 'urine specific gravity', 'sg', 'urine sg', 'spec grav'], noteUnits: [['1', 1.0, 1.08]] }),
  // Peak expiratory flow as a percentage of predicted or personal best: below 80% is reduced (GINA 2024 report, box 1-2 and
  // the asthma action plan zones). A flow in L/min needs the patient's predicted value and is listed as not judged; so is a
// bare number ("PEFR 90": 90 L/min is a life-threatening attack, 90% normal), read only with its "%".
  q({ id: 'peak-flow-percent', name: 'Peak expiratory flow (% predicted)', loinc: [], unit: '%', ranges: [{ low: 80 }], plausible: [3, 200], low: 'peak-flow-reduced', unitAfter: ['pef', 'pefr', 'peak flow', 'peak expiratory flow', 'peak expiratory flow rate', 'peak flow rate'], names: ['pef', 'pefr', 'peak flow', 'peak expiratory flow', 'peak expiratory flow rate', 'peak flow rate'], noteUnits: [['%', 3, 100]] }),
  // Numeric pain rating (0-10): 7 or more is severe pain (Serlin RC et al. 1995, Pain 61:277-284). Read only after a
  // scale's name ("pain score 8/10", "NRS 7"): after "pain" alone a number is often a duration or a site count.
  q({ id: 'pain-score', name: 'Pain severity (0-10 numeric rating)', loinc: ['72514-3'], unit: '1', dimensionless: true, outOf: 10, ranges: [{ high: 6 }], plausible: [0, 10], high: 'pain-severe', names: ['pain score', 'pain scale', 'pain rating', 'nrs', 'nrs pain score', 'numeric rating scale', 'pain severity'], noteUnits: [['1', 0, 10]] }),
  // tumour markers
  // Graded: PSA above 10 ng/mL (Catalona 1994), CK above five times normal (Chavez 2016), WBC above 100 x10^9/L (Ganzel 2012);
  // below the range: platelets below 50 x10^9/L (Harrison's 21e ch. 115: spontaneous bleeding is rare above it; ITP, TTP,
  // marrow failure, DIC), neutrophils below 0.5 x10^9/L (severe neutropenia, the IDSA 2011 neutropenic-fever cut-off, Freifeld).
  q({ id: 'psa', name: 'Prostate specific Ag (PSA)', loinc: ['2857-1'], unit: 'ng/mL', ranges: [{ high: 4.0 }], plausible: [0, 100000], high: 'psa-high', grades: [{ above: 10, concept: 'psa-very-high' }], names: ['psa', 'prostate specific antigen', 'serum psa', 'total psa'] }),
  q({ id: 'cea', name: 'Carcinoembryonic Ag (CEA)', loinc: ['2039-6'], unit: 'ng/mL', ranges: [{ high: 5.0 }], plausible: [0, 100000], high: 'cea-high', names: ['cea', 'carcinoembryonic antigen'] }),
  q({ id: 'afp', name: 'Alpha-1-fetoprotein (AFP)', loinc: ['1834-1'], unit: 'ng/mL', ranges: [{ high: 10 }], plausible: [0, 1e7], high: 'afp-high', names: ['afp', 'alpha fetoprotein', 'alpha feto protein', 'serum afp'] }),
  q({ id: 'ca-125', name: 'Cancer Ag 125 (CA-125)', loinc: ['10334-1'], unit: 'U/mL', ranges: [{ high: 35 }], plausible: [0, 1e6], high: 'ca125-high', names: ['ca 125', 'ca125', 'cancer antigen 125'], noteUnits: [['U/mL', 0, 1e6]] }),
  // toxicology
  q({ id: 'ethanol', name: 'Ethanol, serum', loinc: ['5643-2'], unit: 'mg/dL', analyte: { molarMass: 46.07 }, ranges: [{ high: 10 }], plausible: [0, 2000], high: 'ethanol-level-high', names: ['ethanol', 'etoh', 'serum ethanol', 'blood alcohol', 'blood alcohol level', 'ethanol level', 'alcohol level', 'serum alcohol'], noteUnits: [['mg/dL', 0, 2000]] }),
  // Drug levels above the therapeutic range (Tietz 2018; Harrison's 21e ch. 458): lithium above 1.2 mmol/L
  // (therapeutic 0.6-1.2), digoxin above 2.0 ng/mL (therapeutic 0.8-2.0; 1 ng/mL = 1.28 nmol/L). A dose
  // ("lithium 400 mg") is no level: its unit is not a level's.
  q({ id: 'lithium-level', name: 'Lithium, serum', loinc: ['14334-7'], unit: 'mmol/L', analyte: { valence: 1 }, ranges: [{ high: 1.2 }], plausible: [0, 15], high: 'lithium-level-high', levelOfDrug: true, names: ['lithium', 'lithium level', 'serum lithium', 'plasma lithium', 'lithium concentration', 'li level'], noteUnits: [['mmol/L', 0, 15]] }),
  q({ id: 'digoxin-level', name: 'Digoxin, serum', loinc: ['10535-3'], unit: 'ng/mL', analyte: { molarMass: 780.94 }, ranges: [{ high: 2.0 }], plausible: [0, 50], high: 'digoxin-level-high', levelOfDrug: true, names: ['digoxin', 'digoxin level', 'serum digoxin', 'plasma digoxin', 'digoxin concentration', 'dig level'], noteUnits: [['ng/mL', 0, 50], ['nmol/L', 0, 64]] }),
  q({ id: 'acetaminophen', name: 'Acetaminophen, serum', loinc: ['3298-7'], unit: 'ug/mL', analyte: { molarMass: 151.16 }, ranges: [{ high: 30 }], plausible: [0, 5000], high: 'acetaminophen-level-high', names: ['acetaminophen level', 'paracetamol level', 'apap level', 'serum acetaminophen', 'serum paracetamol', 'acetaminophen concentration', 'paracetamol concentration', 'tylenol level'], noteUnits: [['ug/mL', 0, 5000]] }),
  q({ id: 'salicylate', name: 'Salicylate, serum', loinc: ['4024-6'], unit: 'mg/dL', analyte: { molarMass: 138.12 }, ranges: [{ high: 30 }], plausible: [0, 500], high: 'salicylate-level-high', names: ['salicylate', 'salicylate level', 'aspirin level', 'serum salicylate', 'salicylates'], noteUnits: [['mg/dL', 0, 500]] }),
  q({ id: 'carboxyhemoglobin', name: 'Carboxyhemoglobin/Hemoglobin.total', loinc: ['20563-3'], unit: '%', ranges: [{ high: 3 }], plausible: [0, 100], high: 'carboxyhemoglobin-high', names: ['carboxyhemoglobin', 'carboxyhaemoglobin', 'cohb', 'co hb', 'carboxyhb', 'carbon monoxide level'], noteUnits: [['%', 0, 100]] }),
  q({ id: 'lead', name: 'Lead, blood', loinc: ['5671-3'], unit: 'ug/dL', analyte: { molarMass: 207.2 }, ranges: [{ high: 3.5 }], plausible: [0, 1000], high: 'lead-level-high', names: ['blood lead', 'lead level', 'blood lead level', 'bll', 'serum lead'], noteUnits: [['ug/dL', 0, 1000]] }),
  // serology, antigen and culture results: read as positive or negative
  // ANA on HEp-2 cells at 1:80 or more is the entry criterion of the 2019 EULAR/ACR SLE classification (Aringer M et al. 2019, Arthritis Rheumatol 71(9):1400-1412).
  ql({ id: 'ana', name: 'Nuclear Ab (ANA)', loinc: ['8061-4'], positive: 'ana-positive', titrePositiveAt: 80, names: ['ana', 'antinuclear antibody', 'antinuclear antibodies', 'anti nuclear antibody'] }),
  ql({ id: 'rf', name: 'Rheumatoid factor', loinc: ['11572-5'], positive: 'rf-positive', names: ['rf', 'rheumatoid factor'] }),
  ql({ id: 'anti-ccp', name: 'Cyclic citrullinated peptide Ab', loinc: [], positive: 'anti-ccp-positive', names: ['anti ccp', 'ccp', 'anti ccp antibody', 'acpa', 'anti cyclic citrullinated peptide'] }),
  ql({ id: 'anti-dsdna', name: 'dsDNA Ab', loinc: [], positive: 'anti-dsdna-positive', names: ['anti dsdna', 'dsdna', 'anti double stranded dna', 'ds dna'] }),
  ql({ id: 'ttg-iga', name: 'Tissue transglutaminase IgA Ab', loinc: ['31017-7'], positive: 'ttg-iga-positive', names: ['ttg', 'ttg iga', 'tissue transglutaminase', 'tissue transglutaminase iga', 'anti ttg', 'tissue transglutaminase antibody', 'tissue transglutaminase iga antibody'] }),
  ql({ id: 'tpo', name: 'Thyroperoxidase Ab', loinc: ['8099-4'], positive: 'tpo-antibody-positive', names: ['tpo', 'anti tpo', 'tpo antibodies', 'thyroid peroxidase antibodies', 'thyroperoxidase antibody', 'anti thyroid peroxidase'] }),
  ql({ id: 'coombs', name: 'Direct antiglobulin test (Coombs)', loinc: ['1007-4'], positive: 'coombs-positive', names: ['coombs', 'coombs test', 'direct coombs', 'dat', 'direct antiglobulin test'] }),
  ql({ id: 'hav-igm', name: 'Hepatitis A virus IgM Ab', loinc: ['13950-1'], positive: 'hav-igm-positive', names: ['hav igm', 'hepatitis a igm', 'anti hav igm', 'igm anti hav'] }),
  ql({ id: 'hbsag', name: 'Hepatitis B virus surface Ag', loinc: ['5196-1'], positive: 'hbsag-positive', names: ['hbsag', 'hepatitis b surface antigen', 'hbs ag', 'hep b surface antigen'] }),
  ql({ id: 'hcv-ab', name: 'Hepatitis C virus Ab', loinc: ['16128-1'], positive: 'hcv-antibody-positive', names: ['hcv', 'hcv antibody', 'hepatitis c antibody', 'anti hcv', 'hcv ab', 'hep c antibody'] }),
  ql({ id: 'hsv', name: 'Herpes simplex virus DNA (NAAT)', loinc: [], positive: 'hsv-pcr-positive', names: ['hsv', 'hsv pcr', 'herpes simplex pcr', 'hsv 1', 'hsv 2', 'herpes simplex virus'] }),
  ql({ id: 'cmv-igm', name: 'Cytomegalovirus IgM Ab', loinc: [], positive: 'cmv-igm-positive', names: ['cmv igm', 'cmv', 'cytomegalovirus igm', 'cytomegalovirus'] }),
  ql({ id: 'ebv', name: 'Epstein-Barr virus capsid IgM Ab', loinc: [], positive: 'ebv-antibody-positive', names: ['ebv', 'ebv vca igm', 'ebv serology', 'epstein barr virus', 'ebv igm'] }),
  ql({ id: 'chlamydia', name: 'Chlamydia trachomatis rRNA (NAAT)', loinc: ['43304-5'], positive: 'chlamydia-naat-positive', names: ['chlamydia', 'chlamydia naat', 'chlamydia pcr', 'chlamydia trachomatis', 'ct naat'] }),
  ql({ id: 'gonorrhea', name: 'Neisseria gonorrhoeae rRNA (NAAT)', loinc: ['43305-2'], positive: 'gonorrhea-naat-positive', names: ['gonorrhea', 'gonorrhoea', 'gonorrhea naat', 'gonorrhoea naat', 'gc naat', 'neisseria gonorrhoeae', 'gc'] }),
  ql({ id: 'syphilis', name: 'Reagin Ab (RPR/VDRL) or treponemal Ab', loinc: ['20507-0'], positive: 'syphilis-serology-positive', names: ['rpr', 'vdrl', 'syphilis serology', 'treponemal antibody', 'tppa', 'fta abs', 'syphilis'] }),
  ql({ id: 'igra', name: 'Interferon-gamma release assay (TB)', loinc: [], positive: 'tb-igra-positive', names: ['quantiferon', 'quantiferon tb gold', 'igra', 'interferon gamma release assay', 't spot', 'tb igra'] }),
  ql({ id: 'lyme', name: 'Borrelia burgdorferi Ab', loinc: [], positive: 'lyme-serology-positive', names: ['lyme serology', 'lyme', 'lyme antibody', 'borrelia serology', 'lyme elisa', 'lyme western blot'] }),
  ql({ id: 'malaria', name: 'Plasmodium (smear or antigen)', loinc: [], positive: 'malaria-smear-positive', names: ['malaria smear', 'malaria', 'thick and thin smears', 'blood film for malaria', 'malaria rdt', 'malaria antigen'] }),
  ql({ id: 'stool-culture', name: 'Stool culture', loinc: [], positive: 'stool-culture-positive', organismResult: true, names: ['stool culture', 'stool cultures'] }),
  ql({ id: 'stool-ova-parasites', name: 'Stool ova and parasites', loinc: [], positive: 'stool-ova-parasites-positive', names: ['stool ova and parasites', 'ova and parasites', 'o p', 'stool o p', 'giardia antigen'] }),
  ql({ id: 'sputum-culture', name: 'Sputum culture', loinc: [], positive: 'sputum-culture-positive', organismResult: true, names: ['sputum culture', 'sputum cultures'] }),
  ql({ id: 'throat-culture', name: 'Throat culture', loinc: [], positive: 'throat-culture-positive', organismResult: true, names: ['throat culture', 'throat swab culture'] }),
  ql({ id: 'koh', name: 'KOH preparation', loinc: [], positive: 'koh-prep-positive', names: ['koh', 'koh prep', 'koh preparation', 'potassium hydroxide preparation'] }),
  ql({ id: 'wet-mount', name: 'Wet mount', loinc: [], positive: 'wet-mount-positive', names: ['wet mount', 'wet prep', 'saline wet mount'] }),
  // measured results of ECG, echocardiogram and spirometry (ESC/AHA QTc limits; ASE LVEF; GOLD FEV1/FVC < 0.70)
  q({ id: 'qtc', name: 'QTc interval', loinc: ['8636-3'], unit: 'ms', ranges: [{ sex: 'female', high: 460 }, { sex: 'male', high: 450 }, { high: 460 }], plausible: [200, 800], high: 'ecg-qt-prolonged', names: ['qtc', 'qt interval', 'qtc interval', 'corrected qt', 'corrected qt interval', 'qt'], noteUnits: [['ms', 200, 800], ['s', 0.2, 0.8]] }),
  // Kusumoto 2019 (2018 ACC/AHA/HRS bradycardia guideline): a PR interval above 200 ms is first-degree AV block.
  q({ id: 'pr-interval', name: 'PR interval', loinc: ['8625-6'], unit: 'ms', ranges: [{ high: 200 }], plausible: [40, 1000], high: 'ecg-first-degree-av-block', names: ['pr interval', 'p r interval', 'pr int', 'pr'], noteUnits: [['ms', 60, 600], ['s', 0.06, 0.6]] }),
  // Surawicz 2009 (AHA/ACCF/HRS recommendations for the standardization and interpretation of the ECG, part III,
  // Circulation 119:e235): in adults a QRS duration above 110 ms is an intraventricular conduction disturbance
  // (nonspecific above 110, incomplete bundle branch block 110-119, complete 120 or more), so it is also a
  // conduction abnormality; a normal QRS says nothing of AV or sinus conduction. The prolonged QRS itself is a concept
  // of its own, not HPO's "Prolonged QRS complex", whose profile (rare-disease annotations) lists two conditions.
  q({ id: 'qrs-duration', name: 'QRS duration', loinc: ['8633-0'], unit: 'ms', ranges: [{ high: 110 }], plausible: [30, 400], high: 'ecg-qrs-prolonged', grades: [{ above: 110, concept: 'ecg-conduction-abnormality', presentOnly: true }], names: ['qrs', 'qrs duration', 'qrs width', 'qrs interval', 'qrsd', 'qrs complex duration'], noteUnits: [['ms', 40, 300], ['s', 0.04, 0.3]] }),
  // Otto 2021 (2020 ACC/AHA valvular heart disease guideline): an aortic valve area below 1.5 cm2 is aortic stenosis (below 1.0 severe).
  q({ id: 'aortic-valve-area', name: 'Aortic valve area (echo)', loinc: ['79997-3'], unit: 'cm2', ranges: [{ low: 1.5 }], plausible: [0.1, 8], low: 'echo-aortic-stenosis', names: ['aortic valve area', 'ava', 'av area', 'valve area'], noteUnits: [['cm2', 0.1, 8]] }),
  // Humbert 2022 (ESC/ERS guidelines for pulmonary hypertension, Eur Heart J 43:3618): pulmonary hypertension is a mean
  // pulmonary arterial pressure above 20 mmHg at rest on right heart catheterisation. No LOINC code given (none checked).
  // The concept is the broad model's HPO finding itself (by id, as the ECG statements name HPO findings): a concept
  // named by HPO's name would take the phenotype finding out of the build (a value concept's name is the reader's).
  q({ id: 'mean-pulmonary-artery-pressure', name: 'Mean pulmonary artery pressure', loinc: [], unit: 'mm[Hg]', ranges: [{ high: 20 }], plausible: [0, 150], high: 'hp-elevated-pulmonary-artery-pressure', names: ['mpap', 'mean pap', 'mean pa pressure', 'mean pulmonary artery pressure', 'mean pulmonary arterial pressure', 'pa mean pressure'], noteUnits: [['mm[Hg]', 3, 150]] }),
  // Grant 2003 (Society of Radiologists in Ultrasound consensus, Radiology 229:340): an internal carotid peak systolic
  // velocity of 125 cm/s or more is a stenosis of 50% or more (230 or more: 70% or more); below 125 says nothing of a
  // lesser stenosis or of plaque, so a normal velocity does not make the finding absent.
  q({ id: 'ica-psv', name: 'Internal carotid artery peak systolic velocity', loinc: [], unit: 'cm/s', ranges: [{ high: 124 }], plausible: [5, 800], high: 'ica-velocity-high', grades: [{ above: 124, concept: 'carotid-stenosis', presentOnly: true }], names: ['ica psv', 'ica peak systolic velocity', 'internal carotid psv', 'internal carotid artery psv', 'internal carotid peak systolic velocity', 'internal carotid artery peak systolic velocity'], noteUnits: [['cm/s', 5, 800]] }),
  // Farrell PM et al. 2017 (CF Foundation consensus, J Pediatr 181S:S4-S15): sweat chloride of 60 mmol/L or more is
  // consistent with cystic fibrosis (30-59 intermediate, 29 or less unlikely); LOINC 2078-4, chloride in sweat. Read
  // present only: an intermediate value does not rule it out. Sweat is its own specimen (quantities.ts), so the
  // serum chloride name after "sweat" is no blood value.
  q({ id: 'sweat-chloride', name: 'Chloride in sweat', loinc: ['2078-4'], unit: 'mmol/L', ranges: [{ high: 59 }], plausible: [0, 200], high: 'sweat-chloride-high', grades: [{ above: 59, concept: 'hp-elevated-sweat-chloride', presentOnly: true }], names: ['sweat chloride', 'sweat cl', 'sweat test chloride', 'sweat chloride test'], noteUnits: [['mmol/L', 0, 200]] }),
  // Faecal elastase-1 (LOINC 25907-7, pancreatic elastase in stool, mass/mass): below 200 ug/g is exocrine pancreatic
  // insufficiency, below 100 severe (Löhr JM et al. 2017, HaPanEU / UEG guidelines on chronic pancreatitis, United
  // European Gastroenterol J 5:153-99; the ESPGHAN CF guidance uses the same 200 ug/g cut-off). Read present only: a
  // normal value does not exclude a mild insufficiency. Stool is its own specimen (quantities.ts).
  q({ id: 'fecal-elastase', name: 'Elastase.pancreatic in stool', loinc: ['25907-7'], unit: 'ug/g', ranges: [{ low: 200 }], plausible: [1, 2000], low: 'fecal-elastase-low', grades: [{ below: 200, concept: 'hp-exocrine-pancreatic-insufficiency', presentOnly: true }], names: ['fecal elastase', 'fecal elastase-1', 'stool elastase', 'fecal pancreatic elastase', 'pancreatic elastase', 'elastase-1', 'fe-1', 'fe1'], noteUnits: [['ug/g', 1, 2000]] }),
  // Coagulation factor activities (one-stage clotting assays), in % of normal pooled plasma (read in %, or a bare
  // number; IU/dL, the same number, is not in the UCUM table and stays listed as not judged). The reference interval of each factor
  // is about 50-150 % (ISTH SSC, Blanchette VS et al. 2014, Definitions in hemophilia, J Thromb Haemost 12:1935-9,
  // which also grades haemophilia below 40 IU/dL: White GC et al. 2001, Thromb Haemost 85:560), so a value below 50
  // is the factor's reduced activity and a factor VIII above 150 its increased activity; the HPO findings of the
  // model name them (HP:0003125 Reduced factor VIII activity, HP:0011858 factor IX, HP:0008169 factor VII,
  // HP:0003225 factor V, HP:0008321 factor X; HP:0030977 Increased factor VIII activity). LOINC codes from general
  // knowledge (K, docs/fhir.md). Names need the factor's numeral ("factor VIII 3%"); the short "F" forms only for VII and VIII,
  // since "fix", "fx" (fracture) and "fv" are other words. "Factor V Leiden" or an inhibitor titre in Bethesda units
  // is no activity.
  ...(
    [
      ['viii', '8', '3209-4', 'hp-reduced-factor-viii-activity', 'hp-increased-factor-viii-activity'],
      ['ix', '9', '3187-2', 'hp-reduced-factor-ix-activity', undefined],
      ['vii', '7', '3198-9', 'hp-reduced-factor-vii-activity', undefined],
      ['v', '5', '3193-0', 'hp-reduced-coagulation-factor-v-activity', undefined],
      ['x', '10', '3218-5', 'hp-reduced-factor-x-activity', undefined],
    ] as const
  ).map(([roman, arabic, loinc, low, high]) => q({
    id: `factor-${roman}-activity`, name: `Coagulation factor ${roman.toUpperCase()} activity`, loinc: [loinc], unit: '%',
    ranges: [{ low: 50, high: 150 }], plausible: [0, 1000], low, ...(high ? { high } : {}),
    names: [`factor ${roman}`, `factor ${arabic}`, `factor ${roman} activity`, `factor ${roman} level`, `factor ${roman}:c`, `factor ${roman} assay`, ...(roman.length >= 3 ? [`f${roman}`, `f${roman}:c`] : [])],
    noteUnits: [['%', 0, 1000]],
  })),
  // 13C-urea breath test, delta over baseline (DOB) in per mil: the cut-offs of the validated protocols lie between 2.5
  // and 5 per mil (Gisbert JP, Pajares JM 2004, Aliment Pharmacol Ther 20:1001-17, the critical review of the test), so a
  // DOB over 5 is positive under every cut-off: H. pylori infection. Read present only (2.5-5 undecided; a negative
  // test on acid suppression does not exclude it). The same names' result words stay the qualitative test (`h-pylori`).
  q({ id: 'urea-breath-test-dob', name: 'Urea breath test, delta over baseline', loinc: [], unit: '1', dimensionless: true, ranges: [{ high: 5 }], plausible: [0, 200], high: 'urea-breath-test-high', grades: [{ above: 5, concept: 'h-pylori-positive', presentOnly: true }], names: ['urea breath test', '13c urea breath test', 'c13 urea breath test', 'delta over baseline', 'urea breath test dob', 'ubt dob'], noteUnits: [['1', 0, 200]] }),
  q({ id: 'lvef', name: 'Left ventricular ejection fraction', loinc: ['10230-1', '8806-2'], unit: '%', ranges: [{ low: 50 }], plausible: [3, 95], low: 'echo-reduced-ef', names: ['ef', 'lvef', 'ejection fraction', 'left ventricular ejection fraction', 'lv ef', 'lv ejection fraction'], noteUnits: [['%', 3, 95]] }),
  // Bone density T-score: osteoporosis at -2.5 or lower (WHO 1994, Technical Report Series 843); reported to one decimal, so the bound sits just above -2.5.
  q({ id: 'dxa-t-score', name: 'Bone mineral density T-score (DXA)', loinc: [], unit: '1', dimensionless: true, ranges: [{ low: -2.45 }], plausible: [-8, 6], low: 'dexa-low-bone-density', grades: [{ below: -1, concept: 'dexa-low-bone-mass' }], names: ['t score', 'dxa t score', 'dexa t score', 'bmd t score', 'lumbar spine t score', 'femoral neck t score', 'hip t score', 'total hip t score'], noteUnits: [['1', -8, 6]] }),
  // Base excess (arterial or venous): -2 to +2 mmol/L; a deficit is metabolic acidosis, an excess metabolic alkalosis (Berend 2014).
  q({ id: 'base-excess', name: 'Base excess', loinc: ['11555-0', '1925-7'], unit: 'mmol/L', analyte: { valence: 1 }, ranges: [{ low: -2, high: 2 }], plausible: [-40, 40], low: 'bicarbonate-low', high: 'bicarbonate-high', names: ['base excess', 'abe', 'actual base excess', 'standard base excess'], noteUnits: [['mmol/L', -40, 40]] }),
  q({ id: 'fev1-fvc', name: 'FEV1/FVC', loinc: ['19926-5'], unit: '%', ranges: [{ low: 70 }], plausible: [10, 120], low: 'spirometry-obstruction', names: ['fev1 fvc', 'fev1/fvc', 'fev1/fvc ratio', 'fev1 fvc ratio', 'fev1 to fvc ratio'], noteUnits: [['1', 0.1, 1.2], ['%', 10, 120]] }),
  // respiratory pathogens (Synthea, US Core): nucleic acid and antigen tests
  ql({ id: 'sars-cov-2', name: 'SARS-CoV-2 RNA or antigen', loinc: ['94500-6', '94309-2', '94531-1', '94533-7', '94534-5', '94565-9', '94558-4', '95209-3', '94759-8'], positive: 'sars-cov-2-positive', names: ['sars cov 2', 'sars cov2', 'sarscov2', 'covid', 'covid 19', 'covid19', 'coronavirus', 'sars coronavirus 2', 'novel coronavirus'] }),
  ql({ id: 'influenza', name: 'Influenza A/B RNA', loinc: ['92142-9', '92141-1', '34487-9'], positive: 'influenza-pcr-positive', names: ['influenza', 'influenza a', 'influenza b', 'flu', 'flu a', 'flu b', 'influenza a b', 'flu a b', 'influenza pcr', 'flu pcr'] }),
  // Rapid antigen tests are far less sensitive than PCR (Chartrand 2012): their own concept.
  ql({ id: 'influenza-antigen', name: 'Influenza A/B antigen (rapid)', loinc: ['80382-5', '80383-3'], positive: 'influenza-test-positive', names: ['rapid flu', 'rapid influenza', 'rapid flu test', 'rapid influenza test', 'influenza antigen', 'flu antigen', 'rapid influenza antigen', 'rapid influenza diagnostic test', 'ridt', 'rapid flu swab'] }),
  ql({ id: 'rsv', name: 'Respiratory syncytial virus RNA or antigen', loinc: ['92131-2', '40988-8'], positive: 'rsv-positive', names: ['rsv', 'respiratory syncytial virus'] }),
  ql({ id: 'respiratory-virus', name: 'Other respiratory viruses (parainfluenza, rhinovirus, metapneumovirus, adenovirus)', loinc: ['92140-3', '92139-5', '92138-7', '92130-4', '92134-6', '94040-3'], positive: 'respiratory-virus-positive', names: ['rhinovirus', 'parainfluenza', 'metapneumovirus', 'adenovirus', 'respiratory viral panel', 'viral panel', 'respiratory panel', 'rhino enterovirus', 'enterovirus'] }),
  ql({ id: 'strep-a', name: 'Streptococcus pyogenes antigen or NAAT (throat)', loinc: ['78012-2', '11268-0'], positive: 'rapid-strep-positive', names: ['rapid strep', 'strep test', 'rads', 'strep a', 'group a strep', 'strep screen', 'rapid strep test', 'throat swab strep'] }),
  ql({ id: 'hiv', name: 'HIV 1+2 antibody/antigen', loinc: ['56888-1', '75622-1', '7917-8'], positive: 'hiv-test-positive', names: ['hiv', 'hiv test', 'hiv serology', 'hiv antibody', 'hiv 1 2', 'hiv screen', 'hiv 1/2', 'hiv-1/2', 'hiv 1/2 antigen/antibody', 'hiv antigen/antibody', 'hiv ag/ab', 'hiv 1/2 ag/ab', 'hiv 1/2 antibody', 'hiv antigen antibody', 'hiv 4th generation', 'hiv combo'] }),
  ql({ id: 'monospot', name: 'Heterophile antibody (monospot)', loinc: [], positive: 'monospot-positive', names: ['monospot', 'heterophile antibody', 'heterophile', 'mono test', 'mono spot'] }),
  ql({ id: 'c-diff', name: 'Clostridioides difficile toxin or PCR', loinc: [], positive: 'c-diff-positive', names: ['c diff', 'c difficile', 'c difficile toxin', 'c diff toxin', 'clostridium difficile', 'clostridioides difficile', 'c. diff', 'c. difficile', 'c. difficile toxin', 'c. diff toxin', 'c. difficile pcr', 'c difficile pcr', 'toxin a/b', 'c difficile toxin a/b'] }),
  ql({ id: 'blood-culture', name: 'Blood culture', loinc: ['600-7'], positive: 'blood-culture-positive', organismResult: true, names: ['blood culture', 'blood cultures', 'bcx', 'bcxs'] }),
  // 10^5 CFU/mL or more of one organism is significant bacteriuria (Kass 1956; IDSA 2005, Nicolle, Clin Infect Dis 40:643);
  // 10^2-10^3 can be significant with symptoms or a catheter, so a lower count is not judged.
  ql({ id: 'urine-culture', name: 'Urine culture', loinc: ['630-4'], positive: 'urine-culture-positive', names: ['urine culture', 'urine cultures', 'msu culture', 'ucx'], significantCfu: 1e5 }),
  ql({ id: 'h-pylori', name: 'Helicobacter pylori stool antigen or breath test', loinc: [], positive: 'h-pylori-positive', names: ['h pylori', 'helicobacter pylori', 'urea breath test', 'h pylori stool antigen', 'h. pylori', 'h. pylori stool antigen', 'h. pylori breath test', 'h pylori breath test', 'helicobacter pylori stool antigen', '13c urea breath test', 'c13 urea breath test'] }),
  ql({ id: 'fobt', name: 'Fecal occult blood / FIT', loinc: [], positive: 'fecal-occult-blood-positive', positiveAt: { units: ['ug/g', 'µg/g', 'μg/g', 'mcg/g', 'ug hb/g', 'µg hb/g', 'mcg hb/g', 'ug/g faeces', 'ug/g feces'], at: 10 }, names: ['fobt', 'fit', 'fecal occult blood', 'faecal occult blood', 'guaiac', 'stool guaiac', 'faecal immunochemical test', 'occult blood', 'stool occult blood', 'hemoccult', 'guaiac test'] }),
  // urinalysis (test strip) and pregnancy. Strip results written in mg/dL: protein 1+ is 30 mg/dL, ketones 'small' 15 mg/dL
  // (Simerville JA et al. 2005, Urinalysis: a comprehensive review, Am Fam Physician 71:1153-1162); below is negative or trace.
  ql({ id: 'urine-leukocyte-esterase', name: 'Leukocyte esterase, urine strip', loinc: ['5799-2'], positive: 'urine-leukocyte-esterase-positive', names: ['leukocyte esterase', 'leucocyte esterase', 'leuk esterase', 'le', 'urine leukocyte esterase', 'leukocytes in urine'] }),
  ql({ id: 'urine-nitrite', name: 'Nitrite, urine strip', loinc: ['5802-4'], positive: 'urine-nitrite-positive', names: ['nitrite', 'nitrites', 'urine nitrite', 'urine nitrites'] }),
  ql({ id: 'urine-protein', name: 'Protein, urine strip', loinc: ['5804-0'], positive: 'urine-protein-positive', positiveAt: { units: ['mg/dl'], at: 30 }, names: ['urine protein', 'protein in urine', 'urine dipstick protein', 'protein', 'proteinuria'] }),
  ql({ id: 'urine-blood', name: 'Hemoglobin (blood), urine strip', loinc: ['5794-3'], positive: 'urine-blood-positive', names: ['urine blood', 'blood in urine', 'urine dipstick blood'] }),
  ql({ id: 'urine-glucose', name: 'Glucose, urine strip', loinc: ['5792-7'], positive: 'urine-glucose-positive', names: ['urine glucose', 'glucose in urine', 'urine sugar'] }),
  ql({ id: 'urine-ketones', name: 'Ketones, urine strip', loinc: ['2514-8'], positive: 'urine-ketones-positive', positiveAt: { units: ['mg/dl'], at: 15 }, names: ['ketones', 'urine ketones', 'ketone', 'urinary ketones', 'ketones in urine', 'serum ketones', 'blood ketones', 'beta hydroxybutyrate'] }),
  ql({ id: 'hcg-qualitative', name: 'hCG pregnancy test (qualitative)', loinc: ['2106-3', '2118-8'], positive: 'hcg-positive', names: ['urine hcg', 'upt', 'urine pregnancy test', 'pregnancy test', 'hcg', 'beta hcg', 'bhcg', 'b hcg', 'serum hcg', 'urine beta hcg'] }),
  q({ id: 'hcg-serum', name: 'hCG, serum (quantitative)', loinc: ['21198-7', '19080-1'], unit: 'm[IU]/mL', ranges: [{ high: 24.99 }], greyZone: [5, 25], plausible: [0, 1e7], high: 'hcg-positive', names: ['serum hcg', 'beta hcg', 'bhcg', 'b hcg', 'quantitative hcg', 'hcg', 'serum beta hcg'] }),
];

/** Tests by LOINC code. */
export const TEST_BY_LOINC: ReadonlyMap<string, LabTest> = new Map(TESTS.flatMap((t) => t.loinc.map((c) => [c, t] as const)));
/** Tests by id (ids are unique). */
export const TEST_BY_ID: ReadonlyMap<string, LabTest> = new Map(TESTS.map((t) => [t.id, t] as const));

/** The quantity test of an id; throws when the table has none (a programming error the tests catch). */
export function quantityTest(id: string): QuantityTest {
  const t = TEST_BY_ID.get(id);
  if (t?.kind !== 'quantity') throw new Error(`loinc-tests: quantity test ${id} missing from the shared table`);
  return t;
}

/** The rule that applies to a patient, or undefined when no rule matches. */
export function defaultRange(test: QuantityTest, sex: Sex | undefined, age: number | undefined): RangeRule | undefined {
  return test.ranges.find((r) =>
    (r.sex === undefined || r.sex === sex) &&
    (r.minAge === undefined || (age !== undefined && age >= r.minAge)) &&
    (r.maxAge === undefined || (age !== undefined && age < r.maxAge)));
}
