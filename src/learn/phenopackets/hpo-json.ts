/**
 * Reads the Human Phenotype Ontology release in OBO-Graph JSON (`hp.json`): terms with labels,
 * synonyms, is_a parents, alt_ids and obsolete replacements, as the same `Ontology` the OBO parser
 * gives, so term resolution and closures work the same on either release.
 */
import { indexOntology, type OboTerm, type Ontology } from './obo.js';

interface GraphNode {
  readonly id: string;
  readonly lbl?: string;
  readonly type?: string;
  readonly meta?: {
    readonly deprecated?: boolean;
    readonly synonyms?: readonly { readonly pred?: string; readonly val: string }[];
    readonly basicPropertyValues?: readonly { readonly pred: string; readonly val: string }[];
  };
}
interface GraphEdge { readonly sub: string; readonly pred: string; readonly obj: string }

const ALT_ID = 'http://www.geneontology.org/formats/oboInOwl#hasAlternativeId';
const REPLACED_BY = 'http://purl.obolibrary.org/obo/IAO_0100001';

/** `http://purl.obolibrary.org/obo/HP_0001250` -> `HP:0001250`; undefined for other namespaces. */
function hpId(iri: string): string | undefined {
  const m = /\/HP_(\d{7})$/.exec(iri);
  return m ? `HP:${m[1]!}` : undefined;
}

export function parseHpoJson(text: string): Ontology {
  const doc = JSON.parse(text) as { graphs: { nodes: GraphNode[]; edges: GraphEdge[] }[] };
  const g = doc.graphs[0]!;
  const parents = new Map<string, string[]>();
  for (const e of g.edges) {
    if (e.pred !== 'is_a') continue;
    const s = hpId(e.sub);
    const o = hpId(e.obj);
    if (!s || !o) continue;
    const list = parents.get(s) ?? [];
    list.push(o);
    parents.set(s, list);
  }
  const terms = new Map<string, OboTerm>();
  for (const n of g.nodes) {
    const id = hpId(n.id);
    if (!id || n.type !== 'CLASS') continue;
    const props = n.meta?.basicPropertyValues ?? [];
    const replacedBy = props.find((p) => p.pred === REPLACED_BY)?.val;
    terms.set(id, {
      id,
      name: (n.lbl ?? id).replace(/^obsolete /, ''),
      synonyms: (n.meta?.synonyms ?? []).map((s) => s.val),
      exactSynonyms: (n.meta?.synonyms ?? []).filter((s) => s.pred === 'hasExactSynonym').map((s) => s.val),
      parents: [...new Set(parents.get(id) ?? [])].sort(),
      altIds: props.filter((p) => p.pred === ALT_ID).map((p) => p.val),
      obsolete: n.meta?.deprecated === true,
      ...(replacedBy ? { replacedBy } : {}),
    });
  }
  // Sorted by id, so a label two terms share goes to the same one whatever the file's order.
  return indexOntology(terms, [...terms.values()].sort((a, b) => (a.id < b.id ? -1 : 1)));
}
