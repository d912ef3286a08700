/**
 * ICD-10 sibling fill (twenty-first session, docs/sessions/21-rank5.md). Most free-text top-1 misses lose to a
 * condition that lists present findings the gold's profile does not list at all; an unlisted finding then gets the
 * leak (often 0.002-0.008), as if the gold never showed it. Conditions of one ICD-10-CM three-character category
 * (I50 heart failures, N04 nephrotic syndromes, K85 pancreatitides) share most features, so where a profile is
 * silent it is shrunk towards its category's: P(f | c) = a x the mean P(f | c') over the conditions c' sharing one of
 * c's categories (an unlisted sibling counted at the leak), written only when that exceeds the leak. Listed values
 * are never changed and the fill reads the profiles before it, so the order of conditions does not matter.
 */
import type { FindingDef } from '../../core/model.js';
import { roundSig } from '../artifact.js';

/** The share of the category mean a silent profile takes (chosen on the read pool; docs/sessions/21-rank5.md). */
export const ICD_SIBLING_FILL: { readonly on: boolean; readonly share: number } = { on: true, share: 0.1 };

/** An ICD-10(-CM) code: a letter, two digits (or digit and letter), then an optional dotted subcode. */
const ICD10_CODE = /^[A-Z][0-9][0-9A-Z](\.[0-9A-Z]{1,4})?$/;

/** A condition's three-character categories; anything not shaped as an ICD-10 code (another system, a prefix) forms none. */
export function icdCategories(codes: readonly string[]): Set<string> {
  return new Set(codes.filter((x) => ICD10_CODE.test(x)).map((x) => x.slice(0, 3)));
}

/** Conditions sharing at least one ICD-10-CM three-character category with each condition (itself excluded). */
export function icdSiblings(icd10: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const byCat = new Map<string, string[]>();
  for (const [c, codes] of icd10) for (const k of icdCategories(codes)) (byCat.get(k) ?? byCat.set(k, []).get(k)!).push(c);
  const out = new Map<string, string[]>();
  for (const [c, codes] of icd10) {
    const sibs = new Set<string>();
    for (const k of icdCategories(codes)) for (const d of byCat.get(k)!) if (d !== c) sibs.add(d);
    if (sibs.size > 0) out.set(c, [...sibs].sort());
  }
  return out;
}

/**
 * Fills, for every binary finding, the conditions that do not list it but have ICD-10 siblings, with `share` x the
 * siblings' mean P (unlisted siblings at the finding's leak) when that exceeds the leak. Returns the entries added,
 * finding id -> condition ids (sorted), which the model records as `inferredLikelihoods` so explanations can say a
 * contribution was inferred from related conditions rather than read from a source.
 */
export function fillFromIcdSiblings(findings: ReadonlyMap<string, FindingDef>, lk: Map<string, Map<string, number>>, icd10: ReadonlyMap<string, readonly string[]>, share: number): Map<string, string[]> {
  const sibs = icdSiblings(icd10);
  const added = new Map<string, string[]>();
  for (const [fid, f] of findings) {
    if (f.valueType !== 'binary') continue;
    const row = lk.get(fid);
    if (!row) continue;
    const fill: [string, number][] = [];
    for (const [c, ss] of sibs) {
      if (row.has(c)) continue;
      let sum = 0;
      for (const d of ss) sum += row.get(d) ?? f.leak;
      const p = roundSig(Math.min(0.99, (share * sum) / ss.length), 4);
      if (p > f.leak) fill.push([c, p]);
    }
    for (const [c, p] of fill) row.set(c, p);
    if (fill.length > 0) added.set(fid, fill.map(([c]) => c).sort());
  }
  return added;
}
