/**
 * The clinical concepts FHIR results are turned into (`fever`, `troponin-high`, `urine-nitrite-positive`...),
 * each with the names a model's finding may carry for it. A finding matches a concept by a code
 * `{system: CONCEPT_SYSTEM, code: <concept>}`, by its id, or by a name or synonym equal to one of these
 * names after normalisation (case, hyphens and spaces). `docs/fhir.md` lists the table.
 */

export const CONCEPT_SYSTEM = 'https://ddx.dev/concept';

export interface ConceptDef {
  readonly id: string;
  /** Names a finding may use for this concept; generated "raised X" forms are added for analytes. */
  readonly names: readonly string[];
}

type Dir = 'high' | 'low' | 'positive';

/** `analyte` names used to generate "high X", "raised X", "X high"... for lab concepts. */
function labNames(dir: Dir, analytes: readonly string[], extra: readonly string[]): string[] {
  const words = dir === 'high' ? ['high', 'raised', 'elevated', 'increased'] : dir === 'low' ? ['low', 'decreased', 'reduced'] : ['positive'];
  const out: string[] = [...extra];
  for (const a of analytes) {
    for (const w of words) out.push(`${w} ${a}`, `${a} ${w}`);
    if (dir === 'positive') out.push(`${a} detected`);
  }
  return out;
}

function lab(id: string, dir: Dir, analytes: readonly string[], extra: readonly string[] = []): ConceptDef {
  return { id, names: labNames(dir, analytes, extra) };
}

export const CONCEPTS: readonly ConceptDef[] = [
  // vital signs
  { id: 'fever', names: ['fever', 'pyrexia', 'febrile', 'high temperature', 'elevated temperature', 'raised temperature', 'hyperthermia'] },
  { id: 'hypothermia', names: ['hypothermia', 'low temperature', 'low body temperature'] },
  { id: 'tachycardia', names: ['tachycardia', 'fast heart rate', 'rapid heart rate', 'rapid pulse', 'high heart rate', 'elevated heart rate'] },
  { id: 'bradycardia', names: ['bradycardia', 'slow heart rate', 'slow pulse', 'low heart rate'] },
  { id: 'tachypnea', names: ['tachypnea', 'tachypnoea', 'rapid breathing', 'fast breathing', 'high respiratory rate', 'elevated respiratory rate'] },
  { id: 'bradypnea', names: ['bradypnea', 'bradypnoea', 'slow breathing', 'low respiratory rate'] },
  { id: 'hypotension', names: ['hypotension', 'low blood pressure', 'systolic hypotension'] },
  { id: 'blood-pressure-high', names: ['elevated blood pressure', 'high blood pressure reading', 'raised blood pressure', 'hypertensive blood pressure'] },
  { id: 'hypoxemia', names: ['hypoxemia', 'hypoxaemia', 'hypoxia', 'low oxygen saturation', 'desaturation', 'low spo2', 'low sao2'] },
  // hematology
  lab('hemoglobin-low', 'low', ['hemoglobin', 'haemoglobin', 'hb', 'hgb'], ['anemia', 'anaemia']),
  lab('hemoglobin-high', 'high', ['hemoglobin', 'haemoglobin', 'hb', 'hgb'], ['polycythemia', 'polycythaemia']),
  lab('hematocrit-low', 'low', ['hematocrit', 'haematocrit', 'hct']),
  lab('hematocrit-high', 'high', ['hematocrit', 'haematocrit', 'hct']),
  lab('wbc-high', 'high', ['wbc', 'white cell count', 'white blood cell count', 'white blood cells', 'leukocytes', 'leucocytes'], ['leukocytosis', 'leucocytosis']),
  lab('wbc-low', 'low', ['wbc', 'white cell count', 'white blood cell count', 'white blood cells', 'leukocytes', 'leucocytes'], ['leukopenia', 'leucopenia']),
  lab('platelets-low', 'low', ['platelets', 'platelet count'], ['thrombocytopenia']),
  lab('platelets-high', 'high', ['platelets', 'platelet count'], ['thrombocytosis']),
  lab('mcv-low', 'low', ['mcv', 'mean corpuscular volume'], ['microcytosis']),
  lab('mcv-high', 'high', ['mcv', 'mean corpuscular volume'], ['macrocytosis']),
  // chemistry
  lab('sodium-low', 'low', ['sodium', 'na'], ['hyponatremia', 'hyponatraemia']),
  lab('sodium-high', 'high', ['sodium', 'na'], ['hypernatremia', 'hypernatraemia']),
  lab('potassium-low', 'low', ['potassium', 'k'], ['hypokalemia', 'hypokalaemia']),
  lab('potassium-high', 'high', ['potassium', 'k'], ['hyperkalemia', 'hyperkalaemia']),
  lab('chloride-low', 'low', ['chloride'], ['hypochloremia', 'hypochloraemia']),
  lab('chloride-high', 'high', ['chloride'], ['hyperchloremia', 'hyperchloraemia']),
  lab('bicarbonate-low', 'low', ['bicarbonate', 'hco3', 'total co2', 'serum co2']),
  lab('bicarbonate-high', 'high', ['bicarbonate', 'hco3', 'total co2', 'serum co2']),
  lab('bun-high', 'high', ['bun', 'urea', 'blood urea nitrogen', 'urea nitrogen'], ['uremia', 'azotemia']),
  lab('creatinine-high', 'high', ['creatinine', 'serum creatinine']),
  lab('glucose-high', 'high', ['glucose', 'blood glucose', 'blood sugar'], ['hyperglycemia', 'hyperglycaemia']),
  lab('glucose-low', 'low', ['glucose', 'blood glucose', 'blood sugar'], ['hypoglycemia', 'hypoglycaemia']),
  lab('calcium-high', 'high', ['calcium'], ['hypercalcemia', 'hypercalcaemia']),
  lab('calcium-low', 'low', ['calcium'], ['hypocalcemia', 'hypocalcaemia']),
  lab('albumin-low', 'low', ['albumin', 'serum albumin'], ['hypoalbuminemia', 'hypoalbuminaemia']),
  lab('alt-high', 'high', ['alt', 'alanine aminotransferase', 'sgpt']),
  lab('ast-high', 'high', ['ast', 'aspartate aminotransferase', 'sgot']),
  lab('alp-high', 'high', ['alp', 'alkaline phosphatase']),
  lab('bilirubin-high', 'high', ['bilirubin', 'total bilirubin'], ['hyperbilirubinemia', 'hyperbilirubinaemia']),
  lab('lipase-high', 'high', ['lipase']),
  lab('lactate-high', 'high', ['lactate', 'lactic acid'], ['hyperlactatemia', 'hyperlactataemia']),
  // cardiac, inflammation, coagulation, endocrine
  lab('troponin-high', 'high', ['troponin', 'troponin i', 'troponin t', 'hs troponin', 'cardiac troponin'], ['positive troponin', 'troponin positive']),
  lab('bnp-high', 'high', ['bnp', 'nt probnp', 'natriuretic peptide', 'b type natriuretic peptide']),
  lab('crp-high', 'high', ['crp', 'c reactive protein']),
  lab('procalcitonin-high', 'high', ['procalcitonin', 'pct']),
  lab('d-dimer-high', 'high', ['d dimer', 'ddimer'], ['positive d dimer', 'd dimer positive']),
  lab('hba1c-high', 'high', ['hba1c', 'a1c', 'glycated hemoglobin', 'glycated haemoglobin', 'hemoglobin a1c']),
  lab('tsh-high', 'high', ['tsh', 'thyrotropin', 'thyroid stimulating hormone']),
  lab('tsh-low', 'low', ['tsh', 'thyrotropin', 'thyroid stimulating hormone']),
  // urinalysis and pregnancy
  lab('urine-leukocyte-esterase-positive', 'positive', ['urine leukocyte esterase', 'leukocyte esterase', 'urine leucocyte esterase'], ['leukocyturia', 'pyuria']),
  lab('urine-nitrite-positive', 'positive', ['urine nitrite', 'nitrite', 'urine nitrites', 'nitrites'], ['nitrituria']),
  lab('urine-protein-positive', 'positive', ['urine protein', 'protein in urine'], ['proteinuria']),
  lab('urine-blood-positive', 'positive', ['urine blood', 'blood in urine', 'urine hemoglobin'], ['hematuria', 'haematuria']),
  lab('urine-glucose-positive', 'positive', ['urine glucose', 'glucose in urine'], ['glucosuria', 'glycosuria']),
  lab('urine-ketones-positive', 'positive', ['urine ketones', 'ketones in urine', 'ketones'], ['ketonuria']),
  lab('hcg-positive', 'positive', ['hcg', 'beta hcg', 'pregnancy test', 'urine pregnancy test', 'serum hcg']),
  // iron, thyroid, inflammation, coagulation, muscle/pancreas, vitamins
  lab('ferritin-low', 'low', ['ferritin', 'serum ferritin'], ['iron deficiency on ferritin', 'depleted iron stores']),
  lab('ferritin-high', 'high', ['ferritin', 'serum ferritin'], ['hyperferritinemia', 'hyperferritinaemia']),
  lab('free-t4-high', 'high', ['free t4', 'ft4', 'free thyroxine', 'thyroxine']),
  lab('free-t4-low', 'low', ['free t4', 'ft4', 'free thyroxine', 'thyroxine']),
  lab('esr-high', 'high', ['esr', 'sed rate', 'erythrocyte sedimentation rate']),
  lab('inr-high', 'high', ['inr', 'international normalized ratio'], ['coagulopathy', 'prolonged inr']),
  lab('ck-high', 'high', ['ck', 'cpk', 'creatine kinase'], ['rhabdomyolysis on ck']),
  lab('amylase-high', 'high', ['amylase', 'serum amylase'], ['hyperamylasemia', 'hyperamylasaemia']),
  lab('b12-low', 'low', ['b12', 'vitamin b12', 'cobalamin'], ['b12 deficiency on testing']),
  lab('ph-low', 'low', ['ph', 'blood ph', 'arterial ph'], ['acidemia', 'acidaemia', 'acidosis']),
  lab('ph-high', 'high', ['ph', 'blood ph', 'arterial ph'], ['alkalemia', 'alkalaemia', 'alkalosis']),
  lab('abg-hypercapnia', 'high', ['pco2', 'paco2'], ['hypercapnia', 'hypercarbia']),
  lab('pco2-low', 'low', ['pco2', 'paco2'], ['hypocapnia', 'hypocarbia']),
  { id: 'obese', names: ['obesity', 'obese', 'high bmi', 'raised bmi', 'bmi over 30'] },
  // respiratory pathogens and other infectious tests
  lab('sars-cov-2-positive', 'positive', ['sars cov 2', 'sars cov 2 pcr', 'sars cov 2 rna', 'covid 19 test', 'covid test', 'covid 19 pcr', 'covid pcr', 'sars cov 2 antigen'], ['covid 19 confirmed by test']),
  lab('influenza-pcr-positive', 'positive', ['influenza pcr', 'influenza test', 'influenza', 'flu test', 'influenza a', 'influenza b']),
  lab('rsv-positive', 'positive', ['rsv', 'rsv test', 'respiratory syncytial virus']),
  lab('respiratory-virus-positive', 'positive', ['respiratory virus', 'respiratory panel', 'viral pcr', 'respiratory viral panel']),
  lab('rapid-strep-positive', 'positive', ['rapid strep', 'rapid strep test', 'strep test', 'group a strep']),
  lab('hiv-test-positive', 'positive', ['hiv', 'hiv test', 'hiv antibody']),
  lab('monospot-positive', 'positive', ['monospot', 'heterophile antibody']),
  lab('c-diff-positive', 'positive', ['c difficile', 'c diff', 'c difficile toxin']),
  lab('blood-culture-positive', 'positive', ['blood culture', 'blood cultures'], ['bacteremia on culture']),
  lab('urine-culture-positive', 'positive', ['urine culture']),
  lab('h-pylori-positive', 'positive', ['h pylori', 'helicobacter pylori']),
  lab('fecal-occult-blood-positive', 'positive', ['fecal occult blood', 'faecal occult blood', 'fobt', 'fit']),
];

/** Lower-case, hyphens/underscores/slashes/dots as spaces, runs of spaces collapsed. */
export function normaliseName(s: string): string {
  return s.toLowerCase().replace(/[-_/.,()]+/g, ' ').replace(/\s+/g, ' ').trim();
}

export const CONCEPT_BY_ID: ReadonlyMap<string, ConceptDef> = new Map(CONCEPTS.map((c) => [c.id, c] as const));
