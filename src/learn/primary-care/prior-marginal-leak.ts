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

export const PRIOR_MARGINAL_LEAK: { readonly on: boolean } = { on: true };

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
