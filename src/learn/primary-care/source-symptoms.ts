/**
 * Source symptoms (thirty-eighth session, docs/sessions/38-profiles1.md; issue 13). A condition's profile lists the
 * findings SymCat, the Columbia KB, the catalog and the authored files give it; a common symptom none of them names
 * scores at the finding's leak (often 0.002), so a rival that lists it gains 5-6 nats on it. Where a general source
 * names that symptom for the condition, the profile is silent by omission, not by knowledge. This step fills such
 * gaps, for every condition alike, from two general sources the build already reads (phenotypes.ts):
 *   - the Human Disease Ontology's "has symptom" links of the DO terms the condition is linked to (disease-symptom.tsv
 *     and DO-subClassOf-anonymous; Schriml LM et al. 2022, Nucleic Acids Res 50:D1255-61), at DO_SYMPTOM_P (DO states
 *     no frequency);
 *   - with `hpo` ('hallmarks' or 'all'), the HPO annotations (phenotype.hpoa; Gargano MA et al. 2024, Nucleic Acids
 *     Res 52:D1333-46) of the OMIM/Orphanet diseases MONDO matches exactly to those DO terms, at the frequency HPO
 *     states (its class midpoints, or a shrunk count: `parseFrequency`): 'hallmarks' takes only those HPO marks very
 *     frequent or obligate (FREQUENT_MIN, as the coded conditions do), 'all' every stated one; an annotation without a
 *     stated frequency adds nothing. Neither setting passed the knowledge gate over every linked term
 * (docs/sessions/38-profiles1.md): one condition took a subtype's symptoms through a synonym naming the subtype. So
 * session 39 profiles3 tried only the condition's own DO terms, those its own name names (`ownTerms`), and then also
 * only the uncommon prevalence class (`sourceSymptomClass`): the first lost a MedQA read top-5 case, the second two
 * DDXPlus-broad top-5 cases (docs/sessions/39-profiles3.md). Session 39 profiles4 keeps every linked term but those
 * that are another model condition's own term (`notOthersTerms`): the subtype a synonym names is usually a condition
 * of its own (docs/sessions/39-profiles4.md). That passed every clause but the score halves' sum (-2). Session 40
 * profiles5 keeps its terms and lowers the weight a DO link enters at (`doWeight: 'occasional'`): DO states no
 * frequency, so the link takes HPO's "occasional" frequency band (HP:0040283, 5-29 % of the cases), at the band's midpoint the build already reads it at (DO_LINK_OCCASIONAL_P, 0.17; `phenopackets/hpoa.ts`),
 * rather than DO_SYMPTOM_P's .4, the value a DO link of an ontology-added disease takes (where it is the profile's
 * whole evidence). A silent profile's gap is filled, but a rival's shared symptom is not outweighed by a guess.
 * Session 41 profiles7 (`definitions`) tried adding, at the same weight, the findings the condition's own DO terms'
 * text definitions state (`do-definitions.ts`): for every step condition the read pool's top-5 fell by 2 (sum +7,
 * DDXPlus-broad up), for profiles under 12 findings the sum rose only 2 (docs/sessions/41-profiles7.md). Session 41
 * profiles8 reads only the clauses DO's definition grammar names features in (has_symptom, characterized by;
 * `featureClauses`), for every step condition: 80 entries on 50 conditions, the read pool +8 with no count down
 * (docs/sessions/41-profiles8.md); it is on (`definitions: 'features'`).
 * Only general symptoms are filled: findings of SymCat's list (the reasons for visit of the US CDC's ambulatory care
 * surveys, NAMCS/NHAMCS), never an HPO phenotype sign, a catalog result or a history item; only where the source's
 * value exceeds the finding's leak; and only for conditions a clinician meets (not added by an ontology step, not of
 * the rare prevalence class), so no rare condition gains a common presentation. Values already set win.
 */
import type { FindingDef } from '../../core/model.js';
import type { PrevalenceClass } from './knowledge.js';
import { DO_SYMPTOM_P, type Phenotypes, type phenotypeMapper } from './phenotypes.js';

/**
 * P(finding | disease) of a DO "has symptom" link in this step with `doWeight: 'occasional'`: the midpoint of HPO's
 * "Occasional" frequency band (HP:0040283, "present in 5% to 29% of the cases"), as `phenopackets/hpoa.ts` reads that
 * band. A general convention for a stated-but-unquantified link, never fitted to a bench set.
 */
export const DO_LINK_OCCASIONAL_P = 0.17;

/**
 * The switch of the step, whether HPO annotations join DO's links, which of a condition's linked DO terms speak
 * for it (build.ts reads it): 'every' term the vocabulary linker gave it, only its 'own' terms, those its own name
 * names (`ownTerms`), or every term but those that are another model condition's own ('not-others', `notOthersTerms`),
 * and the weight a DO link enters at (`doWeight`: 'default' DO_SYMPTOM_P, 'occasional' DO_LINK_OCCASIONAL_P).
 */
export const SOURCE_SYMPTOMS: {
  readonly on: boolean; readonly hpo: 'none' | 'hallmarks' | 'all'; readonly terms: 'every' | 'own' | 'not-others'; readonly classes: 'not-rare' | 'uncommon';
  readonly doWeight: 'default' | 'occasional';
  readonly definitions: DefinitionSetting;
} = { on: true, hpo: 'none', terms: 'not-others', classes: 'not-rare', doWeight: 'occasional', definitions: 'features' };

/**
 * Whether the findings a condition's own DO terms' text definitions state (`do-definitions.ts`; session 41 profiles7)
 * join the step: 'none' (off), 'all' the step's conditions ('features' and 'has-symptom' too, reading only a part of
 * each definition: `definitionParts`), or `{ silentBelow: n }` only those whose profile lists
 * fewer than n findings when the step runs. They enter at DO_LINK_OCCASIONAL_P (a definition, like a link, states
 * no frequency), any finding of the phenotype lexicon (symptom, sign, history), where the profile lists nothing yet
 * and the value exceeds the finding's leak. Only the condition's own DO terms (`ownTerms`): a definition describes
 * the class it defines, so a term reached through a synonym or a code would lend a subtype's or a parent's features.
 */
export type DefinitionSetting = 'none' | 'all' | 'features' | 'has-symptom' | { readonly silentBelow: number };

/**
 * Which part of a definition is read under `s`: the 'whole' definition (genus and located_in masked; 'all' and
 * `silentBelow`), or only the clauses DO's grammar names features in (`featureClauses`; session 41 profiles8):
 * 'features' its has_symptom and characterized-by clauses, 'has-symptom' its has_symptom clauses alone.
 */
export function definitionParts(s: DefinitionSetting): 'whole' | 'features' | 'has-symptom' {
  return s === 'features' || s === 'has-symptom' ? s : 'whole';
}

/** The step's setting as the manifest states it: `definitions` only when on, so a build with it off is the build before it. */
export function sourceSymptomsParameter(s: typeof SOURCE_SYMPTOMS): string {
  const { definitions, ...rest } = s;
  return JSON.stringify(definitions === 'none' ? rest : s);
}

/** Whether a condition whose profile lists `size` findings takes its definition's findings under `s`. */
export function definitionFor(s: DefinitionSetting, size: number): boolean {
  return s === 'none' ? false : typeof s === 'string' ? true : size < s.silentBelow;
}

/** The P a DO link of this step enters at, by `doWeight`. */
export function doLinkWeight(w: 'default' | 'occasional'): number {
  return w === 'occasional' ? DO_LINK_OCCASIONAL_P : DO_SYMPTOM_P;
}

/**
 * Whether a condition of prevalence class `cls` (undefined: not listed, the build's default class) takes source
 * symptoms: 'not-rare' every class but rare (session 38 profiles1), 'uncommon' the uncommon class only. The very
 * common and common conditions' profiles come from SymCat's visit counts, so a symptom they leave out is more often
 * absent by count than by omission (session 38 profiles2: their DO links alone cost the read pool 5).
 */
export function sourceSymptomClass(cls: PrevalenceClass | undefined, classes: 'not-rare' | 'uncommon', fallback: PrevalenceClass): boolean {
  const c = cls ?? fallback;
  return classes === 'uncommon' ? c === 'u' : c !== 'r';
}

/**
 * The linked DO terms that are the condition's own: those the linker (ontologies.ts' `linkConditions`) reaches from
 * the condition's name alone, a DO label or EXACT synonym naming it. The linker also follows the condition's other
 * names and its ICD-10-CM codes, and those reach further: an authored synonym can name a subtype (viral hepatitis
 * lists "hepatitis A"), a code or another name a broader DO term (cervical radiculopathy reaches DO's
 * "radiculopathy"). DO states a "has symptom" axiom on the class it names, so only the condition's own classes give
 * it symptoms. `ownLinks` is the linker's output on the conditions' names only; a term must be in both.
 */
export function ownTerms(linked: ReadonlyMap<string, readonly string[]>, ownLinks: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const [cid, ds] of linked) {
    const own = new Set(ownLinks.get(cid) ?? []);
    const keep = ds.filter((d) => own.has(d));
    if (keep.length > 0) out.set(cid, keep);
  }
  return out;
}

/**
 * The linked DO terms less those that are another model condition's own term (session 39 profiles4). The linker
 * reaches a condition's DO terms through all its names and codes; where one of them is a term another condition of
 * the model is linked to by its own name alone (`ownLinks`, as in `ownTerms`), that term is that other condition, and
 * its "has symptom" axioms describe it, not this one (viral hepatitis lists "hepatitis A", the model's acute hepatitis
 * A). A term that is also this condition's own stays. Terms no other condition owns stay too, so a synonym reaching
 * the condition's own disease under another name (flu's "influenza") keeps its links. One index over `ownLinks`, no
 * pairwise scan.
 */
export function notOthersTerms(linked: ReadonlyMap<string, readonly string[]>, ownLinks: ReadonlyMap<string, readonly string[]>): Map<string, string[]> {
  const owners = new Map<string, Set<string>>();
  for (const [cid, ds] of ownLinks) for (const d of ds) (owners.get(d) ?? owners.set(d, new Set()).get(d)!).add(cid);
  const out = new Map<string, string[]>();
  for (const [cid, ds] of linked) {
    const keep = ds.filter((d) => { const o = owners.get(d); return o === undefined || o.has(cid); });
    if (keep.length > 0) out.set(cid, keep);
  }
  return out;
}

/** SymCat's symptom list, the general symptoms (sources.ts codes each of its findings so). */
export const SYMCAT_SYSTEM = 'https://www.symcat.com/symptoms';

/** Whether a finding is a general symptom: binary and on SymCat's list. */
export function isGeneralSymptom(f: FindingDef): boolean {
  return f.valueType === 'binary' && (f.codes ?? []).some((c) => c.system === SYMCAT_SYSTEM);
}

interface MondoLike { readonly doid: readonly string[]; readonly rare: readonly string[] }

/**
 * Condition id -> general symptom -> the sources' P, for the conditions in `eligible` (each with its linked DOIDs) and
 * the findings `general` accepts: DO "has symptom" links at `doP` (DO_SYMPTOM_P by default) and, with `hpo`, the frequency-stated
 * annotations of the OMIM/Orphanet diseases MONDO matches exactly to those DOIDs; the highest value per finding.
 * Sorted by condition, then finding, so the build stays byte-reproducible.
 */
export function sourceSymptomRows(
  eligible: ReadonlyMap<string, readonly string[]>, mondo: readonly MondoLike[], ph: Phenotypes, map: ReturnType<typeof phenotypeMapper>,
  general: (findingId: string) => boolean, hpo: 'none' | 'hallmarks' | 'all', doP: number = DO_SYMPTOM_P,
): Map<string, Map<string, number>> {
  const rareByDoid = new Map<string, string[]>();
  if (hpo !== 'none') for (const m of mondo) for (const d of m.doid) for (const r of m.rare) if (ph.diseases.has(r)) (rareByDoid.get(d) ?? rareByDoid.set(d, []).get(d)!).push(r);
  const out = new Map<string, Map<string, number>>();
  for (const [cid, doids] of [...eligible].sort((a, b) => a[0].localeCompare(b[0]))) {
    const row = new Map<string, number>();
    const put = (fid: string, p: number): void => { if (general(fid) && (row.get(fid) ?? 0) < p) row.set(fid, p); };
    for (const d of [...doids].sort()) {
      for (const s of ph.doSymptoms.get(d) ?? []) for (const fid of map.text(s)) put(fid, doP);
      for (const r of [...new Set(rareByDoid.get(d) ?? [])].sort()) {
        for (const a of ph.diseases.get(r)!.phenotypes) if (a.freq !== undefined && (hpo === 'all' || a.frequent === true)) for (const fid of map.hpo(a.hpo)) put(fid, a.freq);
      }
    }
    if (row.size > 0) out.set(cid, new Map([...row].sort((a, b) => a[0].localeCompare(b[0]))));
  }
  return out;
}
