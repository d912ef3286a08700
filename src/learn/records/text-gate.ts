/**
 * The learning gate applied while the records are read: each distinct free text is checked by the
 * privacy layer's identifiability check when it is first seen, and only the outcome is kept (field,
 * PHI type, counts; never the text). Before, every text was held until the whole input had been
 * read, which grew with the input. The texts remembered to skip repeats are bounded by a budget of
 * characters; past it they are forgotten, and a text seen again is checked again (only the counts
 * of a refusal change). The caller refuses the input from the tally before anything is counted.
 */
import { checkLearningInput, type LearningGateReport } from '../../privacy/learning-gate.js';
import { detach } from './line-reader.js';

/** Characters of texts remembered to skip repeats (per reader). */
export const GATE_SEEN_CHARS = 8_000_000;

/** What the gate found, as plain data (summed over readers and worker threads). */
export interface GateTally {
  records: number;
  recordsWithPhi: number;
  readonly phiByField: Record<string, Record<string, number>>;
  readonly directIdentifierFields: Record<string, number>;
}

/** A tally with nothing counted. */
export function emptyTally(): GateTally {
  return { records: 0, recordsWithPhi: 0, phiByField: {}, directIdentifierFields: {} };
}

/** Add one tally (or gate report) to another. */
export function addTally(into: GateTally, from: GateTally | LearningGateReport): void {
  into.records += from.records;
  into.recordsWithPhi += from.recordsWithPhi;
  for (const [field, types] of Object.entries(from.phiByField)) {
    const f = (into.phiByField[field] ??= {});
    for (const [t, n] of Object.entries(types)) f[t] = (f[t] ?? 0) + (n ?? 0);
  }
  for (const [field, n] of Object.entries(from.directIdentifierFields)) into.directIdentifierFields[field] = (into.directIdentifierFields[field] ?? 0) + n;
}

/** A tally as the gate's report (fields sorted). */
export function tallyReport(t: GateTally): LearningGateReport {
  const sorted = <T>(o: Record<string, T>): Record<string, T> => Object.fromEntries(Object.keys(o).sort().map((k) => [k, o[k] as T]));
  return { ok: t.recordsWithPhi === 0, records: t.records, recordsWithPhi: t.recordsWithPhi, phiByField: sorted(t.phiByField), directIdentifierFields: sorted(t.directIdentifierFields) };
}

/** Checks texts as they are read, once per distinct (field, text) within the remembered budget. */
export class TextGate {
  readonly tally: GateTally = emptyTally();
  private readonly seen = new Set<string>();
  private chars = 0;

  /** Run the learning gate over one text unless this (field, text) was checked already; the result goes to `tally`. */
  check(field: string, text: string): void {
    const key = `${field}\u0000${text}`;
    if (this.seen.has(key)) return;
    if (this.chars + key.length > GATE_SEEN_CHARS) {
      this.seen.clear();
      this.chars = 0;
    }
    this.seen.add(detach(key));
    this.chars += key.length;
    addTally(this.tally, checkLearningInput([{ [field]: text }]));
  }
}
