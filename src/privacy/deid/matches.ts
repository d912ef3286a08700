/**
 * Every match of a global regex in a text, as `text.matchAll(re)` gives them, without the copy of the regex that
 * `matchAll` makes on each call (speed: the detectors run a few dozen global scans per note). Pure.
 */

/**
 * The matches of global regex `re` in `text`, in order, from the start of the text (as `matchAll` on a regex whose
 * `lastIndex` is 0). `re` must carry the `g` flag and must not be scanned by another caller while this runs; its
 * `lastIndex` is reset to 0 afterwards. An empty match moves one character on, as `matchAll` does (a surrogate pair
 * counts as one with the `u` or `v` flag).
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global regex');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex = advance(text, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = 0;
  return out;
}

/** The next index after an empty match at `at`: one code unit, or two over a surrogate pair in unicode mode. */
function advance(text: string, at: number, unicode: boolean): number {
  if (!unicode || at + 1 >= text.length) return at + 1;
  const c = text.charCodeAt(at);
  const d = text.charCodeAt(at + 1);
  return c >= 0xd800 && c <= 0xdbff && d >= 0xdc00 && d <= 0xdfff ? at + 2 : at + 1;
}
