/**
 * Compilation shared by the two linear heads over finding-value features (the score head `head` and the
 * differential `membership` head): sparse weight rows as typed arrays, and for every finding outcome,
 * age band and sex the index of its feature key (-1 when the head has no such feature), so the hot
 * paths never build key strings.
 */
import type { AgeBand, FindingDef } from './model.js';
import { SEXES } from './model.js';

export interface CompiledSparseHead {
  readonly featureIndex: ReadonlyMap<string, number>;
  /** Sparse rows: for feature i, conditions rowIdx[i] with weights rowW[i]. */
  readonly rowIdx: readonly Int32Array[];
  readonly rowW: readonly Float64Array[];
  /**
   * Per finding, the feature index of each outcome: binary [`=0`, `=1`], categorical/ordinal one slot
   * per value, multi one slot per value plus a last slot for `=none`.
   */
  readonly findingFeature: readonly Int32Array[];
  readonly ageFeature: Int32Array;
  readonly sexFeature: Int32Array;
}

/** A linear head's weights and feature indexes compiled for the hot paths (see the module comment). */
export function compileSparseHead(
  head: { readonly features: readonly string[]; readonly weights: readonly Readonly<Record<string, number>>[] },
  findings: readonly FindingDef[],
  ageBands: readonly AgeBand[],
): CompiledSparseHead {
  const rowIdx: Int32Array[] = [];
  const rowW: Float64Array[] = [];
  for (const w of head.weights) {
    const keys = Object.keys(w).map(Number).sort((a, b) => a - b);
    rowIdx.push(Int32Array.from(keys));
    rowW.push(Float64Array.from(keys.map((k) => w[String(k)] ?? 0)));
  }
  const featureIndex = new Map(head.features.map((f, i) => [f, i] as const));
  const fx = (key: string): number => featureIndex.get(key) ?? -1;
  const findingFeature = findings.map((def) => {
    if (def.valueType === 'binary') return Int32Array.from([fx(`${def.id}=0`), fx(`${def.id}=1`)]);
    const slots = def.values.map((v) => fx(`${def.id}=${v.id}`));
    if (def.valueType === 'multi') slots.push(fx(`${def.id}=none`));
    return Int32Array.from(slots);
  });
  return {
    featureIndex,
    rowIdx,
    rowW,
    findingFeature,
    ageFeature: Int32Array.from(ageBands.map((b) => fx(`age=${b.id}`))),
    sexFeature: Int32Array.from(SEXES.map((x) => fx(`sex=${x}`))),
  };
}
