/**
 * Phenopacket cases for the benchmark: turn a phenopacket-store line into the open case format
 * (presenting findings, hidden record, diagnosis) against a model's findings, using the HPO mapping.
 * Static mode observes the most specific present terms and the explicit exclusions; stepwise mode
 * hides the full record (present terms with their ancestors, exclusions with their descendants, the
 * causal gene) behind the gatekeeper and shows only a few presenting terms.
 */
import type { CompiledModel } from '../../core/compile.js';
import type { Observation } from '../../core/evidence.js';
import { hashSeed } from '../../core/random.js';
import { GENE_FINDING_PREFIX } from '../../learn/phenopackets/action-map.js';
import type { Phenopacket } from '../../learn/phenopackets/cases.js';
import { mapCaseTerms, type TermMapper } from '../../learn/phenopackets/terms.js';
import type { BenchCase } from '../case-format.js';
import { seriesStem } from '../judge.js';

/** How many presenting terms a stepwise case starts with. */
export const PRESENTING_TERMS = 3;

export interface PreparedCase {
  readonly bench: BenchCase;
  /** Static-mode evidence: most specific present terms and explicit exclusions (no genes). */
  readonly staticObservations: readonly Observation[];
  /** Stepwise start: the presenting terms and their ancestors in the model. */
  readonly presentingObservations: readonly Observation[];
}

const questionFindingsByModel = new WeakMap<CompiledModel, ReadonlySet<string>>();
/** Findings elicited by history and examination (computed once per model). */
function questionFindingsOf(cm: CompiledModel): ReadonlySet<string> {
  let s = questionFindingsByModel.get(cm);
  if (!s) {
    const ids = new Set<string>();
    for (const a of cm.actions) if (a.kind === 'question') for (const fi of a.findings) ids.add(cm.findings[fi]!.def.id);
    questionFindingsByModel.set(cm, (s = ids));
  }
  return s;
}

/**
 * One phenopacket as a benchmark case for a compiled model: the `ddx-case` record (present terms with their
 * ancestors in the model, excluded terms, genes), the static observations (specific present and directly excluded
 * terms) and the presenting observations (up to PRESENTING_TERMS terms, preferably ones history or examination
 * elicit, in a case-seeded order, with their ancestors in the model).
 */
export function prepareCase(p: Phenopacket, cm: CompiledModel, mapper: TermMapper): PreparedCase {
  const inModel = (id: string): boolean => cm.findingIndex.has(id);
  const mapped = mapCaseTerms(mapper, p.present, p.excluded, inModel);
  const staticObservations: Observation[] = [
    ...mapped.presentSpecific.map((id) => ({ id, present: true })),
    ...mapped.excludedDirect.map((id) => ({ id, present: false })),
  ];
  // Presenting terms: prefer ones elicited by history/examination, in a case-seeded order.
  const questionFindings = questionFindingsOf(cm);
  const order = (ids: readonly string[]): string[] => [...ids].sort((a, b) => hashSeed(`${p.id}|${a}`) - hashSeed(`${p.id}|${b}`) || (a < b ? -1 : 1));
  const pool = mapped.presentSpecific.filter((id) => questionFindings.has(id));
  const presenting = order(pool.length > 0 ? pool : mapped.presentSpecific).slice(0, PRESENTING_TERMS);
  const presentingClosure = new Set<string>();
  for (const t of presenting) for (const x of mapper.closure(t)) if (inModel(x)) presentingClosure.add(x);
  const genes = p.genes.map((g) => ({ id: `${GENE_FINDING_PREFIX}${g}`, label: g }));
  const bench: BenchCase = {
    id: p.id,
    demographics: { sex: p.sex, ...(p.ageYears !== undefined ? { ageYears: p.ageYears } : {}) },
    presenting: presenting.map((id) => ({ id, label: mapper.label(id) })),
    record: {
      present: [...mapped.presentClosure.map((id) => ({ id })), ...genes],
      absent: mapped.excluded.map((id) => ({ id })),
      values: [],
    },
    diagnosis: { id: p.disease.id, name: p.disease.label, category: seriesStem(p.disease.label), genes: [...p.genes] },
    source: { dataset: 'GA4GH phenopacket-store', reference: p.id, license: 'BSD-3-Clause' },
  };
  return {
    bench,
    staticObservations,
    presentingObservations: [...presentingClosure].sort().map((id) => ({ id, present: true })),
  };
}
