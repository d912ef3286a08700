/**
 * The aggregates a records model is learned from, whatever the source: episodes per diagnosis label
 * by age band and sex, and per (label, finding) the episodes where the finding was present and,
 * for test results, where it was tested. FHIR streaming adds one episode at a time; the OMOP SQL
 * path adds the GROUP BY rows it gets back. Nothing row-level is kept.
 */
import type { AgeBand } from '../../core/model.js';
import type { FindingInfo, LabelInfo } from './vocabulary.js';

export interface Episode {
  readonly label: LabelInfo;
  readonly band: number;
  /** 0 female, 1 male (SEXES order). */
  readonly sex: number;
  /** Findings present in the window (de-duplicated). */
  readonly present: ReadonlySet<FindingInfo>;
  /** Measured findings with a result in the window (present or absent). */
  readonly tested: ReadonlySet<FindingInfo>;
}

/**
 * A label's row of [present, tested] counts by finding id. 32-bit while every count fits (half the
 * memory of 64-bit floats: the rows are labels × findings, tens of MB per thread); a row whose count
 * would pass 2^32 − 1 is widened to 64-bit floats (exact to 2^53) for good, so a warehouse-scale run
 * never wraps around.
 */
export type CountRow = Uint32Array | Float64Array;

/** The largest count a 32-bit row holds. */
export const ROW_MAX = 0xffffffff;

/** RecordCounts as plain data (the finding keys once, then per label its row of [present, tested] by finding index). */
export interface CountsState {
  readonly prior: readonly (readonly [string, readonly number[]])[];
  readonly findings: readonly string[];
  readonly pairs: readonly (readonly [string, CountRow])[];
  readonly episodes: number;
  readonly patients: number;
  readonly skipped: readonly (readonly [string, number])[];
}

/** The aggregate counts a records model is learned from (see the module comment). */
export class RecordCounts {
  readonly bands: readonly AgeBand[];
  /** label key -> counts by band*2+sex. */
  readonly prior = new Map<string, Float64Array>();
  /**
   * Finding keys get small integer ids here, and each label a dense row indexed by them:
   * [present, tested] at 2·id, 2·id+1. Memory is labels × findings numbers, bounded by the
   * vocabulary, whatever the number of episodes; counting an episode costs no new key strings.
   */
  private readonly findingIds = new Map<string, number>();
  private readonly findingKeys: string[] = [];
  private readonly rows = new Map<string, CountRow>();
  episodes = 0;
  patients = 0;
  /** Why episodes or patients were not counted (reason -> n). */
  readonly skipped = new Map<string, number>();

  /**
   * `findings`: finding keys to number first (the vocabulary known before counting), so rows are
   * allocated once at their full width instead of regrown as findings turn up (each regrowth left
   * a row's worth of garbage), and counts made elsewhere with the same keys merge row to row.
   */
  constructor(bands: readonly AgeBand[], findings: readonly string[] = []) {
    this.bands = bands;
    for (const f of findings) this.findingId(f);
  }

  /** Count `n` records skipped for a reason. */
  skip(reason: string, n = 1): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + n);
  }

  /** Add `n` episodes of a label in an age band and sex. */
  addPrior(label: string, band: number, sex: number, n: number): void {
    let row = this.prior.get(label);
    if (!row) {
      row = new Float64Array(this.bands.length * 2);
      this.prior.set(label, row);
    }
    row[band * 2 + sex]! += n;
  }

  private findingId(key: string): number {
    let id = this.findingIds.get(key);
    if (id === undefined) {
      id = this.findingKeys.length;
      this.findingIds.set(key, id);
      this.findingKeys.push(key);
    }
    return id;
  }

  /** The row of a label, long enough for finding id `id`. */
  private row(label: string, id: number): CountRow {
    let row = this.rows.get(label);
    if (!row || row.length <= 2 * id + 1) {
      const length = Math.max(16, 2 * this.findingKeys.length, 2 * (id + 1));
      const grown = row instanceof Float64Array ? new Float64Array(length) : new Uint32Array(length);
      if (row) grown.set(row);
      row = grown;
      this.rows.set(label, row);
    }
    return row;
  }

  /** Add `n` at cell `i` of `label`'s row, widening the row first if the sum does not fit an unsigned 32-bit count; returns the row (the wide one after widening). */
  private addAt(label: string, row: CountRow, i: number, n: number): CountRow {
    const v = row[i]! + n;
    // Past 32 bits (or a count that is not a whole non-negative number, which a 32-bit row cannot hold either).
    if ((v > ROW_MAX || v < 0 || v % 1 !== 0) && row instanceof Uint32Array) {
      row = Float64Array.from(row);
      this.rows.set(label, row);
    }
    row[i] = v;
    return row;
  }

  /** Add `n` episodes of a label where the finding was present. */
  addPresent(label: string, finding: string, n: number): void {
    const id = this.findingId(finding);
    this.addAt(label, this.row(label, id), 2 * id, n);
  }

  /** Add `n` episodes of a label where the finding was tested. */
  addTested(label: string, finding: string, n: number): void {
    const id = this.findingId(finding);
    this.addAt(label, this.row(label, id), 2 * id + 1, n);
  }

  /** Add one episode: its label's prior and its present and tested findings. */
  addEpisode(e: Episode): void {
    this.episodes++;
    this.addPrior(e.label.key, e.band, e.sex, 1);
    for (const f of e.present) this.addPresent(e.label.key, f.key, 1);
    for (const f of e.tested) this.addTested(e.label.key, f.key, 1);
  }

  /** Episodes of `label` with `finding` present, and with it tested. */
  pair(label: string, finding: string): { present: number; tested: number } {
    const id = this.findingIds.get(finding);
    const row = id === undefined ? undefined : this.rows.get(label);
    return id === undefined || !row || row.length <= 2 * id ? { present: 0, tested: 0 } : { present: row[2 * id]!, tested: row[2 * id + 1]! };
  }

  /**
   * One finding's counts across the given labels: the labels with a non-zero present count, and those
   * with a non-zero tested count. Read as a column of the rows, one finding at a time, so a caller
   * never holds maps of every non-zero (label, finding) pair (they grow with the records).
   */
  column(finding: string, labels: readonly string[]): { present: Map<string, number>; tested: Map<string, number> } {
    const present = new Map<string, number>();
    const tested = new Map<string, number>();
    const id = this.findingIds.get(finding);
    if (id === undefined) return { present, tested };
    for (const label of labels) {
      const row = this.rows.get(label);
      if (!row || row.length <= 2 * id) continue;
      const x = row[2 * id]!;
      const t = row[2 * id + 1]!;
      if (x !== 0) present.set(label, x);
      if (t !== 0) tested.set(label, t);
    }
    return { present, tested };
  }

  /** Every (label, finding) with a count, in a stable order (labels as first counted, findings by id). */
  eachPair(fn: (label: string, finding: string, present: number, tested: number) => void): void {
    for (const [label, row] of this.rows) {
      for (let id = 0; 2 * id < row.length; id++) {
        const x = row[2 * id]!;
        const t = row[2 * id + 1]!;
        if (x !== 0 || t !== 0) fn(label, this.findingKeys[id]!, x, t);
      }
    }
  }

  /** The buffers of the count rows (to move to another thread without a copy; this object is unusable after). */
  transferables(): ArrayBuffer[] {
    return [...this.rows.values()].map((r) => r.buffer as ArrayBuffer);
  }

  /** The counts as plain data (to pass between worker threads). */
  toJSON(): CountsState {
    return {
      prior: [...this.prior].map(([k, row]) => [k, [...row]] as const),
      findings: [...this.findingKeys],
      pairs: [...this.rows],
      episodes: this.episodes,
      patients: this.patients,
      skipped: [...this.skipped],
    };
  }

  /**
   * Add counts made elsewhere (sums, so the order of merging does not matter). With `adopt`, a row
   * this has no counts for yet and whose ids match is taken over, not copied: only for states no
   * one else holds (moved here from a worker thread).
   */
  merge(s: CountsState, adopt = false): void {
    for (const [k, row] of s.prior) row.forEach((n, i) => n && this.addPrior(k, i >> 1, i & 1, n));
    // Their finding ids -> ours, once per merge (not a string lookup per cell).
    const ids = s.findings.map((f) => this.findingId(f));
    const same = ids.every((id, i) => id === i);
    for (const [label, row] of s.pairs) {
      if (adopt && same && !this.rows.has(label)) {
        this.rows.set(label, row);
        continue;
      }
      let top = -1;
      for (let id = 0; 2 * id < row.length; id++) if (row[2 * id] !== 0 || row[2 * id + 1] !== 0) top = Math.max(top, ids[id]!);
      if (top < 0) continue;
      let mine = this.row(label, top);
      for (let id = 0; 2 * id < row.length; id++) {
        const x = row[2 * id]!;
        const t = row[2 * id + 1]!;
        if (x === 0 && t === 0) continue;
        const j = ids[id]!;
        // The sum of two 32-bit counts may need the wide row.
        mine = this.addAt(label, mine, 2 * j, x);
        mine = this.addAt(label, mine, 2 * j + 1, t);
      }
    }
    this.episodes += s.episodes;
    this.patients += s.patients;
    for (const [r, n] of s.skipped) this.skip(r, n);
  }

  /** Episodes of one label (all bands and sexes). */
  labelTotal(label: string): number {
    const row = this.prior.get(label);
    let n = 0;
    if (row) for (const x of row) n += x;
    return n;
  }
}

/** Index of the age band `age` falls in, or -1. */
export function bandOf(bands: readonly AgeBand[], age: number): number {
  for (let i = 0; i < bands.length; i++) if (age >= bands[i]!.minYears && age < bands[i]!.maxYears) return i;
  return -1;
}

export { DEFAULT_BANDS } from './age-bands.js';
