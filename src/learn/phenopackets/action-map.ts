/**
 * Which action reveals an HPO term, by the HPO subtree it falls under. The table is ordered: the first
 * test class whose root is the term or one of its ancestors wins; otherwise the term is elicited by
 * history and physical examination of its top-level organ system (one question action per system).
 * Terms the 2015 ontology does not know (and whose label does not match one of its terms) go to
 * "history and examination: other". The table is documented in docs/benchmark.md.
 */
import type { ActionDef } from '../../core/model.js';

export interface TestClass {
  readonly id: string;
  readonly kind: 'test' | 'panel' | 'imaging' | 'procedure';
  readonly name: string;
  /** CPT/HCPCS code priced from the compiled table. */
  readonly code: string;
  readonly findingKind: 'lab' | 'imaging' | 'sign';
  /** HPO subtree roots (the root term itself is included). */
  readonly roots: readonly string[];
}

export const TEST_CLASSES: readonly TestClass[] = [
  { id: 'test:eeg', kind: 'procedure', name: 'EEG', code: '95816', findingKind: 'sign', roots: ['HP:0002353'] },
  { id: 'test:emg', kind: 'procedure', name: 'Needle EMG', code: '95860', findingKind: 'sign', roots: ['HP:0003457'] },
  { id: 'test:nerve-conduction', kind: 'procedure', name: 'Nerve conduction study', code: '95900', findingKind: 'sign', roots: ['HP:0040129'] },
  { id: 'test:ecg', kind: 'procedure', name: 'Resting ECG', code: '93000', findingKind: 'sign', roots: ['HP:0011675'] },
  { id: 'imaging:echocardiogram', kind: 'imaging', name: 'Echocardiogram', code: '93306', findingKind: 'imaging', roots: ['HP:0001627'] },
  { id: 'imaging:brain-mri', kind: 'imaging', name: 'Brain MRI', code: '70553', findingKind: 'imaging', roots: ['HP:0002011'] },
  { id: 'lab:creatine-kinase', kind: 'test', name: 'Creatine kinase', code: '82550', findingKind: 'lab', roots: ['HP:0003236'] },
  { id: 'lab:urinalysis', kind: 'test', name: 'Urinalysis', code: '81001', findingKind: 'lab', roots: ['HP:0003110', 'HP:0000093', 'HP:0000790'] },
  { id: 'lab:lipid-panel', kind: 'panel', name: 'Lipid panel', code: '80061', findingKind: 'lab', roots: ['HP:0003119'] },
  { id: 'lab:thyroid', kind: 'test', name: 'Thyroid function (TSH)', code: '84443', findingKind: 'lab', roots: ['HP:0002926'] },
  { id: 'lab:immunoglobulins', kind: 'test', name: 'Immunoglobulin levels', code: '82784', findingKind: 'lab', roots: ['HP:0010701'] },
  { id: 'lab:blood-count', kind: 'panel', name: 'Blood count with differential', code: '85025', findingKind: 'lab', roots: ['HP:0001871'] },
  { id: 'lab:chemistry-panel', kind: 'panel', name: 'Comprehensive chemistry panel', code: '80053', findingKind: 'lab', roots: ['HP:0001939'] },
  { id: 'imaging:abdominal-ultrasound', kind: 'imaging', name: 'Abdominal ultrasound', code: '76700', findingKind: 'imaging', roots: ['HP:0012210', 'HP:0001743', 'HP:0002240'] },
];

/** Genetic testing: exome sequencing reveals the causal gene; a single-gene test reveals one gene. */
export const EXOME = { id: 'genetic:exome', kind: 'test' as const, name: 'Exome sequencing', code: '81415' };
export const SINGLE_GENE = { prefix: 'genetic:gene:', kind: 'test' as const, name: 'Single-gene sequencing', code: '81406' };
export const GENE_FINDING_PREFIX = 'gene:';

/** Top-level HPO organ systems (children of "Phenotypic abnormality" HP:0000118), asked in history and examination. */
export const SYSTEMS: readonly { readonly root: string; readonly slug: string; readonly name: string }[] = [
  { root: 'HP:0000707', slug: 'nervous-system', name: 'nervous system' },
  { root: 'HP:0000478', slug: 'eye', name: 'eyes and vision' },
  { root: 'HP:0000598', slug: 'ear', name: 'ears and hearing' },
  { root: 'HP:0000152', slug: 'head-neck', name: 'head, face and neck' },
  { root: 'HP:0000924', slug: 'skeleton', name: 'skeleton' },
  { root: 'HP:0040064', slug: 'limbs', name: 'limbs' },
  { root: 'HP:0003011', slug: 'muscles', name: 'muscles' },
  { root: 'HP:0001574', slug: 'skin', name: 'skin, hair and nails' },
  { root: 'HP:0001626', slug: 'cardiovascular', name: 'heart and circulation' },
  { root: 'HP:0002086', slug: 'respiratory', name: 'breathing and lungs' },
  { root: 'HP:0001438', slug: 'abdomen', name: 'abdomen and digestion' },
  { root: 'HP:0000119', slug: 'genitourinary', name: 'kidneys, bladder and genitals' },
  { root: 'HP:0000818', slug: 'endocrine', name: 'hormones and puberty' },
  { root: 'HP:0001507', slug: 'growth', name: 'growth' },
  { root: 'HP:0001197', slug: 'prenatal', name: 'pregnancy, birth and the newborn period' },
  { root: 'HP:0002715', slug: 'immune', name: 'infections and immunity' },
  { root: 'HP:0001871', slug: 'blood', name: 'bleeding and blood' },
  { root: 'HP:0001939', slug: 'metabolism', name: 'metabolism and body chemistry' },
  { root: 'HP:0003549', slug: 'connective-tissue', name: 'connective tissue' },
  { root: 'HP:0002664', slug: 'neoplasm', name: 'tumours' },
  { root: 'HP:0000769', slug: 'breast', name: 'breasts' },
  { root: 'HP:0001608', slug: 'voice', name: 'voice' },
  { root: 'HP:0045027', slug: 'thorax', name: 'chest cavity' },
];
export const OTHER_QUESTION = { id: 'ask:other', name: 'History and examination: other findings' };

export function questionId(slug: string): string {
  return `ask:${slug}`;
}

/**
 * The action class for a term, given the term and its ancestors (a set including the term itself).
 * `available` lists the test classes that could be priced; the others fall back to the questions.
 */
export function classify(selfAndAncestors: ReadonlySet<string>, available: ReadonlySet<string>): { actionId: string; findingKind: 'lab' | 'imaging' | 'sign' } {
  for (const t of TEST_CLASSES) {
    if (!available.has(t.id)) continue;
    if (t.roots.some((r) => selfAndAncestors.has(r))) return { actionId: t.id, findingKind: t.findingKind };
  }
  for (const s of SYSTEMS) if (selfAndAncestors.has(s.root)) return { actionId: questionId(s.slug), findingKind: 'sign' };
  return { actionId: OTHER_QUESTION.id, findingKind: 'sign' };
}

/**
 * The history-and-examination questions (one per organ system, plus the rest) and the priced test classes
 * that reveal at least one finding; a test class without a price is left out. Gene tests are added by the
 * learner, which knows the genes.
 */
export function questionAndTestActions(reveals: ReadonlyMap<string, string[]>, priceOf: (code: string) => { priceUsd: number; source: string } | undefined): ActionDef[] {
  const actions: ActionDef[] = [];
  for (const s of SYSTEMS) {
    const r = reveals.get(questionId(s.slug));
    if (r) actions.push({ id: questionId(s.slug), kind: 'question', name: `History and examination: ${s.name}`, reveals: r });
  }
  const other = reveals.get(OTHER_QUESTION.id);
  if (other) actions.push({ id: OTHER_QUESTION.id, kind: 'question', name: OTHER_QUESTION.name, reveals: other });
  for (const t of TEST_CLASSES) {
    const r = reveals.get(t.id);
    const p = priceOf(t.code);
    if (r && p) actions.push({ id: t.id, kind: t.kind, name: t.name, code: { system: 'CPT', code: t.code }, priceUsd: p.priceUsd, priceSource: p.source, reveals: r });
  }
  return actions;
}
