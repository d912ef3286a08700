/**
 * Compiles a validated `KnowledgeModel` into typed arrays for the hot loops: log-priors per age band
 * and sex, and for every finding outcome a row of log-likelihoods over conditions plus its leak
 * ("background") log-probability. Compile once per model; everything downstream reads only this.
 */
import type { FindingDef, KnowledgeModel, Sex } from './model.js';
import { compileSparseHead, type CompiledSparseHead } from './sparse-head.js';
import { SEXES } from './model.js';

/** One observable outcome of a finding: P(outcome | condition) for each condition, and under the leak. */
export interface OutcomeRow {
  /** P(outcome | condition c), indexed by condition. */
  readonly p: Float64Array;
  /** log P(outcome | condition c). */
  readonly logP: Float64Array;
  /** log P(outcome | leak), the reference that makes contributions log-likelihood ratios. */
  readonly logBg: number;
  readonly bg: number;
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
  /** 1 where the condition lists this finding explicitly (not leak). */
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
  readonly temperature: number;
  readonly head: CompiledHead | undefined;
  readonly cantMissThreshold: number;
}

const P_FLOOR = 1e-9;

function clampP(p: number): number {
  return Math.min(1 - P_FLOOR, Math.max(P_FLOOR, p));
}

/**
 * One outcome row. `get(c)` of a condition that does not list the finding is the leak `bg` itself, so
 * those entries are filled with the leak's values and only the listed conditions are computed.
 */
function row(nC: number, get: (c: number) => number, bg: number, listed: Int32Array): OutcomeRow {
  const b = clampP(bg);
  const logBg = Math.log(b);
  const p = new Float64Array(nC).fill(b);
  const logP = new Float64Array(nC).fill(logBg);
  const llrListed = new Float64Array(listed.length);
  for (let j = 0; j < listed.length; j++) {
    const c = listed[j]!;
    const v = clampP(get(c));
    p[c] = v;
    logP[c] = Math.log(v);
    llrListed[j] = logP[c]! - logBg;
  }
  return { p, logP, bg: b, logBg, llrListed };
}

export function sexIndex(sex: Sex): number {
  return SEXES.indexOf(sex);
}

export function ageBandIndex(model: Pick<KnowledgeModel, 'ageBands'>, age: number): number {
  const bands = model.ageBands;
  for (let i = 0; i < bands.length; i++) {
    const b = bands[i]!;
    if (age >= b.minYears && age < b.maxYears) return i;
  }
  return age < (bands[0]?.minYears ?? 0) ? 0 : bands.length - 1;
}

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

  const findings: CompiledFinding[] = model.findings.map((def, index) => {
    const table = model.likelihoods[def.id] ?? {};
    // Visit the table's own entries rather than probing it once per condition (models list few per finding).
    const byCond: (readonly number[] | undefined)[] = new Array<readonly number[] | undefined>(nC).fill(undefined);
    const listed = new Uint8Array(nC);
    const listedList: number[] = [];
    for (const id of Object.keys(table)) {
      const c = conditionIndex.get(id);
      const v = table[id];
      if (c === undefined || !v) continue;
      byCond[c] = v;
      listed[c] = 1;
      listedList.push(c);
    }
    const listedIdx = Int32Array.from(listedList).sort();
    const valueIndex = new Map<string, number>();
    const rows: OutcomeRow[] = [];
    let noneValue = -1;
    if (def.valueType === 'binary') {
      const pres = (c: number): number => byCond[c]?.[0] ?? def.leak;
      rows.push(row(nC, (c) => 1 - pres(c), 1 - def.leak, listedIdx));
      rows.push(row(nC, pres, def.leak, listedIdx));
    } else {
      def.values.forEach((v, i) => valueIndex.set(v.id, i));
      if (def.valueType === 'multi') {
        noneValue = def.defaultValue !== undefined ? (valueIndex.get(def.defaultValue) ?? -1) : -1;
        def.values.forEach((_, i) => {
          const pres = (c: number): number => byCond[c]?.[i] ?? def.leak[i] ?? P_FLOOR;
          rows.push(row(nC, (c) => 1 - pres(c), 1 - (def.leak[i] ?? P_FLOOR), listedIdx));
          rows.push(row(nC, pres, def.leak[i] ?? P_FLOOR, listedIdx));
        });
      } else {
        def.values.forEach((_, i) => {
          rows.push(row(nC, (c) => byCond[c]?.[i] ?? def.leak[i] ?? P_FLOOR, def.leak[i] ?? P_FLOOR, listedIdx));
        });
      }
    }
    return {
      index,
      def,
      parentIndex: def.parent !== undefined && def.parent !== def.id ? (findingIndex.get(def.parent) ?? -1) : -1,
      valueIndex,
      rows,
      noneValue,
      listed,
      listedIdx,
      actions: actionsByFinding[index]!,
      children: [],
    };
  });
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
    temperature: model.calibration?.temperature ?? 1,
    head,
    cantMissThreshold: model.cantMissThreshold ?? 0.02,
  };
}
