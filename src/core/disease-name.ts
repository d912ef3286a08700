/**
 * Disease-name normalisation shared by the benchmark judge (name matching) and training (disease-series
 * categories): case, accents, punctuation, roman numerals and filler words do not make two names differ.
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
