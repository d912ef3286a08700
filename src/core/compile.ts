/**
 * Compiles a validated `KnowledgeModel` into typed arrays for the hot loops: log-priors per age band
 * and sex, and for every finding outcome a row of log-likelihoods over conditions plus its leak
 * ("background") log-probability. Compile once per model; everything downstream reads only this.
 */
import type { FindingDef, KnowledgeModel, Sex } from './model.js';
import { compileSparseHead, type CompiledSparseHead } from './sparse-head.js';
import { SEXES } from './model.js';
import { expandHierarchy, type ExpandedRow } from './hierarchy.js';
import { compileAgeLikelihoods, type CompiledAgeLikelihood } from './age-likelihood.js';

/**
 * One observable outcome of a finding: P(outcome | condition) for each condition, and under the leak.
 * Stored sparsely (a model of thousands of conditions and findings lists few conditions per finding):
 * `pListed`/`llrListed` hold the listed conditions, in the finding's `listedIdx` order; every other
 * condition's value is the leak's. The dense `p`/`logP` views are built on first use and kept.
 */
export interface OutcomeRow {
  /** P(outcome | condition c), indexed by condition (dense view, built on first use). */
  readonly p: Float64Array;
  /** log P(outcome | condition c) (dense view, built on first use). */
  readonly logP: Float64Array;
  /** log P(outcome | leak), the reference that makes contributions log-likelihood ratios. */
  readonly logBg: number;
  readonly bg: number;
  /** P(outcome | c) for the finding's listed conditions, in `listedIdx` order. */
  readonly pListed: Float64Array;
  /**
   * log P(outcome | c) - log P(outcome | leak) for the finding's listed conditions, in `listedIdx`
   * order: the only non-zero contributions, packed so observing reads one small array.
   */
  readonly llrListed: Float64Array;
}

export interface CompiledFinding {
  readonly index: number;
  readonly def: FindingDef;
  readonly parentIndex: number;
  /** Value id -> value index (empty for binary). */
  readonly valueIndex: ReadonlyMap<string, number>;
  /**
   * binary: [absent, present]; categorical/ordinal: one row per value;
   * multi: [v0 absent, v0 present, v1 absent, v1 present, ...].
   */
  readonly rows: readonly OutcomeRow[];
  /** Index of the multi-choice "none" value, or -1. */
  readonly noneValue: number;
  /** 1 where the condition lists this finding explicitly (not leak); dense view, built on first use. */
  readonly listed: Uint8Array;
  /**
   * The conditions that list this finding, ascending. Every other condition's outcome rows are the
   * leak row itself, so its log-likelihood ratio is exactly 0 and sparse loops may skip it.
   */
  readonly listedIdx: Int32Array;
  /** Actions that reveal this finding. */
  readonly actions: readonly number[];
  /** Findings whose parent is this one (they become not applicable when it is absent). */
  readonly children: readonly number[];
}

export interface CompiledAction {
  readonly index: number;
  readonly id: string;
  readonly kind: 'question' | 'test' | 'panel' | 'imaging' | 'procedure';
  readonly name: string;
  readonly priceUsd: number;
  readonly code?: { readonly system: string; readonly code: string };
  readonly findings: readonly number[];
}

export interface CompiledHead extends CompiledSparseHead {
  readonly nbWeight: number;
  readonly bias: Float64Array;
  readonly featureKeys: readonly string[];
}

/** One period prior row: add `logFactor` to condition's log prior when from <= date < until (ISO strings). */
export interface CompiledPeriodPrior {
  readonly condition: number;
  readonly from: string;
  readonly until: string;
  readonly logFactor: number;
}

export interface CompiledModel {
  readonly model: KnowledgeModel;
  readonly nConditions: number;
  readonly conditionIndex: ReadonlyMap<string, number>;
  readonly findings: readonly CompiledFinding[];
  readonly findingIndex: ReadonlyMap<string, number>;
  readonly actions: readonly CompiledAction[];
  readonly actionIndex: ReadonlyMap<string, number>;
  /** Normalised log-prior per (age band, sex): logPrior[band * 2 + sexIndex][c]. */
  readonly logPrior: readonly Float64Array[];
  /** Period prior multipliers as log factors (conditions with `periodPrior` only), for dated cases. */
  readonly periodPrior: readonly CompiledPeriodPrior[];
  /** Likelihood changes by age (conditions with `ageLikelihoods` only), by finding index. */
  readonly ageLikelihoods: ReadonlyMap<number, readonly CompiledAgeLikelihood[]>;
  /** The model's inferred likelihood entries (`inferredLikelihoods`): finding index -> condition indexes. */
  readonly inferred: ReadonlyMap<number, ReadonlySet<number>>;
  readonly temperature: number;
  readonly head: CompiledHead | undefined;
  readonly cantMissThreshold: number;
}

const P_FLOOR = 1e-9;

function clampP(p: number): number {
  return Math.min(1 - P_FLOOR, Math.max(P_FLOOR, p));
}

/**
 * One outcome row from the listed conditions' probabilities; the dense views are filled lazily with
 * the leak's values and the listed ones.
 */
class SparseRow implements OutcomeRow {
  readonly bg: number;
  readonly logBg: number;
  readonly pListed: Float64Array;
  readonly llrListed: Float64Array;
  private denseP: Float64Array | undefined;
  private denseLogP: Float64Array | undefined;
  constructor(private readonly nC: number, private readonly listed: Int32Array, pListed: Float64Array, bg: number) {
    this.bg = clampP(bg);
    this.logBg = Math.log(this.bg);
    this.pListed = pListed;
    this.llrListed = new Float64Array(listed.length);
    for (let j = 0; j < listed.length; j++) {
      const v = clampP(pListed[j]!);
      pListed[j] = v;
      this.llrListed[j] = Math.log(v) - this.logBg;
    }
  }
  get p(): Float64Array {
    if (!this.denseP) {
      const p = new Float64Array(this.nC).fill(this.bg);
      for (let j = 0; j < this.listed.length; j++) p[this.listed[j]!] = this.pListed[j]!;
      this.denseP = p;
    }
    return this.denseP;
  }
  get logP(): Float64Array {
    if (!this.denseLogP) {
      const l = new Float64Array(this.nC).fill(this.logBg);
      for (let j = 0; j < this.listed.length; j++) l[this.listed[j]!] = this.logBg + this.llrListed[j]!;
      this.denseLogP = l;
    }
    return this.denseLogP;
  }
}

function row(nC: number, listed: Int32Array, get: (j: number) => number, bg: number): OutcomeRow {
  const pListed = new Float64Array(listed.length);
  for (let j = 0; j < listed.length; j++) pListed[j] = get(j);
  return new SparseRow(nC, listed, pListed, bg);
}

/** Position of condition c in a finding's listed conditions, or -1 (binary search). */
export function listedPos(cf: CompiledFinding, c: number): number {
  const idx = cf.listedIdx;
  let lo = 0;
  let hi = idx.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = idx[mid]!;
    if (v === c) return mid;
    if (v < c) lo = mid + 1;
    else hi = mid - 1;
  }
  return -1;
}

/** P(outcome row r | condition c) without the dense view. */
export function rowP(cf: CompiledFinding, r: number, c: number): number {
  const row = cf.rows[r]!;
  const j = listedPos(cf, c);
  return j < 0 ? row.bg : row.pListed[j]!;
}

/** log P(outcome row r | condition c) - log P(outcome | leak), without the dense view. */
export function rowLlr(cf: CompiledFinding, r: number, c: number): number {
  const j = listedPos(cf, c);
  return j < 0 ? 0 : cf.rows[r]!.llrListed[j]!;
}

/** The index of a sex in SEXES (the compiled priors and features are laid out in this order). */
export function sexIndex(sex: Sex): number {
  return SEXES.indexOf(sex);
}

/** The age band an age falls in; ages outside every band take the nearest end band. */
export function ageBandIndex(model: Pick<KnowledgeModel, 'ageBands'>, age: number): number {
  const bands = model.ageBands;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i]!;
    if (age >= b.minYears && age < b.maxYears) return i;
  }
  return age < (bands[0]?.minYears ?? 0) ? 0 : bands.length - 1;
}

/** The listed conditions of a finding (ascending) and their probability vectors, from the table or the expanded hierarchy. */
function listedEntries(model: KnowledgeModel, def: FindingDef, conditionIndex: ReadonlyMap<string, number>): { idx: Int32Array; vals: (readonly number[])[] } {
  const table = model.likelihoods[def.id] ?? {};
  const pairs: [number, readonly number[]][] = [];
  for (const id of Object.keys(table)) {
    const c = conditionIndex.get(id);
    const v = table[id];
    if (c === undefined || !v) continue;
    pairs.push([c, v]);
  }
  pairs.sort((a, b) => a[0] - b[0]);
  return { idx: Int32Array.from(pairs, (x) => x[0]), vals: pairs.map((x) => x[1]) };
}

const membersByHierarchy = new WeakMap<object, ReadonlySet<string>>();

/**
 * Findings that take part in the is-a hierarchy (they have a parent or a child in it): `absentPower`
 * tempers only these (recorded phenotype negatives), not stand-alone binary findings such as a
 * negative gene test, whose result is a direct observation.
 */
function hierarchyMembers(model: KnowledgeModel): ReadonlySet<string> {
  const h = model.hierarchy!;
  let s = membersByHierarchy.get(h);
  if (!s) {
    const ids = new Set<string>();
    for (const [child, parents] of Object.entries(h.parents)) {
      ids.add(child);
      for (const p of parents) ids.add(p);
    }
    membersByHierarchy.set(h, (s = ids));
  }
  return s;
}

function compileFinding(model: KnowledgeModel, def: FindingDef, index: number, conditionIndex: ReadonlyMap<string, number>, findingIndex: ReadonlyMap<string, number>, actions: readonly number[], expandedRow: ExpandedRow | undefined): CompiledFinding {
  const nC = model.conditions.length;
  const binaryExpanded = expandedRow !== undefined && def.valueType === 'binary';
  const { idx: listedIdx, vals } = binaryExpanded ? { idx: expandedRow.idx, vals: [] } : listedEntries(model, def, conditionIndex);
  const valueIndex = new Map<string, number>();
  const rows: OutcomeRow[] = [];
  let noneValue = -1;
  if (binaryExpanded) {
    const pe = expandedRow.p;
    const ap = model.hierarchy?.absentPower !== undefined && hierarchyMembers(model).has(def.id) ? model.hierarchy.absentPower : 1;
    const qb = 1 - def.leak;
    rows.push(row(nC, listedIdx, ap === 1 ? (j) => 1 - pe[j]! : (j) => qb * Math.pow((1 - pe[j]!) / qb, ap), qb));
    rows.push(row(nC, listedIdx, (j) => pe[j]!, def.leak));
  } else if (def.valueType === 'binary') {
    rows.push(row(nC, listedIdx, (j) => 1 - (vals[j]![0] ?? def.leak), 1 - def.leak));
    rows.push(row(nC, listedIdx, (j) => vals[j]![0] ?? def.leak, def.leak));
  } else {
    def.values.forEach((v, i) => valueIndex.set(v.id, i));
    if (def.valueType === 'multi') {
      noneValue = def.defaultValue !== undefined ? (valueIndex.get(def.defaultValue) ?? -1) : -1;
      def.values.forEach((_, i) => {
        const leak = def.leak[i] ?? P_FLOOR;
        rows.push(row(nC, listedIdx, (j) => 1 - (vals[j]![i] ?? leak), 1 - leak));
        rows.push(row(nC, listedIdx, (j) => vals[j]![i] ?? leak, leak));
      });
    } else {
      def.values.forEach((_, i) => {
        const leak = def.leak[i] ?? P_FLOOR;
        rows.push(row(nC, listedIdx, (j) => vals[j]![i] ?? leak, leak));
      });
    }
  }
  let listed: Uint8Array | undefined;
  return {
    index,
    def,
    parentIndex: def.parent !== undefined && def.parent !== def.id ? (findingIndex.get(def.parent) ?? -1) : -1,
    valueIndex,
    rows,
    noneValue,
    get listed(): Uint8Array {
      if (!listed) {
        listed = new Uint8Array(nC);
        for (const c of listedIdx) listed[c] = 1;
      }
      return listed;
    },
    listedIdx,
    actions,
    children: [],
  };
}

/** `inferredLikelihoods` by index; ids the model does not define are skipped (validation reports them). */
function compileInferred(model: KnowledgeModel, findingIndex: ReadonlyMap<string, number>, conditionIndex: ReadonlyMap<string, number>): Map<number, Set<number>> {
  const out = new Map<number, Set<number>>();
  for (const [fid, cids] of Object.entries(model.inferredLikelihoods ?? {})) {
    const f = findingIndex.get(fid);
    if (f === undefined) continue;
    const set = new Set(cids.map((c) => conditionIndex.get(c)).filter((c): c is number => c !== undefined));
    if (set.size > 0) out.set(f, set);
  }
  return out;
}

/** Compile a validated model for inference (see the module comment). */
export function compileModel(model: KnowledgeModel): CompiledModel {
  const nC = model.conditions.length;
  const conditionIndex = new Map(model.conditions.map((c, i) => [c.id, i] as const));
  const findingIndex = new Map(model.findings.map((f, i) => [f.id, i] as const));
  const actionsByFinding: number[][] = model.findings.map(() => []);
  const actions: CompiledAction[] = model.actions.map((a, index) => {
    const findings = a.reveals.map((id) => findingIndex.get(id)).filter((i): i is number => i !== undefined);
    for (const f of findings) actionsByFinding[f]!.push(index);
    return a.kind === 'question'
      ? { index, id: a.id, kind: a.kind, name: a.name, priceUsd: 0, findings }
      : { index, id: a.id, kind: a.kind, name: a.name, priceUsd: a.priceUsd, code: a.code, findings };
  });

  const expanded = model.hierarchy ? expandHierarchy(model, conditionIndex, findingIndex) : undefined;
  const findings: CompiledFinding[] = model.findings.map((def, index) => compileFinding(model, def, index, conditionIndex, findingIndex, actionsByFinding[index]!, expanded?.[index]));
  for (const cf of findings) if (cf.parentIndex >= 0) (findings[cf.parentIndex]!.children as number[]).push(cf.index);

  const logPrior: Float64Array[] = [];
  for (let b = 0; b < model.ageBands.length; b++) {
    for (let s = 0; s < SEXES.length; s++) {
      const lp = new Float64Array(nC);
      let total = 0;
      for (let c = 0; c < nC; c++) total += Math.max(0, model.conditions[c]!.prior[b]?.[s] ?? 0);
      for (let c = 0; c < nC; c++) {
        const w = Math.max(0, model.conditions[c]!.prior[b]?.[s] ?? 0);
        lp[c] = total > 0 && w > 0 ? Math.log(w / total) : Math.log(1e-12);
      }
      logPrior.push(lp);
    }
  }

  let head: CompiledHead | undefined;
  if (model.head) {
    const h = model.head;
    head = { nbWeight: h.nbWeight, bias: Float64Array.from(h.bias), featureKeys: h.features, ...compileSparseHead(h, model.findings, model.ageBands) };
  }

  return {
    model,
    nConditions: nC,
    conditionIndex,
    findings,
    findingIndex,
    actions,
    actionIndex: new Map(actions.map((a) => [a.id, a.index] as const)),
    logPrior,
    periodPrior: model.conditions.flatMap((c, i) => (c.periodPrior ?? []).map((r) => ({ condition: i, from: r.from ?? '', until: r.until ?? '9999-12-31', logFactor: Math.log(r.factor) }))),
    ageLikelihoods: compileAgeLikelihoods(model, findingIndex),
    inferred: compileInferred(model, findingIndex, conditionIndex),
    temperature: model.calibration?.temperature ?? 1,
    head,
    cantMissThreshold: model.cantMissThreshold ?? 0.02,
  };
}
