/**
 * Whether a span lies inside a longer name written around it ("Oscar" of "Oscar Health", "Cross" of "the Red Cross"):
 * the named bodies that name no one (payers.ts, agencies.ts charities) read a span so when one of their full names,
 * found within a few words of it, covers it whole.
 */
import { allMatches } from './matches.js';
import type { PhiSpan } from './types.js';

/**
 * End of the last match of the global pattern `re`, within `reach` characters either side of `s`, that covers `s`
 * whole; -1 when none does.
 */
export function enclosingMatchEnd(re: RegExp, text: string, s: PhiSpan, reach = 40): number {
  const from = Math.max(0, s.start - reach);
  let end = -1;
  for (const m of allMatches(re, text.slice(from, s.end + reach))) {
    if (from + m.index <= s.start && from + m.index + m[0].length >= s.end) end = from + m.index + m[0].length;
  }
  return end;
}
