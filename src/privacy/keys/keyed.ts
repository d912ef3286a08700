/**
 * Keyed, per-patient pseudo-randomness: the date-shift offset and surrogate choices are HMAC-SHA256 of
 * the patient id (and the original value) under a secret key, so the same patient gets the same offset in
 * notes and FHIR, and nobody without the key can invert or recompute it.
 */
import { createHmac } from 'node:crypto';

/** Secret key material; at least 16 bytes. */
export type DeidKey = Uint8Array;

export const MIN_KEY_BYTES = 16;
/** Offsets are in [-MAX_SHIFT_DAYS, -1] ∪ [1, MAX_SHIFT_DAYS]: never zero, so no date survives unchanged. */
export const MAX_SHIFT_DAYS = 365;

/** A de-identification key from text, or undefined when it is shorter than MIN_KEY_BYTES. */
export function keyFromText(text: string): DeidKey | undefined {
  const bytes = new TextEncoder().encode(text.trim());
  return bytes.length >= MIN_KEY_BYTES ? bytes : undefined;
}

/** HMAC-SHA-256 over length-prefixed parts under the key. */
export function hmac(key: DeidKey, ...parts: readonly string[]): Buffer {
  const h = createHmac('sha256', key);
  // Length-prefix each part so ("ab","c") and ("a","bc") differ.
  for (const p of parts) h.update(`${p.length}:${p}`);
  return h.digest();
}

/** Uniform integer in [0, n) from the keyed hash of `parts` (n ≤ 2^32; bias below 2^-32·n, negligible here). */
export function keyedIndex(key: DeidKey, n: number, ...parts: readonly string[]): number {
  const d = hmac(key, ...parts);
  const hi = d.readUInt32BE(0);
  const lo = d.readUInt32BE(4);
  return Number(((BigInt(hi) << 32n) | BigInt(lo)) % BigInt(n));
}

/** The per-patient date shift in days: HMAC-SHA256(key, "date-shift", patientId) mapped to ±[1, 365]. */
export function dateShiftDays(key: DeidKey, patientId: string): number {
  const v = keyedIndex(key, 2 * MAX_SHIFT_DAYS, 'date-shift-v1', patientId);
  return v < MAX_SHIFT_DAYS ? -(v + 1) : v - MAX_SHIFT_DAYS + 1;
}
