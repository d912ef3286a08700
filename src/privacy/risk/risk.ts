/**
 * Re-identification risk of a training extract over the quasi-identifiers (age, sex, ZIP3, service year,
 * rare diagnoses), and a generalisation ladder that raises k to the target with the least loss it can.
 * Definitions (El Emam & Dankar 2008; Sweeney 2002):
 * - equivalence class: records sharing every quasi-identifier value; k = smallest class size;
 * - prosecutor risk (attacker knows the person is in the extract): 1/|class|; max and mean over records;
 * - journalist risk (attacker does not know): 1/F with F the class size in the population, estimated as
 *   |class| / π for a sampling fraction π (default 0.1, i.e. the extract is assumed to be a 10% random
 *   sample of the population it came from); max and mean over records;
 * - distinct ℓ-diversity of the primary diagnosis: the fewest distinct primary diagnoses in any class.
 */
import { RESTRICTED_ZIP3 } from '../deid/surrogate.js';
import type { ExtractRecord } from './extract.js';

export interface RiskOptions {
  readonly k?: number;
  readonly samplingFraction?: number;
  /** A diagnosis seen in fewer than this many records is "rare" and becomes a quasi-identifier. */
  readonly rareDxThreshold?: number;
}

export interface RiskMetrics {
  readonly records: number;
  readonly classes: number;
  readonly k: number;
  readonly shareInClassesBelowK: number;
  readonly prosecutorRiskMax: number;
  readonly prosecutorRiskMean: number;
  readonly journalistRiskMax: number;
  readonly journalistRiskMean: number;
  readonly lDiversity: number;
  readonly classesWithLBelow2: number;
}

export interface GeneralisationLevel {
  readonly name: string;
  readonly ageBand: number;
  readonly zip3: boolean;
  readonly rareDx: boolean;
  readonly yearBand: number;
}

export interface RiskReport {
  readonly assumptions: { readonly samplingFraction: number; readonly kTarget: number; readonly rareDxThreshold: number; readonly quasiIdentifiers: readonly string[] };
  readonly before: RiskMetrics;
  readonly after: RiskMetrics;
  readonly generalisation: GeneralisationLevel;
  readonly cost: { readonly recordsSuppressed: number; readonly shareSuppressed: number; readonly precisionLoss: number; readonly discernibility: number };
}

export const LADDER: readonly GeneralisationLevel[] = [
  { name: 'exact age, ZIP3, year, rare diagnoses', ageBand: 1, zip3: true, rareDx: true, yearBand: 1 },
  { name: '5-year age bands', ageBand: 5, zip3: true, rareDx: true, yearBand: 1 },
  { name: '10-year age bands, rare diagnoses suppressed', ageBand: 10, zip3: true, rareDx: false, yearBand: 1 },
  { name: '10-year age bands, ZIP3 suppressed', ageBand: 10, zip3: false, rareDx: false, yearBand: 1 },
  { name: '20-year age bands, ZIP3 suppressed, 5-year periods', ageBand: 20, zip3: false, rareDx: false, yearBand: 5 },
];

function band(value: number | undefined, width: number): string {
  if (value === undefined) return '?';
  if (value >= 90) return '90+'; // Safe Harbor: ages over 89 are one category
  if (width === 1) return String(value);
  const lo = Math.floor(value / width) * width;
  return `${lo}-${Math.min(lo + width - 1, 89)}`;
}

function qiKey(r: ExtractRecord, level: GeneralisationLevel, rare: ReadonlySet<string>): string {
  const zip = !level.zip3 ? '*' : RESTRICTED_ZIP3.has(r.zip3) ? '000' : r.zip3 || '?';
  const year = level.yearBand === 1 || !r.year ? r.year || '?' : String(Math.floor(Number(r.year) / level.yearBand) * level.yearBand);
  const rareDx = level.rareDx ? r.dx.filter((d) => rare.has(d)).sort().join('+') : '*';
  return `${band(r.age, level.ageBand)}|${r.sex}|${zip}|${year}|${rareDx}`;
}

/** The equivalence classes of the records at one generalisation level, and their risk metrics. */
export function measure(records: readonly ExtractRecord[], level: GeneralisationLevel, rare: ReadonlySet<string>, kTarget: number, samplingFraction: number): { metrics: RiskMetrics; classes: Map<string, number[]> } {
  const classes = new Map<string, number[]>();
  records.forEach((r, i) => {
    const key = qiKey(r, level, rare);
    const c = classes.get(key);
    if (c) c.push(i); else classes.set(key, [i]);
  });
  let k = records.length ? Infinity : 0;
  let below = 0;
  let prosSum = 0;
  let jourSum = 0;
  let l = records.length ? Infinity : 0;
  let lLow = 0;
  for (const members of classes.values()) {
    const size = members.length;
    k = Math.min(k, size);
    if (size < kTarget) below += size;
    prosSum += 1; // Σ over records of 1/size = number of classes
    jourSum += size * Math.min(1, samplingFraction / size);
    const distinct = new Set(members.map((i) => records[i]?.dx[0] ?? '?')).size;
    l = Math.min(l, distinct);
    if (distinct < 2) lLow++;
  }
  const n = records.length || 1;
  const metrics: RiskMetrics = {
    records: records.length,
    classes: classes.size,
    k: k === Infinity ? 0 : k,
    shareInClassesBelowK: below / n,
    prosecutorRiskMax: records.length ? 1 / (k as number) : 0,
    prosecutorRiskMean: records.length ? prosSum / n : 0,
    journalistRiskMax: records.length ? Math.min(1, samplingFraction / (k as number)) : 0,
    journalistRiskMean: records.length ? jourSum / n : 0,
    lDiversity: l === Infinity ? 0 : l,
    classesWithLBelow2: lLow,
  };
  return { metrics, classes };
}

/** The extract's re-identification risk, and the generalisation that reaches the target k with the least loss. */
export function assessRisk(records: readonly ExtractRecord[], options: RiskOptions = {}): RiskReport {
  const kTarget = options.k ?? 5;
  const pi = options.samplingFraction ?? 0.1;
  const rareThreshold = options.rareDxThreshold ?? kTarget;
  const dxCount = new Map<string, number>();
  for (const r of records) for (const d of new Set(r.dx)) dxCount.set(d, (dxCount.get(d) ?? 0) + 1);
  const rare = new Set([...dxCount].filter(([, c]) => c < rareThreshold).map(([d]) => d));
  const base = LADDER[0] as GeneralisationLevel;
  const before = measure(records, base, rare, kTarget, pi).metrics;
  // Climb the ladder; take the first level whose suppression (records left in classes < k) is ≤ 5%, else the top.
  let chosen = LADDER[LADDER.length - 1] as GeneralisationLevel;
  let chosenIdx = LADDER.length - 1;
  for (let i = 0; i < LADDER.length; i++) {
    const lv = LADDER[i] as GeneralisationLevel;
    if (measure(records, lv, rare, kTarget, pi).metrics.shareInClassesBelowK <= 0.05) { chosen = lv; chosenIdx = i; break; }
  }
  const { classes } = measure(records, chosen, rare, kTarget, pi);
  const kept: ExtractRecord[] = [];
  let suppressed = 0;
  let discernibility = 0;
  for (const members of classes.values()) {
    if (members.length < kTarget) { suppressed += members.length; continue; }
    discernibility += members.length * members.length;
    for (const i of members) kept.push(records[i] as ExtractRecord);
  }
  discernibility += suppressed * records.length;
  const after = measure(kept, chosen, rare, kTarget, pi).metrics;
  return {
    assumptions: { samplingFraction: pi, kTarget, rareDxThreshold: rareThreshold, quasiIdentifiers: ['age', 'sex', 'zip3', 'year', 'rare diagnoses'] },
    before,
    after,
    generalisation: chosen,
    cost: {
      recordsSuppressed: suppressed,
      shareSuppressed: records.length ? suppressed / records.length : 0,
      precisionLoss: chosenIdx / (LADDER.length - 1),
      discernibility,
    },
  };
}
