/**
 * Profile completeness (off unless a model carries `profileCompleteness`): a condition that does not list a finding
 * may still show it when its source describes it incompletely, and a thin description is more likely to miss a real
 * feature than a thick one. For a binary finding f that condition c does not list,
 *   P(f present | c) = leak_f + m_c x marg_f,   m_c = n0 / (n0 + n_c),
 * with marg_f the mean P(f present | c) over all the model's conditions (unlisted ones counting 0) and n_c the number
 * of binary findings c's own sources list: entries the model marks inferred (`inferredLikelihoods`, the ICD-10
 * sibling fill) are not the source's description, so they do not count towards n_c (twenty-sixth session; the
 * seventeenth session's form counted them, there were none then). This is additive (Laplace-style) shrinkage of an
 * unlisted entry towards the finding's model-wide marginal with n0 pseudo-findings. With m_c = 1 for every condition
 * it is the fifteenth session's model-wide leak; only unlisted conditions move, so a listed condition's contribution is
 * unchanged. Pure, typed arrays built once. docs/sessions/17-rank.md, 26-rank10.md.
 */
import type { FindingDef, ProfileCompleteness } from './model.js';

/** The parts of a compiled finding read here (structural, so this module does not import `compile.ts`). */
interface FindingRows {
  readonly index: number;
  readonly def: Pick<FindingDef, 'valueType'>;
  readonly rows: readonly { readonly bg: number; readonly pListed: Float64Array }[];
  readonly listedIdx: Int32Array;
}

/** What observing a binary finding adds to the conditions that do not list it. */
export interface CompiledCompleteness {
  /** m_c per condition. */
  readonly share: Float64Array;
  /** marg_f per finding index (0 for findings that are not binary). */
  readonly marg: Float64Array;
  /** Per finding index, 1 per condition that lists it (built lazily, on first observation). */
  readonly listed: (Uint8Array | undefined)[];
}

const isBinaryRows = (cf: FindingRows): boolean => cf.def.valueType === 'binary' && cf.rows.length === 2;

/**
 * The compiled completeness terms of a model, or undefined when the model carries none. `inferred` (finding index ->
 * condition indexes) holds the listed entries that are not the conditions' own (they do not count towards n_c).
 */
export function compileCompleteness(spec: ProfileCompleteness | undefined, findings: readonly FindingRows[], nC: number, inferred: ReadonlyMap<number, ReadonlySet<number>>): CompiledCompleteness | undefined {
  if (!spec) return undefined;
  const listedBy = new Float64Array(nC);
  const marg = new Float64Array(findings.length);
  for (const cf of findings) {
    if (!isBinaryRows(cf)) continue;
    let total = 0;
    for (const p of cf.rows[1]!.pListed) total += p;
    marg[cf.index] = total / nC;
    const notOwn = inferred.get(cf.index);
    for (const c of cf.listedIdx) if (!notOwn?.has(c)) listedBy[c]! += 1;
  }
  const share = new Float64Array(nC);
  for (let c = 0; c < nC; c++) share[c] = spec.n0 / (spec.n0 + listedBy[c]!);
  return { share, marg, listed: new Array<Uint8Array | undefined>(findings.length) };
}

function listedMask(cc: CompiledCompleteness, cf: FindingRows, nC: number): Uint8Array {
  let m = cc.listed[cf.index];
  if (!m) {
    m = new Uint8Array(nC);
    for (const c of cf.listedIdx) m[c] = 1;
    cc.listed[cf.index] = m;
  }
  return m;
}

/** log P(outcome | c) - log P(outcome | leak) for an unlisted condition c; 0 for listed ones and non-binary findings. */
export function completenessLlr(cc: CompiledCompleteness | undefined, cf: FindingRows, c: number, present: boolean): number {
  if (!cc || !isBinaryRows(cf) || cc.marg[cf.index] === 0) return 0;
  const nC = cc.share.length;
  if (listedMask(cc, cf, nC)[c] === 1) return 0;
  const leak = cf.rows[1]!.bg;
  const extra = cc.share[c]! * cc.marg[cf.index]!;
  return present ? Math.log1p(extra / leak) : Math.log(Math.max(1e-9, 1 - leak - extra)) - Math.log(1 - leak);
}

/** Add the completeness terms of one binary observation to every unlisted condition's score. */
export function addCompleteness(cc: CompiledCompleteness, cf: FindingRows, present: boolean, nb: Float64Array): void {
  if (!isBinaryRows(cf) || cc.marg[cf.index] === 0) return;
  const nC = nb.length;
  const mask = listedMask(cc, cf, nC);
  const leak = cf.rows[1]!.bg;
  const m = cc.marg[cf.index]!;
  const share = cc.share;
  if (present) {
    for (let c = 0; c < nC; c++) if (mask[c] === 0) nb[c]! += Math.log1p(share[c]! * m / leak);
  } else {
    const base = Math.log(1 - leak);
    for (let c = 0; c < nC; c++) if (mask[c] === 0) nb[c]! += Math.log(Math.max(1e-9, 1 - leak - share[c]! * m)) - base;
  }
}
