/**
 * The HPO ontology as a model carries it (findings with their HPO codes, and the is-a hierarchy), so
 * a benchmark or a user's case maps terms onto a model built from the HPO without the release files:
 * alt_ids and replaced obsolete ids resolve through the findings' extra HPO codes.
 */
import type { KnowledgeModel } from '../../core/model.js';
import { normaliseLabel, type OboTerm, type Ontology } from './obo.js';
import { PHENOTYPIC_ABNORMALITY, ROOT_ALL } from './terms.js';

export function ontologyFromModel(model: KnowledgeModel): Ontology {
  const parents = model.hierarchy?.parents ?? {};
  const terms = new Map<string, OboTerm>();
  const primary = new Map<string, string>();
  const byName = new Map<string, string>();
  const children = new Map<string, string[]>();
  const add = (t: OboTerm): void => {
    terms.set(t.id, t);
    for (const p of t.parents) (children.get(p) ?? children.set(p, []).get(p)!).push(t.id);
  };
  add({ id: ROOT_ALL, name: 'All', synonyms: [], parents: [], altIds: [], obsolete: false });
  add({ id: PHENOTYPIC_ABNORMALITY, name: 'Phenotypic abnormality', synonyms: [], parents: [ROOT_ALL], altIds: [], obsolete: false });
  for (const f of model.findings) {
    if (!/^HP:\d{7}$/.test(f.id)) continue;
    const altIds = (f.codes ?? []).filter((c) => c.system === 'HPO' && c.code !== f.id).map((c) => c.code);
    const ps = parents[f.id];
    add({ id: f.id, name: f.name, synonyms: [], parents: ps && ps.length > 0 ? [...ps] : [PHENOTYPIC_ABNORMALITY], altIds, obsolete: false });
    for (const a of altIds) primary.set(a, f.id);
    const k = normaliseLabel(f.name);
    if (k && !byName.has(k)) byName.set(k, f.id);
  }
  return { terms, primary, byName, children };
}
