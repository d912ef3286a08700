/**
 * The counts the DDXPlus model is built from — exact, or released under differential privacy — in one
 * shape, so build-model turns either into probabilities the same way.
 *
 * Under DP the released vector has three groups (unit of privacy: one patient record; neighbouring
 * data sets differ by adding or removing one record):
 * - totals: patients per condition n_c, and per (condition, age band, sex). A record adds 1 to one
 *   n_c and 1 to one demographic cell: Δ = 2.
 * - prior: patients per condition among the first `priorRows` rows. Adding or removing a record there
 *   shifts the window by one row, so one count goes up and another down: Δ = 2.
 * - items: per evidence and "owner" (each condition that lists it, plus one leak cell for all other
 *   conditions): binary present; each categorical value other than the default; each multi-choice
 *   value other than the default, plus "has no default" (so the default count is n minus it). A record
 *   touches each cell at most once, and at most `maxItemsPerRecord` cells: longer records are clipped
 *   (items kept in evidence order), so Δ = K.
 * Everything else is derived from these after noise (post-processing): default-value counts, leak
 * totals (Σ n_c over the conditions that do not list the evidence), the prior sample size.
 */
import type { AgeBand, Sex } from '../../core/model.js';
import { SEXES } from '../../core/model.js';
import { ageBandIndex } from '../../core/compile.js';
import type { IntRng } from '../../privacy/dp/index.js';
import { clamp, noiseCountGroups, type CountGroup, type NoisedGroup } from '../dp-counts.js';
import type { DdxplusPatient, RawCondition, RawEvidence } from './records.js';

export const DDXPLUS_AGE_BANDS: readonly AgeBand[] = [
  { id: '0-1', minYears: 0, maxYears: 1 },
  { id: '1-5', minYears: 1, maxYears: 5 },
  { id: '5-15', minYears: 5, maxYears: 15 },
  { id: '15-30', minYears: 15, maxYears: 30 },
  { id: '30-45', minYears: 30, maxYears: 45 },
  { id: '45-60', minYears: 45, maxYears: 60 },
  { id: '60-75', minYears: 60, maxYears: 75 },
  { id: '75+', minYears: 75, maxYears: 131 },
];

export interface EvidenceSchema {
  readonly name: string;
  readonly ev: RawEvidence;
  readonly kind: 'B' | 'C' | 'M';
  readonly values: readonly string[];
  readonly vIndex: ReadonlyMap<string, number>;
  readonly defaultValue: string;
  /** Index of the default value, -1 for binary evidences or a default that is not a possible value. */
  readonly defaultIndex: number;
  /** Conditions (indices) that list this evidence, ascending. */
  readonly listed: readonly number[];
  /** Condition index -> position in `listed`. */
  readonly ownerOf: ReadonlyMap<number, number>;
}

export interface DdxplusSchema {
  readonly condNames: readonly string[];
  readonly condIndex: ReadonlyMap<string, number>;
  readonly evidences: readonly EvidenceSchema[];
}

/** Orders evidence names by their number (E_2 before E_10), then by name. */
export function byEvidenceNumber(a: string, b: string): number {
  const na = Number(a.replace(/\D/g, ''));
  const nb = Number(b.replace(/\D/g, ''));
  return na - nb || a.localeCompare(b);
}

/** Structure from the public release files only (no patient data). */
export function ddxplusSchema(evidences: Readonly<Record<string, RawEvidence>>, conditions: Readonly<Record<string, RawCondition>>): DdxplusSchema {
  const condNames = Object.keys(conditions).sort();
  const condIndex = new Map(condNames.map((n, i) => [n, i] as const));
  const listedBy = new Map<string, Set<number>>();
  condNames.forEach((name, c) => {
    const def = conditions[name]!;
    for (const e of [...Object.keys(def.symptoms), ...Object.keys(def.antecedents)]) {
      const s = listedBy.get(e) ?? new Set<number>();
      s.add(c);
      listedBy.set(e, s);
    }
  });
  const evs = Object.keys(evidences).sort(byEvidenceNumber).map((name): EvidenceSchema => {
    const ev = evidences[name]!;
    const listed = [...(listedBy.get(name) ?? [])].sort((a, b) => a - b);
    const values = ev.data_type === 'B' ? [] : ev['possible-values'].map(String);
    const vIndex = new Map(values.map((v, i) => [v, i] as const));
    const defaultValue = String(ev.default_value);
    return {
      name, ev, kind: ev.data_type, values, vIndex, defaultValue,
      defaultIndex: ev.data_type === 'B' ? -1 : (vIndex.get(defaultValue) ?? -1),
      listed, ownerOf: new Map(listed.map((c, i) => [c, i] as const)),
    };
  });
  return { condNames, condIndex, evidences: evs };
}

/** Counts for one owner (a listing condition, or the leak): n patients and k per value ([present] for binary). */
export interface OwnerCounts {
  readonly n: number;
  readonly k: readonly number[];
}

export interface EvidenceCounts {
  /** Aligned with the schema's `listed`. */
  readonly listed: readonly OwnerCounts[];
  readonly leak: OwnerCounts;
}

export interface DdxplusCounts {
  readonly nCond: readonly number[];
  /** [condition][band * 2 + sex]. */
  readonly demo: readonly (readonly number[])[];
  readonly prior: readonly number[];
  readonly priorTotal: number;
  /** Aligned with the schema's `evidences`. */
  readonly evidence: readonly EvidenceCounts[];
}

const DEMO_CELLS = DDXPLUS_AGE_BANDS.length * SEXES.length;

function demoCell(age: number, sex: Sex): number {
  return ageBandIndex({ ageBands: DDXPLUS_AGE_BANDS }, age) * 2 + SEXES.indexOf(sex);
}

/** The exact counts (what ddx learned before DP existed; the non-private artifact depends on every detail here). */
export function exactCounts(schema: DdxplusSchema, patients: readonly DdxplusPatient[], priorRows: number): DdxplusCounts {
  const nC = schema.condNames.length;
  const byCond: DdxplusPatient[][] = schema.condNames.map(() => []);
  for (const p of patients) {
    const c = schema.condIndex.get(p.pathology);
    if (c !== undefined) byCond[c]!.push(p);
  }
  const evidence = schema.evidences.map((es): EvidenceCounts => {
    const listedSet = new Set(es.listed);
    const unlisted = patients.filter((p) => !listedSet.has(schema.condIndex.get(p.pathology) ?? -1));
    const count = (ps: readonly DdxplusPatient[]): OwnerCounts => {
      if (es.kind === 'B') return { n: ps.length, k: [ps.reduce((n, p) => n + (p.evidences.has(es.name) ? 1 : 0), 0)] };
      const k = new Array<number>(es.values.length).fill(0);
      for (const p of ps) {
        const got = p.evidences.get(es.name);
        if (es.kind === 'M') {
          if (got && got.length > 0) {
            for (const v of got) {
              const i = es.vIndex.get(v);
              if (i !== undefined) k[i]! += 1;
            }
          } else if (es.defaultIndex >= 0) k[es.defaultIndex]! += 1;
        } else {
          const i = es.vIndex.get(got?.[0] ?? es.defaultValue);
          if (i !== undefined) k[i]! += 1;
        }
      }
      return { n: ps.length, k };
    };
    return { listed: es.listed.map((c) => count(byCond[c]!)), leak: count(unlisted) };
  });
  const demo = byCond.map((ps) => {
    const d = new Array<number>(DEMO_CELLS).fill(0);
    for (const p of ps) d[demoCell(p.age, p.sex)]! += 1;
    return d;
  });
  const prior = new Array<number>(nC).fill(0);
  const priorSample = priorRows > 0 ? patients.slice(0, priorRows) : [];
  for (const p of priorSample) {
    const c = schema.condIndex.get(p.pathology);
    if (c !== undefined) prior[c]! += 1;
  }
  return { nCond: byCond.map((ps) => ps.length), demo, prior, priorTotal: priorSample.length, evidence };
}

// ---- Differential privacy ----

export interface DdxplusDpOptions {
  readonly epsilon: number;
  readonly rng: IntRng;
  /** Clipping bound K: the most item cells one record may add to (its L1 contribution to the items group). */
  readonly maxItemsPerRecord: number;
  /** Share of ε per group (sum 1). */
  readonly shares: { readonly totals: number; readonly prior: number; readonly items: number };
  /**
   * Shrinkage of each listing condition's counts toward the evidence's pooled rate over all conditions
   * that list it, with a weight of `shrinkage` × the item noise scale in pseudo-patients (post-processing).
   * Conditions with thousands of patients keep their own rates; those with a few dozen, whose counts the
   * noise would swamp, lean on the pool. 0 turns it off.
   */
  readonly shrinkage: number;
}

/**
 * K = 24 keeps every item of about 97 % of DDXPlus records (the public release: median 7 items per
 * record, a handful above 30). Fixed in advance, not taken from the data being protected: a data-dependent
 * bound would itself leak. An organisation sets it from its own schema with --dp-max-items.
 */
export const DEFAULT_DP_MAX_ITEMS = 24;
/**
 * Most of ε goes to the item counts (the likelihoods, thousands of cells); the totals and the prior
 * counts have Δ = 2, so a tenth of ε each gives them noise of scale 20/ε, less than the items get.
 */
export const DEFAULT_DP_SHARES = { totals: 0.1, prior: 0.1, items: 0.8 } as const;
export const DEFAULT_DP_SHRINKAGE = 8;

/** Listing conditions' counts plus `weight` pseudo-patients at the pooled rate of all listing conditions. */
export function shrinkToPool(ec: EvidenceCounts, weight: number): EvidenceCounts {
  if (!(weight > 0) || ec.listed.length === 0) return ec;
  const width = ec.leak.k.length;
  const n = ec.listed.reduce((s, o) => s + o.n, 0);
  const pool = Array.from({ length: width }, (_, v) => ec.listed.reduce((s, o) => s + o.k[v]!, 0));
  const rate = (v: number): number => (n > 0 ? pool[v]! / n : 0);
  return { ...ec, listed: ec.listed.map((o) => ({ n: o.n + weight, k: o.k.map((x, v) => x + weight * rate(v)) })) };
}

/** Position of each evidence's cells in the items group: per owner (listed..., leak) a block of slots. */
export interface ItemLayout {
  readonly size: number;
  /** [evidence][owner] -> first cell; owner index `listed.length` is the leak. */
  readonly offset: readonly (readonly number[])[];
  /** [evidence] -> slots per owner. */
  readonly width: readonly number[];
  /** [evidence][valueIndex] -> slot, -1 for the default value (derived, not released). */
  readonly valueSlot: readonly (readonly number[])[];
}

/** Multi-choice evidences use slot 0 for "has values and none is the default". */
export function itemLayout(schema: DdxplusSchema): ItemLayout {
  let size = 0;
  const offset: number[][] = [];
  const width: number[] = [];
  const valueSlot: number[][] = [];
  for (const es of schema.evidences) {
    let w = 0;
    const slots: number[] = [];
    if (es.kind === 'B') w = 1;
    else {
      if (es.kind === 'M' && es.defaultIndex >= 0) w = 1;
      for (let i = 0; i < es.values.length; i++) slots.push(i === es.defaultIndex ? -1 : w++);
    }
    width.push(w);
    valueSlot.push(slots);
    const offs: number[] = [];
    for (let o = 0; o <= es.listed.length; o++) {
      offs.push(size);
      size += w;
    }
    offset.push(offs);
  }
  return { size, offset, width, valueSlot };
}

/** The item cells one record adds 1 to, in evidence order, each at most once, before clipping. */
export function recordItems(schema: DdxplusSchema, layout: ItemLayout, p: DdxplusPatient): number[] {
  const c = schema.condIndex.get(p.pathology) ?? -1;
  const present: number[] = [];
  for (const name of p.evidences.keys()) {
    const i = evidencePos(schema).get(name);
    if (i !== undefined) present.push(i);
  }
  present.sort((a, b) => a - b);
  const cells: number[] = [];
  for (const i of present) {
    const es = schema.evidences[i]!;
    const base = layout.offset[i]![es.ownerOf.get(c) ?? es.listed.length]!;
    const got = p.evidences.get(es.name) ?? [];
    if (es.kind === 'B') cells.push(base);
    else if (es.kind === 'C') {
      const vi = es.vIndex.get(got[0] ?? es.defaultValue);
      const slot = vi === undefined ? -1 : layout.valueSlot[i]![vi]!;
      if (slot >= 0) cells.push(base + slot);
    } else if (got.length > 0) {
      if (es.defaultIndex >= 0 && !got.includes(es.defaultValue)) cells.push(base);
      const seen = new Set<number>();
      for (const v of got) {
        const vi = es.vIndex.get(v);
        const slot = vi === undefined ? -1 : layout.valueSlot[i]![vi]!;
        if (slot >= 0 && !seen.has(slot)) {
          seen.add(slot);
          cells.push(base + slot);
        }
      }
    }
  }
  return cells;
}

const positions = new WeakMap<DdxplusSchema, Map<string, number>>();
function evidencePos(schema: DdxplusSchema): Map<string, number> {
  let m = positions.get(schema);
  if (!m) {
    m = new Map(schema.evidences.map((es, i) => [es.name, i] as const));
    positions.set(schema, m);
  }
  return m;
}

export interface ReleasedVector {
  readonly groups: readonly CountGroup[];
  readonly layout: ItemLayout;
}

/**
 * The count vector released under DP, from clipped records: the groups with their sensitivities.
 * `vectorL1` of two such vectors for data sets differing in one record is at most Σ Δ_g (tested).
 */
export function releasedVector(schema: DdxplusSchema, patients: readonly DdxplusPatient[], priorRows: number, maxItems: number, shares: DdxplusDpOptions['shares'] = DEFAULT_DP_SHARES): ReleasedVector {
  if (!Number.isInteger(maxItems) || maxItems < 1) throw new RangeError('maxItems must be a positive integer');
  const nC = schema.condNames.length;
  const layout = itemLayout(schema);
  const totals = new Int32Array(nC + nC * DEMO_CELLS);
  const items = new Int32Array(layout.size);
  for (const p of patients) {
    const c = schema.condIndex.get(p.pathology);
    if (c !== undefined) {
      totals[c]! += 1;
      totals[nC + c * DEMO_CELLS + demoCell(p.age, p.sex)]! += 1;
    }
    const cells = recordItems(schema, layout, p);
    for (let j = 0; j < cells.length && j < maxItems; j++) items[cells[j]!]! += 1;
  }
  const groups: CountGroup[] = [{ name: 'totals', counts: totals, sensitivity: 2, share: shares.totals }];
  if (priorRows > 0) {
    const prior = new Int32Array(nC);
    for (const p of patients.slice(0, priorRows)) {
      const c = schema.condIndex.get(p.pathology);
      if (c !== undefined) prior[c]! += 1;
    }
    groups.push({ name: 'prior', counts: prior, sensitivity: 2, share: shares.prior });
  }
  groups.push({ name: 'items', counts: items, sensitivity: maxItems, share: shares.items });
  // Without a prior group its share goes to the others in proportion.
  const sum = groups.reduce((s, g) => s + g.share, 0);
  return { groups: groups.map((g) => ({ ...g, share: g.share / sum })), layout };
}

/** Rebuild model counts from a (noisy) released vector, clamping each count into its range. */
export function countsFromReleased(schema: DdxplusSchema, layout: ItemLayout, groups: readonly { readonly name: string; readonly counts: Int32Array }[], priorRows: number): DdxplusCounts {
  const nC = schema.condNames.length;
  const get = (name: string): Int32Array | undefined => groups.find((g) => g.name === name)?.counts;
  const totals = get('totals')!;
  const items = get('items')!;
  const priorRaw = get('prior');
  const nCond = Array.from({ length: nC }, (_, c) => Math.max(0, totals[c]!));
  const demo = nCond.map((n, c) => Array.from({ length: DEMO_CELLS }, (_, x) => clamp(totals[nC + c * DEMO_CELLS + x]!, 0, n)));
  const prior = Array.from({ length: nC }, (_, c) => (priorRaw ? clamp(priorRaw[c]!, 0, priorRows) : 0));
  const allN = nCond.reduce((a, b) => a + b, 0);
  const evidence = schema.evidences.map((es, i): EvidenceCounts => {
    const owner = (o: number, n: number): OwnerCounts => {
      const base = layout.offset[i]![o]!;
      const cell = (slot: number): number => clamp(items[base + slot]!, 0, n);
      if (es.kind === 'B') return { n, k: [cell(0)] };
      const k = es.values.map((_, vi) => {
        const slot = layout.valueSlot[i]![vi]!;
        return slot >= 0 ? cell(slot) : 0;
      });
      if (es.defaultIndex >= 0) {
        // The default count is n minus the others; summing the raw noisy counts keeps it unbiased (clamping
        // each of many small counts at 0 first would push it to 0 and make the default look impossible).
        const others = es.values.reduce((sum, _, vi) => {
          const slot = layout.valueSlot[i]![vi]!;
          return slot >= 0 ? sum + items[base + slot]! : sum;
        }, 0);
        k[es.defaultIndex] = es.kind === 'M' ? n - cell(0) : clamp(n - others, 0, n);
      }
      return { n, k };
    };
    const listedN = es.listed.reduce((s, c) => s + nCond[c]!, 0);
    return { listed: es.listed.map((c, o) => owner(o, nCond[c]!)), leak: owner(es.listed.length, allN - listedN) };
  });
  return { nCond, demo, prior, priorTotal: prior.reduce((a, b) => a + b, 0), evidence };
}

export interface DpCountsResult {
  readonly counts: DdxplusCounts;
  readonly groups: readonly NoisedGroup[];
  /** Pseudo-patients of pooled rate added to each listing condition (0: none). */
  readonly shrinkWeight: number;
}

/** Clip, noise, clamp: the counts of an ε-DP release. */
export function dpCounts(schema: DdxplusSchema, patients: readonly DdxplusPatient[], priorRows: number, dp: DdxplusDpOptions): DpCountsResult {
  const { groups, layout } = releasedVector(schema, patients, priorRows, dp.maxItemsPerRecord, dp.shares);
  const noised = noiseCountGroups(groups, dp.epsilon, dp.rng);
  const items = noised.find((g) => g.name === 'items')!;
  const shrinkWeight = dp.shrinkage * (items.sensitivity / items.epsilon);
  const exact = countsFromReleased(schema, layout, noised, priorRows);
  return { counts: { ...exact, evidence: exact.evidence.map((ec) => shrinkToPool(ec, shrinkWeight)) }, groups: noised, shrinkWeight };
}
