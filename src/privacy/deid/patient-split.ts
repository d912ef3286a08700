/**
 * The dev discipline of the de-identifier: dev notes are split by patient, because the unseen notes come from
 * patients (and clinicians, relatives, places) that no rule or list was written for. A fixed third of the
 * patients is kept untouched (scored only at the end of a round, never read); the rest is split into k folds
 * for grouped cross-validation, so every figure comes with a spread (mean and worst fold).
 */
import { createRng } from '../../core/random.js';

/** Seed of the split: changing it changes which patients are untouched, so it never changes. */
export const PATIENT_SPLIT_SEED = 14;
export const PATIENT_FOLDS = 5;

export interface PatientSplit {
  /** Patients kept out of everything looked at while developing. */
  readonly untouched: ReadonlySet<string>;
  /** Fold number (0..k-1) of every other patient. */
  readonly fold: ReadonlyMap<string, number>;
  readonly folds: number;
}

/**
 * Deterministic split of patient ids: sorted, shuffled with the fixed seed, the first third untouched, the
 * rest dealt round-robin into `folds` folds. The same ids always give the same split, whatever their order.
 */
export function splitPatients(patients: Iterable<string>, folds = PATIENT_FOLDS, seed = PATIENT_SPLIT_SEED): PatientSplit {
  const ids = [...new Set(patients)].sort();
  const rng = createRng(seed);
  for (let i = ids.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    [ids[i], ids[j]] = [ids[j] as string, ids[i] as string];
  }
  const cut = Math.round(ids.length / 3);
  const untouched = new Set(ids.slice(0, cut));
  const fold = new Map<string, number>();
  ids.slice(cut).forEach((id, k) => fold.set(id, k % folds));
  return { untouched, fold, folds };
}
