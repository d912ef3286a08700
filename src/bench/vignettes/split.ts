/**
 * The fixed read/score split of the vignette dev sets (docs/primary-care.md, "Vignette benchmark",
 * "Dev discipline"). A case belongs to the half you may read or to the half you only score by a hash
 * of its identity, so the split is deterministic, needs no list, and a case keeps its half when others
 * are added or removed:
 * MedQA free-text rows by their `id`; OSCE rows (which have no id) by their objective and correct
 * diagnosis text. Changing SPLIT_SALT moves cases between halves: don't.
 */
import { createHash } from 'node:crypto';

export type DevHalf = 'read' | 'score';
/** Part of the split definition: the salt hashed with each case key. */
export const SPLIT_SALT = 'ddx-vignette-dev-split-v1';

type Obj = Record<string, unknown>;
const isObj = (x: unknown): x is Obj => typeof x === 'object' && x !== null && !Array.isArray(x);

/** The identity of a vignette row: `medqa:<id>` or `osce:<objective>|<diagnosis>`; undefined when neither. */
export function caseKey(raw: unknown): string | undefined {
  if (!isObj(raw)) return undefined;
  if (typeof raw['id'] === 'string' && typeof raw['question'] === 'string') return `medqa:${raw['id']}`;
  const osce = raw['OSCE_Examination'];
  if (isObj(osce)) return `osce:${String(osce['Objective_for_Doctor'] ?? '').trim()}|${String(osce['Correct_Diagnosis'] ?? '').trim()}`;
  return undefined;
}

/** The half of a case key: the first byte of sha256(salt + NUL + key) below 128 is "read", else "score". */
export function devHalf(key: string): DevHalf {
  const h = createHash('sha256').update(`${SPLIT_SALT}\u0000${key}`).digest();
  return h[0]! < 128 ? 'read' : 'score';
}

/** The half of a raw row (rows without a key go to "score": never read what you cannot place). */
export function halfOf(raw: unknown): DevHalf {
  const k = caseKey(raw);
  return k === undefined ? 'score' : devHalf(k);
}
