/**
 * The model's exemplar field (`ExemplarRerank` in core/model.ts): each seen disease's training cases as
 * term sets (their most specific present terms in the model), for the core re-rank (`exemplar-rank.ts`).
 * Only phenopacket-store cases feed it: published, public case reports (BSD-3-Clause). A model learned
 * from private records must not carry per-case term sets without a privacy review (docs/privacy.md).
 */
import type { ExemplarRerank } from '../../core/model.js';
import type { Phenopacket } from './cases.js';
import { mapCaseTerms, type TermMapper } from './terms.js';

/** Settings of the field: carried at all, switched on, weight and depth of the re-rank. */
export interface ExemplarSettings {
  readonly carry: boolean;
  readonly enabled: boolean;
  readonly weight: number;
  readonly top: number;
  /** Share of the patient-to-profile half (0.5: symmetric, not written to the field). */
  readonly forwardShare?: number;
}

/** The field from the training cases by disease (diseases and sets in sorted order, identical sets once), or undefined when not carried. */
export function exemplarField(byDisease: ReadonlyMap<string, readonly Phenopacket[]>, mapper: TermMapper, inModel: (id: string) => boolean, s: ExemplarSettings): ExemplarRerank | undefined {
  if (!s.carry) return undefined;
  const cases: Record<string, string[][]> = {};
  for (const d of [...byDisease.keys()].sort()) {
    const sets = new Map<string, string[]>();
    for (const c of byDisease.get(d)!) {
      const terms = [...mapCaseTerms(mapper, c.present, [], inModel).presentSpecific].sort();
      if (terms.length > 0) sets.set(terms.join(' '), terms);
    }
    if (sets.size > 0) cases[d] = [...sets.keys()].sort().map((k) => sets.get(k)!);
  }
  return {
    version: 1,
    enabled: s.enabled,
    weight: s.weight,
    top: s.top,
    ...(s.forwardShare !== undefined && s.forwardShare !== 0.5 ? { forwardShare: s.forwardShare } : {}),
    source: 'GA4GH phenopacket-store training cases (published case reports, BSD-3-Clause): most specific present HPO terms per case',
    cases,
  };
}
