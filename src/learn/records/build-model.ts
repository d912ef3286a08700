/**
 * Counts -> a knowledge model. Priors by age band and sex and binary likelihoods are posterior means
 * with the base model as the prior: its normalised prior and its likelihoods act as pseudo-counts
 * (`priorStrength` episodes per age-sex cell, `likelihoodStrength` episodes per condition), so a
 * small site starts from public knowledge and a large one is dominated by its own data. Without a
 * base, likelihoods are Jeffreys-smoothed frequencies. Conditions and findings new to the base are
 * added when they reach `minCount`.
 */
import type { BinaryFinding, ConditionDef, FindingDef, KnowledgeModel, ModelManifest } from '../../core/model.js';
import { MODEL_FORMAT, MODEL_FORMAT_VERSION } from '../../core/model.js';
import { CODE_VERSION } from '../../core/version.js';
import { roundSig } from '../artifact.js';
import type { RecordCounts } from './counts.js';
import type { FindingInfo, Vocabulary } from './vocabulary.js';

export interface BuildOptions {
  readonly minCount: number;
  readonly priorStrength: number;
  readonly likelihoodStrength: number;
  readonly id?: string;
  readonly manifest: Omit<ModelManifest, 'contentHash' | 'createdBy'>;
  readonly description?: string;
}

export const DEFAULT_BUILD = { minCount: 10, priorStrength: 500, likelihoodStrength: 20 } as const;

const P_MIN = 1e-4;
const P_MAX = 1 - 1e-4;
const clampP = (p: number): number => (p < P_MIN ? P_MIN : p > P_MAX ? P_MAX : p);
/** Prior weights are relative; per-mille keeps them readable beside the built-in models'. */
const PRIOR_SCALE = 1000;

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '').slice(0, 60) || 'x';
}

interface Ids {
  readonly label: Map<string, string>;
  readonly finding: Map<string, string>;
}

/** Stable ids for new concepts: a slug of the name, made unique with the code when taken. */
function assignIds(counts: RecordCounts, vocab: Vocabulary, base: KnowledgeModel | undefined, minCount: number): Ids {
  const taken = new Set<string>([...(base?.conditions ?? []).map((c) => c.id), ...(base?.findings ?? []).map((f) => f.id)]);
  const label = new Map<string, string>();
  const finding = new Map<string, string>();
  const pick = (key: string, name: string, baseId: string | undefined): string => {
    if (baseId) return baseId;
    if (!base) return key; // without a base the key (ddx id or code) is the id
    let id = slug(name);
    if (taken.has(id)) id = slug(`${name}-${key}`);
    taken.add(id);
    return id;
  };
  for (const key of [...counts.prior.keys()].sort()) {
    const l = vocab.labels.get(key);
    if (!l) continue;
    if (l.baseId || counts.labelTotal(key) >= minCount) label.set(key, pick(key, l.name, l.baseId));
  }
  const presentTotal = new Map<string, number>();
  counts.eachPair((_l, f, n) => {
    if (n !== 0) presentTotal.set(f, (presentTotal.get(f) ?? 0) + n);
  });
  for (const key of [...presentTotal.keys()].sort()) {
    const f = vocab.findings.get(key);
    if (!f) continue;
    if (f.baseId || presentTotal.get(key)! >= minCount) finding.set(key, pick(key, f.name, f.baseId));
  }
  return { label, finding };
}

function priorRows(counts: RecordCounts, ids: Ids, base: KnowledgeModel | undefined, strength: number): Map<string, number[][]> {
  const bands = counts.bands.length;
  const cellTotal = new Float64Array(bands * 2);
  for (const [key, row] of counts.prior) if (ids.label.has(key)) for (let i = 0; i < row.length; i++) cellTotal[i]! += row[i]!;
  const baseTotal = new Float64Array(bands * 2);
  for (const c of base?.conditions ?? []) c.prior.forEach((r, b) => r.forEach((w, s) => { baseTotal[b * 2 + s]! += w; }));
  const baseById = new Map((base?.conditions ?? []).map((c) => [c.id, c] as const));
  const out = new Map<string, number[][]>();
  const all = new Set<string>([...ids.label.values(), ...baseById.keys()]);
  const local = new Map<string, Float64Array>();
  for (const [key, id] of ids.label) local.set(id, counts.prior.get(key) ?? new Float64Array(bands * 2));
  for (const id of all) {
    const row = local.get(id);
    const b0 = baseById.get(id);
    const rows: number[][] = [];
    for (let b = 0; b < bands; b++) {
      const r: number[] = [];
      for (let s = 0; s < 2; s++) {
        const i = b * 2 + s;
        const pi = b0 && baseTotal[i]! > 0 ? b0.prior[b]![s]! / baseTotal[i]! : 0;
        const k = base ? strength : 0;
        const n = row?.[i] ?? 0;
        const denom = cellTotal[i]! + k;
        r.push(roundSig(denom > 0 ? ((n + k * pi) / denom) * PRIOR_SCALE : 0));
      }
      rows.push(r);
    }
    out.set(id, rows);
  }
  return out;
}

/** The label side of the counts, shared by every finding's column. */
interface LabelSide {
  /** Episodes per label key. */
  readonly totals: Map<string, number>;
  /** The label keys, in `ids.label` order. */
  readonly keys: string[];
  /** Episodes over all labels kept. */
  readonly all: number;
  /** Label key by condition id. */
  readonly keyOf: Map<string, string>;
}

/** A finding's counts not taken by a likelihood entry: what its leak is learned from. */
interface LeakCount {
  x: number;
  n: number;
}

/** Totals per kept label and overall, read once before the findings. */
function labelSide(counts: RecordCounts, ids: Ids): LabelSide {
  const totals = new Map<string, number>();
  for (const key of ids.label.keys()) totals.set(key, counts.labelTotal(key));
  const keys = [...ids.label.keys()];
  let all = 0;
  for (const n of totals.values()) all += n;
  const keyOf = new Map([...ids.label].map(([k, id]) => [id, k] as const));
  return { totals, keys, all, keyOf };
}

/** A mutable copy of the base's likelihood rows (empty without a base). */
function copyLikelihoods(base: KnowledgeModel | undefined): Record<string, Record<string, number[]>> {
  const likelihoods: Record<string, Record<string, number[]>> = {};
  for (const [fid, byC] of Object.entries(base?.likelihoods ?? {})) likelihoods[fid] = Object.fromEntries(Object.entries(byC).map(([c, v]) => [c, [...v]]));
  return likelihoods;
}

/**
 * Update one finding's likelihood row (`row`, keyed by condition id) from its column of counts: labels
 * with a base entry, or with at least `minCount` positives, get a posterior mean; the rest are left to the leak.
 */
function updateFindingRow(counts: RecordCounts, ids: Ids, side: LabelSide, fkey: string, info: FindingInfo, row: Record<string, number[]>, leak0: number | undefined, K: number, minCount: number): LeakCount {
  const sl = counts.column(fkey, side.keys);
  const denom = (lkey: string): number => (info.measured ? (sl.tested.get(lkey) ?? 0) : side.totals.get(lkey)!);
  let totalX = 0;
  for (const x of sl.present.values()) totalX += x;
  let totalN = 0;
  if (info.measured) for (const n of sl.tested.values()) totalN += n;
  else totalN = side.all;
  const lc = { x: totalX, n: totalN };
  const candidates = new Set<string>(sl.present.keys());
  for (const cid of Object.keys(row)) {
    const lk = side.keyOf.get(cid);
    if (lk !== undefined) candidates.add(lk);
  }
  for (const lkey of [...candidates].sort()) {
    const cid = ids.label.get(lkey)!;
    const x = sl.present.get(lkey) ?? 0;
    const n = denom(lkey);
    const entry = row[cid];
    if (entry === undefined && x < minCount) continue;
    lc.x -= x;
    lc.n -= n;
    const p0 = entry?.[0] ?? leak0 ?? 0.5;
    const k = entry !== undefined || leak0 !== undefined ? K : 1;
    row[cid] = [roundSig(clampP((Math.min(x, n) + k * p0) / (n + k)))];
  }
  return lc;
}

/**
 * Likelihoods for every kept binary finding, in id order, with the counts left for each finding's leak and
 * the findings new to the base (their leak learned from those counts).
 */
function learnLikelihoods(counts: RecordCounts, vocab: Vocabulary, ids: Ids, base: KnowledgeModel | undefined, K: number, minCount: number): { likelihoods: Record<string, Record<string, number[]>>; leakCounts: Map<string, LeakCount>; newFindings: BinaryFinding[] } {
  // Per finding: p(label) from counts, pseudo-counts from the base entry or the leak.
  const findingDefs = new Map<string, FindingDef>((base?.findings ?? []).map((f) => [f.id, f] as const));
  const likelihoods = copyLikelihoods(base);
  const newFindings: BinaryFinding[] = [];
  const leakCounts = new Map<string, LeakCount>();

  // Per finding, only the labels with a count or a base entry need a look; the rest pool into the leak.
  // A finding's counts are read as a column of the dense rows (`RecordCounts.column`), one finding at
  // a time: maps of every non-zero (label, finding) pair grew with the records (about 90 MB of heap at
  // 20,000 synthetic patients) and made the end of the run the peak of its memory.
  const side = labelSide(counts, ids);

  for (const [fkey, fid] of [...ids.finding].sort((a, b) => (a[1] < b[1] ? -1 : 1))) {
    const info = vocab.findings.get(fkey)!;
    const def = findingDefs.get(fid);
    if (def && def.valueType !== 'binary') continue;
    const leak0 = def && def.valueType === 'binary' ? def.leak : undefined;
    const row = (likelihoods[fid] ??= {});
    const lc = updateFindingRow(counts, ids, side, fkey, info, row, leak0, K, minCount);
    leakCounts.set(fid, lc);
    if (Object.keys(row).length === 0) delete likelihoods[fid];
    if (!def) {
      const leak = lc.n > 0 ? (lc.x + 0.5) / (lc.n + 1) : 0.01;
      newFindings.push({ id: fid, name: info.name, kind: info.kind, valueType: 'binary', leak: roundSig(Math.min(0.5, clampP(leak))), ...(info.codes.length > 0 ? { codes: info.codes } : {}) });
    }
  }
  return { likelihoods, leakCounts, newFindings };
}

/** The base's findings with their leaks updated from the left-over counts, then the new findings in id order. */
function mergeFindings(base: KnowledgeModel | undefined, leakCounts: Map<string, LeakCount>, newFindings: BinaryFinding[], K: number): FindingDef[] {
  const findings: FindingDef[] = (base?.findings ?? []).map((f) => {
    const lc = leakCounts.get(f.id);
    if (f.valueType !== 'binary' || !lc || lc.n === 0) return f;
    return { ...f, leak: roundSig(Math.min(0.5, clampP((lc.x + K * f.leak) / (lc.n + K)))) };
  });
  findings.push(...newFindings.sort((a, b) => (a.id < b.id ? -1 : 1)));
  return findings;
}

/** The base's conditions with updated priors, then the conditions new to the base in id order. */
function mergeConditions(base: KnowledgeModel | undefined, vocab: Vocabulary, ids: Ids, priors: Map<string, number[][]>): ConditionDef[] {
  const conditions: ConditionDef[] = (base?.conditions ?? []).map((c) => ({ ...c, prior: priors.get(c.id) ?? c.prior }));
  const newConditions: ConditionDef[] = [];
  for (const [key, id] of ids.label) {
    const l = vocab.labels.get(key)!;
    if (l.baseId) continue;
    const icd10 = l.codes.filter((c) => /icd-?10/i.test(c.system)).map((c) => c.code);
    newConditions.push({ id, name: l.name, icd10, ...(l.codes.length > 0 ? { codes: l.codes } : {}), severity: 3, cantMiss: false, prior: priors.get(id)! });
  }
  conditions.push(...newConditions.sort((a, b) => (a.id < b.id ? -1 : 1)));
  return conditions;
}

/** Keep only likelihood rows for findings and conditions the model has (in place). */
function pruneLikelihoods(likelihoods: Record<string, Record<string, number[]>>, conditions: readonly ConditionDef[]): void {
  const condIds = new Set(conditions.map((c) => c.id));
  for (const [fid, row] of Object.entries(likelihoods)) {
    for (const c of Object.keys(row)) if (!condIds.has(c)) delete row[c];
    if (Object.keys(row).length === 0) delete likelihoods[fid];
  }
}

/** Build the model from counts. Local counts update the base (when given). */
export function buildRecordsModel(counts: RecordCounts, vocab: Vocabulary, opts: BuildOptions): KnowledgeModel {
  const base = vocab.base;
  const ids = assignIds(counts, vocab, base, opts.minCount);
  const priors = priorRows(counts, ids, base, opts.priorStrength);
  const K = base ? opts.likelihoodStrength : 1;

  const { likelihoods, leakCounts, newFindings } = learnLikelihoods(counts, vocab, ids, base, K, opts.minCount);
  const findings = mergeFindings(base, leakCounts, newFindings, K);
  const conditions = mergeConditions(base, vocab, ids, priors);
  pruneLikelihoods(likelihoods, conditions);

  const { head: _h, membership: _m, calibration: _c, manifest: _x, ...rest } = base ?? ({} as Partial<KnowledgeModel>);
  void _h; void _m; void _c; void _x;
  return {
    ...rest,
    format: MODEL_FORMAT,
    formatVersion: MODEL_FORMAT_VERSION,
    id: opts.id ?? (base ? `${base.id}-records` : 'records'),
    version: '1',
    name: base ? `${base.name}, updated from local records` : 'Learned from local records',
    description: opts.description ?? (base ? `${base.description} Priors and likelihoods updated with counts from the organisation's own records (ddx learn records).` : 'Priors and likelihoods counted from the organisation\'s own records (ddx learn records).'),
    ageBands: counts.bands,
    conditions,
    findings,
    actions: base?.actions ?? [],
    likelihoods,
    manifest: { contentHash: '', createdBy: { tool: 'ddx learn records', codeVersion: CODE_VERSION }, ...opts.manifest },
  } as KnowledgeModel;
}
