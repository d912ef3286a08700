/**
 * Information content from what patients record (docs/sessions/17-rare.md, second method). The re-rank's Resnik IC
 * (`similarity.ts`) is -ln of the share of condition profiles whose closure holds a term: how many diseases list it.
 * Here p(t) = (c(t) + m a(t)) / (N + m), a(t) that profile share (exp(-IC): 1 / the conditions for a term no profile
 * holds, as the plain IC counts it), c(t) the model's training cases (exemplar sets)
 * whose closure holds t, N their number and m = lambda x N, so the IC says how rarely patients are recorded with the
 * term, shrunk towards the annotation share (lambda -> infinity: the plain IC). Returns a re-rank whose index carries
 * that IC (ancestors re-ordered by it); profiles, cases and the posterior are unchanged. Pure.
 */
import type { CompiledExemplars } from './exemplar-rank.js';
import { InputError, issue } from './issues.js';
import { matchScratch, type SimilarityIndex } from './similarity.js';

const byLambda = new WeakMap<CompiledExemplars, Map<number, CompiledExemplars>>();

/**
 * The re-rank with IC from the training cases mixed with the annotation share (built once per re-rank and lambda).
 * @param lambda weight of the annotation share in units of the training cases (finite, > 0)
 * @throws InputError (`range`, `$.lambda`) for any other lambda
 */
export function withCaseInformation(ex: CompiledExemplars, lambda: number): CompiledExemplars {
  // lambda 0 gives a term no training case holds the IC Infinity; NaN or Infinity gives NaN everywhere.
  if (!(Number.isFinite(lambda) && lambda > 0)) throw new InputError([issue('range', '$.lambda', 'lambda must be a finite number > 0')]);
  const cache = byLambda.get(ex) ?? byLambda.set(ex, new Map()).get(ex)!;
  const got = cache.get(lambda);
  if (got) return got;
  const { index, cases } = ex;
  const n = index.termIds.length;
  const rows = cases.closureStart.length - 1;
  const count = new Float64Array(n);
  for (let j = 0; j < cases.closure.length; j++) count[cases.closure[j]!]!++;
  const m = lambda * rows;
  // a(t) = exp(-IC(t)), the profile share the plain index holds.
  const ic = Float64Array.from(index.ic, (v, t) => -Math.log((count[t]! + m * Math.exp(-v)) / (rows + m)));
  const up = index.up.slice();
  for (let t = 0; t < n; t++) up.subarray(index.upStart[t]!, index.upStart[t + 1]!).sort((x, y) => ic[y]! - ic[x]! || x - y);
  const next: SimilarityIndex = { ...index, ic, up, scratch: matchScratch(n) };
  const out: CompiledExemplars = { ...ex, index: next };
  cache.set(lambda, out);
  return out;
}
