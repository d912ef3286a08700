/**
 * Test support for the de-identifier's rule tests (`src/privacy/deid/*.test.ts`): what `detectPhi` finds in a text,
 * as "TYPE:text" pieces, and whether it finds one piece (of one type). Written once for the tests that read spans so.
 */
import { detectPhi } from '../privacy/deid/detect.js';
import type { PhiType } from '../privacy/deid/types.js';

/** The detected pieces of a text, as "TYPE:text", in span order. */
export function found(text: string): string[] {
  return detectPhi(text).map((s) => `${s.type}:${text.slice(s.start, s.end)}`);
}

/** Whether `detectPhi` finds exactly `piece` in `text` (as `type`, when given). */
export function has(text: string, piece: string, type?: PhiType): boolean {
  return detectPhi(text).some((s) => text.slice(s.start, s.end) === piece && (type === undefined || s.type === type));
}
