/**
 * Every match of a global regex in a text, as `text.matchAll(re)` gives them, without the copy of the regex that
 * `matchAll` makes on each call (speed: the detectors run a few dozen global scans per note). Pure.
 */

/**
 * The matches of global regex `re` in `text`, in order, from the start of the text (as `matchAll` on a regex whose
 * `lastIndex` is 0). `re` must carry the `g` flag and must not be scanned by another caller while this runs; its
 * `lastIndex` is reset to 0 afterwards. An empty match moves one code unit on, as `matchAll` does without the `u` flag.
 */
export function allMatches(re: RegExp, text: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError('allMatches needs a global regex');
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(text); m !== null; m = re.exec(text)) {
    out.push(m);
    if (m[0].length === 0) re.lastIndex++;
  }
  re.lastIndex = 0;
  return out;
}
