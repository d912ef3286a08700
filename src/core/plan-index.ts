/**
 * The planner's sparse index of a compiled model (see `PlanIndex`), built once per model off the hot
 * path: which findings each condition lists and the probabilities the gain arithmetic reads, laid out
 * in typed arrays.
 */
import type { CompiledFinding, CompiledModel } from './compile.js';

/**
 * The planner's sparse view of a model, built once per model (off the hot path). Only findings that
 * some active condition lists can have non-zero gain, and conditions that do not list a finding all
 * share its leak row, so a finding's gain needs only its listing conditions plus the active mass U
 * that sits on the leak:
 *   q_o = sum_{listed active c} pi_c p_oc + U bg_o,   s = sum_{listed active c} pi_c sum_o p_oc log p_oc + U sum_o bg_o log bg_o,
 *   gain = s - sum_o q_o log q_o.
 * This is the same quantity the dense loop computes, summed in a different order (results agree to
 * rounding, ~1e-15 relative). Multi-choice findings keep, per listing condition, the probability most
 * of its values share (the smoothing floor) and a sparse list of values that differ, so a value no
 * active condition lifts off its floor costs one evaluation per leak class instead of one per value.
 */
export interface PlanIndex {
  /** condition -> findings it lists (CSR, ascending), with each entry's p offset and sum p log p (single-group findings). */
  readonly cfStart: Int32Array;
  readonly cfFind: Int32Array;
  /** Condition-major copies for locality: p of each row at cfPOff[e] (single-group findings), sum p log p. */
  readonly cfPOff: Int32Array;
  readonly cfP: Float64Array;
  readonly cfNh: Float64Array;
  /** Per single-group finding, its accumulator block [mass, count, sum pi p log p, q per row] at accOff. */
  readonly accOff: Int32Array;
  /** finding -> listing conditions (CSR, ascending); entry k indexes the per-entry arrays below. */
  readonly fcStart: Int32Array;
  readonly fcCond: Int32Array;
  readonly multi: Uint8Array;
  /** Single-group findings (binary, categorical, ordinal): rows per finding and p per (entry, row). */
  readonly nRows: Int32Array;
  readonly entOff: Int32Array;
  readonly entP: Float64Array;
  /** Per entry: sum_o p log p (single-group), or of the floor value (multi). */
  readonly entNh: Float64Array;
  /** Per finding: leak rows (single-group) at bgOff, and sum_o bg log bg. */
  readonly bgOff: Int32Array;
  readonly bgP: Float64Array;
  readonly bgNh: Float64Array;
  /** Multi: per entry, floor p(absent), p(present), and the values off the floor (group, deltas). */
  readonly floor0: Float64Array;
  readonly floor1: Float64Array;
  readonly devStart: Int32Array;
  readonly devGroup: Int32Array;
  readonly devD0: Float64Array;
  readonly devD1: Float64Array;
  readonly devDn: Float64Array;
  /** Multi: per finding, its groups (non-none values) at grpOff; per group leak p0, p1, sum bg log bg, class. */
  readonly grpOff: Int32Array;
  readonly grpBg0: Float64Array;
  readonly grpBg1: Float64Array;
  readonly grpBgNh: Float64Array;
  readonly grpClass: Int32Array;
  /** Multi: per finding, its leak classes at clsOff (size and representative group). */
  readonly clsOff: Int32Array;
  readonly clsSize: Int32Array;
  readonly clsRep: Int32Array;
  readonly maxGroups: number;
  readonly maxRows: number;
  readonly maxClasses: number;
}

const plogp = (p: number, logP: number): number => (p > 0 ? p * logP : 0);

/** Build the planner's index of a model (once per model; see `scratchFor`). */
export function buildIndex(cm: CompiledModel): PlanIndex {
  const nC = cm.nConditions;
  const nF = cm.findings.length;
  const fcStart = new Int32Array(nF + 1);
  const cfCount = new Int32Array(nC + 1);
  for (let f = 0; f < nF; f++) {
    const listed = cm.findings[f]!.listed;
    let n = 0;
    for (let c = 0; c < nC; c++) if (listed[c]) { n++; cfCount[c + 1]!++; }
    fcStart[f + 1] = fcStart[f]! + n;
  }
  const nE = fcStart[nF]!;
  const fcCond = new Int32Array(nE);
  const cfStart = new Int32Array(nC + 1);
  for (let c = 0; c < nC; c++) cfStart[c + 1] = cfStart[c]! + cfCount[c + 1]!;
  const cfFind = new Int32Array(nE);
  const cfFill = cfStart.slice(0, nC);
  const multi = new Uint8Array(nF);
  const nRows = new Int32Array(nF);
  const entOff = new Int32Array(nE);
  const entNh = new Float64Array(nE);
  const bgOff = new Int32Array(nF + 1);
  const bgNh = new Float64Array(nF);
  const floor0 = new Float64Array(nE);
  const floor1 = new Float64Array(nE);
  const devStart = new Int32Array(nE + 1);
  const grpOff = new Int32Array(nF + 1);
  const clsOff = new Int32Array(nF + 1);
  const entP: number[] = [];
  const bgP: number[] = [];
  const devGroup: number[] = [];
  const devD0: number[] = [];
  const devD1: number[] = [];
  const devDn: number[] = [];
  const grpBg0: number[] = [];
  const grpBg1: number[] = [];
  const grpBgNh: number[] = [];
  const grpClass: number[] = [];
  const clsSize: number[] = [];
  const clsRep: number[] = [];
  const b: IndexBuild = {
    fcStart, fcCond, nRows, entOff, entNh, bgNh, floor0, floor1, devStart, grpOff, clsOff,
    entP, bgP, devGroup, devD0, devD1, devDn, grpBg0, grpBg1, grpBgNh, grpClass, clsSize, clsRep, maxGroups: 0, maxRows: 0, maxClasses: 0,
  };
  for (let f = 0; f < nF; f++) {
    const cf = cm.findings[f]!;
    const isMulti = cf.def.valueType === 'multi';
    multi[f] = isMulti ? 1 : 0;
    let k = fcStart[f]!;
    for (let c = 0; c < nC; c++) {
      if (!cf.listed[c]) continue;
      fcCond[k] = c;
      cfFind[cfFill[c]!++] = f;
      k++;
    }
    if (isMulti) indexMulti(b, cf, f);
    else {
      indexSingleGroup(b, cf, f);
      grpOff[f + 1] = grpOff[f]!;
      clsOff[f + 1] = clsOff[f]!;
    }
    bgOff[f + 1] = bgP.length;
  }
  const { cfPOff, cfNh, cfPList } = conditionMajor(b, nC, nF, cfStart, cfFind, multi);
  const accOff = new Int32Array(nF + 1);
  for (let f = 0; f < nF; f++) accOff[f + 1] = accOff[f]! + (multi[f] ? 0 : 3 + nRows[f]!);
  return {
    cfStart, cfFind, cfPOff, cfP: Float64Array.from(cfPList), cfNh, accOff, fcStart, fcCond, multi, nRows, entOff, entP: Float64Array.from(entP), entNh,
    bgOff, bgP: Float64Array.from(bgP), bgNh, floor0, floor1, devStart,
    devGroup: Int32Array.from(devGroup), devD0: Float64Array.from(devD0), devD1: Float64Array.from(devD1), devDn: Float64Array.from(devDn),
    grpOff, grpBg0: Float64Array.from(grpBg0), grpBg1: Float64Array.from(grpBg1), grpBgNh: Float64Array.from(grpBgNh), grpClass: Int32Array.from(grpClass),
    clsOff, clsSize: Int32Array.from(clsSize), clsRep: Int32Array.from(clsRep), maxGroups: b.maxGroups, maxRows: b.maxRows, maxClasses: b.maxClasses,
  };
}

/** The arrays and maxima of a plan index while it is built (see `buildIndex`). */
interface IndexBuild {
  readonly fcStart: Int32Array;
  readonly fcCond: Int32Array;
  readonly nRows: Int32Array;
  readonly entOff: Int32Array;
  readonly entNh: Float64Array;
  readonly bgNh: Float64Array;
  readonly floor0: Float64Array;
  readonly floor1: Float64Array;
  readonly devStart: Int32Array;
  readonly grpOff: Int32Array;
  readonly clsOff: Int32Array;
  readonly entP: number[];
  readonly bgP: number[];
  readonly devGroup: number[];
  readonly devD0: number[];
  readonly devD1: number[];
  readonly devDn: number[];
  readonly grpBg0: number[];
  readonly grpBg1: number[];
  readonly grpBgNh: number[];
  readonly grpClass: number[];
  readonly clsSize: number[];
  readonly clsRep: number[];
  maxGroups: number;
  maxRows: number;
  maxClasses: number;
}

/** A single-group finding (binary, categorical, ordinal): its leak rows and each listing condition's rows. */
function indexSingleGroup(b: IndexBuild, cf: CompiledFinding, f: number): void {
  const { fcStart, fcCond, nRows, entOff, entNh, bgNh, devStart, entP, bgP, devGroup } = b;
  const nR = cf.rows.length;
  nRows[f] = nR;
  b.maxRows = Math.max(b.maxRows, nR);
  let nh = 0;
  for (let o = 0; o < nR; o++) {
    const r = cf.rows[o]!;
    bgP.push(r.bg);
    nh += plogp(r.bg, r.logBg);
  }
  bgNh[f] = nh;
  for (let e = fcStart[f]!; e < fcStart[f + 1]!; e++) {
    const c = fcCond[e]!;
    entOff[e] = entP.length;
    let h = 0;
    for (let o = 0; o < nR; o++) {
      const r = cf.rows[o]!;
      entP.push(r.p[c]!);
      h += plogp(r.p[c]!, r.logP[c]!);
    }
    entNh[e] = h;
  }
  devStart.fill(devGroup.length, fcStart[f]! + 1, fcStart[f + 1]! + 1);
}

/** A multi-choice finding: its groups and leak classes, and per listing condition its floor and the values off it. */
function indexMulti(b: IndexBuild, cf: CompiledFinding, f: number): void {
  const { fcStart, fcCond, entNh, floor0, floor1, devStart, grpOff, clsOff, devGroup, devD0, devD1, devDn, grpBg0, grpBg1, grpBgNh, grpClass, clsSize, clsRep } = b;
  const groups: number[] = [];
  const nValues = cf.def.valueType === 'multi' ? cf.def.values.length : 0;
  for (let i = 0; i < nValues; i++) if (i !== cf.noneValue) groups.push(i);
  b.maxGroups = Math.max(b.maxGroups, groups.length);
  const classOf = new Map<string, number>();
  const base = clsSize.length;
  for (const i of groups) {
    const r0 = cf.rows[2 * i]!;
    const r1 = cf.rows[2 * i + 1]!;
    grpBg0.push(r0.bg);
    grpBg1.push(r1.bg);
    grpBgNh.push(plogp(r0.bg, r0.logBg) + plogp(r1.bg, r1.logBg));
    const key = `${r0.bg}|${r1.bg}`;
    let cls = classOf.get(key);
    if (cls === undefined) {
      cls = clsSize.length - base;
      classOf.set(key, cls);
      clsSize.push(0);
      clsRep.push(grpBg0.length - 1 - grpOff[f]!);
    }
    clsSize[base + cls]!++;
    grpClass.push(cls);
  }
  grpOff[f + 1] = grpBg0.length;
  clsOff[f + 1] = clsSize.length;
  b.maxClasses = Math.max(b.maxClasses, clsSize.length - base);
  for (let e = fcStart[f]!; e < fcStart[f + 1]!; e++) {
    const c = fcCond[e]!;
    // The floor: the (absent, present) pair most of this condition's values share.
    const counts = new Map<string, number>();
    let bestKey = '';
    let bestN = 0;
    for (const i of groups) {
      const key = `${cf.rows[2 * i]!.p[c]}|${cf.rows[2 * i + 1]!.p[c]}`;
      const n = (counts.get(key) ?? 0) + 1;
      counts.set(key, n);
      if (n > bestN) { bestN = n; bestKey = key; }
    }
    let fl = -1;
    for (const i of groups) if (`${cf.rows[2 * i]!.p[c]}|${cf.rows[2 * i + 1]!.p[c]}` === bestKey) { fl = i; break; }
    const nhOf = (i: number): number => plogp(cf.rows[2 * i]!.p[c]!, cf.rows[2 * i]!.logP[c]!) + plogp(cf.rows[2 * i + 1]!.p[c]!, cf.rows[2 * i + 1]!.logP[c]!);
    const f0 = fl >= 0 ? cf.rows[2 * fl]!.p[c]! : 0;
    const f1 = fl >= 0 ? cf.rows[2 * fl + 1]!.p[c]! : 0;
    const fn = fl >= 0 ? nhOf(fl) : 0;
    floor0[e] = f0;
    floor1[e] = f1;
    entNh[e] = fn;
    groups.forEach((i, j) => {
      const p0 = cf.rows[2 * i]!.p[c]!;
      const p1 = cf.rows[2 * i + 1]!.p[c]!;
      if (p0 === f0 && p1 === f1) return;
      devGroup.push(j);
      devD0.push(p0 - f0);
      devD1.push(p1 - f1);
      devDn.push(nhOf(i) - fn);
    });
    devStart[e + 1] = devGroup.length;
  }
}

/** Condition-major copies of the single-group rows (cfP at cfPOff) and sum p log p, for the gain pass's locality. */
function conditionMajor(b: IndexBuild, nC: number, nF: number, cfStart: Int32Array, cfFind: Int32Array, multi: Uint8Array): { cfPOff: Int32Array; cfNh: Float64Array; cfPList: number[] } {
  const { fcStart, fcCond, nRows, entOff, entNh, entP } = b;
  const nE = fcStart[nF]!;
  const cfPOff = new Int32Array(nE);
  const cfNh = new Float64Array(nE);
  const cfPList: number[] = [];
  // Condition-major order: walk conditions, and within each its findings ascending.
  const entryOf = new Int32Array(nE);
  const fill = cfStart.slice(0, nC);
  for (let f = 0; f < nF; f++) for (let e = fcStart[f]!; e < fcStart[f + 1]!; e++) entryOf[fill[fcCond[e]!]!++] = e;
  for (let j = 0; j < nE; j++) {
    const e = entryOf[j]!;
    const f = cfFind[j]!;
    cfPOff[j] = cfPList.length;
    cfNh[j] = entNh[e]!;
    if (!multi[f]) for (let r = 0; r < nRows[f]!; r++) cfPList.push(entP[entOff[e]! + r]!);
  }
  return { cfPOff, cfNh, cfPList };
}
