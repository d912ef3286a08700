/**
 * The value of an action to the diagnosis itself: how much it is expected to raise the probability
 * that the leading condition is the right one, E_o[max_c P(c | o)] - max_c P(c). Information gain
 * (next-action.ts) says how much an answer narrows the differential; this says how much it is
 * expected to change which diagnosis is right, in the units a price can be weighed against ("a
 * correct diagnosis is worth V dollars, so buy a test when V x gain >= its price").
 *
 * Exact for an action that reveals one binary or categorical finding: sum over its outcomes o of
 * max_c P(c) P(o | c). For sequencing that reveals many gene findings (exome, a panel), the outcome
 * is the causal gene, so the outcomes are "gene g is the one" (P(g | c) for each gene) or "none of
 * them" (1 - sum of the gene probabilities), one at a time, not every combination of independent
 * findings; this is what a sequencing report says. Any other multi-finding action gets the value of
 * its single most valuable finding (a lower bound: more answers never lower the expected maximum).
 */
import { listedPos, type CompiledFinding, type CompiledModel } from './compile.js';
import { FindingStatus } from './posterior.js';

/** The conditions in descending probability, the first `m` (ties by index): what maxima are read from. */
export function leadersOf(p: Float64Array, m: number): Int32Array {
  const out: number[] = [];
  for (let i = 0; i < p.length; i++) {
    const v = p[i]!;
    if (out.length === m) {
      if (!(v > p[out[m - 1]!]!)) continue;
      out.pop();
    }
    let j = out.length;
    while (j > 0 && p[out[j - 1]!]! < v) j--;
    out.splice(j, 0, i);
  }
  return Int32Array.from(out);
}

/**
 * max_c P(c) P(row | c): read down the leaders until P(c) itself is below the best product (exact
 * when that happens within the leaders), or, with `listedOnly` (a gene outcome of sequencing, whose
 * few listed conditions are read directly), over the listed conditions only: unlisted ones go to "none".
 */
function rowMax(cf: CompiledFinding, r: number, p: Float64Array, leaders: Int32Array, listedOnly = false): number {
  const row = cf.rows[r]!;
  let best = 0;
  if (listedOnly) {
    const idx = cf.listedIdx;
    for (let j = 0; j < idx.length; j++) {
      const v = p[idx[j]!]! * row.pListed[j]!;
      if (v > best) best = v;
    }
    return best;
  }
  for (let k = 0; k < leaders.length; k++) {
    const c = leaders[k]!;
    if (p[c]! <= best) break;
    const j = listedPos(cf, c);
    const v = p[c]! * (j < 0 ? row.bg : row.pListed[j]!);
    if (v > best) best = v;
  }
  return best;
}

/** E_o[max_c P(c | o)] for observing one single-valued finding (binary or categorical). */
export function findingTopValue(cf: CompiledFinding, p: Float64Array, leaders: Int32Array): number {
  let total = 0;
  for (let r = 0; r < cf.rows.length; r++) total += rowMax(cf, r, p, leaders);
  return total;
}

const geneSumsByAction = new WeakMap<CompiledModel, Map<number, Float64Array>>();

/** Sum over an action's gene findings of P(gene | c), per condition (listed entries only; computed once per model and action). */
function geneSums(cm: CompiledModel, actionIndex: number): Float64Array {
  let byAction = geneSumsByAction.get(cm);
  if (!byAction) geneSumsByAction.set(cm, (byAction = new Map()));
  let s = byAction.get(actionIndex);
  if (!s) {
    s = new Float64Array(cm.nConditions);
    for (const fi of cm.actions[actionIndex]!.findings) {
      const cf = cm.findings[fi]!;
      const present = cf.rows[1]!.pListed;
      for (let j = 0; j < cf.listedIdx.length; j++) s[cf.listedIdx[j]!]! += present[j]!;
    }
    for (let c = 0; c < s.length; c++) s[c] = Math.min(1, s[c]!);
    byAction.set(actionIndex, s);
  }
  return s;
}

function isGeneFinding(cf: CompiledFinding): boolean {
  return cf.def.kind === 'genetic' && cf.def.valueType === 'binary';
}

/**
 * Expected top-1 probability after the action, E_o[max_c P(c | o)] (see the module comment), from
 * the posterior `p` and its leaders (`leadersOf(p, m)`, m of a few dozen). Findings already answered
 * are left out; an action with nothing left to reveal returns max_c P(c).
 */
export function actionTopValue(cm: CompiledModel, actionIndex: number, status: Uint8Array, p: Float64Array, leaders: Int32Array): number {
  const top = leaders.length > 0 ? p[leaders[0]!]! : 0;
  const open = cm.actions[actionIndex]!.findings.filter((fi) => status[fi] === FindingStatus.Unknown);
  if (open.length === 0) return top;
  if (open.length === 1) return findingTopValue(cm.findings[open[0]!]!, p, leaders);
  if (open.every((fi) => isGeneFinding(cm.findings[fi]!))) {
    // Outcomes: which gene is the causal one, or none of them.
    let total = 0;
    for (const fi of open) total += rowMax(cm.findings[fi]!, 1, p, leaders, true);
    const s = geneSums(cm, actionIndex);
    let none = 0;
    for (let k = 0; k < leaders.length; k++) {
      const c = leaders[k]!;
      if (p[c]! <= none) break;
      none = Math.max(none, p[c]! * (1 - s[c]!));
    }
    return Math.min(1, total + none);
  }
  let best = top;
  for (const fi of open) best = Math.max(best, findingTopValue(cm.findings[fi]!, p, leaders));
  return best;
}
