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
 * "type"/roman numerals; the judge's own forms in `judge-names.ts`), so suites without ids (clinical
 * vignettes) can call it with names only. Over a whole candidate list, `acceptedIndices` adds the one
 * set-level rule: a truth's further ontology ancestor counts only when no candidate is closer.
 */
import { normaliseName, seriesStem } from '../core/disease-names.js';
import { exactKeys, judgeKeys, wordSet } from './judge-names.js';

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
  /**
   * Names of the same disease in the vocabularies (a DO term's name and EXACT synonyms, a MONDO label, an
   * ICD-10-CM title): a prediction whose OWN name is one, exactly up to word order, spelling and judge forms,
   * is the same disease (4). Not its synonyms: model synonym lists carry code-level siblings, and names link
   * name to name, never synonym to synonym.
   */
  readonly vocabularyNames?: readonly string[];
  /**
   * Normalised names of the truth's further ancestors in an ontology, nearest is_a level first. Not scored by
   * `judge` (a grandparent is no "very close" answer in general); `acceptedIndices` accepts a prediction whose
   * own name is at the nearest level some prediction reaches, only when no prediction matches more closely:
   * the model's condition covers the subtype and the model has nothing more specific.
   */
  readonly ancestorNames?: readonly (readonly string[])[];
}

export type JudgeScore = 1 | 2 | 3 | 4 | 5;
export const CORRECT_AT: JudgeScore = 4;

// Name normalisation is shared with the model builders, so it lives in core.
export { nameKeys, normaliseName, seriesStem } from '../core/disease-names.js';

function names(d: JudgedDisease): Set<string> {
  const out = new Set<string>();
  for (const n of [d.name, ...(d.synonyms ?? [])]) for (const k of judgeKeys(n)) out.add(k);
  return out;
}

const keyCache = new WeakMap<readonly string[], ReadonlySet<string>>();
/** The exact keys of a truth's vocabulary names, computed once per list. */
function vocabularyKeys(names: readonly string[]): ReadonlySet<string> {
  let keys = keyCache.get(names);
  if (!keys) keyCache.set(names, (keys = new Set(names.flatMap(exactKeys))));
  return keys;
}

/** The prediction's own name is one of `list` (normalised names; an entry "~..." is a word set, any word order). */
function ownNameIn(predicted: JudgedDisease, list: readonly string[] | undefined): boolean {
  if (!list || list.length === 0) return false;
  const own = normaliseName(predicted.name);
  const ownSet = wordSet(own);
  return list.some((n) => n === own || n === ownSet);
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
  if (ownNameIn(predicted, truth.parentNames)) return 4;
  if (truth.vocabularyNames && intersects(exactKeys(predicted.name), vocabularyKeys(truth.vocabularyNames))) return 4;
  if (intersects(names(predicted), names(truth))) return 4;
  if (icdParentChild([...pIcd], tIcd)) return 4;
  if (predicted.category && truth.category && normaliseName(predicted.category) === normaliseName(truth.category)) return 3;
  const pStem = seriesStem(predicted.name);
  if (pStem !== '' && pStem === seriesStem(truth.name) ) return 3;
  if (intersects((truth.genes ?? []).map((g) => g.toUpperCase()), new Set((predicted.genes ?? []).map((g) => g.toUpperCase())))) return 2;
  if (intersects(tIcd.map((c) => c.slice(0, 3)), new Set([...pIcd].map((c) => c.slice(0, 3))))) return 2;
  return 1;
}

/**
 * The predictions the judge accepts for a truth, over a whole candidate list (a model's conditions): those
 * scoring >= 4; when there are none, those whose own name is at the nearest ancestor level of the truth
 * (`ancestorNames`) that any candidate reaches. So a subtype gold counts its parent disease only when the
 * candidates hold nothing closer to it.
 */
export function acceptedIndices(predictions: readonly JudgedDisease[], truth: JudgedDisease): number[] {
  const direct = predictions.flatMap((p, i) => (isCorrect(judge(p, truth)) ? [i] : []));
  if (direct.length > 0) return direct;
  for (const level of truth.ancestorNames ?? []) {
    const hits = predictions.flatMap((p, i) => (ownNameIn(p, level) ? [i] : []));
    if (hits.length > 0) return hits;
  }
  return [];
}

/** Whether a judge score counts as a correct diagnosis (>= 4). */
export function isCorrect(score: JudgeScore): boolean {
  return score >= CORRECT_AT;
}
