/**
 * Clipped, plural and compound forms of listed clinical words (issue 14, session 25, review of the facility heads). Clinical
 * English shortens a specialty or treatment word by cutting its end ("chemo", "physio", "gynae", "ophth", "paeds":
 * back-clipping, the word-formation of "rehab", "psych", "onc") inflects listed words for number ("biologics") and joins a combining form to a listed word ("hyperacute").
 * Neither form is on the word lists, so a reader whose guard is "a word on no list" would take "Chemo Day Unit" or
 * "Paeds Day Unit" for a named place. Pure; the sorted word array is built once per lexicon.
 */
import { lowerBound } from './lower-bound.js';
import { inWordLists, IN_FIRST, IN_SURNAMES, IN_WORLD, wordFlags, type Lexicon } from './lexicon.js';

// Greek and Latin combining forms of clinical compounds written as one word ("Hyperacute", "Haemodialysis", "Telehealth").
const COMBINING = /^(?:hyper|hypo|haemo|hemo|neuro|cardio|gastro|tele|intra)(?=[a-z]{4})/;

const SORTED = new WeakMap<Lexicon, readonly string[]>();

/** The clinical and medical words of a lexicon, sorted (for prefix search). */
function sortedClinical(lex: Lexicon): readonly string[] {
  let words = SORTED.get(lex);
  if (!words) SORTED.set(lex, words = [...new Set([...lex.clinical, ...lex.medical])].sort());
  return words;
}

/** Whether a longer clinical or medical word starts with `p` (binary search on the sorted list). */
function startsListedWord(lex: Lexicon, p: string): boolean {
  const words = sortedClinical(lex);
  for (let i = lowerBound(words.length, (k) => (words[k] as string) < p); i < words.length && (words[i] as string).startsWith(p); i++) if ((words[i] as string).length > p.length) return true;
  return false;
}

/**
 * Whether a lower-case word no list holds is a clipped, plural or compound form of listed words: its singular is
 * listed; it is a combining form before a listed word; or it (a final "s" dropped) is four to six letters that begin a
 * longer clinical or medical word. A word on a name or place list is none of these (a known surname or place that
 * looks like one stays a name: "Hawkins", "Ross").
 */
export function clippedOrPlural(lex: Lexicon, low: string): boolean {
  const singular = low.endsWith('s') ? low.slice(0, -1) : low;
  if (onNameList(lex, low) || onNameList(lex, singular)) return false;
  if (singular !== low && singular.length >= 4 && inWordLists(lex, singular)) return true;
  const combining = COMBINING.exec(low);
  if (combining && inWordLists(lex, low.slice(combining[0].length))) return true;
  return singular.length >= 4 && singular.length <= 6 && startsListedWord(lex, singular);
}

/** Whether a given-name, surname, world-name or place list holds the word. */
function onNameList(lex: Lexicon, w: string): boolean {
  return (wordFlags(lex, w) & (IN_FIRST | IN_SURNAMES | IN_WORLD)) !== 0 || lex.places.has(w);
}
