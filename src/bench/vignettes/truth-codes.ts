/**
 * Codes for a gold diagnosis that comes as a bare name (vignettes), from the disease vocabularies
 * (DO, MONDO, ICD-10-CM; `src/learn/primary-care/ontologies.ts`), so the judge can match the same
 * disease under another name through a shared code (docs/primary-care.md, "The judge and the
 * vocabularies"). General rules only, no list per diagnosis:
 *   - a DO term whose name or EXACT synonym has the gold name's key gives its DOID;
 *   - a MONDO term whose label has the key gives its MONDO id (and its exact DOID matches);
 *   - an ICD-10-CM code title or alphabetic-index term (or the head of an index term before its comma,
 *     "Presbycusis, presbyacusia") with the key gives that code, unless the code is
 *     a residual bin ("Other ...", NEC) that groups different diseases, or a bare three-character
 *     category (its children are different diseases; a category would make every child a match).
 * Keys under six letters are abbreviations and never resolve (as in the model's own linker). ICD-10-CM
 * codes come from the exact normalised name, and a name filed under codes of different categories is
 * ambiguous and gives none.
 */
import { nameKeys, normaliseName } from '../../core/disease-names.js';
import type { Ontologies } from '../../learn/primary-care/ontologies.js';

export interface TruthCodes {
  /** ICD-10-CM codes with their dot ("H91.1"). */
  readonly icd10: readonly string[];
  /** "DOID:1234", "MONDO:0005015". */
  readonly codes: readonly string[];
}

const RESIDUAL = /^other\b|\bnot elsewhere classified\b|\bNEC\b|\bother specified\b|\bunspecified\b.*\bunspecified\b/i;
const usableKey = (k: string): boolean => !k.startsWith('~') && k.length >= 6;

/** An index from name key to codes over the vocabularies; `resolve(name)` gives the codes of a gold name. */
export function truthResolver(onto: Ontologies): (name: string) => TruthCodes {
  const icdByKey = new Map<string, Set<string>>();
  const codeByKey = new Map<string, Set<string>>();
  const put = (m: Map<string, Set<string>>, name: string, v: string): void => {
    for (const k of nameKeys(name)) if (usableKey(k)) (m.get(k) ?? m.set(k, new Set()).get(k)!).add(v);
  };
  // ICD-10-CM by the exact normalised name only: the index composes subterms with their main term
  // ("primary" + "tuberculosis"), and the looser keys (a leading qualifier dropped) would collide.
  const putExact = (m: Map<string, Set<string>>, name: string, v: string): void => {
    const k = normaliseName(name);
    if (usableKey(k)) (m.get(k) ?? m.set(k, new Set()).get(k)!).add(v);
  };
  const icdOk = (code: string): boolean => {
    if (code.replace('.', '').length <= 3) return false;
    const title = onto.icdTitles.get(code);
    return title === undefined || !RESIDUAL.test(title);
  };
  for (const [code, title] of onto.icdTitles) if (icdOk(code)) putExact(icdByKey, title, code);
  // An index main term lists its spellings after a comma ("Presbycusis, presbyacusia"): the head names it too.
  for (const e of onto.icdIndex) if (icdOk(e.code)) for (const n of new Set([e.term, e.term.split(',')[0]!])) putExact(icdByKey, n, e.code);
  for (const t of onto.doid) for (const n of [t.name, ...t.synonyms]) put(codeByKey, n, t.id);
  for (const m of onto.mondo) {
    put(codeByKey, m.label, m.id);
    for (const d of m.doid) put(codeByKey, m.label, d);
  }
  const cache = new Map<string, TruthCodes>();
  return (name) => {
    const hit = cache.get(name);
    if (hit) return hit;
    const icd = new Set<string>();
    const codes = new Set<string>();
    for (const k of nameKeys(name)) if (usableKey(k)) for (const c of codeByKey.get(k) ?? []) codes.add(c);
    for (const c of icdByKey.get(normaliseName(name)) ?? []) icd.add(c);
    // A name the index files under codes of different categories is ambiguous: no ICD-10-CM code.
    const ambiguous = new Set([...icd].map((c) => c.slice(0, 3))).size > 1;
    const out: TruthCodes = { icd10: ambiguous ? [] : [...icd].sort(), codes: [...codes].sort() };
    cache.set(name, out);
    return out;
  };
}

/**
 * The disease a gold name qualifies by its cause, which the judge's scale counts as its parent (score 4):
 * "Escherichia-induced hemolytic uremic syndrome" -> "hemolytic uremic syndrome", "Traveler's diarrhea
 * due to ETEC" -> "Traveler's diarrhea", "Transplantation-related osteoporosis" -> "osteoporosis".
 * Only a causal qualifier is dropped (due to, secondary to, caused by, induced/associated/related);
 * the head that remains must keep two words or six letters, so "X-induced disease" names nothing.
 */
export function causalParents(name: string): string[] {
  const out = new Set<string>();
  const after = /^(.*?\S)\s+(?:due to|secondary to|caused by|induced by|associated with)\s+\S.*$/i.exec(name);
  if (after) out.add(after[1]!.trim());
  const before = /^\s*[\w'\u2019-]+[- ](?:induced|associated|related)\s+(.+)$/i.exec(name);
  if (before) out.add(before[1]!.trim());
  return [...out].filter((n) => n.replace(/[^A-Za-z]/g, '').length >= 6 && !/^(disease|disorder|syndrome|infection|condition)s?$/i.test(n));
}
