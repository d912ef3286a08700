/**
 * The benchmark judge: a deterministic, ontology-aware 5-point score for a predicted diagnosis
 * against the ground truth (no LLM). Scale:
 *   5  the same disease id (or a shared code, e.g. the same OMIM or ICD-10 code);
 *   4  a parent or child in the disease ontology (or by ICD-10 prefix: D66 and D66.0), or a synonym
 *      (normalised names equal, see `nameKeys`);
 *   3  the same category (e.g. the same disease series such as "retinitis pigmentosa", or organ group);
 *   2  related: a shared causal gene, or the same ICD-10 chapter block (first three characters);
 *   1  unrelated.
 * A prediction counts as correct at >= 4. Name matching is normalised (case, accents, punctuation,
 * "type"/roman numerals), so suites without ids (clinical vignettes) can call it with names only.
 */
import { nameKeys, normaliseName, seriesStem } from '../core/disease-names.js';

export interface JudgedDisease {
  readonly id?: string;
  readonly name: string;
  readonly synonyms?: readonly string[];
  readonly parents?: readonly string[];
  readonly category?: string;
  readonly genes?: readonly string[];
  readonly icd10?: readonly string[];
  /** Other codes ("OMIM:148600", "MONDO:0008763"...), compared exactly. */
  readonly codes?: readonly string[];
  /** Normalised names of parent diseases in an ontology: a prediction whose own name is one is a parent (4). */
  readonly parentNames?: readonly string[];
}

export type JudgeScore = 1 | 2 | 3 | 4 | 5;
export const CORRECT_AT: JudgeScore = 4;

// Name normalisation is shared with the model builders, so it lives in core.
export { nameKeys, normaliseName, seriesStem } from '../core/disease-names.js';

function names(d: JudgedDisease): Set<string> {
  const out = new Set<string>();
  for (const n of [d.name, ...(d.synonyms ?? [])]) for (const k of nameKeys(n)) out.add(k);
  return out;
}

/** One ICD-10 code is a parent of the other (a prefix of at least three characters): "D66" and "D66.0". */
function icdParentChild(a: readonly string[], b: readonly string[]): boolean {
  for (const x of a) for (const y of b) if (x !== y && x.length >= 3 && y.length >= 3 && (x.startsWith(y) || y.startsWith(x))) return true;
  return false;
}

function intersects(a: Iterable<string>, b: ReadonlySet<string>): boolean {
  for (const x of a) if (b.has(x)) return true;
  return false;
}

function normIcd(c: string): string {
  return c.toUpperCase().replace(/[^A-Z0-9]/g, '');
}

/** The judge's 1-5 score of a predicted disease against the truth (see the scale above). */
export function judge(predicted: JudgedDisease, truth: JudgedDisease): JudgeScore {
  if (predicted.id !== undefined && predicted.id === truth.id) return 5;
  const pCodes = new Set([...(predicted.codes ?? []), ...(predicted.id ? [predicted.id] : [])]);
  if (intersects([...(truth.codes ?? []), ...(truth.id ? [truth.id] : [])], pCodes)) return 5;
  const pIcd = new Set((predicted.icd10 ?? []).map(normIcd));
  const tIcd = (truth.icd10 ?? []).map(normIcd);
  if (intersects(tIcd, pIcd)) return 5;
  if (truth.id && predicted.parents?.includes(truth.id)) return 4;
  if (predicted.id && truth.parents?.includes(predicted.id)) return 4;
  if (truth.parentNames?.includes(normaliseName(predicted.name))) return 4;
  if (intersects(names(predicted), names(truth))) return 4;
  if (icdParentChild([...pIcd], tIcd)) return 4;
  if (predicted.category && truth.category && normaliseName(predicted.category) === normaliseName(truth.category)) return 3;
  const pStem = seriesStem(predicted.name);
  if (pStem !== '' && pStem === seriesStem(truth.name) ) return 3;
  if (intersects((truth.genes ?? []).map((g) => g.toUpperCase()), new Set((predicted.genes ?? []).map((g) => g.toUpperCase())))) return 2;
  if (intersects(tIcd.map((c) => c.slice(0, 3)), new Set([...pIcd].map((c) => c.slice(0, 3))))) return 2;
  return 1;
}

/** Whether a judge score counts as a correct diagnosis (>= 4). */
export function isCorrect(score: JudgeScore): boolean {
  return score >= CORRECT_AT;
}
