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

const SEP = '\u0000';

/** RecordCounts as plain data. */
export interface CountsState {
  readonly prior: readonly (readonly [string, readonly number[]])[];
  readonly present: readonly (readonly [string, number])[];
  readonly tested: readonly (readonly [string, number])[];
  readonly episodes: number;
  readonly patients: number;
  readonly skipped: readonly (readonly [string, number])[];
}

export class RecordCounts {
  readonly bands: readonly AgeBand[];
  /** label key -> counts by band*2+sex. */
  readonly prior = new Map<string, Float64Array>();
  private readonly presentPairs = new Map<string, number>();
  private readonly testedPairs = new Map<string, number>();
  /**
   * Episodes added one at a time count here first, per label and finding key ([present, tested]):
   * two map lookups of keys that already exist, where a pair key would be a new string per finding
   * per episode. Folded into the pair maps when they are read.
   */
  private readonly cells = new Map<string, Map<string, Float64Array>>();
  private unfolded = false;
  episodes = 0;
  patients = 0;
  /** Why episodes or patients were not counted (reason -> n). */
  readonly skipped = new Map<string, number>();

  constructor(bands: readonly AgeBand[]) {
    this.bands = bands;
  }

  /** `${label}\0${finding}` -> episodes with the finding present. */
  get present(): Map<string, number> {
    this.fold();
    return this.presentPairs;
  }

  /** `${label}\0${finding}` -> episodes where a measured finding had a result. */
  get tested(): Map<string, number> {
    this.fold();
    return this.testedPairs;
  }

  private fold(): void {
    if (!this.unfolded) return;
    this.unfolded = false;
    for (const [label, row] of this.cells) {
      for (const [finding, c] of row) {
        const k = RecordCounts.pairKey(label, finding);
        if (c[0]) this.presentPairs.set(k, (this.presentPairs.get(k) ?? 0) + c[0]);
        if (c[1]) this.testedPairs.set(k, (this.testedPairs.get(k) ?? 0) + c[1]);
        c[0] = 0;
        c[1] = 0;
      }
    }
  }

  private cell(row: Map<string, Float64Array>, finding: string): Float64Array {
    let c = row.get(finding);
    if (!c) row.set(finding, (c = new Float64Array(2)));
    return c;
  }

  static pairKey(label: string, finding: string): string {
    return `${label}${SEP}${finding}`;
  }

  static splitPair(key: string): [string, string] {
    const i = key.indexOf(SEP);
    return [key.slice(0, i), key.slice(i + 1)];
  }

  skip(reason: string, n = 1): void {
    this.skipped.set(reason, (this.skipped.get(reason) ?? 0) + n);
  }

  addPrior(label: string, band: number, sex: number, n: number): void {
    let row = this.prior.get(label);
    if (!row) {
      row = new Float64Array(this.bands.length * 2);
      this.prior.set(label, row);
    }
    row[band * 2 + sex]! += n;
  }

  addPresent(label: string, finding: string, n: number): void {
    const k = RecordCounts.pairKey(label, finding);
    this.present.set(k, (this.present.get(k) ?? 0) + n);
  }

  addTested(label: string, finding: string, n: number): void {
    const k = RecordCounts.pairKey(label, finding);
    this.tested.set(k, (this.tested.get(k) ?? 0) + n);
  }

  addEpisode(e: Episode): void {
    this.episodes++;
    this.addPrior(e.label.key, e.band, e.sex, 1);
    if (e.present.size === 0 && e.tested.size === 0) return;
    let row = this.cells.get(e.label.key);
    if (!row) this.cells.set(e.label.key, (row = new Map()));
    for (const f of e.present) this.cell(row, f.key)[0]! += 1;
    for (const f of e.tested) this.cell(row, f.key)[1]! += 1;
    this.unfolded = true;
  }

  /** The counts as plain data (to pass between worker threads). */
  toJSON(): CountsState {
    return {
      prior: [...this.prior].map(([k, row]) => [k, [...row]] as const),
      present: [...this.present],
      tested: [...this.tested],
      episodes: this.episodes,
      patients: this.patients,
      skipped: [...this.skipped],
    };
  }

  /** Add counts made elsewhere (sums, so the order of merging does not matter). */
  merge(s: CountsState): void {
    for (const [k, row] of s.prior) row.forEach((n, i) => n && this.addPrior(k, i >> 1, i & 1, n));
    for (const [k, n] of s.present) this.present.set(k, (this.present.get(k) ?? 0) + n);
    for (const [k, n] of s.tested) this.tested.set(k, (this.tested.get(k) ?? 0) + n);
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
