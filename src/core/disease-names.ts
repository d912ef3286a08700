/**
 * Disease-name normalisation shared by the benchmark judge and the model builders: two names that
 * normalise to a common key name the same disease (case, accents, punctuation, roman numerals,
 * British/US spelling, word order, plurals, one leading qualifier, trailing filler). Pure.
 */
const ROMAN: Record<string, string> = { i: '1', ii: '2', iii: '3', iv: '4', v: '5', vi: '6', vii: '7', viii: '8', ix: '9', x: '10' };

/** Normalise a disease name: lower case, no accents or punctuation, roman numerals to digits, drop "type"/"disease"/"syndrome" filler. */
export function normaliseName(s: string): string {
  return s
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc`]/g, "'")
    .replace(/'s\b/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()
    .split(' ')
    .map((w) => ROMAN[w] ?? w)
    .filter((w) => w !== 'type' && w !== 'the' && w !== 'of' && w !== 'and')
    .join(' ');
}

/** A disease-series stem: the name without trailing numbers/letters ("Retinitis pigmentosa 19" -> "retinitis pigmentosa"). */
export function seriesStem(name: string): string {
  const words = normaliseName(name).split(' ');
  while (words.length > 1 && /^(\d+[a-z]?|[a-z]|\d+)$/.test(words[words.length - 1]!)) words.pop();
  return words.join(' ');
}

/** British to US spelling and common variant spellings, per word. */
const SPELLING: readonly [RegExp, string][] = [
  [/^haem/, 'hem'], [/^anaem/, 'anem'], [/^oesoph/, 'esoph'], [/^oedem/, 'edem'], [/^leukaem/, 'leukem'], [/^paed/, 'ped'],
  [/^tumour/, 'tumor'], [/^disc$/, 'disk'], [/^discs$/, 'disks'], [/^ischaem/, 'ischem'], [/^foetal$/, 'fetal'], [/^diarrhoea$/, 'diarrhea'],
  [/^stevens$/, 'steven'], [/^physiologic(al)?$/, 'physiologic']
];
/** Prefixes written joined, hyphenated or spaced: "post-streptococcal" = "poststreptococcal". */
const JOINED_PREFIX = new Set(['post', 'pre', 'non', 'anti']);
/** Last words naming a poisoning ("salicylate toxicity" = "salicylate poisoning" = "salicylate overdose"; ICD-10 T36-T65 "poisoning by"). */
const POISONING = new Set(['toxicity', 'intoxication', 'overdose', 'poisoning']);

/** A plural word as its singular ("restless legs" = "restless leg"); both sides are reduced alike. */
function singular(w: string): string {
  if (w.length <= 3 || !w.endsWith('s') || /(ss|us|is|ys)$/.test(w)) return w;
  return w.endsWith('ies') ? `${w.slice(0, -3)}y` : w.slice(0, -1);
}

/** Leading qualifiers that name the same disease (or its parent) when dropped: "acute appendicitis" = "appendicitis". */
const LEAD_QUALIFIERS = new Set(['acute', 'physiologic', 'primary', 'idiopathic', 'active', 'classic', 'typical']);
/** Trailing filler words: "Hirschsprung disease" = "Hirschsprung", "congenital rubella infection" = "congenital rubella". */
const TRAIL_FILLER = new Set(['disease', 'syndrome', 'disorder', 'infection', 'condition']);

/** The word-set key of a name's words: "~" and the words sorted, so any word order gives the same key. */
export function wordSetKey(words: readonly string[]): string {
  return `~${[...words].sort().join(' ')}`;
}

/**
 * A key that may link two vocabularies' names exactly: not a word set, and six letters or more, because
 * short keys are abbreviations ("CAP" for pneumonia, "CAP syndrome" for a rare arthropathy).
 */
export function isExactLinkKey(key: string): boolean {
  return !key.startsWith('~') && key.length >= 6;
}

/**
 * The name keys a disease name matches under: the normalised name; its parts outside and inside
 * parentheses ("Benign paroxysmal positional vertigo (BPPV)" -> the long form and "bppv"); each with
 * variant spellings, without one leading qualifier (acute, primary...) or trailing filler (disease,
 * syndrome...), and as a sorted word set (word order: "type 2 diabetes mellitus" = "diabetes mellitus type 2").
 * Orthographic variants only besides: plurals as singulars ("restless legs"), a joined prefix
 * ("post-streptococcal" = "poststreptococcal"), and toxicity / intoxication / overdose / poisoning as
 * one last word.
 */
export function nameKeys(name: string): Set<string> {
  const out = new Set<string>();
  const forms = [name];
  const paren = /\(([^)]*)\)/g;
  if (paren.test(name)) {
    forms.push(name.replace(/\([^)]*\)/g, ' '));
    for (const m of name.matchAll(/\(([^)]*)\)/g)) if (m[1]!.trim().length >= 2) forms.push(m[1]!);
  }
  for (const f of forms) {
    const raw = normaliseName(f).split(' ').filter(Boolean);
    const joined: string[] = [];
    for (let i = 0; i < raw.length; i++) {
      if (JOINED_PREFIX.has(raw[i]!) && i + 1 < raw.length) joined.push(raw[i]! + raw[++i]!);
      else joined.push(raw[i]!);
    }
    const words = joined.map((w) => singular(SPELLING.reduce((x, [re, to]) => x.replace(re, to), w)));
    if (words.length > 1 && POISONING.has(words[words.length - 1]!)) words[words.length - 1] = 'poisoning';
    if (words.length === 0) continue;
    const variants = [words];
    if (words.length > 1 && LEAD_QUALIFIERS.has(words[0]!)) variants.push(words.slice(1));
    for (const v of [...variants]) if (v.length > 1 && TRAIL_FILLER.has(v[v.length - 1]!)) variants.push(v.slice(0, -1));
    for (const v of variants) {
      out.add(v.join(' '));
      out.add(wordSetKey(v));
    }
  }
  return out;
}
