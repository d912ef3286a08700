/**
 * Binary search on a sorted array for the de-identifier's lookups (a sorted word list, spans sorted by start): one
 * loop serves them all, so none writes its own. Pure.
 */

/**
 * The first index `i` in `[0, length)` for which `before(i)` is false, given that `before` is true on a prefix of the
 * indices and false after it (a sorted array and a "sorts before the key" test); `length` when it never is.
 */
export function lowerBound(length: number, before: (i: number) => boolean): number {
  let lo = 0;
  let hi = length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (before(mid)) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
