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
import { normaliseName, seriesStem } from '../core/disease-name.js';

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
}

export type JudgeScore = 1 | 2 | 3 | 4 | 5;
export const CORRECT_AT: JudgeScore = 4;

// Name normalisation is shared with training (disease-series categories), so it lives in core.
export { normaliseName, seriesStem };

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
      out.add(`~${[...v].sort().join(' ')}`);
    }
  }
  return out;
}

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

export function judge(predicted: JudgedDisease, truth: JudgedDisease): JudgeScore {
  if (predicted.id !== undefined && predicted.id === truth.id) return 5;
  const pCodes = new Set([...(predicted.codes ?? []), ...(predicted.id ? [predicted.id] : [])]);
  if (intersects([...(truth.codes ?? []), ...(truth.id ? [truth.id] : [])], pCodes)) return 5;
  const pIcd = new Set((predicted.icd10 ?? []).map(normIcd));
  const tIcd = (truth.icd10 ?? []).map(normIcd);
  if (intersects(tIcd, pIcd)) return 5;
  if (truth.id && predicted.parents?.includes(truth.id)) return 4;
  if (predicted.id && truth.parents?.includes(predicted.id)) return 4;
  if (intersects(names(predicted), names(truth))) return 4;
  if (icdParentChild([...pIcd], tIcd)) return 4;
  if (predicted.category && truth.category && normaliseName(predicted.category) === normaliseName(truth.category)) return 3;
  const pStem = seriesStem(predicted.name);
  if (pStem !== '' && pStem === seriesStem(truth.name) ) return 3;
  if (intersects((truth.genes ?? []).map((g) => g.toUpperCase()), new Set((predicted.genes ?? []).map((g) => g.toUpperCase())))) return 2;
  if (intersects(tIcd.map((c) => c.slice(0, 3)), new Set([...pIcd].map((c) => c.slice(0, 3))))) return 2;
  return 1;
}

export function isCorrect(score: JudgeScore): boolean {
  return score >= CORRECT_AT;
}
