/**
 * Name variants the benchmark judge reads beyond the shared normalisation (`nameKeys`, which the model
 * builders also use, so it stays as it is): ways English and the vocabularies write the same disease.
 *   - Greek letters and the German sharp s typed for beta: "β-thalassemia", "ß-cell hyperplasia" = "beta ...".
 *   - An infection named by its organism: "Infection with Staphylococcus aureus" = "Staphylococcus aureus
 *     infection" (MONDO's and ICD-10-CM's word order); "herpes simplex virus infection" = "herpes simplex
 *     infection" (DO names the disease by the virus's name: "herpes simplex").
 *   - A carcinoma is a cancer: "lung carcinoma" is_a "lung cancer" throughout the Disease Ontology, so a gold
 *     carcinoma has the same words with "cancer" as a parent (`carcinomaParents`; score 4, parents only).
 * Pure string functions.
 */
import { nameKeys, normaliseName, wordSetKey } from '../core/disease-names.js';

const GREEK: readonly [RegExp, string][] = [[/[αΑ]/g, 'alpha '], [/[βΒß]/g, 'beta '], [/[γΓ]/g, 'gamma '], [/[δΔ]/g, 'delta '], [/[κ]/g, 'kappa ']];

/** Greek letters (and ß written for β) as their names. */
export function spellGreek(name: string): string {
  return GREEK.reduce((s, [re, to]) => s.replace(re, to), name);
}

/**
 * The organism-first forms of an infection name: "Infection with X" / "infection by X" / "infection due to X"
 * -> "X infection"; "X virus infection" -> also "X infection". Empty when the name is no such form.
 */
export function infectionForms(name: string): string[] {
  const out = new Set<string>();
  const m = /^\s*(?:an?\s+)?infections?\s+(?:with|by|due to|caused by)\s+(.+?)\s*$/i.exec(name);
  const base = m ? `${m[1]!} infection` : /\binfections?\s*$/i.test(name) ? name : undefined;
  if (base === undefined) return [];
  if (m) out.add(base);
  const noVirus = base.replace(/\s+virus\s+(infections?)\s*$/i, ' $1');
  if (noVirus !== base) out.add(noVirus);
  return [...out];
}

/** The forms of a name the judge reads as the same disease (the name itself first). */
export function judgeForms(name: string): string[] {
  const greek = spellGreek(name);
  return [...new Set([name, greek, ...infectionForms(greek)])];
}

const keysMemo = new Map<string, ReadonlySet<string>>();
/** The judge's name keys: `nameKeys` of every form in `judgeForms` (memoised: the judge meets each model name once per case). */
export function judgeKeys(name: string): ReadonlySet<string> {
  let out = keysMemo.get(name);
  if (!out) {
    const keys = new Set<string>();
    for (const f of judgeForms(name)) for (const k of nameKeys(f)) keys.add(k);
    keysMemo.set(name, (out = keys));
  }
  return out;
}

/** The exact keys of a name: each judge form normalised, and as a word set; keys under six letters (abbreviations) are none. */
export function exactKeys(name: string): string[] {
  let out = exactMemo.get(name);
  if (!out) {
    out = [...new Set(judgeForms(name).flatMap((f) => { const n = normaliseName(f); return [n, wordSet(n)]; }))].filter((k) => k.replace(/^~/, '').length >= 6);
    exactMemo.set(name, out);
  }
  return out;
}
const exactMemo = new Map<string, string[]>();

/** A normalised name as an unordered word set, as `nameKeys` compares word order ("lung small cell carcinoma"). */
export function wordSet(normalised: string): string {
  return wordSetKey(normalised.split(' ').filter(Boolean));
}

/**
 * "Small cell carcinoma of the lung" -> ["~cancer cell lung small"]: a carcinoma's parent cancer, as a word set
 * (the judge's parent names compare a "~" entry in any word order: "small cell lung cancer").
 */
export function carcinomaParents(name: string): string[] {
  const n = normaliseName(spellGreek(name));
  if (!/\bcarcinomas?\b/.test(n) || n.split(' ').length < 2) return [];
  return [wordSet(n.replace(/\bcarcinomas?\b/g, 'cancer'))];
}
