/**
 * An organism written as a culture's result: "Blood cultures: Fusobacterium necrophorum", "Stool culture:
 * non-typhoidal S. enterica", "Blood cultures at 36 h: anaerobic Gram-negative rods". A report that names what grew
 * reports a positive culture (`quantities.ts` reads it for the tests marked `organismResult` in `loinc-tests.ts`).
 *
 * Shape, not a list of organisms:
 * - a species name is a binary combination, a capitalised genus name and a lower-case specific epithet, and the genus
 *   may be abbreviated to its capital initial with a full stop ("S. aureus") (International Code of Nomenclature of
 *   Prokaryotes, 2008 revision, Parker CT et al. 2019, Int J Syst Evol Microbiol 69:S1-S111, Rules 12a-12c and
 *   Appendix 9; the zoological and botanical codes write species names the same way). An epithet is a Latin adjective
 *   or a noun in the genitive or in apposition (Rule 12c), so it ends in a Latin ending ("-us", "-um", "-a", "-ae",
 *   "-i", "-is", "-es", "-ans", "-ens", "-e", "-x");
 * - or a Gram-stain description ("Gram-negative rods"), as `quantities.ts` already reads right after the test's name;
 * - with at most two lower-case qualifiers before it ("anaerobic", "non-typhoidal", "methicillin-sensitive").
 * Refused: the growth and flora words of a culture report (UK Standards for Microbiology Investigations, UKHSA, the
 * reporting sections: "no significant growth", "mixed growth", "normal flora", "scanty / light / moderate / heavy
 * growth"), which name no organism; report states ("pending", "sent"); and an organism the report says was not found
 * ("S. enterica not isolated"). Pure; a sticky match at one offset, bounded by the clause.
 */
import { sticky } from './sticky.js';

/** A qualifier, then a Gram-stain description, an abbreviated binomial or a full binomial (case matters). */
const ORGANISM = /((?:[a-z][a-z-]{2,24}[ \t]+){0,2})(?:([Gg]ram[- ](?:positive|negative))|([A-Z])\.[ \t]?([a-z]{3,24})|([A-Z][a-z]{2,24})[ \t]+([a-z]{3,24}))(?![A-Za-z0-9-])/y;

/** Latin endings of a specific epithet (Rule 12c: adjectives, genitives, nouns in apposition). */
const EPITHET_END = /(?:us|um|a|ae|i|is|es|ans|ens|e|x)$/;

/** Words of a report that are no qualifier of an organism (results, states, function words). */
const NOT_QUALIFIER = new Set([
  'no', 'not', 'nor', 'without', 'negative', 'positive', 'pending', 'sent', 'awaited', 'awaiting', 'requested', 'taken',
  'done', 'ordered', 'repeated', 'and', 'or', 'with', 'for', 'of', 'to', 'in', 'on', 'at', 'the', 'was', 'were', 'is',
  'are', 'showed', 'shows', 'show', 'significant', 'insignificant', 'mixed', 'normal', 'usual', 'scanty', 'light',
  'moderate', 'heavy', 'profuse', 'skin', 'commensal', 'probable', 'possible', 'likely', 'contaminated', 'contaminant',
]);

/** Capitalised words that start a report phrase, not a genus ("Mixed growth", "Normal flora", "Skin flora"). */
const NOT_GENUS = new Set([
  'No', 'Not', 'Negative', 'Positive', 'Pending', 'Sent', 'Awaited', 'Awaiting', 'Mixed', 'Normal', 'Usual', 'Skin',
  'Commensal', 'Scanty', 'Light', 'Moderate', 'Heavy', 'Profuse', 'Multiple', 'Contaminated', 'Probable', 'Possible',
  'Likely', 'Repeat', 'Results', 'Result', 'Culture', 'Cultures', 'Both', 'All', 'Two', 'Three', 'See', 'Sensitive',
]);

/** Nouns of a report that follow a capitalised word without being an epithet ("Normal flora", "Coliform bacteria"). */
const NOT_EPITHET = new Set([
  'flora', 'bacteria', 'species', 'organisms', 'isolates', 'colonies', 'contaminants', 'commensals', 'cultures', 'culture',
  'sensitive', 'negative', 'positive', 'more', 'some', 'same', 'none', 'there', 'here', 'these', 'those', 'the', 'are',
  'were', 'also', 'like', 'time', 'site', 'line', 'source', 'sample', 'samples', 'sets', 'bottles', 'days', 'hours',
]);

/** After the organism: the report says it was not found ("not isolated", "not detected", "negative"). */
const NOT_FOUND = /[ \t]*(?:(?:was|were|is|are)[ \t]+)?(?:not|negative|absent|none)(?![a-z])/iy;

/** Where an organism written as a culture's result at `at` ends, or -1. `limit` ends the clause. */
export function organismEnd(text: string, at: number, limit: number): number {
  const m = sticky(ORGANISM, text, at);
  if (!m || at + m[0].length > limit) return -1;
  const qualifiers = (m[1] as string).trim();
  if (qualifiers !== '' && qualifiers.split(/[ \t]+/).some((w) => NOT_QUALIFIER.has(w))) return -1;
  if (m[5] !== undefined) {
    const epithet = m[6] as string;
    if (NOT_GENUS.has(m[5]) || NOT_EPITHET.has(epithet) || !EPITHET_END.test(epithet)) return -1;
  } else if (m[3] !== undefined && (NOT_EPITHET.has(m[4] as string) || !EPITHET_END.test(m[4] as string))) return -1;
  const end = at + m[0].length;
  return sticky(NOT_FOUND, text, end) ? -1 : end;
}
