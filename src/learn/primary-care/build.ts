/**
 * Builds the primary-care knowledge model from SymCat + Columbia KB + the authored, cited files in
 * knowledge/primary-care. Deterministic: sorted inputs, rounded numbers, no timestamps. Every modelling
 * choice (merge rule, priors, leaks) is documented in docs/primary-care.md; the constants are here.
 */
import { InputError, issue, type Issue } from '../../core/issues.js';
import { FINDING_EXPOSURES, type ActionDef, type BinaryFinding, type Coding, type ConditionDef, type FindingDef, type FindingHierarchy, type KnowledgeModel, type NextSteps, type RedFlagRule } from '../../core/model.js';
import { validateModel } from '../../core/validate-model.js';
import { CODE_VERSION } from '../../core/version.js';
import { nameKeys } from '../../core/disease-names.js';
import { conceptFindings } from '../../intake/fhir/match.js';
import { roundSig, sha256Hex } from '../artifact.js';
import { FREQ_CLASSES, type Knowledge, type PrevalenceClass } from './knowledge.js';
import { SYMCAT_AGE_BANDS, type ColumbiaEntry, type SymcatData } from './sources.js';
import { DOID_SYSTEM, MONDO_SYSTEM, linkConditions, DO_DISEASE_MIN_DEPTH, doDepths, type LinkedNames, type Ontologies } from './ontologies.js';
import { ICD_SIBLING_FILL, fillFromIcdSiblings } from './icd-siblings.js';
import { hpoFindingParents } from './hpo-true-path.js';
import { categoryGapConditions, CATEGORY_GAPS } from './category-gaps.js';
import { conditionOrganisms, namedInfections, organismFinding, organismTestLikelihood, ORGANISM_TESTS } from './organisms.js';
import { ORGANISM_SYSTEM } from '../../intake/notes/organism-names.js';
import { definitionFor, definitionParts, doLinkWeight, sourceSymptomsParameter, DO_LINK_OCCASIONAL_P, isGeneralSymptom, notOthersTerms, ownTerms, sourceSymptomClass, sourceSymptomRows, SOURCE_SYMPTOMS } from './source-symptoms.js';
import { definitionReader, definitionRows } from './do-definitions.js';
import { codedPhenotypeEntries, coverageReader, hpoSynonyms, phenotypeFindings, phenotypeKnowledge, phenotypeLexicon, phenotypeMapper, synonymKey, type NewCondition, type Phenotypes } from './phenotypes.js';

/** A relative risk of 0 in SymCat is a rounded small number, not impossibility. */
export const RR_FLOOR = 0.02;
/** Leak of a SymCat symptom: half its mean frequency over all conditions, clamped to [LEAK_MIN, LEAK_MAX]. */
export const LEAK_MIN = 0.002;
/** Half a finding's mean frequency over `n` conditions, clamped to [floor, LEAK_MAX] and rounded as stored. */
function frequencyLeak(total: number, n: number, floor: number): number {
  return roundSig(Math.min(LEAK_MAX, Math.max(floor, (0.5 * total) / n)), 4);
}
export const LEAK_MAX = 0.05;
/**
 * The model-wide leak (fifteenth session, docs/sessions/15-vignettes.md). A finding's leak is its
 * probability in a patient whose condition does not list it; the SymCat rule estimates it over SymCat's 801
 * conditions only, so a symptom that the breadth, Columbia and phenotype knowledge list for hundreds of
 * conditions (fatigue: 209 of 1,419, leak 0.017; recent weight loss: 74, leak 0.002) keeps a leak far below
 * its share in the whole model, and every condition listing it gains 3-5 nats over the many conditions that
 * only failed to list a common symptom. With `on`, each binary symptom or sign that is not a catalog test
 * (whose leak is 1 - a cited specificity) gets at least `share` x its mean P(f | c) over all the model's
 * conditions (the finding's marginal under a flat prior, so its log-likelihood ratio is against how common
 * it is in the model), at most `max`. Findings of history kind (exposures with population-share leaks) are
 * left alone.
 */
export const MODEL_WIDE_LEAK: { readonly on: boolean; readonly share: number; readonly max: number } = { on: false, share: 1, max: 0.1 };

/** Raises the leak of symptoms and signs to `opts.share` x their mean frequency over all `nConditions` (see MODEL_WIDE_LEAK). */
export function modelWideLeaks(findings: Map<string, FindingDef>, lk: ReadonlyMap<string, ReadonlyMap<string, number>>, nConditions: number, opts: { share: number; max: number }): void {
  for (const [id, f] of findings) {
    if (f.valueType !== 'binary' || (f.kind !== 'symptom' && f.kind !== 'sign')) continue;
    if ((f.codes ?? []).some((c) => c.system === CONCEPT)) continue;
    const row = lk.get(id);
    if (!row || nConditions === 0) continue;
    let total = 0;
    for (const p of row.values()) total += p;
    const est = roundSig(Math.min(opts.max, (opts.share * total) / nConditions), 4);
    if (est > f.leak) findings.set(id, { ...f, leak: est });
  }
}

/**
 * HPO's is_a hierarchy over the model's HPO-coded findings (twenty-eighth session, docs/sessions/28-rank12.md;
 * `hpo-true-path.ts`), written as the model's `hierarchy` so compiling carries each listed entry to its unlisted
 * ancestors by noisy-OR (HPO's true path rule: a patient with a term has its ancestors) and credits the nearest
 * `maxDescendants` descendants of a most specific entry with `descendantCredit` of its likelihood ratio
 * (src/core/hierarchy.ts). Credit and reach are the phenopackets model's shipped values (HPO_DEFAULTS in
 * src/learn/phenopackets/hpo-model.ts, chosen on its own dev folds), not fitted here.
 */
export const HPO_TRUE_PATH: { readonly on: boolean; readonly descendantCredit: number; readonly maxDescendants: number } = { on: true, descendantCredit: 0.3, maxDescendants: 30 };

/** Leak of a finding that only Columbia lists. */
export const COLUMBIA_LEAK = 0.01;
/**
 * SymCat frequencies from a handful of visits: a list of at least four symptoms with at most three
 * distinct percentages (rabies: twelve symptoms at 91%; congenital rubella: ankle pain, breast pain and
 * pain during pregnancy at 91%) is the signature of a tiny sample, whose percentages say little and made
 * such conditions outrank better-documented ones on any of their symptoms. Their frequencies are capped
 * at SMALL_SAMPLE_CAP (the "occasional" class of the authored files); 97 SymCat conditions carry it.
 */
export const SMALL_SAMPLE_CAP = 0.25;
/** The cap on a condition's SymCat frequencies: SMALL_SAMPLE_CAP for a small-sample signature (four or more symptoms, at most three distinct percentages), else 1. */
export function smallSampleCap(pcts: readonly number[]): number {
  return pcts.length >= 4 && new Set(pcts).size <= 3 ? SMALL_SAMPLE_CAP : 1;
}

/** Columbia ranks symptoms without frequencies: rank 0 gets COL_TOP, the last COL_BOTTOM, linear between. */
export const COL_TOP = 0.5;
export const COL_BOTTOM = 0.1;
export const CANT_MISS_THRESHOLD = 0.01;
/** Leak of an authored finding (examination sign or history item absent from SymCat): as Columbia-only. */
export const AUTHORED_LEAK = 0.01;
/**
 * Prior weight per prevalence class (docs/primary-care.md, "Priors"): one class is about an order of
 * magnitude of prevalence, compressed to a quarter decade per class (x ~1.8) because the classes are
 * coarse and clinical case mixes (referral, vignettes) over-represent uncommon diseases. A full
 * half-decade step (10/3/1/0.3) lowered dev vignette top-5 from 0.35 to 0.31.
 */
export const PREVALENCE_WEIGHT: Readonly<Record<PrevalenceClass, number>> = { vc: 3, c: 1.8, u: 1, r: 0.55 };
/** Class of a SymCat or Columbia condition not listed in prevalence.tsv. */
export const DEFAULT_PREVALENCE: PrevalenceClass = 'u';
/** Age profiles of authored conditions: relative risk over the eight SymCat bands (<1, 1-4, 5-14, 15-29, 30-44, 45-59, 60-74, 75+). */
export const AGE_PROFILES: Readonly<Record<string, readonly number[]>> = {
  all: [1, 1, 1, 1, 1, 1, 1, 1],
  neonate: [6, 0.1, 0, 0, 0, 0, 0, 0],
  infant: [4, 2, 0.3, 0, 0, 0, 0, 0],
  child: [0.5, 2, 2, 0.5, 0.1, 0.1, 0.1, 0.1],
  young: [0, 0.1, 0.6, 2, 1.5, 0.6, 0.3, 0.2],
  adult: [0, 0, 0.2, 1, 1.3, 1.3, 1, 0.7],
  middle: [0, 0, 0.1, 0.3, 1, 1.8, 1.6, 1.2],
  older: [0, 0, 0, 0.1, 0.4, 1, 2, 2.5],
  reproductive: [0, 0, 0.3, 2.5, 2, 0.3, 0, 0],
  // HPO onset classes of ontology-derived conditions: congenital/neonatal/infantile, childhood/juvenile.
  early: [3, 2, 1, 0.5, 0.3, 0.2, 0.1, 0.1],
  childhood: [0.5, 1.5, 2, 1, 0.5, 0.3, 0.2, 0.1],
};
/**
 * Prior of a condition added from the ontologies (docs/primary-care.md, "Priors"): its prevalence class
 * by source (DO symptom links only: 'u'; annotated by HPO, i.e. an OMIM/Orphanet rare disease: 'r'),
 * times a source weight below 1, because nobody judged these conditions common and a vocabulary lists
 * rare diseases as readily as common ones. The weights put an Orphanet disease (mostly < 1/100,000)
 * about two decades below an uncommon SymCat condition, as prevalence does (0.5 before: a rare disease
 * was only 4x below 'u' and 11x below 'vc').
 */
/**
 * HPO annotations reached through DO's own OMIM/Orphanet cross-references, besides MONDO's exact matches
 * (`rareLinks`): a linked condition whose DO term cross-references an annotated OMIM/Orphanet disease gets
 * that disease's phenotype findings. Measured in docs/sessions/15-profiles.md; off unless adopted there.
 */
export const DO_RARE_XREFS: { readonly on: boolean } = { on: false };

/**
 * Which parts of the ontology knowledge step run (docs/log/primary-care-history.md, "Tried and dropped"). All three
 * were measured on both dev halves and none is a gain on the halves we only score, so all are off; the
 * code stays so the next source or mapping can be measured the same way:
 *   - enrichLinked: DO symptom links and HPO annotations added to linked conditions (structured score
 *     top-5 0.577 -> 0.519, free-text score 0.135 -> 0.124);
 *   - addConditions: DO diseases the model lacks with >= 3 mapped findings (3,117 conditions; coverage
 *     up, free-text score coverage 0.607 -> 0.629, but top-5 down at every prior weight tried, 0.0001-1,
 *     and with case-report counts shrunk: their evidence is the few generic findings that map, see
 *     docs/log/primary-care-history.md "Why the ontology knowledge does not rank");
 *   - hpoLexicon: HPO labels and exact synonyms as finding synonyms (round 3: free-text score top-1
 *     0.045 -> 0.034). On since the tenth session, restricted to a term that is the finding's own concept
 *     (its label or an exact synonym is already a term of the finding) and to names that are no model
 *     condition's: free-text score top-1 / 5 / 10 0.090 / 0.247 / 0.315 -> 0.079 / 0.258 / 0.326, OSCE
 *     unchanged, ddxplus-broad top-1 / 5 0.172 / 0.479 -> 0.180 / 0.494 (docs/log/primary-care-history.md, tenth session).
 */
export const ONTOLOGY_KNOWLEDGE = { enrichLinked: false, addConditions: false, hpoLexicon: true, phenotypeFindings: true, codedPhenotypeConditions: true } as const;
/**
 * codedPhenotypeConditions (round 5): a DO disease the model lacks becomes a condition when ICD-10-CM
 * codes it (DO's ICD10CM xref: a disease clinicians record, not only a research entity) and MONDO
 * matches it exactly to OMIM/Orphanet diseases that HPO annotates, so that it is recognised by its
 * own specific phenotype findings (`addPhenotypeFindings`), not by the generic ones that defeated
 * `addConditions`. Its prior is CODED_PRIOR: the rare class at a weight below every existing
 * condition's prevalence class. Measured (docs/log/primary-care-history.md, round 5): 784 conditions, coverage up
 * on both free-text halves (read 0.631 -> 0.662, score 0.607 -> 0.629) and top-1/5/10 unchanged on
 * both at weight 0.01 (at 0.05, or with the generic findings as well, top-5 fell on both halves);
 * off, because it doubles the model (2.4 -> 4.6 MB, 4,801 findings) for no top-k gain. Switched on in session 32
 * (docs/sessions/32-coverage5.md) it gave the read pool coverage +5 but top-5 -2 and top-10 -5: each new rare
 * condition carried all its HPO annotations, occasional and unquantified ones too, and one specific phenotype
 * read in a case outweighed the low prior. Session 33 (docs/sessions/33-coverage6.md, 33-coverage7.md) restricted a
 * coded condition's phenotype findings to the annotations HPO marks as frequent (phenotypes.ts FREQUENT_MIN), kept
 * it out of the ICD-10 sibling fill (`siblingIcd10`) and left out a DO subtype of a disease the model holds
 * (`heldAncestor`); ranks still fell, partly through the phenotype findings only coded conditions brought, which
 * took mentions from existing findings. On since session 35 (docs/sessions/35-coverage8.md) with the model's own
 * findings only: a coded condition enters when at least MIN_NEW_FINDINGS of the phenotype findings the linked
 * conditions made list it (`addPhenotypeFindings`), and the findings, leaks, existing likelihoods and names are
 * what they are without it.
 */
export const CODED_PRIOR: { cls: PrevalenceClass; weight: number } = { cls: 'r', weight: 0.01 };
export const ONTOLOGY_PRIOR: Readonly<Record<'do' | 'hpo', { cls: PrevalenceClass; weight: number }>> = { do: { cls: 'u', weight: 0.1 }, hpo: { cls: 'r', weight: 0.01 } };
/** Sex profiles [female, male]. */
export const SEX_PROFILES: Readonly<Record<string, readonly number[]>> = { b: [1, 1], f: [2, 0], m: [0, 2], F: [1.4, 0.6], M: [0.6, 1.4] };
const CONCEPT = 'https://ddx.dev/concept';
const HPO_SYSTEM = 'http://purl.obolibrary.org/obo/hp.owl';

const ICD_CHAPTERS: readonly [string, string][] = [
  ['A', 'infectious'], ['B', 'infectious'], ['C', 'neoplasm'], ['D0', 'neoplasm'], ['D1', 'neoplasm'], ['D2', 'neoplasm'], ['D3', 'neoplasm'], ['D4', 'neoplasm'],
  ['D', 'blood'], ['E', 'endocrine-metabolic'], ['F', 'mental'], ['G', 'nervous'], ['H0', 'eye'], ['H1', 'eye'], ['H2', 'eye'], ['H3', 'eye'], ['H4', 'eye'], ['H5', 'eye'],
  ['H', 'ear'], ['I', 'circulatory'], ['J', 'respiratory'], ['K', 'digestive'], ['L', 'skin'], ['M', 'musculoskeletal'], ['N', 'genitourinary'],
  ['O', 'pregnancy'], ['P', 'perinatal'], ['Q', 'congenital'], ['R', 'symptom'], ['S', 'injury'], ['T', 'injury'], ['Z', 'other'],
];
/** The ICD-10 chapter (as a category word) of a condition's first code. */
export function categoryOf(icd: readonly string[]): string | undefined {
  const c = icd[0];
  if (!c) return undefined;
  return ICD_CHAPTERS.find(([p]) => c.startsWith(p))?.[1];
}

/** A name lowercased, without parentheses and punctuation, for matching names across sources. */
export function normName(s: string): string {
  return s.toLowerCase().replace(/\([^)]*\)/g, ' ').replace(/[^a-z0-9]+/g, ' ').trim();
}

const slugify = (s: string): string => normName(s).replace(/ /g, '-');

export interface BuildInput {
  readonly symcat: SymcatData;
  readonly columbia: readonly ColumbiaEntry[];
  readonly prices: { clfs: ReadonlyMap<string, number>; testPrices: ReadonlyMap<string, number> };
  readonly knowledge: Knowledge;
  /** Disease vocabularies (DO, MONDO, ICD-10-CM): names and codes for the conditions; optional for small test builds. */
  readonly ontologies?: Ontologies;
  /** HPO annotations and DO symptom links: findings for linked conditions and the diseases the model lacks. */
  readonly phenotypes?: Phenotypes;
  readonly trainingFiles: readonly { name: string; text: string }[];
}

interface CondAcc {
  id: string;
  name: string;
  prior: number[][];
  source: string;
}

/**
 * What the build steps share while the model is assembled: conditions, findings, the likelihood table
 * (finding -> condition -> p) and the issues found so far (all reported at once, with file and path).
 */
interface BuildState {
  readonly k: Knowledge;
  readonly issues: Issue[];
  readonly conds: Map<string, CondAcc>;
  readonly findings: Map<string, FindingDef>;
  readonly lk: Map<string, Map<string, number>>;
  /** ICD-10-CM codes of conditions added from the ontologies (the others take theirs from conditions.tsv). */
  readonly extraIcd: Map<string, readonly string[]>;
  /**
   * Authored rows naming an HPO phenotype finding ("hp-..."), which exists only once the ontology step has
   * built the phenotype findings: applied after it, filling gaps only (`applyDeferred`).
   */
  readonly deferred: { readonly fid: string; readonly cid: string; readonly p: number; readonly at: string }[];
  /** Likelihood entries inferred from related conditions (`fillFromIcdSiblings`): finding -> condition ids. */
  readonly inferred: Map<string, string[]>;
}

/** Set P(finding | condition), clamped to [0.001, 0.99]; with `keep`, a value already set wins. */
function setLk(st: BuildState, f: string, c: string, p: number, keep = false): void {
  let row = st.lk.get(f);
  if (!row) st.lk.set(f, (row = new Map()));
  if (keep && row.has(c)) return;
  row.set(c, roundSig(Math.min(0.99, Math.max(0.001, p)), 4));
}

function prevWeight(st: BuildState, id: string): number {
  return PREVALENCE_WEIGHT[st.k.prevalence.get(id) ?? DEFAULT_PREVALENCE];
}

/** prior[band][sex] = max(RR_FLOOR, age RR) x max(RR_FLOOR, sex RR) x prevalence weight. */
function priorFrom(age: readonly number[], sex: readonly number[], w = 1): number[][] {
  return age.map((a) => sex.map((s) => roundSig(Math.max(RR_FLOOR, a) * Math.max(RR_FLOOR, s) * w, 4)));
}

/**
 * Builds the model in named steps (each documented in docs/primary-care.md): SymCat conditions and
 * symptoms, catalog findings, authored can't-miss conditions, Columbia KB, authored findings, breadth
 * conditions, reference checks, actions, red flags and next steps, then the artifact.
 */
export function buildPrimaryCareModel(input: BuildInput): KnowledgeModel {
  const st: BuildState = { k: input.knowledge, issues: [], conds: new Map(), findings: new Map(), lk: new Map(), extraIcd: new Map(), deferred: [], inferred: new Map() };
  addSymcat(st, input.symcat);
  addCatalogFindings(st);
  addAuthoredCantMiss(st);
  addColumbia(st, input.symcat, input.columbia);
  addAuthoredFindings(st);
  addBreadthConditions(st);
  if (input.ontologies && input.phenotypes && Object.values(ONTOLOGY_KNOWLEDGE).some(Boolean)) addOntologyKnowledge(st, input.ontologies, input.phenotypes);
  applyDeferred(st);
  if (MODEL_WIDE_LEAK.on) modelWideLeaks(st.findings, st.lk, st.conds.size, MODEL_WIDE_LEAK);
  if (ICD_SIBLING_FILL.on) for (const [f, cs] of fillFromIcdSiblings(st.findings, st.lk, siblingIcd10(st), ICD_SIBLING_FILL.share)) st.inferred.set(f, cs);
  checkConditionReferences(st);
  const { actions, testIds } = buildActions(st, input.prices);
  const redFlags = buildRedFlags(st.k.redFlags, st.findings, st.issues);
  const steps = buildNextSteps(st.k.nextSteps, st.conds, testIds, st.k, st.issues);
  if (st.issues.length > 0) throw new InputError(st.issues);
  const linked = input.ontologies ? vocabularyNames(st, input.ontologies) : new Map<string, LinkedNames>();
  const organismTest = input.phenotypes?.doAgents ? addOrganismFindings(st, linked, input.phenotypes.doAgents) : undefined;
  const hierarchy = HPO_TRUE_PATH.on && input.phenotypes ? { parents: hpoFindingParents([...st.findings.values()], input.phenotypes.terms), descendantCredit: HPO_TRUE_PATH.descendantCredit, maxDescendants: HPO_TRUE_PATH.maxDescendants } : undefined;
  const model = assembleModel(st, { actions, redFlags, steps, linked, trainingFiles: input.trainingFiles, hierarchy, organismTest });
  const v = validateModel(model);
  if (!v.ok) throw new InputError(v.issues);
  return model;
}

/** 1. SymCat conditions (prior from age/sex relative risks) and symptom frequencies; the symptom findings with frequency-based leaks. */
function addSymcat(st: BuildState, symcat: SymcatData): void {
  const { conds, findings, k } = st;
  const symptomSum = new Map<string, number>();
  for (const c of symcat.conditions) {
    conds.set(c.slug, { id: c.slug, name: c.name, prior: priorFrom(c.ageRisk, c.sexRisk, prevWeight(st, c.slug)), source: 'symcat' });
    const cap = smallSampleCap([...c.symptoms.values()]);
    for (const [s, pct] of c.symptoms) {
      const p = Math.min(pct / 100, cap);
      setLk(st, s, c.slug, p);
      symptomSum.set(s, (symptomSum.get(s) ?? 0) + p);
    }
  }
  const nSym = symcat.conditions.length;
  const syn = k.vocabulary.synonyms;
  const signs = new Set(k.vocabulary.signs);
  for (const [slug, total] of [...symptomSum].sort((a, b) => a[0].localeCompare(b[0]))) {
    const name = symcat.symptomNames.get(slug) ?? slug.replace(/-/g, ' ');
    const f: BinaryFinding = {
      id: slug,
      name: name.toLowerCase(),
      synonyms: [...(syn[slug] ?? [])],
      kind: signs.has(slug) ? 'sign' : 'symptom',
      question: `Ask about: ${name.toLowerCase()}`,
      valueType: 'binary',
      leak: frequencyLeak(total, nSym, LEAK_MIN),
      codes: [{ system: 'https://www.symcat.com/symptoms', code: slug }],
    };
    findings.set(slug, f);
  }
}

/** 2. Catalog findings (vital signs, labs, imaging): sensitivity per condition, leak = 1 - specificity. */
function addCatalogFindings(st: BuildState): void {
  const { k, findings, issues } = st;
  const syn = k.vocabulary.synonyms;
  const refs = k.catalog.references;
  for (const [fid, cf] of Object.entries(k.catalog.findings).sort((a, b) => a[0].localeCompare(b[0]))) {
    const at = `tests.json:$.findings[${JSON.stringify(fid)}]`;
    if (!(cf.spec >= 0 && cf.spec <= 1)) issues.push(issue('probability', `${at}.spec`, 'specificity must be a probability in [0, 1]'));
    if (!refs[cf.ref]) issues.push(issue('reference', `${at}.ref`, `unknown reference "${cf.ref}"`));
    if (cf.exposure !== undefined && !FINDING_EXPOSURES.includes(cf.exposure)) issues.push(issue('format', `${at}.exposure`, `must be one of ${FINDING_EXPOSURES.join(', ')}`));
    const existing = findings.get(fid);
    const exposure = cf.exposure ?? existing?.exposure;
    const leak = roundSig(1 - cf.spec, 4);
    const codes: Coding[] = [{ system: CONCEPT, code: fid }];
    findings.set(fid, {
      id: fid,
      name: existing?.name ?? cf.name,
      synonyms: [...new Set([...(existing?.synonyms ?? []), ...(cf.synonyms ?? []), ...(syn[fid] ?? [])])],
      kind: existing && existing.kind === 'symptom' ? 'symptom' : cf.kind === 'sign' ? 'sign' : cf.kind,
      valueType: 'binary',
      leak: existing && existing.valueType === 'binary' ? Math.max(existing.leak, leak) : leak,
      codes: [...(existing?.codes ?? []), ...codes],
      ...(existing?.question ? { question: existing.question } : {}),
      ...(exposure ? { exposure } : {}),
    });
    for (const [cid, v] of Object.entries(cf.sens)) {
      const p = v[0];
      if (!(typeof p === 'number' && p >= 0 && p <= 1)) issues.push(issue('probability', `${at}.sens[${JSON.stringify(cid)}][0]`, 'sensitivity must be a probability in [0, 1]'));
      if (!refs[v[1]]) issues.push(issue('reference', `${at}.sens[${JSON.stringify(cid)}][1]`, `unknown reference "${v[1]}"`));
      setLk(st, fid, cid, p); // checked against conditions in checkConditionReferences
    }
  }
}

/** 3. Authored can't-miss conditions absent from both sources. */
function addAuthoredCantMiss(st: BuildState): void {
  const { k, conds, findings, issues } = st;
  for (const [i, ac] of k.authored.conditions.entries()) {
    const at = `authored-conditions.json:$.conditions[${i}]`;
    if (!k.authored.references[ac.ref]) issues.push(issue('reference', `${at}.ref`, `unknown reference "${ac.ref}"`));
    if (ac.ageRisk.length !== SYMCAT_AGE_BANDS.length || ac.sexRisk.length !== 2) issues.push(issue('shape', at, 'ageRisk needs 8 entries and sexRisk 2'));
    conds.set(ac.id, { id: ac.id, name: ac.name, prior: priorFrom(ac.ageRisk, ac.sexRisk, prevWeight(st, ac.id)), source: 'authored' });
    for (const [fid, p] of Object.entries(ac.findings)) {
      if (!findings.has(fid)) issues.push(issue('reference', `${at}.findings.${fid}`, `finding "${fid}" is not defined`));
      if (!(p >= 0 && p <= 1)) issues.push(issue('probability', `${at}.findings.${fid}`, 'must be a probability in [0, 1]'));
      setLk(st, fid, ac.id, p);
    }
  }
}

/** 4. Columbia KB: symptoms of mapped diseases fill gaps (SymCat values win); new diseases are added. */
function addColumbia(st: BuildState, symcat: SymcatData, columbia: readonly ColumbiaEntry[]): void {
  const { k, conds, findings, issues } = st;
  const syn = k.vocabulary.synonyms;
  const cm = k.columbia;
  const dropS = new Set(cm.dropSymptoms);
  const symByName = new Map<string, string>();
  for (const [slug, name] of symcat.symptomNames) if (findings.has(slug)) symByName.set(normName(name), slug);
  for (const f of findings.values()) {
    symByName.set(normName(f.name), f.id);
    for (const s of f.synonyms ?? []) if (!symByName.has(normName(s))) symByName.set(normName(s), f.id);
  }
  let nColumbia = 0;
  const columbiaSum = new Map<string, number>();
  for (const e of columbia) {
    const at = `columbia-map.json:$.diseases[${JSON.stringify(e.name)}]`;
    if (!(e.name in cm.diseases)) {
      issues.push(issue('unmapped', at, 'Columbia disease has no mapping (give a condition id, "new:<id>" or null)'));
      continue;
    }
    const target = cm.diseases[e.name];
    if (target === null || target === undefined) continue;
    let cid = target;
    if (target.startsWith('new:')) {
      cid = target.slice(4);
      if (!conds.has(cid)) conds.set(cid, { id: cid, name: e.name.charAt(0).toUpperCase() + e.name.slice(1), prior: priorFrom(SYMCAT_AGE_BANDS.map(() => 1), [1, 1], prevWeight(st, cid)), source: 'columbia' });
    } else if (!conds.has(cid)) {
      issues.push(issue('reference', at, `condition "${cid}" is not in the model`));
      continue;
    }
    const n = e.symptoms.length;
    nColumbia++;
    e.symptoms.forEach((s, r) => {
      if (dropS.has(s.name)) return;
      let fid: string | null | undefined = cm.symptoms[s.name];
      if (fid === null) return;
      if (fid === undefined) fid = symByName.get(normName(s.name));
      if (fid === undefined) {
        fid = `umls-${s.cui.toLowerCase()}`;
        if (!findings.has(fid)) {
          findings.set(fid, {
            id: fid, name: s.name, synonyms: [...(syn[fid] ?? [])], kind: 'symptom', valueType: 'binary', leak: COLUMBIA_LEAK, question: `Ask about: ${s.name}`,
            codes: [{ system: 'http://www.nlm.nih.gov/research/umls', code: s.cui, display: s.name }],
          });
        }
      }
      if (!findings.has(fid)) {
        issues.push(issue('reference', `columbia-map.json:$.symptoms[${JSON.stringify(s.name)}]`, `finding "${fid}" is not defined`));
        return;
      }
      const p = n <= 1 ? COL_TOP : COL_TOP - ((COL_TOP - COL_BOTTOM) * r) / (n - 1);
      setLk(st, fid, cid, p, true);
      if (fid.startsWith('umls-')) columbiaSum.set(fid, (columbiaSum.get(fid) ?? 0) + p);
    });
  }
  // A Columbia-only finding's leak follows the SymCat rule (half its mean frequency over the Columbia
  // diseases), floored at COLUMBIA_LEAK: a non-specific finding such as "pain", listed by a fifth of the
  // diseases, had the flat 0.01 and raised every disease listing it fifty-fold on any mention of pain.
  for (const [fid, total] of [...columbiaSum].sort((a, b) => a[0].localeCompare(b[0]))) {
    const f = findings.get(fid);
    if (f && f.valueType === 'binary' && f.leak === COLUMBIA_LEAK && nColumbia > 0) {
      findings.set(fid, { ...f, leak: frequencyLeak(total, nColumbia, COLUMBIA_LEAK) });
    }
  }
}

/** 4b. Authored findings (signs and history items SymCat lacks); an existing id (SymCat, catalog or Columbia) only gains synonyms. */
function addAuthoredFindings(st: BuildState): void {
  const { k, findings, issues } = st;
  const syn = k.vocabulary.synonyms;
  for (const af of k.authoredFindings) {
    const existing = findings.get(af.id);
    if (existing) {
      findings.set(af.id, { ...existing, synonyms: [...new Set([...(existing.synonyms ?? []), ...af.synonyms])], ...(af.exposure ? { exposure: af.exposure } : {}) } as FindingDef);
      continue;
    }
    if (af.name === '-') {
      issues.push(issue('reference', `authored-findings.tsv:${af.id}`, `finding "${af.id}" does not exist, so it needs a name`));
      continue;
    }
    findings.set(af.id, {
      id: af.id, name: af.name, synonyms: [...new Set([...af.synonyms, ...(syn[af.id] ?? [])])], kind: af.kind, valueType: 'binary', leak: AUTHORED_LEAK,
      question: af.kind === 'sign' ? `Examine for: ${af.name}` : `Ask about: ${af.name}`, codes: [{ system: CONCEPT, code: af.id }],
      ...(af.exposure ? { exposure: af.exposure } : {}),
    });
  }
}

/**
 * 4c. Breadth conditions (authored-conditions.tsv): new conditions, or findings added to an existing
 * one (filling gaps only: a SymCat or Columbia frequency or catalog sensitivity already set wins).
 */
function addBreadthConditions(st: BuildState): void {
  const { k, conds, findings, issues } = st;
  for (const b of k.breadth) {
    const at = `authored-conditions.tsv:${b.line}`;
    if (!k.breadthRefs[b.ref]) issues.push(issue('reference', `${at}:ref`, `unknown reference "${b.ref}"`));
    const age = AGE_PROFILES[b.age];
    const sex = SEX_PROFILES[b.sex];
    if (b.name !== undefined) {
      if (!age || !sex) issues.push(issue('format', at, `unknown age profile "${b.age}" or sex profile "${b.sex}"`));
      if (conds.has(b.id)) issues.push(issue('duplicate', at, `condition "${b.id}" already exists; use "-" as the name to add findings`));
      else conds.set(b.id, { id: b.id, name: b.name, prior: priorFrom(age ?? AGE_PROFILES['all']!, sex ?? [1, 1], prevWeight(st, b.id)), source: 'authored' });
    } else if (!conds.has(b.id)) issues.push(issue('reference', at, `condition "${b.id}" is not in the model (give a name to add it)`));
    for (const [fid, cls] of b.findings) {
      if (findings.has(fid)) setLk(st, fid, b.id, FREQ_CLASSES[cls]!, true);
      else if (fid.startsWith('hp-')) st.deferred.push({ fid, cid: b.id, p: FREQ_CLASSES[cls]!, at: `${at}:findings` });
      else issues.push(issue('reference', `${at}:findings`, `finding "${fid}" is not defined`));
    }
  }
}

/** 4e. Authored rows on HPO phenotype findings (see `BuildState.deferred`): existing values win; a finding the ontology step did not build is an error. */
function applyDeferred(st: BuildState): void {
  for (const d of st.deferred) {
    if (st.findings.has(d.fid)) setLk(st, d.fid, d.cid, d.p, true);
    else st.issues.push(issue('reference', d.at, `finding "${d.fid}" is not defined`));
  }
}

/** Condition names and codes as the vocabulary linker takes them. */
function linkable(st: BuildState): { id: string; name: string; synonyms: readonly string[]; icd10: readonly string[] }[] {
  return [...st.conds.values()].sort((a, b) => a.id.localeCompare(b.id)).map((c) => {
    const facts = st.k.conditions.get(c.id);
    return { id: c.id, name: c.name, synonyms: facts?.synonyms ?? [], icd10: facts?.icd10 ?? st.extraIcd.get(c.id) ?? [] };
  });
}

/** Every condition name and synonym, normalised as `hpoSynonyms` compares them (`synonymKey`): an HPO synonym that names a disease ("Conjunctivitis", "Bell's palsy") is not lent to a finding. */
function diseaseNames(st: BuildState): Set<string> {
  const out = new Set<string>();
  for (const c of st.conds.values()) for (const n of [c.name, ...(st.k.conditions.get(c.id)?.synonyms ?? [])]) out.add(synonymKey(n));
  return out;
}

/**
 * 4d. Knowledge from the ontologies (src/learn/primary-care/phenotypes.ts): conditions linked to DO
 * terms gain those terms' DO symptom links and HPO annotations where they list nothing yet (existing
 * values win); DO diseases the model lacks, with enough findings, become conditions with the prior of
 * their source class (ONTOLOGY_PRIOR).
 */
function addOntologyKnowledge(st: BuildState, onto: Ontologies, ph: Phenotypes): void {
  const links = linkConditions(linkable(st), onto);
  const doids = doidsOf(links);
  const lexicon = [...st.findings.values()].sort((a, b) => a.id.localeCompare(b.id));
  const map = phenotypeMapper(lexicon, ph.terms);
  const pk = phenotypeKnowledge(onto.doid, onto.mondo, ph, map, doids);
  if (ONTOLOGY_KNOWLEDGE.hpoLexicon) for (const [fid, syns] of [...hpoSynonyms(ph.terms, map, [...st.findings.values()], diseaseNames(st))].sort((a, b) => a[0].localeCompare(b[0]))) {
    const f = st.findings.get(fid);
    if (f) st.findings.set(fid, { ...f, synonyms: [...new Set([...(f.synonyms ?? []), ...syns])] } as FindingDef);
  }
  const rare = rareLinks(links, onto, DO_RARE_XREFS.on);
  const heldDoids = new Set([...doids.values()].flat());
  const coded = ONTOLOGY_KNOWLEDGE.codedPhenotypeConditions ? codedCandidates(st, pk.added, onto, heldDoids) : new Map<string, CodedCandidate>();
  if (ONTOLOGY_KNOWLEDGE.phenotypeFindings) addPhenotypeFindings(st, ph, rare, coded);
  if (ONTOLOGY_KNOWLEDGE.enrichLinked) for (const [cid, row] of pk.existing) for (const [fid, p] of [...row].sort((a, b) => a[0].localeCompare(b[0]))) setLk(st, fid, cid, p, true);
  if (SOURCE_SYMPTOMS.on) addSourceSymptoms(st, doids, onto, ph, map, phenotypeLexicon(lexicon));
  for (const c of ONTOLOGY_KNOWLEDGE.addConditions ? pk.added : []) {
    const pr = ONTOLOGY_PRIOR[c.source];
    st.conds.set(c.id, { id: c.id, name: c.name, prior: ontologyPrior(c, pr), source: c.source });
    if (c.icd10.length > 0) st.extraIcd.set(c.id, c.icd10);
    setNewConditionFindings(st, c);
  }
  if (CATEGORY_GAPS.on) addCategoryGapConditions(st, pk.added);
}

/** Each linked condition's DOIDs (conditions linked to none are left out). */
function doidsOf(links: ReadonlyMap<string, LinkedNames>): Map<string, string[]> {
  const doids = new Map<string, string[]>();
  for (const [cid, l] of links) {
    const d = l.codes.filter((c) => c.system === DOID_SYSTEM).map((c) => c.code);
    if (d.length > 0) doids.set(cid, d);
  }
  return doids;
}

/**
 * 4d''. General symptoms the DO terms a condition is linked to (and, with SOURCE_SYMPTOMS.hpo, their HPO annotations)
 * give it where its profile is silent (source-symptoms.ts): conditions not added by an ontology step and of the
 * prevalence classes SOURCE_SYMPTOMS.classes names, from the DO terms SOURCE_SYMPTOMS.terms admits, SymCat's symptoms only, at the source's value (a DO
 * link at SOURCE_SYMPTOMS.doWeight's P) when it exceeds the finding's leak; values
 * already set win.
 */
function addSourceSymptoms(st: BuildState, doids: ReadonlyMap<string, readonly string[]>, onto: Ontologies, ph: Phenotypes, map: ReturnType<typeof phenotypeMapper>, lexicon: readonly FindingDef[]): void {
  const linked = new Map([...doids].filter(([cid]) => st.conds.get(cid)?.source !== 'ontology' && sourceSymptomClass(st.k.prevalence.get(cid), SOURCE_SYMPTOMS.classes, DEFAULT_PREVALENCE)));
  let own: Map<string, string[]> | undefined;
  const ownLinks = (): Map<string, string[]> => (own ??= doidsOf(linkConditions(linkable(st).map((c) => ({ ...c, synonyms: [], icd10: [] })), onto)));
  const eligible = SOURCE_SYMPTOMS.terms === 'own' ? ownTerms(linked, ownLinks()) : SOURCE_SYMPTOMS.terms === 'not-others' ? notOthersTerms(linked, ownLinks()) : linked;
  const general = (fid: string): boolean => { const f = st.findings.get(fid); return f !== undefined && isGeneralSymptom(f); };
  for (const [cid, row] of sourceSymptomRows(eligible, onto.mondo, ph, map, general, SOURCE_SYMPTOMS.hpo, doLinkWeight(SOURCE_SYMPTOMS.doWeight))) {
    for (const [fid, p] of row) {
      const f = st.findings.get(fid)!;
      if (f.valueType === 'binary' && p > f.leak) setLk(st, fid, cid, p, true);
    }
  }
  if (SOURCE_SYMPTOMS.definitions !== 'none') addDefinitionFindings(st, linked, ownLinks(), onto, lexicon);
}

/**
 * 4d'''. The findings a condition's own DO terms' text definitions state (do-definitions.ts), for the step's
 * conditions that SOURCE_SYMPTOMS.definitions admits by profile size (counted before any is added), at
 * DO_LINK_OCCASIONAL_P, binary findings of the phenotype lexicon only, where the profile lists nothing yet and the
 * value exceeds the finding's leak.
 */
function addDefinitionFindings(st: BuildState, linked: ReadonlyMap<string, readonly string[]>, ownLinks: ReadonlyMap<string, readonly string[]>, onto: Ontologies, lexicon: readonly FindingDef[]): void {
  const size = new Map<string, number>();
  for (const row of st.lk.values()) for (const cid of row.keys()) size.set(cid, (size.get(cid) ?? 0) + 1);
  const defs = new Map(onto.doid.flatMap((t) => (t.def !== undefined ? [[t.id, t.def] as const] : [])));
  const admitted = new Map([...ownTerms(linked, ownLinks)].filter(([cid]) => definitionFor(SOURCE_SYMPTOMS.definitions, size.get(cid) ?? 0)));
  const accept = (cid: string, fid: string): boolean => { const f = st.findings.get(fid); return f !== undefined && f.valueType === 'binary' && DO_LINK_OCCASIONAL_P > f.leak && !(st.lk.get(fid)?.has(cid) ?? false); };
  for (const [cid, row] of definitionRows(admitted, defs, definitionReader(lexicon, definitionParts(SOURCE_SYMPTOMS.definitions)), accept, DO_LINK_OCCASIONAL_P)) for (const [fid, p] of row) setLk(st, fid, cid, p, true);
}

/** The prior of a condition an ontology adds: its age and sex profile at its prior class's weight. */
function ontologyPrior(c: NewCondition, pr: { readonly cls: PrevalenceClass; readonly weight: number }): number[][] {
  return priorFrom(AGE_PROFILES[c.age] ?? AGE_PROFILES['all']!, SEX_PROFILES[c.sex] ?? [1, 1], PREVALENCE_WEIGHT[pr.cls] * pr.weight);
}

/** The likelihoods of an added condition's findings, in finding-id order (so the artifact is byte-reproducible). */
function setNewConditionFindings(st: BuildState, c: NewCondition): void {
  for (const [fid, p] of [...c.findings].sort((a, b) => a[0].localeCompare(b[0]))) setLk(st, fid, c.id, p);
}

/** Name keys of every linkable condition's name and synonyms: a new disease named so is that condition under a code the linker missed. */
function takenNameKeys(st: BuildState): Set<string> {
  return new Set(linkable(st).flatMap((c) => [c.name, ...c.synonyms].flatMap((n) => [...nameKeys(n)])));
}

/** 4d'. DO diseases that fill an empty ICD-10-CM category (category-gaps.ts), with DO's symptom links as their findings and CODED_PRIOR as their prior. */
function addCategoryGapConditions(st: BuildState, added: readonly NewCondition[]): void {
  const taken = takenNameKeys(st);
  for (const c of categoryGapConditions(added.filter((a) => !st.conds.has(a.id)), conditionIcd10(st).values(), (n) => [...nameKeys(n)].some((k) => taken.has(k)))) {
    st.conds.set(c.id, { id: c.id, name: c.name, prior: ontologyPrior(c, CODED_PRIOR), source: 'ontology' });
    st.extraIcd.set(c.id, c.icd10);
    setNewConditionFindings(st, c);
  }
}

/** A coded condition before it enters: its definition and the OMIM/Orphanet diseases MONDO matches exactly to its DO term. */
interface CodedCandidate { readonly cond: NewCondition; readonly rare: readonly string[] }

/**
 * 4d. DO diseases the model lacks that ICD-10-CM codes and HPO annotates (CODED_PRIOR above), the candidates of
 * the coded conditions: not named like a model condition, and no subtype of a disease the model holds. Whether one
 * enters is decided with the phenotype findings (`addPhenotypeFindings`): only by the model's own phenotype
 * findings, at least MIN_NEW_FINDINGS of them.
 */
function codedCandidates(st: BuildState, added: readonly NewCondition[], onto: Ontologies, heldDoids: ReadonlySet<string>): Map<string, CodedCandidate> {
  const held = heldAncestor(onto, heldDoids);
  const rareByDoid = new Map<string, string[]>();
  for (const m of onto.mondo) for (const d of m.doid) (rareByDoid.get(d) ?? rareByDoid.set(d, []).get(d)!).push(...m.rare);
  const taken = takenNameKeys(st);
  const out = new Map<string, CodedCandidate>();
  for (const c of added) {
    if (c.source !== 'hpo' || c.icd10.length === 0 || st.conds.has(c.id)) continue;
    // A DO term named like an existing condition is that condition under a code the linker missed.
    if ([...nameKeys(c.name)].some((k) => taken.has(k))) continue;
    // A subtype of a disease the model holds adds a rank, not a disease (docs/sessions/33-coverage7.md).
    if (held(c.doid) !== undefined) continue;
    out.set(c.id, { cond: c, rare: [...new Set(rareByDoid.get(c.doid) ?? [])].sort() });
  }
  return out;
}

/**
 * DOID -> its nearest is_a ancestor (breadth first, any number of levels up) that a model condition is linked to
 * and that DO files as a disease (depth >= DO_DISEASE_MIN_DEPTH; the levels above group diseases by organ or
 * class, so a model condition linked to "disease of metabolism" holds no subtype of it), or undefined.
 */
export function heldAncestor(onto: Pick<Ontologies, 'doid'>, heldDoids: ReadonlySet<string>): (id: string) => string | undefined {
  const byId = new Map(onto.doid.map((t) => [t.id, t]));
  const depth = doDepths(onto);
  const held = new Set([...heldDoids].filter((d) => (depth.get(d) ?? 0) >= DO_DISEASE_MIN_DEPTH));
  return (id) => {
    const seen = new Set([id]);
    let level = [...(byId.get(id)?.parents ?? [])];
    while (level.length > 0) {
      const hit = level.filter((p) => held.has(p)).sort()[0];
      if (hit !== undefined) return hit;
      for (const p of level) seen.add(p);
      level = [...new Set(level.flatMap((p) => byId.get(p)?.parents ?? []))].filter((p) => !seen.has(p));
    }
    return undefined;
  };
}

/** Condition id -> the OMIM/Orphanet diseases MONDO matches exactly to its DOID or MONDO codes (and, when `doXrefs`, that its DO terms cross-reference: DO_RARE_XREFS). */
export function rareLinks(links: ReadonlyMap<string, LinkedNames>, onto: Pick<Ontologies, 'mondo' | 'doid'>, doXrefs = false): Map<string, string[]> {
  const byDoid = new Map<string, string[]>();
  const byMondo = new Map<string, readonly string[]>();
  for (const m of onto.mondo) {
    byMondo.set(m.id, m.rare);
    for (const d of m.doid) (byDoid.get(d) ?? byDoid.set(d, []).get(d)!).push(...m.rare);
  }
  if (doXrefs) for (const d of onto.doid) if (d.rare && d.rare.length > 0) (byDoid.get(d.id) ?? byDoid.set(d.id, []).get(d.id)!).push(...d.rare);
  const out = new Map<string, string[]>();
  for (const [cid, l] of links) {
    const rare = l.codes.flatMap((c) => (c.system === DOID_SYSTEM ? byDoid.get(c.code) : c.system === MONDO_SYSTEM ? byMondo.get(c.code) : undefined) ?? []);
    if (rare.length > 0) out.set(cid, [...new Set(rare)].sort());
  }
  return out;
}

/**
 * 4e. One finding per HPO phenotype that a linked condition's OMIM/Orphanet annotations carry and the
 * lexicon cannot read (phenotypes.ts `phenotypeFindings`): kind "sign", read in notes through HPO's
 * label and exact synonyms, coded with the HPO id, with the listed conditions' HPO frequencies.
 * The coded candidates (4d) take no part in which findings exist: a phenotype only they list makes no finding, and
 * their names turn no phenotype into a diagnosis, so the model's findings, leaks and existing likelihoods are what
 * they are without them (session 35, docs/sessions/35-coverage8.md: new phenotype findings took mentions from
 * existing ones, docs/sessions/33-coverage6.md). A candidate enters, with CODED_PRIOR, when at least
 * MIN_NEW_FINDINGS of those findings list it through the annotations HPO marks very frequent or obligate (a rare
 * disease new to the model is recognised by its hallmarks; signs of the frequent band, which common conditions share
 * without their sources naming them, do not lift it above them).
 */
function addPhenotypeFindings(st: BuildState, ph: Phenotypes, linkedRare: ReadonlyMap<string, readonly string[]>, coded: ReadonlyMap<string, CodedCandidate>): void {
  const reads = coverageReader([...st.findings.values()].sort((a, b) => a.id.localeCompare(b.id)), 0);
  const conditionKeys = new Set(linkable(st).flatMap((c) => [c.name, ...c.synonyms].flatMap((n) => [...nameKeys(n)])));
  // A name of a value concept (lymphocytosis, bradypnea) belongs to the value reader and its catalog finding.
  const isCondition = (s: string): boolean => [...nameKeys(s)].some((k) => conditionKeys.has(k)) || conceptFindings([{ id: 'x', name: s, valueType: 'binary' }]).size > 0;
  const linked = new Map(linkedRare);
  for (const [cid, c] of coded) linked.set(cid, c.rare);
  const candidates = new Set(coded.keys());
  // As before: a phenotype whose id a finding already has (or an earlier phenotype took) is left to it.
  const ids = new Set(st.findings.keys());
  const all = phenotypeFindings(ph, linked, (s) => reads(s).length > 0, isCondition, candidates).filter((pf) => !ids.has(pf.id) && Boolean(ids.add(pf.id)));
  const { findings: pfs, enter } = codedPhenotypeEntries(all, candidates);
  const enters = (cid: string): boolean => !candidates.has(cid) || enter.has(cid);
  for (const [cid, c] of [...coded].sort((a, b) => a[0].localeCompare(b[0]))) {
    if (!enters(cid)) continue;
    st.conds.set(cid, { id: cid, name: c.cond.name, prior: ontologyPrior(c.cond, CODED_PRIOR), source: 'ontology' });
    st.extraIcd.set(cid, c.cond.icd10);
  }
  for (const pf of pfs) {
    st.findings.set(pf.id, {
      id: pf.id, name: pf.name, ...(pf.synonyms.length > 0 ? { synonyms: pf.synonyms } : {}), kind: 'sign', valueType: 'binary', leak: roundSig(pf.leak, 4),
      codes: [{ system: HPO_SYSTEM, code: pf.hpo, display: pf.name }],
    } as FindingDef);
    for (const [cid, p] of [...pf.conditions].sort((a, b) => a[0].localeCompare(b[0]))) if (enters(cid)) setLk(st, pf.id, cid, p);
  }
}

/** 5. Every condition named in conditions.tsv or the likelihood table exists. */
function checkConditionReferences(st: BuildState): void {
  const { k, conds, lk, issues } = st;
  for (const id of k.conditions.keys()) if (!conds.has(id)) issues.push(issue('reference', `conditions.tsv:${id}`, `condition "${id}" is not in SymCat, Columbia or the authored conditions`));
  for (const [fid, row] of lk) {
    for (const cid of row.keys()) if (!conds.has(cid)) issues.push(issue('reference', `tests.json:$.findings[${JSON.stringify(fid)}].sens[${JSON.stringify(cid)}]`, `condition "${cid}" is not in the model`));
  }
}

/** 6. Actions: the catalog tests with prices, then one question per finding no test reveals. */
function buildActions(st: BuildState, prices: BuildInput['prices']): { actions: ActionDef[]; testIds: Set<string> } {
  const { k, findings, issues } = st;
  const actions: ActionDef[] = [];
  const testIds = new Set<string>();
  for (const [i, t] of k.catalog.tests.entries()) {
    const at = `tests.json:$.tests[${i}]`;
    for (const [j, r] of t.reveals.entries()) if (!findings.has(r)) issues.push(issue('reference', `${at}.reveals[${j}]`, `finding "${r}" is not defined`));
    testIds.add(t.id);
    if (t.kind === 'question') {
      actions.push({ id: t.id, kind: 'question', name: t.name, reveals: t.reveals });
      continue;
    }
    const table = t.price === 'clfs' ? prices.clfs : t.price === 'test-prices' ? prices.testPrices : undefined;
    const priceCode = t.priceProxyCode ?? t.code ?? '';
    const price = table?.get(priceCode);
    if (!t.code || !t.system) issues.push(issue('code', `${at}.code`, 'a test needs a CPT/HCPCS code'));
    if (price === undefined) {
      issues.push(issue('price', `${at}.price`, `no price for code "${priceCode}" in ${t.price ?? '(no price table named)'}`));
      continue;
    }
    const src = t.price === 'clfs' ? 'CMS CLFS 2025Q2 national rate' : 'test-prices.csv (Dx0)';
    actions.push({
      id: t.id, kind: t.kind, name: t.name, code: { system: t.system ?? 'CPT', code: t.code ?? '' }, priceUsd: roundSig(price, 6),
      priceSource: t.priceProxyCode ? `${src}, proxy code ${t.priceProxyCode} (weak)` : src, reveals: t.reveals,
    });
  }
  const revealed = new Set(actions.flatMap((a) => a.reveals));
  for (const f of [...findings.values()].sort((a, b) => a.id.localeCompare(b.id))) {
    // HPO phenotype findings are read from notes, not asked one by one: thousands of questions would
    // cost every step of the work-up their ranking (docs/log/primary-care-history.md, "Phenotype findings").
    if (revealed.has(f.id) || f.codes?.some((c) => c.system === HPO_SYSTEM)) continue;
    actions.push({ id: `ask:${f.id}`, kind: 'question', name: f.question ?? `Ask about ${f.name}`, reveals: [f.id] });
  }
  return { actions, testIds };
}

/**
 * 7b. Names and codes from the disease vocabularies for every condition (src/learn/primary-care/ontologies.ts). The
 * conditions an ontology step adds are linked apart: the linker lends no name or code that two of its conditions
 * share, so linked together a coded condition would take names from the condition it borders (session 35).
 */
function vocabularyNames(st: BuildState, onto: Ontologies): Map<string, LinkedNames> {
  const added = (id: string): boolean => st.conds.get(id)?.source === 'ontology';
  const all = linkable(st);
  return new Map([...linkConditions(all.filter((c) => !added(c.id)), onto), ...linkConditions(all.filter((c) => added(c.id)), onto)]);
}

/** Each condition's ICD-10-CM codes, as its definition will carry them. */
function conditionIcd10(st: BuildState): Map<string, readonly string[]> {
  return new Map([...st.conds.keys()].map((id) => [id, st.k.conditions.get(id)?.icd10 ?? st.extraIcd.get(id) ?? []]));
}

/**
 * The ICD-10 codes the sibling fill (icd-siblings.ts) reads: every condition's but those an ontology step adds
 * (source 'ontology': 4d coded, 4d' category gaps). Their profiles list only their HPO phenotypes or DO symptom
 * links, so their silence on a common finding is by construction, not evidence about their category: counted as
 * siblings at the leak they diluted the category means the existing conditions take (session 33,
 * docs/sessions/33-coverage6.md); nor do they take a category mean of generic findings themselves.
 */
function siblingIcd10(st: BuildState): Map<string, readonly string[]> {
  const icd = conditionIcd10(st);
  for (const c of st.conds.values()) if (c.source === 'ontology') icd.delete(c.id);
  return icd;
}

/** The condition definitions, sorted by id, with their facts (ICD-10, severity, care level...), vocabulary names and next steps. */
function conditionDefs(st: BuildState, steps: ReadonlyMap<string, NextSteps>, linked: ReadonlyMap<string, LinkedNames>): ConditionDef[] {
  const { k } = st;
  const icd = conditionIcd10(st);
  return [...st.conds.values()].sort((a, b) => a.id.localeCompare(b.id)).map((c) => {
    const facts = k.conditions.get(c.id);
    const icd10 = icd.get(c.id) ?? [];
    const cat = categoryOf(icd10);
    const ns = steps.get(c.id);
    const v = linked.get(c.id);
    const synonyms = [...(facts?.synonyms ?? []), ...(v?.synonyms ?? [])];
    return {
      id: c.id,
      name: c.name,
      ...(synonyms.length > 0 ? { synonyms } : {}),
      icd10,
      ...(v && v.codes.length > 0 ? { codes: v.codes } : {}),
      severity: facts?.severity ?? 4,
      cantMiss: facts?.cantMiss ?? false,
      careLevel: facts?.careLevel ?? 'routine',
      ...(cat ? { category: cat } : {}),
      prior: c.prior,
      ...(ns ? { nextSteps: ns } : {}),
    };
  });
}

/**
 * 7c. Organism findings (organisms.ts): one per organism that DO's logical definitions or a condition's own names give
 * as the cause of a model condition, listed for those conditions with the catalog organism tests' median sensitivity,
 * leak 1 - their median specificity. Read from notes only: added after the actions, so none asks for them.
 */
function addOrganismFindings(st: BuildState, linked: ReadonlyMap<string, LinkedNames>, agents: ReadonlyMap<string, readonly string[]>): { sens: number; spec: number } | undefined {
  const lik = organismTestLikelihood(st.k.catalog.findings);
  if (!lik) return undefined;
  const conds = [...st.conds.values()].sort((a, b) => a.id.localeCompare(b.id)).map((c) => {
    const v = linked.get(c.id);
    const names = [c.name, ...(st.k.conditions.get(c.id)?.synonyms ?? []), ...(v?.synonyms ?? [])];
    const doids = (v?.codes ?? []).filter((x) => x.system === DOID_SYSTEM).map((x) => x.code);
    return { id: c.id, names, doids };
  });
  const leak = roundSig(1 - lik.spec, 4);
  // A condition a catalog test of its organism names (chlamydia NAAT, IGRA: the conditions of the test's highest
  // sensitivity, not those it is only common in, as HIV in toxoplasmosis) has its test: no second finding.
  const tested = new Set(ORGANISM_TESTS.flatMap((t) => namedInfections(st.k.catalog.findings[t])));
  for (const [organism, cids] of conditionOrganisms(conds, agents)) {
    if (cids.every((c) => tested.has(c))) continue;
    const f = organismFinding(organism, leak);
    const existing = st.findings.get(f.id);
    // Two spellings of one virus ("Dengue virus", "dengue virus") share the finding of the first.
    if (existing && !existing.codes?.some((x) => x.system === ORGANISM_SYSTEM)) continue;
    if (!existing) st.findings.set(f.id, f);
    for (const c of cids) setLk(st, f.id, c, lik.sens, true);
  }
  return lik;
}

/** The likelihood table in the artifact's shape, keys sorted. */
function likelihoodTable(lk: BuildState['lk']): Record<string, Record<string, number[]>> {
  const likelihoods: Record<string, Record<string, number[]>> = {};
  for (const f of [...lk.keys()].sort()) {
    const row: Record<string, number[]> = {};
    for (const c of [...lk.get(f)!.keys()].sort()) row[c] = [lk.get(f)!.get(c)!];
    likelihoods[f] = row;
  }
  return likelihoods;
}

/** 8. The artifact: metadata, attribution, the parts built above and the manifest (training files and parameters). */
function assembleModel(st: BuildState, parts: { actions: ActionDef[]; redFlags: RedFlagRule[]; steps: ReadonlyMap<string, NextSteps>; linked: ReadonlyMap<string, LinkedNames>; trainingFiles: BuildInput['trainingFiles']; hierarchy: FindingHierarchy | undefined; organismTest: { sens: number; spec: number } | undefined }): KnowledgeModel {
  return {
    format: 'ddx-model',
    formatVersion: 1,
    id: 'primary-care',
    version: '1.0.0',
    name: 'Primary care and emergency (SymCat + Columbia KB + cited test catalog)',
    description: 'Broad differential for primary care and emergency presentations: SymCat conditions and symptom frequencies, Columbia KB symptoms, authored can\'t-miss conditions and a cited catalog of priced tests. Decision support for clinicians.',
    license: 'Model code Apache-2.0; SymCat and Columbia KB data credited in NOTICE',
    attribution: [
      'SymCat (symcat.com), derived from US CDC NAMCS/NHAMCS ambulatory-care survey data, via the open symcat-to-synthea project',
      'Wang X et al. 2008, Automated knowledge acquisition from clinical narrative reports (Columbia disease-symptom knowledge base), AMIA Annu Symp Proc',
      'US CMS Clinical Laboratory Fee Schedule 2025 Q2; test-prices.csv from the open Dx0 project (MIT)',
      ...(parts.linked.size > 0 ? [
        'Human Disease Ontology release 2024-01-31 (Schriml LM et al., Nucleic Acids Res 2022; CC0): disease names, synonyms and ICD-10-CM cross-references',
        'Mondo Disease Ontology 2026-08-04 (Vasilevsky NA et al., medRxiv 2022; CC BY 4.0): labels, exact DOID matches and rare-disease synonyms, selected and merged (changed) for this model',
        'ICD-10-CM FY2026 code titles and the FY2023 alphabetic index (US CDC NCHS / CMS, public domain)',
      ] : []),
    ],
    ageBands: SYMCAT_AGE_BANDS.map((b) => ({ id: b.id, minYears: b.minYears, maxYears: b.maxYears })),
    conditions: conditionDefs(st, parts.steps, parts.linked),
    findings: [...st.findings.values()].sort((a, b) => a.id.localeCompare(b.id)),
    actions: parts.actions,
    likelihoods: likelihoodTable(st.lk),
    ...(st.inferred.size > 0 ? { inferredLikelihoods: Object.fromEntries([...st.inferred].sort((a, b) => (a[0] < b[0] ? -1 : 1))) } : {}),
    ...(parts.hierarchy ? { hierarchy: parts.hierarchy } : {}),
    cantMissThreshold: CANT_MISS_THRESHOLD,
    redFlags: parts.redFlags,
    manifest: {
      contentHash: `sha256:${'0'.repeat(64)}`,
      createdBy: { tool: 'ddx learn primary-care', codeVersion: CODE_VERSION },
      training: parts.trainingFiles.map((f) => ({ name: f.name, sha256: sha256Hex(f.text), rows: f.text.split('\n').filter((l) => l.trim()).length })),
      parameters: { prevalenceWeights: JSON.stringify(PREVALENCE_WEIGHT), defaultPrevalence: DEFAULT_PREVALENCE, authoredLeak: AUTHORED_LEAK, frequencyClasses: JSON.stringify(FREQ_CLASSES), rrFloor: RR_FLOOR, leakMin: LEAK_MIN, leakMax: LEAK_MAX, ...(MODEL_WIDE_LEAK.on ? { modelWideLeak: JSON.stringify(MODEL_WIDE_LEAK) } : {}), ...(DO_RARE_XREFS.on ? { doRareXrefs: true } : {}), ...(ICD_SIBLING_FILL.on ? { icdSiblingFill: ICD_SIBLING_FILL.share } : {}), ...(SOURCE_SYMPTOMS.on ? { sourceSymptoms: sourceSymptomsParameter(SOURCE_SYMPTOMS) } : {}), ...(parts.hierarchy ? { hpoTruePath: JSON.stringify(HPO_TRUE_PATH) } : {}), ...(parts.organismTest ? { organismTest: JSON.stringify(parts.organismTest) } : {}), columbiaLeak: COLUMBIA_LEAK, columbiaTop: COL_TOP, columbiaBottom: COL_BOTTOM, icd10Verification: 'authored from ICD-10-CM knowledge, not checked against CMS release files' },
      notes: 'See docs/primary-care.md for the merge rule, priors and leaks.',
    },
  };
}

function buildRedFlags(raw: unknown, findings: ReadonlyMap<string, FindingDef>, issues: Issue[]): RedFlagRule[] {
  const r = raw as { references?: Record<string, string>; rules?: unknown[] };
  const out: RedFlagRule[] = [];
  (r.rules ?? []).forEach((x, i) => {
    const at = `red-flags.json:$.rules[${i}]`;
    const o = x as Record<string, unknown>;
    const lists = { all: (o['all'] ?? []) as string[], any: o['any'] as string[] | undefined, with: o['with'] as string[] | undefined };
    for (const [key, list] of Object.entries(lists)) {
      (list ?? []).forEach((f, j) => { if (!findings.has(f)) issues.push(issue('reference', `${at}.${key}[${j}]`, `finding "${f}" is not defined`)); });
    }
    const ref = String(o['ref'] ?? '');
    if (!r.references?.[ref]) issues.push(issue('reference', `${at}.ref`, `unknown reference "${ref}"`));
    const level = o['level'];
    if (level !== 'emergency' && level !== 'urgent') issues.push(issue('enum', `${at}.level`, 'must be emergency or urgent'));
    out.push({
      id: String(o['id']), description: String(o['description']), all: lists.all,
      ...(lists.any ? { any: lists.any } : {}), ...(lists.with ? { with: lists.with } : {}),
      level: level === 'urgent' ? 'urgent' : 'emergency', source: r.references?.[ref] ?? ref,
    });
  });
  return out;
}

const MGMT: Record<string, NextSteps['management']> = { emergency: 'emergency-department', urgent: 'outpatient-treatment', routine: 'outpatient-treatment', 'self-care': 'self-care' };
const GENERIC: Record<string, string> = {
  emergency: 'Consider immediate emergency assessment and the confirmatory tests listed.',
  urgent: 'Consider same-day clinical assessment and the confirmatory tests listed.',
  routine: 'Consider the confirmatory tests listed and routine follow-up or referral as findings dictate.',
  'self-care': 'Consider reassurance and self-care advice with safety-netting; test only if atypical.',
};

function buildNextSteps(raw: unknown, conds: ReadonlyMap<string, CondAcc>, testIds: ReadonlySet<string>, k: Knowledge, issues: Issue[]): Map<string, NextSteps> {
  const r = raw as { references?: Record<string, string>; conditions?: Record<string, Record<string, unknown>> };
  const out = new Map<string, NextSteps>();
  for (const [cid, o] of Object.entries(r.conditions ?? {})) {
    const at = `next-steps.json:$.conditions[${JSON.stringify(cid)}]`;
    if (!conds.has(cid)) issues.push(issue('reference', at, `condition "${cid}" is not in the model`));
    const confirm = (o['confirm'] ?? []) as string[];
    confirm.forEach((a, j) => { if (!testIds.has(a)) issues.push(issue('reference', `${at}.confirm[${j}]`, `action "${a}" is not in the test catalog`)); });
    const ref = String(o['ref'] ?? '');
    if (!r.references?.[ref]) issues.push(issue('reference', `${at}.ref`, `unknown reference "${ref}"`));
    out.set(cid, { confirm, management: o['management'] as NextSteps['management'], firstStep: String(o['firstStep']), source: r.references?.[ref] ?? ref, authored: true });
  }
  // Derived entries: the two most sensitive catalog tests for the condition.
  const best = new Map<string, { test: string; sens: number }[]>();
  for (const t of k.catalog.tests) {
    if (t.kind === 'question') continue;
    for (const f of t.reveals) {
      for (const [cid, v] of Object.entries(k.catalog.findings[f]?.sens ?? {})) {
        const list = best.get(cid) ?? [];
        list.push({ test: t.id, sens: v[0] });
        best.set(cid, list);
      }
    }
  }
  for (const c of conds.values()) {
    if (out.has(c.id)) continue;
    const facts = k.conditions.get(c.id);
    const care = facts?.careLevel ?? 'routine';
    const tests = [...new Map((best.get(c.id) ?? []).sort((a, b) => b.sens - a.sens || a.test.localeCompare(b.test)).map((x) => [x.test, x])).keys()].slice(0, 2);
    out.set(c.id, { confirm: tests, management: MGMT[care]!, firstStep: GENERIC[care]!, source: 'derived from care level and the test catalog (no guideline cited)', authored: false });
  }
  return out;
}

export const _internals = { slugify };
