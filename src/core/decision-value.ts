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
 *
 * Speed: a finding no leader lists reads the leak row under every leader, so only the leaders'
 * listed findings need the per-condition products. `topValues` walks those once per posterior (the
 * planner's condition-major index) and then values any number of actions from the result; the
 * figures are the same products and sums as the direct definition, bit for bit.
 */
import { listedPos, type CompiledFinding, type CompiledModel } from './compile.js';
import type { PlanIndex } from './plan-index.js';
import { scratchFor } from './plan-scratch.js';
import { FindingStatus, topK } from './posterior.js';

/** The conditions in descending probability, the first `m` (ties by index): what maxima are read from. */
export function leadersOf(p: Float64Array, m: number): Int32Array {
  return Int32Array.from(topK(p, m));
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

/** Per action, computed once per model: its gene findings' listed conditions and P(gene | c) in flat arrays, and the sums per condition. */
interface GeneAction {
  /** 1 when every finding of the action is a binary genetic finding. */
  readonly allGene: boolean;
  /** For finding k of the action: entries [start[k], start[k + 1]) of cond/pPresent. */
  readonly start: Int32Array;
  readonly cond: Int32Array;
  readonly pPresent: Float64Array;
  /** Sum over the action's gene findings of P(gene | c), capped at 1, per condition (lazily). */
  sums: Float64Array | undefined;
}

const geneActionsByModel = new WeakMap<CompiledModel, (GeneAction | undefined)[]>();

function isGeneFinding(cf: CompiledFinding): boolean {
  return cf.def.kind === 'genetic' && cf.def.valueType === 'binary';
}

function geneAction(cm: CompiledModel, actionIndex: number): GeneAction {
  let byAction = geneActionsByModel.get(cm);
  if (!byAction) geneActionsByModel.set(cm, (byAction = new Array<GeneAction | undefined>(cm.actions.length)));
  let g = byAction[actionIndex];
  if (!g) {
    const fs = cm.actions[actionIndex]!.findings;
    const allGene = fs.every((fi) => isGeneFinding(cm.findings[fi]!));
    const start = new Int32Array(fs.length + 1);
    for (let k = 0; k < fs.length; k++) start[k + 1] = start[k]! + (allGene ? cm.findings[fs[k]!]!.listedIdx.length : 0);
    const cond = new Int32Array(start[fs.length]!);
    const pPresent = new Float64Array(start[fs.length]!);
    if (allGene) {
      for (let k = 0; k < fs.length; k++) {
        const cf = cm.findings[fs[k]!]!;
        cond.set(cf.listedIdx, start[k]!);
        pPresent.set(cf.rows[1]!.pListed, start[k]!);
      }
    }
    byAction[actionIndex] = g = { allGene, start, cond, pPresent, sums: undefined };
  }
  return g;
}

/** True when an action reveals several findings, all of them genes (exome, a panel): valued by which gene is causal. */
export function isMultiGeneAction(cm: CompiledModel, actionIndex: number): boolean {
  return cm.actions[actionIndex]!.findings.length > 1 && geneAction(cm, actionIndex).allGene;
}

/** Sum over an action's gene findings of P(gene | c), per condition (listed entries only; once per model and action). */
function geneSums(cm: CompiledModel, g: GeneAction): Float64Array {
  if (!g.sums) {
    const s = new Float64Array(cm.nConditions);
    for (let e = 0; e < g.cond.length; e++) s[g.cond[e]!]! += g.pPresent[e]!;
    for (let c = 0; c < s.length; c++) s[c] = Math.min(1, s[c]!);
    g.sums = s;
  }
  return g.sums;
}

/** Scratch for `topValues`, one per model: per-finding values and row maxima, valid where stamped. */
interface ValueScratch {
  call: number;
  readonly stamp: Uint32Array;
  /** How many leading leaders (0, 1, ...) list the finding without a gap: the first that does not reads the leak. */
  readonly prefix: Int32Array;
  readonly value: Float64Array;
  /** Per single-group finding, per row (at the plan index's bgOff): max over listing leaders of p(c) P(row | c). */
  readonly rowMax: Float64Array;
  readonly list: Int32Array;
  readonly ix: PlanIndex;
  /** 1 for a binary genetic finding. */
  readonly gene: Uint8Array;
  /** Per condition, zero between calls: a gene set's sum of P(gene | c). */
  readonly geneSum: Float64Array;
}
const valueScratchByModel = new WeakMap<CompiledModel, ValueScratch>();

/**
 * E_o[max_c P(c | o)] of every open finding some leader lists, for one posterior: what `valueOf`
 * reads to value actions. Build it once per posterior and status; it is overwritten by the next call
 * for the same model.
 */
export interface TopValues {
  readonly cm: CompiledModel;
  readonly status: Uint8Array;
  readonly p: Float64Array;
  readonly leaders: Int32Array;
  readonly top: number;
  readonly stamp: number;
  readonly sc: ValueScratch;
}

/**
 * Build the values of one posterior (see `TopValues`): one walk over the leaders' listed open findings.
 *
 * @param cm the compiled model
 * @param status each finding's status (only `FindingStatus.Unknown` findings are valued)
 * @param p the posterior the values are read on (the cost-aware policy passes its flattened p^(1/T))
 * @param leaders the conditions maxima are read from (`leadersOf(p, m)`), best first
 * @returns a view over a scratch shared per model: valid until the next `topValues` call for `cm`
 */
export function topValues(cm: CompiledModel, status: Uint8Array, p: Float64Array, leaders: Int32Array): TopValues {
  const ix = scratchFor(cm).ix;
  let sc = valueScratchByModel.get(cm);
  if (!sc) {
    const nF = cm.findings.length;
    const gene = Uint8Array.from(cm.findings, (cf) => (isGeneFinding(cf) ? 1 : 0));
    sc = { call: 0, stamp: new Uint32Array(nF), prefix: new Int32Array(nF), value: new Float64Array(nF), rowMax: new Float64Array(ix.bgOff[nF]!), list: new Int32Array(nF), ix, gene, geneSum: new Float64Array(cm.nConditions) };
    valueScratchByModel.set(cm, sc);
  }
  sc.call = (sc.call + 1) >>> 0 || 1;
  const stamp = sc.call;
  const { prefix, value, rowMax, list } = sc;
  const fStamp = sc.stamp;
  const { cfStart, cfFind, cfPOff, cfP, multi, nRows, bgOff, bgP } = ix;
  let n = 0;
  // One walk over the leaders' listed single-group findings, best leader first.
  for (let k = 0; k < leaders.length; k++) {
    const c = leaders[k]!;
    const pc = p[c]!;
    for (let e = cfStart[c]!; e < cfStart[c + 1]!; e++) {
      const f = cfFind[e]!;
      if (multi[f] || status[f] !== FindingStatus.Unknown) continue;
      const off = bgOff[f]!;
      const nR = nRows[f]!;
      if (fStamp[f] !== stamp) {
        fStamp[f] = stamp;
        prefix[f] = 0;
        for (let r = 0; r < nR; r++) rowMax[off + r] = 0;
        list[n++] = f;
      }
      if (prefix[f] === k) prefix[f]!++;
      const o = cfPOff[e]!;
      for (let r = 0; r < nR; r++) {
        const v = pc * cfP[o + r]!;
        if (v > rowMax[off + r]!) rowMax[off + r] = v;
      }
    }
  }
  // Each row's maximum also weighs the best leader that does not list the finding (it reads the leak).
  for (let t = 0; t < n; t++) {
    const f = list[t]!;
    const off = bgOff[f]!;
    const j = prefix[f]!;
    const pl = j < leaders.length ? p[leaders[j]!]! : 0;
    let total = 0;
    for (let r = 0; r < nRows[f]!; r++) {
      const leak = pl * bgP[off + r]!;
      const m = rowMax[off + r]!;
      total += leak > m ? leak : m;
    }
    value[f] = total;
  }
  return { cm, status, p, leaders, top: leaders.length > 0 ? p[leaders[0]!]! : 0, stamp, sc };
}

/** E_o[max_c P(c | o)] of one open finding (read from `tv` where a leader lists it). */
function findingValueIn(tv: TopValues, fi: number): number {
  const { sc } = tv;
  if (sc.stamp[fi] === tv.stamp) return sc.value[fi]!;
  const ix = sc.ix;
  if (ix.multi[fi]) return findingTopValue(tv.cm.findings[fi]!, tv.p, tv.leaders);
  // No leader lists it: every leader reads the leak, so each row's maximum is the first leader's.
  let total = 0;
  for (let o = ix.bgOff[fi]!, end = o + ix.nRows[fi]!; o < end; o++) total += tv.top * ix.bgP[o]!;
  return total;
}

/**
 * Expected top-1 probability after the action, E_o[max_c P(c | o)] (see the module comment), from
 * the values of one posterior (`topValues`). Findings already answered are left out; an action with
 * nothing left to reveal returns max_c P(c).
 *
 * @param tv the values of the posterior the action is weighed on (`topValues`)
 * @param actionIndex the action (a model action index)
 * @param geneYield for an action that sequences several genes: the share of P(gene | c) a test is
 *   taken to detect (see `geneSetValue`); 1 reads the model's gene probabilities as they are
 * @returns E_o[max_c P(c | o)], at least max_c P(c) up to rounding
 */
export function valueOf(tv: TopValues, actionIndex: number, geneYield = 1): number {
  const { cm, status, p, leaders, top } = tv;
  const gene = tv.sc.gene;
  const fs = cm.actions[actionIndex]!.findings;
  let nOpen = 0;
  let lastOpen = -1;
  let nonGene = 0;
  for (let k = 0; k < fs.length; k++) {
    const fi = fs[k]!;
    if (status[fi] !== FindingStatus.Unknown) continue;
    nOpen++;
    lastOpen = fi;
    if (!gene[fi]) nonGene++;
  }
  if (nOpen === 0) return top;
  if (nOpen === 1) return findingValueIn(tv, lastOpen);
  if (nonGene === 0) {
    // Outcomes: which gene is the causal one, or none of them.
    const g = geneAction(cm, actionIndex);
    let total = 0;
    for (let k = 0; k < fs.length; k++) {
      if (status[fs[k]!] !== FindingStatus.Unknown) continue;
      let best = 0;
      for (let e = g.start[k]!; e < g.start[k + 1]!; e++) {
        const v = p[g.cond[e]!]! * g.pPresent[e]!;
        if (v > best) best = v;
      }
      total += geneYield * best;
    }
    const s = geneSums(cm, g);
    let none = 0;
    for (let k = 0; k < leaders.length; k++) {
      const c = leaders[k]!;
      if (p[c]! <= none) break;
      none = Math.max(none, p[c]! * (1 - geneYield * s[c]!));
    }
    return Math.min(1, total + none);
  }
  let best = top;
  for (let k = 0; k < fs.length; k++) {
    const fi = fs[k]!;
    if (status[fi] === FindingStatus.Unknown) best = Math.max(best, findingValueIn(tv, fi));
  }
  return best;
}

/**
 * The open genes of the leading conditions, best leader first, at most `maxGenes`: what a panel
 * chosen from the current differential would sequence (leaders `0..k-1` of `tv`).
 */
export function leaderGenes(tv: TopValues, k: number, maxGenes: number): number[] {
  const { cfStart, cfFind } = tv.sc.ix;
  const out: number[] = [];
  for (let i = 0; i < Math.min(k, tv.leaders.length) && out.length < maxGenes; i++) {
    const c = tv.leaders[i]!;
    for (let e = cfStart[c]!; e < cfStart[c + 1]! && out.length < maxGenes; e++) {
      const f = cfFind[e]!;
      if (tv.sc.gene[f] && tv.status[f] === FindingStatus.Unknown && !out.includes(f)) out.push(f);
    }
  }
  return out;
}

/**
 * The open genes of the leading conditions with the most probability of being the cause, at most
 * `maxGenes`: gene g's mass is the sum over leaders `0..k-1` of P(c) P(g | c), and the genes go in
 * descending mass (ties: best leader first). For a panel of fixed size this is the allocation of
 * search effort that maximises the chance of finding the cause (the cells with the highest detection
 * probability first; Stone, Theory of Optimal Search, 1975): leader order instead lets one
 * heterogeneous disease's dozens of genes, each a small share of its cause, fill the panel.
 * `byValue`: a gene's weight is instead max over the leaders of P(c) P(g | c), its term in the panel's
 * expected top posterior (`geneSetValue`: the leader after "g is the cause"), so genes that name one
 * disease outrank genes shared by many.
 */
export function leaderGenesByMass(tv: TopValues, k: number, maxGenes: number, byValue = false): number[] {
  const { cfStart, cfFind } = tv.sc.ix;
  const mass = new Map<number, number>();
  for (let i = 0; i < Math.min(k, tv.leaders.length); i++) {
    const c = tv.leaders[i]!;
    for (let e = cfStart[c]!; e < cfStart[c + 1]!; e++) {
      const f = cfFind[e]!;
      if (!tv.sc.gene[f] || tv.status[f] !== FindingStatus.Unknown) continue;
      const cf = tv.cm.findings[f]!;
      const j = listedPos(cf, c);
      const m = j < 0 ? 0 : tv.p[c]! * cf.rows[1]!.pListed[j]!;
      mass.set(f, byValue ? Math.max(mass.get(f) ?? 0, m) : (mass.get(f) ?? 0) + m);
    }
  }
  // Map order is first appearance (best leader first); the sort is stable.
  return [...mass].sort((a, b) => b[1] - a[1]).slice(0, maxGenes).map(([f]) => f);
}

/**
 * The same value for sequencing a chosen set of genes at once (a panel), as its report reads: "gene g
 * is the cause" for each gene of the set, or "none of them". `genes` are binary genetic findings.
 *
 * `geneYield` (y, default 1) calibrates the model's gene probabilities to what sequencing finds: under
 * condition c the report names gene g with probability y x P(g | c), and "none" has 1 - y x sum of
 * P(g | c). The model's P(g | c) sum to 0.95 per disease (a disease's genes share its cause), so y = 1
 * is a 95% diagnostic yield whenever the differential holds the truth; a lower y is the yield actually
 * realised (the truth outside the model, or its gene not linked), read off a reliability table.
 *
 * @param tv the values of the posterior the panel is weighed on (`topValues`)
 * @param genes the panel's gene findings (binary genetic findings; answered ones are skipped)
 * @param geneYield y above, in (0, 1]
 * @returns E_o[max_c P(c | o)] over the report's outcomes
 */
export function geneSetValue(tv: TopValues, genes: ArrayLike<number>, geneYield = 1): number {
  const { cm, status, p, leaders } = tv;
  const sum = tv.sc.geneSum;
  let total = 0;
  for (let k = 0; k < genes.length; k++) {
    const cf = cm.findings[genes[k]!]!;
    const idx = cf.listedIdx;
    const present = cf.rows[1]!.pListed;
    let best = 0;
    for (let j = 0; j < idx.length; j++) {
      const c = idx[j]!;
      sum[c]! += present[j]!;
      if (status[cf.index] !== FindingStatus.Unknown) continue;
      const v = p[c]! * present[j]!;
      if (v > best) best = v;
    }
    total += geneYield * best;
  }
  let none = 0;
  for (let k = 0; k < leaders.length; k++) {
    const c = leaders[k]!;
    if (p[c]! <= none) break;
    none = Math.max(none, p[c]! * (1 - geneYield * Math.min(1, sum[c]!)));
  }
  for (let k = 0; k < genes.length; k++) for (const c of cm.findings[genes[k]!]!.listedIdx) sum[c] = 0;
  return Math.min(1, total + none);
}

/**
 * Expected top-1 probability after the action, E_o[max_c P(c | o)] (see the module comment), from
 * the posterior `p` and its leaders (`leadersOf(p, m)`, m of a few dozen). To value several actions
 * of one posterior, build `topValues` once and call `valueOf` for each.
 */
export function actionTopValue(cm: CompiledModel, actionIndex: number, status: Uint8Array, p: Float64Array, leaders: Int32Array): number {
  return valueOf(topValues(cm, status, p, leaders), actionIndex);
}

/**
 * P(sequencing `genes` reports a causal gene) under `p`: the sum over conditions of P(c) times the
 * chance that one of the set's open genes is c's causal one, min(1, sum of P(g | c)) over the
 * conditions each gene lists (a gene's leak under other conditions is left out: it is what "no
 * known cause" reads). This is the detection probability of search theory: a cheaper test that
 * covers part of a dearer one's genes goes first when it finds the cause often enough to pay for
 * itself (`coverage x price of the larger >= price of the smaller`).
 */
export function geneSetCoverage(cm: CompiledModel, status: Uint8Array, p: Float64Array, genes: ArrayLike<number>): number {
  const sum = new Map<number, number>();
  for (let k = 0; k < genes.length; k++) {
    const cf = cm.findings[genes[k]!]!;
    if (status[cf.index] !== FindingStatus.Unknown) continue;
    const present = cf.rows[1]!.pListed;
    for (let j = 0; j < cf.listedIdx.length; j++) {
      const c = cf.listedIdx[j]!;
      sum.set(c, (sum.get(c) ?? 0) + present[j]!);
    }
  }
  let q = 0;
  for (const [c, s] of sum) q += p[c]! * Math.min(1, s);
  return Math.min(1, q);
}
