/**
 * Finding lookup for one knowledge model: which binary findings stand for a concept, a code, or a
 * name. Built once per model (cached by identity) so reading a Bundle costs map lookups only.
 * Only binary findings are matched: a FHIR result says present or absent, not which value of a
 * categorical finding applies.
 */
import type { Coding, FindingDef, KnowledgeModel } from '../../core/index.js';
import { CONCEPTS, CONCEPT_SYSTEM, normaliseName } from './concepts.js';
import { TEST_BY_LOINC } from './loinc-tests.js';
import { SYSTEMS, type CodingLike } from './shape.js';

export type SystemKey = 'icd10' | 'snomed' | 'loinc' | 'rxnorm' | 'concept' | 'hpo' | 'other';

/** Canonical key for a code system written either as a FHIR URI or as a short name in a model. */
export function systemKey(system: string | undefined): SystemKey {
  const s = (system ?? '').trim().toLowerCase();
  if (s === SYSTEMS.icd10cm || s === SYSTEMS.icd10 || /^icd-?10(-?cm)?$/.test(s)) return 'icd10';
  if (s === SYSTEMS.snomed || s === 'snomed' || s === 'snomed ct' || s === 'snomedct' || s === 'sct') return 'snomed';
  if (s === SYSTEMS.loinc || s === 'loinc') return 'loinc';
  if (s === SYSTEMS.rxnorm || s === 'rxnorm') return 'rxnorm';
  if (s === CONCEPT_SYSTEM || s === 'ddx-concept' || s === 'concept') return 'concept';
  if (s === 'hpo' || s === 'http://human-phenotype-ontology.org' || s === 'http://purl.obolibrary.org/obo/hp.owl') return 'hpo';
  return 'other';
}

/** ICD-10 codes compare without the dot and upper-case; SNOMED and others as given. */
export function normaliseCode(key: SystemKey, code: string): string {
  return key === 'icd10' ? code.replace(/\./g, '').toUpperCase().trim() : code.trim();
}

export interface FindingIndex {
  /** concept id -> binary finding ids (sorted, de-duplicated). */
  readonly byConcept: ReadonlyMap<string, readonly string[]>;
  /** `${systemKey}|${code}` -> finding ids. */
  readonly byCode: ReadonlyMap<string, readonly string[]>;
  /** ICD-10 codes on findings, for prefix (ancestor) matching. */
  readonly icd10: readonly { readonly code: string; readonly findingId: string }[];
  /** normalised name or synonym -> finding ids. */
  readonly byName: ReadonlyMap<string, readonly string[]>;
  /** finding id -> kind. */
  readonly kind: ReadonlyMap<string, string>;
}

function add(map: Map<string, string[]>, key: string, id: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [id]);
  else if (!list.includes(id)) list.push(id);
}

/** Interpretation suffix on a LOINC code in a model (`718-7:L`, `5802-4|POS`) -> concept. */
function conceptOfLoinc(code: string): string | undefined {
  const [loinc, interp] = code.split(/[:|]/);
  const test = loinc ? TEST_BY_LOINC.get(loinc) : undefined;
  if (!test) return undefined;
  if (test.kind === 'qualitative') return interp === undefined || interp === 'POS' || interp === 'A' ? test.positive : undefined;
  if (interp === 'H' || interp === 'HH') return test.high;
  if (interp === 'L' || interp === 'LL') return test.low;
  if (interp === undefined || interp === 'A' || interp === 'POS') {
    // A bare LOINC code only names a concept when the test has a single abnormal direction.
    if (test.high && !test.low) return test.high;
    if (test.low && !test.high) return test.low;
  }
  return undefined;
}

const cache = new WeakMap<KnowledgeModel, FindingIndex>();

let conceptNames: Map<string, string[]> | undefined;
function conceptByName(): Map<string, string[]> {
  if (conceptNames) return conceptNames;
  conceptNames = new Map<string, string[]>();
  for (const c of CONCEPTS) {
    add(conceptNames, normaliseName(c.id), c.id);
    for (const n of c.names) add(conceptNames, normaliseName(n), c.id);
  }
  return conceptNames;
}

/**
 * Concept id -> the model's binary findings for it (sorted): by a concept code, by a LOINC code of a
 * test with one abnormal direction, by an id equal to the concept, or by a name or synonym equal to
 * one of the concept's names. The one mapping behind FHIR results and values read from notes.
 */
export function conceptFindings(findings: readonly Pick<FindingDef, 'id' | 'name' | 'synonyms' | 'codes' | 'valueType'>[]): Map<string, string[]> {
  const byName = conceptByName();
  // A finding coded with the concept (or a LOINC code naming it) is the concept's finding; names only
  // count when no finding is coded. A measured respiratory rate of 26 is the sign "tachypnea", not also
  // the reported symptom "breathing fast" that shares a name: counting both doubled the evidence.
  const byCode = new Map<string, string[]>();
  const byConcept = new Map<string, string[]>();
  for (const f of findings) {
    if (f.valueType !== 'binary') continue;
    const names = [f.id, f.name, ...(f.synonyms ?? [])].map(normaliseName).filter((n) => n !== '');
    for (const n of names) for (const c of byName.get(n) ?? []) add(byConcept, c, f.id);
    for (const code of f.codes ?? ([] as Coding[])) {
      const key = systemKey(code.system);
      if (key === 'concept') add(byCode, code.code, f.id);
      if (key === 'loinc') {
        const c = conceptOfLoinc(code.code);
        if (c) add(byCode, c, f.id);
      }
    }
  }
  for (const [c, ids] of byCode) byConcept.set(c, ids);
  for (const list of byConcept.values()) list.sort();
  return byConcept;
}

/** The model's findings by concept, by system and code, by ICD-10 prefix and by name, built once per model. */
export function findingIndex(model: KnowledgeModel): FindingIndex {
  const hit = cache.get(model);
  if (hit) return hit;
  const byConcept = conceptFindings(model.findings);
  const byCode = new Map<string, string[]>();
  const byName = new Map<string, string[]>();
  const icd10: { code: string; findingId: string }[] = [];
  const kind = new Map<string, string>();
  for (const f of model.findings) {
    if (f.valueType !== 'binary') continue;
    kind.set(f.id, f.kind);
    const names = [f.name, ...(f.synonyms ?? [])].map(normaliseName).filter((n) => n !== '');
    for (const n of names) add(byName, n, f.id);
    for (const code of f.codes ?? ([] as Coding[])) {
      const key = systemKey(code.system);
      const norm = normaliseCode(key, code.code);
      add(byCode, `${key}|${norm}`, f.id);
      if (key === 'icd10') icd10.push({ code: norm, findingId: f.id });
    }
  }
  icd10.sort((a, b) => (a.code === b.code ? a.findingId.localeCompare(b.findingId) : a.code.localeCompare(b.code)));
  const index: FindingIndex = { byConcept, byCode, icd10, byName, kind };
  cache.set(model, index);
  return index;
}

/**
 * Findings a coded/named thing (Condition, medication, allergen) stands for: exact codes first,
 * then ICD-10 ancestors (a finding coded I26 matches a Condition coded I26.99), then names with the
 * given name variants. Returns sorted finding ids and how they matched.
 */
export function matchCoded(index: FindingIndex, codes: readonly CodingLike[], names: readonly string[]): { ids: string[]; by: 'code' | 'name' } | undefined {
  const ids = new Set<string>();
  for (const c of codes) {
    if (!c.code) continue;
    const key = systemKey(c.system);
    const norm = normaliseCode(key, c.code);
    for (const id of index.byCode.get(`${key}|${norm}`) ?? []) ids.add(id);
    if (key === 'icd10') for (const e of index.icd10) if (norm.startsWith(e.code) && norm !== e.code) ids.add(e.findingId);
  }
  if (ids.size > 0) return { ids: [...ids].sort(), by: 'code' };
  for (const n of names) for (const id of index.byName.get(normaliseName(n)) ?? []) ids.add(id);
  return ids.size > 0 ? { ids: [...ids].sort(), by: 'name' } : undefined;
}
