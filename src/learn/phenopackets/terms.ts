/**
 * HPO term handling shared by the learner and the benchmark: resolve a case's term to a current
 * 2015-ontology id (directly, through alt_id/replaced_by, or by its label from hpo-labels.json), its
 * phenotype closure (the term and its ancestors under "Phenotypic abnormality"), and the mapping of
 * a case's terms onto a model's findings. Terms the old ontology cannot place stay leaf findings.
 */
import { ancestors, descendants, resolveTerm, type Ontology } from './obo.js';

export const ROOT_ALL = 'HP:0000001';
export const PHENOTYPIC_ABNORMALITY = 'HP:0000118';

export interface TermMapper {
  readonly ontology: Ontology;
  /** The 2015 id for a term, or the term itself when the ontology cannot place it. */
  resolve(term: string): string;
  /** The term (resolved) and its ancestors under "Phenotypic abnormality", sorted; [term] for unplaced terms. */
  closure(term: string): readonly string[];
  label(term: string): string;
}

export function createTermMapper(ontology: Ontology, labels: Readonly<Record<string, string>>): TermMapper {
  const resolved = new Map<string, string>();
  const closures = new Map<string, readonly string[]>();
  const resolve = (t: string): string => {
    let r = resolved.get(t);
    if (r === undefined) {
      r = resolveTerm(ontology, t, labels[t]) ?? t;
      resolved.set(t, r);
    }
    return r;
  };
  return {
    ontology,
    resolve,
    closure(t) {
      const r = resolve(t);
      let c = closures.get(r);
      if (!c) {
        if (!ontology.terms.has(r)) c = [r];
        else {
          const anc = ancestors(ontology, r);
          c = anc.includes(PHENOTYPIC_ABNORMALITY) ? [r, ...anc].filter((x) => x !== ROOT_ALL && x !== PHENOTYPIC_ABNORMALITY).sort() : [];
        }
        closures.set(r, c);
      }
      return c;
    },
    label(t) {
      return labels[t] ?? ontology.terms.get(resolve(t))?.name ?? t;
    },
  };
}

/** A case's terms mapped onto a model's findings. */
export interface MappedTerms {
  /** Most specific model findings for the present terms (no finding is an ancestor of another). */
  readonly presentSpecific: readonly string[];
  /** All model findings implied present (closure). */
  readonly presentClosure: readonly string[];
  /** Model findings explicitly excluded (with their descendants in the model), minus anything present. */
  readonly excluded: readonly string[];
  /** Excluded terms as given (resolved, in the model), for static scoring. */
  readonly excludedDirect: readonly string[];
}

export function mapCaseTerms(m: TermMapper, present: readonly string[], excluded: readonly string[], inModel: (id: string) => boolean): MappedTerms {
  const closure = new Set<string>();
  const direct = new Set<string>();
  for (const t of present) {
    const c = m.closure(t);
    for (const x of c) if (inModel(x)) closure.add(x);
    const r = m.resolve(t);
    if (inModel(r)) direct.add(r);
    else {
      // Nearest ancestors the model knows.
      let frontier = [...(m.ontology.terms.get(r)?.parents ?? [])];
      const seen = new Set<string>();
      while (frontier.length > 0) {
        const hits = frontier.filter((x) => inModel(x));
        if (hits.length > 0) {
          for (const h of hits) direct.add(h);
          break;
        }
        const next: string[] = [];
        for (const f of frontier) for (const p of m.ontology.terms.get(f)?.parents ?? []) if (!seen.has(p)) { seen.add(p); next.push(p); }
        frontier = next;
      }
    }
  }
  const covered = new Set<string>();
  for (const d of direct) for (const a of m.closure(d)) if (a !== d) covered.add(a);
  const presentSpecific = [...direct].filter((d) => !covered.has(d)).sort();
  const excl = new Set<string>();
  const exclDirect = new Set<string>();
  for (const t of excluded) {
    const r = m.resolve(t);
    if (closure.has(r)) continue;
    if (inModel(r)) {
      excl.add(r);
      exclDirect.add(r);
    }
    if (m.ontology.terms.has(r)) for (const d of descendants(m.ontology, r)) if (inModel(d) && !closure.has(d)) excl.add(d);
  }
  return { presentSpecific, presentClosure: [...closure].sort(), excluded: [...excl].sort(), excludedDirect: [...exclDirect].sort() };
}
