/**
 * Shared finding synonyms resolved by HPO (thirty-first session, docs/sessions/31-rank17.md). The notes reader reads a
 * word that is a name of two model findings as both, so one statement counts twice ("crackles" was both abnormal
 * breathing sounds and rale; "night sweats" both night sweats and sweating). The Human Phenotype Ontology gives each
 * label and exact synonym one concept. When a shared word names an HPO term and some of the findings sharing it are
 * that term (their own name is its label or an exact synonym, their HPO code is the term, or their UMLS code is the
 * term's UMLS cross-reference), the word stays theirs and the other findings lose it as a synonym. A word that no
 * sharing finding's term owns stays as it is: HPO does not say whose it is.
 */
import type { FindingDef } from '../../core/model.js';
import { synonymKey, type HpoTerm } from './phenotypes.js';

const HPO_SYSTEM = 'http://purl.obolibrary.org/obo/hp.owl';
const UMLS_SYSTEM = 'http://www.nlm.nih.gov/research/umls';

/** Index of HPO terms by their label and exact synonym keys and by their UMLS ids. */
function termIndex(terms: ReadonlyMap<string, HpoTerm>): { byKey: Map<string, Set<string>>; byUmls: Map<string, Set<string>> } {
  const byKey = new Map<string, Set<string>>();
  const byUmls = new Map<string, Set<string>>();
  const put = (m: Map<string, Set<string>>, k: string, id: string): void => { (m.get(k) ?? m.set(k, new Set()).get(k)!).add(id); };
  for (const [id, t] of terms) {
    for (const s of [t.label, ...t.synonyms]) put(byKey, synonymKey(s), id);
    for (const u of t.umls ?? []) put(byUmls, u, id);
  }
  return { byKey, byUmls };
}

/** The HPO terms a finding is: by its own name, its HPO codes and its UMLS codes. */
function termsOf(f: FindingDef, idx: ReturnType<typeof termIndex>): Set<string> {
  const out = new Set(idx.byKey.get(synonymKey(f.name)) ?? []);
  for (const c of f.codes ?? []) {
    if (c.system === HPO_SYSTEM) out.add(c.code);
    if (c.system === UMLS_SYSTEM) for (const id of idx.byUmls.get(c.code) ?? []) out.add(id);
  }
  return out;
}

/**
 * Drops, from the findings that are not its HPO term, each synonym two or more findings share (compared as
 * `synonymKey`) when at least one of the sharers is that term. Returns the number of synonyms dropped. Findings are
 * replaced in the map in place; their order and every other field stay.
 */
export function resolveSharedSynonyms(findings: Map<string, FindingDef>, terms: ReadonlyMap<string, HpoTerm>): number {
  const sharers = new Map<string, string[]>();
  for (const f of [...findings.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    for (const k of new Set([f.name, ...(f.synonyms ?? [])].map(synonymKey))) (sharers.get(k) ?? sharers.set(k, []).get(k)!).push(f.id);
  }
  const idx = termIndex(terms);
  const drop = new Map<string, Set<string>>();
  for (const [k, ids] of sharers) {
    const wordTerms = idx.byKey.get(k);
    if (ids.length < 2 || !wordTerms) continue;
    const owners = ids.filter((id) => [...termsOf(findings.get(id)!, idx)].some((t) => wordTerms.has(t)));
    if (owners.length === 0 || owners.length === ids.length) continue;
    for (const id of ids) if (!owners.includes(id)) (drop.get(id) ?? drop.set(id, new Set()).get(id)!).add(k);
  }
  let n = 0;
  for (const [id, keys] of drop) {
    const f = findings.get(id)!;
    const kept = (f.synonyms ?? []).filter((s) => !keys.has(synonymKey(s)));
    n += (f.synonyms ?? []).length - kept.length;
    const { synonyms: _old, ...rest } = f;
    findings.set(id, (kept.length > 0 ? { ...rest, synonyms: kept } : rest) as FindingDef);
  }
  return n;
}
