/**
 * Features a condition's Human Disease Ontology text definition names (session 41 profiles7; issue 13). DO writes a
 * text definition (`def:` of doid.obo; Schriml LM et al., "The Human Disease Ontology 2022 update", Nucleic Acids Res
 * 2022;50:D1255-61; CC0 1.0) for most of its terms, in one house style: "A corneal disease that is characterized by
 * ...", "... results_in inflammation located_in meninges ..., has_symptom fever, has_symptom headache ...". The
 * machine-readable "has symptom" links (disease-symptom.tsv, DO-subClassOf-anonymous) hold only a part of what those
 * sentences name, so a condition whose profile is silent on a feature its own definition states scores it at the leak.
 * This module reads a definition with the notes reader over the build's phenotype lexicon (the lexicon the DO links
 * are mapped by, `phenotypes.ts`): affirmed, patient, present mentions only, so a negated feature ("without fever")
 * is dropped by the reader's own negation rules; the definition's "located_in" parts (where the disease sits, an
 * anatomical site, not a feature of the patient) and its genus (the parent class the definition opens with, a
 * disease) are masked before reading; each finding once. The shipped build (session 41 profiles8) reads only the
 * feature clauses (`featureClauses`: has_symptom, characterized by), where the definition grammar names features;
 * the whole-definition reader misread tissue and mechanism words as symptoms. Which conditions and
 * terms take the findings, and at what weight, is the build's (`source-symptoms.ts`, `SOURCE_SYMPTOMS.definitions`).
 */
import type { FindingDef } from '../../core/model.js';
import { buildLexicon, extractFindings } from '../../intake/notes/index.js';
import { presentMentions } from './phenotypes.js';

/** The quoted text of an OBO `def:` line, its escapes undone; undefined for another line. */
export function oboDefinition(line: string): string | undefined {
  const m = /^def: "((?:[^"\\]|\\.)*)"/.exec(line);
  return m ? m[1]!.replace(/\\(.)/g, '$1') : undefined;
}

/**
 * A definition's "located_in" part: the relation and its object, up to the next clause (a comma, semicolon or full
 * stop, another relation "has_…" / "results_in", or a relative clause "that" / "which"). "results_in inflammation
 * located_in meninges and located_in brain, has_symptom fever" keeps "results_in inflammation" and "has_symptom fever".
 */
const LOCATED_IN = /\blocated_in\b[^,;]*?(?=[,;]|\.(?:\s|$)|\bhas_|\bresults_in\b|\bthat\b|\bwhich\b|$)/g;

/**
 * A definition's genus: DO writes its definitions in the genus-differentia form ("A [parent class] that [differentia]",
 * "An autoimmune disease of the nervous system that ..."), so the opening noun phrase names the is_a parent, a
 * disease class, not a feature of the patient ("nervous system disease" is no nervousness, "A hypertension
 * characterized by ... in the pulmonary artery" no raised blood pressure). Up to the first word that opens the
 * differentia, within 80 characters and one clause; a definition of another shape keeps its opening.
 */
const GENUS = /^(?:An?|The)\s+[^,;.]{1,80}?(?=\s+(?:that|which|in which|where|characteri[sz]ed|involving|marked|caused|resulting|results_in|has_\w+|with)\b)/;

/** A definition as the reader reads it: its genus and its "located_in" parts masked, the relations' underscores read as spaces. */
export function definitionText(def: string): string {
  return def.replace(GENUS, ';').replace(LOCATED_IN, ';').replace(/_/g, ' ');
}

/**
 * DO's relation words, the OWL relations its definitions write inline (the logical-definition properties of doid.obo:
 * has_symptom, located_in, results_in, has_material_basis_in, transmitted_by, derives_from, ...). Each opens a new
 * clause of the definition, so a feature clause ends at the next one.
 */
const RELATION = String.raw`\b(?:has_symptom|located_in|results_in(?:_formation_of)?|caused_by|transmitted_by|has_material_basis_in|derives_from|develops_from|arises_from|occurs_with|realized_by|has_allergic_trigger|composed_of|characteri[sz]ed_by|is_a|has_[a-z_]+|[a-z]+_(?:in|by|of|from|with))\b`;

/**
 * The clauses in which DO's definition grammar names a feature of the disease (session 41 profiles8): the text after
 * each `has_symptom`, and after "characterized by" / "characterised by" (or its underscore form), each up to the next
 * relation word (`RELATION`) or the sentence's end (a full stop before a space or the text's end). The rest (the genus,
 * "results_in inflammation", "located_in meninges", "has_material_basis_in ...", a differentia's prose about tissue or
 * mechanism) is not read. `parts` 'has-symptom' keeps the `has_symptom` clauses only. The clauses are joined as separate
 * sentences, so no negation scope crosses from one to the next.
 */
export function featureClauses(def: string, parts: 'features' | 'has-symptom' = 'features'): string {
  const opener = parts === 'has-symptom' ? String.raw`\bhas_symptom\b` : String.raw`\bhas_symptom\b|\bcharacteri[sz]ed[ _]by\b`;
  const re = new RegExp(String.raw`(?:${opener})([\s\S]*?)(?=${RELATION}|\bcharacteri[sz]ed by\b|\.(?:\s|$)|$)`, 'gi');
  const out: string[] = [];
  for (const m of def.matchAll(re)) {
    const c = m[1]!.replace(/^[\s,;:]+|[\s,;:]+$/g, '').replace(/\s+(?:and|or)$/i, '');
    if (c.length > 0) out.push(c.replace(/_/g, ' '));
  }
  return out.map((c) => `${c}.`).join(' ');
}

/**
 * A reader from a DO definition to the findings (of `findings`, the phenotype lexicon's) it states as present, read
 * from the 'whole' definition (genus and located_in parts masked, `definitionText`) or only from its feature clauses
 * (`featureClauses`): affirmed, not uncertain or hypothetical, the patient's, no categorical value; each finding once, sorted.
 */
export function definitionReader(findings: readonly FindingDef[], parts: 'whole' | 'features' | 'has-symptom' = 'whole'): (def: string) => string[] {
  const lex = buildLexicon({ id: 'primary-care', version: 'build', findings });
  return (def: string): string[] => {
    const text = parts === 'whole' ? definitionText(def) : featureClauses(def, parts);
    if (text.length === 0) return [];
    const x = extractFindings(text, lex, { loosePairs: false, readings: false });
    if (!x.ok) return [];
    const ms = presentMentions(x.value.mentions);
    return [...new Set(ms.map((m) => m.findingId))].sort();
  };
}

/**
 * Condition id -> finding -> `p` for the findings each condition's own DO terms' definitions state (`own`: condition
 * id -> DOIDs; `defs`: DOID -> definition), those `accept` admits; sorted by condition, then finding, so the build
 * stays byte-reproducible.
 */
export function definitionRows(
  own: ReadonlyMap<string, readonly string[]>, defs: ReadonlyMap<string, string>, read: (def: string) => string[],
  accept: (cid: string, findingId: string) => boolean, p: number,
): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>();
  for (const [cid, doids] of [...own].sort((a, b) => a[0].localeCompare(b[0]))) {
    const fids = new Set<string>();
    for (const d of [...doids].sort()) { const def = defs.get(d); if (def !== undefined) for (const f of read(def)) fids.add(f); }
    const row = [...fids].filter((f) => accept(cid, f)).sort();
    if (row.length > 0) out.set(cid, new Map(row.map((f) => [f, p])));
  }
  return out;
}
