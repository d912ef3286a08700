/**
 * Terms of two findings that are one wording in other word forms or order (issue 13, twenty-third session): the
 * model joins several vocabularies, so one complaint often stands as two findings whose terms differ only by a
 * derivation or by word order ("mouth dryness" and "dry mouth", "breath sounds decreased" and "decreased breath
 * sounds", "tremor resting" and "resting tremor"). The exact matcher gives a phrase
 * only to the findings that list it as written, so the other finding stays unread and a condition that lists only
 * that one loses the complaint. This rule keys each binary finding's own terms (name and synonyms) by their content
 * words folded to a root (`foldWord`: a derivational or inflectional ending removed) and sorted; findings whose terms
 * share a key each read the others' terms too (terms of two content words or more). One rule over the model's own
 * vocabulary, no finding ids in code. The findings one phrase names carry each other (`Observation.samePhrase`), so
 * a condition counts the phrase once, through its strongest listed ratio (`core/same-phrase.ts`).
 * Pure; built once per lexicon.
 */

/** Words that carry no content of a term: not part of its key. */
const FUNCTION_WORDS = new Set(['a', 'an', 'the', 'of', 'in', 'on', 'to', 'and', 'or', 'with', 'for', 'at', 'by', 'from', 'is', 'are', 'was', 'her', 'his', 'their', 'my', 'your']);

/**
 * Endings removed to fold a word to its root, longest first: derivations ("-ness", "-ity", "-ic", "-al", "-y") and
 * participles ("-ing", "-ed"); plurals are already gone in the normal form (`normalizeWord`).
 */
const ENDINGS = ['ness', 'ity', 'ing', 'ed', 'ic', 'al', 'y'] as const;

/** A root keeps at least this many letters ("dry" of "dryness"); a shorter one is no root ("ed" of "red"). */
const MIN_ROOT = 3;

/**
 * The root of a normalised word: one ending of ENDINGS removed when at least MIN_ROOT letters stay, then a final
 * "e" and a doubled final consonant ("decreased" and "decrease" both "decreas", "dryness" and "dry" both "dry",
 * "lethargic" and "lethargy" both "letharg", "running" and "run" both "run").
 */
export function foldWord(word: string): string {
  let w = word;
  for (const e of ENDINGS) {
    if (w.length - e.length >= MIN_ROOT && w.endsWith(e)) { w = w.slice(0, -e.length); break; }
  }
  if (w.length > MIN_ROOT && w.endsWith('e')) w = w.slice(0, -1);
  const n = w.length;
  if (n > MIN_ROOT && w.charCodeAt(n - 1) === w.charCodeAt(n - 2) && !/[aeiou]/.test(w[n - 1]!)) w = w.slice(0, -1);
  return w;
}

/**
 * A term's key: its content words folded, sorted unless the term is written with a hyphen (a hyphenated compound
 * keeps its order: "left-to-right shunt" is no "right-to-left shunt"), or undefined when it has fewer than two
 * content words or a word that is not a plain word of letters. A single word's derivation changes its sense too
 * often to fold ("wind" and "winded", "spots" and "spotting"), so one-word terms make no key.
 */
export function termKey(term: string, forms: readonly string[]): string | undefined {
  const words = forms.filter((w) => !FUNCTION_WORDS.has(w));
  if (words.length < 2 || words.some((w) => !/^[a-z][a-z]+$/.test(w))) return undefined;
  const roots = words.map(foldWord);
  return term.includes('-') ? `-${roots.join(' ')}` : roots.sort().join(' ');
}

/** One finding's own term (name or synonym) as the lexicon reads it. */
export interface OwnTerm {
  readonly findingId: string;
  readonly term: string;
  readonly forms: readonly string[];
}

/**
 * For each term whose key another finding's term shares, the findings it should read too (in the order the terms
 * were given, each finding once per term). Terms of one finding never pair with each other.
 */
export function sharedTerms(terms: readonly OwnTerm[]): { term: OwnTerm; findingId: string }[] {
  const byKey = new Map<string, OwnTerm[]>();
  const keys: (string | undefined)[] = [];
  for (const t of terms) {
    const k = termKey(t.term, t.forms);
    keys.push(k);
    if (k !== undefined) (byKey.get(k) ?? byKey.set(k, []).get(k)!).push(t);
  }
  const out: { term: OwnTerm; findingId: string }[] = [];
  terms.forEach((t, i) => {
    const k = keys[i];
    if (k === undefined) return;
    const seen = new Set<string>([t.findingId]);
    for (const o of byKey.get(k)!) {
      if (seen.has(o.findingId)) continue;
      seen.add(o.findingId);
      out.push({ term: t, findingId: o.findingId });
    }
  });
  return out;
}
