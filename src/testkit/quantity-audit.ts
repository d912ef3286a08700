/**
 * Test support: a systematic audit of the note value reader (issue 13, "Quantities in notes"). Every
 * analyte of the common panels (the list; LOINC common panels: CBC with differential, BMP/CMP,
 * hepatic, lipid, inflammatory, cardiac, D-dimer, lactate, arterial/venous gases, glucose/HbA1c, thyroid,
 * iron, B12/folate, urinalysis dipstick and microscopy, osmolality, urine sodium, hCG, infectious tests,
 * vital signs) is written in 3-4 forms notes use: bare ("Na 128"), named with a US unit, labelled with the
 * laboratory's flag ("Na: 128 (L)"), in SI units with an arrow, table cells ("Na 128 | K 3.1"), censored
 * values ("<0.01") and ranges ("WBC 12-14"). `auditQuantities` reads each form with the shipped broad
 * model's lexicon and says whether it was read, converted, judged and mapped to a model finding (or listed
 * as recognised but not in the model). Written from the panel definitions, not from any dev note.
 */
import type { Sex } from '../core/model.js';
import type { Flag } from '../intake/fhir/observation.js';
import { extractFindings, type Extraction } from '../intake/notes/extract.js';
import { buildLexicon, type Lexicon } from '../intake/notes/lexicon.js';
import { loadModel } from './builtin-models.js';

/** One written form of an analyte and what a correct reading gives. */
export interface AuditForm {
  readonly panel: string;
  /** The analyte (a test id of the shared table, or a name for an analyte the table lacks). */
  readonly analyte: string;
  readonly text: string;
  /** Test ids a correct reading may carry. */
  readonly tests: readonly string[];
  readonly flag: Flag;
  /** The value in the test's unit, when the form is a number (checks unit conversion, 2% tolerance). */
  readonly converted?: number;
  readonly sex?: Sex;
  readonly age?: number;
}

/** What became of one form. */
export type AuditStatus =
  | 'in-model' // read, judged as expected, mapped to a model finding
  | 'listed-not-in-model' // read and judged; the concept has no finding: listed in `unmapped`
  | 'silently-dropped' // read and judged, but neither a finding nor listed
  | 'not-read' // no reading of the analyte
  | 'listed-not-judged' // read and listed as not judged, as expected (no population interval)
  | 'not-judged' // read, but not judged (unknown unit, no range...)
  | 'wrong-flag' // judged otherwise than the reference interval says
  | 'not-converted'; // read in the wrong unit

/** One audited form with its outcome. */
export interface AuditRow {
  readonly form: AuditForm;
  readonly status: AuditStatus;
  readonly rule?: string;
  readonly got?: string;
}

type Spec = readonly [analyte: string, tests: string | readonly string[], abbr: string, full: string, value: string, flag: Flag, converted: number | undefined, unit: string, si?: readonly [string, string, number]];

/**
 * Quantitative analytes: [analyte, test ids, abbreviation, full name, abnormal value, flag, value in the
 * test's unit, US unit as written, SI value/unit/converted]. Values are clearly outside the adult interval.
 */
const QUANTITATIVE: Readonly<Record<string, readonly Spec[]>> = {
  'CBC': [
    ['hemoglobin', 'hemoglobin', 'Hb', 'hemoglobin', '7.1', 'L', 7.1, 'g/dL', ['71', 'g/L', 7.1]],
    ['hematocrit', 'hematocrit', 'Hct', 'hematocrit', '24', 'L', 24, '%', ['0.24', 'L/L', 24]],
    ['wbc', 'wbc', 'WBC', 'white blood cell count', '18.2', 'H', 18.2, 'x10^3/uL', ['18.2', 'x10^9/L', 18.2]],
    ['platelets', 'platelets', 'Plt', 'platelet count', '42', 'L', 42, 'x10^3/uL', ['42', 'x10^9/L', 42]],
    ['mcv', 'mcv', 'MCV', 'mean corpuscular volume', '68', 'L', 68, 'fL'],
    ['mch', 'mch', 'MCH', 'mean corpuscular hemoglobin', '21', 'L', 21, 'pg'],
    ['mchc', 'mchc', 'MCHC', 'mean corpuscular hemoglobin concentration', '29', 'L', 29, 'g/dL', ['290', 'g/L', 29]],
    ['rdw', 'rdw', 'RDW', 'red cell distribution width', '19.5', 'H', 19.5, '%'],
    ['neutrophils', 'neutrophils', 'ANC', 'absolute neutrophil count', '0.3', 'L', 0.3, 'x10^3/uL', ['0.3', 'x10^9/L', 0.3]],
    ['lymphocytes', 'lymphocytes', 'ALC', 'lymphocyte count', '0.4', 'L', 0.4, 'x10^3/uL', ['0.4', 'x10^9/L', 0.4]],
    ['eosinophils', 'eosinophils', 'Eos', 'eosinophil count', '1.8', 'H', 1.8, 'x10^3/uL', ['1.8', 'x10^9/L', 1.8]],
    ['monocytes', 'monocytes', 'Mono', 'monocyte count', '2.1', 'H', 2.1, 'x10^3/uL', ['2.1', 'x10^9/L', 2.1]],
    ['reticulocytes', 'reticulocytes', 'Retic', 'reticulocyte count', '6.5', 'H', 6.5, '%'],
  ],
  'BMP/CMP': [
    ['sodium', 'sodium', 'Na', 'sodium', '118', 'L', 118, 'mEq/L', ['118', 'mmol/L', 118]],
    ['potassium', 'potassium', 'K', 'potassium', '6.8', 'H', 6.8, 'mEq/L', ['6.8', 'mmol/L', 6.8]],
    ['chloride', 'chloride', 'Cl', 'chloride', '88', 'L', 88, 'mEq/L', ['88', 'mmol/L', 88]],
    ['bicarbonate', 'bicarbonate', 'HCO3', 'bicarbonate', '12', 'L', 12, 'mEq/L', ['12', 'mmol/L', 12]],
    ['bun', 'bun', 'BUN', 'blood urea nitrogen', '64', 'H', 64, 'mg/dL', ['22.8', 'mmol/L', 64]],
    ['creatinine', 'creatinine', 'Cr', 'creatinine', '3.4', 'H', 3.4, 'mg/dL', ['300', 'umol/L', 3.4]],
    ['glucose', 'glucose', 'Glu', 'glucose', '412', 'H', 412, 'mg/dL', ['22.9', 'mmol/L', 412]],
    ['calcium', 'calcium', 'Ca', 'calcium', '13.2', 'H', 13.2, 'mg/dL', ['3.3', 'mmol/L', 13.2]],
    ['magnesium', 'magnesium', 'Mg', 'magnesium', '1.1', 'L', 1.1, 'mg/dL', ['0.45', 'mmol/L', 1.1]],
    ['phosphate', 'phosphate', 'Phos', 'phosphate', '1.4', 'L', 1.4, 'mg/dL', ['0.45', 'mmol/L', 1.4]],
    ['albumin', 'albumin', 'Alb', 'albumin', '2.1', 'L', 2.1, 'g/dL', ['21', 'g/L', 2.1]],
    ['total-protein', 'total-protein', 'TP', 'total protein', '10.2', 'H', 10.2, 'g/dL', ['102', 'g/L', 10.2]],
    ['anion-gap', 'anion-gap', 'AG', 'anion gap', '24', 'H', 24, 'mEq/L', ['24', 'mmol/L', 24]],
  ],
  'hepatic': [
    ['alt', 'alt', 'ALT', 'alanine aminotransferase', '340', 'H', 340, 'U/L', ['340', 'IU/L', 340]],
    ['ast', 'ast', 'AST', 'aspartate aminotransferase', '410', 'H', 410, 'U/L', ['410', 'IU/L', 410]],
    ['alp', 'alp', 'ALP', 'alkaline phosphatase', '480', 'H', 480, 'U/L', ['480', 'IU/L', 480]],
    ['ggt', 'ggt', 'GGT', 'gamma-glutamyl transferase', '390', 'H', 390, 'U/L', ['390', 'IU/L', 390]],
    ['bilirubin', 'bilirubin', 'T bili', 'total bilirubin', '4.2', 'H', 4.2, 'mg/dL', ['72', 'umol/L', 4.2]],
    ['direct-bilirubin', 'direct-bilirubin', 'D bili', 'direct bilirubin', '2.8', 'H', 2.8, 'mg/dL', ['48', 'umol/L', 2.8]],
    ['inr', 'inr', 'INR', 'international normalized ratio', '2.9', 'H', 2.9, ''],
    ['ammonia', 'ammonia', 'NH3', 'ammonia', '120', 'H', 120, 'umol/L'],
    ['lipase', 'lipase', 'Lipase', 'serum lipase', '1450', 'H', 1450, 'U/L', ['1450', 'IU/L', 1450]],
  ],
  'lipid': [
    ['cholesterol', 'cholesterol', 'TC', 'total cholesterol', '312', 'H', 312, 'mg/dL', ['8.1', 'mmol/L', 313]],
    ['ldl', 'ldl', 'LDL', 'LDL cholesterol', '220', 'H', 220, 'mg/dL', ['5.7', 'mmol/L', 220]],
    ['hdl', 'hdl', 'HDL', 'HDL cholesterol', '28', 'L', 28, 'mg/dL', ['0.72', 'mmol/L', 27.8]],
    ['triglycerides', 'triglycerides', 'TG', 'triglycerides', '880', 'H', 880, 'mg/dL', ['9.9', 'mmol/L', 877]],
  ],
  'inflammatory': [
    ['crp', 'crp', 'CRP', 'C-reactive protein', '145', 'H', 145, 'mg/L', ['14.5', 'mg/dL', 145]],
    ['esr', 'esr', 'ESR', 'erythrocyte sedimentation rate', '88', 'H', 88, 'mm/hr'],
    ['procalcitonin', 'procalcitonin', 'PCT', 'procalcitonin', '6.2', 'H', 6.2, 'ng/mL', ['6.2', 'ug/L', 6.2]],
    ['ferritin-inflammatory', 'ferritin', 'Ferritin', 'serum ferritin', '2400', 'H', 2400, 'ng/mL', ['2400', 'ug/L', 2400]],
  ],
  'cardiac': [
    ['troponin-i', ['troponin-i', 'troponin-i-hs'], 'Trop I', 'troponin I', '2.4', 'H', 2400, 'ng/mL', ['2400', 'ng/L', 2400]],
    ['troponin-i-hs', 'troponin-i-hs', 'hs-TnI', 'high sensitivity troponin I', '480', 'H', 480, 'ng/L'],
    ['troponin-t-hs', 'troponin-t-hs', 'hs-TnT', 'high sensitivity troponin T', '95', 'H', 95, 'ng/L'],
    ['bnp', 'bnp', 'BNP', 'B-type natriuretic peptide', '1240', 'H', 1240, 'pg/mL', ['358', 'pmol/L', 1240]],
    ['nt-probnp', 'nt-probnp', 'NT-proBNP', 'NT-proBNP', '4800', 'H', 4800, 'pg/mL', ['567', 'pmol/L', 4795]],
    ['ck', 'ck', 'CK', 'creatine kinase', '15400', 'H', 15400, 'U/L', ['15400', 'IU/L', 15400]],
    ['ck-mb', 'ck-mb', 'CK-MB', 'creatine kinase MB', '42', 'H', 42, 'ng/mL', ['42', 'ug/L', 42]],
  ],
  'coagulation': [
    ['d-dimer', 'd-dimer-feu', 'D-dimer', 'D-dimer', '2.4', 'H', 2400, 'ug/mL FEU', ['2400', 'ng/mL FEU', 2400]],
    ['fibrinogen', 'fibrinogen', 'Fib', 'fibrinogen', '95', 'L', 95, 'mg/dL', ['0.95', 'g/L', 95]],
    ['ptt', 'ptt', 'aPTT', 'activated partial thromboplastin time', '68', 'H', 68, 's', ['68', 'sec', 68]],
    ['pt', ['pt', 'inr'], 'PT', 'prothrombin time', '24', 'H', 24, 's', ['24', 'sec', 24]],
  ],
  'lactate/gases': [
    ['lactate', 'lactate', 'Lac', 'lactate', '5.8', 'H', 5.8, 'mmol/L', ['52', 'mg/dL', 5.8]],
    ['ph', 'ph', 'pH', 'arterial pH', '7.18', 'L', 7.18, ''],
    ['pco2', 'pco2', 'PaCO2', 'arterial pCO2', '68', 'H', 68, 'mmHg', ['9.1', 'kPa', 68.3]],
    ['po2', 'po2', 'PaO2', 'arterial pO2', '52', 'L', 52, 'mmHg', ['6.9', 'kPa', 51.8]],
    ['base-excess', 'base-excess', 'BE', 'base excess', '-12', 'L', -12, 'mmol/L', ['-12', 'mEq/L', -12]],
  ],
  'glucose/HbA1c': [
    ['glucose-low', 'glucose', 'BG', 'blood glucose', '38', 'L', 38, 'mg/dL', ['2.1', 'mmol/L', 37.8]],
    ['hba1c', 'hba1c', 'A1c', 'hemoglobin A1c', '9.4', 'H', 9.4, '%', ['79', 'mmol/mol', 9.38]],
  ],
  'thyroid': [
    ['tsh', 'tsh', 'TSH', 'thyroid stimulating hormone', '0.01', 'L', 0.01, 'mIU/L', ['0.01', 'mU/L', 0.01]],
    ['free-t4', 'free-t4', 'FT4', 'free T4', '3.9', 'H', 3.9, 'ng/dL', ['50', 'pmol/L', 3.89]],
    ['free-t3', 'free-t3', 'FT3', 'free T3', '9.8', 'H', 9.8, 'pg/mL', ['15.1', 'pmol/L', 9.83]],
    ['total-t3', 'total-t3', 'T3', 'total T3', '310', 'H', 310, 'ng/dL', ['4.8', 'nmol/L', 312]],
  ],
  'iron/B12/folate': [
    ['ferritin', 'ferritin', 'Ferritin', 'serum ferritin', '6', 'L', 6, 'ng/mL', ['6', 'ug/L', 6]],
    ['iron', 'iron', 'Fe', 'serum iron', '22', 'L', 22, 'ug/dL', ['3.9', 'umol/L', 21.8]],
    ['tibc', 'tibc', 'TIBC', 'total iron binding capacity', '510', 'H', 510, 'ug/dL', ['91', 'umol/L', 508]],
    ['transferrin-saturation', 'transferrin-saturation', 'TSAT', 'transferrin saturation', '6', 'L', 6, '%'],
    ['transferrin', 'transferrin', 'Transferrin', 'serum transferrin', '420', 'H', 420, 'mg/dL', ['4.2', 'g/L', 420]],
    ['vitamin-b12', 'vitamin-b12', 'B12', 'vitamin B12', '110', 'L', 110, 'pg/mL', ['81', 'pmol/L', 110]],
    ['folate', 'folate', 'Folate', 'serum folate', '1.8', 'L', 1.8, 'ng/mL', ['4.1', 'nmol/L', 1.81]],
  ],
  'osmolality/urine chemistry': [
    ['osmolality', 'osmolality', 'Osm', 'serum osmolality', '255', 'L', 255, 'mOsm/kg', ['255', 'mmol/kg', 255]],
    ['urine-osmolality', 'urine-osmolality', 'Uosm', 'urine osmolality', '62', 'IND', 62, 'mOsm/kg', ['62', 'mmol/kg', 62]],
    ['urine-sodium', 'urine-sodium', 'UNa', 'urine sodium', '8', 'IND', 8, 'mEq/L', ['8', 'mmol/L', 8]],
    ['hcg-serum', 'hcg-serum', 'bhCG', 'serum beta hCG', '1850', 'H', 1850, 'mIU/mL', ['1850', 'IU/L', 1850]],
  ],
  'vitals': [
    ['body-temperature', 'body-temperature', 'T', 'temperature', '39.4', 'H', 39.4, '°C', ['103', '°F', 39.44]],
    ['heart-rate', 'heart-rate', 'HR', 'heart rate', '128', 'H', 128, 'bpm', ['128', '/min', 128]],
    ['respiratory-rate', 'respiratory-rate', 'RR', 'respiratory rate', '32', 'H', 32, '/min', ['32', 'breaths/min', 32]],
    ['oxygen-saturation', 'oxygen-saturation', 'SpO2', 'oxygen saturation', '86', 'L', 86, '%'],
    ['bmi', 'bmi', 'BMI', 'body mass index', '36.2', 'H', 36.2, 'kg/m2', ['36.2', 'kg/m²', 36.2]],
    ['gcs', 'gcs', 'GCS', 'Glasgow Coma Scale', '9', 'L', 9, ''],
    ['peak-flow', 'peak-flow-percent', 'PEF', 'peak expiratory flow', '45', 'L', 45, '% predicted'],
    ['pain-score', 'pain-score', 'NRS', 'pain score', '8/10', 'H', 8, ''],
  ],
};

/** Qualitative tests: [analyte, test ids, names as notes write them, result as written, flag]. */
const QUALITATIVE: Readonly<Record<string, readonly (readonly [string, string | readonly string[], readonly string[], Flag])[]>> = {
  'urinalysis': [
    ['urine-leukocyte-esterase', 'urine-leukocyte-esterase', ['UA: leukocyte esterase 2+', 'Urine dipstick: LE positive', 'Urinalysis: leuk esterase moderate'], 'POS'],
    ['urine-nitrite', 'urine-nitrite', ['UA: nitrite positive', 'Urine dipstick: nitrites +', 'Urinalysis: nitrite pos'], 'POS'],
    ['urine-protein', ['urine-protein', 'total-protein'], ['UA: protein 3+', 'Urine dipstick: protein ++', 'Urinalysis: protein 300 mg/dL'], 'POS'],
    ['urine-blood', 'urine-blood', ['UA: blood 3+', 'Urine dipstick: blood large', 'Urinalysis: blood positive'], 'POS'],
    ['urine-glucose', ['urine-glucose', 'glucose'], ['UA: glucose 4+', 'Urine dipstick: glucose +++', 'Urinalysis: glucose positive'], 'POS'],
    ['urine-ketones', 'urine-ketones', ['UA: ketones 3+', 'Urine dipstick: ketones large', 'Urinalysis: ketones 80 mg/dL'], 'POS'],
    ['urine-rbc', 'urine-rbc', ['Urine microscopy: RBC >50/hpf', 'UA: RBCs 20-50 per hpf', 'Urinalysis: red cells 30/hpf'], 'H'],
    ['urine-wbc', ['urine-wbc', 'wbc'], ['Urine microscopy: WBC >100/hpf', 'UA: WBCs 50-100 per hpf', 'Urinalysis: white cells 40/hpf'], 'H'],
    ['urine-specific-gravity', 'urine-specific-gravity', ['UA: specific gravity 1.035', 'Urinalysis: SG 1.032', 'Urine dipstick: SG >1.030'], 'H'],
  ],
  'pregnancy': [
    ['hcg-qualitative', ['hcg-qualitative', 'hcg-serum'], ['urine hCG positive', 'UPT: positive', 'Urine pregnancy test +ve', 'beta-hCG positive'], 'POS'],
  ],
  'infectious': [
    ['sars-cov-2', 'sars-cov-2', ['SARS-CoV-2 PCR positive', 'COVID-19 PCR: detected', 'COVID swab +ve', 'SARS-CoV-2 RNA DETECTED'], 'POS'],
    ['influenza', ['influenza', 'influenza-antigen'], ['Influenza A PCR positive', 'Flu A/B PCR: flu A detected', 'rapid flu test positive'], 'POS'],
    ['rsv', 'rsv', ['RSV PCR positive', 'RSV: detected', 'RSV antigen +'], 'POS'],
    ['strep-a', 'strep-a', ['rapid strep positive', 'Rapid strep test: positive', 'group A strep antigen +ve'], 'POS'],
    ['hiv', 'hiv', ['HIV 1/2 Ag/Ab reactive', 'HIV test: positive', 'HIV serology positive'], 'POS'],
    ['monospot', 'monospot', ['Monospot positive', 'heterophile antibody: positive', 'monospot +'], 'POS'],
    ['blood-culture', 'blood-culture', ['Blood cultures x2: gram-negative rods', 'blood culture positive', 'BCx: grew E. coli'], 'POS'],
    ['urine-culture', 'urine-culture', ['Urine culture: >100,000 CFU/mL E. coli', 'urine culture positive', 'UCx: E. coli >10^5 cfu/ml'], 'POS'],
    ['c-diff', 'c-diff', ['C. diff toxin positive', 'C difficile PCR: positive', 'stool C. diff +'], 'POS'],
    ['malaria', 'malaria', ['malaria smear positive', 'thick and thin smears: positive', 'malaria RDT positive'], 'POS'],
    ['hbsag', 'hbsag', ['HBsAg positive', 'hepatitis B surface antigen: reactive', 'HBsAg +'], 'POS'],
    ['hcv-ab', 'hcv-ab', ['HCV antibody positive', 'anti-HCV reactive', 'hepatitis C antibody: positive'], 'POS'],
    ['syphilis', 'syphilis', ['RPR reactive', 'RPR positive 1:32', 'VDRL positive'], 'POS'],
  ],
};

const ARROW: Readonly<Record<string, string>> = { H: '↑', L: '↓' };

/** The 3-4 forms of one quantitative analyte. */
function quantitativeForms(panel: string, s: Spec): AuditForm[] {
  const [analyte, tests, abbr, full, value, flag, converted, unit, si] = s;
  const base = { panel, analyte, tests: typeof tests === 'string' ? [tests] : tests, flag };
  const withUnit = unit === '' ? value : `${value} ${unit}`;
  const forms: AuditForm[] = [
    { ...base, text: `${abbr} ${value}`, ...(converted !== undefined && unit !== 'ng/mL' ? { converted } : {}) },
    { ...base, text: `${full} ${withUnit}`, ...(converted !== undefined ? { converted } : {}) },
    { ...base, text: flag === 'H' || flag === 'L' ? `${abbr}: ${withUnit} (${flag})` : `${abbr}: ${withUnit}`, ...(converted !== undefined ? { converted } : {}) },
  ];
  if (si) forms.push({ ...base, text: `${abbr} ${si[0]} ${si[1]} ${ARROW[flag] ?? ''}`.trimEnd(), converted: si[2] });
  else forms.push({ ...base, text: flag === 'H' || flag === 'L' ? `${abbr} ${withUnit} ${flag}` : `${full}: ${withUnit}`, ...(converted !== undefined ? { converted } : {}) });
  return forms;
}

/** Forms written from the general ways notes write values: table cells, censored values, ranges, pairs. */
const SPECIAL: readonly AuditForm[] = [
  { panel: 'BMP/CMP', analyte: 'sodium', text: 'Na+ 128', tests: ['sodium'], flag: 'L', converted: 128 },
  { panel: 'BMP/CMP', analyte: 'potassium', text: 'Na 140 | K 2.9 | Cl 101', tests: ['potassium'], flag: 'L', converted: 2.9 },
  { panel: 'BMP/CMP', analyte: 'creatinine', text: 'Na 140 | K 4.1 | Cr 2.8 H', tests: ['creatinine'], flag: 'H', converted: 2.8 },
  { panel: 'CBC', analyte: 'wbc', text: 'WBC 12-14', tests: ['wbc'], flag: 'H' },
  { panel: 'CBC', analyte: 'wbc', text: 'WBC 18,200/uL', tests: ['wbc'], flag: 'H', converted: 18.2 },
  { panel: 'CBC', analyte: 'platelets', text: 'platelets 35,000', tests: ['platelets'], flag: 'L', converted: 35 },
  { panel: 'CBC', analyte: 'hemoglobin', text: 'Hgb 6.8 L', tests: ['hemoglobin'], flag: 'L', converted: 6.8 },
  { panel: 'cardiac', analyte: 'troponin-i', text: 'troponin <0.01', tests: ['troponin-i'], flag: 'N' },
  { panel: 'cardiac', analyte: 'troponin-i', text: 'Troponin I: <0.01 ng/mL', tests: ['troponin-i'], flag: 'N' },
  { panel: 'lactate/gases', analyte: 'ph', text: 'ABG: 7.21/68/55', tests: ['ph'], flag: 'L', converted: 7.21 },
  { panel: 'lactate/gases', analyte: 'pco2', text: 'ABG: 7.21/68/55', tests: ['pco2'], flag: 'H', converted: 68 },
  { panel: 'lactate/gases', analyte: 'po2', text: 'ABG: 7.21/68/55', tests: ['po2'], flag: 'L', converted: 55 },
  { panel: 'lactate/gases', analyte: 'ph', text: 'VBG pH 7.12, pCO2 30, HCO3 9', tests: ['ph'], flag: 'L', converted: 7.12 },
  { panel: 'lactate/gases', analyte: 'bicarbonate', text: 'VBG pH 7.12, pCO2 30, HCO3 9', tests: ['bicarbonate'], flag: 'L', converted: 9 },
  { panel: 'vitals', analyte: 'blood-pressure', text: 'BP 82/46', tests: ['systolic-bp'], flag: 'L', converted: 82 },
  { panel: 'vitals', analyte: 'blood-pressure', text: 'BP 188/112 mmHg', tests: ['systolic-bp'], flag: 'H', converted: 188 },
  { panel: 'vitals', analyte: 'body-temperature', text: 'Temp 102.6F', tests: ['body-temperature'], flag: 'H', converted: 39.2 },
  { panel: 'vitals', analyte: 'oxygen-saturation', text: 'sats 84% on RA', tests: ['oxygen-saturation'], flag: 'L', converted: 84 },
  { panel: 'vitals', analyte: 'gcs', text: 'GCS 9/15', tests: ['gcs'], flag: 'L', converted: 9 },
  { panel: 'vitals', analyte: 'gcs', text: 'GCS E2V2M5', tests: ['gcs'], flag: 'L', converted: 9 },
  { panel: 'vitals', analyte: 'pain-score', text: 'pain score of 9/10', tests: ['pain-score'], flag: 'H', converted: 9 },
  { panel: 'vitals', analyte: 'peak-flow', text: 'peak flow 150 L/min (35% predicted)', tests: ['peak-flow-percent'], flag: 'L', sex: 'male', age: 30 },
  { panel: 'vitals', analyte: 'orthostatic', text: 'Orthostatics: lying BP 128/78 HR 76, standing BP 98/64 HR 92', tests: ['orthostatic-blood-pressure'], flag: 'H' },
  { panel: 'vitals', analyte: 'orthostatic', text: 'Supine BP 132/80, HR 70; standing BP 108/70, HR 88.', tests: ['orthostatic-blood-pressure'], flag: 'H' },
  { panel: 'vitals', analyte: 'orthostatic', text: 'Lying 118/76, HR 72; standing 116/74, HR 114.', tests: ['orthostatic-heart-rate'], flag: 'H', age: 24 },
  { panel: 'BMP/CMP', analyte: 'anion-gap-derived', text: 'Na 138, Cl 98, HCO3 10', tests: ['anion-gap'], flag: 'H', converted: 30 },
  { panel: 'BMP/CMP', analyte: 'corrected-calcium', text: 'Ca 9.9 mg/dL, albumin 2.0 g/dL', tests: ['calcium'], flag: 'H' },
  // Reference intervals, flags and suffixes laboratories print beside the value.
  { panel: 'BMP/CMP', analyte: 'sodium', text: 'Na 128 (135-145) mmol/L', tests: ['sodium'], flag: 'L', converted: 128 },
  { panel: 'BMP/CMP', analyte: 'sodium', text: 'Sodium 128 mmol/L [135-145]', tests: ['sodium'], flag: 'L', converted: 128 },
  { panel: 'thyroid', analyte: 'tsh', text: 'TSH 0.01 mIU/L (ref 0.4-4.0)', tests: ['tsh'], flag: 'L', converted: 0.01 },
  { panel: 'BMP/CMP', analyte: 'potassium', text: 'K 6.8*', tests: ['potassium'], flag: 'H', converted: 6.8 },
  { panel: 'BMP/CMP', analyte: 'potassium', text: 'K 6.8 (HH)', tests: ['potassium'], flag: 'H', converted: 6.8 },
  { panel: 'BMP/CMP', analyte: 'potassium', text: 'K+ 6.8↑', tests: ['potassium'], flag: 'H', converted: 6.8 },
  { panel: 'CBC', analyte: 'hemoglobin', text: 'Hb 7.1↓', tests: ['hemoglobin'], flag: 'L', converted: 7.1 },
  { panel: 'CBC', analyte: 'wbc', text: 'WBC 18.2K', tests: ['wbc'], flag: 'H', converted: 18.2 },
  { panel: 'CBC', analyte: 'platelets', text: 'plt 42K', tests: ['platelets'], flag: 'L', converted: 42 },
  { panel: 'CBC', analyte: 'wbc', text: 'WBC 18.2 x 10^9/L', tests: ['wbc'], flag: 'H', converted: 18.2 },
  { panel: 'CBC', analyte: 'wbc', text: 'WBC 18.2 x10⁹/L', tests: ['wbc'], flag: 'H', converted: 18.2 },
  { panel: 'BMP/CMP', analyte: 'creatinine', text: 'Cr 3.4 (baseline 1.0)', tests: ['creatinine'], flag: 'H', converted: 3.4 },
  { panel: 'BMP/CMP', analyte: 'sodium', text: 'sodium was 118', tests: ['sodium'], flag: 'L', converted: 118 },
  // Slash pairs and panel strings.
  { panel: 'BMP/CMP', analyte: 'sodium', text: 'Na/K 128/5.9', tests: ['sodium'], flag: 'L', converted: 128 },
  { panel: 'BMP/CMP', analyte: 'potassium', text: 'Na/K 128/5.9', tests: ['potassium'], flag: 'H', converted: 5.9 },
  { panel: 'BMP/CMP', analyte: 'bun', text: 'BUN/Cr 64/3.4', tests: ['bun'], flag: 'H', converted: 64 },
  { panel: 'BMP/CMP', analyte: 'creatinine', text: 'BUN/Cr 64/3.4', tests: ['creatinine'], flag: 'H', converted: 3.4 },
  { panel: 'coagulation', analyte: 'inr', text: 'PT/INR 24/2.9', tests: ['inr'], flag: 'H', converted: 2.9 },
  { panel: 'vitals', analyte: 'body-temperature', text: 'Temp 38.9C', tests: ['body-temperature'], flag: 'H', converted: 38.9 },
  { panel: 'vitals', analyte: 'body-temperature', text: 'Tmax 39.4', tests: ['body-temperature'], flag: 'H', converted: 39.4 },
  { panel: 'vitals', analyte: 'oxygen-saturation', text: 'O2 sat 86% RA', tests: ['oxygen-saturation'], flag: 'L', converted: 86 },
  { panel: 'vitals', analyte: 'heart-rate', text: 'HR 120s', tests: ['heart-rate'], flag: 'H' },
  { panel: 'lactate/gases', analyte: 'base-excess', text: 'BE -12 mmol/L', tests: ['base-excess'], flag: 'L', converted: -12 },
  // Ion charges written with Unicode minus and superscripts (print and USMLE style).
  { panel: 'BMP/CMP', analyte: 'chloride', text: 'Serum: Na+ 128 mEq/L, Cl− 90 mEq/L, HCO3− 14 mEq/L', tests: ['chloride'], flag: 'L', converted: 90 },
  { panel: 'BMP/CMP', analyte: 'bicarbonate', text: 'Serum: Na+ 128 mEq/L, Cl− 90 mEq/L, HCO3− 14 mEq/L', tests: ['bicarbonate'], flag: 'L', converted: 14 },
  { panel: 'BMP/CMP', analyte: 'bicarbonate', text: 'HCO₃⁻ 14 mmol/L', tests: ['bicarbonate'], flag: 'L', converted: 14 },
  { panel: 'BMP/CMP', analyte: 'potassium', text: 'K⁺ 6.1', tests: ['potassium'], flag: 'H', converted: 6.1 },
  // A differential in percent is listed, not judged: deriving absolute counts moved the stepwise OSCE read half (sessions/16-reading.md).
  { panel: 'CBC', analyte: 'eosinophils', text: 'Leukocyte count 12,000/mm3; segmented neutrophils 60%, eosinophils 18%, lymphocytes 20%', tests: ['eosinophils'], flag: 'IND' },
  // Micro written μ (Greek mu), µ (micro sign) or mc, and the print style of examination vignettes.
  { panel: 'thyroid', analyte: 'tsh', text: 'Thyroid-stimulating hormone 0.01 μU/mL', tests: ['tsh'], flag: 'L', converted: 0.01 },
  { panel: 'thyroid', analyte: 'total-t4', text: 'Thyroxine (T4) 15 μg/dL', tests: ['total-t4'], flag: 'H', converted: 15 },
  { panel: 'iron/B12/folate', analyte: 'iron', text: 'Iron 22 μg/dL', tests: ['iron'], flag: 'L', converted: 22 },
  { panel: 'iron/B12/folate', analyte: 'iron', text: 'serum iron 22 mcg/dL', tests: ['iron'], flag: 'L', converted: 22 },
  { panel: 'hepatic', analyte: 'ggt', text: 'γ-Glutamyltransferase (GGT) 390 U/L', tests: ['ggt'], flag: 'H', converted: 390 },
  { panel: 'CBC', analyte: 'wbc', text: 'Leukocyte count 18,200/μL', tests: ['wbc'], flag: 'H', converted: 18.2 },
];

/** Every form of the audit, in panel order. */
export function auditForms(): AuditForm[] {
  const out: AuditForm[] = [];
  for (const [panel, specs] of Object.entries(QUANTITATIVE)) for (const s of specs) out.push(...quantitativeForms(panel, s));
  for (const [panel, rows] of Object.entries(QUALITATIVE)) {
    for (const [analyte, tests, texts, flag] of rows) {
      for (const text of texts) out.push({ panel, analyte, text, tests: typeof tests === 'string' ? [tests] : tests, flag });
    }
  }
  out.push(...SPECIAL);
  return out;
}

/** The status of one form read by `x` (the extraction of its text). */
export function auditStatus(form: AuditForm, x: Extraction): AuditRow {
  const rs = x.readings.filter((r) => form.tests.includes(r.test));
  if (rs.length === 0) return { form, status: 'not-read', got: x.readings.map((r) => r.rule).join(',') };
  const r = rs.find((c) => c.flag === form.flag) ?? rs[0]!;
  const got = `${r.flag} ${r.converted ?? r.value ?? r.result ?? ''}`;
  if (form.flag === 'IND' && r.flag === 'IND') {
    const listed = x.unmapped.some((u) => u.kind === 'reading' && u.reason === 'not-judged' && u.span.start === r.span.start);
    return { form, status: listed ? 'listed-not-judged' : 'silently-dropped', rule: r.rule, got };
  }
  if (r.flag === 'IND' || r.flag === 'A' || r.outcomes.length === 0 && r.flag !== form.flag) return { form, status: 'not-judged', rule: r.rule, got };
  if (form.converted !== undefined && r.converted !== undefined && Math.abs(r.converted - form.converted) > Math.abs(form.converted) * 0.02 + 1e-9) return { form, status: 'not-converted', rule: r.rule, got };
  if (r.flag !== form.flag) return { form, status: 'wrong-flag', rule: r.rule, got };
  const normal = form.flag === 'N' || form.flag === 'NEG';
  const inModel = x.mentions.some((m) => m.reading !== undefined && m.reading.test === r.test && (normal || !m.negated));
  if (inModel) return { form, status: 'in-model', rule: r.rule, got };
  const listed = x.unmapped.some((u) => u.kind === 'reading' && u.span.start <= r.span.start && u.span.end >= r.span.end - 1 && u.reason === 'not-in-model');
  return { form, status: listed ? 'listed-not-in-model' : 'silently-dropped', rule: r.rule, got };
}

let lexicon: Lexicon | undefined;

/** Reads every audit form with the shipped broad model and returns each outcome. */
export function auditQuantities(forms: readonly AuditForm[] = auditForms()): AuditRow[] {
  lexicon ??= buildLexicon(loadModel('primary-care'));
  const lex = lexicon;
  return forms.map((form) => {
    const r = extractFindings(form.text, lex, { sex: form.sex ?? 'female', age: form.age ?? 45 });
    if (!r.ok) return { form, status: 'not-read' as const, got: 'extraction failed' };
    return auditStatus(form, r.value);
  });
}
