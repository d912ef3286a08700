/**
 * Learns the rare-disease model from phenopacket-store cases: disease x HPO-term frequencies over the
 * training split, in the core model format (binary findings, one per HPO term; genes as genetic
 * findings). Pure: takes parsed inputs, returns a model; the CLI does the I/O.
 *
 * - Ancestor-aware likelihoods: a case "has" a term when it lists the term or any descendant, so
 *   P(term | disease) is the fraction of the disease's training cases whose closure contains it.
 *   At diagnosis the benchmark scores only the most specific observed terms, so ancestors are not
 *   counted twice (the ancestors' evidence is already in the specific term's likelihood).
 * - Leak and smoothing (noisy-OR with shrinkage): leak(t) = leakScale * (cases with t / cases),
 *   clamped to [1e-4, 0.5]; P(t | d) = leak + (1 - leak) * n(d, t) / (n(d) + alpha). A disease that
 *   never showed the term is not listed and falls back to the leak (neutral evidence).
 * - Excluded terms: observed as "absent", so a disease whose cases usually have the term loses
 *   (1 - P) / (1 - leak); only explicit exclusions are used as negative evidence.
 * - Genes: finding "gene:SYMBOL" with P = leak + (1 - leak) * n(d, gene) / (n(d) + alpha), leak 1e-4.
 * - Prior: proportional to (training cases of the disease) ^ priorPower.
 */
import type { ActionDef, ConditionDef, FindingDef, KnowledgeModel, TrainingFile } from '../../core/model.js';
import { CODE_VERSION } from '../../core/version.js';
import { seriesStem } from '../../core/disease-names.js';
import { roundSig } from '../artifact.js';
import { EXOME, GENE_FINDING_PREFIX, SINGLE_GENE, TEST_CLASSES, classify, questionAndTestActions } from './action-map.js';
import type { Phenopacket } from './cases.js';
import type { TermMapper } from './terms.js';

/** The cases-only learner's smoothing (`alpha`), leak scale, prior power, training part and price lookup. */
export interface LearnOptions {
  readonly alpha?: number;
  readonly leakScale?: number;
  readonly priorPower?: number;
  /** Which cases the model was trained on (recorded in the manifest; the benchmark refuses overlapping parts). */
  readonly trainPart?: string;
  /** Price lookup by code; a class whose code has no price is dropped and reported. */
  readonly priceOf: (code: string) => { priceUsd: number; source: string } | undefined;
}

/** What `learnPhenopacketModel` learned from: counts of cases, diseases, findings, genes, unplaced terms, unpriced actions. */
export interface LearnReport {
  readonly trainCases: number;
  readonly diseases: number;
  readonly findings: number;
  readonly genes: number;
  readonly unplacedTerms: number;
  readonly unpricedActions: readonly string[];
}

/** What the training cases tally: per disease its cases, first label and genes; per finding its count per disease and overall. */
interface CaseTally {
  readonly diseaseCases: Map<string, number>;
  readonly diseaseLabel: Map<string, string>;
  readonly diseaseGenes: Map<string, Set<string>>;
  /** finding -> disease -> cases */
  readonly counts: Map<string, Map<string, number>>;
  /** finding -> cases over all diseases */
  readonly bg: Map<string, number>;
  /** Distinct present terms the ontology does not place. */
  readonly unplaced: number;
}

/** Tallies the training cases: each case counts once for every term in the closure of its present terms and for each of its genes. */
function tallyCases(train: readonly Phenopacket[], mapper: TermMapper): CaseTally {
  const t: CaseTally = { diseaseCases: new Map(), diseaseLabel: new Map(), diseaseGenes: new Map(), counts: new Map(), bg: new Map(), unplaced: 0 };
  const bump = (f: string, d: string): void => {
    let row = t.counts.get(f);
    if (!row) t.counts.set(f, (row = new Map()));
    row.set(d, (row.get(d) ?? 0) + 1);
    t.bg.set(f, (t.bg.get(f) ?? 0) + 1);
  };
  const unplacedSeen = new Set<string>();
  for (const c of train) {
    const d = c.disease.id;
    t.diseaseCases.set(d, (t.diseaseCases.get(d) ?? 0) + 1);
    if (!t.diseaseLabel.has(d)) t.diseaseLabel.set(d, c.disease.label);
    const closure = new Set<string>();
    for (const term of c.present) {
      if (!mapper.ontology.terms.has(mapper.resolve(term)) && !unplacedSeen.has(term)) unplacedSeen.add(term);
      for (const x of mapper.closure(term)) closure.add(x);
    }
    for (const f of closure) bump(f, d);
    for (const g of new Set(c.genes)) {
      bump(`${GENE_FINDING_PREFIX}${g}`, d);
      let gs = t.diseaseGenes.get(d);
      if (!gs) t.diseaseGenes.set(d, (gs = new Set()));
      gs.add(g);
    }
  }
  return { ...t, unplaced: unplacedSeen.size };
}

/** Findings (HPO terms and genes) with their leaks, the smoothed likelihoods, which action reveals each term, and the genes. */
function findingTables(tally: CaseTally, nCases: number, mapper: TermMapper, available: ReadonlySet<string>, alpha: number, leakScale: number): { findings: FindingDef[]; likelihoods: Record<string, Record<string, number[]>>; reveals: Map<string, string[]>; genes: string[] } {
  const reveals = new Map<string, string[]>();
  const findings: FindingDef[] = [];
  const likelihoods: Record<string, Record<string, number[]>> = {};
  const genes: string[] = [];
  for (const f of [...tally.counts.keys()].sort()) {
    const isGene = f.startsWith(GENE_FINDING_PREFIX);
    const leak = isGene ? 1e-4 : Math.min(0.5, Math.max(1e-4, (leakScale * tally.bg.get(f)!) / nCases));
    let kind: FindingDef['kind'] = 'genetic';
    if (isGene) genes.push(f.slice(GENE_FINDING_PREFIX.length));
    else {
      const cls = classify(new Set(mapper.closure(f).length > 0 ? mapper.closure(f) : [f]), available);
      kind = cls.findingKind;
      const list = reveals.get(cls.actionId) ?? [];
      list.push(f);
      reveals.set(cls.actionId, list);
    }
    const name = isGene ? `pathogenic variant in ${f.slice(GENE_FINDING_PREFIX.length)}` : mapper.label(f);
    findings.push({
      id: f, name, kind, valueType: 'binary', leak: roundSig(leak, 4),
      codes: [isGene ? { system: 'HGNC-symbol', code: f.slice(GENE_FINDING_PREFIX.length) } : { system: 'HPO', code: f }],
    });
    const row: Record<string, number[]> = {};
    for (const [d, n] of tally.counts.get(f)!) row[d] = [roundSig(leak + ((1 - leak) * n) / (tally.diseaseCases.get(d)! + alpha), 4)];
    likelihoods[f] = row;
  }
  return { findings, likelihoods, reveals, genes };
}

/** Question and test actions, the exome and one single-gene test per gene; appends to `unpriced` the tests without a price. */
function caseActions(reveals: ReadonlyMap<string, string[]>, genes: readonly string[], priceOf: LearnOptions['priceOf'], unpriced: string[]): ActionDef[] {
  const actions: ActionDef[] = questionAndTestActions(reveals, priceOf);
  const exomePrice = priceOf(EXOME.code);
  const genePrice = priceOf(SINGLE_GENE.code);
  if (!exomePrice) unpriced.push(EXOME.id);
  if (!genePrice) unpriced.push(`${SINGLE_GENE.prefix}*`);
  const geneFindings = genes.map((g) => `${GENE_FINDING_PREFIX}${g}`);
  if (exomePrice && geneFindings.length > 0) {
    actions.push({ id: EXOME.id, kind: EXOME.kind, name: EXOME.name, code: { system: 'CPT', code: EXOME.code }, priceUsd: exomePrice.priceUsd, priceSource: exomePrice.source, reveals: geneFindings });
  }
  if (genePrice) {
    for (const g of genes) {
      actions.push({ id: `${SINGLE_GENE.prefix}${g}`, kind: SINGLE_GENE.kind, name: `${SINGLE_GENE.name}: ${g}`, code: { system: 'CPT', code: SINGLE_GENE.code }, priceUsd: genePrice.priceUsd, priceSource: genePrice.source, reveals: [`${GENE_FINDING_PREFIX}${g}`] });
    }
  }
  return actions;
}

/** One condition per training disease: its first label, series stem as category, genes as codes, prior (cases) ^ priorPower. */
function caseConditions(tally: CaseTally, diseases: readonly string[], priorPower: number): ConditionDef[] {
  return diseases.map((d) => {
    const label = tally.diseaseLabel.get(d)!;
    const w = roundSig(Math.pow(tally.diseaseCases.get(d)!, priorPower), 6);
    return {
      id: d, name: label, icd10: [], severity: 3, cantMiss: false, category: seriesStem(label),
      codes: [...(tally.diseaseGenes.get(d) ?? [])].sort().map((g) => ({ system: 'HGNC-symbol', code: g })),
      prior: [[w, w]],
    };
  });
}

/**
 * The old learner from training cases only (kept to quote old figures; `--method cases`): tally the cases, build the
 * finding tables, the actions and the conditions, and assemble the model with its manifest.
 */
export function learnPhenopacketModel(train: readonly Phenopacket[], mapper: TermMapper, training: readonly TrainingFile[], opts: LearnOptions): { model: KnowledgeModel; report: LearnReport } {
  const alpha = opts.alpha ?? 1;
  const leakScale = opts.leakScale ?? 0.5;
  const priorPower = opts.priorPower ?? 0.5;
  const nCases = train.length;
  const tally = tallyCases(train, mapper);
  const diseases = [...tally.diseaseCases.keys()].sort();
  const available = new Set(TEST_CLASSES.filter((t) => opts.priceOf(t.code)).map((t) => t.id));
  const unpriced = TEST_CLASSES.filter((t) => !available.has(t.id)).map((t) => t.id);
  const { findings, likelihoods, reveals, genes } = findingTables(tally, nCases, mapper, available, alpha, leakScale);
  const actions = caseActions(reveals, genes, opts.priceOf, unpriced);
  const conditions = caseConditions(tally, diseases, priorPower);

  const model: KnowledgeModel = {
    format: 'ddx-model',
    formatVersion: 1,
    id: 'phenopackets',
    version: '1.0.0',
    name: 'Rare diseases from published phenopackets',
    description: 'Disease x HPO-term frequencies learned from the training split of GA4GH phenopacket-store cases, with gene links seen in training.',
    license: 'Apache-2.0 (model); trained on phenopacket-store (BSD-3-Clause) with HPO ids and labels (hpo.jax.org, free with attribution)',
    attribution: [
      'GA4GH phenopacket-store, Danis et al. (BSD-3-Clause)',
      'Human Phenotype Ontology, hpo.jax.org (release 2015-01-27 for the hierarchy; current labels)',
      'Prices: CMS Clinical Laboratory Fee Schedule 2025 Q2; Dx0 test-prices.csv (MIT)',
    ],
    ageBands: [{ id: 'all', minYears: 0, maxYears: 131 }],
    conditions,
    findings,
    actions,
    likelihoods,
    cantMissThreshold: 1,
    manifest: {
      contentHash: `sha256:${'0'.repeat(64)}`,
      createdBy: { tool: 'ddx learn phenopackets', codeVersion: CODE_VERSION },
      training: training.map((t) => ({ ...t })),
      parameters: {
        alpha, leakScale, priorPower, trainPart: opts.trainPart ?? 'all',
        trainCases: nCases, diseases: diseases.length, findings: findings.length, genes: genes.length,
        scoring: 'ancestor-aware likelihoods; score the most specific observed terms',
      },
      notes: unpriced.length > 0 ? `actions without a price (dropped, their terms fall back to history and examination): ${unpriced.join(', ')}` : 'all action classes priced',
    },
  };
  return { model, report: { trainCases: nCases, diseases: diseases.length, findings: findings.length, genes: genes.length, unplacedTerms: tally.unplaced, unpricedActions: unpriced } };
}
