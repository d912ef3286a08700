/**
 * The prior-marginal leak floor (thirty-fourth session, docs/sessions/34-rank22.md). A finding's leak is its
 * probability in a patient whose condition does not list it. The model itself says how often a patient shows the
 * finding whatever the cause: its marginal under the model's own prior, P(f) = sum_c prior(c) x P(f | c) /
 * sum_c prior(c). A leak below that marginal claims that a patient without the listing conditions shows the
 * finding less often than the population the model describes, which the knowledge does not support; so each
 * binary symptom or sign gets at least its marginal as leak. Definitions fixed before any measurement:
 *  - prior(c): the mean of the condition's age-band x sex prior table (every cell weighed alike), normalised
 *    over all the model's conditions;
 *  - P(f | c): the values the sources list (after the deferred authored rows, before the ICD-10 sibling fill);
 *    a condition that does not list f adds nothing, so the floor is a lower bound of the model's own marginal
 *    (counting unlisted conditions at the leak would only raise it);
 *  - scope: binary findings of symptom or sign kind, except catalog tests (coded in the ddx concept system,
 *    whose leak is 1 - a cited specificity); history findings keep their population-share leaks.
 * No constant: the marginal itself is the floor (rounded to four significant figures, as leaks are stored).
 */
import type { FindingDef } from '../../core/model.js';
import { roundSig } from '../artifact.js';

/** Candidate 1: the floor over the whole model (failed the knowledge gate on DDXPlus-broad and the number sets; off). */
export const PRIOR_MARGINAL_LEAK: { readonly on: boolean } = { on: false };

/** Each condition's share of the model's prior: the mean of its prior table, normalised to sum 1. */
export function priorShares(priors: ReadonlyMap<string, readonly (readonly number[])[]>): Map<string, number> {
  const mean = new Map<string, number>();
  let total = 0;
  for (const [c, table] of priors) {
    let s = 0;
    let n = 0;
    for (const band of table) for (const v of band) { s += v; n++; }
    const m = n > 0 ? s / n : 0;
    mean.set(c, m);
    total += m;
  }
  const out = new Map<string, number>();
  for (const [c, m] of mean) out.set(c, total > 0 ? m / total : 0);
  return out;
}

/** Raises the leak of binary symptoms and signs (not catalog tests) to their marginal under the prior shares. */
export function priorMarginalLeaks(findings: Map<string, FindingDef>, lk: ReadonlyMap<string, ReadonlyMap<string, number>>, shares: ReadonlyMap<string, number>, conceptSystem: string): number {
  let raised = 0;
  for (const [id, f] of findings) {
    if (f.valueType !== 'binary' || (f.kind !== 'symptom' && f.kind !== 'sign')) continue;
    if ((f.codes ?? []).some((c) => c.system === conceptSystem)) continue;
    const row = lk.get(id);
    if (!row) continue;
    let marginal = 0;
    for (const [c, p] of row) marginal += (shares.get(c) ?? 0) * p;
    const floor = roundSig(marginal, 4);
    if (floor > f.leak) {
      findings.set(id, { ...f, leak: floor });
      raised++;
    }
  }
  return raised;
}

/**
 * Candidate 2 (docs/sessions/34-rank22.md): the same floor over a condition's ICD-10 chapter neighbours instead of
 * the whole model. A condition that does not list f gets at least the marginal of f under the prior over the other
 * conditions of its WHO ICD-10 chapter (max over its chapters), written as an inferred entry where that exceeds the
 * finding's leak and any entry already inferred; listed values and leaks never change.
 */
export const CHAPTER_MARGINAL_FLOOR: { readonly on: boolean } = { on: true };

/** WHO ICD-10 chapter of a code (A00-B99 I, C00-D48 II, D50-D89 III, ..., H00-H59 VII, H60-H95 VIII, S-T XIX, V-Y XX); undefined when not ICD-10-shaped. */
export function icd10Chapter(code: string): string | undefined {
  const m = /^([A-Z])([0-9])([0-9])/.exec(code);
  if (!m) return undefined;
  const letter = m[1]!;
  const n = Number(m[2]! + m[3]!);
  if (letter === 'A' || letter === 'B') return 'I';
  if (letter === 'C') return 'II';
  if (letter === 'D') return n < 50 ? 'II' : 'III';
  if (letter === 'H') return n < 60 ? 'VII' : 'VIII';
  if (letter === 'S' || letter === 'T') return 'XIX';
  if (letter === 'V' || letter === 'W' || letter === 'X' || letter === 'Y') return 'XX';
  return letter;
}

/**
 * Writes the chapter floor into `lk` for binary symptoms and signs that are not catalog tests; `listed` is the
 * source rows before any fill (the marginals read only them). Returns the entries written, finding -> condition ids.
 */
export function chapterMarginalFloor(findings: ReadonlyMap<string, FindingDef>, lk: Map<string, Map<string, number>>, listed: ReadonlyMap<string, ReadonlySet<string>>, icd10: ReadonlyMap<string, readonly string[]>, shares: ReadonlyMap<string, number>, conceptSystem: string): Map<string, string[]> {
  const chapters = new Map<string, string[]>();
  const members = new Map<string, string[]>();
  for (const [c, codes] of icd10) {
    const hs = [...new Set(codes.map(icd10Chapter).filter((h): h is string => h !== undefined))].sort();
    if (hs.length === 0) continue;
    chapters.set(c, hs);
    for (const h of hs) (members.get(h) ?? members.set(h, []).get(h)!).push(c);
  }
  const weight = new Map<string, number>();
  for (const [h, cs] of members) weight.set(h, cs.reduce((s, c) => s + (shares.get(c) ?? 0), 0));
  const added = new Map<string, string[]>();
  for (const [fid, f] of findings) {
    if (f.valueType !== 'binary' || (f.kind !== 'symptom' && f.kind !== 'sign')) continue;
    if ((f.codes ?? []).some((c) => c.system === conceptSystem)) continue;
    const row = lk.get(fid);
    const src = listed.get(fid);
    if (!row || !src) continue;
    const mass = new Map<string, number>();
    for (const c of src) for (const h of chapters.get(c) ?? []) mass.set(h, (mass.get(h) ?? 0) + (shares.get(c) ?? 0) * row.get(c)!);
    if (mass.size === 0) continue;
    const fill: [string, number][] = [];
    for (const [c, hs] of chapters) {
      if (src.has(c)) continue;
      let best = 0;
      for (const h of hs) {
        const s = mass.get(h);
        if (s === undefined) continue;
        const w = weight.get(h)! - (shares.get(c) ?? 0);
        if (w > 0 && s / w > best) best = s / w;
      }
      const p = roundSig(Math.min(0.99, best), 4);
      if (p > f.leak && p > (row.get(c) ?? 0)) fill.push([c, p]);
    }
    for (const [c, p] of fill) row.set(c, p);
    if (fill.length > 0) added.set(fid, fill.map(([c]) => c).sort());
  }
  return added;
}
