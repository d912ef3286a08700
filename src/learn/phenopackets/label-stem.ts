/**
 * Disease-series grouping by label: numbered OMIM series ("developmental and epileptic
 * encephalopathy 95", "Charcot-Marie-Tooth disease, axonal, type 2KK", "spinocerebellar ataxia 48")
 * share a stem, the words before the first one carrying a number. A new member of a series can then
 * borrow a phenotype profile from the annotated members. Pure.
 */
import { normaliseLabel } from './obo.js';

/** Words that qualify a series member without naming the series ("type 2", "susceptibility to"). */
const DROP = new Set(['type', 'susceptibility', 'to', 'the', 'of', 'and', 'form', 'group', 'complementation']);
const ROMAN = /^(i|ii|iii|iv|v|vi|vii|viii|ix|x|xi|xii)[a-z]?$/;

/**
 * The series stem of a disease label, or undefined when the label has no number (not a series
 * member) or nothing before its first number. "Developmental and epileptic encephalopathy 95" ->
 * "developmental epileptic encephalopathy"; "Parkinson disease 26, autosomal dominant,
 * susceptibility to" -> "parkinson disease"; "Bardet-Biedl syndrome" -> undefined.
 */
export function seriesKey(label: string): string | undefined {
  // A parenthesised aside ("(EPM1)") is not part of the series name.
  const words = normaliseLabel(label.replace(/\([^)]*\)/g, ' '))
    .replace(/\bx linked\b/g, 'xlinked')
    .split(' ')
    .filter((w) => w !== '' && !DROP.has(w));
  const at = words.findIndex((w, i) => /\d/.test(w) || (i > 0 && ROMAN.test(w)));
  if (at <= 0) return undefined;
  return words.slice(0, at).join(' ');
}

/** A whole label as a key, the way `seriesKey` normalises it: a series' unnumbered first member ("Ververi-Brady syndrome"). */
export function wholeKey(label: string): string {
  return seriesKey(`${label} 1`) ?? '';
}

/**
 * Groups ids by the series key of their label(s), an unnumbered label under its whole key (the
 * first member of a series often has no number); ids sorted per key.
 */
export function groupBySeries(labels: Iterable<readonly [id: string, label: string]>): Map<string, string[]> {
  const out = new Map<string, Set<string>>();
  for (const [id, label] of labels) {
    const k = seriesKey(label) ?? (wholeKey(label) || undefined);
    if (k !== undefined) (out.get(k) ?? out.set(k, new Set()).get(k)!).add(id);
  }
  return new Map([...out].map(([k, s]) => [k, [...s].sort()]));
}
