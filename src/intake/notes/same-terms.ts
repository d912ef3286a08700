/**
 * Terms that several findings share (issue 13, "one phrase counts once"). The lexicon reads a note word as
 * every finding that has it among its name, synonyms and their synonym-group forms, so "leg swelling" (a
 * term of SymCat's leg swelling, ankle swelling and of peripheral oedema) was three observations and a
 * condition listing all three gained three log-likelihood ratios from one phrase. A model may carry one
 * finding per set of findings that share terms, coded with the members' ids in SAME_TERMS_SYSTEM
 * (`learn/primary-care/same-terms.ts` builds them); the lexicon then reads each of its terms as that finding
 * only, not as its members. Pure: no I/O.
 */
import type { FindingDef } from '../../core/model.js';
import { SYNONYM_GROUPS } from './synonyms.js';
import { phraseForms } from './tokenize.js';

/** Code system of a shared-terms finding: one code per member finding it stands for. */
export const SAME_TERMS_SYSTEM = 'https://ddx.dev/same-terms';

/** Normalised lexicon key of a term (its phrase forms joined by spaces), '' for a term with no words. */
export function termKey(term: string): string {
  return phraseForms(term).join(' ');
}

/** Normalised form -> the synonym groups containing it (the lexicon's group expansion). */
export function synonymGroupIndex(groups: readonly (readonly string[])[] = SYNONYM_GROUPS): Map<string, (readonly string[])[]> {
  const out = new Map<string, (readonly string[])[]>();
  for (const g of groups) for (const form of g) (out.get(termKey(form)) ?? out.set(termKey(form), []).get(termKey(form))!).push(g);
  return out;
}

/** Every term a finding is read by (its name, synonyms and their synonym-group forms): key -> the term as written. */
export function findingTerms(f: Pick<FindingDef, 'name' | 'synonyms'>, groups: ReadonlyMap<string, readonly (readonly string[])[]>): Map<string, string> {
  const out = new Map<string, string>();
  const add = (t: string): void => {
    const k = termKey(t);
    if (k !== '' && !out.has(k)) out.set(k, t);
  };
  for (const t of [f.name, ...(f.synonyms ?? [])]) {
    add(t);
    for (const g of groups.get(termKey(t)) ?? []) for (const form of g) add(form);
  }
  return out;
}

/** The member ids a shared-terms finding stands for (empty for any other finding). */
export function sameTermsMembers(f: Pick<FindingDef, 'codes'>): string[] {
  return (f.codes ?? []).filter((c) => c.system === SAME_TERMS_SYSTEM).map((c) => c.code);
}

/**
 * Terms shared by two or more binary findings, grouped by the set of findings sharing them: sorted member ids
 * joined by spaces -> the shared terms (key -> as written, in model order). Shared-terms findings are left out.
 */
export function sharedTermSets(findings: readonly FindingDef[], groups = synonymGroupIndex()): Map<string, Map<string, string>> {
  const byKey = new Map<string, { ids: string[]; term: string }>();
  for (const f of findings) {
    if (f.valueType !== 'binary' || sameTermsMembers(f).length > 0) continue;
    for (const [k, t] of findingTerms(f, groups)) {
      const e = byKey.get(k);
      if (e) e.ids.push(f.id);
      else byKey.set(k, { ids: [f.id], term: t });
    }
  }
  const out = new Map<string, Map<string, string>>();
  for (const [k, { ids, term }] of byKey) {
    if (ids.length < 2) continue;
    const set = [...ids].sort().join(' ');
    (out.get(set) ?? out.set(set, new Map()).get(set)!).set(k, term);
  }
  return out;
}

/**
 * The connected sets of findings sharing terms (two findings joined when one term is read as both): sorted
 * member ids, each set sorted by its first id.
 */
export function connectedSharers(sets: ReadonlyMap<string, unknown>): string[][] {
  const parent = new Map<string, string>();
  const root = (x: string): string => {
    let r = x;
    while (parent.get(r) !== r) r = parent.get(r)!;
    parent.set(x, r);
    return r;
  };
  for (const set of sets.keys()) {
    const ids = set.split(' ');
    for (const id of ids) if (!parent.has(id)) parent.set(id, id);
    for (const id of ids.slice(1)) parent.set(root(id), root(ids[0]!));
  }
  const groups = new Map<string, string[]>();
  for (const id of [...parent.keys()].sort()) (groups.get(root(id)) ?? groups.set(root(id), []).get(root(id))!).push(id);
  return [...groups.values()].sort((a, b) => a[0]!.localeCompare(b[0]!));
}

/**
 * Shared-terms sets of true synonyms only (docs/sessions/23-numbers8.md): a connected set of findings sharing
 * terms is kept only if every member's own name, normalised as the reader does, is a term of every other member;
 * a general word and its subtypes ("chest pain" for chest tightness and sharp chest pain) fail and stay apart.
 * Returns the kept sets (as `sharedTermSets`) and the connected sets that passed.
 */
export function synonymTermSets(findings: readonly FindingDef[], groups = synonymGroupIndex()): { sets: Map<string, Map<string, string>>; passed: string[][] } {
  const sets = sharedTermSets(findings, groups);
  const byId = new Map(findings.map((f) => [f.id, f]));
  const terms = new Map<string, Set<string>>();
  const termsOf = (id: string): Set<string> => terms.get(id) ?? terms.set(id, new Set(findingTerms(byId.get(id)!, groups).keys())).get(id)!;
  const passed = connectedSharers(sets).filter((ids) => ids.every((a) => ids.every((b) => a === b || termsOf(b).has(termKey(byId.get(a)!.name)))));
  const kept = new Set(passed.flat());
  return { sets: new Map([...sets].filter(([set]) => set.split(' ').every((id) => kept.has(id)))), passed };
}

/** `key|memberId` for every term a shared-terms finding of the model reads in place of its members (the lexicon skips these). */
export function absorbedTerms(findings: readonly FindingDef[], groups = synonymGroupIndex()): Set<string> {
  const out = new Set<string>();
  for (const f of findings) {
    const members = sameTermsMembers(f);
    if (members.length === 0) continue;
    for (const k of findingTerms(f, groups).keys()) for (const m of members) out.add(`${k}|${m}`);
  }
  return out;
}
