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
  { id: 'confusion', names: ['confusion', 'altered mental status'] },
  // Screening scales judged at their published cut-offs (loinc-tests.ts, "scales").
  { id: 'depression-screen-positive', names: ['depression', 'low mood', 'depressed mood'] },
  { id: 'anxiety-screen-positive', names: ['anxiety', 'anxiety and nervousness'] },
  { id: 'cognition-screen-low', names: ['impaired cognition', 'cognitive impairment'] },
  { id: 'alcohol-misuse', names: ['abusing alcohol', 'alcohol abuse', 'alcohol use disorder'] },
  { id: 'daytime-sleepiness', names: ['sleepiness', 'daytime sleepiness', 'excessive daytime sleepiness'] },
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
  // A post-void residual above the retention threshold (loinc-tests.ts): the HPO label is a synonym of the
  // model's urinary retention finding.
  { id: 'post-void-residual-high', names: ['increased post void residual urine volume', 'urinary retention', 'retention of urine', 'raised post void residual'] },
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
  // more panels (differential count, haemolysis and coagulation, chemistry, lipids, iron, endocrine,
  // tumour markers, toxicology, serology and cultures)
  lab('lymphocytes-low', 'low', ['lymphocytes', 'lymphocyte count'], ['lymphopenia', 'lymphopaenia', 'lymphocytopenia']),
  lab('lymphocytes-high', 'high', ['lymphocytes', 'lymphocyte count'], ['lymphocytosis']),
  lab('neutrophils-low', 'low', ['neutrophils', 'neutrophil count', 'anc'], ['neutropenia', 'neutropaenia']),
  lab('neutrophils-high', 'high', ['neutrophils', 'neutrophil count'], ['neutrophilia']),
  lab('eosinophils-high', 'high', ['eosinophils', 'eosinophil count'], ['eosinophilia']),
  lab('reticulocytes-high', 'high', ['reticulocytes', 'reticulocyte count'], ['reticulocytosis']),
  lab('reticulocytes-low', 'low', ['reticulocytes', 'reticulocyte count'], ['reticulocytopenia']),
  lab('haptoglobin-low', 'low', ['haptoglobin']),
  lab('fibrinogen-low', 'low', ['fibrinogen'], ['hypofibrinogenemia', 'hypofibrinogenaemia']),
  lab('fibrinogen-high', 'high', ['fibrinogen'], ['hyperfibrinogenemia']),
  lab('ptt-prolonged', 'high', ['ptt', 'aptt', 'partial thromboplastin time'], ['prolonged ptt', 'prolonged aptt']),
  lab('magnesium-low', 'low', ['magnesium'], ['hypomagnesemia', 'hypomagnesaemia']),
  lab('magnesium-high', 'high', ['magnesium'], ['hypermagnesemia', 'hypermagnesaemia']),
  lab('phosphate-low', 'low', ['phosphate', 'phosphorus'], ['hypophosphatemia', 'hypophosphataemia']),
  lab('phosphate-high', 'high', ['phosphate', 'phosphorus'], ['hyperphosphatemia', 'hyperphosphataemia']),
  lab('uric-acid-high', 'high', ['uric acid', 'urate', 'serum urate'], ['hyperuricemia', 'hyperuricaemia']),
  lab('osmolality-high', 'high', ['osmolality', 'serum osmolality', 'plasma osmolality'], ['hyperosmolality', 'hyperosmolarity']),
  lab('osmolality-low', 'low', ['osmolality', 'serum osmolality', 'plasma osmolality'], ['hypoosmolality', 'hypo osmolality']),
  lab('anion-gap-high', 'high', ['anion gap'], ['anion gap metabolic acidosis', 'high anion gap acidosis']),
  lab('total-protein-high', 'high', ['total protein', 'serum protein'], ['hyperproteinemia', 'hyperproteinaemia']),
  lab('ggt-high', 'high', ['ggt', 'gamma gt', 'gamma glutamyltransferase']),
  lab('ammonia-high', 'high', ['ammonia'], ['hyperammonemia', 'hyperammonaemia']),
  lab('ldh-high', 'high', ['ldh', 'lactate dehydrogenase']),
  lab('ldl-high', 'high', ['ldl', 'ldl cholesterol'], ['hypercholesterolemia', 'hypercholesterolaemia']),
  lab('cholesterol-high', 'high', ['cholesterol', 'total cholesterol']),
  lab('triglycerides-high', 'high', ['triglycerides', 'triglyceride'], ['hypertriglyceridemia', 'hypertriglyceridaemia']),
  lab('hdl-low', 'low', ['hdl', 'hdl cholesterol'], ['low hdl cholesterol', 'decreased hdl cholesterol concentration', 'hypoalphalipoproteinemia']),
  lab('transferrin-saturation-high', 'high', ['transferrin saturation', 'iron saturation']),
  lab('transferrin-saturation-low', 'low', ['transferrin saturation', 'iron saturation']),
  lab('iron-low', 'low', ['serum iron', 'iron'], ['hypoferremia']),
  lab('iron-high', 'high', ['serum iron', 'iron']),
  lab('tibc-high', 'high', ['tibc', 'total iron binding capacity']),
  lab('tibc-low', 'low', ['tibc', 'total iron binding capacity']),
  lab('folate-low', 'low', ['folate', 'folic acid', 'serum folate'], ['folate deficiency on testing']),
  lab('vitamin-d-low', 'low', ['vitamin d', '25 hydroxyvitamin d'], ['vitamin d deficiency on testing']),
  lab('ceruloplasmin-low', 'low', ['ceruloplasmin']),
  lab('pth-high', 'high', ['pth', 'parathyroid hormone']),
  lab('pth-low', 'low', ['pth', 'parathyroid hormone']),
  lab('cortisol-high', 'high', ['cortisol'], ['hypercortisolemia', 'hypercortisolism on testing']),
  lab('cortisol-low', 'low', ['cortisol', 'morning cortisol'], ['hypocortisolemia']),
  lab('prolactin-high', 'high', ['prolactin'], ['hyperprolactinemia', 'hyperprolactinaemia']),
  lab('fsh-high', 'high', ['fsh', 'follicle stimulating hormone']),
  lab('t3-high', 'high', ['t3', 'triiodothyronine']),
  lab('t3-low', 'low', ['t3', 'triiodothyronine']),
  lab('psa-high', 'high', ['psa', 'prostate specific antigen']),
  lab('cea-high', 'high', ['cea', 'carcinoembryonic antigen']),
  lab('afp-high', 'high', ['afp', 'alpha fetoprotein']),
  lab('ca125-high', 'high', ['ca 125', 'ca125']),
  lab('ethanol-level-high', 'high', ['ethanol level', 'blood alcohol', 'serum ethanol']),
  lab('lithium-level-high', 'high', ['lithium level', 'serum lithium', 'lithium'], ['lithium level above the therapeutic range']),
  lab('digoxin-level-high', 'high', ['digoxin level', 'serum digoxin', 'digoxin'], ['digoxin level above the therapeutic range']),
  lab('acetaminophen-level-high', 'high', ['acetaminophen level', 'paracetamol level']),
  lab('salicylate-level-high', 'high', ['salicylate level', 'salicylate']),
  lab('carboxyhemoglobin-high', 'high', ['carboxyhemoglobin', 'carboxyhaemoglobin', 'cohb']),
  lab('lead-level-high', 'high', ['lead level', 'blood lead', 'blood lead level']),
  lab('ana-positive', 'positive', ['ana', 'antinuclear antibody']),
  lab('rf-positive', 'positive', ['rf', 'rheumatoid factor']),
  lab('anti-ccp-positive', 'positive', ['anti ccp', 'ccp antibody']),
  lab('anti-dsdna-positive', 'positive', ['anti dsdna', 'dsdna']),
  lab('ttg-iga-positive', 'positive', ['ttg iga', 'tissue transglutaminase', 'anti ttg']),
  lab('tpo-antibody-positive', 'positive', ['tpo antibodies', 'anti tpo', 'thyroid peroxidase antibodies']),
  lab('coombs-positive', 'positive', ['coombs', 'direct coombs', 'direct antiglobulin test', 'dat']),
  lab('hav-igm-positive', 'positive', ['hav igm', 'hepatitis a igm']),
  lab('hbsag-positive', 'positive', ['hbsag', 'hepatitis b surface antigen']),
  lab('hcv-antibody-positive', 'positive', ['hcv antibody', 'hepatitis c antibody', 'anti hcv']),
  lab('hsv-pcr-positive', 'positive', ['hsv pcr', 'hsv', 'herpes simplex pcr']),
  lab('cmv-igm-positive', 'positive', ['cmv igm', 'cytomegalovirus igm']),
  lab('ebv-antibody-positive', 'positive', ['ebv', 'ebv vca igm', 'ebv serology']),
  lab('chlamydia-naat-positive', 'positive', ['chlamydia', 'chlamydia naat']),
  lab('gonorrhea-naat-positive', 'positive', ['gonorrhea', 'gonorrhoea', 'gonorrhea naat']),
  lab('syphilis-serology-positive', 'positive', ['rpr', 'vdrl', 'syphilis serology']),
  lab('tb-igra-positive', 'positive', ['quantiferon', 'igra', 'interferon gamma release assay']),
  lab('lyme-serology-positive', 'positive', ['lyme serology', 'lyme antibody']),
  lab('malaria-smear-positive', 'positive', ['malaria smear', 'malaria antigen', 'malaria']),
  lab('stool-culture-positive', 'positive', ['stool culture']),
  lab('stool-ova-parasites-positive', 'positive', ['stool ova and parasites', 'ova and parasites']),
  lab('sputum-culture-positive', 'positive', ['sputum culture']),
  lab('throat-culture-positive', 'positive', ['throat culture']),
  lab('koh-prep-positive', 'positive', ['koh prep', 'koh preparation']),
  lab('wet-mount-positive', 'positive', ['wet mount', 'wet prep']),
  { id: 'ecg-first-degree-av-block', names: ['first degree av block', 'first degree heart block', 'prolonged pr interval', 'pr prolongation'] },
  // The broad model's HPO finding, matched by its id only: HPO's own name here would take the phenotype finding out of
  // the model build (a value concept's name belongs to the value reader's catalog finding).
  { id: 'hp-elevated-pulmonary-artery-pressure', names: ['hp-elevated-pulmonary-artery-pressure'] },
  { id: 'hp-elevated-sweat-chloride', names: ['hp-elevated-sweat-chloride'] },
  { id: 'hp-exocrine-pancreatic-insufficiency', names: ['hp-exocrine-pancreatic-insufficiency'] },
  { id: 'hp-reduced-factor-viii-activity', names: ['hp-reduced-factor-viii-activity'] },
  { id: 'hp-increased-factor-viii-activity', names: ['hp-increased-factor-viii-activity'] },
  { id: 'hp-reduced-factor-ix-activity', names: ['hp-reduced-factor-ix-activity'] },
  { id: 'hp-reduced-factor-vii-activity', names: ['hp-reduced-factor-vii-activity'] },
  { id: 'hp-reduced-coagulation-factor-v-activity', names: ['hp-reduced-coagulation-factor-v-activity'] },
  { id: 'hp-reduced-factor-x-activity', names: ['hp-reduced-factor-x-activity'] },
  { id: 'echo-aortic-stenosis', names: ['aortic stenosis on echo', 'reduced aortic valve area'] },
  { id: 'ecg-qt-prolonged', names: ['prolonged qt', 'prolonged qtc', 'qt prolongation', 'qtc prolongation', 'long qt interval'] },
  { id: 'echo-reduced-ef', names: ['reduced ejection fraction', 'low ejection fraction', 'lv systolic dysfunction', 'reduced lvef'] },
  { id: 'spirometry-obstruction', names: ['airflow obstruction', 'obstructive spirometry', 'low fev1 fvc ratio'] },
  lab('cd4-low', 'low', ['cd4', 'cd4 count'], ['cd4 lymphopenia']),
  { id: 'obese', names: ['obesity', 'obese', 'high bmi', 'raised bmi', 'bmi over 30'] },
  // respiratory pathogens and other infectious tests
  lab('sars-cov-2-positive', 'positive', ['sars cov 2', 'sars cov 2 pcr', 'sars cov 2 rna', 'covid 19 test', 'covid test', 'covid 19 pcr', 'covid pcr', 'sars cov 2 antigen'], ['covid 19 confirmed by test']),
  lab('influenza-pcr-positive', 'positive', ['influenza pcr', 'influenza test', 'influenza', 'flu test', 'influenza a', 'influenza b']),
  lab('influenza-test-positive', 'positive', ['rapid flu test', 'rapid influenza test', 'influenza antigen', 'flu antigen'], ['positive rapid flu test']),
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
