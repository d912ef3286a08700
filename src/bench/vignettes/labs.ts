/**
 * Structured test results of a vignette ("WBC: 15,000/mm3", "Creatinine: Elevated", "HIV: Negative")
 * to the model's lab findings, through a documented table. The notes pipeline recognises finding names
 * in prose, but result tables name the analyte and give a number or a word, which it cannot read.
 *
 * Rules (docs/primary-care.md, "Vignette benchmark"):
 *   - the key (the JSON field name, or the text before ":") is matched against each row's pattern;
 *   - a qualitative value: elevated / high / increased / raised -> the row's `high` finding present and
 *     its `low` absent; decreased / low / reduced -> the reverse; normal / within normal limits -> both
 *     absent; positive / present / detected / reactive -> `pos` present; negative / absent / not
 *     detected / non-reactive -> `pos` absent;
 *   - a number: compared with the row's adult reference interval [lo, hi] (Harrison's Principles of
 *     Internal Medicine 21st ed. 2022, appendix "Laboratory values of clinical importance", Kratz A et
 *     al.), after a unit-magnitude fix (WBC or platelets given per mm3, haemoglobin in g/L).
 * Anything not matched is left to the notes pipeline.
 */
import type { Observation } from '../../core/evidence.js';
import type { Sex } from '../../core/model.js';
import { extractFindings, type Lexicon } from '../../intake/notes/index.js';
import type { RecordResult } from '../gatekeeper.js';

interface LabRow {
  readonly key: RegExp;
  readonly high?: string;
  readonly low?: string;
  readonly pos?: string;
  /** Reference interval in the usual US units. */
  readonly range?: readonly [number, number];
  /** Rescale a number given in other units to the interval's units. */
  readonly scale?: (x: number) => number;
}

const perMm3 = (x: number): number => (x >= 1000 ? x / 1000 : x);
const gPerL = (x: number): number => (x > 30 ? x / 10 : x);

/** Ordered: the first row whose key matches wins (specific rows before general ones). */
export const LAB_ROWS: readonly LabRow[] = [
  { key: /^(wbc|white (blood )?cell|leukocyte|total (wbc|leukocyte)|total count wbc)( count)?$/, high: 'wbc-high', low: 'wbc-low', range: [4.0, 11.0], scale: perMm3 },
  { key: /^(hemoglobin|haemoglobin|hb|hgb)$/, low: 'hemoglobin-low', high: 'hemoglobin-high', range: [12.0, 17.5], scale: gPerL },
  { key: /^(hematocrit|haematocrit|hct)$/, low: 'hemoglobin-low', high: 'hemoglobin-high', range: [36, 52] },
  { key: /^(platelets?|platelet count|plt)$/, low: 'platelets-low', high: 'platelets-high', range: [150, 450], scale: perMm3 },
  { key: /^(mcv|mean corpuscular volume)$/, low: 'mcv-low', high: 'mcv-high', range: [80, 100] },
  { key: /^(sodium|na|na\+|serum sodium)$/, low: 'sodium-low', high: 'sodium-high', range: [135, 145] },
  { key: /^(potassium|k|k\+|serum potassium)$/, low: 'potassium-low', high: 'potassium-high', range: [3.5, 5.0] },
  { key: /^(creatinine|cr|serum creatinine)$/, high: 'creatinine-high', range: [0.5, 1.3] },
  { key: /^(bun|urea nitrogen|blood urea nitrogen|urea)$/, high: 'creatinine-high', range: [7, 20] },
  { key: /^(glucose|glu|serum glucose|blood glucose|random|fasting glucose|random glucose)$/, low: 'glucose-low', high: 'glucose-high', range: [70, 140] },
  { key: /^(calcium|ca|ca2\+|serum calcium)$/, low: 'calcium-low', high: 'calcium-high', range: [8.5, 10.5] },
  { key: /^(bicarbonate|hco3-?|total co2|co2)$/, low: 'bicarbonate-low', range: [22, 30] },
  { key: /^(alt|alanine aminotransferase|sgpt|ast|aspartate aminotransferase|sgot|liver enzymes|transaminases)$/, high: 'alt-high', range: [0, 45] },
  { key: /^(alkaline phosphatase|alp|alk phos)$/, high: 'alkaline-phosphatase-high', range: [30, 130] },
  { key: /^(bilirubin|total bilirubin|bilirubin total|direct bilirubin|bilirubin direct|bilirubin conjugated)$/, high: 'bilirubin-high', range: [0, 1.2] },
  { key: /^(albumin|serum albumin)$/, low: 'albumin-low', range: [3.5, 5.5] },
  { key: /^(lipase|serum lipase)$/, high: 'lipase-high', range: [0, 160] },
  { key: /^(amylase|serum amylase)$/, high: 'amylase-high', range: [0, 125] },
  { key: /^(troponin|troponin i|troponin t|hs troponin)$/, high: 'troponin-high' },
  { key: /^(ck|creatine kinase|cpk)$/, high: 'ck-high', range: [0, 250] },
  { key: /^(d dimer|d-dimer)$/, high: 'd-dimer-high', range: [0, 500] },
  { key: /^(crp|c reactive protein|c-reactive protein)$/, high: 'crp-high', range: [0, 10] },
  { key: /^(esr|erythrocyte sedimentation rate|sed rate)$/, high: 'esr-high', range: [0, 30] },
  { key: /^(lactate|lactic acid)$/, high: 'lactate-high', range: [0, 2.0] },
  { key: /^(bnp|nt probnp|b type natriuretic peptide)$/, high: 'bnp-high', range: [0, 100] },
  { key: /^(tsh|thyroid stimulating hormone)$/, high: 'tsh-high', low: 'tsh-low', range: [0.4, 4.5] },
  { key: /^(free t4|ft4|t4|thyroxine)$/, high: 'free-t4-high', low: 'free-t4-low', range: [0.8, 1.8] },
  { key: /^(hba1c|a1c|hemoglobin a1c|glycated hemoglobin)$/, high: 'hba1c-high', range: [4, 6.4] },
  { key: /^(inr|pt|prothrombin time)$/, high: 'inr-high' },
  { key: /^(aptt|ptt|partial thromboplastin time|activated partial thromboplastin time)$/, high: 'ptt-prolonged', range: [25, 40] },
  { key: /^(ferritin|serum ferritin)$/, low: 'ferritin-low', high: 'ferritin-high', range: [15, 300] },
  { key: /^(vitamin b12|b12|cobalamin)$/, low: 'b12-low', range: [200, 900] },
  { key: /^(folate|folic acid)$/, low: 'folate-low', range: [3, 20] },
  { key: /^(uric acid|urate)$/, high: 'uric-acid-high', range: [2.5, 7.0] },
  { key: /^(ammonia)$/, high: 'ammonia-high', range: [0, 50] },
  { key: /^(psa|prostate specific antigen)$/, high: 'psa-high', range: [0, 4] },
  { key: /^(ldh|lactate dehydrogenase)$/, high: 'ldh-high', range: [100, 250] },
  { key: /^(haptoglobin)$/, low: 'haptoglobin-low', range: [30, 200] },
  { key: /^(reticulocytes?|reticulocyte count)$/, high: 'reticulocytes-high', range: [0.5, 2.5] },
  { key: /^(magnesium|mg)$/, low: 'magnesium-low', range: [1.7, 2.4] },
  { key: /^(pth|parathyroid hormone)$/, high: 'pth-high', range: [10, 65] },
  { key: /^(prolactin)$/, high: 'prolactin-high', range: [2, 25] },
  { key: /^(cortisol|serum cortisol|morning cortisol)$/, low: 'cortisol-low', high: 'cortisol-high', range: [5, 25] },
  { key: /^(pco2|paco2)$/, high: 'abg-hypercapnia', range: [35, 45] },
  { key: /^(pao2|po2)$/, low: 'hypoxemia', range: [75, 100] },
  { key: /^(nitrites?|urine nitrites?)$/, pos: 'urine-nitrite-positive' },
  { key: /^(leukocyte esterase|urine leukocyte esterase)$/, pos: 'urine-leukocyte-esterase-positive' },
  { key: /^(ketones|urine ketones)$/, pos: 'urine-ketones-positive' },
  { key: /^(beta hcg|b hcg|hcg|pregnancy test|urine hcg|serum hcg)$/, pos: 'hcg-positive' },
  { key: /^(hiv|hiv test|hiv antibody|hiv 1 2 antibody|hiv serology)$/, pos: 'hiv-test-positive' },
  { key: /^(syphilis|rpr|vdrl|treponemal|tp activity|fta abs)$/, pos: 'syphilis-serology-positive' },
  { key: /^(gonorrhea|gonorrhoea|neisseria gonorrhoeae)( naat| pcr)?$/, pos: 'gonorrhea-naat-positive' },
  { key: /^(chlamydia|chlamydia trachomatis)( naat| pcr)?$/, pos: 'chlamydia-naat-positive' },
  { key: /^(hbsag|hepatitis b surface antigen)$/, pos: 'hbsag-positive' },
  { key: /^(hcv|anti hcv|hepatitis c antibody|hcv antibody)$/, pos: 'hcv-antibody-positive' },
  { key: /^(ana|anti nuclear antibody|antinuclear antibody|anti-nuclear antibody)$/, pos: 'ana-positive' },
  { key: /^(rf|rheumatoid factor)$/, pos: 'rf-positive' },
  { key: /^(anti ccp|anti-ccp|ccp antibody)$/, pos: 'anti-ccp-positive' },
  { key: /^(monospot|heterophile antibody|heterophile antibodies)$/, pos: 'monospot-positive' },
  { key: /^(rapid strep|rapid strep test|rapid antigen detection test|strep test)$/, pos: 'rapid-strep-positive' },
  { key: /^(clostridium difficile toxin|c difficile toxin|c diff toxin|c difficile)$/, pos: 'c-diff-positive' },
  { key: /^(blood cultures?)$/, pos: 'blood-culture-positive' },
  { key: /^(urine culture)$/, pos: 'urine-culture-positive' },
  { key: /^(stool culture)$/, pos: 'stool-culture-positive' },
  { key: /^(fecal occult blood|fobt|stool guaiac|guaiac)$/, pos: 'fecal-occult-blood-positive' },
  { key: /^(direct coombs|coombs|direct antiglobulin test|dat)$/, pos: 'coombs-positive' },
  { key: /^(tissue transglutaminase|ttg iga|anti ttg)$/, pos: 'ttg-iga-positive' },
  { key: /^(igra|quantiferon|interferon gamma release assay)$/, pos: 'tb-igra-positive' },
];

const HIGH = /\b(elevated|high|increased|raised|above normal|markedly elevated|mildly elevated|prolonged)\b/;
const LOW = /\b(decreased|low|reduced|below normal|diminished|depressed)\b/;
const NORMAL = /^(normal|within normal (limits|range)|wnl|unremarkable|normal range)\b/;
const POS = /\b(positive|present|detected|reactive)\b/;
const NEG = /\b(negative|absent|not detected|non ?reactive|none)\b/;

/** A lab row name as the rules match it: lower case, underscores and punctuation (but `+` and `-`) to spaces, spaces folded. */
export function normaliseKey(k: string): string {
  return k.toLowerCase().replace(/[_]+/g, ' ').replace(/[^a-z0-9+\- ]+/g, ' ').replace(/\s+/g, ' ').trim();
}

/** Read one result (key and value as written) into observations; [] when the row table does not know it. */
export function labObservations(key: string, value: string): Observation[] {
  const k = normaliseKey(key);
  const row = LAB_ROWS.find((r) => r.key.test(k));
  if (!row) return [];
  const v = value.toLowerCase();
  const out: Observation[] = [];
  const set = (id: string | undefined, present: boolean): void => { if (id) out.push({ id, present }); };
  if (row.pos !== undefined || (!row.high && !row.low)) {
    if (!row.pos) return [];
    if (NEG.test(v)) set(row.pos, false);
    else if (POS.test(v) || HIGH.test(v)) set(row.pos, true);
    return out;
  }
  const m = /(-?\d[\d,]*(?:\.\d+)?)/.exec(v);
  const words = v.replace(/\(.*?\)/g, ' ');
  let dir: 'high' | 'low' | 'normal' | undefined;
  if (HIGH.test(words) && !LOW.test(words)) dir = 'high';
  else if (LOW.test(words) && !HIGH.test(words)) dir = 'low';
  else if (NORMAL.test(words.trim())) dir = 'normal';
  else if (m && row.range) {
    let x = Number(m[1]!.replace(/,/g, ''));
    if (row.scale) x = row.scale(x);
    dir = x > row.range[1] ? 'high' : x < row.range[0] ? 'low' : 'normal';
  }
  if (dir === undefined) return [];
  set(row.high, dir === 'high');
  set(row.low, dir === 'low');
  return out;
}

/**
 * A section of results taken from a fluid other than blood (urinalysis, CSF, synovial, pleural or
 * ascitic fluid, stool, BAL, sputum): its WBC, glucose or protein are not the blood tests of the same
 * name ("Urinalysis: WBC 0-5/HPF" is no leukopenia), as the notes reader's specimen rule says for prose.
 */
const OTHER_SPECIMEN = /\b(urinalysis|urine|ua|csf|cerebrospinal|lumbar puncture|synovial|arthrocentesis|joint fluid|joint aspirate|pleural|thoracentesis|ascitic|ascites|paracentesis|peritoneal|stool|fecal|faecal|bal|bronchoalveolar|sputum)\b/;

/** True when a result key (a section or test name as written) names a fluid other than blood. */
export function namesOtherSpecimen(key: string): boolean {
  return OTHER_SPECIMEN.test(normaliseKey(key));
}

/** A row read inside another fluid's section: a qualitative test of the table (nitrite, hCG...), not a fluid's own name. */
function qualitativeRow(key: string): boolean {
  return !namesOtherSpecimen(key) && Boolean(LAB_ROWS.find((r) => r.key.test(normaliseKey(key)))?.pos);
}

/**
 * Walk a Test_Results object: every string leaf under a key the table knows. Under a section from
 * another fluid only the qualitative rows (nitrite, leukocyte esterase, ketones, hCG...) are read.
 */
export function labsFromResults(results: unknown): Observation[] {
  const out: Observation[] = [];
  const walk = (v: unknown, key: string, other: boolean): void => {
    if (typeof v === 'string' || typeof v === 'number') {
      if (!other || qualitativeRow(key)) out.push(...labObservations(key, String(v)));
      return;
    }
    if (Array.isArray(v)) v.forEach((x) => walk(x, key, other));
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, k, other || namesOtherSpecimen(k));
  };
  walk(results, '', false);
  return out;
}

/**
 * The result lines of a Test_Results object for the notes reader, as "Key: value" like `flatten`, but a
 * leaf inside a section from another fluid keeps the section's name ("Urinalysis WBC: 0-5 /HPF"), so
 * the reader's specimen rule applies to it.
 */
export function resultLines(results: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, key: string, section: string | undefined): void => {
    if (typeof v === 'string') {
      const k = key.replace(/_/g, ' ');
      const name = section && !namesOtherSpecimen(k) ? `${section} ${k}` : k;
      out.push(name ? `${name}: ${v}` : v);
      return;
    }
    if (Array.isArray(v)) v.forEach((x) => walk(x, key, section));
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, k, section ?? (namesOtherSpecimen(k) ? k.replace(/_/g, ' ') : undefined));
  };
  walk(results, '', undefined);
  return out;
}

export interface LabReadings {
  readonly observations: Observation[];
  /** Each result with the value and unit behind it, for the gatekeeper's answers. */
  readonly results: RecordResult[];
}

/**
 * Read a Test_Results object as results with values: every leaf "key: value" goes through the notes
 * pipeline's value reader (the test table shared with FHIR: UCUM units, ranges by age and sex, result
 * words), and the row table above fills in what that reader does not know. A blood count therefore
 * answers with its numbers (Hb 7.1 g/dL -> low haemoglobin present, high absent), not "normal".
 */
export function labReadings(results: unknown, lexicon: Lexicon, patient: { readonly age?: number; readonly sex?: Sex } = {}): LabReadings {
  const observations: Observation[] = [];
  const out: RecordResult[] = [];
  const walk = (v: unknown, key: string): void => {
    if (typeof v === 'string' || typeof v === 'number') {
      const text = `${key.replace(/_/g, ' ')}: ${String(v)}`;
      const x = extractFindings(text, lexicon, { ...(patient.age !== undefined ? { age: patient.age } : {}), ...(patient.sex ? { sex: patient.sex } : {}) });
      const read = x.ok ? x.value.mentions.filter((m) => m.reading && m.experiencer === 'patient') : [];
      if (read.length === 0) {
        observations.push(...labObservations(key, String(v)));
        return;
      }
      for (const m of read) {
        const r = m.reading!;
        observations.push({ id: m.findingId, present: !m.negated });
        out.push({ findingId: m.findingId, present: !m.negated, text: m.text, ...(r.value !== undefined ? { value: r.value } : {}), ...(r.unit !== undefined ? { unit: r.unit } : {}), rule: r.rule });
      }
      return;
    }
    if (Array.isArray(v)) v.forEach((x) => walk(x, key));
    else if (typeof v === 'object' && v !== null) for (const [k, x] of Object.entries(v)) walk(x, k);
  };
  walk(results, '');
  return { observations, results: out };
}
