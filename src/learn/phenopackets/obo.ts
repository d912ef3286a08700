/**
 * A small parser for OBO 1.2 ontology files (enough for the Human Phenotype Ontology): terms with
 * id, name, synonyms, is_a parents, alt_ids and obsolete/replaced_by, plus ancestor and descendant
 * closures. It reads the file the user points at; nothing of the ontology is compiled into the repo.
 */

export interface OboTerm {
  readonly id: string;
  readonly name: string;
  readonly synonyms: readonly string[];
  /** The exact synonyms among `synonyms`, where the release says which (the OBO-Graph JSON reader). */
  readonly exactSynonyms?: readonly string[];
  readonly parents: readonly string[];
  readonly altIds: readonly string[];
  readonly obsolete: boolean;
  readonly replacedBy?: string;
}

export interface Ontology {
  readonly terms: ReadonlyMap<string, OboTerm>;
  /** alt_id or obsolete id -> current primary id. */
  readonly primary: ReadonlyMap<string, string>;
  /** Normalised name or synonym -> primary id (first term wins, in file order). */
  readonly byName: ReadonlyMap<string, string>;
  readonly children: ReadonlyMap<string, readonly string[]>;
}

/** Lower-case, strip punctuation and collapse spaces, so labels from different releases compare equal. */
export function normaliseLabel(s: string): string {
  return s.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

function unquote(v: string): string {
  const m = /^"((?:[^"\\]|\\.)*)"/.exec(v);
  return m ? m[1]!.replace(/\\(.)/g, '$1') : v;
}

export function parseObo(text: string): Ontology {
  const terms = new Map<string, OboTerm>();
  let cur: { id?: string; name: string; synonyms: string[]; parents: string[]; altIds: string[]; obsolete: boolean; replacedBy?: string } | undefined;
  let inTerm = false;
  const flush = (): void => {
    if (inTerm && cur?.id) {
      const t: OboTerm = { id: cur.id, name: cur.name, synonyms: cur.synonyms, parents: cur.parents, altIds: cur.altIds, obsolete: cur.obsolete, ...(cur.replacedBy ? { replacedBy: cur.replacedBy } : {}) };
      terms.set(t.id, t);
    }
    cur = undefined;
  };
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim();
    if (line.startsWith('[')) {
      flush();
      inTerm = line === '[Term]';
      if (inTerm) cur = { name: '', synonyms: [], parents: [], altIds: [], obsolete: false };
      continue;
    }
    if (!inTerm || !cur || line === '' || line.startsWith('!')) continue;
    const colon = line.indexOf(':');
    if (colon < 0) continue;
    const key = line.slice(0, colon);
    const value = line.slice(colon + 1).replace(/\s!.*$/, '').trim();
    switch (key) {
      case 'id': cur.id = value; break;
      case 'name': cur.name = value; break;
      case 'synonym': cur.synonyms.push(unquote(value)); break;
      case 'is_a': cur.parents.push(value.split(/\s/)[0]!); break;
      case 'alt_id': cur.altIds.push(value); break;
      case 'is_obsolete': cur.obsolete = value === 'true'; break;
      case 'replaced_by': cur.replacedBy = value; break;
      default: break;
    }
  }
  flush();
  return indexOntology(terms, terms.values());
}

/**
 * The lookups of an ontology from its terms: alt and obsolete ids to the live term, labels and synonyms to
 * ids (the first term in `order` wins a shared label), and children of each term. Shared by the OBO and
 * OBO-Graph JSON readers.
 */
export function indexOntology(terms: Map<string, OboTerm>, order: Iterable<OboTerm>): Ontology {
  const primary = new Map<string, string>();
  const byName = new Map<string, string>();
  const children = new Map<string, string[]>();
  for (const t of order) {
    for (const a of t.altIds) if (!terms.has(a)) primary.set(a, t.id);
    if (t.obsolete) {
      if (t.replacedBy) primary.set(t.id, t.replacedBy);
      continue;
    }
    for (const n of [t.name, ...t.synonyms]) {
      const k = normaliseLabel(n);
      if (k && !byName.has(k)) byName.set(k, t.id);
    }
    for (const p of t.parents) {
      const list = children.get(p) ?? [];
      list.push(t.id);
      children.set(p, list);
    }
  }
  return { terms, primary, byName, children };
}

/** The current id for a term: itself if live, else its alt_id owner or replacement; undefined if unknown. */
export function resolveTerm(o: Ontology, id: string, label?: string): string | undefined {
  const t = o.terms.get(id);
  if (t && !t.obsolete) return id;
  const p = o.primary.get(id);
  if (p && o.terms.get(p) && !o.terms.get(p)!.obsolete) return p;
  if (label !== undefined) return o.byName.get(normaliseLabel(label));
  return undefined;
}

/** All ancestors of a term (not including itself), memoised per ontology. */
const ancestorCache = new WeakMap<Ontology, Map<string, readonly string[]>>();
export function ancestors(o: Ontology, id: string): readonly string[] {
  let cache = ancestorCache.get(o);
  if (!cache) {
    cache = new Map();
    ancestorCache.set(o, cache);
  }
  const hit = cache.get(id);
  if (hit) return hit;
  const out = new Set<string>();
  const stack = [...(o.terms.get(id)?.parents ?? [])];
  while (stack.length > 0) {
    const p = stack.pop()!;
    if (out.has(p)) continue;
    out.add(p);
    for (const q of o.terms.get(p)?.parents ?? []) stack.push(q);
  }
  const list = [...out].sort();
  cache.set(id, list);
  return list;
}

/** All descendants of a term (not including itself). */
export function descendants(o: Ontology, id: string): string[] {
  const out = new Set<string>();
  const stack = [...(o.children.get(id) ?? [])];
  while (stack.length > 0) {
    const c = stack.pop()!;
    if (out.has(c)) continue;
    out.add(c);
    for (const d of o.children.get(c) ?? []) stack.push(d);
  }
  return [...out].sort();
}

/** Keep only the most specific terms: drop any term that is an ancestor of another term in the set. */
export function mostSpecific(o: Ontology, ids: Iterable<string>): string[] {
  const set = new Set(ids);
  const covered = new Set<string>();
  for (const id of set) for (const a of ancestors(o, id)) covered.add(a);
  return [...set].filter((id) => !covered.has(id)).sort();
}
