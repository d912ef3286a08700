/**
 * The feature vocabulary the DDXPlus linear heads (`head.ts`, `membership.ts`) learn over: the feature
 * atoms seen in at least `minCount` training examples, in sorted order, so a weight's row index is the
 * same for the same examples whatever order they came in.
 */

/** The learned vocabulary and each feature's row index in it. */
export interface FeatureVocabulary {
  readonly vocab: readonly string[];
  readonly index: ReadonlyMap<string, number>;
}

/** Features seen in at least `minCount` examples (an example counts a feature once), sorted, with their indices. */
export function featureVocabulary(examples: readonly { readonly features: readonly string[] }[], minCount: number): FeatureVocabulary {
  const counts = new Map<string, number>();
  for (const ex of examples) for (const f of new Set(ex.features)) counts.set(f, (counts.get(f) ?? 0) + 1);
  const vocab = [...counts].filter(([, n]) => n >= minCount).map(([k]) => k).sort();
  return { vocab, index: new Map(vocab.map((k, i) => [k, i] as const)) };
}

/** An example's feature indices in the vocabulary (features outside it dropped), in the example's order. */
export function featureRows(features: readonly string[], index: ReadonlyMap<string, number>): number[] {
  return features.map((f) => index.get(f) ?? -1).filter((i) => i >= 0);
}
