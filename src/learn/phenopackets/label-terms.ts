/**
 * Phenotypes a disease's name states ("neurodevelopmental disorder with seizures, microcephaly and
 * cataract"): HPO term names and exact synonyms found as whole-word phrases in the label, longest
 * first, without overlaps. A disease nobody annotated then still has the features its name gives.
 * Pure; the index is built once per ontology.
 */
import { normaliseLabel, type Ontology } from './obo.js';

/** Lower case, no accents or punctuation, each word singular ("seizures" = "seizure"). */
function words(s: string): string[] {
  return normaliseLabel(s)
    .split(' ')
    .filter(Boolean)
    .map((w) => (w.length > 3 && w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.length > 3 && w.endsWith('s') && !/(ss|us|is)$/.test(w) ? w.slice(0, -1) : w));
}

/**
 * Disease-name vocabulary the HPO has only as broad or related synonyms (or not at all), mapped to the
 * term the name means: "intellectual developmental disorder" is how OMIM names intellectual disability.
 */
const NAME_VOCABULARY: readonly (readonly [phrase: string, term: string])[] = [
  ['intellectual developmental disorder', 'HP:0001249'],
  ['neurodevelopmental disorder', 'HP:0012759'],
  ['neurodevelopmental syndrome', 'HP:0012759'],
  ['hearing loss', 'HP:0000365'],
  ['deafness', 'HP:0000365'],
  ['epilepsy', 'HP:0001250'],
  ['brain abnormality', 'HP:0012443'],
];

export interface LabelTermIndex {
  /** Normalised phrase -> term id. */
  readonly phrases: ReadonlyMap<string, string>;
  /** Longest phrase in words. */
  readonly maxWords: number;
}

/**
 * Index the names and exact synonyms of the given terms (e.g. the live phenotype terms). A phrase two
 * terms share goes to the term whose own name it is, else to the lower id. Single words shorter than
 * five letters are left out (abbreviations such as "ID" or "CP" are too ambiguous in a disease name).
 * A few disease-name phrases (`NAME_VOCABULARY`) are added where no term takes them.
 */
export function buildLabelTermIndex(o: Ontology, terms: Iterable<string>): LabelTermIndex {
  const allowed = new Set(terms);
  const own = new Map<string, string>();
  const syn = new Map<string, string>();
  let maxWords = 1;
  for (const id of [...allowed].sort()) {
    const t = o.terms.get(id);
    if (!t) continue;
    const add = (m: Map<string, string>, text: string): void => {
      const w = words(text);
      if (w.length === 0 || (w.length === 1 && w[0]!.length < 5)) return;
      const key = w.join(' ');
      if (!m.has(key)) m.set(key, id);
      maxWords = Math.max(maxWords, w.length);
    };
    add(own, t.name);
    for (const s of t.exactSynonyms ?? []) add(syn, s);
  }
  const phrases = new Map(syn);
  for (const [k, v] of own) phrases.set(k, v);
  for (const [k, v] of NAME_VOCABULARY) {
    const key = words(k).join(' ');
    if (allowed.has(v) && !phrases.has(key)) {
      phrases.set(key, v);
      maxWords = Math.max(maxWords, key.split(' ').length);
    }
  }
  return { phrases, maxWords };
}

/** Terms a disease label names, in label order, each once: the longest phrase matching at each word. */
export function termsInLabel(index: LabelTermIndex, label: string): string[] {
  const w = words(label);
  const out: string[] = [];
  let i = 0;
  while (i < w.length) {
    let hit: string | undefined;
    let len = 0;
    for (let n = Math.min(index.maxWords, w.length - i); n >= 1 && !hit; n--) {
      hit = index.phrases.get(w.slice(i, i + n).join(' '));
      if (hit) len = n;
    }
    if (hit && !out.includes(hit)) out.push(hit);
    i += hit ? len : 1;
  }
  return out;
}
